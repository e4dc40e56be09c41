import type { LinkKind } from '../../shared/model';
import { clip } from '../app';

/**
 * Checks a link before it is sent, with the reasons worded so the analyst
 * knows what to do. The service checks again; this only saves a round trip
 * and keeps the button honest.
 */

/** The longest label the contract accepts. */
export const MAX_LABEL = 200;

/** What the form knows about one member. */
export interface DraftMember {
  id: string;
  articleId: string;
  annotator: string;
  quote: string;
}

export interface LinkDraft {
  members: readonly DraftMember[];
  label: string;
  kind: LinkKind;
  /** The annotator whose tag set gets the link. */
  me: string | null;
}

export interface DraftProblem {
  field: 'members' | 'label';
  message: string;
}

/** Every reason the draft cannot be saved yet; empty when it can. */
export function linkDraftProblems(draft: LinkDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.me) problems.push({ field: 'members', message: 'Set who is annotating first: links go into your own tag set' });
  const others = draft.members.filter((m) => draft.me && m.annotator !== draft.me);
  for (const m of others) {
    problems.push({ field: 'members', message: `“${clip(m.quote)}” is ${m.annotator}'s annotation: links join your own annotations only` });
  }
  if (draft.members.length < 2) {
    problems.push({ field: 'members', message: 'Pick at least two annotations: Ctrl+click them in the text or the panel, or press L on each' });
  } else if (new Set(draft.members.map((m) => m.articleId)).size < 2) {
    problems.push({ field: 'members', message: 'All picked annotations are in one article: pick a matching one in another article too' });
  }
  const label = draft.label.trim();
  if (label.length > MAX_LABEL) problems.push({ field: 'label', message: `Shorten the label to ${MAX_LABEL} characters or fewer (now ${label.length})` });
  if (draft.kind === 'custom' && label === '') problems.push({ field: 'label', message: 'A custom link needs a label that says what joins the spans' });
  return problems;
}

/**
 * Whether removing a member leaves a valid link (two members from two
 * articles); the dialog disables the remove button otherwise.
 */
export function canRemoveMember(members: readonly DraftMember[], id: string): boolean {
  const rest = members.filter((m) => m.id !== id);
  return rest.length >= 2 && new Set(rest.map((m) => m.articleId)).size >= 2;
}

/** The changes between a link and its edited draft, as updateLink input (undefined when nothing changed). */
export function linkChanges(
  before: { label: string; kind: LinkKind; note: string; members: readonly string[] },
  after: { label: string; kind: LinkKind; note: string; members: readonly string[] },
): { label?: string; kind?: LinkKind; note?: string; add?: string[]; remove?: string[] } | undefined {
  const changes: { label?: string; kind?: LinkKind; note?: string; add?: string[]; remove?: string[] } = {};
  const label = after.label.trim();
  if (label !== before.label && label !== '') changes.label = label;
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (after.note !== before.note) changes.note = after.note;
  const add = after.members.filter((id) => !before.members.includes(id));
  const remove = before.members.filter((id) => !after.members.includes(id));
  if (add.length) changes.add = add;
  if (remove.length) changes.remove = remove;
  return Object.keys(changes).length ? changes : undefined;
}
