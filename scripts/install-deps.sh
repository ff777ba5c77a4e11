#!/usr/bin/env bash
# Installs what SellerDesk needs to build, test, package and run on Debian 12 or 13, and
# nothing when it is all there. Uses sudo when not run as root. Recommended packages are not
# installed: every package the build needs is named here, because a -dev package that is only
# recommended (libqt6opengl6-dev by qt6-base-dev) is missing on a new machine.
# dpkg-dev, help2man, appstream and desktop-file-utils make and check the .deb
# (./dev.sh package, the package_contents test).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl-dev libqt6opengl6-dev
    libminizip-dev libxlsxwriter-dev
    fonts-noto-cjk
    poppler-utils
    locales
    pkgconf zlib1g-dev
    dpkg-dev file help2man appstream desktop-file-utils
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian or Ubuntu system; install Qt 6.4+ as README.md describes." >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
