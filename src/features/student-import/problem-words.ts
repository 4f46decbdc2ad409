/** A refused row's problems in words, one sentence each. */
import type { useImportMessages } from './messages';
import type { RowProblem } from './student-row';

type Tf = ReturnType<typeof useImportMessages>['tf'];

export function problemWords(tf: Tf, p: RowProblem): string {
  switch (p.kind) {
    case 'too-long':
      return tf(`problem.too-long.${p.field}`);
    case 'duplicate-in-file':
      return tf('problem.duplicate-in-file', { row: p.row });
    case 'name-not-split':
    case 'reading-not-split':
    case 'bad-reading':
    case 'bad-grade':
    case 'bad-number':
    case 'bad-plan':
      return tf(`problem.${p.kind}`, { value: p.value });
    default:
      return tf(`problem.${p.kind}`);
  }
}
