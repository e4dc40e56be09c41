/**
 * An immutable string-keyed map (a hash array mapped trie). Plugin state must
 * be persistent, like the DecorationSet it sits beside: an old EditorState
 * keeps seeing its own index. Copying a native Map per change would be O(n);
 * here `set` and `delete` copy one path of at most seven 32-way nodes.
 */

const BITS = 5;
const MASK = (1 << BITS) - 1;

interface Leaf<V> {
  readonly hash: number;
  /** Usually one entry; more only when two keys share a 32-bit hash. */
  readonly entries: readonly (readonly [string, V])[];
}

interface Branch<V> {
  readonly bitmap: number;
  readonly children: readonly Trie<V>[];
}

type Trie<V> = Leaf<V> | Branch<V>;

function isLeaf<V>(node: Trie<V>): node is Leaf<V> {
  return 'entries' in node;
}

/** FNV-1a over UTF-16 code units: fast and spreads short ids well. */
function hashString(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function slot(bitmap: number, bit: number): number {
  return popcount(bitmap & (bit - 1));
}

/** A branch holding two leaves whose hashes differ, split at the first 5-bit chunk where they do. */
function joinLeaves<V>(a: Leaf<V>, b: Leaf<V>, shift: number): Branch<V> {
  const ca = (a.hash >>> shift) & MASK;
  const cb = (b.hash >>> shift) & MASK;
  if (ca === cb) return { bitmap: 1 << ca, children: [joinLeaves(a, b, shift + BITS)] };
  return { bitmap: (1 << ca) | (1 << cb), children: ca < cb ? [a, b] : [b, a] };
}

function setIn<V>(node: Trie<V> | undefined, shift: number, hash: number, key: string, value: V): Trie<V> {
  if (!node) return { hash, entries: [[key, value]] };
  if (isLeaf(node)) {
    if (node.hash !== hash) return joinLeaves(node, { hash, entries: [[key, value]] }, shift);
    const at = node.entries.findIndex(([k]) => k === key);
    const entries = node.entries.slice();
    if (at < 0) entries.push([key, value]);
    else entries[at] = [key, value];
    return { hash, entries };
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const index = slot(node.bitmap, bit);
  const children = node.children.slice();
  if (node.bitmap & bit) children[index] = setIn(children[index], shift + BITS, hash, key, value);
  else children.splice(index, 0, { hash, entries: [[key, value]] });
  return { bitmap: node.bitmap | bit, children };
}

/** The node without `key`: the same node when absent, undefined when it empties. */
function deleteIn<V>(node: Trie<V>, shift: number, hash: number, key: string): Trie<V> | undefined {
  if (isLeaf(node)) {
    if (node.hash !== hash) return node;
    const entries = node.entries.filter(([k]) => k !== key);
    if (entries.length === node.entries.length) return node;
    return entries.length ? { hash, entries } : undefined;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  if (!(node.bitmap & bit)) return node;
  const index = slot(node.bitmap, bit);
  const child = node.children[index]!;
  const next = deleteIn(child, shift + BITS, hash, key);
  if (next === child) return node;
  const children = node.children.slice();
  let bitmap = node.bitmap;
  if (next) children[index] = next;
  else {
    children.splice(index, 1);
    bitmap &= ~bit;
  }
  if (children.length === 0) return undefined;
  // A branch left with one leaf collapses into it, so deleting undoes inserting.
  if (children.length === 1 && isLeaf(children[0]!)) return children[0];
  return { bitmap, children };
}

function* entriesOf<V>(node: Trie<V> | undefined): Generator<readonly [string, V]> {
  if (!node) return;
  if (isLeaf(node)) yield* node.entries;
  else for (const child of node.children) yield* entriesOf(child);
}

/** An immutable map from string keys to values; every update returns a new map and leaves this one intact. */
export class PersistentMap<V> {
  private constructor(
    private readonly root: Trie<V> | undefined,
    /** Number of entries. */
    readonly size: number,
  ) {}

  /** The empty map. */
  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(undefined, 0);
  }

  /** A map holding the given entries; later duplicates win, as with `new Map(entries)`. */
  static from<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  /** The value stored under `key`. */
  get(key: string): V | undefined {
    return this.entry(key)?.[1];
  }

  /** Whether `key` has an entry (also when its value is undefined). */
  has(key: string): boolean {
    return this.entry(key) !== undefined;
  }

  /** A map with `key` set to `value`. */
  set(key: string, value: V): PersistentMap<V> {
    const grows = !this.has(key);
    return new PersistentMap(setIn(this.root, 0, hashString(key), key, value), this.size + (grows ? 1 : 0));
  }

  /** A map without `key`; this same map when `key` is absent. */
  delete(key: string): PersistentMap<V> {
    if (!this.root) return this;
    const root = deleteIn(this.root, 0, hashString(key), key);
    if (root === this.root) return this;
    return new PersistentMap(root, this.size - 1);
  }

  /** All keys, in hash order (stable for a given set of keys, not insertion order). */
  keys(): string[] {
    return Array.from(entriesOf(this.root), ([key]) => key);
  }

  /** All entries, in the same order as `keys()`. */
  entries(): IterableIterator<readonly [string, V]> {
    return entriesOf(this.root);
  }

  private entry(key: string): readonly [string, V] | undefined {
    const hash = hashString(key);
    let node = this.root;
    for (let shift = 0; node; shift += BITS) {
      if (isLeaf(node)) return node.hash === hash ? node.entries.find(([k]) => k === key) : undefined;
      const bit = 1 << ((hash >>> shift) & MASK);
      if (!(node.bitmap & bit)) return undefined;
      node = node.children[slot(node.bitmap, bit)];
    }
    return undefined;
  }
}
