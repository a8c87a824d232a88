/**
 * Small seeded PRNG (mulberry32): deterministic, fast, and good enough for search decisions.
 * Returned as a class so the state lives in one number field (no allocation per draw).
 */
export class Rng {
  private state: number;

  /** Seeds the generator; any number works (it is folded to 32 bits). */
  constructor(seed: number) {
    this.state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }
}
