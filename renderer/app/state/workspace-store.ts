/**
 * A minimal observable store: one immutable state value, shallow-merged
 * updates, and subscribers. React reads it through useSyncExternalStore.
 */
export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  /** The current state; never mutate it, call set() instead. */
  readonly get = (): S => this.state;

  /** Merges a partial update (or one computed from the current state) and notifies subscribers. */
  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const patch = typeof update === 'function' ? update(this.state) : update;
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
