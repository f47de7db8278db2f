/**
 * A WeakMap that keeps the entry read or written last at hand: the answering loop asks for one article's tables
 * candidate after candidate (most of a question's candidates share a few articles), and the WeakMap's hash lookup for
 * each was measurable (session 12, profile of SQuAD 1×: token flags, term ids and question sentences together about
 * 1% of answer()'s CPU). Holds its last key strongly until another is asked for.
 */
export class RecentWeakMap<K extends object, V> {
  #map = new WeakMap<K, V>();
  #lastKey: K | null = null;
  #lastValue: V | undefined;

  get(key: K): V | undefined {
    if (key === this.#lastKey) return this.#lastValue;
    const value = this.#map.get(key);
    if (value !== undefined) this.#remember(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.#map.set(key, value);
    this.#remember(key, value);
  }

  #remember(key: K, value: V): void {
    this.#lastKey = key;
    this.#lastValue = value;
  }
}
