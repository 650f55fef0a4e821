import { it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentAnswerTable } from './helpers/answerTable';
it('sizes', () => {
  const { table } = contentAnswerTable();
  const gz = (x: unknown) => gzipSync(JSON.stringify(x)).length;
  const out = ['pages ' + gz(table.pages), 'terms ' + gz(table.terms)];
  for (const s of ['synonym','name','reply','tag','provider','domain','phrase']) {
    const t = table.terms.filter(x => x[1] === s);
    out.push(`${s} ${t.length} ${gz(t)}`);
  }
  console.log('SIZES ' + out.join(' | '));
});
