import type { WordOp } from '../../shared/compare/wording';

/**
 * A member's wording against the base member, as runs to render: words it
 * shares, words only it uses (ins), and base words it lacks (del).
 */
export interface DiffRun {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * Turns the word diff of a member against the base into display runs. A
 * space is put between a deletion and the insertion that follows it, which
 * the diff leaves glued ("approximately 200more than 100"). When the diff
 * does not spell out the member's own text (it should), the text is shown
 * unmarked instead of a wrong marking.
 */
export function diffRuns(ops: readonly WordOp[], memberText: string): DiffRun[] {
  const own = ops.filter((o) => o.op !== 'removed').map((o) => o.text).join('');
  if (own.replace(/\s+/g, ' ').trim() !== memberText.replace(/\s+/g, ' ').trim()) return [{ kind: 'same', text: memberText }];
  const runs: DiffRun[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const kind = op.op === 'added' ? 'ins' : op.op === 'removed' ? 'del' : 'same';
    const prev = runs[runs.length - 1];
    if (prev && prev.kind !== kind && (prev.kind === 'del' || kind === 'del') && !/\s$/.test(prev.text) && !/^\s/.test(op.text)) {
      runs.push({ kind: 'same', text: ' ' });
    }
    runs.push({ kind, text: op.text });
  }
  return runs;
}

/** How many words a member adds and drops against the base (for its column's summary line). */
export function diffCounts(runs: readonly DiffRun[]): { added: number; removed: number } {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const r of runs) {
    if (r.kind === 'ins') added += words(r.text);
    else if (r.kind === 'del') removed += words(r.text);
  }
  return { added, removed };
}

/** "2 words only here, 3 base words missing", or "Same words as the base". */
export function wordingNote({ added, removed }: { added: number; removed: number }): string {
  if (added + removed === 0) return 'Same words as the base';
  const parts: string[] = [];
  if (added) parts.push(`${added} word${added === 1 ? '' : 's'} only here`);
  if (removed) parts.push(`${removed} base word${removed === 1 ? '' : 's'} missing`);
  return parts.join(', ');
}
