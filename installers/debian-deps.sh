#!/usr/bin/env bash
# Install the named Debian packages that are missing. Used by the Makefile; quiet when nothing is missing.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || { echo "not Debian: make sure these are installed: $*" >&2; exit 0; }
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "missing Debian packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
