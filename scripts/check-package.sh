#!/usr/bin/env bash
# Checks a SellerDesk Debian package without installing it: its name, version and computed
# dependencies, and that it holds what a desktop needs: both programs (which answer --version),
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate),
# the icon in the hicolor theme (SVG and PNGs) and both man pages (made from --help).
#   scripts/check-package.sh sellerdesk_0.2.0_amd64.deb [VERSION]
# Exit 0 when everything is there, 1 naming each thing missing.
set -euo pipefail
deb=${1:?usage: scripts/check-package.sh FILE.deb [VERSION]}
want_version=${2:-}
id=app.sellerdesk.SellerDesk
problems=0
problem() { echo "check-package: $deb: $*" >&2; problems=$((problems + 1)); }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"

[ "$(dpkg-deb -f "$deb" Package)" = sellerdesk ] || problem "the package is not named sellerdesk"
version=$(dpkg-deb -f "$deb" Version)
if [ -n "$want_version" ] && [ "$version" != "$want_version" ]; then
    problem "version $version, expected $want_version"
fi
depends=$(dpkg-deb -f "$deb" Depends)
# Computed from the binaries by dpkg-shlibdeps: Qt's core library is among them (Debian 13
# names some libraries with the t64 suffix of its 64-bit time transition).
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6; do
    grep -Eq "(^|, )$dep(t64)?( |,|$)" <<<"$depends" || problem "Depends lacks $dep: $depends"
done

for f in usr/bin/sellerdesk usr/bin/sellerdesk-cli \
    "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg" \
    usr/share/man/man1/sellerdesk.1.gz usr/share/man/man1/sellerdesk-cli.1.gz; do
    [ -s "$tmp/root/$f" ] || problem "no /$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    f="usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -s "$tmp/root/$f" ] || problem "no /$f"
done

if [ -s "$tmp/root/usr/share/applications/$id.desktop" ]; then
    desktop-file-validate "$tmp/root/usr/share/applications/$id.desktop" >&2 \
        || problem "the desktop entry does not validate"
    grep -q "^Icon=$id$" "$tmp/root/usr/share/applications/$id.desktop" \
        || problem "the desktop entry does not name the icon $id"
fi
if [ -s "$tmp/root/usr/share/metainfo/$id.metainfo.xml" ]; then
    appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$id.metainfo.xml" >&2 \
        || problem "the AppStream metainfo does not validate"
    grep -q "<release version=\"$version\"" "$tmp/root/usr/share/metainfo/$id.metainfo.xml" \
        || problem "the metainfo has no release entry for $version"
fi

# The programs run from the unpacked tree (their libraries are the system's) and say their
# version; the man pages carry it and every command of --help.
for program in sellerdesk sellerdesk-cli; do
    [ -x "$tmp/root/usr/bin/$program" ] || continue
    said=$(QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/$program" --version 2>&1 || true)
    grep -q "$version" <<<"$said" || problem "$program --version says \"$said\", not $version"
done
cli_man="$tmp/root/usr/share/man/man1/sellerdesk-cli.1.gz"
if [ -s "$cli_man" ] && [ -x "$tmp/root/usr/bin/sellerdesk-cli" ]; then
    page=$(zcat "$cli_man")
    grep -q "$version" <<<"$page" || problem "the sellerdesk-cli man page does not carry $version"
    # Each command line of --help ("  init [--demo] ...") appears in the page.
    while read -r command; do
        grep -qF -- "$command" <<<"$(sed 's/\\-/-/g' <<<"$page")" \
            || problem "the man page lacks the command \"$command\" of --help"
    done < <("$tmp/root/usr/bin/sellerdesk-cli" --help | sed -n 's/^  \([a-z][a-z|-]*\( [a-z][a-z|-]*\)*\)\( .*\)\?$/\1/p' | sort -u)
fi

if [ "$problems" -gt 0 ]; then
    echo "check-package: $deb: $problems problem(s)" >&2
    exit 1
fi
echo "check-package: $deb: sellerdesk $version, $(dpkg-deb -c "$deb" | wc -l) entries: ok"
