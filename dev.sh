#!/usr/bin/env bash
# SellerDesk's two commands (see README.md):
#   ./dev.sh demo   build and launch the app on the demo workspace
#   ./dev.sh test   build and run the whole test suite (offscreen)
# Each installs missing packages first (apt, Debian 12 / Ubuntu 24.04).
set -euo pipefail
cd "$(dirname "$0")"

command=${1:-}
case "$command" in
demo | test) ;;
*)
    echo "usage: ./dev.sh demo|test" >&2
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

build=build/test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSELLERDESK_WERROR=ON
cmake --build "$build" -j "$jobs"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$jobs"
