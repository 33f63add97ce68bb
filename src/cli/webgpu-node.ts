// A GPUDevice for `rnnc run --target wgsl` in Node, from Dawn (npm `webgpu`, optional: a
// development dependency of rnnc, installed by users who want WGSL in Node). Dawn's default
// backend is tried first; where it finds no adapter (no GPU, as on CI machines), Dawn's OpenGL ES
// backend on Mesa (llvmpipe) in compatibility mode, with the workgroup limits raised to 256.

/** Opaque here: the generated WGSL module types it with @webgpu/types. */
export type NodeGpuDevice = { readonly lost: Promise<unknown>; destroy(): void };

type Gpu = { requestAdapter(o?: object): Promise<Adapter | null> };
type Adapter = { limits: Record<string, number>; requestDevice(d?: object): Promise<NodeGpuDevice> };

// Dawn's instances must stay reachable: when one is garbage-collected, its devices crash the process.
const instances: Gpu[] = [];

export async function nodeWebGpuDevice(): Promise<NodeGpuDevice> {
  let webgpu: { create(flags: string[]): Gpu; globals: object };
  try {
    webgpu = (await import('webgpu' as string)) as typeof webgpu;
  } catch {
    throw new Error("WebGPU in Node needs Dawn: install the npm package 'webgpu' (npm install --save-dev webgpu)");
  }
  // Mesa's EGL without a display: must be set before Dawn loads its OpenGL ES backend.
  process.env.EGL_PLATFORM ??= 'surfaceless';
  Object.assign(globalThis, webgpu.globals);
  const tries: [string[], object][] = [
    [[], {}],
    [['backend=opengles'], { featureLevel: 'compatibility' }],
  ];
  for (const [flags, opts] of tries) {
    const gpu = webgpu.create(flags);
    instances.push(gpu);
    const adapter = await gpu.requestAdapter(opts);
    if (!adapter) continue;
    const want: Record<string, number> = { maxComputeInvocationsPerWorkgroup: 256, maxComputeWorkgroupSizeX: 256, maxComputeWorkgroupSizeY: 256 };
    const requiredLimits: Record<string, number> = {};
    for (const [k, v] of Object.entries(want)) requiredLimits[k] = Math.min(v, adapter.limits[k] ?? v);
    return adapter.requestDevice({ requiredLimits });
  }
  throw new Error('no WebGPU adapter: Dawn found neither a GPU nor Mesa llvmpipe (on Debian: apt-get install libegl-mesa0 libgl1-mesa-dri)');
}
