// The kernel templates of WGSL modules (src/codegen/wgsl/expand.ts): repeated lines written once.
import { describe, expect, it } from 'vitest';
import { expandWgsl } from '../../../src/codegen/wgsl/expand.js';

describe('expandWgsl', () => {
  it('repeats the lines of a loop with {expr} over its variables, nested', () => {
    const t = ['fn f() {', '//@for r 2', '  let a{r} = {r*4+1};', '//@for c 3', '  s{r}_{c} = v{c/2}[{c%2}] + {r-c};', '//@end', '//@end', '}'].join('\n');
    expect(expandWgsl(t)).toBe(['fn f() {', '  let a0 = 1;', '  s0_0 = v0[0] + 0;', '  s0_1 = v0[1] + -1;', '  s0_2 = v1[0] + -2;', '  let a1 = 5;', '  s1_0 = v0[0] + 1;', '  s1_1 = v0[1] + 0;', '  s1_2 = v1[0] + -1;', '}'].join('\n'));
  });

  it('leaves text without loops, and braces that are not expressions of loop variables, as they are', () => {
    const t = 'if (x) { return; }\n//@for i 1\n  if (a{i}) { b{j} = {}; }\n//@end';
    expect(expandWgsl('if (x) { return; }')).toBe('if (x) { return; }');
    expect(expandWgsl(t)).toBe('if (x) { return; }\n  if (a0) { b{j} = {}; }');
  });

  it('a loop of 0 iterations writes nothing; a missing or stray //@end is an error', () => {
    expect(expandWgsl('a\n//@for i 0\nx{i}\n//@end\nb')).toBe('a\nb');
    expect(() => expandWgsl('//@for i 2\nx')).toThrow(/without \/\/@end/);
    expect(() => expandWgsl('x\n//@end\ny')).toThrow(/without its '\/\/@for'/);
  });
});
