// The ONNX protobuf (onnx.proto, IR versions 3 to 10), decoded with protobufjs into plain data.
// Only the messages and fields an importer reads are declared; protobuf skips the others, so a file
// from a newer exporter still decodes. Field numbers are those of onnx/onnx.proto.

import protobuf from 'protobufjs';
import { ImportError } from './import-error.js';

const SCHEMA = {
  nested: {
    onnx: {
      nested: {
        ModelProto: {
          fields: {
            irVersion: { type: 'int64', id: 1 },
            opsetImport: { rule: 'repeated', type: 'OperatorSetIdProto', id: 8 },
            producerName: { type: 'string', id: 2 },
            producerVersion: { type: 'string', id: 3 },
            graph: { type: 'GraphProto', id: 7 },
          },
        },
        OperatorSetIdProto: { fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } } },
        GraphProto: {
          fields: {
            node: { rule: 'repeated', type: 'NodeProto', id: 1 },
            name: { type: 'string', id: 2 },
            initializer: { rule: 'repeated', type: 'TensorProto', id: 5 },
            sparseInitializer: { rule: 'repeated', type: 'bytes', id: 15 },
            input: { rule: 'repeated', type: 'ValueInfoProto', id: 11 },
            output: { rule: 'repeated', type: 'ValueInfoProto', id: 12 },
          },
        },
        NodeProto: {
          fields: {
            input: { rule: 'repeated', type: 'string', id: 1 },
            output: { rule: 'repeated', type: 'string', id: 2 },
            name: { type: 'string', id: 3 },
            opType: { type: 'string', id: 4 },
            domain: { type: 'string', id: 7 },
            attribute: { rule: 'repeated', type: 'AttributeProto', id: 5 },
          },
        },
        AttributeProto: {
          fields: {
            name: { type: 'string', id: 1 },
            type: { type: 'int32', id: 20 },
            f: { type: 'float', id: 2 },
            i: { type: 'int64', id: 3 },
            s: { type: 'bytes', id: 4 },
            t: { type: 'TensorProto', id: 5 },
            g: { type: 'bytes', id: 6 },
            floats: { rule: 'repeated', type: 'float', id: 7 },
            ints: { rule: 'repeated', type: 'int64', id: 8 },
            strings: { rule: 'repeated', type: 'bytes', id: 9 },
            tensors: { rule: 'repeated', type: 'TensorProto', id: 10 },
            graphs: { rule: 'repeated', type: 'bytes', id: 11 },
            refAttrName: { type: 'string', id: 21 },
          },
        },
        TensorProto: {
          fields: {
            dims: { rule: 'repeated', type: 'int64', id: 1 },
            dataType: { type: 'int32', id: 2 },
            floatData: { rule: 'repeated', type: 'float', id: 4 },
            int32Data: { rule: 'repeated', type: 'int32', id: 5 },
            int64Data: { rule: 'repeated', type: 'int64', id: 7 },
            name: { type: 'string', id: 8 },
            rawData: { type: 'bytes', id: 9 },
            doubleData: { rule: 'repeated', type: 'double', id: 10 },
            externalData: { rule: 'repeated', type: 'StringStringEntryProto', id: 13 },
            dataLocation: { type: 'int32', id: 14 },
          },
        },
        StringStringEntryProto: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
        ValueInfoProto: { fields: { name: { type: 'string', id: 1 }, type: { type: 'TypeProto', id: 2 } } },
        TypeProto: {
          fields: {
            tensorType: { type: 'TypeProtoTensor', id: 1 },
            sequenceType: { type: 'bytes', id: 4 },
            mapType: { type: 'bytes', id: 5 },
            optionalType: { type: 'bytes', id: 9 },
          },
        },
        TypeProtoTensor: { fields: { elemType: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 } } },
        TensorShapeProto: { fields: { dim: { rule: 'repeated', type: 'Dimension', id: 1 } } },
        Dimension: { fields: { dimValue: { type: 'int64', id: 1 }, dimParam: { type: 'string', id: 2 } } },
      },
    },
  },
};

// ---- the decoded model, as plain data (int64 fields as numbers) ----

export interface OnnxTensor {
  name: string;
  dims: number[];
  dataType: number;
  floatData: number[];
  int32Data: number[];
  int64Data: number[];
  doubleData: number[];
  rawData?: Uint8Array;
  externalData: { key: string; value: string }[];
  dataLocation: number;
}

export interface OnnxAttribute {
  name: string;
  type: number;
  f: number;
  i: number;
  s?: Uint8Array;
  t?: OnnxTensor;
  g?: Uint8Array;
  floats: number[];
  ints: number[];
  strings: Uint8Array[];
  refAttrName: string;
}

export interface OnnxNode {
  input: string[];
  output: string[];
  name: string;
  opType: string;
  domain: string;
  attribute: OnnxAttribute[];
}

export interface OnnxValueInfo {
  name: string;
  /** Element type (TensorProto.DataType) and shape: a number, a named dynamic axis, or null (unknown). */
  elemType?: number;
  shape?: (number | string | null)[];
  notTensor: boolean;
}

export interface OnnxModel {
  irVersion: number;
  opsets: Map<string, number>;
  producer: string;
  graph: { name: string; node: OnnxNode[]; initializer: OnnxTensor[]; input: OnnxValueInfo[]; output: OnnxValueInfo[]; sparse: number };
}

export const DTYPE_NAMES: Record<number, string> = { 1: 'float', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool', 10: 'float16', 11: 'double', 12: 'uint32', 13: 'uint64', 16: 'bfloat16' };

let modelType: protobuf.Type | undefined;

const num = (v: unknown): number => (typeof v === 'number' ? v : v === undefined || v === null ? 0 : Number(String(v)));

function tensorOf(t: Record<string, unknown>): OnnxTensor {
  return {
    name: String(t.name ?? ''),
    dims: ((t.dims as unknown[]) ?? []).map(num),
    dataType: num(t.dataType),
    floatData: (t.floatData as number[]) ?? [],
    int32Data: (t.int32Data as number[]) ?? [],
    int64Data: ((t.int64Data as unknown[]) ?? []).map(num),
    doubleData: (t.doubleData as number[]) ?? [],
    ...(t.rawData && (t.rawData as Uint8Array).length > 0 ? { rawData: t.rawData as Uint8Array } : {}),
    externalData: ((t.externalData as { key: string; value: string }[]) ?? []).map((e) => ({ key: e.key, value: e.value })),
    dataLocation: num(t.dataLocation),
  };
}

function valueInfoOf(v: Record<string, unknown>): OnnxValueInfo {
  const type = v.type as Record<string, unknown> | undefined;
  const tt = type?.tensorType as Record<string, unknown> | undefined;
  if (!tt) return { name: String(v.name ?? ''), notTensor: type !== undefined && type !== null && Object.keys(type).length > 0 };
  const shape = tt.shape as { dim?: Record<string, unknown>[] } | undefined;
  return {
    name: String(v.name ?? ''),
    elemType: num(tt.elemType),
    ...(shape ? { shape: (shape.dim ?? []).map((d) => (d.dimParam ? String(d.dimParam) : d.dimValue !== undefined && d.dimValue !== null ? num(d.dimValue) : null)) } : {}),
    notTensor: false,
  };
}

/** Decode an .onnx file. A damaged or non-ONNX file is an ImportError that says so. */
export function decodeOnnx(bytes: Uint8Array, source: string): OnnxModel {
  modelType ??= protobuf.Root.fromJSON(SCHEMA).lookupType('onnx.ModelProto');
  let m: Record<string, unknown>;
  try {
    m = modelType.toObject(modelType.decode(bytes), { defaults: false, arrays: true }) as Record<string, unknown>;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ImportError(`${source}: not a readable ONNX model (${why}); the file may be truncated or damaged`);
  }
  const g = m.graph as Record<string, unknown> | undefined;
  if (!g || !Array.isArray(g.node) || (g.node as unknown[]).length === 0) {
    throw new ImportError(`${source}: not an ONNX model: it has no graph with nodes (is the file truncated, or another format?)`);
  }
  const opsets = new Map<string, number>();
  for (const o of (m.opsetImport as Record<string, unknown>[]) ?? []) opsets.set(String(o.domain ?? ''), num(o.version));
  return {
    irVersion: num(m.irVersion),
    opsets,
    producer: [m.producerName, m.producerVersion].filter(Boolean).join(' '),
    graph: {
      name: String(g.name ?? ''),
      node: (g.node as Record<string, unknown>[]).map((n) => ({
        input: ((n.input as string[]) ?? []).map(String),
        output: ((n.output as string[]) ?? []).map(String),
        name: String(n.name ?? ''),
        opType: String(n.opType ?? ''),
        domain: String(n.domain ?? ''),
        attribute: ((n.attribute as Record<string, unknown>[]) ?? []).map((a) => ({
          name: String(a.name ?? ''),
          type: num(a.type),
          f: num(a.f),
          i: num(a.i),
          ...(a.s ? { s: a.s as Uint8Array } : {}),
          ...(a.t ? { t: tensorOf(a.t as Record<string, unknown>) } : {}),
          ...(a.g ? { g: a.g as Uint8Array } : {}),
          floats: (a.floats as number[]) ?? [],
          ints: ((a.ints as unknown[]) ?? []).map(num),
          strings: (a.strings as Uint8Array[]) ?? [],
          refAttrName: String(a.refAttrName ?? ''),
        })),
      })),
      initializer: ((g.initializer as Record<string, unknown>[]) ?? []).map(tensorOf),
      input: ((g.input as Record<string, unknown>[]) ?? []).map(valueInfoOf),
      output: ((g.output as Record<string, unknown>[]) ?? []).map(valueInfoOf),
      sparse: ((g.sparseInitializer as unknown[]) ?? []).length,
    },
  };
}
