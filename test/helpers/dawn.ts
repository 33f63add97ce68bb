// A WebGPU device in Node for the WGSL tests: Dawn (npm `webgpu`) on its OpenGL ES backend over
// Mesa llvmpipe (DESIGN.md section 5; Vulkan on lavapipe gives no adapter here), compatibility
// mode with the workgroup limits raised to 256. `validationDevice()` is Dawn's null backend:
// it compiles and validates WGSL without running it (fast shader checks).
import { create, globals } from 'webgpu';

let installed = false;
function install(): void {
  if (installed) return;
  Object.assign(globalThis, globals);
  process.env.EGL_PLATFORM ??= 'surfaceless';
  installed = true;
}

let gles: Promise<GPUDevice> | null = null;
let nul: Promise<GPUDevice> | null = null;

// The GPU objects must stay reachable: when Dawn's instance is collected, its devices crash the process.
const instances: GPU[] = [];

async function device(backend: string, raise = true): Promise<GPUDevice> {
  install();
  const gpu = create([`backend=${backend}`]);
  instances.push(gpu);
  const adapter = await gpu.requestAdapter({ featureLevel: 'compatibility' } as GPURequestAdapterOptions);
  if (!adapter) throw new Error(`Dawn: no ${backend} adapter (for opengles: EGL_PLATFORM=surfaceless and Mesa's libegl-mesa0 / libgl1-mesa-dri)`);
  if (!raise) return adapter.requestDevice();
  return adapter.requestDevice({ requiredLimits: { maxComputeInvocationsPerWorkgroup: 256, maxComputeWorkgroupSizeX: 256, maxComputeWorkgroupSizeY: 256 } });
}

/** The shared Dawn device that runs kernels (OpenGL ES on llvmpipe). */
export function dawnDevice(): Promise<GPUDevice> {
  gles ??= device('opengles');
  return gles;
}

/**
 * Dawn's null backend: validates shaders and pipelines, runs nothing. Compatibility mode's default
 * limits (128 invocations per workgroup), so the engine's smaller tiles are what gets validated.
 */
export function validationDevice(): Promise<GPUDevice> {
  nul ??= device('null', false);
  return nul;
}

/** A device of its own (not shared), e.g. for a test that destroys it. */
export function freshDevice(backend: 'opengles' | 'null'): Promise<GPUDevice> {
  return device(backend, backend === 'opengles');
}
