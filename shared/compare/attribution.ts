import { extractActors } from './actors';
import { ATTRIBUTION_CUES } from './data/attribution-cues';
import { sentenceIndexAt, splitSentences, type Sentence } from './sentences';

/**
 * Who a claim is attributed to. `classifySource` sorts a source phrase into
 * the codebook's source types; `citedSource` finds the source of a span: the
 * analyst's own attribution annotation when there is one nearby, else a cue
 * in the span's own sentence from the cue table (data/attribution-cues.ts:
 * "according to X", "X said", "X cited", "Sources attributed", "citing X").
 * Nothing in the previous sentence is credited, with one exception: a
 * pronoun subject of the sentence's own cue ("He added") names the speaker
 * of the previous sentence.
 *
 * `classifySourceDetail` reads a source phrase, first match wins:
 * 1. a person's name (alias table, compromise, or two capitalised words that
 *    are not nationality or institution words) -> named-person
 * 2. a media outlet or media word (report, newspaper, channel) -> media-report
 * 3. a document word (document, memo, letter, statement, draft) -> document
 * 4. an unnamed official or source (official, source, diplomat, aide) -> anonymous-official
 * 5. an unnamed group (analysts, observers, experts, critics, residents) -> unnamed-group
 * 6. a named organisation (ministry, service, Hamas, the IDF) -> named-organization
 * 7. otherwise -> unattributed
 * The codebook's coarser source type (`kind`) maps named-person and
 * named-organization to 'named' and unnamed-group to 'anonymous-official'
 * (the codebook's type for a source not named); `detail` keeps the difference.
 */

export const SOURCE_KINDS = ['named', 'anonymous-official', 'media-report', 'document', 'unattributed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_DETAILS = [
  'named-person', 'named-organization', 'anonymous-official', 'unnamed-group', 'media-report', 'document', 'unattributed',
] as const;
/** The finer reading of a source than the codebook's type. */
export type SourceDetail = (typeof SOURCE_DETAILS)[number];

/** Words for each reading, for messages and chips. */
export const SOURCE_DETAIL_NAMES: Record<SourceDetail, string> = {
  'named-person': 'named person',
  'named-organization': 'named organisation',
  'anonymous-official': 'anonymous official',
  'unnamed-group': 'unnamed group',
  'media-report': 'media report',
  document: 'document',
  unattributed: 'unattributed',
};

const KIND_OF_DETAIL: Record<SourceDetail, SourceKind> = {
  'named-person': 'named',
  'named-organization': 'named',
  'anonymous-official': 'anonymous-official',
  'unnamed-group': 'anonymous-official',
  'media-report': 'media-report',
  document: 'document',
  unattributed: 'unattributed',
};

/** The source a span is attributed to; `start`/`end` locate the source phrase in the article when found. */
export interface CitedSource {
  kind: SourceKind;
  detail?: SourceDetail;
  /** The cue word as written ("cited", "according to"), when a cue gave the source. */
  cue?: string;
  text?: string;
  start?: number;
  end?: number;
}

const MEDIA_WORDS = /\b(reports?|reported|newspapers?|media|outlets?|publications?|channels?|broadcasters?|radio|television|tv|daily|journal|magazine|news agency|press)\b/i;
const DOCUMENT_WORDS = /\b(documents?|memo|memorandum|letters?|drafts?|text of|statement|filings?|transcripts?|resolution|leaked|dossier|cable)\b/i;
const ANONYMOUS_WORDS = /\b(officials?|sources?|diplomats?|aides?|insiders?|officers?|familiar with|spokes(?:person|man|woman)|people close|person close|mediators?|negotiators?)\b/i;
/** Institutions named by their common noun: "the army said", "the government confirmed". */
const INSTITUTION_WORDS = /^(?:the\s+)?(?:army|military|police|government|cabinet|parliament|ministry|presidency|prosecution)$/i;
const GROUP_WORDS = /\b(analysts?|observers?|experts?|critics?|commentators?|residents?|witnesses|activists?|scholars?|researchers?|pundits?|watchers?)\b/i;
const ORGANISATION_WORDS = /\b(Ministry|Department|Service|Office|Agency|Council|Authority|Army|Forces|Movement|Committee|Commission|Organi[sz]ation|United Nations|UNRWA|Red Cross|Red Crescent|White House|Kremlin|Pentagon|IDF)\b/;
/** Capitalised words that do not make a person's name. */
const NOT_NAME_WORDS = new Set([
  'israeli', 'western', 'arab', 'palestinian', 'american', 'egyptian', 'turkish', 'qatari', 'european', 'us', 'white', 'house',
  'channel', 'prime', 'minister', 'state', 'information', 'service', 'ministry', 'health', 'gaza', 'senior', 'security',
  'the', 'a', 'an', 'two', 'three', 'several', 'new', 'york', 'times', 'according', 'united', 'states', 'nations', 'defense',
  'forces', 'army', 'hamas', 'israel', 'egypt', 'turkey', 'qatar', 'official', 'officials', 'source', 'sources', 'read',
]);
const NAME_PAIR = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;

function hasPersonName(text: string): boolean {
  const actors = extractActors(text);
  if (actors.some((a) => a.kind === 'person')) return true;
  for (const m of text.matchAll(NAME_PAIR)) {
    if (!NOT_NAME_WORDS.has(m[1]!.toLowerCase()) && !NOT_NAME_WORDS.has(m[2]!.toLowerCase())) {
      const inside = actors.some((a) => a.start <= m.index! && m.index! + m[0].length <= a.end);
      if (!inside) return true;
    }
  }
  return false;
}

/** Reads a source phrase ("two Western diplomats", "international analysts", "Witkoff") as a kind of source. */
export function classifySourceDetail(text: string): SourceDetail {
  const t = text.trim();
  if (!t) return 'unattributed';
  if (hasPersonName(t)) return 'named-person';
  const actors = extractActors(t);
  if (actors.some((a) => a.role === 'media') || MEDIA_WORDS.test(t)) return 'media-report';
  if (DOCUMENT_WORDS.test(t)) return 'document';
  if (ANONYMOUS_WORDS.test(t)) return 'anonymous-official';
  if (GROUP_WORDS.test(t)) return 'unnamed-group';
  if (ORGANISATION_WORDS.test(t) || INSTITUTION_WORDS.test(t) || actors.some((a) => a.kind === 'organization' || a.kind === 'group')) return 'named-organization';
  return 'unattributed';
}

/** Sorts a source phrase into the codebook's source types. */
export function classifySource(text: string): SourceKind {
  return KIND_OF_DETAIL[classifySourceDetail(text)];
}

/** Maps a codebook label ('named-source', 'Anonymous official', ...) to a source type, if it is one. */
export function sourceKindOfLabel(label: string | undefined): SourceKind | undefined {
  if (!label) return undefined;
  const l = label.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (l === 'named-source' || l === 'named') return 'named';
  return (SOURCE_KINDS as readonly string[]).includes(l) ? (l as SourceKind) : undefined;
}

interface Cue {
  text: string;
  start: number;
  end: number;
  /** The cue word as written. */
  word: string;
  rank: number;
  pronoun: boolean;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formsOf = (position: string) =>
  ATTRIBUTION_CUES.filter((c) => c.position === position).flatMap((c) => c.forms.map((f) => ({ form: f, rank: c.rank })));
const SUBJECT_CUES = formsOf('subject-before');
const SOURCE_AFTER_CUES = formsOf('source-after');
const VERB = new RegExp(`\\s(${SUBJECT_CUES.map((c) => escapeRe(c.form)).join('|')})\\b`, 'gi');
const SOURCE_AFTER = new RegExp(`\\b(${SOURCE_AFTER_CUES.map((c) => escapeRe(c.form)).join('|')})\\s+([^,.;:\u201C"]+)`, 'gi');
const CLAUSE_OPENERS = /^(?:however|meanwhile|but|and|also|still|yet|so|as|while|although|simultaneously|moreover)\b[\s,]*/i;
/** Pronoun subjects that name the previous sentence's speaker ("He added"). */
const PRONOUN = /^(?:he|she|they)$/i;
/** Auxiliaries and adverbs between a subject and its verb: "Hamas has stated", "officials now estimate". */
const TRAILING = /\s+(?:has|have|had|is|are|was|were|will|would|also|previously|now|reportedly|repeatedly|again|further|already|recently|later|publicly|privately|separately)$/i;

function trimPhrase(sentence: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  let e = to;
  const strip = /[\s,;:"'\u201C\u201D\u2018\u2019\u2014\u2013()\u2022*-]/;
  while (s < e && strip.test(sentence[s]!)) s++;
  while (e > s && strip.test(sentence[e - 1]!)) e--;
  const opener = CLAUSE_OPENERS.exec(sentence.slice(s, e));
  if (opener) s += opener[0].length;
  for (let m = TRAILING.exec(sentence.slice(s, e)); m; m = TRAILING.exec(sentence.slice(s, e))) e -= m[0].length;
  return e > s ? { start: s, end: e } : null;
}

/** The subject of a speech verb: the words back to the clause boundary, or, after an appositive, the name before it. */
function subjectBefore(sentence: string, verbAt: number): { start: number; end: number } | null {
  const before = sentence.slice(0, verbAt);
  if (/,\s*$/.test(before)) {
    // "Diaa Rashwan, head of Egypt's State Information Service, stated"
    const inner = before.replace(/,\s*$/, '');
    const appositiveStart = inner.lastIndexOf(',');
    if (appositiveStart < 0) return null;
    const nameStart = Math.max(inner.lastIndexOf(',', appositiveStart - 1), inner.lastIndexOf('\u2014', appositiveStart - 1)) + 1;
    return trimPhrase(sentence, nameStart, inner.length);
  }
  let boundary = 0;
  for (const m of before.matchAll(/[,;:\u2014\u201C"]|\b(?:that|as|while|but|because|after|since|when|who|which|despite|with|for)\s/g)) {
    boundary = m.index! + m[0].length;
  }
  const phrase = trimPhrase(sentence, boundary, before.length);
  if (!phrase) return null;
  const text = sentence.slice(phrase.start, phrase.end);
  if (text.split(/\s+/).length > 12 || /['\u2019]s$/.test(text)) return null; // "Hamas's stated commitment" is no speaker
  return phrase;
}

function cuesIn(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const add = (range: { start: number; end: number } | null, rank: number, word: string) => {
    if (!range) return;
    const text = sentence.slice(range.start, range.end);
    cues.push({ text, ...range, word: word.toLowerCase(), rank, pronoun: PRONOUN.test(text) });
  };
  for (const m of sentence.matchAll(SOURCE_AFTER)) {
    const word = m[1]!;
    const rank = SOURCE_AFTER_CUES.find((c) => c.form === word.toLowerCase())?.rank ?? 2;
    const from = m.index! + m[0].length - m[2]!.length;
    let to = m.index! + m[0].length;
    // "according to the Prime Minister's spokesperson, Shos Bedrosian, ..."
    const appositive = /^,\s*([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),/.exec(sentence.slice(to));
    if (appositive) to += appositive[0].length - 1;
    add(trimPhrase(sentence, from, to), rank, word);
  }
  VERB.lastIndex = 0;
  for (const m of sentence.matchAll(VERB)) add(subjectBefore(sentence, m.index!), 1, m[1]!);
  for (const m of sentence.matchAll(/\b(told)\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)/g)) {
    const from = m.index! + m[0].length - m[2]!.length;
    add(trimPhrase(sentence, from, m.index! + m[0].length), 3, m[1]!);
  }
  return cues;
}

/**
 * The best cue of a sentence for a span at `at` (sentence-relative): a named
 * cue before a pronoun; then best rank; then nearest before the span, then first after.
 */
function pickCue(cues: Cue[], at: number): Cue | undefined {
  const named = cues.filter((c) => !c.pronoun && classifySource(c.text) !== 'unattributed');
  const pool = named.length ? named : cues.filter((c) => c.pronoun);
  return pool.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    const da = a.start <= at ? at - a.start : 1e9 + a.start;
    const db = b.start <= at ? at - b.start : 1e9 + b.start;
    return da - db;
  })[0];
}

function fromCue(sentence: Sentence, cue: Cue, word = cue.word): CitedSource {
  const detail = classifySourceDetail(cue.text);
  return { kind: KIND_OF_DETAIL[detail], detail, cue: word, text: cue.text, start: sentence.start + cue.start, end: sentence.start + cue.end };
}

const UNATTRIBUTED: CitedSource = { kind: 'unattributed', detail: 'unattributed' };

/**
 * The source of `span` in `articleText`: the attribution annotation covering
 * it, else the nearest one before it in the same sentence; else a cue in the
 * span's sentence (a pronoun subject, "He added", names the previous
 * sentence's speaker); else unattributed.
 */
export function citedSource(
  articleText: string,
  span: { start: number; end: number },
  attributionSpans: readonly { start: number; end: number; label?: string }[],
): CitedSource {
  const sentences = splitSentences(articleText);
  const si = Math.max(0, sentenceIndexAt(sentences, span.start));
  const sentence = sentences[si];
  const sentenceStart = sentence?.start ?? 0;
  const covering = attributionSpans.find((a) => a.start < span.end && span.start < a.end && !(a.start === span.start && a.end === span.end));
  const before = attributionSpans
    .filter((a) => a.end <= span.start && a.start >= sentenceStart)
    .sort((a, b) => b.end - a.end)[0];
  const chosen = covering ?? before;
  if (chosen) {
    const text = articleText.slice(chosen.start, chosen.end);
    const detail = classifySourceDetail(text);
    const kind = sourceKindOfLabel(chosen.label) ?? KIND_OF_DETAIL[detail];
    // The analyst's label wins; the finer reading is kept only when it agrees with it.
    return { kind, ...(KIND_OF_DETAIL[detail] === kind ? { detail } : {}), text, start: chosen.start, end: chosen.end };
  }
  if (!sentence) return { ...UNATTRIBUTED };
  const cue = pickCue(cuesIn(sentence.text), span.start - sentence.start);
  if (cue && !cue.pronoun) return fromCue(sentence, cue);
  if (cue?.pronoun && si > 0) {
    const prev = sentences[si - 1]!;
    const prevCue = pickCue(cuesIn(prev.text), prev.text.length);
    if (prevCue && !prevCue.pronoun) return fromCue(prev, prevCue, cue.word);
  }
  return { ...UNATTRIBUTED };
}
