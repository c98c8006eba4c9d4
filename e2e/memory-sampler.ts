import type { Page } from '@playwright/test'

export interface MemoryPeaks {
  /** Resident memory of this process before the work: in the browser host it holds the core and its import worker thread. */
  baselineRssMb: number
  peakRssMb: number
  /** The page's JavaScript heap, where the window holds a file and its base64 copy while handing it over. */
  baselinePageHeapMb: number | null
  peakPageHeapMb: number | null
}

const MB = 1024 * 1024

/**
 * Samples this process's RSS and the page's JS heap (over CDP, where the
 * host offers it) while `work` runs, and reports the peaks: sampling, not
 * a final reading, because a spike that is freed again still costs the user.
 */
export async function measurePeaks(page: Page, work: () => Promise<void>): Promise<MemoryPeaks> {
  const cdp = await page.context().newCDPSession(page).catch(() => null)
  await cdp?.send('Performance.enable')
  const pageHeap = async (): Promise<number | null> => {
    if (!cdp) return null
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
    return used === undefined ? null : used / MB
  }
  const baselineRssMb = process.memoryUsage().rss / MB
  const baselinePageHeapMb = await pageHeap()
  let peakRssMb = baselineRssMb
  let peakPageHeapMb = baselinePageHeapMb
  let sampling = false
  const timer = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / MB)
    if (sampling) return
    sampling = true
    void pageHeap()
      .then((mb) => {
        if (mb !== null) peakPageHeapMb = Math.max(peakPageHeapMb ?? 0, mb)
      })
      .catch(() => undefined)
      .finally(() => (sampling = false))
  }, 20)
  try {
    await work()
  } finally {
    clearInterval(timer)
    await cdp?.detach().catch(() => undefined)
  }
  return { baselineRssMb, peakRssMb, baselinePageHeapMb, peakPageHeapMb }
}
