import type { BoilerplateKind, DocNode } from '../model';
import { classifyBoilerplate } from './boilerplate';
import { draftToDoc, type DraftBlock, type Run } from './draft';
import { looksLikeTitle } from './title-line';

/** A bullet at the start of a line: •, -, *, · (and their typographic cousins), then whitespace. */
const BULLET = /^[•\-*·◦▪‣]\s+/u;

/** Longest line of a file that is wrapped at a fixed width (72 or 80 columns, sometimes a little more). */
const MAX_WRAPPED_LINE = 100;

interface Unit {
  kind: 'line' | 'bullet';
  text: string;
}

interface PlainBlock {
  kind: 'paragraph' | 'heading' | 'bullet';
  runs: Run[];
  text: string;
  boilerplate: BoilerplateKind | null;
}

/**
 * Imports a plain-text article. Every line is a paragraph (blank lines are
 * just spacing), unless the file is hard-wrapped, where lines run on until a
 * blank line. Lines keep their characters except the trimming of their ends
 * and the `**` around bold text. Bulleted lines form lists; short title-like
 * lines (see looksLikeTitle) that introduce body text become headings;
 * boilerplate lines are flagged and never become headings.
 */
export function importPlainText(content: string): DocNode {
  const lines = content.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  const units = isHardWrapped(lines) ? joinWrapped(lines) : lines.filter((l) => l !== '').map(toUnit);
  const blocks: PlainBlock[] = units.map((unit) => {
    const runs = boldRuns(unit.text);
    const text = runs.map((run) => run.text).join('');
    return { kind: unit.kind === 'bullet' ? 'bullet' : 'paragraph', runs, text, boilerplate: null };
  });
  blocks.forEach((block, i) => {
    block.boilerplate = classifyBoilerplate(block.text, { prev: blocks[i - 1]?.text, next: blocks[i + 1]?.text });
  });
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && isHeading(block, nextContent(blocks, i))) block.kind = 'heading';
  });
  return draftToDoc(toDraft(blocks), { collapseWhitespace: false });
}

function toUnit(line: string): Unit {
  const bullet = BULLET.exec(line);
  return bullet ? { kind: 'bullet', text: line.slice(bullet[0].length) } : { kind: 'line', text: line };
}

/**
 * A file is hard-wrapped when no line is longer than a wrapping width and
 * sentences visibly run across lines: at least two long-ish lines are followed
 * directly by a line starting in lower case. One-paragraph-per-line files
 * (the seeds) have long lines and never qualify.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  let runOns = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_WRAPPED_LINE) return false;
    const next = lines[i + 1];
    if (line.length >= 40 && next && /^\p{Ll}/u.test(next) && !BULLET.test(next)) runOns++;
  }
  return runOns >= 2;
}

/** Lines of a hard-wrapped file joined into paragraphs (at blank lines) and bullet items (at bullets). */
function joinWrapped(lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (const line of lines) {
    if (line === '') {
      current = null;
      continue;
    }
    const unit = toUnit(line);
    if (current && unit.kind === 'line') {
      current.text += ` ${unit.text}`;
    } else {
      current = unit;
      units.push(current);
    }
  }
  return units;
}

/**
 * `**bold**` as bold runs with the markers removed. A marker without a
 * partner, or a pair around nothing, stays as typed.
 */
export function boldRuns(text: string): Run[] {
  const parts = text.split('**');
  if (parts.length < 3) return [{ text }];
  // An odd number of markers: the last one has no partner and stays in the text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts[parts.length - 2]}**${parts[parts.length - 1]}`];
  return paired.map((part, i) => {
    if (i % 2 === 0) return { text: part };
    return part.trim() === '' ? { text: `**${part}**` } : { text: part, bold: true };
  });
}

/** The next block that is not boilerplate: what a heading would introduce. */
function nextContent(blocks: readonly PlainBlock[], index: number): PlainBlock | undefined {
  for (let i = index + 1; i < blocks.length; i++) {
    if (!blocks[i]!.boilerplate) return blocks[i];
  }
  return undefined;
}

/**
 * A heading is a title-shaped line, not boilerplate, not bold as a whole
 * (a bold line is emphasis, as the seeds use it), that introduces body text:
 * the next real block is a list or prose, not another title-shaped line.
 */
function isHeading(block: PlainBlock, next: PlainBlock | undefined): boolean {
  if (block.boilerplate || !looksLikeTitle(block.text)) return false;
  if (block.runs.every((run) => run.bold || run.text.trim() === '')) return false;
  if (!next) return false;
  return next.kind === 'bullet' || !looksLikeTitle(next.text);
}

function toDraft(blocks: readonly PlainBlock[]): DraftBlock[] {
  const draft: DraftBlock[] = [];
  for (const block of blocks) {
    const paragraph: DraftBlock = { type: 'paragraph', runs: block.runs, boilerplate: block.boilerplate };
    if (block.kind === 'heading') {
      draft.push({ type: 'heading', level: 2, runs: block.runs, boilerplate: null });
    } else if (block.kind === 'paragraph') {
      draft.push(paragraph);
    } else {
      // Bullets separated only by blank lines still belong to one list.
      const last = draft[draft.length - 1];
      if (last?.type === 'bullet_list') last.items.push([paragraph]);
      else draft.push({ type: 'bullet_list', items: [[paragraph]] });
    }
  }
  return draft;
}
