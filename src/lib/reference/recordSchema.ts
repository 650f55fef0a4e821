/**
 * The published JSON Schema of /codes.json and /<code>.json (served at /codes.schema.json), and
 * the meaning of every field and value, which the /data/ page lists. Written by hand as the
 * promise it is: fields are added, never renamed or removed. A contract test validates every
 * published record against the served schema, so a record that drifts from it fails.
 */
import { ACTORS, RETRY_POLICIES, STAGES } from '../codes/schema';
import { ACTOR_LABELS } from '../wording/actors';
import { RETRY } from '../wording/retry';
import { stageLabels } from '../wording/stages';

/** Where the schema is published, under the site's base. */
export const SCHEMA_FILE = 'codes.schema.json';

/** Every value of an enumerated field, with what it means. */
export interface ValueMeaning {
  value: string;
  meaning: string;
}

/** A record field: its name, JSON type as the /data/ page shows it, meaning, and values if enumerated. */
export interface FieldDoc {
  name: string;
  type: string;
  meaning: string;
  values?: ValueMeaning[];
}

const RETRY_MEANINGS: Record<(typeof RETRY_POLICIES)[number], string> = {
  none: 'Nothing failed, so nothing is retried (success and intermediate replies).',
  later: 'A temporary failure: the sending server keeps the message and retries by itself.',
  'after-fix': 'A permanent failure: sending again fails the same way until the cause is fixed.',
  never: 'The destination accepts no mail; no change by the sender helps.',
};

/** The fields of one code record, in the order records carry them. */
export const RECORD_FIELDS: FieldDoc[] = [
  {
    name: 'code',
    type: 'string',
    meaning:
      'The code: "530" (basic), "5.7.1" (enhanced), "5.7.139" or "5.7.606-649" (a provider\'s own code or documented range), "571" (non-standard).',
  },
  {
    name: 'kind',
    type: 'string',
    meaning: 'Which kind of code it is.',
    values: [
      { value: 'basic', meaning: 'A three-digit SMTP reply code (RFC 5321).' },
      {
        value: 'enhanced',
        meaning: 'An enhanced status code class.subject.detail (RFC 3463, IANA registry).',
      },
      {
        value: 'vendor',
        meaning:
          "An enhanced code, or a documented range of them, that a provider sends but the IANA registry does not list; the meaning is the provider's.",
      },
      {
        value: 'nonstandard',
        meaning: 'A three-digit code no standard defines but that people meet (571, 471, 523…).',
      },
    ],
  },
  {
    name: 'class',
    type: 'integer',
    meaning:
      'The first digit: 2 success, 3 intermediate, 4 temporary failure, 5 permanent failure (1 only for the client-side pseudo-codes 101 and 111).',
  },
  { name: 'name', type: 'string', meaning: 'The short name: "Authentication Required".' },
  { name: 'meaning', type: 'string', meaning: 'One sentence saying what the code means, as the page opens.' },
  {
    name: 'retry',
    type: 'string',
    meaning: 'Whether a retry can succeed.',
    values: RETRY_POLICIES.map((value) => ({ value, meaning: RETRY_MEANINGS[value] })),
  },
  {
    name: 'retryText',
    type: 'string',
    meaning: `The answer to "Retry?" in words, as the pages give it ("${RETRY['after-fix'].answer}.").`,
  },
  {
    name: 'whoActs',
    type: 'array of strings',
    meaning: 'Who has steps to take, in the order the page lists them.',
    values: [
      ...ACTORS.map((value) => ({ value, meaning: ACTOR_LABELS[value] })),
      {
        value: 'recipient',
        meaning: `${ACTOR_LABELS.recipient} (a provider's or non-standard code: a full mailbox is theirs).`,
      },
      { value: 'nobody', meaning: 'Nobody: the code reports a success or an expected step.' },
    ],
  },
  { name: 'firstStep', type: 'string', meaning: 'The first thing to do, as plain text.' },
  {
    name: 'url',
    type: 'string',
    meaning:
      'The page about the code, relative to the site: "/530/" (under the base path if the site has one).',
  },
  {
    name: 'stages',
    type: 'array of strings',
    meaning: 'Basic codes: the stages and commands of the session it answers. Enhanced codes: empty.',
    values: STAGES.map((value) => ({ value, meaning: stageLabels([value]).join('') })),
  },
  {
    name: 'enhancedCodes',
    type: 'array of strings',
    meaning: 'Basic codes: the enhanced codes servers send with it ("5.1.1"). Enhanced codes: empty.',
  },
  {
    name: 'basicCodes',
    type: 'array of integers',
    meaning:
      'Enhanced codes: the basic codes of the same class seen carrying it (550, 554). Basic codes: empty.',
  },
  {
    name: 'references',
    type: 'array of objects',
    meaning:
      'The sources the facts rest on: each has document ("RFC 5321", an Internet-Draft name, or the host of a provider\'s page), section ("4.2.3", or null for a draft or page cited whole) and url.',
  },
];

/** The JSON Schema (draft 2020-12) of /codes.json, with one record under $defs/codeRecord. */
export function codesJsonSchema(schemaUrl: string) {
  const description = (name: string) => RECORD_FIELDS.find((field) => field.name === name)?.meaning ?? '';
  const strings = { type: 'array', items: { type: 'string' } } as const;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'SMTP Codes: /codes.json',
    description:
      'Every SMTP reply code and enhanced status code with a page on the site. Fields are added, never renamed or removed; one code alone, /<code>.json, is a codeRecord.',
    type: 'object',
    required: ['about', 'site', 'codes'],
    properties: {
      about: { type: 'string', description: 'What the file holds, and the stability promise.' },
      site: {
        type: ['string', 'null'],
        description: "The site's public address; record urls are relative to it.",
      },
      codes: { type: 'array', minItems: 1, items: { $ref: '#/$defs/codeRecord' } },
    },
    $defs: {
      codeRecord: {
        type: 'object',
        required: RECORD_FIELDS.map((field) => field.name),
        properties: {
          code: {
            type: 'string',
            pattern: '^(\\d{3}|[245]\\.\\d{1,3}\\.\\d{1,3}(-\\d{1,3})?)$',
            description: description('code'),
          },
          kind: { enum: ['basic', 'enhanced', 'vendor', 'nonstandard'], description: description('kind') },
          class: { type: 'integer', minimum: 1, maximum: 5, description: description('class') },
          name: { type: 'string', minLength: 2, description: description('name') },
          meaning: { type: 'string', minLength: 20, description: description('meaning') },
          retry: { enum: [...RETRY_POLICIES], description: description('retry') },
          retryText: { type: 'string', minLength: 10, description: description('retryText') },
          whoActs: {
            type: 'array',
            minItems: 1,
            items: { enum: [...ACTORS, 'recipient', 'nobody'] },
            description: description('whoActs'),
          },
          firstStep: { type: 'string', minLength: 3, description: description('firstStep') },
          url: { type: 'string', pattern: '^/(.+/)?[\\d.-]+/$', description: description('url') },
          stages: { type: 'array', items: { enum: [...STAGES] }, description: description('stages') },
          enhancedCodes: { ...strings, description: description('enhancedCodes') },
          basicCodes: { type: 'array', items: { type: 'integer' }, description: description('basicCodes') },
          references: {
            type: 'array',
            minItems: 1,
            description: description('references'),
            items: {
              type: 'object',
              required: ['document', 'section', 'url'],
              properties: {
                document: { type: 'string' },
                section: { type: ['string', 'null'] },
                url: { type: 'string', pattern: '^https?://' },
              },
            },
          },
        },
      },
    },
  };
}
