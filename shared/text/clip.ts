/** Shortening text for one-line display: labels, titles, table cells. */

/** The text cut to at most `max` characters, the last one an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** `text` on one line (runs of white space folded), cut to `width` characters with an ellipsis. */
export function clip(text: string, width = 40): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), width);
}

/** Like `clip`, but cut at the last word boundary after `minWord` characters, so no word is split. */
export function clipAtWord(text: string, width: number, minWord = Math.floor(width / 2)): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = flat[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space >= minWord ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
