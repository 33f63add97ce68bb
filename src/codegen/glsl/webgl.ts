// The WebGL2 API as the engine uses it. Typed here rather than through TypeScript's lib.dom, which
// would change global types for the whole program (its WebAssembly and BufferSource types differ
// from Node's). Handles are opaque objects; the context's methods and constants are loosely typed.

/* A WebGL object handle (texture, program, shader, framebuffer, ...). */
export type GlHandle = object;

/** A WebGL2RenderingContext. */
export interface Gl {
  readonly canvas: unknown;
  isContextLost(): boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly [name: string]: any;
}

/** The host's WebGL2RenderingContext and OffscreenCanvas constructors, when there are any. */
export function webglGlobals(): { WebGL2RenderingContext?: abstract new () => unknown; OffscreenCanvas?: new (w: number, h: number) => unknown } {
  return globalThis as never;
}
