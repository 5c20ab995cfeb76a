#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Image analysis benchmark. Generates (once) a Docker-25-style save of ~1 GB / 200,000 files in 10 layers,
# then in the same run times
#  1. our analysis (one pass: scan + content hash + whiteouts + waste) in its own process, with peak RSS;
#  2. the baseline, `tar -t` listing every layer: streamed from the image archive through a pipe
#     (tar -xOf image.tar LAYER | tar -t: every byte read, like ours), and on the extracted layer files
#     (tar -tf layerN.tar: GNU tar seeks over file data there, so it reads only the headers);
#  3. content-hash throughput of the available algorithms.
# Runs inside the build root via tools/shell. Usage: bench/run-image-bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DW_BENCH_IN_ROOT:-}" ]; then
    exec tools/shell env DW_BENCH_IN_ROOT=1 bash bench/run-image-bench.sh "$@"
fi
BUILD=${1:-build}
DIR=${DW_IMAGE_BENCH_DIR:-${TMPDIR:-/tmp}/dockwright-image-bench}
cmake --build "$BUILD" --target bench_imageanalysis >/dev/null
BENCH=$BUILD/bin/bench_imageanalysis
[ -x "$BENCH" ] || BENCH=$(find "$BUILD" -name bench_imageanalysis -type f -perm -u+x | head -1)

if [ ! -e "$DIR/.generated" ]; then
    rm -rf "$DIR" && mkdir -p "$DIR"
    "$BENCH" generate "$DIR"
    touch "$DIR/.generated"
fi
echo "archive: $(du -h --apparent-size "$DIR/image.tar" | cut -f1), layers: $(ls "$DIR"/layers | wc -l)"
LAYERS=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' \
    <(tar -xOf "$DIR/image.tar" manifest.json))

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for round in warm-up measured; do
    t=$(date +%s%N); out=$("$BENCH" analyse "$DIR/image.tar"); ours=$(ms "$t")
    t=$(date +%s%N)
    for l in $LAYERS; do tar -xOf "$DIR/image.tar" "$l" | tar -tf - > /dev/null; done
    piped=$(ms "$t")
    t=$(date +%s%N)
    for f in "$DIR"/layers/*.tar; do tar -tf "$f" > /dev/null; done
    seek=$(ms "$t")
    echo "[$round] ours (process wall): ${ours} ms   tar -t streamed: ${piped} ms   tar -t on layer files (seeks): ${seek} ms"
    echo "$out" | sed "s/^/[$round]   /"
done
awk -v o="$ours" -v p="$piped" -v s="$seek" \
    'BEGIN { printf "ratio ours / tar -t streamed: %.2fx   ours / tar -t seeking: %.2fx\n", o / p, o / s }'
"$BENCH" hash
