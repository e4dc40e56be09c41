/** Types of the store's options and of what it reports about other writers' files. */

export interface StoreOptions {
  /** This machine's name in lock files (default os.hostname()); tests pass one to act as another machine. */
  host?: string;
}

/** A study file another writer changed on disk, as noticed by refresh(). */
export interface StudyChange {
  version: number;
  file: string;
  kind: 'project' | 'article' | 'tagset';
  /** The tag set's annotator (tag sets only). */
  annotator?: string;
  removed?: boolean;
}

/** A file another writer left that does not read as a study file: it is skipped until it does. */
export interface FileTrouble {
  file: string;
  message: string;
}
