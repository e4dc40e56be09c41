import type { CompareContext } from './action-context';

/** Waits this long after a tag-set change before asking again, so a burst of edits costs one call. */
export const SUMMARY_SETTLE_MS = 300;

/**
 * The conflict summary of every link, for the badges in the links list and
 * the sidebar: fetched when a tag set is opened and again after changes
 * (the service caches each link's summary by version, so this is cheap).
 */
export function createSummaryActions(ctx: CompareContext) {
  const { ws, api, store } = ctx;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Fetches the summaries of the current annotator's links; an answer for another annotator is dropped. */
  async function loadSummaries(): Promise<void> {
    const me = ws.store.get().study?.annotator;
    if (!me) return;
    store.set((s) => ({ summaries: { key: me, status: 'loading', value: s.summaries?.key === me ? s.summaries.value : null, error: null } }));
    try {
      const value = await api.linkConflictSummaries({ annotator: me });
      store.set((s) => (s.summaries?.key === me ? { summaries: { key: me, status: 'ready', value, error: null } } : {}));
    } catch (error) {
      // The badges are a convenience: the comparison view still says everything; keep what was shown.
      store.set((s) => (s.summaries?.key === me ? { summaries: { ...s.summaries, status: 'failed', error: error instanceof Error ? error.message : String(error) } } : {}));
    }
  }

  /** Asks again once changes settle. */
  function refreshSummariesSoon(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void loadSummaries();
    }, SUMMARY_SETTLE_MS);
  }

  function stopSummaries(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  return { loadSummaries, refreshSummariesSoon, stopSummaries };
}
