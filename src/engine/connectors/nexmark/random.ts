// A small, fast pseudo-random generator for the nexmark generator. The nexmark project draws from
// an unseeded SplittableRandom; Weir reseeds this generator from each event's id, so an event's
// content depends only on its number (the same run twice, or a restored run, gives the same events).

const TWO_32 = 4294967296;

/** 32-bit integer mixing (the finalizer of MurmurHash3). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class Random {
  private s = 0;

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** Restarts the sequence from a non-negative integer below 2^53. */
  seed(n: number): void {
    this.s = mix(mix((n % TWO_32) | 0) ^ Math.floor(n / TWO_32) ^ 0x5bd1e995);
  }

  /** The next 32 random bits as an unsigned integer (mulberry32). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A signed 32-bit integer, as Java's nextInt(). */
  nextInt32(): number {
    return this.next() | 0;
  }

  /** An integer in [0, n), n ≥ 1. */
  int(n: number): number {
    return n <= TWO_32 ? Math.floor((this.next() / TWO_32) * n) : Math.floor(this.double() * n);
  }

  /** A double in [0, 1) with 53 random bits. */
  double(): number {
    return ((this.next() >>> 5) * 67108864 + (this.next() >>> 6)) / 9007199254740992;
  }
}
