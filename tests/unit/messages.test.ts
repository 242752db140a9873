import { describe, expect, it } from 'vitest';
import {
  parsePageNamesReply,
  parseToBackgroundMessage,
  parseToContentMessage,
} from '../../lib/messages';

const NOT_OBJECTS: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'get-page-names'],
  ['a number', 1],
  ['an array', [{ type: 'get-page-names' }]],
];

describe('parseToContentMessage', () => {
  it('accepts each message type', () => {
    expect(parseToContentMessage({ type: 'get-page-names' })).toEqual({ type: 'get-page-names' });
    expect(parseToContentMessage({ type: 'show-card-for-selection' })).toEqual({
      type: 'show-card-for-selection',
    });
    expect(parseToContentMessage({ type: 'reveal-name', kind: 'org', id: 'ibm' })).toEqual({
      type: 'reveal-name',
      kind: 'org',
      id: 'ibm',
    });
    expect(
      parseToContentMessage({ type: 'reveal-name', kind: 'initiative', id: 'ai-alliance' }),
    ).toEqual({ type: 'reveal-name', kind: 'initiative', id: 'ai-alliance' });
  });

  it('keeps only the fields of the message, not extra ones', () => {
    expect(parseToContentMessage({ type: 'get-page-names', extra: 1 })).toEqual({
      type: 'get-page-names',
    });
    expect(
      parseToContentMessage({ type: 'reveal-name', kind: 'org', id: 'ibm', html: '<b>' }),
    ).toEqual({ type: 'reveal-name', kind: 'org', id: 'ibm' });
  });

  it.each(NOT_OBJECTS)('rejects %s', (_label, value) => {
    expect(parseToContentMessage(value)).toBeUndefined();
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'format-disk' }],
    ['a type of another receiver', { type: 'page-names-changed', orgIds: [] }],
    ['a type in the wrong case', { type: 'GET-PAGE-NAMES' }],
    ['reveal-name without id', { type: 'reveal-name', kind: 'org' }],
    ['reveal-name with a numeric id', { type: 'reveal-name', kind: 'org', id: 3 }],
    ['reveal-name without kind', { type: 'reveal-name', id: 'ibm' }],
    ['reveal-name with an unknown kind', { type: 'reveal-name', kind: 'person', id: 'ibm' }],
  ])('rejects %s', (_label, value) => {
    expect(parseToContentMessage(value)).toBeUndefined();
  });
});

describe('parseToBackgroundMessage', () => {
  it('accepts page-names-changed with organization ids', () => {
    expect(
      parseToBackgroundMessage({ type: 'page-names-changed', orgIds: ['ibm', 'meta'] }),
    ).toEqual({ type: 'page-names-changed', orgIds: ['ibm', 'meta'] });
    expect(parseToBackgroundMessage({ type: 'page-names-changed', orgIds: [] })).toEqual({
      type: 'page-names-changed',
      orgIds: [],
    });
  });

  it.each(NOT_OBJECTS)('rejects %s', (_label, value) => {
    expect(parseToBackgroundMessage(value)).toBeUndefined();
  });

  it.each([
    ['another type', { type: 'get-page-names' }],
    ['no ids', { type: 'page-names-changed' }],
    ['ids that are no list', { type: 'page-names-changed', orgIds: 'ibm' }],
    ['a non-string id', { type: 'page-names-changed', orgIds: ['ibm', 7] }],
    ['a null id', { type: 'page-names-changed', orgIds: [null] }],
  ])('rejects %s', (_label, value) => {
    expect(parseToBackgroundMessage(value)).toBeUndefined();
  });
});

describe('parsePageNamesReply', () => {
  it('accepts names with their counts and the site', () => {
    const reply = {
      names: [
        { kind: 'org', id: 'ibm', count: 3 },
        { kind: 'initiative', id: 'ai-alliance', count: 1 },
      ],
      site: 'example.com',
    };
    expect(parsePageNamesReply(reply)).toEqual(reply);
  });

  it('accepts a page that names nothing', () => {
    expect(parsePageNamesReply({ names: [], site: 'example.com' })).toEqual({
      names: [],
      site: 'example.com',
    });
  });

  it('gives no site when there is none or it is not a non-empty string', () => {
    expect(parsePageNamesReply({ names: [] })?.site).toBeNull();
    expect(parsePageNamesReply({ names: [], site: null })?.site).toBeNull();
    expect(parsePageNamesReply({ names: [], site: 42 })?.site).toBeNull();
    expect(parsePageNamesReply({ names: [], site: '' })?.site).toBeNull();
  });

  it('drops invalid entries and keeps the valid ones', () => {
    const reply = parsePageNamesReply({
      names: [
        { kind: 'org', id: 'ibm', count: 2 },
        null,
        'meta',
        { kind: 'person', id: 'x', count: 1 },
        { kind: 'org', count: 1 },
        { kind: 'org', id: 'meta', count: '2' },
        { kind: 'org', id: 'meta', count: Number.NaN },
        { kind: 'org', id: 'meta', count: Number.POSITIVE_INFINITY },
        { kind: 'org', id: 'meta', count: -1 },
        { kind: 'org', id: 'meta', count: 1.5 },
        { kind: 'initiative', id: 'c2pa', count: 1, extra: true },
      ],
      site: 'example.com',
    });
    expect(reply?.names).toEqual([
      { kind: 'org', id: 'ibm', count: 2 },
      { kind: 'initiative', id: 'c2pa', count: 1 },
    ]);
  });

  it.each(NOT_OBJECTS)('rejects %s', (_label, value) => {
    expect(parsePageNamesReply(value)).toBeUndefined();
  });

  it.each([
    ['no names', { site: 'example.com' }],
    ['names that are no list', { names: { ibm: 1 } }],
  ])('rejects a reply with %s', (_label, value) => {
    expect(parsePageNamesReply(value)).toBeUndefined();
  });
});
