#!/usr/bin/env bash
# Runs the GPU bench pack that bench/gpu-pack.sh made (this file is copied into it): rnnc's WGSL
# bench (W1-W5 of bench/wgsl.mjs with its peers, and its W6 functions) on Dawn's Vulkan backend at
# the core feature level with the adapter's own limits, on a Linux x86-64 machine with no Node and no
# network. Needs bash, python3 (or xz / gzip) and coreutils; the Vulkan loader (libvulkan.so.1) and
# an ICD for the GPU (NVIDIA: nvidia_icd.json -> libGLX_nvidia.so.0).
#
#   bash .gpu-pack/gpu-run.sh [bench options]
#
# Bench options go to bench/gpu-bench.mjs: --only W1,W4  --runs N  --warmup N  --T N  --B N
# --peers LIST|none  --steps N  --w6-runs N  --w6-io cpu,gpu  --no-w6.
# Writes ONE markdown file: $RNNC_GPU_BENCH_OUT, else $OUT/gpu-bench.md when $OUT is set, else
# ./gpu-bench.md: the adapter (backend, vendor, architecture, device, description, features,
# limits), the tables, and this script's environment checks.
#
# Environment:
#   RNNC_DAWN_BACKEND        default vulkan (opengles + EGL_PLATFORM=surfaceless for a machine with
#                            only Mesa's llvmpipe); RNNC_DAWN_FEATURE_LEVEL: see bench/dawn.mjs.
#   RNNC_GPU_WORK            where the pack unpacks (default $TMPDIR or /tmp/rnnc-gpu-run-<uid>-<sum>,
#                            about 190 MiB; kept, so a second run skips the unpacking).
#   VK_DRIVER_FILES, VK_ICD_FILENAMES, VK_ADD_DRIVER_FILES, VK_LOADER_DEBUG, LD_LIBRARY_PATH:
#                            honoured as given. Only when neither VK_DRIVER_FILES nor
#                            VK_ICD_FILENAMES is set, no ICD file names NVIDIA and libGLX_nvidia.so.0
#                            is present, an nvidia_icd.json is written and both are set to it plus
#                            the ICD files found (RNNC_GPU_NO_ICD_FIX=1: don't).

set -uo pipefail

PACK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "${RNNC_GPU_BENCH_OUT:-}" ]; then REPORT="$RNNC_GPU_BENCH_OUT"
elif [ -n "${OUT:-}" ]; then REPORT="$OUT/gpu-bench.md"
else REPORT="$PWD/gpu-bench.md"; fi
case "$REPORT" in /*) ;; *) REPORT="$PWD/$REPORT" ;; esac
mkdir -p "$(dirname "$REPORT")"
export RNNC_DAWN_BACKEND="${RNNC_DAWN_BACKEND:-vulkan}"

say() { echo "gpu-run: $*" >&2; }

# A report even when the bench never starts.
fail_report() {
  {
    echo "# rnnc WGSL bench on a GPU: did not run"
    echo
    echo "**$1**"
    echo
    if [ -n "${DIAG:-}" ] && [ -f "$DIAG" ]; then echo '```'; cat "$DIAG"; echo '```'; fi
    if [ -n "${2:-}" ] && [ -f "$2" ]; then echo; echo '```'; tail -n 80 "$2"; echo '```'; fi
  } > "$REPORT"
  say "$1"
  say "wrote $REPORT"
  exit 1
}

[ -f "$PACK/FILES.tsv" ] || { echo "gpu-run: $PACK has no FILES.tsv: not a pack made by bench/gpu-pack.sh" >&2; exit 1; }

# ------------------------------------------------------------------------------------------------
# 1. Unpack (once per pack: a stamp holds FILES.tsv's checksum).

# Outside the pack by default, so a pack folder that is carried somewhere never holds ~190 MiB of
# unpacked files.
STAMP="$(cksum < "$PACK/FILES.tsv" | tr ' ' '-')"
WORK="${RNNC_GPU_WORK:-${TMPDIR:-/tmp}/rnnc-gpu-run-$(id -u)-${STAMP%%-*}}"
if ! mkdir -p "$WORK" 2>/dev/null || ! [ -w "$WORK" ]; then WORK="$(mktemp -d)"; fi
WORK="$(cd "$WORK" && pwd)"
if [ "$(cat "$WORK/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  say "unpacking into $WORK"
  rm -f "$WORK/.stamp"
  if command -v python3 >/dev/null 2>&1 && python3 -c 'import lzma, gzip, hashlib' 2>/dev/null; then
    python3 - "$PACK" "$WORK" <<'PY' || { echo "gpu-run: unpacking failed" >&2; exit 1; }
import gzip, hashlib, lzma, os, shutil, sys
pack, work = sys.argv[1], sys.argv[2]
n = 0
for line in open(os.path.join(pack, 'FILES.tsv')):
    if not line.strip():
        continue
    stored, path, mode, comp, sha, size = line.rstrip('\n').split('\t')
    src, dst = os.path.join(pack, stored), os.path.join(work, path)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    opener = {'xz': lzma.open, 'gz': gzip.open}.get(comp, open)
    h = hashlib.sha256()
    with opener(src, 'rb') as f, open(dst + '.part', 'wb') as g:
        while True:
            b = f.read(1 << 20)
            if not b:
                break
            h.update(b)
            g.write(b)
    if h.hexdigest() != sha:
        sys.exit('gpu-run: %s: checksum mismatch (the pack is damaged)' % path)
    os.chmod(dst + '.part', int(mode, 8))
    os.replace(dst + '.part', dst)
    n += 1
shutil.copy(os.path.join(pack, 'PACKINFO.json'), os.path.join(work, 'PACKINFO.json'))
print('gpu-run: unpacked %d files (checksums verified)' % n, file=sys.stderr)
PY
  else
    say "python3 with lzma not found: unpacking with xz / gzip (no checksums)"
    while IFS=$'\t' read -r stored path mode comp sha size; do
      [ -n "$stored" ] || continue
      mkdir -p "$(dirname "$WORK/$path")"
      case "$comp" in
        xz) xz -dc "$PACK/$stored" > "$WORK/$path" || { echo "gpu-run: cannot undo $stored (needs python3's lzma or xz)" >&2; exit 1; } ;;
        gz) gzip -dc "$PACK/$stored" > "$WORK/$path" || exit 1 ;;
        *) cp "$PACK/$stored" "$WORK/$path" || exit 1 ;;
      esac
      chmod "$mode" "$WORK/$path"
    done < "$PACK/FILES.tsv"
    cp "$PACK/PACKINFO.json" "$WORK/PACKINFO.json"
  fi
  echo "$STAMP" > "$WORK/.stamp"
fi
NODE="$WORK/bin/node"
DAWN_NODE="$WORK/node_modules/webgpu/dist/linux-x64/dawn.node"

# ------------------------------------------------------------------------------------------------
# 2. Environment checks (into the report).

DIAG="$WORK/diag.txt"
MISSING=()
{
  echo "gpu-run.sh environment checks ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
  echo "host: $(uname -srm); $( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || echo '?'); glibc $(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')"
  if command -v nvidia-smi >/dev/null 2>&1; then
    echo "nvidia-smi: $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | tr '\n' ';')"
  else
    echo "nvidia-smi: not found"
  fi
  echo "RNNC_DAWN_BACKEND=$RNNC_DAWN_BACKEND${RNNC_DAWN_FEATURE_LEVEL:+ RNNC_DAWN_FEATURE_LEVEL=$RNNC_DAWN_FEATURE_LEVEL}"
  for v in VK_DRIVER_FILES VK_ICD_FILENAMES VK_ADD_DRIVER_FILES VK_LOADER_DEBUG VK_INSTANCE_LAYERS LD_LIBRARY_PATH EGL_PLATFORM NVIDIA_DRIVER_CAPABILITIES NVIDIA_VISIBLE_DEVICES; do
    [ -n "${!v:-}" ] && echo "$v=${!v}"
  done
} > "$DIAG"

# ldconfig is often in sbin, which a plain PATH leaves out.
LDCONFIG="$(command -v ldconfig || true)"
for c in /sbin/ldconfig /usr/sbin/ldconfig; do [ -z "$LDCONFIG" ] && [ -x "$c" ] && LDCONFIG="$c"; done
ldcache() { if [ -n "$LDCONFIG" ]; then "$LDCONFIG" -p 2>/dev/null; fi; }

# A library is there if ldconfig knows it, or it sits in a LD_LIBRARY_PATH directory or a
# standard one.
find_lib() {
  local name="$1" d
  ldcache | awk -v n="$name" '$1 == n && /x86-64/ { print $NF; exit }' | grep . && return 0
  IFS=: read -ra dirs <<< "${LD_LIBRARY_PATH:-}"
  for d in "${dirs[@]}" /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib64 /usr/lib64 /usr/local/lib; do
    [ -n "$d" ] && [ -e "$d/$name" ] && { echo "$d/$name"; return 0; }
  done
  return 1
}

VULKAN_LIB="$(find_lib libvulkan.so.1)"
{
  echo "ldconfig -p | grep libvulkan (${LDCONFIG:-no ldconfig}):"
  ldcache | grep -i libvulkan | sed 's/^/  /' || true
  echo "libvulkan.so.1 (the Vulkan loader): ${VULKAN_LIB:-MISSING}"
} >> "$DIAG"
[ -n "$VULKAN_LIB" ] || [ "$RNNC_DAWN_BACKEND" != vulkan ] || MISSING+=("libvulkan.so.1, the Vulkan loader (Debian/Ubuntu package libvulkan1): not in ldconfig's cache, LD_LIBRARY_PATH or the standard library folders")

# The ICD manifests the loader would read (unless VK_DRIVER_FILES / VK_ICD_FILENAMES say otherwise).
ICD_DIRS=(/usr/local/etc/vulkan/icd.d /usr/local/share/vulkan/icd.d /etc/vulkan/icd.d /usr/share/vulkan/icd.d "${HOME:-/nonexistent}/.local/share/vulkan/icd.d")
IFS=: read -ra xdg <<< "${XDG_DATA_DIRS:-}"
for d in "${xdg[@]}"; do [ -n "$d" ] && ICD_DIRS+=("$d/vulkan/icd.d"); done
ICD_FILES=()
for d in "${ICD_DIRS[@]}"; do
  for f in "$d"/*.json; do [ -f "$f" ] && ICD_FILES+=("$f"); done
done
EXPLICIT="${VK_DRIVER_FILES:-${VK_ICD_FILENAMES:-}}"
{
  echo "Vulkan ICD manifests in the standard folders:"
  for f in "${ICD_FILES[@]}"; do echo "  $f -> $(grep -o '"library_path"[^,}]*' "$f" | head -1)"; done
  [ ${#ICD_FILES[@]} -gt 0 ] || echo "  (none)"
  [ -n "$EXPLICIT" ] && echo "VK_DRIVER_FILES / VK_ICD_FILENAMES set: the loader reads only $EXPLICIT"
} >> "$DIAG"

NV_GLX="$(find_lib libGLX_nvidia.so.0)"
NV_ICD=0
ADDED="${VK_ADD_DRIVER_FILES:-}"
for f in "${ICD_FILES[@]}" ${EXPLICIT//:/ } ${ADDED//:/ }; do [ -f "$f" ] && grep -qi nvidia "$f" && NV_ICD=1; done
echo "libGLX_nvidia.so.0 (NVIDIA's Vulkan driver): ${NV_GLX:-not found}; an ICD manifest naming NVIDIA: $([ $NV_ICD = 1 ] && echo yes || echo no)" >> "$DIAG"
if [ "$RNNC_DAWN_BACKEND" = vulkan ]; then
  if [ $NV_ICD = 0 ] && [ -n "$NV_GLX" ] && [ -z "$EXPLICIT" ] && [ "${RNNC_GPU_NO_ICD_FIX:-}" != 1 ]; then
    cat > "$WORK/nvidia_icd.json" <<'JSON'
{ "file_format_version": "1.0.0", "ICD": { "library_path": "libGLX_nvidia.so.0", "api_version": "1.3.0" } }
JSON
    list="$WORK/nvidia_icd.json"
    for f in "${ICD_FILES[@]}"; do list="$list:$f"; done
    export VK_DRIVER_FILES="$list" VK_ICD_FILENAMES="$list"
    echo "no ICD manifest named NVIDIA: wrote $WORK/nvidia_icd.json (libGLX_nvidia.so.0) and set VK_DRIVER_FILES=VK_ICD_FILENAMES=$list" >> "$DIAG"
  fi
  if [ $NV_ICD = 0 ] && [ -z "$NV_GLX" ] && command -v nvidia-smi >/dev/null 2>&1; then
    MISSING+=("NVIDIA's Vulkan driver: no ICD manifest names NVIDIA and libGLX_nvidia.so.0 is not found (the driver's GL/Vulkan part, e.g. libnvidia-gl-<version>; in a container NVIDIA_DRIVER_CAPABILITIES must include graphics)")
  fi
  if [ ${#ICD_FILES[@]} = 0 ] && [ -z "$EXPLICIT" ] && [ -z "${VK_ADD_DRIVER_FILES:-}" ] && [ ! -f "$WORK/nvidia_icd.json" ]; then
    MISSING+=("a Vulkan ICD manifest (/usr/share/vulkan/icd.d/*.json, /etc/vulkan/icd.d/*.json, or VK_DRIVER_FILES)")
  fi
fi

# Node, and dawn.node against this libstdc++ (lib/fallback has the one it was built against).
"$NODE" -e 0 > "$WORK/node-check.log" 2>&1 || fail_report "the packed Node does not start here (glibc $(getconf GNU_LIBC_VERSION 2>/dev/null); it needs GLIBC_2.28)" "$WORK/node-check.log"
if ! "$NODE" -e 'require(process.argv[1])' "$DAWN_NODE" > "$WORK/dawn-check.log" 2>&1; then
  if grep -qE 'GLIBCXX|CXXABI|libstdc\+\+|libgcc_s' "$WORK/dawn-check.log" && [ -d "$WORK/lib/fallback" ]; then
    export LD_LIBRARY_PATH="$WORK/lib/fallback${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    echo "dawn.node needs a newer libstdc++ than this machine's: LD_LIBRARY_PATH=$LD_LIBRARY_PATH ($(head -c 300 "$WORK/dawn-check.log"))" >> "$DIAG"
    "$NODE" -e 'require(process.argv[1])' "$DAWN_NODE" > "$WORK/dawn-check.log" 2>&1 || fail_report "dawn.node does not load, even with lib/fallback" "$WORK/dawn-check.log"
  else
    fail_report "dawn.node does not load (glibc $(getconf GNU_LIBC_VERSION 2>/dev/null); it needs GLIBC_2.34)" "$WORK/dawn-check.log"
  fi
fi
if [ ${#MISSING[@]} -gt 0 ]; then
  { echo "MISSING:"; for m in "${MISSING[@]}"; do echo "  - $m"; done; } >> "$DIAG"
fi
cat "$DIAG" >&2

# ------------------------------------------------------------------------------------------------
# 3. The bench.

say "running the bench (backend $RNNC_DAWN_BACKEND); report: $REPORT"
( cd "$WORK" && "$NODE" bench/gpu-bench.mjs --out "$REPORT" --diag "$DIAG" "$@" ) 2>&1 | tee "$WORK/run.log"
rc=${PIPESTATUS[0]}

if [ "$rc" = 2 ]; then
  # No adapter: what the Vulkan loader says, into the report.
  {
    echo
    echo "## No adapter: what is missing"
    echo
    if [ ${#MISSING[@]} -gt 0 ]; then for m in "${MISSING[@]}"; do echo "- MISSING: $m"; done
    else echo "- The loader and an ICD manifest are there; see the loader's log below (VK_LOADER_DEBUG=error,warn,driver)."; fi
    echo
    echo '```'
    ( cd "$WORK" && VK_LOADER_DEBUG="${VK_LOADER_DEBUG:-error,warn,driver}" "$NODE" --input-type=module -e "
      const w = await import('webgpu');
      const gpu = w.create(['backend=' + (process.env.RNNC_DAWN_BACKEND || 'vulkan')]);
      for (const o of [{}, { featureLevel: 'compatibility' }, { forceFallbackAdapter: true }]) {
        const a = await gpu.requestAdapter(o);
        console.log('requestAdapter(' + JSON.stringify(o) + '):', a ? JSON.stringify({ vendor: a.info.vendor, architecture: a.info.architecture, device: a.info.device, description: a.info.description }) : 'null');
      }
      process.exit(0);" 2>&1 | tail -n 60 )
    echo '```'
  } >> "$REPORT"
  say "NO ADAPTER on backend $RNNC_DAWN_BACKEND."
  for m in "${MISSING[@]}"; do say "MISSING: $m"; done
elif [ "$rc" != 0 ] && [ ! -s "$REPORT" ]; then
  fail_report "the bench exited $rc before writing its report" "$WORK/run.log"
elif [ "$rc" != 0 ]; then
  { echo; echo "## The bench exited $rc"; echo; echo '```'; tail -n 60 "$WORK/run.log"; echo '```'; } >> "$REPORT"
fi
say "wrote $REPORT (exit $rc)"
exit "$rc"
