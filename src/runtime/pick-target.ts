// Choosing a target at run time: the app compiles its model for several targets, and the page
// runs the best one this browser (or Node) offers, falling back in order and saying why. Probes
// are cheap and load nothing; a target that passes its probe but fails to start (a shader the
// driver rejects, a lost device) is also skipped, with the error as its reason; bad weights are
// not a reason to fall back (every target would reject them) and reject at once. Browser-safe.


export type TargetName = 'wgsl' | 'wasm' | 'glsl' | 'js';

/** The default order: the GPU when there is WebGPU, then WebAssembly SIMD, WebGL2, plain JS. */
export const TARGET_ORDER: readonly TargetName[] = ['wgsl', 'wasm', 'glsl', 'js'];

/** What a generated module exports, as far as choosing among them needs. */
export interface LoadedModule {
  // Any module's create fits: its options are a subtype of what is passed here.
  create(options?: never): unknown;
}

/** Per target, a function that loads its module, usually `() => import('./model.wasm.rnnc')`. */
export type TargetLoaders = { readonly [K in TargetName]?: () => Promise<LoadedModule> | LoadedModule };

/** The model type of whichever module is loaded (the GPU targets' create() resolves asynchronously). */
export type ModelOf<L extends TargetLoaders> = {
  [K in keyof L]: L[K] extends () => infer R ? ([Awaited<R>] extends [never] ? never : Awaited<R> extends { create(...a: never[]): infer M } ? Awaited<M> : never) : never;
}[keyof L];

export interface CreateBestOptions {
  /** Targets to try, in order (default: wgsl, wasm, glsl, js, each only when it has a loader). */
  readonly order?: readonly TargetName[];
  readonly seed?: number;
  /** safetensors bytes, e.g. from fetchWeights() or loadFromIndexedDB(). */
  readonly weights?: Uint8Array | ArrayBuffer;
  readonly layout?: 'rnnc' | 'pytorch' | 'keras';
  /**
   * wasm: threads to start (default: up to 4 when the page is cross-origin isolated, else 1).
   * Threads start in the background; createBest waits for them, so the note says how many run.
   */
  readonly threads?: number;
  /** More options for one target's create(), e.g. `{ wgsl: { device } }`. */
  readonly options?: { readonly [K in TargetName]?: Readonly<Record<string, unknown>> };
}

export interface TargetProbe {
  readonly target: TargetName;
  readonly available: boolean;
  /** Why it is not available (empty when it is). */
  readonly reason: string;
}

export interface BestModel<M> {
  readonly model: M;
  readonly target: TargetName;
  /** One sentence for the page: what runs, and why the targets before it did not. */
  readonly note: string;
  /** Every target tried before the chosen one, with the reason it was skipped. */
  readonly skipped: readonly { readonly target: TargetName; readonly reason: string }[];
}

interface WebGlobals {
  navigator?: { gpu?: { requestAdapter(o?: unknown): Promise<unknown> }; hardwareConcurrency?: number };
  OffscreenCanvas?: new (w: number, h: number) => { getContext(kind: string): unknown };
  document?: { createElement(tag: string): { getContext(kind: string): unknown } };
  crossOriginIsolated?: boolean;
  WebAssembly?: { validate(bytes: Uint8Array): boolean };
}

const web = globalThis as unknown as WebGlobals;

// The smallest module that uses a SIMD instruction: (func (result v128) i32.const 0 i8x16.splat).
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b, // code: i32.const 0, i8x16.splat, end
]);

async function probe(target: TargetName): Promise<string> {
  switch (target) {
    case 'wgsl': {
      const gpu = web.navigator?.gpu;
      if (!gpu) return 'WebGPU is not available (no navigator.gpu)';
      try {
        const adapter = (await gpu.requestAdapter()) ?? (await gpu.requestAdapter({ featureLevel: 'compatibility' }));
        return adapter ? '' : 'WebGPU has no adapter here';
      } catch (e) {
        return `WebGPU's requestAdapter failed: ${message(e)}`;
      }
    }
    case 'wasm':
      if (typeof web.WebAssembly !== 'object') return 'WebAssembly is not available';
      return web.WebAssembly.validate(SIMD_PROBE) ? '' : 'this engine has no WebAssembly SIMD (fixed-width SIMD, 128-bit)';
    case 'glsl': {
      let gl: unknown;
      try {
        const canvas = web.OffscreenCanvas ? new web.OffscreenCanvas(1, 1) : web.document?.createElement('canvas');
        gl = canvas?.getContext('webgl2');
      } catch (e) {
        return `WebGL2 failed: ${message(e)}`;
      }
      if (!gl) return 'WebGL2 is not available';
      const ext = (gl as { getExtension(n: string): unknown }).getExtension('EXT_color_buffer_float');
      (gl as { getExtension(n: string): { loseContext(): void } | null }).getExtension('WEBGL_lose_context')?.loseContext();
      return ext ? '' : 'WebGL2 has no EXT_color_buffer_float (float render targets)';
    }
    case 'js':
      return '';
    default:
      return `unknown target '${String(target)}'`;
  }
}

/** Which targets this environment can run, without loading any module (the default order). */
export async function probeTargets(order: readonly TargetName[] = TARGET_ORDER): Promise<TargetProbe[]> {
  const out: TargetProbe[] = [];
  for (const target of order) {
    const reason = await probe(target);
    out.push({ target, available: reason === '', reason });
  }
  return out;
}

function defaultThreads(): number | undefined {
  if (web.crossOriginIsolated !== true || typeof SharedArrayBuffer !== 'function') return undefined;
  const cores = web.navigator?.hardwareConcurrency ?? 1;
  return cores > 1 ? Math.min(4, cores) : undefined;
}

/**
 * Loads and creates the model on the first target in `opts.order` that works here. Rejects only
 * when none does, with every target's reason.
 */
export async function createBest<L extends TargetLoaders>(loaders: L, opts: CreateBestOptions = {}): Promise<BestModel<ModelOf<L>>> {
  const order = (opts.order ?? TARGET_ORDER).filter((t) => loaders[t]);
  if (order.length === 0) throw new Error(`createBest: no loader for any of the targets ${(opts.order ?? TARGET_ORDER).join(', ')}`);
  const skipped: { target: TargetName; reason: string }[] = [];
  for (const target of order) {
    let reason = await probe(target);
    if (reason === '') {
      try {
        const mod = await loaders[target]!();
        const threads = target === 'wasm' ? (opts.threads ?? defaultThreads()) : undefined;
        const createOptions = {
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          ...(opts.weights !== undefined ? { weights: opts.weights } : {}),
          ...(opts.layout !== undefined ? { layout: opts.layout } : {}),
          ...(threads !== undefined ? { threads } : {}),
          ...opts.options?.[target],
        };
        const model = (await (mod.create as (o: unknown) => unknown)(createOptions)) as ModelOf<L>;
        const ready = (model as { threadsReady?: Promise<number> }).threadsReady;
        const nt = ready ? await ready : undefined;
        const running = `running on ${target}${nt !== undefined ? ` (${nt} thread${nt === 1 ? '' : 's'})` : ''}`;
        const note = [running, ...skipped.map((s) => `${s.target} unavailable: ${s.reason}`)].join('; ');
        return { model, target, note, skipped };
      } catch (e) {
        // By name: a module compiled by the CLI carries its own copy of the runtime's classes.
        if ((e as Error | undefined)?.name === 'WeightsError') throw e;
        reason = `it failed to start: ${message(e)}`;
      }
    }
    skipped.push({ target, reason });
  }
  throw new Error(`createBest: no target can run here (${skipped.map((s) => `${s.target}: ${s.reason}`).join('; ')})`);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
