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

/**
 * How many times longer `run` takes on an input sixteen times the size:
 * about 16 when its time is linear, 256 when quadratic. The small input
 * (`make(n)`, from n = `start`) is grown until it takes a few milliseconds,
 * so that a pause of the machine weighs little in either time, and a time
 * under a millisecond does not make the ratio the large input's time in ms.
 */
export function growthRatio<I>(make: (n: number) => I, run: (input: I) => void, start: number): number {
  let n = start
  let small = make(n)
  while (timeOf(() => run(small)) < 4) small = make((n *= 2))
  const large = make(16 * n)
  return timeOf(() => run(large)) / timeOf(() => run(small))
}
