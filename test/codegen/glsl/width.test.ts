// Texture widths: 256 texels for every buffer that fits 256 x TEX_ROWS (the speed-up on SwiftShader),
// a wider power of two for bigger ones, so nothing the old 1024-wide layout held is refused; shaders
// address each buffer with its own width (a constant for static sizes, a uniform for B/T ones).
import { describe, expect, it } from 'vitest';
import { trace } from '../../../src/frontend/trace.js';
import { renderPlan } from '../../../src/codegen/glsl/render.js';
import { TEX_ROWS, texWidthLog2 } from '../../../src/codegen/glsl/plan.js';
import { bigVocab } from './cases.js';
import { programsOf } from './programs.js';

describe('GLSL texture width per buffer', () => {
  it('texWidthLog2: 256 up to 256 x TEX_ROWS texels, then the narrowest power of two within TEX_ROWS rows', () => {
    expect(TEX_ROWS).toBe(4096);
    expect(texWidthLog2(1)).toBe(8);
    expect(texWidthLog2(256 * 4096)).toBe(8);
    expect(texWidthLog2(256 * 4096 + 1)).toBe(9);
    expect(texWidthLog2(1024 * 4096)).toBe(10);
    expect(texWidthLog2(1024 * 4096 + 1)).toBe(11);
    // [50000, 128] R32F: 6.4M texels, 2048 wide (3125 rows); the old 1024-wide layout needed 6250 rows.
    expect(texWidthLog2(50000 * 128)).toBe(11);
    // Whatever a 1024 x M texture held (M >= 4096, the least the engine accepts) gets a width <= M.
    for (const M of [4096, 8192, 16384]) expect(2 ** texWidthLog2(1024 * M)).toBeLessThanOrEqual(M);
  });

  it('a big static table is addressed with its own width; small and B/T-sized buffers keep 256 or a uniform', () => {
    const plan = renderPlan(programsOf(trace(bigVocab(40001, 65))).train!);
    const emb = plan.buffers.find((b) => b.role === 'param' && b.size === 40001 * 65)!;
    expect(emb.packing).toBe(1);
    expect(emb.lw).toBe(10); // 2600065 texels: 1024 wide, 2540 rows
    const fs = plan.shaders.map((s) => s.fs).join('\n');
    expect(fs).toContain(`ld1w(s_${emb.name}, `);
    expect(fs).toMatch(new RegExp(`ld1w\\(s_${emb.name}, [^;]*, 10\\)`));
    // The table's gradient is written 1024 wide too.
    expect(plan.buffers.filter((b) => b.lw === 10).length).toBeGreaterThanOrEqual(2);
    for (const b of plan.buffers) {
      if (typeof b.size === 'number') expect(b.lw, b.name).toBe(texWidthLog2(Math.ceil(b.size / b.packing)));
      else expect(b.lw, b.name).toBeNull();
    }
    // B/T-sized buffers: the width is a uniform, declared where used.
    const sym = plan.buffers.find((b) => b.lw === null && plan.shaders.some((s) => s.fs.includes(`u_lw_${b.name}`)))!;
    expect(sym).toBeDefined();
    for (const s of plan.shaders) if (s.fs.includes(`u_lw_${sym.name}`)) expect(s.fs).toContain(`uniform int u_lw_${sym.name};`);
  });
});
