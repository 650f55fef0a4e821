import { it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentAnswerTable } from './helpers/answerTable';
import { directAnswers } from '../../src/lib/search/directAnswers';
it('probe', () => {
  const { table } = contentAnswerTable();
  const json = JSON.stringify(table);
  console.log('size', json.length, 'gz', gzipSync(json).length, 'terms', table.terms.length, 'pages', table.pages.length);
  for (const q of process.env.Q!.split('|')) {
    const t0 = performance.now();
    const a = directAnswers(q, table);
    console.log(q, '=>', (performance.now()-t0).toFixed(2)+'ms', a.map(x => x.url + (x.twin ? '+'+x.twin.label : '')).join(' '));
  }
});
