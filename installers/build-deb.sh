#!/usr/bin/env bash
# The Debian package around the PyInstaller folder: `make deb` → dist/fieldbook_<version>_<arch>.deb.
#
#   bash installers/build-deb.sh [BUNDLE] [OUT_DIR]      (defaults: dist/fieldbook and dist)
#
# What it installs:
#   /opt/fieldbook/                         the folder `make dist` builds (fieldbook and _internal/)
#   /usr/bin/fieldbook                      a link to /opt/fieldbook/fieldbook
#   /usr/share/applications/fieldbook.desktop      the menu entry; opens .xlsx packages ("Open with Fieldbook")
#   /usr/share/mime/packages/fieldbook.xml  the type application/x-fieldbook-package (OFFICE_PERIOD_SEQ.xlsx)
#   /usr/share/icons/hicolor/…/fieldbook.*  the icon (SVG, and PNGs drawn from it when PySide6 is at hand)
# Depends: the system libraries the folder's programs and Qt plugins load that PyInstaller leaves out (the C library,
# OpenGL, X11/xcb, fontconfig…), found with ldd and named by dpkg -S, so `apt install ./fieldbook_*.deb` brings them.
# Removing or purging the package removes these files only: an office's data (~/.local/share/Fieldbook, or wherever
# --data-dir points) belongs to the person, not to the package, and is never touched.
# Needs dpkg-deb and ldd (Debian, Ubuntu). PYTHON (default .venv/bin/python) draws the PNG icons.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bundle=$(realpath "${1:-$root/dist/fieldbook}")
out=${2:-$root/dist}
python=${PYTHON:-$root/.venv/bin/python}

[ -x "$bundle/fieldbook" ] || { echo "build-deb: no $bundle/fieldbook: run make dist first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb not found (Debian or Ubuntu only)" >&2; exit 1; }
version=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' "$root/desktop/__init__.py")
[ -n "$version" ] || { echo "build-deb: no __version__ in desktop/__init__.py" >&2; exit 1; }
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/fieldbook
icons=$pkg/usr/share/icons/hicolor
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/mime/packages" \
         "$icons/scalable/apps" "$pkg/usr/share/doc/fieldbook"

cp -a "$bundle" "$pkg/opt/fieldbook"
ln -s /opt/fieldbook/fieldbook "$pkg/usr/bin/fieldbook"
install -m 644 "$here/linux/fieldbook.desktop" "$pkg/usr/share/applications/fieldbook.desktop"
install -m 644 "$here/linux/fieldbook-mime.xml" "$pkg/usr/share/mime/packages/fieldbook.xml"
install -m 644 "$here/linux/fieldbook.svg" "$icons/scalable/apps/fieldbook.svg"
if [ -x "$python" ] && QT_QPA_PLATFORM=offscreen "$python" - "$here/linux/fieldbook.svg" "$icons" <<'EOF'
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
svg = QSvgRenderer(sys.argv[1])
assert svg.isValid(), sys.argv[1]
for size in (32, 48, 64, 128, 256):
    folder = Path(sys.argv[2], f"{size}x{size}", "apps")
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    svg.render(painter)
    painter.end()
    assert image.save(str(folder / "fieldbook.png")), folder
EOF
then :; else echo "build-deb: no PNG icons (PySide6 not found at $python); the SVG one only" >&2; fi
cat > "$pkg/usr/share/doc/fieldbook/copyright" <<'EOF'
Fieldbook: offline portfolio book for country offices. License: MIT.
The folder /opt/fieldbook also holds Python, Qt (LGPLv3, from PySide6) and the Python packages listed in
docs/dependencies.md of the source, each under its own license.
EOF

# Depends: what the programs in the folder load from the system. ldd with the folder's own library folders on the
# path, so that what the folder brings is found there and left out.
libdirs=$(find "$pkg/opt/fieldbook" -name '*.so*' -type f -printf '%h\n' | sort -u | paste -sd: -)
mapfile -t system_libs < <(
  find "$pkg/opt/fieldbook" -type f \( -name '*.so*' -o -name fieldbook \) -print0 |
    xargs -0 env LD_LIBRARY_PATH="$libdirs" ldd 2>/dev/null |
    sed -n 's/^\s*\S\+ => \(\/[^ ]*\) (0x.*/\1/p' | grep -v "^$pkg/" | sort -u)
missing=$(find "$pkg/opt/fieldbook" -type f -name '*.so*' -print0 |
            xargs -0 env LD_LIBRARY_PATH="$libdirs" ldd 2>/dev/null | sed -n 's/^\s*\(\S\+\) => not found/\1/p' |
            sort -u | paste -sd' ' -)
[ -z "$missing" ] || echo "build-deb: not on this machine, so not in Depends (plugins that need them stay unused): $missing" >&2
depends=()
for lib in "${system_libs[@]}"; do
  owner=""
  for candidate in "$lib" "/usr$lib" "$(realpath "$lib")"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
  done
  if [ -n "$owner" ]; then depends+=("$owner"); else echo "build-deb: no package owns $lib" >&2; fi
done
depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')

cat > "$pkg/DEBIAN/control" <<EOF
Package: fieldbook
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Fieldbook maintainers <fieldbook@localhost>}
Installed-Size: $(du -sk --apparent-size "$pkg" | cut -f1)
Depends: $depends_line
Section: misc
Priority: optional
Description: offline portfolio book for country offices
 Fieldbook records a country office's portfolio (initiatives, beneficiaries,
 funding, partners, knowledge products) offline and exchanges it as one
 standardized Excel package; regional officers check and merge packages;
 headquarters imports them and reports the portfolio's KPIs.
 .
 The program and everything it needs are in /opt/fieldbook. The data of an
 office is in each person's ~/.local/share/Fieldbook, which removing or
 purging this package leaves where it is.
EOF

# The menu, the file types and the icons are read again (Debian's triggers do it too; other systems may not).
for script in postinst postrm; do
  cat > "$pkg/DEBIAN/$script" <<'EOF'
#!/bin/sh
set -e
case "$1" in
  configure|remove|purge|abort-install|abort-upgrade)
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
      gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
    ;;
esac
# Never the person's data: ~/.local/share/Fieldbook and any --data-dir folder stay as they are.
exit 0
EOF
  chmod 755 "$pkg/DEBIAN/$script"
done

# Modes as a package has them whatever the umask of the build: folders and programs 755, other files 644.
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg/opt/fieldbook" "$pkg/usr/share" -type f -exec chmod 644 {} +
chmod 755 "$pkg/opt/fieldbook/fieldbook"
find "$pkg/opt/fieldbook" -type f -name '*.so*' -exec chmod 755 {} +

mkdir -p "$out"
deb="$out/fieldbook_${version}_${arch}.deb"
# xz, as Debian's own packages: 55 MB (zstd: 73 MB in a second; xz takes a minute on two cores).
threads=(); dpkg-deb --help | grep -q -- --threads-max && threads=(--threads-max="$(nproc)")
dpkg-deb --build --root-owner-group -Z"${DEB_COMPRESSION:-xz}" "${threads[@]}" "$pkg" "$deb" >/dev/null
echo "$deb"
