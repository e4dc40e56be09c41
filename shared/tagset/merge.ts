import type { TagSet } from '../model';

/**
 * Bringing in a teammate's tag set when one of the same annotator is already
 * here. With no shared history, versions are ordered by their items: one
 * version is an ancestor of another when each of its annotations and links is
 * in the other unchanged, changed later (a later updatedAt), or gone from a
 * version made after it (deleted). Neither an ancestor of the other means
 * both changed since their common state: a conflict. The same item edited on
 * both sides counts as edited later by the side with the later updatedAt.
 */
export type MergeVerdict = 'unchanged' | 'incoming-newer' | 'existing-newer' | 'conflict';

interface Item {
  text: string;
  at: string;
}

/** When a tag set last changed: its own stamp, else its latest item. */
export function tagSetTime(tagSet: TagSet): string {
  if (tagSet.updatedAt) return tagSet.updatedAt;
  let latest = '';
  for (const item of [...tagSet.annotations, ...tagSet.links]) if (item.updatedAt > latest) latest = item.updatedAt;
  return latest;
}

function itemsOf(tagSet: TagSet): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const item of [...tagSet.annotations, ...tagSet.links]) out.set(item.id, { text: JSON.stringify(item, Object.keys(item).sort()), at: item.updatedAt });
  return out;
}

/** Whether `older` is an ancestor of `newer` (see above); `newerTime` is when `newer` last changed. */
function isAncestor(older: Map<string, Item>, newer: Map<string, Item>, newerTime: string): boolean {
  for (const [id, item] of older) {
    const later = newer.get(id);
    if (later ? later.text !== item.text && later.at <= item.at : item.at > newerTime) return false;
  }
  return true;
}

/** Which of two versions of one annotator's tag set to keep. */
export function mergeVerdict(existing: TagSet, incoming: TagSet): MergeVerdict {
  const mine = itemsOf(existing);
  const theirs = itemsOf(incoming);
  const identical = mine.size === theirs.size && [...mine].every(([id, item]) => theirs.get(id)?.text === item.text);
  if (identical && (existing.kind ?? 'annotator') === (incoming.kind ?? 'annotator')) return 'unchanged';
  const [tE, tI] = [tagSetTime(existing), tagSetTime(incoming)];
  if (tE === tI) return 'conflict';
  if (isAncestor(mine, theirs, tI)) return 'incoming-newer';
  if (isAncestor(theirs, mine, tE)) return 'existing-newer';
  return 'conflict';
}
