// The call protocol between the GPU targets' module shell (device-module.ts) and their engines
// (wgsl/engine.ts, glsl/device-engine.ts): one call runs several programs in turn, wiring each
// one's outputs into the next on the device, and reads back only what is asked for.

export type HostArray = Float32Array | Int32Array;

/** One program of a call, with the host data it takes. */
export interface CallPart {
  readonly program: string;
  readonly inputs?: readonly HostArray[];
  readonly randoms?: readonly Float32Array[];
}

export interface CallOptions {
  /** Zero the states first (no kept state yet). */
  readonly zeroState?: boolean;
  /** Keep the states' updates (else they are restored after the call). */
  readonly keepState?: boolean;
  /** Values for the model tensors written before the call (e.g. the update scalars), base -> data. */
  readonly writeModel?: readonly { readonly base: number; readonly data: Float32Array }[];
  /** What to read back: buffers of the parts' programs, by program name and buffer id. */
  readonly read?: readonly { readonly program: string; readonly buf: number }[];
}
