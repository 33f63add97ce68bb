// Dawn (npm `webgpu`) in Node on its OpenGL ES backend over Mesa llvmpipe (DESIGN.md section 5):
// the compatibility-mode adapter with the workgroup limits raised to 256. Shared by the benches.

export const DAWN_LIMITS = { maxComputeInvocationsPerWorkgroup: 256, maxComputeWorkgroupSizeX: 256, maxComputeWorkgroupSizeY: 256 };

/** { gpu, adapter, device, limits }; keep `gpu` referenced to the end: once it is collected, Dawn aborts (a pthread mutex assertion). */
export async function dawnDevice() {
  process.env.EGL_PLATFORM ??= 'surfaceless';
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  const gpu = webgpu.create(['backend=opengles']);
  const adapter = await gpu.requestAdapter({ featureLevel: 'compatibility' });
  if (!adapter) throw new Error('Dawn: no OpenGL ES adapter (EGL_PLATFORM=surfaceless, Mesa libegl-mesa0 / libgl1-mesa-dri)');
  const device = await adapter.requestDevice({ requiredLimits: DAWN_LIMITS });
  return { gpu, adapter, device, limits: DAWN_LIMITS };
}
