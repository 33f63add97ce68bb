// The GLSL target's numerics cases: the shared parity and training lists (test/helpers/cases.ts),
// plus a stateful model for carry across calls.
import { parityCases, seqModel } from '../../helpers/cases.js';

export { trainCases, trainRegress, trainTagger } from '../../helpers/cases.js';
export const forwardCases = parityCases;
export const statefulCase = seqModel('stateful', (m, x) => m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output));
