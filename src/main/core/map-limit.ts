/**
 * Maps with at most `limit` calls in flight, keeping the order of `items`.
 * When a call fails, no new call starts, and the failure is thrown only
 * once the calls in flight have settled: a caller that cleans up after a
 * failure (removes a half-made copy) must not race calls still writing.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  async function worker(): Promise<void> {
    while (next < items.length && !failure) {
      const index = next++
      try {
        results[index] = await fn(items[index] as T)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
  return results
}

/**
 * Like mapLimit, and hands each result to `inOrder` in the order of
 * `items`, as soon as it and every result before it are in: a caller can
 * use the first results while later ones are still being made.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  inOrder: (result: R, index: number) => void,
): Promise<R[]> {
  const done = new Array<boolean>(items.length).fill(false)
  const results = new Array<R>(items.length)
  let next = 0
  return mapLimit(
    items.map((item, index) => ({ item, index })),
    limit,
    async ({ item, index }) => {
      const result = await fn(item)
      results[index] = result
      done[index] = true
      for (; next < items.length && done[next]; next++) inOrder(results[next] as R, next)
      return result
    },
  )
}
