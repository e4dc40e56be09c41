/** A promise together with the functions that settle it. */
interface Waiters {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failed write is reported to whoever awaits it; don't also crash the process as "unhandled".
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Coalesces saves of one file. `write` must read the latest in-memory data
 * synchronously when it is called. Requests made while a write is in flight
 * share ONE further write, so a burst of N changes costs at most two writes,
 * and each caller's promise settles only with a write that started after its
 * change (so that write includes it).
 */
export class WriteQueue {
  readonly #write: () => Promise<void>;
  #inFlight: Promise<void> | null = null;
  #next: Waiters | null = null;
  /** Bumped by every request; a write covers every request made before it started. */
  #requested = 0;
  #written = 0;

  constructor(write: () => Promise<void>) {
    this.#write = write;
  }

  /** True while some requested change has not yet reached disk (pending, in flight or failed). */
  get dirty(): boolean {
    return this.#written < this.#requested;
  }

  /** Asks for a save of the current data; resolves once a write that includes it is on disk. */
  request(): Promise<void> {
    this.#requested++;
    if (this.#next) return this.#next.promise;
    const next = waiters();
    this.#next = next;
    // Start on a microtask so changes made in the same tick share this write.
    if (!this.#inFlight) queueMicrotask(() => this.#start());
    return next.promise;
  }

  /** Saves anything not yet on disk, retrying a failed write; rejects if that write fails. */
  async flush(): Promise<void> {
    while (this.dirty) {
      if (this.#next) await this.#next.promise;
      // The write in flight covers every request so far; if it fails, the loop retries once more.
      else if (this.#inFlight) await this.#inFlight.catch(() => undefined);
      else await this.request();
    }
  }

  #start(): void {
    const current = this.#next;
    if (!current || this.#inFlight) return;
    this.#next = null;
    const covers = this.#requested;
    let started: Promise<void>;
    try {
      started = this.#write();
    } catch (error) {
      started = Promise.reject(error);
    }
    this.#inFlight = started;
    started.then(
      () => {
        this.#written = Math.max(this.#written, covers);
        this.#finish();
        current.resolve();
      },
      (error: unknown) => {
        this.#finish();
        current.reject(error);
      },
    );
  }

  #finish(): void {
    this.#inFlight = null;
    if (this.#next) this.#start();
  }
}
