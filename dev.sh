#!/usr/bin/env bash
# SellerDesk's commands (see README.md):
#   ./dev.sh demo      build and launch the app on the demo workspace
#   ./dev.sh test      build and run the whole test suite (offscreen)
#   ./dev.sh package   build the Debian package (Release) into build/package/ and check it
# Each installs missing packages first (apt: Debian 12 and 13).
set -euo pipefail
cd "$(dirname "$0")"

command=${1:-}
case "$command" in
demo | test | package) ;;
*)
    echo "usage: ./dev.sh demo|test|package" >&2
    exit 2
    ;;
esac

scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
if [ "$command" = demo ]; then
    build=build/release
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSELLERDESK_BUILD_TESTS=OFF
    cmake --build "$build" --target sellerdesk sellerdesk-cli -j "$jobs"
    exec "$build/app/sellerdesk" --demo
fi

if [ "$command" = package ]; then
    build=build/package
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSELLERDESK_BUILD_TESTS=OFF
    cmake --build "$build" --target sellerdesk sellerdesk-cli sellerdesk_man_pages -j "$jobs"
    (cd "$build" && cpack -G DEB)
    for deb in "$build"/sellerdesk_*.deb; do
        scripts/check-package.sh "$deb"
        echo "package: $deb"
    done
    exit 0
fi

build=build/test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSELLERDESK_WERROR=ON
cmake --build "$build" -j "$jobs"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$jobs"
