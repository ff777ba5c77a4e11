#!/usr/bin/env bash
# Installs a SellerDesk .deb the way a new user would, into an empty Debian root (minbase:
# nothing but apt), and uses it: `apt install ./sellerdesk_*.deb` must pull only packaged
# dependencies, then `sellerdesk-cli init --demo` and `sellerdesk --screenshots DIR --demo`
# (offscreen) must work as a normal user, and `apt remove` must leave that user's workspace.
#   sudo scripts/check-deb-install.sh build/package/sellerdesk_0.2.0_amd64.deb [bookworm|trixie]
# Needs root and mmdebstrap; the empty root is made once (1-2 min) and kept in
# /var/tmp/sellerdesk-deb-check/<suite>.tar. The screenshots are copied to
# /var/tmp/sellerdesk-deb-check/screenshots-<suite>/ to look at.
set -euo pipefail
deb=$(realpath "${1:?usage: check-deb-install.sh FILE.deb [SUITE]}")
suite=${2:-bookworm}
cache=/var/tmp/sellerdesk-deb-check
mkdir -p "$cache"
base=$cache/$suite.tar
if [ ! -f "$base" ]; then
    command -v mmdebstrap >/dev/null || { echo "check-deb-install: needs mmdebstrap" >&2; exit 2; }
    mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    mmdebstrap --quiet --variant=minbase "$suite" "$cache/$suite.part.tar" "deb $mirror $suite main"
    mv "$cache/$suite.part.tar" "$base"
fi
root=$(mktemp -d "$cache/root.XXXXXX")
cleanup() {
    for m in dev proc; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "check-deb-install: apt install ./$name in an empty Debian $suite root"
in_root bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$name >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }"
in_root dpkg-query -W -f='${Package} ${Version}\n' sellerdesk
echo "check-deb-install: $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages installed in all"

in_root useradd -m seller
as_seller() { chroot "$root" /usr/bin/env -i HOME=/home/seller PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen setpriv --reuid=seller --regid=seller --init-groups "$@"; }
as_seller sellerdesk-cli --version
as_seller sellerdesk --version
as_seller sellerdesk-cli --json init --demo
as_seller mkdir -p /home/seller/shots
as_seller sellerdesk --screenshots /home/seller/shots --demo
as_seller sellerdesk --screenshots /home/seller/shots-zh --demo --lang zh_CN
shots=$(ls "$root/home/seller/shots" | wc -l)
[ "$shots" -gt 10 ] || { echo "check-deb-install: only $shots screenshots" >&2; exit 1; }
rm -rf "$cache/screenshots-$suite" && mkdir -p "$cache/screenshots-$suite"
cp -r "$root/home/seller/shots" "$root/home/seller/shots-zh" "$cache/screenshots-$suite/"
zcat "$root/usr/share/man/man1/sellerdesk-cli.1.gz" | head -5 >/dev/null

workspace=/home/seller/.local/share/SellerDesk/SellerDesk/workspace.sqlite
[ -f "$root$workspace" ] || { echo "check-deb-install: no workspace at $workspace" >&2; exit 1; }
before=$(sha256sum "$root$workspace" | cut -d' ' -f1)
in_root bash -c "DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sellerdesk >/dev/null"
! in_root test -e /usr/bin/sellerdesk || { echo "check-deb-install: /usr/bin/sellerdesk is still there" >&2; exit 1; }
after=$(sha256sum "$root$workspace" | cut -d' ' -f1)
[ "$before" = "$after" ] || { echo "check-deb-install: the workspace changed on removal" >&2; exit 1; }
echo "check-deb-install: installed, used ($shots screenshots per language) and removed on Debian $suite; the workspace was left alone: ok"
