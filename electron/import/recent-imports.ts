/**
 * The last few conversions, keyed by what determines their result (format,
 * page address, content), so that a file checked before writing (the CLI
 * converts every file before it touches the study, then imports each) is
 * parsed once, not twice. Entries are bounded by count and by the content
 * they hold; results are handed out as copies, so no caller can change
 * another's.
 */
export class RecentImports<T> {
  private readonly entries = new Map<string, T>();
  private heldChars = 0;

  constructor(
    private readonly maxEntries = 16,
    private readonly maxChars = 16 * 1024 * 1024,
  ) {}

  /** The cached result for this key, or convert() run once and remembered. */
  get(parts: readonly string[], convert: () => T): T {
    const key = parts.join('\u0000');
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return structuredClone(hit);
    }
    const result = convert();
    if (key.length <= this.maxChars) {
      this.entries.set(key, structuredClone(result));
      this.heldChars += key.length;
      for (const [oldest] of this.entries) {
        if (this.entries.size <= this.maxEntries && this.heldChars <= this.maxChars) break;
        this.entries.delete(oldest);
        this.heldChars -= oldest.length;
      }
    }
    return result;
  }

  /** How many results are held. */
  get size(): number {
    return this.entries.size;
  }
}
