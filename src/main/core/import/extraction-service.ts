import type { Worker } from 'node:worker_threads'
import { spawnWorker } from '../workers/spawn-worker'
import type { ExtractRequest, ExtractResponse } from './protocol'
import { ImportError, type ExtractedDocument, type ImportLimits } from './types'

export interface ExtractionBudget {
  /** Longest time one file may take before its worker is stopped. */
  timeoutMs: number
  /** Heap limit of the worker thread. */
  maxMemoryMb: number
}

export const DEFAULT_BUDGET: ExtractionBudget = { timeoutMs: 60_000, maxMemoryMb: 1024 }

interface Job {
  request: ExtractRequest
  resolve: (doc: ExtractedDocument) => void
  reject: (err: ImportError) => void
}

/**
 * Extracts files one at a time in a worker thread. A file that overruns its
 * time or memory budget, or crashes the parser, costs only its worker: the
 * worker is replaced and the next file goes on.
 */
export class ExtractionService {
  private worker: Worker | null = null
  private readonly queue: Job[] = []
  private current: { job: Job; timer: NodeJS.Timeout } | null = null
  private nextId = 1

  constructor(private readonly budget: ExtractionBudget = DEFAULT_BUDGET) {}

  extract(fileName: string, bytes: Uint8Array, limits: ImportLimits): Promise<ExtractedDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, fileName, bytes, limits }, resolve, reject })
      this.pump()
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private pump(): void {
    if (this.current) return
    const job = this.queue.shift()
    if (!job) return
    const worker = this.ensureWorker()
    const timer = setTimeout(() => {
      this.fail(
        new ImportError(
          `reading it took longer than ${Math.round(this.budget.timeoutMs / 1000)} s, so it was stopped; the file may be damaged or built to stall readers`,
        ),
      )
    }, this.budget.timeoutMs)
    this.current = { job, timer }
    worker.postMessage(job.request)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url), {
      maxOldGenerationSizeMb: this.budget.maxMemoryMb,
    })
    worker.on('message', (response: ExtractResponse) => this.settle(response))
    worker.on('error', (err: Error & { code?: string }) => {
      const reason =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading it needed more than the ${this.budget.maxMemoryMb} MB of memory allowed, so it was stopped`
          : `the reader crashed on it (${err.message})`
      this.fail(new ImportError(reason))
    })
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = null
        if (this.current) this.fail(new ImportError('the reader stopped unexpectedly while reading it'))
      }
    })
    worker.unref()
    this.worker = worker
    return worker
  }

  private settle(response: ExtractResponse): void {
    const current = this.current
    if (!current || current.job.request.id !== response.id) return
    clearTimeout(current.timer)
    this.current = null
    if (response.ok) current.job.resolve(response.document)
    else current.job.reject(new ImportError(response.reason))
    this.pump()
  }

  /** Rejects the file in progress and discards its worker, which may be stuck or broken. */
  private fail(error: ImportError): void {
    const current = this.current
    if (!current) return
    clearTimeout(current.timer)
    this.current = null
    const worker = this.worker
    this.worker = null
    if (worker) void worker.terminate()
    current.job.reject(error)
    this.pump()
  }
}
