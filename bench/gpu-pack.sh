#!/usr/bin/env bash
# Makes the GPU bench pack: a folder (default .gpu-pack, under 64 MiB) that runs rnnc's WGSL bench
# on Dawn's Vulkan backend on a Linux x86-64 GPU machine with no Node and no network:
#
#   bash bench/gpu-pack.sh [DIR]          # here: bundle, record, check, compress; prints the size
#                                         # (DIR relative to the current folder; default <repo>/.gpu-pack)
#   bash DIR/gpu-run.sh [bench options]   # there: unpack, check Vulkan, run, write gpu-bench.md
#
# What goes in and why: bench/gpu-pack.mjs. Needs node (this one is packed), npm dependencies
# installed, xz (else gzip is used), and Dawn on OpenGL ES here (Mesa llvmpipe, EGL_PLATFORM=surfaceless)
# for the recording run.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ge 1 ]; then case "$1" in /*) DIR="$1" ;; *) DIR="$PWD/$1" ;; esac; else DIR="$REPO/.gpu-pack"; fi
cd "$REPO"
command -v node >/dev/null || { echo "gpu-pack: node not found" >&2; exit 1; }
[ -d node_modules/webgpu ] && [ -d node_modules/esbuild ] || { echo "gpu-pack: run npm ci first" >&2; exit 1; }
exec node bench/gpu-pack.mjs "$DIR"
