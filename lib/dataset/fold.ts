/**
 * The one way names are compared across the dataset: case-folded, with curly
 * apostrophes folded to the straight one and runs of spaces collapsed. Used to
 * detect two targets claiming the same alias, and by the tests that check an
 * organization can be found from its English and French forms.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
