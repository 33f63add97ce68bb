// The call protocol between the GPU targets' module shell (device-model.ts) and their engines
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

/** A model's place in the device's model arena: a parameter, an optimizer slot. */
export interface ModelTensor {
  readonly name: string;
  readonly base: number;
  readonly size: number;
}

/** The plan data the async shell reads (each engine's plan has more: its kernels). */
export interface DevicePlan {
  readonly params: readonly ModelTensor[];
  readonly slots: readonly (ModelTensor & { readonly init: number })[];
  readonly hyperBase: number;
  readonly programs: Readonly<Record<string, { readonly outputs: readonly number[] }>>;
}

/** An engine instance: what the async shell (device-model.ts) calls. */
export interface DeviceEngine {
  call(B: number, T: number, parts: readonly CallPart[], opts: CallOptions): Promise<HostArray[]>;
  writeModel(list: readonly { readonly base: number; readonly data: Float32Array }[]): void;
  readModel(list: readonly { readonly base: number; readonly size: number }[]): Promise<Float32Array[]>;
  readStates(B: number, T: number): Promise<HostArray[]>;
  writeStates(B: number, T: number, values: readonly (HostArray | undefined)[], zero: boolean): void;
  dispose(): void;
}

/** Engine.create's options: the programs to compile before it resolves ('forward', the default: the inference program; the rest at their first call; or 'all'). */
export interface EngineCreateOptions {
  readonly compile?: 'forward' | 'all';
  /** WGSL: when a time loop runs as one whole-sequence kernel ('auto', the default: by the engine's rule), always where one exists, or never. */
  readonly wholeSequence?: WholeSequence;
  /** GLSL: linear_scan kernels as a chunked parallel scan (a few draws) or a time loop (a draw per step); 'auto' (default): the loop on a software rasterizer. */
  readonly linearScan?: LinearScanMode;
}

export type WholeSequence = 'auto' | 'always' | 'never';
export type LinearScanMode = 'auto' | 'parallel' | 'sequential';

/** The programs an engine compiles at create(): every one for 'all', else the inference program ('run'; the first where a plan has none). */
export function programsToCompile(programs: readonly string[], opts: EngineCreateOptions): readonly string[] {
  if (opts.compile === 'all') return programs;
  return programs.includes('run') ? ['run'] : programs.slice(0, 1);
}

/** An engine class: the generated module passes its engine module's export. */
export interface DeviceEngineClass<Plan, Device> {
  create(plan: Plan, device: Device, opts?: EngineCreateOptions): Promise<DeviceEngine>;
  requestDevice(model: string): Promise<Device>;
}
