/**
 * Freezes a plain JSON value in place, all the way down, and returns it.
 * The store hands out its state directly, so callers that try to change it
 * without going through an update fail loudly instead of skipping validation
 * and the save.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
