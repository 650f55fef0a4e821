import { describe, expect, it } from 'vitest';
import { vendorMeaning } from '../../src/lib/bounce/vendorCodes';

describe('vendorMeaning', () => {
  it("explains Microsoft's unregistered ranges and reuses", () => {
    expect(vendorMeaning('5.7.606')).toMatch(/^Microsoft: access denied, banned sending IP/);
    expect(vendorMeaning('5.7.708')).toMatch(/^Microsoft: the tenant was blocked/);
    expect(vendorMeaning('5.1.10')).toMatch(/recipient not found/);
    expect(vendorMeaning('4.7.550')).toMatch(/try again later/);
  });

  it('claims nothing for numbers Microsoft does not document, or for other classes', () => {
    expect(vendorMeaning('5.7.720')).toBeUndefined();
    expect(vendorMeaning('4.7.606')).toMatch(/try again later/);
    expect(vendorMeaning('2.7.606')).toBeUndefined();
    expect(vendorMeaning('5.7.1')).toBeUndefined();
  });
});
