import { performance } from 'node:perf_hooks'

export interface Stats {
  runs: number
  medianMs: number
  p95Ms: number
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns median and p95. */
export async function measure(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  return summarise(times)
}

export function summarise(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95) }
}

/** A deterministic pseudo-random generator (mulberry32), so generated corpora repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
