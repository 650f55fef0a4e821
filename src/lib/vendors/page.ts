/**
 * The provider pages (/providers/<slug>/) and their index (/providers/): every sentence and link,
 * built from one vendor file, for src/layouts/ProviderPage.astro to lay out.
 */
import { md, type RichText } from '../inlineMarkdown';
import type { SiteIndex } from '../reference/basic';
import { replyCodeLinks, sourceLinks } from '../reference/vendorLinks';
import { providerUrl } from '../urls';
import { ACTOR_LABELS } from '../wording/actors';
import { RETRY } from '../wording/retry';
import {
  FIELD_MANUAL_CREDIT,
  FIELD_MANUAL_URL,
  RESOURCE_KIND_LABELS,
  VENDOR_KIND_LABELS,
} from '../wording/vendors';
import { VENDOR_KINDS, type VendorData, type VendorReply } from './schema';
import { readableDate } from '../wording/dates';

/** One documented reply, as a card in its code's group. */
export interface ProviderReplyModel {
  /** "550 5.7.606-649", each code linked to its page. */
  codes: RichText;
  /** The reply as the provider sends it. */
  text: string;
  tag?: string;
  meaning: RichText;
  whoActs: string;
  retry: string;
  firstStep: RichText;
  /** How it differs from the registry's meaning of the same number, if it does. */
  registryDiffers?: RichText;
  sources: RichText;
}

/** The replies that share one basic code. */
export interface ProviderReplyGroup {
  /** Anchor: "code-550". */
  id: string;
  heading: string;
  /** The basic code's page, when it has one. */
  codeLink: RichText;
  replies: ProviderReplyModel[];
}

export interface ProviderPageModel {
  slug: string;
  path: string;
  heading: string;
  documentTitle: string;
  description: string;
  summary: string;
  facts: { label: string; value: RichText }[];
  recognise: {
    hosts: string[];
    markers: { text: string; means: RichText }[];
    domains: string[];
  };
  groups: ProviderReplyGroup[];
  replyCount: number;
  /** The replies whose meaning differs from the registry's. */
  differs: RichText[];
  resources: { heading: string; items: { title: string; url: string }[] }[];
  /** Shown when any reply text comes from the SMTP Field Manual. */
  credit?: { text: string; url: string };
}

function replyModel(reply: VendorReply, site: SiteIndex): ProviderReplyModel {
  return {
    codes: replyCodeLinks(reply, site),
    text: reply.text,
    ...(reply.tag ? { tag: reply.tag } : {}),
    meaning: md(reply.meaning),
    whoActs: ACTOR_LABELS[reply.whoActs],
    retry: RETRY[reply.retry].answer,
    firstStep: md(reply.firstStep),
    ...(reply.registryDiffers ? { registryDiffers: md(reply.registryDiffers) } : {}),
    sources: sourceLinks(reply.sources),
  };
}

export function providerPageModel(vendor: VendorData, site: SiteIndex): ProviderPageModel {
  const byBasic = new Map<number, VendorReply[]>();
  for (const reply of vendor.replies) byBasic.set(reply.basic, [...(byBasic.get(reply.basic) ?? []), reply]);
  const groups = [...byBasic]
    .toSorted(([a], [b]) => a - b)
    .map(([basic, replies]): ProviderReplyGroup => {
      const title = site.basicTitles.get(basic);
      return {
        id: `code-${basic}`,
        heading: `${basic}${title ? ` ${title}` : ''}`,
        codeLink: replyCodeLinks({ basic }, site),
        replies: replies.map((reply) => replyModel(reply, site)),
      };
    });
  const heading = `${vendor.name}: SMTP replies and codes`;
  const kind = VENDOR_KIND_LABELS[vendor.kind];
  return {
    slug: vendor.slug,
    path: providerUrl(vendor.slug),
    heading,
    documentTitle: `${heading} | SMTP Codes`,
    description: vendor.summary,
    summary: vendor.summary,
    facts: [
      { label: 'Kind', value: [{ text: kind.one, href: `${providerUrl()}#${vendor.kind}` }] },
      { label: 'Replies listed', value: [String(vendor.replies.length)] },
      { label: 'Sources checked', value: [readableDate(vendor.checked)] },
      ...(vendor.reviewed ? [{ label: 'Reviewed', value: [readableDate(vendor.reviewed)] }] : []),
    ],
    recognise: {
      hosts: vendor.recognise.hosts,
      markers: vendor.recognise.markers.map((marker) => ({ text: marker.text, means: md(marker.means) })),
      domains: vendor.domains,
    },
    groups,
    replyCount: vendor.replies.length,
    differs: vendor.replies.flatMap((reply): RichText[] =>
      reply.registryDiffers
        ? [
            [
              ...replyCodeLinks(reply, site),
              ' ',
              { code: reply.text, reply: true },
              ' ',
              { md: reply.registryDiffers },
            ],
          ]
        : [],
    ),
    resources: (Object.keys(RESOURCE_KIND_LABELS) as (keyof typeof RESOURCE_KIND_LABELS)[]).flatMap(
      (resourceKind) => {
        const items = vendor.resources.filter((resource) => resource.kind === resourceKind);
        return items.length === 0
          ? []
          : [
              {
                heading: RESOURCE_KIND_LABELS[resourceKind],
                items: items.map(({ title, url }) => ({ title, url })),
              },
            ];
      },
    ),
    ...(vendor.replies.some((reply) => reply.fieldManual)
      ? { credit: { text: FIELD_MANUAL_CREDIT, url: FIELD_MANUAL_URL } }
      : {}),
  };
}

/** One kind's group on /providers/. */
export interface ProviderIndexGroup {
  id: string;
  heading: string;
  intro: string;
  items: { name: string; href: string; summary: string; replies: number }[];
}

/** /providers/: every vendor file, grouped by kind, names in alphabetical order. */
export function providerIndexModel(vendors: readonly VendorData[]): ProviderIndexGroup[] {
  return VENDOR_KINDS.flatMap((kind) => {
    const items = vendors
      .filter((vendor) => vendor.kind === kind)
      .toSorted((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((vendor) => ({
        name: vendor.name,
        href: providerUrl(vendor.slug),
        summary: vendor.summary,
        replies: vendor.replies.length,
      }));
    const label = VENDOR_KIND_LABELS[kind];
    return items.length === 0 ? [] : [{ id: kind, heading: label.heading, intro: label.intro, items }];
  });
}
