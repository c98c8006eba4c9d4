import { readFileSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { createSourceInput } from '../../../shared/api'
import { addClipping } from '../clippings'
import { createSourceFromText } from '../sources'
import { newWorkspace } from '../testing/fixtures'
import { spawnWorker } from '../workers/spawn-worker'
import type { WorkspaceStore } from '../workspace-store'
import { SearchService, type SearchStatus } from './search-service'

const seed = (name: string) => readFileSync(new URL(`../../../../../shared/corpus/seeds/${name}.txt`, import.meta.url), 'utf8')
const workerUrl = new URL('./search-worker.ts', import.meta.url)

async function addSource(store: WorkspaceStore, title: string, text: string) {
  return createSourceFromText(store, createSourceInput.parse({ title, text }))
}

/** A service whose worker the test can reach, to kill it. */
function serviceWithHandle(store: WorkspaceStore) {
  const workers: Worker[] = []
  const service = new SearchService(store, {
    spawn: () => {
      const worker = spawnWorker('search-worker', workerUrl)
      workers.push(worker)
      return worker
    },
  })
  return { service, workers }
}

function untilReady(service: SearchService): Promise<SearchStatus> {
  return new Promise((resolve) => {
    if (service.status().ready) return resolve(service.status())
    const stop = service.onProgress((status) => {
      if (status.ready) {
        stop()
        resolve(status)
      }
    })
  })
}

const services: SearchService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

describe('SearchService', () => {
  it('builds the index in a worker and answers with ranked, highlighted hits', async () => {
    const { store } = await newWorkspace()
    const source = await addSource(store, 'Why the world needs a cyber treaty', seed('000_16febc7ae85f2449'))
    await addSource(store, 'A treaty is unrealistic', seed('001_2b7deef630cd453d'))
    const text = await store.readText(source.id)
    const start = text.indexOf('critical infrastructure')
    const clipping = await addClipping(store, { sourceId: source.id, start, end: start + 23, note: 'key phrase' })
    const { service } = serviceWithHandle(store)
    services.push(service)
    service.start()
    const status = await untilReady(service)
    expect(status).toMatchObject({ indexed: 3, total: 3, ready: true, failed: [] })

    const response = await service.search('"critical infrastructure"')
    expect(response).toMatchObject({ query: '"critical infrastructure"', partial: false, relaxed: false })
    expect(response.hits.map((h) => h.id)).toContain(source.id)
    expect(response.hits.map((h) => h.id)).toContain(clipping.id)
    const hit = response.hits.find((h) => h.id === source.id)
    expect(text.slice(hit?.offset, (hit?.offset ?? 0) + 23).toLowerCase()).toBe('critical infrastructure')
    const [from, to] = hit?.snippet.highlights[0] ?? [0, 0]
    expect(hit?.snippet.text.slice(from, to).toLowerCase()).toBe('critical infrastructure')
  })

  it('takes changes after the build: new sources, clippings, removals', async () => {
    const { store } = await newWorkspace()
    const { service } = serviceWithHandle(store)
    services.push(service)
    service.start()
    await untilReady(service)
    const source = await addSource(store, 'Norms note', 'Voluntary norms of responsible state behaviour.')
    service.indexSource(source.id)
    const clipping = await addClipping(store, { sourceId: source.id, start: 0, end: 9, note: 'zebra marker' })
    service.indexClipping(clipping)
    expect((await service.search('zebra')).hits.map((h) => h.id)).toEqual([clipping.id])
    expect((await service.search('voluntary')).hits.map((h) => h.id).sort()).toEqual([clipping.id, source.id].sort())
    service.removeClipping(clipping.id)
    expect((await service.search('zebra')).hits).toEqual([])
    service.removeSource(source.id)
    expect((await service.search('norms')).hits).toEqual([])
  })

  it('answers during the build from what is indexed so far, flagged partial', async () => {
    const { store } = await newWorkspace()
    const texts = ['000_16febc7ae85f2449', '001_2b7deef630cd453d', '002_032de899ec04cf11', '003_b2538ffbb75673f8'].map(seed)
    // About 7 MB: far more than one indexing slice gets through.
    for (let i = 0; i < 120; i++) await addSource(store, `Copy ${i}`, `${texts.join('\n')}\n\ncopy number ${i}`)
    const { service } = serviceWithHandle(store)
    services.push(service)
    const seen: SearchStatus[] = []
    service.onProgress((s) => seen.push(s))
    const early = await service.search('treaty')
    expect(early.partial).toBe(true)
    expect(early.indexing?.total).toBe(120)
    expect(early.indexing?.done).toBeLessThan(120)
    await untilReady(service)
    const late = await service.search('treaty')
    expect(late).toMatchObject({ partial: false, indexing: null })
    expect(late.hits.length).toBeGreaterThanOrEqual(early.hits.length)
    expect(seen.some((s) => s.indexed > 0 && s.indexed < s.total)).toBe(true)
    expect(seen.at(-1)).toMatchObject({ indexed: 120, total: 120, ready: true })
  })

  it('fails pending searches when the worker dies, and restarts it on the next search', async () => {
    const { store } = await newWorkspace()
    const source = await addSource(store, 'Big', `${'filler words here '.repeat(400_000)} needle`)
    const { service, workers } = serviceWithHandle(store)
    services.push(service)
    // The worker is busy indexing the big text, so this search cannot be answered before the kill.
    const pending = service.search('needle')
    await workers[0]?.terminate()
    await expect(pending).rejects.toThrow(/search engine stopped/)
    expect(service.status().ready).toBe(false)
    const again = await service.search('needle')
    expect(workers).toHaveLength(2)
    await untilReady(service)
    expect((await service.search('needle')).hits.map((h) => h.id)).toEqual([source.id])
    expect(again.query).toBe('needle')
  })

  it('reports sources whose text cannot be read', async () => {
    const { store, dir } = await newWorkspace()
    const source = await addSource(store, 'Gone', 'text that will vanish')
    const { rm } = await import('node:fs/promises')
    await rm(`${dir}/sources/${source.id}/text.txt`)
    const { service } = serviceWithHandle(store)
    services.push(service)
    service.start()
    const status = await untilReady(service)
    expect(status.failed.map((f) => f.id)).toEqual([source.id])
  })
})
