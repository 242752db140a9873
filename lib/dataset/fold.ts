/**
 * The one way names are compared across the dataset: the page matcher's own
 * loose key (case, accents, apostrophe styles and spaces folded; see
 * `lib/text/fold.ts`), so "two targets claim the same alias" means exactly
 * "the matcher could not tell them apart". Also used by the tests that check
 * an organization can be found from its English and French forms.
 */
import { looseKey } from '../text/fold';

export function foldName(text: string): string {
  return looseKey(text.normalize('NFC'));
}
