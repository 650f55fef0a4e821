/** Groups codes by class for the home page's list. */
import { REPLY_CLASSES } from '../wording/classes';
import { replyClassOf, type ReplyClass } from './replyCodes';

export interface IndexedCode {
  code: number;
  title: string;
  summary: string;
}

export interface ClassGroup<T extends IndexedCode> {
  replyClass: ReplyClass;
  /** "2xx Success" */
  heading: string;
  /** "Success": the class's short label. */
  label: string;
  /** RFC 5321's name and what the class means. */
  description: string;
  codes: T[];
}

export function groupByClass<T extends IndexedCode>(codes: readonly T[]): ClassGroup<T>[] {
  const classes: ReplyClass[] = [2, 3, 4, 5];
  return classes
    .map((replyClass) => {
      const info = REPLY_CLASSES[replyClass];
      return {
        replyClass,
        heading: `${replyClass}xx ${info.label}`,
        label: info.label,
        description: `${info.name}: ${info.meaning}`,
        codes: codes
          .filter((item) => replyClassOf(item.code) === replyClass)
          .toSorted((a, b) => a.code - b.code),
      };
    })
    .filter((group) => group.codes.length > 0);
}
