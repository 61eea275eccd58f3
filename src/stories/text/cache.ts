/**
 * A bounded memo with two generations: lookups try the young map, then the old one (and promote); when the
 * young map is full it becomes the old one and the previous old is dropped. Words a stream keeps using stay;
 * a burst of one-off names is forgotten within two generations.
 */
export class TwoGenerationCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
