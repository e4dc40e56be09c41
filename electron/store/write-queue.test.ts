import { describe, expect, it } from 'vitest';
import { WriteQueue } from './write-queue';

/** A fake file: `value` is the in-memory data, `disk` what each write saved. Writes wait for `release()`. */
function fakeFile(options: { hold?: boolean; fail?: (n: number) => boolean } = {}) {
  const state = { value: 0, disk: [] as number[], started: 0 };
  const gates: (() => void)[] = [];
  const queue = new WriteQueue(async () => {
    const snapshot = state.value; // read synchronously, as the contract requires
    const n = ++state.started;
    if (options.hold) await new Promise<void>((resolve) => gates.push(resolve));
    else await new Promise((resolve) => setTimeout(resolve, 1));
    if (options.fail?.(n)) throw new Error(`write ${n} failed`);
    state.disk.push(snapshot);
  });
  const release = () => gates.shift()?.();
  return { state, queue, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WriteQueue', () => {
  it('coalesces 20 rapid updates into far fewer writes whose last one holds all 20', async () => {
    const { state, queue } = fakeFile();
    const done: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      state.value = i;
      done.push(queue.request());
      if (i % 5 === 0) await tick(); // let a write get in flight between bursts
    }
    await Promise.all(done);
    expect(state.started).toBeLessThanOrEqual(5);
    expect(state.disk.at(-1)).toBe(20);
    expect(queue.dirty).toBe(false);
  });

  it('shares one write between all changes made in the same tick', async () => {
    const { state, queue } = fakeFile();
    const done = Array.from({ length: 10 }, (_, i) => {
      state.value = i + 1;
      return queue.request();
    });
    await Promise.all(done);
    expect(state.disk).toEqual([10]);
  });

  it('resolves a change made during a write only after a later write that includes it', async () => {
    const { state, queue, release } = fakeFile({ hold: true });
    state.value = 1;
    const first = queue.request();
    await tick(); // write 1 is now in flight with value 1
    state.value = 2;
    let secondDone = false;
    const second = queue.request().then(() => {
      secondDone = true;
    });
    release();
    await first;
    expect(state.disk).toEqual([1]);
    await tick();
    expect(secondDone).toBe(false);
    release();
    await second;
    expect(state.disk).toEqual([1, 2]);
  });

  it('rejects the waiters of a failed write, stays dirty, and lets flush retry', async () => {
    const { state, queue } = fakeFile({ fail: (n) => n === 1 });
    state.value = 7;
    const a = queue.request();
    const b = queue.request();
    await expect(a).rejects.toThrow('write 1 failed');
    await expect(b).rejects.toThrow('write 1 failed');
    expect(queue.dirty).toBe(true);
    await queue.flush();
    expect(state.disk).toEqual([7]);
    expect(queue.dirty).toBe(false);
  });

  it('turns a write that throws synchronously into a rejection', async () => {
    const queue = new WriteQueue(() => {
      throw new Error('no disk');
    });
    await expect(queue.request()).rejects.toThrow('no disk');
    await expect(queue.flush()).rejects.toThrow('no disk');
  });

  it('flush waits for a write in flight and adds no write when nothing changed', async () => {
    const { state, queue, release } = fakeFile({ hold: true });
    await queue.flush();
    expect(state.started).toBe(0);
    state.value = 3;
    void queue.request();
    await tick();
    const flushed = queue.flush();
    release();
    await flushed;
    expect(state.disk).toEqual([3]);
    expect(state.started).toBe(1);
  });
});
