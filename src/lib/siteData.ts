/** Loads every code record from the content collections, for the data endpoints. */
import { getCollection } from 'astro:content';
import { basicRecord, enhancedRecord, type CodeRecord } from './codeRecords';
import { pageClasses } from './enhancedPage';

export async function allCodeRecords(): Promise<CodeRecord[]> {
  const codes = await getCollection('codes');
  const enhanced = await getCollection('enhanced');
  return [
    ...codes.map((entry) => basicRecord(entry.data)).toSorted((a, b) => Number(a.code) - Number(b.code)),
    ...enhanced.flatMap((entry) => pageClasses(entry.data).map((cls) => enhancedRecord(entry.data, cls))),
  ];
}
