/** Contract test of the published JSON records, as built: field names and types (README's promise). */
import { expect, test } from '@playwright/test';
import { codeRecordContract, codesJsonContract } from '../helpers/recordContract';

test('/codes.json has the promised shape, and every /<code>.json is its own record', async ({ request }) => {
  const response = await request.get('/codes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const parsed = codesJsonContract.safeParse(await response.json());
  expect(parsed.error?.issues ?? []).toEqual([]);
  const records = parsed.data?.codes ?? [];
  expect(records.length).toBeGreaterThan(200);
  expect(new Set(records.map((record) => record.code)).size).toBe(records.length);
  // One of each kind and class, checked field by field against the list.
  const sample = ['250', '334', '452', '550', '2.0.0', '4.7.1', '5.7.1'];
  for (const code of sample) {
    const one = (await (await request.get(`/${code}.json`)).json()) as unknown;
    expect(codeRecordContract.safeParse(one).error?.issues ?? [], code).toEqual([]);
    expect(one).toEqual(records.find((record) => record.code === code));
  }
});
