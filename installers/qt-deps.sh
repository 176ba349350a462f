#!/usr/bin/env bash
# The system libraries Qt's xcb platform plugin (the one that opens windows on X11) needs, found from the plugin
# itself: `ldd` on the plugin and its GL integrations lists every library they load, Qt's own included (they come with
# PySide6), and marks the missing ones "=> not found". Qt's own message names only one library (xcb-cursor0), often
# not the missing one, which is why the list comes from ldd rather than from a list kept by hand.
#
# Usage: qt-deps.sh VENV. Quiet and quick (a few hundredths of a second) when nothing is missing. On Debian as root
# (or with sudo) the missing libraries' packages are installed with apt-get; elsewhere it says what to install.
set -euo pipefail
venv=${1:-.venv}
[ "$(uname -s)" = Linux ] || exit 0
command -v ldd >/dev/null 2>&1 || exit 0
shopt -s nullglob
qt=("$venv"/lib/python3*/site-packages/PySide6/Qt)
[ ${#qt[@]} -gt 0 ] || { echo "qt-deps: no PySide6 in $venv yet" >&2; exit 0; }
plugins=("${qt[0]}"/plugins/platforms/libqxcb.so "${qt[0]}"/plugins/xcbglintegrations/*.so)
[ ${#plugins[@]} -gt 0 ] || exit 0

missing_sonames() { ldd "${plugins[@]}" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u; }
mapfile -t sonames < <(missing_sonames)
[ ${#sonames[@]} -eq 0 ] && exit 0

# Debian names a library's package after its soname (libxcb-icccm.so.4 -> libxcb-icccm4, libdbus-1.so.3 ->
# libdbus-1-3: a hyphen when the name ends in a digit); these few are the exceptions Qt's libraries can meet.
declare -A EXCEPTIONS=(
  [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0 [libgobject-2.0.so.0]=libglib2.0-0
  [libgio-2.0.so.0]=libglib2.0-0 [libz.so.1]=zlib1g [libbrotlidec.so.1]=libbrotli1
  [libbrotlicommon.so.1]=libbrotli1 [libGLdispatch.so.0]=libglvnd0 [libgcc_s.so.1]=libgcc-s1
)
by_pattern() {  # libNAME.so.N -> libnameN, or libname-N when NAME ends in a digit; no underscores in Debian names
  local name=${1%%.so.*} version=${1##*.so.}
  name=$(tr 'A-Z_' 'a-z-' <<<"$name")
  version=${version%%.*}
  if [[ $name =~ [0-9]$ ]]; then echo "$name-$version"; else echo "$name$version"; fi
}
known() { apt-cache show --no-all-versions "$1" >/dev/null 2>&1; }
package_for() {
  local soname=$1 guess
  guess=${EXCEPTIONS[$soname]:-$(by_pattern "$soname")}
  [[ $soname =~ ^libicu[a-z0-9]*\.so\.([0-9]+) ]] && guess=libicu${BASH_REMATCH[1]}  # all of ICU is one package
  if ! command -v apt-cache >/dev/null 2>&1 || known "$guess"; then echo "$guess"; return; fi
  if command -v apt-file >/dev/null 2>&1; then  # only when it is there already: its index is a large download
    guess=$(apt-file search -l -x "/${soname//./\\.}\$" 2>/dev/null | grep -v -- '-dev$' | head -n 1 || true)
    [ -n "$guess" ] && { echo "$guess"; return; }
  fi
  local stem=${soname%%.so.*}
  stem=$(tr 'A-Z_' 'a-z-' <<<"$stem")
  local found
  found=$(apt-cache search --names-only "^${stem//+/\\+}-?[0-9][0-9.]*[a-z]?\$" 2>/dev/null | awk '{print $1}' | head -n 1 || true)
  if [ -n "$found" ]; then echo "$found"
  elif known libc6; then echo "?"  # the lists are there and know no such package
  else echo "$guess"  # no package lists to ask (no root to update them): the name by Debian's rule
  fi
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt's xcb platform plugin needs these libraries, which are missing: ${sonames[*]}" >&2
  echo "install the packages that provide them (on Debian and Ubuntu, run \`make run\` as root to have them installed)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="-"; fi
fi
if [ "$SUDO" != "-" ]; then
  # A fresh machine may have no package lists yet: names are checked against them.
  $SUDO apt-get update -qq >/dev/null || echo "qt-deps: apt-get update failed; going on with the lists there are" >&2
fi
packages=()
unmapped=()
for soname in "${sonames[@]}"; do
  pkg=$(package_for "$soname")
  if [ "$pkg" = "?" ]; then unmapped+=("$soname"); else packages+=("$pkg"); fi
done
[ ${#packages[@]} -gt 0 ] && mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
if [ ${#unmapped[@]} -gt 0 ]; then
  echo "Qt's xcb platform plugin needs ${unmapped[*]}, and no Debian package for it was found" \
       "(find it with: apt-file search ${unmapped[0]})" >&2
fi
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$SUDO" = "-" ]; then
  echo "Qt's xcb platform plugin needs ${sonames[*]}: install as root: apt-get install ${packages[*]}" >&2
  exit 0
fi
echo "installing Debian packages for Qt's xcb platform plugin (missing ${sonames[*]}): ${packages[*]}"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
mapfile -t still < <(missing_sonames)
if [ ${#still[@]} -gt 0 ]; then
  echo "Qt's xcb platform plugin still misses ${still[*]} after installing ${packages[*]}" >&2
fi
exit 0
