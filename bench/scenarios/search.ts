import { SearchService } from '../../src/main/core/search/search-service'
import { measure, seededRandom } from '../lib/measure'
import type { ScenarioResult } from '../lib/report'
import { generateWorkspace } from '../lib/workspace'

/** Full-text search over a generated corpus, beside a plain scan of the same texts. */
export async function searchScenarios({ quick }: { quick: boolean }): Promise<ScenarioResult[]> {
  const sources = quick ? 40 : 2000
  const chars = quick ? 20_000 : 50_000
  const { store, texts } = await generateWorkspace(sources, chars)
  const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1024 / 1024
  const search = new SearchService(store)
  try {
    const t0 = performance.now()
    search.start()
    await new Promise<void>((resolve) => {
      const stop = search.onProgress((s) => {
        if (s.ready) {
          stop()
          resolve()
        }
      })
    })
    const buildMs = performance.now() - t0
    const random = seededRandom(42)
    const words = texts[0]!.split(/\W+/).filter((w) => w.length > 3)
    const pick = () => words[Math.floor(random() * words.length)] as string
    const runs = quick ? 10 : 200
    const results: ScenarioResult[] = []
    for (const terms of [1, 3]) {
      const queries = Array.from({ length: runs + 5 }, () => Array.from({ length: terms }, pick).join(' '))
      let q = 0
      const stats = await measure(() => search.search(queries[q++ % queries.length] as string, 50), runs, 5)
      // The floor: find the first term in every text by a plain case-insensitive scan.
      let f = 0
      const lowered = texts.map((t) => t.toLowerCase())
      const floor = await measure(() => {
        const needle = (queries[f++ % queries.length] as string).split(' ')[0] as string
        let hits = 0
        for (const t of lowered) if (t.includes(needle)) hits++
        return hits
      }, quick ? 5 : 20, 2)
      const target = terms === 1 ? 30 : 100
      results.push({
        id: `search-${terms}-term`,
        title: `search ${terms} term${terms > 1 ? 's' : ''} (${sources} sources, ${megabytes.toFixed(0)} MB)`,
        figure: `p95 ${stats.p95Ms.toFixed(1)} ms (median ${stats.medianMs.toFixed(1)})`,
        floor: `plain scan median ${floor.medianMs.toFixed(1)} ms`,
        ratio: stats.medianMs / floor.medianMs,
        target: `p95 <= ${target} ms`,
        met: quick ? null : stats.p95Ms <= target,
        notes: terms === 1 ? `index built in ${(buildMs / 1000).toFixed(1)} s through the worker` : undefined,
      })
    }
    return results
  } finally {
    await search.close()
  }
}
