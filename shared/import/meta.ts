/** What an import found out about an article besides its text; every field is optional. */
export interface ImportMeta {
  title?: string;
  /** The publication's name, e.g. from og:site_name. */
  outlet?: string;
  author?: string;
  /** As the page gives it: usually an ISO date. */
  publishedAt?: string;
  /** Canonical http(s) address of the article. */
  url?: string;
  /** BCP 47 language tag, e.g. "en" or "en-US". */
  language?: string;
}
