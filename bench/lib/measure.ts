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

/** A timed run that leaves work going (an open read on past its first rows): `rest` is awaited untimed, before the next run. */
export interface Unfinished {
  rest: Promise<unknown>
}

const isUnfinished = (value: unknown): value is Unfinished => typeof value === 'object' && value !== null && 'rest' in value

/** Collects garbage now, when the process runs with gc exposed (`npm run bench` does). */
export const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.()

/**
 * Times `fn` and its floor `floor` in turns, each run of one right after a
 * run of the other and on a heap just collected, so both meet the same
 * heap, page cache and machine load: timed apart, a floor measured on a
 * quiet heap made a figure measured after a large open look five times
 * slower than it was.
 */
export async function measureAgainst(
  fn: () => Promise<Unfinished> | unknown,
  floor: () => unknown,
  runs: number,
  warmup = 1,
): Promise<{ figure: Stats; floor: Stats }> {
  const times = { figure: [] as number[], floor: [] as number[] }
  for (let i = 0; i < warmup + runs; i++) {
    for (const [key, run] of [['floor', floor], ['figure', fn]] as const) {
      collectGarbage()
      const t0 = performance.now()
      const out = await run()
      if (i >= warmup) times[key].push(performance.now() - t0)
      if (isUnfinished(out)) await out.rest
    }
  }
  return { figure: summarise(times.figure), floor: summarise(times.floor) }
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
