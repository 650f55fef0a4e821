/** The phrase tables: one home each, and the retry answers read as plain answers. */
import { describe, expect, it } from 'vitest';
import { RETRY_POLICIES } from '../../src/lib/codes/schema';
import { SUBJECT_NAMES } from '../../src/lib/enhanced/schema';
import { REGISTRY_ENTRIES } from '../../src/lib/enhanced/registry';
import { RETRY, retryPolicyForClass, retrySentence } from '../../src/lib/wording/retry';
import { SUBJECTS } from '../../src/lib/wording/subjects';

describe('retry wording', () => {
  it('answers "Retry?" with yes, no or nothing to retry, never a double negative', () => {
    for (const policy of RETRY_POLICIES) {
      const { answer } = RETRY[policy];
      expect(answer, policy).toMatch(/^(Yes|No|Nothing to retry): /);
      expect(answer, policy).not.toMatch(/\b(not|never|unchanged)\b.*\b(not|unless|until)\b/i);
      expect(answer.endsWith('.'), policy).toBe(false);
    }
    expect(RETRY['after-fix'].answer).toBe('No: fix the cause, then send again');
    expect(RETRY.later.answer).toBe('Yes: the sending server keeps the message and retries by itself');
    expect(retrySentence('none')).toMatch(/^Nothing to retry: .+\.$/);
  });

  it('reads an unknown code of each class as its class says', () => {
    expect([2, 3, 4, 5].map(retryPolicyForClass)).toEqual(['none', 'none', 'later', 'after-fix']);
  });
});

describe('subjects', () => {
  it('have one home: the schema and the registry spell them as the wording table does', () => {
    for (const [digit, info] of Object.entries(SUBJECTS))
      expect(SUBJECT_NAMES[Number(digit)]).toBe(info.name);
    for (const entry of REGISTRY_ENTRIES) expect(SUBJECTS[entry.subject], entry.code).toBeDefined();
  });
});
