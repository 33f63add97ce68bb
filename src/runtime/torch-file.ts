// PyTorch's `torch.save` files (`.pt`, `.pth`, `.bin`): a zip archive of stored (uncompressed)
// entries, `<name>/data.pkl` a pickle of the saved object and `<name>/data/<key>` the raw bytes
// of each storage. Reading one must never run code: pickle is a small stack machine whose GLOBAL
// and REDUCE opcodes call any Python function, so this reader is not an unpickler. It knows a
// fixed list of globals (OrderedDict, torch's tensor rebuild functions and storage types), builds
// plain values for those, and refuses every other global by name. What it returns is the tensors
// of a state_dict, found at the top of the object or one level down (`{'state_dict': ...}`).
//
// The zip part is written here too: torch.save writes stored entries only, and a general zip
// library would add its inflater to every generated module's runtime. Browser-safe.

import { clipText, WeightsError } from './errors.js';
import { halfToFloat, type NamedTensor } from './safetensors.js';

// ---- zip (stored entries) ----

/** The entries of a zip archive whose entries are stored, by name. */
function readStoredZip(bytes: Uint8Array, source: string): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (m: string): never => {
    throw new WeightsError(`${source}: not a readable PyTorch file: ${m}`);
  };
  // The end-of-central-directory record: its signature within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) bad('the zip archive has no end-of-central-directory record (truncated?)');
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  // Zip64 (archives over 4 GiB or with many entries): the zip64 end record holds the real values.
  if (dirOffset === 0xffffffff || count === 0xffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) bad('zip64 archive without its locator');
    const rec = Number(view.getBigUint64(loc + 8, true));
    if (rec + 56 > bytes.length || view.getUint32(rec, true) !== 0x06064b50) bad('zip64 end record out of range');
    count = Number(view.getBigUint64(rec + 32, true));
    dirSize = Number(view.getBigUint64(rec + 40, true));
    dirOffset = Number(view.getBigUint64(rec + 48, true));
  }
  if (dirOffset + dirSize > bytes.length) bad(`the central directory (${dirSize} bytes at ${dirOffset}) lies past the end of the file (${bytes.length} bytes; truncated?)`);
  const entries = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) bad(`central directory entry ${n} is damaged`);
    const method = view.getUint16(at + 10, true);
    let size = view.getUint32(at + 20, true);
    let compressed = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // Zip64 sizes and offset, in the extra field's 0x0001 block, in this order when saturated.
    let e = at + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 1) {
        let p = e + 4;
        if (size === 0xffffffff) (size = Number(view.getBigUint64(p, true))), (p += 8);
        if (compressed === 0xffffffff) (compressed = Number(view.getBigUint64(p, true))), (p += 8);
        if (local === 0xffffffff) local = Number(view.getBigUint64(p, true));
      }
      e += 4 + len;
    }
    if (method !== 0) bad(`entry '${clipText(name)}' is compressed (method ${method}); torch.save writes stored entries: save the file again with torch.save`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) bad(`entry '${clipText(name)}' has no local header where the directory says (truncated?)`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (data + size > bytes.length) bad(`entry '${clipText(name)}' (${size} bytes) runs past the end of the file (truncated?)`);
    entries.set(name, bytes.subarray(data, data + size));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

// ---- pickle, restricted ----

/** A storage named by a persistent id: its dtype, the bytes' entry key, its element count. */
interface Storage {
  readonly kind: 'storage';
  readonly dtype: string;
  readonly key: string;
}
interface Tensor {
  readonly kind: 'tensor';
  readonly storage: Storage;
  readonly offset: number;
  readonly size: readonly number[];
  readonly stride: readonly number[];
}
/** A global the reader knows: a type or function it gives meaning to. */
interface Known {
  readonly kind: 'global';
  readonly name: string;
}
type Value = null | boolean | number | bigint | string | Uint8Array | Value[] | Tuple | Dict | Storage | Tensor | Known;
interface Tuple {
  readonly kind: 'tuple';
  readonly items: Value[];
}
/** Dicts keep insertion order and never look keys up on a prototype. */
interface Dict {
  readonly kind: 'dict';
  readonly map: Map<string | number, Value>;
}

/** Storage types by their pickled global name, and the safetensors dtype of their bytes. */
const STORAGE_DTYPES = new Map([
  ['torch.FloatStorage', 'F32'],
  ['torch.DoubleStorage', 'F64'],
  ['torch.HalfStorage', 'F16'],
  ['torch.BFloat16Storage', 'BF16'],
  ['torch.LongStorage', 'I64'],
  ['torch.IntStorage', 'I32'],
]);
const KNOWN_GLOBALS = new Set([
  'collections.OrderedDict',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  ...STORAGE_DTYPES.keys(),
]);

function isObj(v: Value): v is Exclude<Value, null | boolean | number | bigint | string | Uint8Array | Value[]> {
  return typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && !Array.isArray(v);
}

/** Runs the pickle's opcodes on plain values; the result is the saved object. */
function readPickle(bytes: Uint8Array, source: string): Value {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bad = (m: string): never => {
    throw new WeightsError(`${source}: ${m}`);
  };
  let stack: Value[] = [];
  const marks: Value[][] = [];
  const memo = new Map<number, Value>();
  let at = 0;
  const need = (n: number): void => {
    if (at + n > bytes.length) bad('the pickle ends in the middle of an opcode (truncated?)');
  };
  const u8 = (): number => (need(1), bytes[at++]);
  const u16 = (): number => (need(2), (at += 2), view.getUint16(at - 2, true));
  const u32 = (): number => (need(4), (at += 4), view.getUint32(at - 4, true));
  const take = (n: number): Uint8Array => (need(n), (at += n), bytes.subarray(at - n, at));
  const line = (): string => {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) bad('the pickle ends in the middle of a GLOBAL (truncated?)');
    const s = decoder.decode(bytes.subarray(at, end));
    at = end + 1;
    return s;
  };
  const pop = (): Value => {
    if (stack.length === 0) bad('the pickle pops an empty stack (damaged file)');
    return stack.pop() as Value;
  };
  const popMark = (): Value[] => {
    const items = stack;
    const prev = marks.pop();
    if (!prev) bad('the pickle closes a MARK it never opened (damaged file)');
    stack = prev as Value[];
    return items;
  };
  const global = (module: string, name: string): Value => {
    const full = `${module}.${name}`;
    if (!KNOWN_GLOBALS.has(full)) {
      bad(`refused: the pickle asks for the Python global '${clipText(full)}'; rnnc reads only tensors, storages and plain containers from PyTorch files and never runs code (save the model's state_dict(), or convert it to safetensors)`);
    }
    return { kind: 'global', name: full };
  };
  const setItems = (target: Value, items: Value[]): void => {
    if (!isObj(target) || target.kind !== 'dict') bad('SETITEMS on something that is not a dict');
    const d = target as Dict;
    for (let i = 0; i + 1 < items.length; i += 2) {
      const k = items[i];
      if (typeof k !== 'string' && typeof k !== 'number') bad(`a dict key of an unsupported kind (${describe(k)})`);
      d.map.set(k as string | number, items[i + 1]);
    }
  };
  const call = (fn: Value, args: Value): Value => {
    if (!isObj(fn) || fn.kind !== 'global' || !isObj(args) || args.kind !== 'tuple') return bad('REDUCE with something other than a known global and a tuple');
    const a = (args as Tuple).items;
    switch ((fn as Known).name) {
      case 'collections.OrderedDict':
        return { kind: 'dict', map: new Map() };
      case 'torch._utils._rebuild_tensor_v2': {
        const [storage, offset, size, stride] = a;
        if (!isObj(storage) || storage.kind !== 'storage') return bad('a tensor whose storage is not a storage');
        const dims = tupleInts(size, 'size');
        const strides = tupleInts(stride, 'stride');
        if (typeof offset !== 'number' || dims.length !== strides.length) return bad('a tensor with a malformed offset, size or stride');
        return { kind: 'tensor', storage: storage as Storage, offset, size: dims, stride: strides };
      }
      case 'torch._utils._rebuild_parameter':
      case 'torch._utils._rebuild_parameter_with_state':
        if (!isObj(a[0]) || (a[0] as { kind: string }).kind !== 'tensor') return bad('a Parameter that wraps no tensor');
        return a[0];
      default:
        return bad(`'${(fn as Known).name}' cannot be called`);
    }
  };
  const tupleInts = (v: Value, what: string): number[] => {
    const items = isObj(v) && v.kind === 'tuple' ? (v as Tuple).items : null;
    if (!items || !items.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)) return bad(`a tensor ${what} that is not a tuple of non-negative integers`);
    return items as number[];
  };

  for (;;) {
    const op = u8();
    switch (op) {
      case 0x80: // PROTO
        u8();
        break;
      case 0x95: // FRAME
        take(8);
        break;
      case 0x2e: // STOP
        return pop();
      case 0x28: // MARK
        marks.push(stack);
        stack = [];
        break;
      case 0x7d: // EMPTY_DICT
        stack.push({ kind: 'dict', map: new Map() });
        break;
      case 0x5d: // EMPTY_LIST
        stack.push([]);
        break;
      case 0x29: // EMPTY_TUPLE
        stack.push({ kind: 'tuple', items: [] });
        break;
      case 0x74: {
        // TUPLE (popMark first: it replaces `stack`)
        const items = popMark();
        stack.push({ kind: 'tuple', items });
        break;
      }
      case 0x85: // TUPLE1
        stack.push({ kind: 'tuple', items: [pop()] });
        break;
      case 0x86: {
        // TUPLE2
        const b = pop();
        stack.push({ kind: 'tuple', items: [pop(), b] });
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = pop();
        const b = pop();
        stack.push({ kind: 'tuple', items: [pop(), b, c] });
        break;
      }
      case 0x4e: // NONE
        stack.push(null);
        break;
      case 0x88: // NEWTRUE
        stack.push(true);
        break;
      case 0x89: // NEWFALSE
        stack.push(false);
        break;
      case 0x4b: // BININT1
        stack.push(u8());
        break;
      case 0x4d: // BININT2
        stack.push(u16());
        break;
      case 0x4a: // BININT
        stack.push(u32() | 0);
        break;
      case 0x8a: {
        // LONG1: a little-endian two's-complement integer of n bytes
        const n = u8();
        const raw = take(n);
        let v = 0n;
        for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(raw[i]);
        if (n > 0 && raw[n - 1] & 0x80) v -= 1n << BigInt(8 * n);
        stack.push(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
        break;
      }
      case 0x47: // BINFLOAT (big-endian)
        need(8);
        stack.push(view.getFloat64(at, false));
        at += 8;
        break;
      case 0x58: // BINUNICODE
        stack.push(decoder.decode(take(u32())));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(decoder.decode(take(u8())));
        break;
      case 0x43: // SHORT_BINBYTES
        stack.push(take(u8()).slice());
        break;
      case 0x42: // BINBYTES
        stack.push(take(u32()).slice());
        break;
      case 0x71: // BINPUT
        memo.set(u8(), stack[stack.length - 1]);
        break;
      case 0x72: // LONG_BINPUT
        memo.set(u32(), stack[stack.length - 1]);
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, stack[stack.length - 1]);
        break;
      case 0x68: // BINGET
      case 0x6a: {
        // LONG_BINGET
        const k = op === 0x68 ? u8() : u32();
        if (!memo.has(k)) bad(`the pickle reads memo entry ${k}, which it never stored (damaged file)`);
        stack.push(memo.get(k) as Value);
        break;
      }
      case 0x63: {
        // GLOBAL module\nname\n
        const module = line();
        stack.push(global(module, line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') bad('STACK_GLOBAL with names that are not strings');
        stack.push(global(module as string, name as string));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = pop();
        stack.push(call(pop(), args));
        break;
      }
      case 0x62: {
        // BUILD: sets an object's state; the only objects here are OrderedDicts (whose state is
        // the state_dict's `_metadata`), which keep their items.
        pop();
        const target = stack[stack.length - 1];
        if (!isObj(target) || target.kind !== 'dict') bad('BUILD on something other than an OrderedDict');
        break;
      }
      case 0x51: {
        // BINPERSID: ('storage', storage type, key, location, numel)
        const pid = pop();
        const items = isObj(pid) && pid.kind === 'tuple' ? (pid as Tuple).items : [];
        const [tag, type, key] = items;
        if (tag !== 'storage' || !isObj(type) || type.kind !== 'global' || typeof key !== 'string') bad(`a persistent id other than a storage (${describe(pid)})`);
        const dtype = STORAGE_DTYPES.get((type as Known).name);
        if (!dtype) bad(`'${(type as Known).name}' is not a storage type`);
        stack.push({ kind: 'storage', dtype: dtype as string, key: key as string });
        break;
      }
      case 0x73: {
        // SETITEM
        const v = pop();
        const k = pop();
        setItems(stack[stack.length - 1], [k, v]);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = popMark();
        setItems(stack[stack.length - 1], items);
        break;
      }
      case 0x61: {
        // APPEND
        const v = pop();
        const list = stack[stack.length - 1];
        if (!Array.isArray(list)) bad('APPEND to something that is not a list');
        (list as Value[]).push(v);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        const list = stack[stack.length - 1];
        if (!Array.isArray(list)) bad('APPENDS to something that is not a list');
        (list as Value[]).push(...items);
        break;
      }
      default:
        bad(`the pickle uses opcode 0x${op.toString(16).padStart(2, '0')} at byte ${at - 1}, which rnnc's restricted reader does not run (it reads state_dicts saved by torch.save)`);
    }
  }
}

function describe(v: Value): string {
  if (v === null) return 'None';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Uint8Array) return 'bytes';
  if (typeof v === 'object') return v.kind === 'global' ? v.name : `a ${v.kind}`;
  return typeof v === 'string' ? `'${clipText(v)}'` : String(v);
}

// ---- tensors ----

const ELEM_BYTES = new Map([
  ['F32', 4],
  ['F64', 8],
  ['F16', 2],
  ['BF16', 2],
  ['I64', 8],
  ['I32', 4],
]);

/** A tensor's elements in row-major order, read through its strides, as f32 (floats) or i32. */
function materialize(t: Tensor, name: string, entries: Map<string, Uint8Array>, prefix: string, source: string): NamedTensor {
  const raw = entries.get(`${prefix}data/${t.storage.key}`);
  if (!raw) throw new WeightsError(`${source}: tensor '${clipText(name)}': its storage ${prefix}data/${t.storage.key} is not in the archive`);
  const bytes = ELEM_BYTES.get(t.storage.dtype) ?? 4;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const count = t.size.reduce((a, b) => a * b, 1);
  // Checked before anything is allocated: the last element the strides reach must lie in the storage.
  const last = count === 0 ? -1 : t.size.reduce((a, n, d) => a + (n - 1) * t.stride[d], t.offset);
  if ((last + 1) * bytes > raw.byteLength || count > 2 ** 28) {
    throw new WeightsError(`${source}: tensor '${clipText(name)}' of shape [${t.size.join(', ')}] reaches past the end of its storage (${raw.byteLength} bytes)`);
  }
  const float = t.storage.dtype !== 'I64' && t.storage.dtype !== 'I32';
  const out = float ? new Float32Array(count) : new Int32Array(count);
  const idx = new Array<number>(t.size.length).fill(0);
  for (let i = 0; i < count; i++) {
    let e = t.offset;
    for (let d = 0; d < idx.length; d++) e += idx[d] * t.stride[d];
    if ((e + 1) * bytes > raw.byteLength) throw new WeightsError(`${source}: tensor '${clipText(name)}': element ${i} lies past the end of its storage (${raw.byteLength} bytes)`);
    const o = e * bytes;
    switch (t.storage.dtype) {
      case 'F32':
        out[i] = view.getFloat32(o, true);
        break;
      case 'F64':
        out[i] = view.getFloat64(o, true);
        break;
      case 'F16':
        out[i] = halfToFloat(view.getUint16(o, true));
        break;
      case 'BF16':
        out[i] = new Float32Array(new Uint32Array([view.getUint16(o, true) << 16]).buffer)[0];
        break;
      case 'I32':
        out[i] = view.getInt32(o, true);
        break;
      default: {
        const v = view.getBigInt64(o, true);
        if (v < -(2n ** 31n) || v >= 2n ** 31n) throw new WeightsError(`${source}: tensor '${clipText(name)}': int64 element ${i} (${v}) does not fit in i32`);
        out[i] = Number(v);
      }
    }
    for (let d = idx.length - 1; d >= 0; d--) {
      if (++idx[d] < t.size[d]) break;
      idx[d] = 0;
    }
  }
  return { dtype: float ? 'f32' : 'i32', shape: [...t.size], data: out };
}

/** Where a checkpoint keeps its state_dict when it is not the saved object itself. */
const NESTED_KEYS = ['state_dict', 'model_state_dict', 'model', 'module', 'net'];

/** Whether `bytes` start like a zip archive (what torch.save writes since PyTorch 1.6). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The tensors of the state_dict in a torch.save file. `notes` hears where they were found when
 * that was not the saved object itself.
 */
export function readTorchFile(bytes: Uint8Array, source: string, notes: (m: string) => void = () => {}): Map<string, NamedTensor> {
  try {
    return readTorch(bytes, source, notes);
  } catch (e) {
    // A damaged file can also trip a bounds check of DataView or the UTF-8 decoder.
    if ((e as Error | undefined)?.name === 'WeightsError') throw e;
    throw new WeightsError(`${source}: not a readable PyTorch file (${e instanceof Error ? e.message : String(e)})`);
  }
}

function readTorch(bytes: Uint8Array, source: string, notes: (m: string) => void): Map<string, NamedTensor> {
  const entries = readStoredZip(bytes, source);
  const pkl = [...entries.keys()].find((n) => /^[^/]+\/data\.pkl$/.test(n));
  if (!pkl) throw new WeightsError(`${source}: a zip archive without a '<name>/data.pkl' entry: not a file written by torch.save`);
  const prefix = pkl.slice(0, -'data.pkl'.length);
  const byteorder = entries.get(`${prefix}byteorder`);
  if (byteorder && new TextDecoder().decode(byteorder).trim() !== 'little') throw new WeightsError(`${source}: saved on a big-endian machine (byteorder 'big'), which rnnc does not read`);
  const root = readPickle(entries.get(pkl) as Uint8Array, source);
  if (!isObj(root) || root.kind !== 'dict') throw new WeightsError(`${source}: the saved object is ${describe(root)}, not a dict of tensors (save model.state_dict())`);
  let dict = root as Dict;
  const isTensor = (v: Value): boolean => isObj(v) && v.kind === 'tensor';
  if (![...dict.map.values()].some(isTensor)) {
    const key = NESTED_KEYS.find((k) => {
      const v = dict.map.get(k);
      return v !== undefined && isObj(v) && v.kind === 'dict' && [...(v as Dict).map.values()].some(isTensor);
    });
    if (!key) {
      const keys = [...dict.map.keys()].map((k) => `'${clipText(String(k))}'`).join(', ');
      throw new WeightsError(`${source}: no tensors at the top of the saved dict or under ${NESTED_KEYS.map((k) => `'${k}'`).join(', ')} (its keys: ${keys || 'none'})`);
    }
    notes(`${source}: read the state_dict under the key '${key}' (the file holds ${[...dict.map.keys()].map((k) => `'${clipText(String(k))}'`).join(', ')})`);
    dict = dict.map.get(key) as Dict;
  }
  const out = new Map<string, NamedTensor>();
  const skipped: string[] = [];
  for (const [k, v] of dict.map) {
    if (isTensor(v)) out.set(String(k), materialize(v as Tensor, String(k), entries, prefix, source));
    else skipped.push(String(k));
  }
  if (skipped.length) notes(`${source}: ignored ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} that are not tensors: ${skipped.slice(0, 5).map((s) => `'${clipText(s)}'`).join(', ')}${skipped.length > 5 ? ', ...' : ''}`);
  return out;
}
