import type { BoilerplateKind, DocNode } from '../model';

/** The text around a block, for rules that depend on their neighbours. */
export interface BoilerplateContext {
  prev?: string;
  next?: string;
}

interface Rule {
  kind: BoilerplateKind;
  /** Longest block (in words) the rule may flag: real paragraphs are long, page furniture is short. */
  maxWords: number;
  test: (text: string, context: NormalizedContext) => boolean;
}

interface NormalizedContext {
  prev: string;
  next: string;
}

const SOCIAL = '(?:facebook|twitter|x|instagram|whatsapp|telegram|linkedin|reddit|threads|bluesky|youtube|tiktok|google news|e-?mail)';

/** Label words that introduce a teaser for another article ("Read: ...", "Related: ..."). */
const TEASER_LABEL =
  /^(?:read|read more|read also|also read|see also|related|related articles?|related stories|related coverage|related news|more|more from|more on|more news|recommended|must read|don't miss|watch|listen|trending|popular|top stories|you may also like|you might also like|further reading|continue reading|read next|up next)\s*[:|»›→–—-]/i;

/** Whole-block labels for teaser boxes, share bars and "load more" buttons. */
const PROMO_LABEL =
  /^(?:read more|read the full (?:story|article)|continue reading|keep reading|related|related articles|related stories|more stories|more from us|see more|view more|load more|show more|read next|up next|recommended|recommended for you|you may also like|you might also like|most read|most popular|trending now|also read|see also|share|share this|share this (?:article|story|post|page)|share on social media|tweet|tweet this|email this|print|print this|print this article|copy link|follow us|comments?|leave a comment)$/i;

/** A question put to the reader, as polls ask it ("Do you think ...?", "Would you support ...?"). */
const READER_QUESTION =
  /^(?:do|would|should|will|are|have|did|could|can) you (?:think|agree|support|believe|approve|favou?r|oppose|trust|want|like|prefer|feel|expect)\b.*\?$/i;

/** The consent line under a poll widget. */
const POLL_CONSENT = /\bby (?:completing|taking|submitting|answering|participating in|voting in) (?:this|the|our) (?:poll|survey|quiz)\b/i;

/**
 * Rules in the order they are tried; the first that matches names the kind.
 * Each rule says why it is safe: it matches wording that page furniture uses
 * and article prose does not, and only in short blocks.
 */
const RULES: readonly Rule[] = [
  // Leftovers of markup: no letters or digits at all, or a lone file name or image URL tail (".jpg)").
  { kind: 'artifact', maxWords: 3, test: (t) => !/[\p{L}\p{N}]/u.test(t) },
  { kind: 'artifact', maxWords: 1, test: (t) => /^\S*\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:\?\S*)?[)\]]*$/i.test(t) },
  { kind: 'artifact', maxWords: 12, test: (t) => /^!\[[^\]]*\]\([^)]*\)$/.test(t) },

  // Polls: the consent line, a question put to the reader, and any question right above a consent line.
  { kind: 'poll', maxWords: 80, test: (t) => POLL_CONSENT.test(t) },
  { kind: 'poll', maxWords: 35, test: (t) => READER_QUESTION.test(t) },
  { kind: 'poll', maxWords: 35, test: (t, c) => t.endsWith('?') && POLL_CONSENT.test(c.next) },
  { kind: 'poll', maxWords: 12, test: (t) => /^(?:take (?:our|the) (?:poll|survey)|vote now|cast your vote|poll results?|poll:)/i.test(t) },

  // Ads: the "Advertisement" label and discount-code pitches.
  {
    kind: 'ad',
    maxWords: 8,
    test: (t) =>
      /^(?:advertisements?|advert|ads?|sponsored|sponsored (?:content|post|links?|stories)|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content)(?:$|\s*[-–—:|(])/i.test(t),
  },
  { kind: 'ad', maxWords: 12, test: (t) => /\b(?:story|article) continues below(?: this)? (?:advertisement|ad)\b/i.test(t) },
  { kind: 'ad', maxWords: 30, test: (t) => /\b(?:use|with|enter|apply)(?: the)?(?: promo| coupon| discount)? code:? [A-Z0-9]{3,}\b/i.test(t) },
  { kind: 'ad', maxWords: 12, test: (t) => /^(?:shop now|buy now|order now|shop the collection)\b/i.test(t) },

  // Newsletter pitches: a sign-up verb with a newsletter, or a line that opens with the pitch itself.
  {
    kind: 'newsletter',
    maxWords: 40,
    test: (t) =>
      /\b(?:sign up|sign-up|signup|subscribe|register)\b/i.test(t) && /\b(?:newsletters?|inbox|mailing list|briefing)\b/i.test(t),
  },
  {
    kind: 'newsletter',
    maxWords: 30,
    test: (t) =>
      /^(?:sign up|sign-up|subscribe|register|get|receive)\b/i.test(t) &&
      /\b(?:newsletters?|e-?mails?|updates|alerts|briefing|digest|inbox)\b/i.test(t),
  },
  { kind: 'newsletter', maxWords: 30, test: (t) => /^subscribe\b/i.test(t) },
  { kind: 'newsletter', maxWords: 10, test: (t) => /\bnewsletters?\b/i.test(t) || /^enter your e-?mail\b/i.test(t) },

  // Image credits and captions labelled as such.
  {
    kind: 'photo-credit',
    maxWords: 40,
    test: (t) =>
      /^(?:photos?|images?|pictures?|pic|photograph|photography|illustration|credits?|file photo|(?:photo|image|picture) (?:credit|source)s?|foto)\s*[:|]/i.test(t),
  },
  { kind: 'photo-credit', maxWords: 25, test: (t) => /^[([]?(?:photos?|images?|pictures?) (?:by|courtesy(?: of)?)\b/i.test(t) },
  {
    kind: 'photo-credit',
    maxWords: 15,
    test: (t) => /^[([].*\b(?:getty|images?|photos?|reuters|afp|ap|epa|shutterstock|alamy|anadolu|xinhua|wikimedia|file)\b.*[)\]]$/i.test(t),
  },
  { kind: 'photo-credit', maxWords: 15, test: (t) => /\b(?:getty images|shutterstock|alamy stock photo)[)\]]?\.?$/i.test(t) },

  // Promos: "click here", teasers for other articles, share and follow prompts.
  { kind: 'promo', maxWords: 30, test: (t) => /^click here\b/i.test(t) || /\bclick here to\b/i.test(t) },
  { kind: 'promo', maxWords: 40, test: (t) => TEASER_LABEL.test(t) },
  { kind: 'promo', maxWords: 6, test: (t) => PROMO_LABEL.test(t.replace(/[\s:.!»›→…>]+$/u, '')) },
  {
    kind: 'promo',
    maxWords: 15,
    test: (t) =>
      new RegExp(`^(?:share|follow|like|join|find)(?: us| this (?:article|story|post))? (?:on|via) ${SOCIAL}\\b`, 'i').test(t) ||
      /^follow (?:us|@\w+)\b/i.test(t) ||
      /^join (?:us|our) (?:on \w+|[\w ]{0,20}(?:channel|community|group))\b/i.test(t),
  },
];

/** Case, Unicode and whitespace differences that page furniture varies on but the rules should not see. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/**
 * Which kind of page furniture a block of text is (ad, poll, promo,
 * newsletter pitch, photo credit, markup leftover), or null for article text.
 */
export function classifyBoilerplate(blockText: string, context: BoilerplateContext = {}): BoilerplateKind | null {
  const text = normalize(blockText);
  if (text === '') return null;
  const words = wordCount(text);
  const ctx: NormalizedContext = { prev: normalize(context.prev ?? ''), next: normalize(context.next ?? '') };
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.test(text, ctx)) return rule.kind;
  }
  return null;
}

/**
 * Sets attrs.boilerplate on every paragraph and heading of a document (in
 * lists and quotes too) from its text and its neighbours' text. Returns a new
 * document; text and structure are untouched, so offsets never shift.
 */
export function markBoilerplate(doc: DocNode): DocNode {
  const texts: string[] = [];
  collectTextBlocks(doc, texts);
  let index = 0;
  const mark = (node: DocNode): DocNode => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const i = index++;
      const boilerplate = classifyBoilerplate(texts[i]!, { prev: texts[i - 1], next: texts[i + 1] });
      return { ...node, attrs: { ...node.attrs, boilerplate } };
    }
    return node.content ? { ...node, content: node.content.map(mark) } : node;
  };
  return mark(doc);
}

function collectTextBlocks(node: DocNode, out: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    out.push((node.content ?? []).map((child) => child.text ?? '').join(''));
    return;
  }
  for (const child of node.content ?? []) collectTextBlocks(child, out);
}
