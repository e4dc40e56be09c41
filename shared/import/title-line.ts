/** Most words a line may have and still read as a section title. */
export const MAX_TITLE_WORDS = 12;
/** Most characters a line may have and still read as a section title. */
export const MAX_TITLE_LENGTH = 90;

/**
 * Whether a line of plain text has the shape of a title: a few words
 * (2 to 12), starting with a capital or a number and ending in a word, with
 * no sentence punctuation anywhere. Sentences end in . ! ? : or a closing
 * quote; titles do not. A byline ("By Jane Doe") is not a title.
 */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  const words = text.split(/\s+/).length;
  if (words < 2 || words > MAX_TITLE_WORDS) return false;
  // Letters without case (Arabic, Hebrew, CJK) count as capitals: those scripts mark titles otherwise.
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text)) return false;
  if (!/[\p{L}\p{N}]$/u.test(text)) return false;
  if (/[.!?…]\s/u.test(text)) return false;
  if (/^by\s/i.test(text)) return false;
  return true;
}
