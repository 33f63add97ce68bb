// Pieces of the .d.ts text that the JS module (sync) and the device modules (WGSL, GLSL: async)
// both write: property names, doc comments, shapes, and the ParamName / StateName / ModelMeta
// declarations, which every target declares the same way.
import type { Shape } from '../ir/types.js';

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** A property name: bare when it is an identifier, else quoted. */
export function prop(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** Text safe inside a one-line doc comment. */
export function docText(s: string): string {
  return s.replace(/\*\//g, '*\\/').replace(/[\r\n]+/g, ' ');
}

/** A shape as a TypeScript tuple type (symbolic dimensions as number). */
export function tsShape(shape: Shape, readonly: boolean): string {
  return `${readonly ? 'readonly ' : ''}[${shape.map((d) => (typeof d === 'number' ? String(d) : 'number')).join(', ')}]`;
}

export function arrayType(dtype: string): string {
  return dtype === 'i32' ? 'Int32Array' : 'Float32Array';
}

/** A union of string literal types ('never' for none). */
export function nameUnion(xs: readonly string[]): string {
  return xs.length ? xs.map((x) => JSON.stringify(x)).join(' | ') : 'never';
}

/** ParamName, StateName and ModelMeta (the `meta` export's type), then a blank line. */
export function metaTypeLines(params: readonly { name: string }[], states: readonly { name: string }[]): string[] {
  return [
    `export type ParamName = ${nameUnion(params.map((p) => p.name))};`,
    `export type StateName = ${nameUnion(states.map((s) => s.name))};`,
    '',
    'export interface ModelMeta {',
    '  readonly name: string;',
    `  readonly inputs: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[]; readonly role: 'data' | 'mask' | 'lengths' | 'state'; readonly doc?: string }[];`,
    `  readonly outputs: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[]; readonly doc?: string }[];`,
    `  readonly params: readonly { readonly name: string; readonly shape: readonly number[]; readonly init: { readonly kind: string; readonly [k: string]: unknown } }[];`,
    `  readonly states: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[] }[];`,
    `  readonly groups: readonly { readonly kind: string; readonly path: string; readonly [k: string]: unknown }[];`,
    '}',
    '',
  ];
}
