import type { Worker } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { Clipping } from '../../../shared/model'
import { spawnWorker } from '../workers/spawn-worker'
import { layout } from '../workspace-layout'
import type { WorkspaceStore } from '../workspace-store'
import type { FromWorker, IndexFailure, ToWorker, WorkerDoc } from './protocol'
import type { SearchResponse } from './types'

/** How far the index build has got. `ready` once every document sent has been indexed. */
export interface SearchStatus {
  indexed: number
  total: number
  ready: boolean
  /** Documents that could not be indexed (unreadable text files). */
  failed: IndexFailure[]
}

/** Options for tests: how to start the worker. */
export interface SearchServiceOptions {
  spawn?: () => Worker
}

interface Pending {
  query: string
  started: number
  resolve: (response: SearchResponse) => void
  reject: (err: Error) => void
}

/** A runaway index fails its worker, which is restarted, rather than the app. */
const WORKER_HEAP_MB = 1024

/** The search document of a clipping: its quote, then its note (hit offsets count into this text). */
export function clippingDoc(clipping: Clipping, sourceTitle: string): WorkerDoc {
  const text = clipping.note ? `${clipping.quote}\n\n${clipping.note}` : clipping.quote
  return { kind: 'clipping', id: clipping.id, sourceId: clipping.sourceId, title: sourceTitle, text }
}

/**
 * Full-text search over a workspace's sources and clippings, in a worker
 * thread. The first search (or `start`) builds the index from the store;
 * callers report later changes with indexSource, removeSource, indexClipping
 * and removeClipping after the store has them. If the worker dies, pending
 * searches fail with an error and the next search starts a new one, which
 * rebuilds from the store.
 */
export class SearchService {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextRequest = 1
  private sent = 0
  private indexed = 0
  private failed: IndexFailure[] = []
  private readonly listeners = new Set<(status: SearchStatus) => void>()
  private closed = false

  constructor(
    private readonly store: WorkspaceStore,
    private readonly options: SearchServiceOptions = {},
  ) {}

  /** Starts building the index, if it is not built or building already. */
  start(): void {
    if (this.closed) throw closedError()
    if (this.worker) return
    const worker = this.options.spawn?.() ?? spawnWorker('search-worker', new URL('./search-worker.ts', import.meta.url), { maxOldGenerationSizeMb: WORKER_HEAP_MB })
    this.worker = worker
    this.sent = 0
    this.indexed = 0
    this.failed = []
    let crash: Error | undefined
    worker.on('message', (message: FromWorker) => this.receive(message))
    worker.on('error', (err) => {
      crash = err
    })
    worker.on('exit', (code) => {
      if (this.worker !== worker) return
      this.worker = null
      this.rejectAll(new AppError({
        code: 'internal',
        message: `The search engine stopped (${crash?.message ?? `exit code ${code}`}), so the search was not answered.`,
        hint: 'Search again: the index will be rebuilt.',
      }))
      this.notify()
    })
    const docs: WorkerDoc[] = []
    for (const id of this.store.sources.keys()) docs.push(...this.docsOf(id))
    this.send({ type: 'add', docs })
  }

  /** Searches; while the index is being built the answer is partial (and says so). */
  async search(query: string, limit = 50): Promise<SearchResponse> {
    this.start()
    const requestId = this.nextRequest++
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { query, started: performance.now(), resolve, reject })
      this.send({ type: 'search', requestId, query, limit })
    })
  }

  status(): SearchStatus {
    return { indexed: this.indexed, total: this.sent, ready: this.worker !== null && this.indexed === this.sent, failed: this.failed }
  }

  /** Calls listener on every progress report; returns the function that stops it. */
  onProgress(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** (Re)indexes a source and its clippings, as the store now has them. */
  indexSource(sourceId: string): void {
    if (!this.worker) return
    this.send({ type: 'remove-source', sourceId })
    this.send({ type: 'add', docs: this.docsOf(sourceId) })
  }

  removeSource(sourceId: string): void {
    if (this.worker) this.send({ type: 'remove-source', sourceId })
  }

  /** Indexes a new or edited clipping. */
  indexClipping(clipping: Clipping): void {
    const title = this.store.sources.get(clipping.sourceId)?.data.source.title ?? ''
    if (this.worker) this.send({ type: 'add', docs: [clippingDoc(clipping, title)] })
  }

  removeClipping(clippingId: string): void {
    if (this.worker) this.send({ type: 'remove', ids: [clippingId] })
  }

  /** Stops the worker; pending searches fail. */
  async close(): Promise<void> {
    this.closed = true
    const worker = this.worker
    this.worker = null
    this.rejectAll(closedError())
    await worker?.terminate()
  }

  private docsOf(sourceId: string): WorkerDoc[] {
    const file = this.store.sources.get(sourceId)?.data
    if (!file) return []
    const { title } = file.source
    const path = layout.sourceText(this.store.dir, sourceId)
    return [{ kind: 'source', id: sourceId, sourceId, title, path }, ...file.clippings.map((c) => clippingDoc(c, title))]
  }

  private send(message: ToWorker): void {
    if (message.type === 'add') this.sent += message.docs.length
    this.worker?.postMessage(message)
  }

  private receive(message: FromWorker): void {
    if (message.type === 'progress') {
      this.indexed = message.indexed
      if (message.failed.length > 0) this.failed = [...this.failed, ...message.failed]
      this.notify()
      return
    }
    const pending = this.pending.get(message.requestId)
    if (!pending) return
    this.pending.delete(message.requestId)
    if (message.type === 'search-failed') {
      pending.reject(new AppError({ code: 'internal', message: `The search failed: ${message.message}` }))
      return
    }
    const { hits, relaxed } = message.result
    const tookMs = Math.round(performance.now() - pending.started)
    const indexing = message.partial ? { done: this.indexed, total: this.sent } : null
    pending.resolve({ query: pending.query, hits, partial: message.partial, indexing, relaxed, tookMs })
  }

  private rejectAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
  }

  private notify(): void {
    const status = this.status()
    for (const listener of this.listeners) listener(status)
  }
}

function closedError(): AppError {
  return new AppError({ code: 'internal', message: 'Search is closed: the workspace was closed.' })
}
