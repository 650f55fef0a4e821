/**
 * The subjects of enhanced status codes (the middle number, RFC 3463 §2): the registry's name for
 * each and what codes under it report, in plain words.
 */

export interface SubjectInfo {
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

/** "The subject, 7, is “Security or Policy Status”: codes under it report …". */
export function subjectSentence(subject: number): string {
  const info = SUBJECTS[subject];
  if (!info) throw new RangeError(`no subject ${subject}`);
  return `The subject, ${subject}, is “${info.name}”: codes under it report ${info.covers}.`;
}

/** The decoder's note on an unregistered code's subject: "Subject 7: Security or Policy Status." */
export function subjectNote(code: string): string {
  const subject = Number(code.split('.')[1]);
  const info = SUBJECTS[subject];
  return info ? `Subject ${subject}: ${info.name}.` : 'Its subject number is not one RFC 3463 defines.';
}
