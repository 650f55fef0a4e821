/**
 * Who must act, in words: the labels for the `fix` keys in content, and the facts box's "Who acts"
 * line. Type-only imports: browser scripts bundle this module.
 */
import type { Actor } from '../codes/schema';

export const ACTOR_LABELS: Record<Actor | 'nobody' | 'recipient', string> = {
  'sending-user': 'The sending user',
  'sending-admin': "The sending system's admin",
  'receiving-admin': "The receiving system's admin",
  nobody: 'Nobody',
  // Vendor replies and non-standard codes name the person the mail was for (a full mailbox is theirs).
  recipient: 'The recipient',
};

/** "The sending user, the sending system's admin" from the actor keys, in the order given. */
export function whoActsLabel(whoActs: readonly string[]): string {
  return whoActs
    .map((actor) => ACTOR_LABELS[actor as keyof typeof ACTOR_LABELS] ?? actor)
    .map((label, index) => (index === 0 ? label : label.toLowerCase()))
    .join(', ');
}
