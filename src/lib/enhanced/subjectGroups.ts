/** Groups registry entries by subject for the /enhanced/ index. */
import { codeUrl } from '../urls';
import { SUBJECTS } from '../wording/subjects';
import { compareRegistryCodes, withClass, type EnhancedClass } from './codes';

export interface IndexEntry {
  code: string;
  title: string;
  classes: EnhancedClass[];
  deprecated: boolean;
}

export interface SubjectGroup {
  subject: number;
  heading: string;
  covers: string;
  entries: (IndexEntry & { links: { href: string; text: string }[] })[];
}

export function groupBySubject(entries: readonly IndexEntry[]): SubjectGroup[] {
  return Object.entries(SUBJECTS).map(([digit, info]) => {
    const subject = Number(digit);
    return {
      subject,
      heading: `X.${subject} ${info.name}`,
      covers: info.covers,
      entries: entries
        .filter((entry) => Number(entry.code.split('.')[1]) === subject)
        .toSorted((a, b) => compareRegistryCodes(a.code, b.code))
        .map((entry) => ({
          ...entry,
          links: entry.classes.map((cls) => ({
            href: codeUrl(withClass(entry.code, cls)),
            text: withClass(entry.code, cls),
          })),
        })),
    };
  });
}
