import { describe, expect, it } from 'vitest';
import { answerCardRequest } from '../../lib/card-service';
import { createTranslator, translatorFor } from '../../lib/i18n';
import { createDatasetQueries } from '../../lib/dataset/query';
import { parseCardReply, parseToBackgroundMessage } from '../../lib/messages';
import { SMALL_INDEX } from './fixtures/small-index';

const queries = createDatasetQueries(SMALL_INDEX);
const asOf = SMALL_INDEX.asOf;

describe('answerCardRequest', () => {
  it('answers an organization card, honouring hidden initiatives and the former name', () => {
    const reply = answerCardRequest(queries, asOf, {
      type: 'get-card',
      locale: 'fr',
      kind: 'org',
      id: 'meta',
      formerName: 'Facebook',
      hiddenInitiatives: ['ai-alliance'],
    });
    if (reply.kind !== 'org') throw new Error(`unexpected ${reply.kind}`);
    expect(reply.asOf).toBe(asOf);
    expect(reply.model.org.id).toBe('meta');
    expect(reply.model.formerName).toBe('Facebook');
    expect(reply.model.rows.some((row) => row.initiative.id === 'ai-alliance')).toBe(false);
    expect(reply.model.hiddenCount).toBeGreaterThan(0);
  });

  it('answers an initiative card with the page members first', () => {
    const reply = answerCardRequest(queries, asOf, {
      type: 'get-card',
      locale: 'fr',
      kind: 'initiative',
      id: 'ai-alliance',
      orgIdsOnPage: ['ibm'],
    });
    if (reply.kind !== 'initiative') throw new Error(`unexpected ${reply.kind}`);
    expect(reply.model.membersOnPage.map((org) => org.id)).toEqual(['ibm']);
    expect(reply.model.otherMembers.map((org) => org.id)).not.toContain('ibm');
  });

  it("formats the card's dates and country itself, in the requested language", () => {
    const reply = answerCardRequest(queries, asOf, {
      type: 'get-card',
      locale: 'fr',
      kind: 'org',
      id: 'ibm',
      hiddenInitiatives: [],
    });
    if (reply.kind !== 'org') throw new Error(`unexpected ${reply.kind}`);
    const formatted = reply.words.formatted ?? {};
    for (const { membership } of reply.model.rows) {
      if (membership.joined)
        expect(formatted[membership.joined]).toBe(createTranslator('fr').date(membership.joined));
    }
    expect(formatted[asOf]).toBeDefined();
    expect(formatted.US).toBe('États-Unis');
    // What the page builds from it needs no formatter of its own.
    const joined = reply.model.rows.find((row) => row.membership.joined)!.membership.joined!;
    expect(translatorFor(reply.words).date(joined)).toBe(formatted[joined]);
  });

  it('says unknown for an id it does not have', () => {
    expect(
      answerCardRequest(queries, asOf, {
        type: 'get-card',
        locale: 'fr',
        kind: 'org',
        id: 'nope',
        hiddenInitiatives: [],
      }),
    ).toEqual({ kind: 'unknown' });
  });

  it('survives the trip through message validation both ways', () => {
    const request = parseToBackgroundMessage({
      type: 'get-card',
      locale: 'fr',
      kind: 'org',
      id: 'ibm',
      hiddenInitiatives: [],
      extra: 'ignored',
    });
    expect(request).toEqual({
      type: 'get-card',
      locale: 'fr',
      kind: 'org',
      id: 'ibm',
      hiddenInitiatives: [],
    });
    const reply = answerCardRequest(queries, asOf, request as never);
    expect(parseCardReply(JSON.parse(JSON.stringify(reply)))).toEqual(reply);
    expect(parseToBackgroundMessage({ type: 'get-card', kind: 'org', id: 'ibm' })).toBeUndefined();
    expect(parseCardReply({ kind: 'org' })).toBeUndefined();
    // A reply without its words cannot be rendered.
    expect(parseCardReply({ ...reply, words: undefined })).toBeUndefined();
    // The words come in the language the frame asked for.
    expect(reply).toMatchObject({ words: { locale: 'fr', roles: { member: 'membre' } } });
  });
});
