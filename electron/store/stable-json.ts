/**
 * JSON text with object keys sorted at every level, 2-space indent and a
 * trailing newline, so that re-saving an unchanged value gives the same bytes
 * and a one-field change is a one-line git diff.
 */
export function stableStringify(value: unknown): string {
  const text = JSON.stringify(sortKeys(value), null, 2);
  if (text === undefined) throw new TypeError('stableStringify: value has no JSON form');
  return `${text}\n`;
}

/** A copy of `value` whose plain objects list their keys in sorted order. */
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Honour toJSON (Date and friends) the way JSON.stringify would.
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return sortKeys((json as () => unknown).call(value));
  if (Array.isArray(value)) return value.map(sortKeys);
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) sorted[key] = sortKeys(source[key]);
  return sorted;
}
