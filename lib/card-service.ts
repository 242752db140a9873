/**
 * Answers the content script's "what does this name's card say?" question.
 * Runs in the background, which holds the whole dataset once; the content
 * script in each frame carries only what it needs to find names. Pure:
 * request in, plain JSON-serializable card out.
 */
import {
  initiativeCardModel,
  orgCardModel,
  type InitiativeCardModel,
  type OrgCardModel,
} from './cards';
import type { DatasetQueries } from './dataset/query';
import { cardWords, createTranslator, type CardWords, type Locale } from './i18n';

/** `locale`: the language the frame reads in, for the card's words. */
export type CardRequest = { type: 'get-card'; locale: Locale } & (
  | { kind: 'org'; id: string; formerName?: string; hiddenInitiatives: string[] }
  | { kind: 'initiative'; id: string; orgIdsOnPage: string[] }
);

/** A card to render, with the words to render it in. */
export type CardReply =
  | { kind: 'org'; asOf: string; model: OrgCardModel; words: CardWords }
  | { kind: 'initiative'; asOf: string; model: InitiativeCardModel; words: CardWords }
  | { kind: 'unknown' };

export function answerCardRequest(
  queries: DatasetQueries,
  asOf: string,
  request: CardRequest,
): CardReply {
  const { locale } = request;
  if (request.kind === 'org') {
    const hidden = new Set(request.hiddenInitiatives);
    const model = orgCardModel(
      queries,
      request.id,
      { isInitiativeShown: (id) => !hidden.has(id) },
      request.formerName,
    );
    if (!model) return { kind: 'unknown' };
    const dates = model.rows.flatMap(({ membership: m }) => [m.joined, m.left]);
    return {
      kind: 'org',
      asOf,
      model,
      words: wordsFor(locale, [asOf, ...dates], model.org.country),
    };
  }
  const model = initiativeCardModel(queries, request.id, new Set(request.orgIdsOnPage));
  if (!model) return { kind: 'unknown' };
  const words = wordsFor(locale, [asOf, model.initiative.founded], null);
  return { kind: 'initiative', asOf, model, words };
}

/** The card words, with the card's own dates and country formatted here rather than in the page. */
function wordsFor(
  locale: Locale,
  dates: readonly (string | null | undefined)[],
  country: string | null,
): CardWords {
  const i18n = createTranslator(locale);
  const formatted: Record<string, string> = {};
  for (const iso of dates) if (iso) formatted[iso] = i18n.date(iso);
  if (country) formatted[country] = i18n.country(country);
  return { ...cardWords(locale), formatted };
}
