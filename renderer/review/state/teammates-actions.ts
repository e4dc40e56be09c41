import type { ReviewContext } from './review-context';

/** Splits what the analyst typed or pasted into paths: one a line, blank lines ignored. */
export function parsePaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

/** "Bring in teammates' work": tag set files or study folders, checked by the service before anything is written. */
export function createTeammatesActions(ctx: ReviewContext, reloadFromDisk: () => Promise<void>) {
  const { store, api } = ctx;

  function openTeammates(): void {
    store.set({ teammates: { paths: '', running: false, results: null, error: null } });
  }

  function closeTeammates(): void {
    store.set((s) => (s.teammates?.running ? {} : { teammates: null }));
  }

  function setPaths(paths: string): void {
    store.set((s) => (s.teammates ? { teammates: { ...s.teammates, paths, error: null } } : {}));
  }

  /** Sends the paths; shows the result per file, or the one error that stopped all of them. */
  async function importTeammates(): Promise<void> {
    const dialog = store.get().teammates;
    if (!dialog || dialog.running) return;
    const paths = parsePaths(dialog.paths);
    if (paths.length === 0) {
      store.set({ teammates: { ...dialog, error: 'Give the path of a tag set file (tagsets/<name>.json) or of a teammate’s study folder, one a line' } });
      return;
    }
    store.set({ teammates: { ...dialog, running: true, error: null, results: null } });
    try {
      const { results } = await api.importTeammates({ paths });
      store.set((s) => ({ teammates: s.teammates && { ...s.teammates, running: false, results } }));
      await ctx.ws.serial(reloadFromDisk);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      store.set((s) => ({ teammates: s.teammates && { ...s.teammates, running: false, error: `Nothing was brought in: ${message}` } }));
    }
  }

  return { openTeammates, closeTeammates, setPaths, importTeammates };
}
