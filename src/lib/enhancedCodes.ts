/**
 * What the parts of an enhanced status code mean (RFC 3463 §2), in plain words, and how each
 * class page of a registry entry describes itself.
 */
import type { EnhancedClass } from './enhancedRegistry';

interface SubjectInfo {
  /** The registry's name for the subject. */
  name: string;
  /** Plain-words summary of what codes with this subject report, after RFC 3463 §2. */
  covers: string;
}

export const SUBJECTS: Record<number, SubjectInfo> = {
  0: {
    name: 'Other or Undefined Status',
    covers: 'problems that fit no other subject, or whose subject is not known',
  },
  1: {
    name: 'Addressing Status',
    covers:
      "the sender's or recipient's address: its syntax or whether it is valid; usually the sender can fix these",
  },
  2: {
    name: 'Mailbox Status',
    covers: "the recipient's mailbox (full, disabled, over a limit); usually in the recipient's hands",
  },
  3: {
    name: 'Mail System Status',
    covers: "the receiving mail system as a whole; usually in the hands of that system's administrator",
  },
  4: {
    name: 'Network and Routing Status',
    covers:
      'the network and routing between systems (DNS, connections, routing loops); usually for the administrators of the systems on the path',
  },
  5: {
    name: 'Mail Delivery Protocol Status',
    covers: 'the SMTP exchange itself: invalid commands, syntax, protocol errors',
  },
  6: {
    name: 'Message Content or Media Status',
    covers:
      'the content of the message and conversions it would need; both sides must support the content types',
  },
  7: {
    name: 'Security or Policy Status',
    covers:
      'security and policy: filtering, authentication, authorization and cryptography; either side may need to act',
  },
};

interface EnhancedClassInfo {
  label: string;
  /** What the class digit tells the reader, as a sentence. */
  meaning: string;
  retry: string;
}

/** RFC 3463 §2, class sub-codes. */
export const ENHANCED_CLASSES: Record<EnhancedClass, EnhancedClassInfo> = {
  '2': {
    label: 'Success',
    meaning:
      'The class 2 means success: the action was carried out, and the rest of the code adds detail about how.',
    retry: 'Nothing to retry: this reports a success.',
  },
  '4': {
    label: 'Persistent transient failure',
    meaning:
      'The class 4 means a transient failure: the message was valid and nothing is wrong with it as such, but delivery did not happen this time. The sending system keeps the message and tries again.',
    retry:
      'Yes: the sending system keeps the message queued and retries on its own schedule (RFC 5321 §4.5.4), until delivery succeeds or the message expires, typically after a few days.',
  },
  '5': {
    label: 'Permanent failure',
    meaning:
      'The class 5 means a permanent failure: sending the same message the same way will fail again. Something must change before it can succeed.',
    retry:
      'Not unchanged: the sending system returns the message to its sender instead of retrying. Fix the cause the reply names, then send again.',
  },
};

/** Sorts registry codes in registry order: by subject, then detail. */
export function compareRegistryCodes(a: string, b: string): number {
  const [, aSubject = 0, aDetail = 0] = a.split('.').map(Number);
  const [, bSubject = 0, bDetail = 0] = b.split('.').map(Number);
  return aSubject - bSubject || aDetail - bDetail;
}
