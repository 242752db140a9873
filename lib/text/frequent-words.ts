/**
 * The most frequent words of English and French prose, with the letters
 * that elisions and possessives leave ("l'", "d'", "'s"). The matcher keeps
 * them off its first-word bloom, so that a chance clash of hashes never
 * sends a frequent word down its slow path.
 */
export const FREQUENT_WORDS = (
  'the of and to a in is that for it on with as was be by at or from this are an not but his ' +
  'her he she they we you i have has had were which their its been will can would all one ' +
  'de la le et les des en du un une est pour que qui dans par sur au il elle ne pas ce se ' +
  'son sa ses plus l d s'
).split(' ');
