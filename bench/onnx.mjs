// Single-op ONNX models for the onnxruntime peers, encoded by hand: a protobuf writer for the
// few messages needed (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto,
// ValueInfoProto and its TypeProto / TensorShapeProto). Field numbers from onnx/onnx.proto.
//
// onnxruntime's LSTM and GRU kernels take time-major input only (attribute layout = 1 is
// refused), so the models are Transpose [B,T,I] -> [T,B,I], the recurrent op, and Transpose
// Y [T,1,B,H] -> [B,T,1,H]: batch-major in and out, as the other rows.

// ---------------------------------------------------------------------------------------------
// protobuf wire format

class Writer {
  constructor() {
    this.parts = [];
    this.length = 0;
  }
  bytes(b) {
    this.parts.push(b);
    this.length += b.length;
    return this;
  }
  varint(v) {
    let n = BigInt(v);
    if (n < 0n) n += 1n << 64n; // two's complement, 10 bytes
    const out = [];
    do {
      let byte = Number(n & 0x7fn);
      n >>= 7n;
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return this.bytes(Uint8Array.from(out));
  }
  key(field, wire) {
    return this.varint((field << 3) | wire);
  }
  /** int32 / int64 / enum field (wire type 0). */
  int(field, v) {
    return this.key(field, 0).varint(v);
  }
  /** float field (wire type 5). */
  float(field, v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return this.key(field, 5).bytes(b);
  }
  /** bytes / string / embedded message field (wire type 2). */
  lenDelim(field, payload) {
    const b = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload instanceof Writer ? payload.finish() : payload;
    return this.key(field, 2).varint(b.length).bytes(b);
  }
  finish() {
    const out = new Uint8Array(this.length);
    let off = 0;
    for (const p of this.parts) {
      out.set(p, off);
      off += p.length;
    }
    return out;
  }
}

const msg = (build) => {
  const w = new Writer();
  build(w);
  return w;
};

// ---------------------------------------------------------------------------------------------
// ONNX messages

const FLOAT = 1; // TensorProto.DataType.FLOAT
const ATTR = { FLOAT: 1, INT: 2, STRING: 3, INTS: 7 };

/** TensorProto: dims (1), data_type (2), name (8), raw_data (9, little-endian). */
function tensorProto(name, dims, data) {
  if (data.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`onnx: initializer ${name} has ${data.length} values for dims [${dims}]`);
  const f32 = Float32Array.from(data);
  return msg((w) => {
    for (const d of dims) w.int(1, d);
    w.int(2, FLOAT);
    w.lenDelim(8, name);
    w.lenDelim(9, new Uint8Array(f32.buffer, f32.byteOffset, f32.byteLength));
  });
}

/** AttributeProto: name (1), f (2), i (3), s (4), ints (8), type (20). */
function attribute(name, value) {
  return msg((w) => {
    w.lenDelim(1, name);
    if (typeof value === 'string') w.lenDelim(4, value).int(20, ATTR.STRING);
    else if (Array.isArray(value)) {
      for (const v of value) w.int(8, v);
      w.int(20, ATTR.INTS);
    } else if (Number.isInteger(value)) w.int(3, value).int(20, ATTR.INT);
    else w.float(2, value).int(20, ATTR.FLOAT);
  });
}

/** NodeProto: input (1), output (2), name (3), op_type (4), attribute (5). */
function node(opType, inputs, outputs, attrs = {}, name = opType) {
  return msg((w) => {
    for (const i of inputs) w.lenDelim(1, i);
    for (const o of outputs) w.lenDelim(2, o);
    w.lenDelim(3, name);
    w.lenDelim(4, opType);
    for (const [k, v] of Object.entries(attrs)) w.lenDelim(5, attribute(k, v));
  });
}

/** ValueInfoProto with a float tensor type; dims are numbers or symbolic names. */
function valueInfo(name, dims) {
  const shape = msg((s) => {
    for (const d of dims) s.lenDelim(1, msg((dim) => (typeof d === 'number' ? dim.int(1, d) : dim.lenDelim(2, d))));
  });
  const tensorType = msg((t) => t.int(1, FLOAT).lenDelim(2, shape));
  const type = msg((t) => t.lenDelim(1, tensorType));
  return msg((w) => w.lenDelim(1, name).lenDelim(2, type));
}

/** ModelProto (ir_version 8, default-domain opset 14) around one graph. */
function model({ nodes, initializers, inputs, outputs, name }) {
  const graph = msg((g) => {
    for (const n of nodes) g.lenDelim(1, n);
    g.lenDelim(2, name);
    for (const t of initializers) g.lenDelim(5, t);
    for (const i of inputs) g.lenDelim(11, i);
    for (const o of outputs) g.lenDelim(12, o);
  });
  return msg((m) => {
    m.int(1, 8); // ir_version
    m.lenDelim(2, 'rnnc-bench'); // producer_name
    m.lenDelim(7, graph);
    m.lenDelim(8, msg((o) => o.lenDelim(1, '').int(2, 14))); // opset_import
  }).finish();
}

// ---------------------------------------------------------------------------------------------
// weights: Keras layout (what rnnc's saveWeights({ layout: 'keras' }) writes) -> ONNX

/**
 * Keras kernel [K, G*H] with gates in `from` order -> ONNX [1, G*H, K] (transposed) with gates
 * in `to` order.
 */
function toOnnxMatrix(kernel, K, H, from, to) {
  const G = from.length;
  const out = new Float32Array(G * H * K);
  to.forEach((gate, gOut) => {
    const gIn = from.indexOf(gate);
    for (let j = 0; j < H; j++) {
      for (let k = 0; k < K; k++) out[(gOut * H + j) * K + k] = kernel[k * G * H + gIn * H + j];
    }
  });
  return out;
}

function reorderBias(bias, H, from, to) {
  const out = new Float32Array(to.length * H);
  to.forEach((gate, gOut) => out.set(bias.subarray(from.indexOf(gate) * H, from.indexOf(gate) * H + H), gOut * H));
  return out;
}

/**
 * One LSTM or GRU layer over x [B, T, I] -> y [B, T, 1, H] (the same data as [B, T, H]).
 * keras: { kernel, recurrent_kernel, bias } Float32Arrays in Keras layout (LSTM gates i,f,c,o,
 * bias [4H]; GRU reset-after gates z,r,h, bias [2, 3H] = input row then recurrent row).
 */
export function recurrentModel(kind, { I, H, keras }) {
  const { attrs, initializers } = recurrentWeights(kind, { I, H, keras });
  return model({
    name: `${kind}-bench`,
    nodes: [
      node('Transpose', ['x'], ['x_tm'], { perm: [1, 0, 2] }, 'to_time_major'),
      node(kind.toUpperCase(), ['x_tm', 'W', 'R', 'B'], ['y_tm'], attrs, kind),
      node('Transpose', ['y_tm'], ['y'], { perm: [2, 0, 1, 3] }, 'to_batch_major'),
    ],
    initializers,
    inputs: [valueInfo('x', ['B', 'T', I])],
    outputs: [valueInfo('y', ['B', 'T', 1, H])],
  });
}

/**
 * The same layer for streaming (bench/stream.mjs): one step x [1, B, I] (time-major, T = 1) with the
 * state passed in and out, h0 [1, B, H] (and c0 for LSTM) -> h1 (and c1), as an app carries it.
 */
export function streamingModel(kind, { I, H, keras }) {
  const { attrs, initializers } = recurrentWeights(kind, { I, H, keras });
  const lstm = kind === 'lstm';
  return model({
    name: `${kind}-stream-bench`,
    nodes: [node(kind.toUpperCase(), ['x', 'W', 'R', 'B', '', 'h0', ...(lstm ? ['c0'] : [])], ['', 'h1', ...(lstm ? ['c1'] : [])], attrs, kind)],
    initializers,
    inputs: [valueInfo('x', [1, 'B', I]), valueInfo('h0', [1, 'B', H]), ...(lstm ? [valueInfo('c0', [1, 'B', H])] : [])],
    outputs: [valueInfo('h1', [1, 'B', H]), ...(lstm ? [valueInfo('c1', [1, 'B', H])] : [])],
  });
}

/** ONNX W, R, B initializers and attributes of a Keras-layout layer. */
function recurrentWeights(kind, { I, H, keras }) {
  let W, R, Bias, attrs;
  if (kind === 'lstm') {
    const from = ['i', 'f', 'c', 'o'];
    const to = ['i', 'o', 'f', 'c']; // ONNX LSTM gate order
    W = toOnnxMatrix(keras.kernel, I, H, from, to);
    R = toOnnxMatrix(keras.recurrent_kernel, H, H, from, to);
    Bias = new Float32Array(8 * H); // Wb then Rb; rnnc's one bias per gate is Wb, Rb stays zero
    Bias.set(reorderBias(keras.bias, H, from, to), 0);
    attrs = { hidden_size: H };
  } else if (kind === 'gru') {
    const gates = ['z', 'r', 'h']; // Keras and ONNX agree
    W = toOnnxMatrix(keras.kernel, I, H, gates, gates);
    R = toOnnxMatrix(keras.recurrent_kernel, H, H, gates, gates);
    if (keras.bias.length !== 6 * H) throw new Error('onnx GRU: expected a reset-after bias [2, 3H]');
    Bias = Float32Array.from(keras.bias); // [Wb (input row), Rb (recurrent row)]
    attrs = { hidden_size: H, linear_before_reset: 1 }; // reset-after, as PyTorch / cuDNN / rnnc's default
  } else throw new Error(`onnx: unknown recurrent kind ${kind}`);
  const G = kind === 'lstm' ? 4 : 3;
  return { attrs, initializers: [tensorProto('W', [1, G * H, I], W), tensorProto('R', [1, G * H, H], R), tensorProto('B', [1, 2 * G * H], Bias)] };
}

/** a [M, K] x b [K, N] with b an initializer: the reference peak of each onnxruntime. */
export function matmulModel(M, K, N, b) {
  return model({
    name: 'matmul-bench',
    nodes: [node('MatMul', ['a', 'b'], ['c'], {}, 'matmul')],
    initializers: [tensorProto('b', [K, N], b)],
    inputs: [valueInfo('a', [M, K])],
    outputs: [valueInfo('c', [M, N])],
  });
}
