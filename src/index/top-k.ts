export interface Hit {
  doc: number;
  score: number;
}

/**
 * Keeps the k best (score desc, then doc asc) of a stream of scored docs in a binary min-heap over
 * parallel typed arrays: the root is the worst kept hit, so a new hit is compared with one entry and
 * costs O(log k) only when it gets in.
 */
export class TopK {
  readonly capacity: number;
  private readonly scores: Float64Array;
  private readonly docs: Uint32Array;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.scores = new Float64Array(this.capacity);
    this.docs = new Uint32Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** Score of the worst kept hit; a new hit must beat it to get in once the heap is full. */
  get minScore(): number {
    return this.count === 0 ? -Infinity : this.scores[0];
  }

  /** Adds the hit if it is among the k best so far; returns whether it was kept. */
  offer(doc: number, score: number): boolean {
    if (this.count < this.capacity) {
      this.siftUp(this.count++, doc, score);
      return true;
    }
    if (this.capacity === 0) return false;
    const rootScore = this.scores[0];
    if (score < rootScore || (score === rootScore && doc > this.docs[0])) return false;
    this.siftDown(doc, score);
    return true;
  }

  /**
   * The kept hits, best first: a binary insertion sort whose comparison the compiler inlines. Array.prototype.sort with a
   * comparator was about 1% of answer()'s CPU (profile of SQuAD 1x, two searches of 40 and 8 hits per question).
   */
  sorted(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.count; i++) {
      const hit = { doc: this.docs[i], score: this.scores[i] };
      let low = 0;
      let high = i;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (TopK.worse(hits[mid].score, hits[mid].doc, hit.score, hit.doc)) high = mid;
        else low = mid + 1;
      }
      hits.splice(low, 0, hit);
    }
    return hits;
  }

  /** True when hit (sa, da) ranks below hit (sb, db): lower score, or equal score and higher doc id. */
  private static worse(sa: number, da: number, sb: number, db: number): boolean {
    return sa < sb || (sa === sb && da > db);
  }

  private siftUp(i: number, doc: number, score: number): void {
    const { scores, docs } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(score, doc, scores[parent], docs[parent])) break;
      scores[i] = scores[parent];
      docs[i] = docs[parent];
      i = parent;
    }
    scores[i] = score;
    docs[i] = doc;
  }

  /** Replaces the root with (doc, score) and restores the heap order. */
  private siftDown(doc: number, score: number): void {
    const { scores, docs, count } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= count) break;
      const right = child + 1;
      if (right < count && TopK.worse(scores[right], docs[right], scores[child], docs[child])) child = right;
      if (!TopK.worse(scores[child], docs[child], score, doc)) break;
      scores[i] = scores[child];
      docs[i] = docs[child];
      i = child;
    }
    scores[i] = score;
    docs[i] = doc;
  }
}
