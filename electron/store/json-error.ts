/** Where a JSON text stops being valid: 0-based offset plus 1-based line and column. */
export interface JsonErrorPlace {
  position: number;
  line: number;
  column: number;
}

/**
 * Locates the syntax error JSON.parse reported for `text`. V8 gives
 * "at position N" for most errors but not for an unexpected token at the
 * start of a value, so those are found with a small scanner.
 */
export function locateJsonError(text: string, error: unknown): JsonErrorPlace {
  const message = error instanceof Error ? error.message : '';
  const match = /at position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : /Unexpected end of JSON input/.test(message) ? text.length : firstJsonError(text) ?? 0;
  return { position, ...lineAndColumn(text, position) };
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Offset of the first character that makes `text` invalid JSON, or null when it is valid. */
export function firstJsonError(text: string): number | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text[i] !== ch) return false;
      i++;
    }
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 34) {
        i++;
        return true;
      }
      if (ch < 32) return false;
      if (ch === 92) {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const value = (): boolean => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') return members('}', true);
    if (ch === '[') return members(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };
  const members = (close: string, keyed: boolean): boolean => {
    i++; // opening bracket
    skipSpace();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (keyed) {
        skipSpace();
        if (text[i] !== '"' || !string()) return false;
        skipSpace();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return true;
      } else return false;
    }
  };
  if (!value()) return i;
  skipSpace();
  return i < text.length ? i : null;
}
