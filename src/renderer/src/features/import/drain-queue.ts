/**
 * Takes items from the front of `queue`, which may grow meanwhile, and runs
 * `step` on each with at most `limit` in flight, until the queue is empty
 * or `stopped()` says so. Resolves once the steps in flight are done.
 */
export async function drainQueue<T>(queue: T[], limit: number, stopped: () => boolean, step: (item: T) => Promise<void>): Promise<void> {
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined && !stopped(); item = queue.shift()) await step(item)
  }
  await Promise.all(Array.from({ length: limit }, lane))
}
