/**
 * A small seeded generator (xorshift32 over a mixed seed), so that a stress
 * run is a function of its seed: the same seed plans the same edits and the
 * same kill moments. Not for anything but tests.
 */
export class SeededRandom {
  private state: number

  constructor(seed: number) {
    // Mix the seed so that nearby seeds (1, 2, 3) start far apart; xorshift
    // never leaves zero, so zero is replaced by a fixed odd constant.
    let s = Math.imul((seed | 0) ^ 0x5bd1e995, 0x27d4eb2d)
    s ^= s >>> 15
    this.state = s >>> 0 || 0x9e3779b9
  }

  /** The next 32-bit unsigned integer. */
  u32(): number {
    let x = this.state
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.state = x >>> 0
    return this.state
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 0x1_0000_0000
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[this.int(0, items.length - 1)] as T
  }

  /** Up to `max` distinct items of a list, in list order. */
  some<T>(items: readonly T[], max: number): T[] {
    const wanted = Math.min(items.length, this.int(0, max))
    const chosen = new Set<number>()
    while (chosen.size < wanted) chosen.add(this.int(0, items.length - 1))
    return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T)
  }

  /** A weighted choice: `[weight, value]` pairs, weights need not sum to 1. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((n, [w]) => n + w, 0)
    let at = this.next() * total
    for (const [w, value] of choices) {
      at -= w
      if (at < 0) return value
    }
    return (choices.at(-1) as readonly [number, T])[1]
  }
}
