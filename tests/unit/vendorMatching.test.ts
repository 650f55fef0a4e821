/**
 * Vendor codes and recognition against the real vendor dataset: which codes get pages of their
 * own, where range codes lead, and which provider and documented reply a pasted reply is.
 */
import { describe, expect, it } from 'vitest';
import { vendorSchema, type VendorData } from '../../src/lib/vendors/schema';
import { rangeRedirects, vendorCodePages, vendorUsesOf } from '../../src/lib/vendors/codes';
import { findToken, identifyVendors, matchVendorReply } from '../../src/lib/vendors/identify';
import { REGISTRY_ENTRIES } from '../../src/lib/enhanced/registry';
import { readContentFiles } from './helpers/contentFiles';

const vendors: VendorData[] = readContentFiles('vendors').map((file) => vendorSchema.parse(file.data));
const inRegistry = (neutral: string) => REGISTRY_ENTRIES.some((entry) => entry.code === neutral);
const vendor = (slug: string) => {
  const found = vendors.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no vendor ${slug}`);
  return found;
};

describe('codes outside the registry', () => {
  const pages = vendorCodePages(vendors, inRegistry);
  const ids = pages.map((page) => page.id);

  it('gives Microsoft codes and ranges pages of their own', () => {
    expect(ids).toEqual(
      expect.arrayContaining(['5.7.606-649', '5.7.139', '5.7.509', '5.7.708', '4.7.500-699']),
    );
  });

  it('never gives a registry code a vendor page', () => {
    expect(ids).not.toContain('5.1.10');
    expect(ids).not.toContain('5.7.1');
  });

  it('sends every code in a range to the range page unless it has its own', () => {
    const redirects = rangeRedirects(pages, inRegistry);
    expect(redirects.get('5.7.649')).toBe('5.7.606-649');
    expect(redirects.get('5.7.606')).toBe('5.7.606-649');
    expect(redirects.get('4.7.612')).toBe('4.7.500-699');
    expect(redirects.has('4.7.650')).toBe(false);
    expect(redirects.has('5.7.708')).toBe(false);
  });

  it('lists the provider readings of a registry code', () => {
    const uses = vendorUsesOf('5.1.10', vendors).map((use) => use.vendor.slug);
    expect(uses).toContain('microsoft');
  });
});

describe('recognising a provider', () => {
  it('reads Gmail from its "- gsmtp" trailer', () => {
    const text = '550 5.1.1 The email account that you tried to reach does not exist. a640c23a62f3a - gsmtp';
    expect(identifyVendors(text, vendors).map((match) => match.slug)).toContain('gmail');
  });

  it('reads Microsoft from a protection.outlook.com host', () => {
    const text =
      'Remote server returned 550 5.7.606 Access denied (AM4PEPF00025F96.eurprd04.prod.protection.outlook.com)';
    expect(identifyVendors(text, vendors)[0]?.slug).toBe('microsoft');
  });

  it('matches markers as whole tokens only', () => {
    expect(findToken('the server HAS(1) said', 'AS(')).toBe(-1);
    expect(findToken('Access denied. AS(201806281)', 'AS(')).toBeGreaterThan(0);
  });

  it('does not take the domain of an address for a server', () => {
    const text = 'From: alice@gmail.com\n550 5.1.1 <bob@example.org>: Recipient address rejected';
    expect(identifyVendors(text, vendors).map((match) => match.slug)).not.toContain('gmail');
  });

  it('finds nothing in a reply that names no provider', () => {
    expect(identifyVendors('550 5.1.1 <bob@example.org>: Recipient address rejected', vendors)).toEqual([]);
  });
});

describe('which documented reply it is', () => {
  it('finds a Yahoo deferral by its tag', () => {
    const reply = matchVendorReply(vendor('yahoo'), {
      basic: 421,
      enhanced: '4.7.0',
      text: '[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
    });
    expect(reply?.tag).toBe('[TSS04]');
    expect(reply?.retry).toBe('later');
  });

  it('finds a Microsoft banned-IP reply through its range', () => {
    const reply = matchVendorReply(vendor('microsoft'), {
      basic: 550,
      enhanced: '5.7.606',
      text: 'Access denied, banned sending IP [192.0.2.1]',
    });
    expect(reply?.enhanced).toBe('5.7.606-649');
    expect(reply?.whoActs).toBe('sending-admin');
  });

  it('gives Microsoft 5.1.10 its own meaning', () => {
    const reply = matchVendorReply(vendor('microsoft'), {
      basic: 550,
      enhanced: '5.1.10',
      text: 'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    });
    expect(reply?.registryDiffers).toBeDefined();
    expect(reply?.retry).toBe('never');
  });
});
