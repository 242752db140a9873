/**
 * The most frequent words of English and French prose, with the letters
 * that elisions and possessives leave ("l'", "d'", "'s"). `tuneMatcher`
 * keeps them off the matcher's first-word bloom, so that a chance clash of
 * hashes never sends a frequent word down its slow path. Build-time only:
 * marked pure so that the content script, which imports the matcher, does
 * not carry it (a top-level call is otherwise kept).
 */
export const FREQUENT_WORDS = /* @__PURE__ */ (
  'the of and to a in is that for it on with as was be by at or from this are an not but his ' +
  'her he she they we you i have has had were which their its been also more will can would ' +
  'all one new about after who than into there said what when out up so no if do our other ' +
  'de la le et les des en du un une est pour que qui dans par sur au aux il elle ne pas ce se ' +
  'son sa ses plus ou mais comme leur été être à l d s t n j c qu'
).split(' ');
