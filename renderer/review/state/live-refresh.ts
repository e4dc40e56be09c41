import { tagSetChange, type TagSetChange } from '../../app';
import type { Annotation, Link } from '../../../shared/model';
import type { ReviewContext } from './review-context';

/** How often the workspace asks the service what other writers changed on disk. */
export const POLL_MS = 1000;

/** The change that turns the loaded list into the fresh one (upserts only what differs). */
export function diffAnnotations(loaded: readonly Annotation[], fresh: readonly Annotation[]): Pick<TagSetChange, 'upsert' | 'remove'> {
  const before = new Map(loaded.map((a) => [a.id, a]));
  const ids = new Set(fresh.map((a) => a.id));
  return {
    upsert: fresh.filter((a) => before.get(a.id)?.updatedAt !== a.updatedAt || JSON.stringify(before.get(a.id)) !== JSON.stringify(a)),
    remove: loaded.filter((a) => !ids.has(a.id)).map((a) => a.id),
  };
}

export function diffLinks(loaded: readonly Link[], fresh: readonly Link[]): Pick<TagSetChange, 'upsertLinks' | 'removeLinks'> {
  const before = new Map(loaded.map((l) => [l.id, JSON.stringify(l)]));
  const ids = new Set(fresh.map((l) => l.id));
  return {
    upsertLinks: fresh.filter((l) => before.get(l.id) !== JSON.stringify(l)),
    removeLinks: loaded.filter((l) => !ids.has(l.id)).map((l) => l.id),
  };
}

/**
 * Live refresh: polls studyChanges and, when another writer changed a tag
 * set (a teammate's file copied into tagsets/, a synced edit), reloads the
 * loaded articles' annotations and the links in place, with no page reload.
 */
export function createLiveRefresh(ctx: ReviewContext, reloadReview: () => Promise<void>) {
  const { ws, api, store } = ctx;
  let since: number | null = null;
  let busy = false;
  let troublesSeen = '';

  /** Reloads what the workspace shows from the service and applies the difference. */
  async function reloadFromDisk(): Promise<void> {
    const w = ws.store.get();
    const articleIds = Object.keys(w.annotations);
    const [lists, links] = await Promise.all([Promise.all(articleIds.map((articleId) => api.listAnnotations({ articleId }))), api.listLinks({})]);
    const loaded = ws.store.get();
    const before = articleIds.flatMap((id) => loaded.annotations[id] ?? []);
    const change = tagSetChange({ ...diffAnnotations(before, lists.flat()), ...diffLinks(loaded.links, links) });
    if (change.upsert.length || change.remove.length || change.upsertLinks.length || change.removeLinks.length) ws.apply(change);
    await ws.actions.refreshArticles();
    if (store.get().open) await reloadReview();
  }

  /** One poll: the first only learns the current version; later ones reload when something changed. */
  async function poll(): Promise<void> {
    if (busy || ws.store.get().phase !== 'ready') return;
    busy = true;
    try {
      const result = await api.studyChanges({ since: since ?? 0 });
      const first = since === null;
      since = result.version;
      // A teammate's file that does not read is skipped until fixed: say so once per new trouble.
      const troubles = result.troubles.map((t) => `${t.file}: ${t.message}`).join('; ');
      if (troubles && troubles !== troublesSeen) ctx.inform(`Skipped until fixed: ${troubles}`);
      troublesSeen = troubles;
      if (!first && result.changes.length > 0) await ws.serial(reloadFromDisk);
    } catch {
      // A failed poll is retried on the next tick; the study's own errors show when the analyst acts.
    } finally {
      busy = false;
    }
  }

  /** Starts polling; returns the stop. */
  function start(intervalMs = POLL_MS): () => void {
    const timer = setInterval(() => void poll(), intervalMs);
    return () => clearInterval(timer);
  }

  return { poll, start, reloadFromDisk };
}
