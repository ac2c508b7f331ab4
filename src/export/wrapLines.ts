// Word wrap is shared with the charts (event titles): the code lives in src/lib.
export { wrapLines } from '../lib/wrapLines';
