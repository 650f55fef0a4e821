/**
 * The decoder takes anything a person can paste: it must return, never throw, and hand
 * back only data (the page renders it as text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../src/lib/bounce/decode';
import { decodeShapes } from '../fixtures/decodeShapes.mjs';

const hostile = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '550 5.7.1 <img src=x onerror=alert(1)>',
    '\u0000\u0001\u001b[31m550\u0007',
    '\ud800\udc00\ud800 lone surrogates \udfff',
    '550-'.repeat(5000),
    '<<< '.repeat(3000),
    '5.5.5.5.5.5.5.5.5.5'.repeat(500),
  ),
  fc
    .array(
      fc.constantFrom('550', '5.7.1', '-', ' ', '\n', '\r\n', 'said:', 'smtp;', 'Status: 4.4.7', '<', '>'),
      {
        maxLength: 300,
      },
    )
    .map((parts) => parts.join('')),
);

describe('decodeBounce on random and hostile input', () => {
  it('always returns a well-formed result and never throws', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = decodeBounce(input);
        expect(Array.isArray(result.replies)).toBe(true);
        for (const reply of result.replies) {
          expect(typeof reply.text).toBe('string');
          if (reply.basic !== undefined) expect(reply.basic).toBeGreaterThanOrEqual(0);
          if (reply.enhanced !== undefined) expect(reply.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(decodeBounce(value)).toEqual({ replies: [], providers: [] });
    }
  });

  // How fast is measured by `npm run bench` (docs/benchmarks.md), not here: a timing assertion
  // fails at random on a loaded machine. This keeps what must hold whatever the speed.
  it('decodes 1 MB of text of every hostile shape without throwing', () => {
    for (const { name, text } of decodeShapes()) {
      const result = decodeBounce(text);
      expect(Array.isArray(result.replies), name).toBe(true);
      for (const reply of result.replies.slice(0, 50)) {
        if (reply.enhanced !== undefined) expect(reply.enhanced, name).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      }
    }
  });

  it('keeps markup in pasted text as plain characters in the data it returns', () => {
    const result = decodeBounce('550 5.7.1 <img src=x onerror=alert(1)>');
    expect(result.replies[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});
