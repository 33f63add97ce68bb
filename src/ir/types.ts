// The IR: an SSA dataflow graph of plain, immutable, typed data.
//
// Values are numbered per graph (a scan body is its own graph with its own numbering).
// Every node names its input values and the types of the values it defines; most
// nodes define one value, `scan` defines one per carry and one per step output.

export type DType = 'f32' | 'i32';
/** Symbolic sizes bound at run time: batch and time. Feature sizes are static numbers. */
export type SymDim = 'B' | 'T';
export type Dim = number | SymDim;
export type Shape = readonly Dim[];

export interface TensorType {
  readonly dtype: DType;
  readonly shape: Shape;
}

export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export type ValueId = number;

export type UnaryFn =
  | 'neg'
  | 'tanh'
  | 'sigmoid'
  | 'hard_sigmoid' // Keras: clip(0.2 * x + 0.5, 0, 1)
  | 'relu'
  | 'exp'
  | 'log'
  | 'sqrt'
  | 'abs'
  | 'square'
  | 'reciprocal';

/** 'eq' gives 1 where a == b, else 0 (used by the gradient of max). */
export type BinaryFn = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'eq';

export type ReduceFn = 'sum' | 'mean' | 'max';

/**
 * What a masked step (mask 0 for a batch row) writes to that row of its step outputs:
 * zeros (PyTorch packed sequences), or the row's previous step output, zeros before the first (Keras).
 * Carries always keep their value on a masked step.
 */
export type MaskOutput = 'zero' | 'previous';

export type InitSpec =
  | { readonly kind: 'zeros' }
  | { readonly kind: 'ones' }
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'glorot_uniform' }
  | { readonly kind: 'orthogonal'; readonly gain?: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly std: number };

/** The op of a node and its attributes. Input order is fixed per op and documented here. */
export type Op =
  /** A named model input (data, mask, lengths, or an initial state given by the caller). No inputs. */
  | { readonly op: 'input'; readonly name: string }
  /** A trainable parameter, by name (see Module.params). No inputs. */
  | { readonly op: 'param'; readonly name: string }
  /** A state read for stateful models: starts at zeros, updated by Module.stateUpdates. No inputs. */
  | { readonly op: 'state'; readonly name: string }
  /** A scalar (shape []) constant. */
  | { readonly op: 'const'; readonly value: number }
  /** Tensor of `shape` (symbolic sizes bound at run time) filled with `value` (dtype f32 unless given); no inputs. E.g. zero initial states [B, H]. */
  | { readonly op: 'fill'; readonly value: number; readonly shape: Shape; readonly dtype?: DType }
  /**
   * A dropout mask of `shape` ([B, ...]): in training each element is 0 with probability `rate`, else
   * 1 / (1 - rate); in inference all ones. Drawn by the host from a seeded stream named `name`
   * before each training step, so a step is reproducible. No inputs; no gradient.
   */
  | { readonly op: 'dropout'; readonly rate: number; readonly shape: Shape; readonly name: string }
  /** Region parameter of a scan body (carry, sequence slice or invariant, in that order). */
  | { readonly op: 'arg'; readonly index: number }
  /** [x] elementwise. */
  | { readonly op: 'unary'; readonly fn: UnaryFn }
  /** [a, b] elementwise; b broadcasts into a's shape (numpy rules, aligned at the trailing axis). */
  | { readonly op: 'binary'; readonly fn: BinaryFn }
  /** [a: [...L, K], w: [K, N]] -> [...L, N]. */
  | { readonly op: 'matmul' }
  /** [g: [...L, N], w: [K, N]] -> [...L, K] = g w^T (the gradient of matmul for its left operand). */
  | { readonly op: 'matmul_nt' }
  /** [a: [...L, K], g: [...L, N]] -> [K, N] = sum over every leading index of a^T g (the gradient for the weight). */
  | { readonly op: 'matmul_tn' }
  /** [cond: f32, a, b]: cond broadcasts into a's shape; a and b have one type; cond != 0 ? a : b. */
  | { readonly op: 'select' }
  /** [x] -> the range [start, start+size) of `axis`. */
  | { readonly op: 'slice'; readonly axis: number; readonly start: number; readonly size: number }
  /** [x0, x1, ...] joined along `axis`. */
  | { readonly op: 'concat'; readonly axis: number }
  /** [x] reduced over `axis` (removed from the shape). */
  | { readonly op: 'reduce'; readonly fn: ReduceFn; readonly axis: number }
  /** [table: f32 [V, D], ids: i32 [...L]] -> f32 [...L, D]; an id outside [0, V) is a run-time error. */
  | { readonly op: 'gather' }
  /** [ids: i32 [...L], g: f32 [...L, D]] -> f32 [vocab, D]: row ids[l] accumulates g[l] (the gradient of gather). */
  | { readonly op: 'scatter_add'; readonly vocab: number }
  /** [ids: i32 [...L]] -> f32 [...L, depth], 1 at the id; an id outside [0, depth) is a run-time error. */
  | { readonly op: 'one_hot'; readonly depth: number }
  /** [x] with the same elements in row-major order under a new shape (same element count). */
  | { readonly op: 'reshape'; readonly shape: Shape }
  /** [x] reversed along `axis`. */
  | { readonly op: 'flip'; readonly axis: number }
  /** [x] with its axes permuted: output axis i is input axis perm[i] (ONNX Transpose, numpy transpose). */
  | { readonly op: 'transpose'; readonly perm: readonly number[] }
  /** [x: i32] -> f32. */
  | { readonly op: 'cast'; readonly to: DType }
  /**
   * [lengths: i32 [B], like: [B, T, ...]] -> f32 [B, T]: 1 where t < lengths[b], else 0;
   * with fromEnd, 1 where t >= T - lengths[b] (the last steps: the window of truncated BPTT).
   */
  | { readonly op: 'seq_mask'; readonly fromEnd?: boolean }
  /**
   * A recurrence linear in its carry (minGRU, minLSTM, LRU, selective state spaces), as data an
   * associative scan can run in parallel: [a: f32, b: f32 [B, T, ...S], h0: f32 [B, ...S]]
   * -> [final: [B, ...S], steps: [B, T, ...S]] with h_t = a_t * h_{t-1} + b_t elementwise (a
   * broadcasts into b's shape like binary's second operand: [...S] is one coefficient per state
   * element for every row and step, as in an LRU), h before
   * the first step = h0, steps[:, t] = h_t, final = h after the last step. reverse: t runs from T-1
   * down to 0. log: every value is a logarithm (h_t = logaddexp(a_t + h_{t-1}, b_t), minGRU's
   * log-space mode: positive coefficients that neither underflow nor overflow over long sequences).
   */
  | { readonly op: 'linear_scan'; readonly reverse: boolean; readonly log: boolean }
  /**
   * [x: [B, T, ...], first: [B, ...]] -> [B, T, ...]: x one step later: out[:, t] = x[:, t-1] and
   * out[:, 0] = first; reverse: out[:, t] = x[:, t+1] and out[:, T-1] = first. (The adjoint of
   * linear_scan reads the carry before each step with it.)
   */
  | { readonly op: 'shift'; readonly reverse: boolean }
  /**
   * The one recurrence construct.
   * Inputs: [...carryInits, ...sequences ([B, T, ...]), ...invariants, mask? (f32 [B, T])].
   * Body args: [...carries, ...sequence slices ([B, ...]), ...invariants].
   * Body results: [...new carries, ...step outputs ([B, ...])].
   * Outputs: [...final carries, ...stacked step outputs ([B, T, ...])].
   * A step at time t with mask[b, t] == 0 keeps row b of every carry and writes zeros
   * (maskOutput 'zero') or row b of the previous step output ('previous') to the step outputs.
   */
  | {
      readonly op: 'scan';
      readonly carries: readonly string[];
      readonly sequences: readonly string[];
      readonly invariants: number;
      readonly steps: readonly string[];
      readonly reverse: boolean;
      readonly masked: boolean;
      readonly maskOutput: MaskOutput;
      /** Gradient flows back at most this many steps (Theano's truncate_gradient); null: all. Forward is unaffected. */
      readonly truncate: number | null;
      readonly body: Graph;
    };

export type OpName = Op['op'];

export interface Node {
  readonly op: Op;
  readonly inputs: readonly ValueId[];
  readonly outputs: readonly ValueId[];
  readonly loc?: SourceLoc;
}

export interface Graph {
  /** Type of every value, indexed by ValueId. */
  readonly values: readonly TensorType[];
  /** In topological order. */
  readonly nodes: readonly Node[];
  /** Region results (scan body only; empty at top level). */
  readonly results: readonly ValueId[];
}

export type InputRole = 'data' | 'mask' | 'lengths' | 'state';

export interface InputInfo {
  readonly name: string;
  readonly value: ValueId;
  readonly type: TensorType;
  readonly role: InputRole;
  readonly doc?: string;
}

export interface ParamInfo {
  readonly name: string;
  readonly value: ValueId;
  /** Parameters have static shapes. */
  readonly shape: readonly number[];
  readonly init: InitSpec;
  readonly loc?: SourceLoc;
}

export interface OutputInfo {
  readonly name: string;
  readonly value: ValueId;
  readonly type: TensorType;
  readonly doc?: string;
}

export interface StateInfo {
  readonly name: string;
  /** The `state` node's value. */
  readonly value: ValueId;
  /** The value stored back into the state after each forward call. */
  readonly update: ValueId;
  readonly type: TensorType;
}

/**
 * Layer metadata that lets weight layouts (PyTorch, Keras) map a layer's rnnc parameters
 * to and from another framework's tensor names and gate orders. Pure data; see src/runtime/layouts.ts.
 */
export type WeightGroup =
  | {
      readonly kind: 'lstm' | 'gru' | 'simple_rnn';
      /** rnnc path of this cell, e.g. 'enc', 'enc.l1.bw'; parameters are `${path}.${local}`. */
      readonly path: string;
      /** The user's layer name (PyTorch module name / Keras layer name). */
      readonly layer: string;
      /** Index in a stack (PyTorch's l0, l1, ...). */
      readonly index: number;
      /** Backward direction of a bidirectional layer. */
      readonly reverse: boolean;
      readonly bidirectional: boolean;
      readonly input: number;
      readonly units: number;
      readonly resetAfter?: boolean;
      readonly peepholes?: boolean;
    }
  | { readonly kind: 'dense'; readonly path: string; readonly input: number; readonly units: number; readonly bias: boolean }
  | { readonly kind: 'embedding'; readonly path: string; readonly vocab: number; readonly dim: number };

/**
 * How the model trains, when it declares a loss: plain data checked at compile time against the
 * runtime's optimizers (src/runtime/optimizers.ts, schedules.ts).
 */
export interface TrainingSpec {
  /** The scalar output minimized. */
  readonly loss: string;
  readonly optimizer: { readonly kind: string; readonly [option: string]: unknown };
  readonly schedule?: { readonly kind: string; readonly [option: string]: unknown };
  /** Clip the gradients' global L2 norm (theano-lstm's max_norm). */
  readonly clipNorm?: number;
  /** Clip each gradient element to [-clipValue, clipValue]. */
  readonly clipValue?: number;
}

export interface Module {
  readonly name: string;
  readonly training?: TrainingSpec;
  readonly graph: Graph;
  readonly inputs: readonly InputInfo[];
  readonly params: readonly ParamInfo[];
  readonly states: readonly StateInfo[];
  readonly outputs: readonly OutputInfo[];
  readonly groups: readonly WeightGroup[];
  /** The model file, for messages. */
  readonly source?: string;
}

/** Parameter names of each layer kind, relative to the group's path. The layouts and the DSL agree on these. */
export const GROUP_PARAMS = {
  // Gate order i, f, c (candidate), o. W: [I, H] input kernels, U: [H, H] recurrent kernels, b: [H].
  lstm: ['W_i', 'W_f', 'W_c', 'W_o', 'U_i', 'U_f', 'U_c', 'U_o', 'b_i', 'b_f', 'b_c', 'b_o'],
  lstmPeepholes: ['P_i', 'P_f', 'P_o'],
  // z update, r reset, h candidate. resetAfter adds the recurrent candidate bias rb_h (inside r * (h U_h + rb_h)).
  gru: ['W_z', 'W_r', 'W_h', 'U_z', 'U_r', 'U_h', 'b_z', 'b_r', 'b_h'],
  gruResetAfter: ['rb_h'],
  simple_rnn: ['W', 'U', 'b'],
  dense: ['W'], // [in, out]
  denseBias: ['b'],
  embedding: ['E'], // [vocab, dim]
} as const;
