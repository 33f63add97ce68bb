// rnnc/client: ambient types for `import ... from './NAME.rnnc'` (rnnc's bundler plugin). Add
// `"types": ["rnnc/client"]` to tsconfig.json, or `/// <reference types="rnnc/client" />`.
// These loose types hold only until the plugin has compiled the model once: it then writes
// `NAME.rnnc.d.ts` (or `NAME.<target>.rnnc.d.ts`) beside the model, with the module's exact types,
// which TypeScript prefers for that import.

declare module '*.rnnc' {
  /** The model's description: inputs, outputs, parameters, states and layers. */
  export const meta: import('rnnc/runtime').ModelMeta;
  /** Creates the model (a Promise on the GPU targets). See the generated NAME.rnnc.d.ts. */
  export function create(options?: Record<string, unknown>): any;
}
