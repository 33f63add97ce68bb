// All-or-nothing writes: a failure leaves neither half-written nor temporary files, and old files intact.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/cli/write-atomic.js';
import { tmpDir, removeTmpDirs } from './helpers.js';

afterAll(removeTmpDirs);

describe('writeFilesAtomic', () => {
  it('writes new files and replaces existing ones, creating directories', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old');
    writeFilesAtomic([
      { path: path.join(dir, 'a.js'), data: 'new a' },
      { path: path.join(dir, 'sub', 'b.bin'), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('new a');
    expect([...fs.readFileSync(path.join(dir, 'sub', 'b.bin'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'sub']);
  });

  it('a failed write of one file leaves the other targets untouched and no temporary files', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old a');
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where a directory is needed');
    expect(() =>
      writeFilesAtomic([
        { path: path.join(dir, 'a.js'), data: 'new a' },
        { path: path.join(dir, 'new.js'), data: 'new' },
        { path: path.join(blocker, 'c.js'), data: 'cannot be written' },
      ]),
    ).toThrow();
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('old a');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'blocker']);
  });

  it('a failed rename rolls back the files already renamed', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'a.js'), 'old a');
    fs.mkdirSync(path.join(dir, 'b.js')); // a directory: renaming a file over it fails
    fs.writeFileSync(path.join(dir, 'b.js', 'keep'), 'x');
    expect(() =>
      writeFilesAtomic([
        { path: path.join(dir, 'a.js'), data: 'new a' },
        { path: path.join(dir, 'fresh.js'), data: 'fresh' },
        { path: path.join(dir, 'b.js'), data: 'new b' },
      ]),
    ).toThrow();
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe('old a');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.js', 'b.js']);
    expect(fs.readdirSync(path.join(dir, 'b.js'))).toEqual(['keep']);
  });

  it('writeFileAtomic leaves an existing file untouched when the data cannot be written', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'y.safetensors');
    fs.writeFileSync(file, 'old');
    // Data that fails while being written (a non-buffer, non-string value makes writeFileSync throw).
    expect(() => writeFileAtomic(file, 42 as unknown as string)).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['y.safetensors']);
  });
});
