import type { HistoryState, HistoryStep } from '../../shared/api'
import type { CodebookFile, DraftFile, SourceData, ViewsFile } from '../../shared/workspace-files'
import type { RecordKey, WorkspaceStore } from './workspace-store'
import { TaskQueue } from './task-queue'

interface Change {
  key: RecordKey
  /** The record's data before the operation; null when the operation created it. */
  before: unknown
  after: unknown
}

interface Entry {
  label: string
  changes: Change[]
  /** Operations run with the same key one after another form one step (typing in one field). */
  mergeKey?: string
}

const MAX_ENTRIES = 200

/**
 * Undo and redo for every mutation. An operation runs inside `run`, which
 * records each record file it replaces (before and after, as the store
 * saves them); undo writes the "before" versions back, redo the "after"
 * ones. Operations run one at a time, so recordings never interleave.
 */
export class History {
  private readonly undoStack: Entry[] = []
  private readonly redoStack: Entry[] = []
  private readonly queue = new TaskQueue()

  constructor(private readonly store: WorkspaceStore) {}

  /**
   * Runs one user operation as one undo step labelled `label`. With a
   * `mergeKey`, it joins the previous step when that one had the same key
   * and nothing was undone since, so a burst of typing undoes at once.
   */
  run<T>(label: string, operation: () => Promise<T>, mergeKey?: string): Promise<T> {
    return this.queue.run(async () => {
      const changes = new Map<RecordKey, Change>()
      this.store.recorder = (key, before, after) => {
        const known = changes.get(key)
        if (known) known.after = after
        else changes.set(key, { key, before, after })
      }
      try {
        return await operation()
      } finally {
        this.store.recorder = null
        // Even a failed operation may have saved some files: keep them undoable.
        if (changes.size > 0) this.record({ label, changes: [...changes.values()], mergeKey })
      }
    })
  }

  private record(entry: Entry): void {
    const top = this.undoStack.at(-1)
    if (entry.mergeKey !== undefined && top?.mergeKey === entry.mergeKey && this.redoStack.length === 0) {
      for (const change of entry.changes) {
        const known = top.changes.find((c) => c.key === change.key)
        if (known) known.after = change.after
        else top.changes.push(change)
      }
      return
    }
    this.undoStack.push(entry)
    if (this.undoStack.length > MAX_ENTRIES) this.undoStack.shift()
    this.redoStack.length = 0
  }

  /**
   * Drops every undo and redo step, after a change that cannot be undone
   * (a re-extraction): older steps would write back anchors into a text
   * that is no longer there.
   */
  forget(): void {
    this.undoStack.length = 0
    this.redoStack.length = 0
  }

  state(): HistoryState {
    return { undoLabel: this.undoStack.at(-1)?.label ?? null, redoLabel: this.redoStack.at(-1)?.label ?? null }
  }

  /** Undoes the last operation; returns what was undone and the records it touched. */
  undo(): Promise<HistoryStep & { touched: RecordKey[] }> {
    return this.queue.run(() => this.step(this.undoStack, this.redoStack, 'before'))
  }

  redo(): Promise<HistoryStep & { touched: RecordKey[] }> {
    return this.queue.run(() => this.step(this.redoStack, this.undoStack, 'after'))
  }

  private async step(from: Entry[], to: Entry[], side: 'before' | 'after'): Promise<HistoryStep & { touched: RecordKey[] }> {
    const entry = from.pop()
    if (!entry) return { did: null, touched: [], ...this.state() }
    const changes = side === 'before' ? [...entry.changes].reverse() : entry.changes
    try {
      for (const change of changes) await this.restore(change.key, change[side])
    } catch (err) {
      from.push(entry)
      throw err
    }
    to.push(entry)
    return { did: entry.label, touched: entry.changes.map((c) => c.key), ...this.state() }
  }

  private async restore(key: RecordKey, data: unknown): Promise<void> {
    if (key === 'codebook') return this.store.saveCodebook(data as CodebookFile)
    if (key === 'views') return this.store.saveViews(data as ViewsFile)
    if (key.startsWith('source:')) return this.store.saveSource(data as SourceData)
    const id = key.slice('draft:'.length)
    if (data === null) return this.store.removeDraft(id)
    return this.store.saveDraft(data as DraftFile)
  }

  /**
   * Runs `task` between operations, never during one: a backup copies the
   * record files then, so that it never holds half of an operation.
   */
  idle<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }
}
