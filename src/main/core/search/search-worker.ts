import { readFileSync } from 'node:fs'
import { parentPort, type MessagePort } from 'node:worker_threads'
import type { FromWorker, IndexFailure, ToWorker, WorkerDoc } from './protocol'
import { SearchIndex } from './search-index'

/** Indexing yields this often so that searches are answered during a build. */
const SLICE_MS = 30
/** Up to this many queued changes (edits, not a build) are all applied before a search is answered. */
const FEW_CHANGES = 64
/** Source texts kept decoded for snippets (UTF-16 units); beyond it, a hit's text is read again from its file. */
const TEXT_CACHE_UNITS = 16 * 1024 * 1024

type Change = { type: 'add'; doc: WorkerDoc } | Exclude<ToWorker, { type: 'add' } | { type: 'search' }>

if (!parentPort) throw new Error('search-worker must run in a worker thread')
const port: MessagePort = parentPort

const paths = new Map<string, string>()
const clippingTexts = new Map<string, string>()
const cache = new Map<string, string>()
let cached = 0
const index = new SearchIndex({ getText: (id) => clippingTexts.get(id) ?? sourceText(id) })
const queue: Change[] = []
let head = 0
let indexed = 0
let failed: IndexFailure[] = []
let scheduled = false

function post(message: FromWorker): void {
  port.postMessage(message)
}

function remember(id: string, text: string): void {
  uncache(id)
  cache.set(id, text)
  cached += text.length
  for (const [old, t] of cache) {
    if (cached <= TEXT_CACHE_UNITS || old === id) break
    cache.delete(old)
    cached -= t.length
  }
}

function uncache(id: string): void {
  const text = cache.get(id)
  if (text !== undefined) cached -= text.length
  cache.delete(id)
}

function forget(id: string): void {
  uncache(id)
  paths.delete(id)
  clippingTexts.delete(id)
}

function sourceText(id: string): string | undefined {
  const hit = cache.get(id)
  if (hit !== undefined) {
    remember(id, hit)
    return hit
  }
  const path = paths.get(id)
  if (path === undefined) return undefined
  try {
    const text = readFileSync(path, 'utf8')
    remember(id, text)
    return text
  } catch {
    // The file went away after indexing: the hit keeps its place, without a snippet.
    return undefined
  }
}

function apply(change: Change): void {
  if (change.type === 'remove') {
    for (const id of change.ids) {
      index.remove(id)
      forget(id)
    }
  } else if (change.type === 'remove-source') {
    for (const id of index.removeSource(change.sourceId)) forget(id)
  } else {
    indexed++
    const { doc } = change
    try {
      const text = doc.kind === 'source' ? readFileSync(doc.path, 'utf8') : doc.text
      index.add({ id: doc.id, kind: doc.kind, sourceId: doc.sourceId, title: doc.title, text })
      if (doc.kind === 'source') {
        paths.set(doc.id, doc.path)
        remember(doc.id, text)
      } else {
        clippingTexts.set(doc.id, text)
      }
    } catch (err) {
      failed.push({ id: doc.id, reason: err instanceof Error ? err.message : String(err) })
    }
  }
}

/** Applies queued changes for up to `ms`, reports progress, and returns whether the queue is empty. */
function drain(ms: number): boolean {
  const until = performance.now() + ms
  let applied = 0
  for (; head < queue.length && performance.now() < until; applied++) apply(queue[head++] as Change)
  const done = head === queue.length
  if (done) {
    queue.length = 0
    head = 0
    if (applied > 0) index.maintain()
  }
  if (applied > 0) {
    post({ type: 'progress', indexed, failed })
    failed = []
  }
  return done
}

function pump(): void {
  scheduled = false
  if (!drain(SLICE_MS)) schedule()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  // setImmediate, not a loop: messages (searches) are handled between slices.
  setImmediate(pump)
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'search') {
    const { requestId, query, limit } = message
    // A search sees the edits sent before it; during a build it answers from what a slice more can index.
    const complete = drain(queue.length - head <= FEW_CHANGES ? Infinity : SLICE_MS)
    try {
      post({ type: 'result', requestId, result: index.search(query, { limit }), partial: !complete })
    } catch (err) {
      post({ type: 'search-failed', requestId, message: err instanceof Error ? err.message : String(err) })
    }
    return
  }
  if (message.type === 'add') for (const doc of message.docs) queue.push({ type: 'add', doc })
  else queue.push(message)
  schedule()
})
