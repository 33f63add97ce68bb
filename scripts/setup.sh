#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine: the system packages of the
# browser and GPU-less WebGPU/WebGL2 tests (DESIGN.md section 5), then the npm dependencies (whose
# `prepare` script builds dist/). Needs root or sudo for apt; skip apt with RNNC_SKIP_APT=1.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium: WGSL, GLSL and WASM pages in headless Chromium (driven by playwright-core, never a
# downloaded browser); libegl*/libgl1-mesa-dri: Dawn's OpenGL ES backend on Mesa llvmpipe (WGSL in
# Node); glslang-tools: glslangValidator checks every generated GLSL shader.
APT_PACKAGES="chromium libegl-dev libegl-mesa0 libgl1-mesa-dri glslang-tools"

if [ "${RNNC_SKIP_APT:-0}" != 1 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update
  # shellcheck disable=SC2086
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends $APT_PACKAGES
fi

# See .npmrc: a bench-only dependency must not download binaries at install time.
export ONNXRUNTIME_NODE_INSTALL=skip
npm ci
npm run build   # dist/: what model files resolve `rnnc` to, and what the CLI runs
