/** Shortening text for one-line display: labels, titles, table cells. */

/** `text` on one line (runs of white space folded), cut to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

/** Like `clip`, but cut at the last word boundary after `minWord` characters, so no word is split. */
export function clipAtWord(text: string, width: number, minWord = Math.floor(width / 2)): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = flat[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space >= minWord ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
