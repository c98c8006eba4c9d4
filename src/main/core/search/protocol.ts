import type { IndexResult } from './types'

/**
 * A document for the worker. A source's text is read by the worker from the
 * source's text file: reading it there keeps 100 MB of decoding and copying
 * off the main thread, and structured-cloning each text to the worker would
 * cost as much again. A clipping's short text comes along.
 */
export type WorkerDoc =
  | { kind: 'source'; id: string; sourceId: string; title: string; path: string }
  | { kind: 'clipping'; id: string; sourceId: string; title: string; text: string }

/** Messages to the search worker. Changes apply in the order sent; searches are answered at once. */
export type ToWorker =
  | { type: 'add'; docs: WorkerDoc[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'remove-source'; sourceId: string }
  | { type: 'search'; requestId: number; query: string; limit: number }

/** A document the worker could not index, and why. */
export interface IndexFailure {
  id: string
  reason: string
}

/** Messages from the search worker. */
export type FromWorker =
  /** `indexed` counts documents taken from the queue since the worker started, failures included. */
  | { type: 'progress'; indexed: number; failed: IndexFailure[] }
  | { type: 'result'; requestId: number; result: IndexResult; partial: boolean }
  | { type: 'search-failed'; requestId: number; message: string }
