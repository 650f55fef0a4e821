/**
 * Turns an enhanced-code entry and a class into what that class's page shows: /4.7.1/ and
 * /5.7.1/ come from the same content file and registry entry.
 */
import type { EnhancedEntryData } from './enhancedSchema';
import { ENHANCED_CLASSES, SUBJECTS } from './enhancedCodes';
import {
  associatedBasicCodes,
  registryEntry,
  withClass,
  type EnhancedClass,
  type RegistryEntry,
} from './enhancedRegistry';
import { replyClassOf } from './replyCodes';

/** The classes an entry has pages for, in order: 2 (if given), 4, 5. */
export function pageClasses(data: Pick<EnhancedEntryData, 'classes'>): EnhancedClass[] {
  return (['2', '4', '5'] as const).filter((cls) => data.classes[cls] !== undefined);
}

/** "5.7.1 Delivery not authorized, message refused" */
export function enhancedHeading(data: Pick<EnhancedEntryData, 'code' | 'title'>, cls: EnhancedClass): string {
  return `${withClass(data.code, cls)} ${data.title}`;
}

/** The entry's class-neutral text with this page's class in place of X ("X.7.1 means" → "5.7.1 means"). */
export function forClass(text: string, code: string, cls: EnhancedClass): string {
  return text.replaceAll(code, withClass(code, cls));
}

function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Whether the registry expects this class for the entry, as a sentence for the page. */
export function registryExpectation(entry: RegistryEntry, cls: EnhancedClass): string {
  const classes = entry.applicable_classes;
  if (!classes || classes.length === 0) {
    return 'The registry does not say which classes this code applies to, so any class that fits the situation is acceptable.';
  }
  const named = listWithAnd(classes.map((c) => `${c}`));
  if (classes.includes(cls)) {
    return classes.length === 1
      ? `The registry expects this code only in class ${cls}, as sent here.`
      : `The registry expects this code in classes ${named}; class ${cls} is one of them.`;
  }
  return `The registry expects this code only in class${classes.length > 1 ? 'es' : ''} ${named}, not ${cls}. Servers send ${withClass(entry.code, cls)} all the same; read it by its class digit.`;
}

export function classInfo(cls: EnhancedClass) {
  return ENHANCED_CLASSES[cls];
}

export function subjectSentence(subject: number): string {
  const info = SUBJECTS[subject];
  if (!info) throw new RangeError(`no subject ${subject}`);
  return `The subject, ${subject}, is “${info.name}”: codes under it report ${info.covers}.`;
}

/** Basic codes shown on a class page: the entry's own pairs of this class, then the registry's others. */
export function basicCodesFor(data: EnhancedEntryData, cls: EnhancedClass) {
  const pairs = data.basicCodes.filter((pair) => String(replyClassOf(pair.code)) === cls);
  const registry = associatedBasicCodes(registryEntry(data.code));
  const registryOnly = registry.standard.filter(
    (code) => String(replyClassOf(code)) === cls && !pairs.some((pair) => pair.code === code),
  );
  return {
    pairs,
    registryOnly,
    registryOther: registry.other,
    registryRaw: registryEntry(data.code).associated_basic_codes_raw,
  };
}

/** Wild replies of this class first; the rest are shown apart, labelled by their class. */
export function wildFor(data: EnhancedEntryData, cls: EnhancedClass) {
  const ofClass = (reply: string) => /^\d\d\d[ -](\d)/.exec(reply)?.[1];
  return {
    thisClass: data.wild.filter((entry) => ofClass(entry.reply) === cls),
    otherClasses: data.wild.filter((entry) => ofClass(entry.reply) !== cls),
  };
}

/** Where a related registry code links from a page of class `cls`: the same class if it has one. */
export function relatedEnhancedHref(
  code: string,
  cls: EnhancedClass,
  classesOf: Map<string, EnhancedClass[]>,
): string {
  const available = classesOf.get(code) ?? [];
  const target = available.includes(cls) ? cls : (available.at(-1) ?? '5');
  return `/${withClass(code, target)}/`;
}
