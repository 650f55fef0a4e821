/** Loads /codes.json once, from this site only. No pasted text is ever part of the request. */
import type { CodeRecord } from '../lib/codeRecords';

let recordsPromise: Promise<Map<string, CodeRecord>> | undefined;

export function loadCodeRecords(): Promise<Map<string, CodeRecord>> {
  recordsPromise ??= fetch('/codes.json', { credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<{ codes: CodeRecord[] }>) : { codes: [] }))
    .then((data) => new Map(data.codes.map((record) => [record.code, record])))
    .catch(() => new Map<string, CodeRecord>());
  return recordsPromise;
}
