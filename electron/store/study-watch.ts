import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, TAGSETS_DIR } from './study-files';

const DEBOUNCE_MS = 150;

/**
 * Watches a study folder (the folder itself for project.json, articles/ and
 * tagsets/) and calls `changed` once things settle after a burst of events.
 * Never keeps the process alive. Where a file system cannot be watched (some
 * network drives) nothing happens, and on-demand refreshes still see changes.
 * Returns the function that stops watching.
 */
export function watchStudy(dir: string, changed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(changed, DEBOUNCE_MS);
    timer.unref?.();
  };
  const watchers: FSWatcher[] = [];
  for (const sub of ['', ARTICLES_DIR, TAGSETS_DIR]) {
    try {
      const watcher = watch(path.join(dir, sub), later);
      watcher.on('error', () => undefined);
      watcher.unref();
      watchers.push(watcher);
    } catch {
      // Not watchable here: refresh on demand instead.
    }
  }
  return () => {
    for (const watcher of watchers.splice(0)) watcher.close();
    if (timer) clearTimeout(timer);
  };
}
