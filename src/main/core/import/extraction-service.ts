import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { spawnWorker } from '../workers/spawn-worker'
import type { ExtractRequest, ExtractResponse } from './protocol'
import { ImportError, type ExtractedDocument, type ImportLimits } from './types'

export interface ExtractionBudget {
  /** Longest time one file may take before its worker is stopped. */
  timeoutMs: number
  /** Heap limit of the worker thread. */
  maxMemoryMb: number
  /** How long a worker with nothing to read is kept before it exits; a minute when not given. */
  idleMs?: number
}

export const DEFAULT_BUDGET: ExtractionBudget = { timeoutMs: 60_000, maxMemoryMb: 1024 }
const DEFAULT_IDLE_MS = 60_000

/**
 * Files read at once, each in its own worker: two, where the machine has
 * two cores, so that a folder's files are read side by side while the main
 * thread mostly waits on the disk. More would multiply the memory budget
 * for little: the main thread's writes and checks are the next bottleneck.
 */
export const EXTRACTION_WORKERS = Math.min(2, availableParallelism())

interface Job {
  request: ExtractRequest
  resolve: (doc: ExtractedDocument) => void
  reject: (err: ImportError) => void
}

/** One worker, the file it reads now, if any, and when it exits if it stays idle. */
interface Slot {
  worker: Worker | null
  current: { job: Job; timer: NodeJS.Timeout } | null
  idle: NodeJS.Timeout | null
}

/**
 * Extracts files in worker threads, each worker one file at a time, started
 * in the order they were given. A file that overruns its time or memory
 * budget, or crashes the parser, costs only its worker: the worker is
 * replaced and the next file goes on. A worker holds its parsers in memory,
 * pdf.js's above all: one left idle exits, and the next file starts another.
 */
export class ExtractionService {
  private readonly slots: Slot[]
  private readonly queue: Job[] = []
  private nextId = 1

  constructor(
    private readonly budget: ExtractionBudget = DEFAULT_BUDGET,
    workers = EXTRACTION_WORKERS,
  ) {
    this.slots = Array.from({ length: Math.max(1, workers) }, () => ({ worker: null, current: null, idle: null }))
  }

  extract(fileName: string, bytes: Uint8Array, limits: ImportLimits): Promise<ExtractedDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, fileName, bytes, limits }, resolve, reject })
      this.pump()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.retire(slot)))
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.current) continue
      const job = this.queue.shift()
      if (!job) {
        this.idleOut(slot)
        continue
      }
      this.cancelIdle(slot)
      const worker = this.ensureWorker(slot)
      const timer = setTimeout(() => {
        this.fail(
          slot,
          new ImportError(
            `reading it took longer than ${Math.round(this.budget.timeoutMs / 1000)} s, so it was stopped; the file may be damaged or built to stall readers`,
          ),
        )
      }, this.budget.timeoutMs)
      slot.current = { job, timer }
      worker.postMessage(job.request)
    }
  }

  /** Lets an idle slot's worker exit once it has had nothing to read for the idle time. */
  private idleOut(slot: Slot): void {
    if (!slot.worker || slot.idle) return
    slot.idle = setTimeout(() => void this.retire(slot), this.budget.idleMs ?? DEFAULT_IDLE_MS)
    slot.idle.unref()
  }

  private cancelIdle(slot: Slot): void {
    if (slot.idle) clearTimeout(slot.idle)
    slot.idle = null
  }

  /** Stops the slot's worker, if it has one. */
  private async retire(slot: Slot): Promise<void> {
    this.cancelIdle(slot)
    const worker = slot.worker
    slot.worker = null
    await worker?.terminate()
  }

  private ensureWorker(slot: Slot): Worker {
    if (slot.worker) return slot.worker
    const worker = spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url), {
      maxOldGenerationSizeMb: this.budget.maxMemoryMb,
    })
    worker.on('message', (response: ExtractResponse) => this.settle(slot, response))
    worker.on('error', (err: Error & { code?: string }) => {
      const reason =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading it needed more than the ${this.budget.maxMemoryMb} MB of memory allowed, so it was stopped`
          : `the reader crashed on it (${err.message})`
      this.fail(slot, new ImportError(reason))
    })
    worker.on('exit', () => {
      if (slot.worker === worker) {
        slot.worker = null
        if (slot.current) this.fail(slot, new ImportError('the reader stopped unexpectedly while reading it'))
      }
    })
    worker.unref()
    slot.worker = worker
    return worker
  }

  private settle(slot: Slot, response: ExtractResponse): void {
    const current = slot.current
    if (!current || current.job.request.id !== response.id) return
    clearTimeout(current.timer)
    slot.current = null
    if (response.ok) current.job.resolve(response.document)
    else current.job.reject(new ImportError(response.reason))
    this.pump()
  }

  /** Rejects the slot's file in progress and discards its worker, which may be stuck or broken. */
  private fail(slot: Slot, error: ImportError): void {
    const current = slot.current
    if (!current) return
    clearTimeout(current.timer)
    slot.current = null
    void this.retire(slot)
    current.job.reject(error)
    this.pump()
  }
}
