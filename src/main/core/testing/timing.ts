/** The fastest of five runs, in milliseconds: the least disturbed by the rest of a shared machine. */
export function timeOf(run: () => void): number {
  let best = Infinity
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    run()
    best = Math.min(best, performance.now() - started)
  }
  return best
}
