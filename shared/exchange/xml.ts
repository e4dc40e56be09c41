/** XML text and attribute escaping, and the character offsets QDA-XML counts in. */

/** Characters XML 1.0 forbids even when escaped (controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const escape = (c: string) => ESCAPES[c]!;

/** Text content: & < > escaped, forbidden characters replaced by U+FFFD. */
export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, '\uFFFD').replace(/[&<>]/g, escape);
}

/** An attribute value in double quotes: also quotes and line breaks escaped, so they survive attribute normalisation. */
export function xmlAttr(s: string): string {
  return s.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"\t\n\r]/g, escape);
}

/** The five predefined entities and numeric character references, decoded (the parser is told to leave entities alone). */
export function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** For one text, a converter from UTF-16 offsets to code point counts: the identity when the text has no astral characters. */
export function codePointCounter(text: string): (utf16: number) => number {
  if (!SURROGATE.test(text)) return (utf16) => Math.min(utf16, text.length);
  return (utf16) => codePointOffset(text, utf16);
}

/** For one text, a converter from code point counts to UTF-16 offsets. */
export function utf16Counter(text: string): (codePoints: number) => number {
  if (!SURROGATE.test(text)) return (codePoints) => Math.max(0, Math.min(codePoints, text.length));
  return (codePoints) => utf16Offset(text, codePoints);
}

/** A UTF-16 offset as a count of Unicode characters (code points), which QDA-XML positions are. */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/** A code point count back to a UTF-16 offset (clamped to the text). */
export function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}
