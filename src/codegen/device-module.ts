// The module of a GPU target (wgsl, glsl): `meta`, the engine's plan (buffers, kernels and the
// statements that dispatch them) and a `create` that hands both, with the engine class, to the
// runtime's async shell (src/runtime/device-model.ts). Everything around the plan is runtime code.

import { moduleDts } from './module-dts.js';
import { moduleHead } from './module-text.js';
import type { ProgramSet } from './programs.js';

export interface DeviceModuleParts {
  /** Import specifier of the engine module (its export `Engine` has static create / requestDevice). */
  readonly engineImport: string;
  /** The file's name ('sentiment.wgsl.js'); the .d.ts is the same with .d.ts. */
  readonly file: string;
  /** What the module says about its device in comments and the .d.ts, e.g. 'WebGPU'. */
  readonly api: string;
  /** The device's TypeScript type, e.g. 'GPUDevice'. */
  readonly deviceType: string;
  /** The create() option that gives the device: its name, .d.ts type and doc. */
  readonly deviceOption: { readonly name: string; readonly type: string; readonly doc: string };
  /** create() options of this target alone, for the .d.ts. */
  readonly extraOptions?: readonly { readonly name: string; readonly type: string; readonly doc: string }[];
  /** A `/// <reference types>` package for the .d.ts, or null. */
  readonly typesReference: string | null;
  /** The engine plan as JS text (an expression). */
  readonly planJs: string;
  readonly runtimeImport?: string;
}

export function emitDeviceModule(set: ProgramSet, x: DeviceModuleParts): { js: string; dts: string } {
  const dtsFile = x.file.replace(/\.js$/, '.d.ts');
  const js = `${moduleHead(set, { file: x.file, what: `${x.api} module`, needs: [x.engineImport], dts: dtsFile, imports: [`import { Engine } from ${JSON.stringify(x.engineImport)};`] }, x.runtimeImport)}
// The device plan: buffers, kernels and the statements that dispatch them (${x.api}).
const PLAN = ${x.planJs};

/** Creates a model on options.${x.deviceOption.name}, or on one the engine asks for. */
export function create(options = {}) {
  return rt.createDeviceModel({ def: MODEL, plan: PLAN, Engine, deviceOption: ${JSON.stringify(x.deviceOption.name)} }, options);
}
`;
  const dts = moduleDts(set, { file: dtsFile, flavor: 'device', device: { api: x.api, type: x.deviceType, option: x.deviceOption, typesReference: x.typesReference, extraOptions: x.extraOptions ?? [] } });
  return { js, dts };
}
