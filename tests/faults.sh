#!/bin/sh
# Runs tst_faults on a real small file system: a 48 MB tmpfs mounted in a private
# mount namespace (as root: unshare --mount; otherwise in a user namespace where the
# user is root: unshare --user --map-root-user --mount), so nothing outside the test
# sees it. tst_faults fills it and remounts it read-only.
#
#   tests/faults.sh PATH/TO/tst_faults
set -eu
test_binary=$1

if [ -z "${SD_FAULTS_NAMESPACE:-}" ]; then
    export SD_FAULTS_NAMESPACE=1
    if [ "$(id -u)" = 0 ]; then
        exec unshare --mount --propagation private "$0" "$@"
    fi
    exec unshare --user --map-root-user --mount --propagation private "$0" "$@"
fi

dir=$(mktemp -d)
if ! mount -t tmpfs -o size=48m,mode=0700 sellerdesk-faults "$dir"; then
    echo "faults.sh: cannot mount a tmpfs at $dir (needs root or user namespaces)" >&2
    exit 1
fi
status=0
SD_FAULTS_DIR=$dir "$test_binary" || status=$?
umount "$dir" || true
rmdir "$dir" || true
exit "$status"
