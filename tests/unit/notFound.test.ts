import { describe, expect, it } from 'vitest';
import { explainMissingPath } from '../../src/lib/codes/notFound';

describe('explainMissingPath', () => {
  it('explains that 999 cannot be a reply code because of its first digit', () => {
    const result = explainMissingPath('/999/');
    expect(result.code).toBe('999');
    expect(result.message).toMatch(/999 is not an SMTP reply code/);
    expect(result.message).toMatch(/first digit .* 2, 3, 4 or 5/);
  });

  it('explains a second digit above 5, as in the folk code 571', () => {
    expect(explainMissingPath('/270').message).toMatch(/second digit .* 0 to 5/);
    expect(explainMissingPath('/572/').message).toMatch(/572 is not an SMTP reply code: the second digit/);
    expect(explainMissingPath('/572/').message).toMatch(/no standard code has 7 there/);
  });

  it('points a non-standard code with a page of its own to that page, never calling it impossible', () => {
    const result = explainMissingPath('/571.html', [471, 571]);
    expect(result.page).toBe('/571/');
    expect(result.message).toMatch(/571 is not a standard SMTP reply code, but servers do send it/);
    expect(result.message).not.toMatch(/no standard code has|nothing can/);
  });

  it('reads a well-formed but non-standard code by its first digit', () => {
    const result = explainMissingPath('/526/');
    expect(result.message).toMatch(/526 is not one of the standard SMTP reply codes/);
    expect(result.message).toMatch(/permanent failure/);
  });

  it('gives a plain message for other paths', () => {
    expect(explainMissingPath('/no/such/page/')).toEqual({
      message: 'This address is not a page on this site.',
    });
  });
});
