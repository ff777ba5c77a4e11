#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ (Clang, ASan + UBSan) and runs each in turn.
#
#   scripts/fuzz.sh [--time SECONDS] [--build-dir DIR] [--out DIR] [--no-install] [TARGET...]
#
# TARGET: fuzz_csv fuzz_xlsx fuzz_template_render fuzz_template_import (default: all four).
# --time: how long each target runs (default 600). --build-dir: default build-fuzz/.
# --out: where crashes, hangs and leaks go, one folder per target, and where each
# target's grown corpus is kept between runs (default: DIR/findings and DIR/corpus of the
# build dir). Exits non-zero when any target found something. docs/fuzzing.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
all_targets=(fuzz_csv fuzz_xlsx fuzz_template_render fuzz_template_import)
seconds=600
build="$root/build-fuzz"
out=""
install=1
targets=()

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --time) seconds="$2"; shift 2 ;;
        --time=*) seconds="${1#*=}"; shift ;;
        --build-dir) build="$2"; shift 2 ;;
        --build-dir=*) build="${1#*=}"; shift ;;
        --out) out="$2"; shift 2 ;;
        --out=*) out="${1#*=}"; shift ;;
        --no-install) install=0; shift ;;
        -h|--help) usage; exit 0 ;;
        fuzz_*) targets+=("$1"); shift ;;
        *) echo "fuzz.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    case " ${all_targets[*]} " in
        *" $t "*) ;;
        *) echo "fuzz.sh: no target $t (there are: ${all_targets[*]})" >&2; exit 2 ;;
    esac
done
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "fuzz.sh: --time takes a number of seconds" >&2
    exit 2
fi
[ -n "$out" ] || out="$build"

# Debian's Clang with its libFuzzer and sanitizer runtimes, and the project's own deps.
if [ "$install" -eq 1 ] && command -v dpkg-query >/dev/null 2>&1; then
    "$root/scripts/install-deps.sh"
    missing=()
    for p in clang-14 libclang-rt-14-dev; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "fuzz.sh: installing ${missing[*]}"
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi
cxx=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$cxx" ]; then
    echo "fuzz.sh: clang++ not found (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

# Debug keeps Q_ASSERT on; -O1 keeps the fuzzer fast.
cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_CXX_COMPILER="$cxx" -DSELLERDESK_FUZZ=ON -DSELLERDESK_BUILD_TESTS=OFF >/dev/null
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2
ninja -C "$build" -j "$jobs" "${targets[@]}"

# Per target: the largest input, and the seconds after which one input counts as a hang.
max_len() {
    case "$1" in
        fuzz_xlsx|fuzz_template_import) echo 16384 ;;
        *) echo 8192 ;;
    esac
}

export LC_ALL=C.UTF-8
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
summary=()
failed=0
for t in "${targets[@]}"; do
    findings="$out/findings/$t"
    corpus="$out/corpus/$t"
    mkdir -p "$findings" "$corpus"
    log="$out/findings/$t.log"
    before=$(find "$findings" -type f | wc -l)
    echo "fuzz.sh: $t for ${seconds} s (log $log)"
    start=$(date +%s)
    set +e
    # The first folder gets the inputs that add coverage; the seeds are only read.
    "$build/fuzz/$t" "$corpus" "$root/fuzz/corpus/$t" \
        -dict="$root/fuzz/dict/$t.dict" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -max_len="$(max_len "$t")" -detect_leaks=1 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    entries=$(find "$corpus" -type f | wc -l)
    # libFuzzer's own count: the inputs it keeps (seeds and saved ones, reduced) and their size.
    kept=$(grep -Eo 'corp: [0-9]+/[0-9]+[KM]?b' "$log" | tail -1 | sed 's/^corp: //')
    found=$(($(find "$findings" -type f | wc -l) - before))
    if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
        result="FOUND $found new file(s) in $findings (exit $rc; see $log)"
        failed=1
    else
        result="nothing found"
    fi
    line="$t: ${elapsed} s, ${execs:-?} executions (${rate:-?}/s), corpus ${kept:-?} (${entries} files saved in $corpus), peak RSS ${rss:-?} MB: $result"
    echo "fuzz.sh: $line"
    summary+=("$line")
done

echo
echo "fuzz.sh summary ($(date -u +%Y-%m-%d), $(nproc) CPUs, $("$cxx" --version | head -1)):"
printf '  %s\n' "${summary[@]}"
exit "$failed"
