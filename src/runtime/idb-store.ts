// Keeping weights and checkpoints in the browser's IndexedDB, so a page that trained a model (or
// downloaded one) finds it again after a reload. Values are the bytes saveWeights() or
// saveCheckpoint() return, stored under a key the app chooses, in one object store. Browser-safe:
// nothing here runs until called, and a missing IndexedDB is a clear error.

// The parts of IndexedDB used here (the project's TypeScript libs, ES2022 and Node, have no DOM).
// Handlers take `never` so that the DOM's own types (whose handlers take an event) fit.
type Handler = ((ev: never) => void) | null;
interface IdbRequest<T> {
  readonly result: T;
  readonly error: { message: string } | null;
  onsuccess: Handler;
  onerror: Handler;
}
interface IdbStore {
  put(value: unknown): IdbRequest<unknown>;
  get(key: string): IdbRequest<unknown>;
  delete(key: string): IdbRequest<unknown>;
  getAll(): IdbRequest<unknown[]>;
}
interface IdbTransaction {
  objectStore(name: string): IdbStore;
  readonly error: { message: string } | null;
  oncomplete: Handler;
  onerror: Handler;
  onabort: Handler;
}
interface IdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, o: { keyPath: string }): unknown;
  transaction(store: string, mode: 'readonly' | 'readwrite'): IdbTransaction;
  close(): void;
}
interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: Handler;
  onblocked: Handler;
}
/** An IdbFactory (globalThis.indexedDB, or fake-indexeddb's in Node). */
export interface IdbFactory {
  open(name: string, version: number): IdbOpenRequest;
}

const DEFAULT_DB = 'rnnc';
const STORE = 'models';

export interface IdbOptions {
  /** Database name (default 'rnnc'). */
  readonly database?: string;
  /** The IdbFactory to use (default: globalThis.indexedDB); tests and workers may pass their own. */
  readonly indexedDB?: IdbFactory;
}

export interface StoredEntry {
  readonly key: string;
  readonly size: number;
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
}

interface Record_ extends StoredEntry {
  readonly bytes: Uint8Array;
}

export class IndexedDbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexedDbError';
  }
}

function factory(opts: IdbOptions): IdbFactory {
  const f = opts.indexedDB ?? (globalThis as { indexedDB?: IdbFactory }).indexedDB;
  if (!f) throw new IndexedDbError('IndexedDB is not available here (no globalThis.indexedDB); pass { indexedDB } to use another');
  return f;
}

function request<T>(r: IdbRequest<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(new IndexedDbError(`${what}: ${r.error?.message ?? 'failed'}`));
  });
}

async function open(opts: IdbOptions): Promise<IdbDatabase> {
  const name = opts.database ?? DEFAULT_DB;
  const r = factory(opts).open(name, 1);
  r.onupgradeneeded = () => {
    if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE, { keyPath: 'key' });
  };
  r.onblocked = () => undefined; // another tab holds an older version: open() waits, as IndexedDB does
  return request(r, `opening IndexedDB database '${name}'`);
}

async function withStore<T>(mode: 'readonly' | 'readwrite', opts: IdbOptions, f: (s: IdbStore) => IdbRequest<T>, what: string): Promise<T> {
  const db = await open(opts);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(f(tx.objectStore(STORE)), what);
    // A write is durable only once its transaction completes.
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new IndexedDbError(`${what}: ${tx.error?.message ?? 'the transaction failed'}`));
        tx.onabort = () => reject(new IndexedDbError(`${what}: ${tx.error?.message ?? 'the transaction was aborted (storage quota?)'}`));
      });
    }
    return result;
  } finally {
    db.close();
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') throw new IndexedDbError(`the key must be a non-empty string, not ${JSON.stringify(key) ?? String(key)}`);
  return key;
}

/** Stores a copy of `bytes` (weights or a checkpoint) under `key`, replacing what was there. */
export async function saveToIndexedDB(key: string, bytes: Uint8Array | ArrayBuffer, opts: IdbOptions = {}): Promise<void> {
  checkKey(key);
  const copy = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
  const value: Record_ = { key, bytes: copy, size: copy.byteLength, savedAt: Date.now() };
  await withStore('readwrite', opts, (s) => s.put(value), `saving '${key}' to IndexedDB`);
}

/** The bytes stored under `key`, or undefined when there are none. */
export async function loadFromIndexedDB(key: string, opts: IdbOptions = {}): Promise<Uint8Array | undefined> {
  checkKey(key);
  const v = (await withStore('readonly', opts, (s) => s.get(key), `loading '${key}' from IndexedDB`)) as Record_ | undefined;
  if (v === undefined) return undefined;
  if (!(v.bytes instanceof Uint8Array)) throw new IndexedDbError(`'${key}' in IndexedDB holds no bytes (was it written by something else?)`);
  return v.bytes;
}

/** Removes `key` (nothing happens when it is not there). */
export async function deleteFromIndexedDB(key: string, opts: IdbOptions = {}): Promise<void> {
  checkKey(key);
  await withStore('readwrite', opts, (s) => s.delete(key), `deleting '${key}' from IndexedDB`);
}

/** Every stored entry (key, size, time saved), without the bytes. */
export async function listIndexedDB(opts: IdbOptions = {}): Promise<StoredEntry[]> {
  const all = (await withStore('readonly', opts, (s) => s.getAll(), 'listing IndexedDB')) as Record_[];
  return all.map(({ key, size, savedAt }) => ({ key, size, savedAt }));
}
