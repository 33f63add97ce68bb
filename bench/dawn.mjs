// Dawn (npm `webgpu`) in Node. Default: its OpenGL ES backend over Mesa llvmpipe (DESIGN.md
// section 5), the compatibility-mode adapter with the workgroup limits raised to 256. Shared by the
// benches.
//
// Environment (read once, when this module loads):
//   RNNC_DAWN_BACKEND        Dawn's backend toggle: opengles (default), vulkan, null, ...
//   RNNC_DAWN_FEATURE_LEVEL  the adapter's feature level: compatibility (default on opengles) or
//                            core (default on every other backend).
// Core feature level asks for the high-performance adapter and a device with every limit the
// adapter has (its real limits); compatibility keeps DAWN_LIMITS. The GPU bench pack
// (bench/gpu-pack.sh, bench/gpu-run.sh) runs with RNNC_DAWN_BACKEND=vulkan.

/** The limits asked for in compatibility mode (the llvmpipe default). */
export const DAWN_LIMITS = { maxComputeInvocationsPerWorkgroup: 256, maxComputeWorkgroupSizeX: 256, maxComputeWorkgroupSizeY: 256 };

/** Dawn's backend (RNNC_DAWN_BACKEND, default opengles). */
export const DAWN_BACKEND = process.env.RNNC_DAWN_BACKEND || 'opengles';

/** The adapter's feature level (RNNC_DAWN_FEATURE_LEVEL; default compatibility on opengles, else core). Peers that request their own adapter should ask for this one. */
export const DAWN_FEATURE_LEVEL = process.env.RNNC_DAWN_FEATURE_LEVEL || (DAWN_BACKEND === 'opengles' ? 'compatibility' : 'core');

const BACKEND_NAMES = { opengles: 'OpenGL ES', opengl: 'OpenGL', vulkan: 'Vulkan', d3d12: 'D3D12', metal: 'Metal', null: 'null' };

/** The adapter's GPUAdapterInfo as a plain object (vendor, architecture, device, description, and what else Dawn gives). */
export function adapterInfo(adapter) {
  const info = adapter?.info ?? {};
  const out = {};
  for (const k of ['vendor', 'architecture', 'device', 'description']) out[k] = info[k] ?? '';
  for (const k in info) if (!(k in out) && typeof info[k] !== 'function' && typeof info[k] !== 'object') out[k] = info[k];
  return out;
}

/** Every numeric limit of a GPUSupportedLimits (its properties are getters on the prototype). */
export function limitsOf(limits) {
  const out = {};
  const keys = new Set();
  for (const k in limits) keys.add(k);
  for (let p = limits; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) for (const k of Object.getOwnPropertyNames(p)) keys.add(k);
  for (const k of keys) {
    let v;
    try {
      v = limits[k];
    } catch {
      continue;
    }
    if (typeof v === 'number') out[k] = v;
  }
  return out;
}

/** "Dawn (Vulkan, core; NVIDIA H100 ...)": the backend, feature level and adapter, for table captions. */
export function dawnLabel(adapter) {
  const i = adapterInfo(adapter);
  const what = [i.vendor, i.architecture, i.device, i.description].filter(Boolean).join(' ');
  return `Dawn (${BACKEND_NAMES[DAWN_BACKEND] ?? DAWN_BACKEND}, ${DAWN_FEATURE_LEVEL} mode${what ? `; ${what}` : ''})`;
}

function noAdapter() {
  if (DAWN_BACKEND === 'opengles' && DAWN_FEATURE_LEVEL === 'compatibility') return 'Dawn: no OpenGL ES adapter (EGL_PLATFORM=surfaceless, Mesa libegl-mesa0 / libgl1-mesa-dri)';
  if (DAWN_BACKEND === 'vulkan') {
    const env = ['VK_DRIVER_FILES', 'VK_ICD_FILENAMES', 'VK_ADD_DRIVER_FILES', 'VK_LOADER_DEBUG'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`);
    return `Dawn: no Vulkan adapter at feature level ${DAWN_FEATURE_LEVEL} (needs the Vulkan loader libvulkan.so.1 and an ICD: /usr/share/vulkan/icd.d, /etc/vulkan/icd.d${env.length ? `; ${env.join(' ')}` : ''})`;
  }
  return `Dawn: no ${DAWN_BACKEND} adapter at feature level ${DAWN_FEATURE_LEVEL}`;
}

/**
 * { gpu, adapter, device, limits, backend, featureLevel, info }; keep `gpu` referenced to the end:
 * once it is collected, Dawn aborts (a pthread mutex assertion).
 */
export async function dawnDevice() {
  if (DAWN_BACKEND === 'opengles') process.env.EGL_PLATFORM ??= 'surfaceless';
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  const gpu = webgpu.create([`backend=${DAWN_BACKEND}`]);
  const compat = DAWN_FEATURE_LEVEL === 'compatibility';
  const adapter = await gpu.requestAdapter(compat ? { featureLevel: 'compatibility' } : { featureLevel: DAWN_FEATURE_LEVEL, powerPreference: 'high-performance' });
  if (!adapter) throw new Error(noAdapter());
  let limits = compat ? DAWN_LIMITS : limitsOf(adapter.limits);
  let device;
  try {
    device = await adapter.requestDevice({ requiredLimits: limits });
  } catch (e) {
    if (compat) throw e;
    // A limit this Dawn lists but does not take as a requirement: fall back to the workgroup ones.
    const l = adapter.limits;
    limits = { maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup, maxComputeWorkgroupSizeX: l.maxComputeWorkgroupSizeX, maxComputeWorkgroupSizeY: l.maxComputeWorkgroupSizeY, maxStorageBufferBindingSize: l.maxStorageBufferBindingSize, maxBufferSize: l.maxBufferSize };
    device = await adapter.requestDevice({ requiredLimits: limits });
  }
  return { gpu, adapter, device, limits, backend: DAWN_BACKEND, featureLevel: DAWN_FEATURE_LEVEL, info: adapterInfo(adapter) };
}
