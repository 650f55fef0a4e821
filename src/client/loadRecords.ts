/** Loads /codes.json once, from this site only. No pasted text is ever part of the request. */
import type { CodeRecord } from '../lib/reference/records';
import { codesJsonUrl } from '../lib/urls';

let recordsPromise: Promise<Map<string, CodeRecord>> | undefined;

export function loadCodeRecords(): Promise<Map<string, CodeRecord>> {
  recordsPromise ??= fetch(codesJsonUrl(), { credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<{ codes: CodeRecord[] }>) : { codes: [] }))
    .then((data) => new Map(data.codes.map((record) => [record.code, record])))
    .catch(() => new Map<string, CodeRecord>());
  return recordsPromise;
}
