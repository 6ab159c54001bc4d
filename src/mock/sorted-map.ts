/**
 * A `Map` with string keys that also keeps its keys in plain code-unit order, so a page of the
 * entries after a given key costs O(log n + page) instead of a pass over the whole map.
 * Construct it empty; `set` and `delete` keep the order.
 */
export class SortedMap<V> extends Map<string, V> {
  private readonly order: string[] = [];

  /** Adds or replaces an entry; a new key is placed in order. */
  override set(key: string, value: V): this {
    // `Map`'s constructor calls `set` before this class's fields exist; it is only ever built empty.
    if (this.order !== undefined && !super.has(key)) this.order.splice(this.firstIndexAfter(key, true), 0, key);
    return super.set(key, value);
  }

  /** Removes an entry and its place in the order. */
  override delete(key: string): boolean {
    if (!super.delete(key)) return false;
    this.order.splice(this.firstIndexAfter(key, true), 1);
    return true;
  }

  /** Removes every entry. */
  override clear(): void {
    super.clear();
    this.order.length = 0;
  }

  /** The values whose keys come after `after` (all of them when `undefined`), in key order. */
  *valuesAfter(after: string | undefined): Generator<V> {
    for (let i = after === undefined ? 0 : this.firstIndexAfter(after, false); i < this.order.length; i += 1) {
      const value = super.get(this.order[i] as string);
      if (value !== undefined) yield value;
    }
  }

  /** Index of the first key `>= key` (`inclusive`) or `> key` in the order. */
  private firstIndexAfter(key: string, inclusive: boolean): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const probe = this.order[middle] as string;
      if (probe < key || (!inclusive && probe === key)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
