// The declarations every WGSL kernel starts with (the binding model of common.ts). A module holds
// its kernels without them; the engine adds them back before compiling (so it imports this file
// alone, not the renderers).

export const HEADER = `struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;`;

/** HEADER, with M declared as vec4 words for kernels that load four at once (KernelEnv.m4). */
export function headerFor(env: { readonly m4?: boolean }): string {
  return env.m4 ? HEADER.replace('var<storage, read_write> M: array<u32>;', 'var<storage, read_write> M: array<vec4<u32>>;') : HEADER;
}
