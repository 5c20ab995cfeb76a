#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Context packing benchmark. Generates (once) a ~1 GB / 50,000-file context with a .dockerignore, then
#  1. packs it with our packer (bench_contextpack) into a pipe, and GNU tar of the same included file list
#     as the baseline (both piped through cat, since GNU tar skips reading files when writing to /dev/null);
#  2. with an engine (DOCKWRIGHT_TEST_ENGINE, default the test engine socket): the time until the engine has
#     received the whole context (the classic builder's first "Step 1/" line), ours vs `docker build`.
# Runs inside the build root via tools/shell. Usage: bench/run-context-bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DW_BENCH_IN_ROOT:-}" ]; then
    exec tools/shell env DW_BENCH_IN_ROOT=1 bash bench/run-context-bench.sh "$@"
fi
BUILD=${1:-build}
CTX=$BUILD/bench-context/ctx
ENGINE=${DOCKWRIGHT_TEST_ENGINE:-unix:///var/lib/dockwright-engine/docker.sock}
cmake --build "$BUILD" --target bench_contextpack dockwright-cli >/dev/null

if [ ! -e "$CTX/.generated" ]; then
    echo "generating $CTX ..."
    rm -rf "$CTX" && mkdir -p "$CTX"
    python3 - "$CTX" <<'PY'
import os, sys
root = sys.argv[1]
block = os.urandom(1 << 20)
def write(path, size):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        while size > 0:
            n = min(size, len(block)); f.write(block[:n]); size -= n
# 44,000 small sent files (8 KiB) in 440 folders, 100 large sent files (6 MiB), and 5,900 excluded files
# (.venv, logs) - 50,000 files, ~1 GB in all, ~950 MB sent.
for d in range(440):
    for i in range(100):
        write(f"{root}/src/pkg{d:03}/mod{i:03}.py", 8192)
for i in range(100):
    write(f"{root}/assets/blob{i:03}.bin", 6 << 20)
for d in range(50):
    for i in range(100):
        write(f"{root}/.venv/lib/site{d:02}/m{i:03}.py", 8192)
for i in range(900):
    write(f"{root}/logs/run{i:03}.log", 4096)
with open(f"{root}/.dockerignore", "w") as f:
    f.write(".venv\nlogs/*.log\n!logs/run000.log\n**/__pycache__\n")
with open(f"{root}/Dockerfile", "w") as f:
    f.write("FROM scratch\nCOPY Dockerfile /Dockerfile\n")
open(f"{root}/.generated", "w").close()
PY
fi
echo "context: $(du -sh --apparent-size "$CTX" | cut -f1), $(find "$CTX" -type f | wc -l) files"

# The included list, from our CLI (the same walk the packer uses).
LIST=$BUILD/bench-context/included.list
"$BUILD/bin/dockwright-cli" context "$CTX" --json | python3 -c '
import json, sys
for e in json.load(sys.stdin)["entries"]:
    sys.stdout.write(e["path"] + "\0")' > "$LIST"
echo "included entries: $(tr -cd '\0' < "$LIST" | wc -c)"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for round in warm-up measured; do
    t=$(date +%s%N); "$BUILD/bin/bench_contextpack" pack "$CTX" - 2>/dev/null | cat > /dev/null; ours=$(ms "$t")
    t=$(date +%s%N); tar -C "$CTX" --no-recursion --null -T "$LIST" -cf - | cat > /dev/null; gnu=$(ms "$t")
    echo "[$round] our packer (scan + tar): ${ours} ms   GNU tar (same list, no scan): ${gnu} ms"
done
"$BUILD/bin/bench_contextpack" pack "$CTX" /dev/null

if [ -S "${ENGINE#unix://}" ] || [[ "$ENGINE" != unix://* ]]; then
    ours=$("$BUILD/bin/bench_contextpack" upload "$CTX" "$ENGINE" 2>/dev/null)
    echo "$ours"
    DOCKER_HOST=$ENGINE DOCKER_BUILDKIT=0 python3 - "$CTX" <<'PY'
import subprocess, sys, time
start = time.monotonic()
p = subprocess.Popen(["docker", "build", "--network", "none", sys.argv[1]], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, text=True)
for line in p.stdout:
    if "Step 1/" in line:
        print(f"docker build (classic): engine received the context after {(time.monotonic() - start) * 1000:.0f} ms")
        p.kill()
        break
p.wait()
PY
else
    echo "no engine at $ENGINE: upload comparison skipped"
fi
