// Custom cells with `scan`: both GRU formulations in a few lines each. Carries and step
// outputs are named records, so `r.steps.h` is the whole sequence and `r.finals.h` the last state.
import { defineModel, type ModelBuilder, type Seq, type Step } from 'rnnc';

const H = 16;

function gru(m: ModelBuilder, x: Seq<8>, name: string, resetAfter: boolean) {
  const W = (g: string) => m.param(`${name}.W_${g}`, [8, H]);
  const U = (g: string) => m.param(`${name}.U_${g}`, [H, H], 'orthogonal');
  const b = (g: string) => m.param(`${name}.b_${g}`, [H], 'zeros');
  const [Wz, Wr, Wh, Uz, Ur, Uh, bz, br, bh] = [W('z'), W('r'), W('h'), U('z'), U('r'), U('h'), b('z'), b('r'), b('h')];
  return m.scan({
    carries: { h: m.zeros(['B', H]) },
    sequences: { x },
    body: ({ h }, { x }) => {
      const z = m.sigmoid(m.add(m.add(m.matmul(x, Wz), m.matmul(h, Uz)), bz));
      const r = m.sigmoid(m.add(m.add(m.matmul(x, Wr), m.matmul(h, Ur)), br));
      const n = resetAfter
        ? m.tanh(m.add(m.add(m.matmul(x, Wh), bh), m.mul(r, m.matmul(h, Uh))))
        : m.tanh(m.add(m.add(m.matmul(x, Wh), m.matmul(m.mul(r, h), Uh)), bh));
      const hNew: Step<typeof H> = m.add(m.mul(z, h), m.mul(m.rsub(1, z), n));
      return { carries: { h: hNew }, steps: { h: hNew } };
    },
  });
}

export default defineModel('custom_cell', (m) => {
  const x = m.sequence('x', 8);
  const before = gru(m, x, 'cho', false);
  const after = gru(m, x, 'torch', true);
  m.output('cho', before.steps.h);
  m.output('torch', after.finals.h);
});
