#!/usr/bin/env bash
# Renders the application icon, resources/icons/sellerdesk.svg, into the files the platforms
# install: PNGs for the freedesktop hicolor theme (Linux packages), sellerdesk.ico (the Windows
# executables' resource) and sellerdesk.icns (the macOS bundle). The results are committed;
# run this after changing the SVG. Needs librsvg2-bin, icoutils and icnsutils (Debian), or
# librsvg, icoutils and libicns (Homebrew).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/sellerdesk.svg
out=resources/desktop/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/sellerdesk-$size.png"
done
# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico.
icotool -c -o "$out/sellerdesk.ico" "$out"/sellerdesk-{16,24,32,48,64}.png -r "$out/sellerdesk-256.png"
# macOS: png2icns takes the sizes it has types for.
cp "$out"/sellerdesk-{16,32,48,128,256,512}.png "$tmp/"
png2icns "$out/sellerdesk.icns" "$tmp"/sellerdesk-{16,32,48,128,256,512}.png >/dev/null
ls -l "$out"
