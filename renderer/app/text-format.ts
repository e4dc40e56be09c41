/**
 * Shortening text for one-line display: notices, labels, placeholders. One
 * rule everywhere: cut to `max` characters including the closing ellipsis.
 */

/** The text cut to at most `max` characters, the last one an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** A quote for a notice or label: whitespace runs (line breaks too) become one space, then it is cut to `max`. */
export function shortQuote(text: string, max = 40): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}
