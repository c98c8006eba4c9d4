import type { ReextractPlan } from '../../shared/api'
import { BACKUP_POLICY, type BackupInfo, type BackupProgress, type BackupRestore } from '../../shared/backups'
import { AppError } from '../../shared/errors'
import { BackupScheduler } from './backup/backup-scheduler'
import { createBackup, listBackups, restoreBackup, type BackupContext } from './backup/backups'
import type { BackupWatch } from './backup/snapshot'
import { systemClock, type Clock } from './backup/clock'
import { restorePending } from './backup/restore'
import { History } from './history'
import { ExtractionService } from './import/extraction-service'
import { initWorkspace, type InitOptions } from './init-workspace'
import { currentFormat } from './migrations/migrate-workspace'
import { applyReextraction } from './reextract'
import { SearchService } from './search/search-service'
import type { WorkspaceLock } from './workspace-lock'
import { WorkspaceStore, type StoreOptions } from './workspace-store'
import { becomeWriter, openAsWriter } from './writer'
import { TaskQueue } from './task-queue'

export interface AppCoreOptions extends InitOptions {
  /** Time as the automatic backups see it; tests pass a fake one. */
  clock?: Clock
}

/**
 * The workspace as it is open now: its store, search index and undo
 * history, which belong together. A restore replaces all three at once.
 */
export interface OpenWorkspace {
  readonly store: WorkspaceStore
  readonly search: SearchService
  readonly history: History
}

/**
 * Opens a workspace and starts its import and search workers; a missing or
 * empty folder gets a new workspace (see initWorkspace).
 */
export async function openAppCore(dir: string, options: AppCoreOptions): Promise<AppCore> {
  try {
    return await AppCore.open(dir, options)
  } catch (err) {
    if (err instanceof AppError && err.code === 'not-found') return createAppCore(dir, options)
    throw err
  }
}

/** Like openAppCore, for a workspace that must be new. */
export async function createAppCore(dir: string, options: AppCoreOptions): Promise<AppCore> {
  return AppCore.start(await initWorkspace(dir, options), options)
}

/** The store options a core keeps for reading the workspace again (after a restore): not `onReading`, which belongs to the first open. */
function storeOptionsOf(options: AppCoreOptions): StoreOptions {
  return { ...(options.fs ? { fs: options.fs } : {}), ...(options.now ? { now: options.now } : {}) }
}

/**
 * Everything a host (Electron, the browser host, tests) runs over one
 * workspace, as its one writer: the open workspace, the import workers and
 * the automatic backups. Hosts read `store`, `search` and `history` (or
 * `workspace`) each time they need them, since a restore replaces them.
 */
export class AppCore {
  readonly extraction = new ExtractionService()
  private current: OpenWorkspace
  private stopListening: () => void
  private readonly scheduler: BackupScheduler
  /** Backups and restores run one at a time, each between two operations of the history. */
  private readonly backupQueue = new TaskQueue()
  private underway: { progress: BackupProgress; cancel: AbortController | null } | null = null

  private constructor(
    store: WorkspaceStore,
    private readonly lock: WorkspaceLock,
    private readonly clock: Clock,
    private readonly storeOptions: StoreOptions,
  ) {
    this.scheduler = new BackupScheduler({
      clock,
      intervalMs: BACKUP_POLICY.intervalMinutes * 60_000,
      take: (trigger) => this.backup(trigger),
      onError: (err) => console.error('[clausewright] the automatic backup failed:', err),
    })
    this.current = this.install(store)
    this.stopListening = store.onChange(() => this.scheduler.noteChange())
  }

  /** Takes the writer's role over an opened store and starts the services. */
  static async start(opened: WorkspaceStore, options: AppCoreOptions): Promise<AppCore> {
    const storeOptions = storeOptionsOf(options)
    const { store, lock } = await becomeWriter(opened, storeOptions)
    return new AppCore(store, lock, options.clock ?? systemClock, storeOptions)
  }

  /**
   * Opens an existing workspace as its writer (the lock before any source
   * is read: see openAsWriter) and starts the services. `onReading` sees
   * the store while it is read.
   */
  static async open(dir: string, options: AppCoreOptions): Promise<AppCore> {
    const storeOptions = storeOptionsOf(options)
    const { store, lock } = await openAsWriter(dir, { ...storeOptions, ...(options.onReading ? { onReading: options.onReading } : {}) })
    return new AppCore(store, lock, options.clock ?? systemClock, storeOptions)
  }

  get workspace(): OpenWorkspace {
    return this.current
  }

  get store(): WorkspaceStore {
    return this.current.store
  }

  get search(): SearchService {
    return this.current.search
  }

  get history(): History {
    return this.current.history
  }

  /** The workspace's backups, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.context())
  }

  /** Takes a backup now, at the user's request. */
  createBackup(): Promise<BackupInfo> {
    return this.backup('manual')
  }

  /** How far the backup or restore under way has got; null when none runs. */
  backupProgress(): BackupProgress | null {
    return this.underway?.progress ?? null
  }

  /** Stops the backup under way, if it can still be stopped; true when it was asked to. */
  cancelBackup(): boolean {
    const running = this.underway
    if (!running?.cancel || !running.progress.cancellable) return false
    running.cancel.abort()
    return true
  }

  /**
   * Restores a backup (after backing up the current state), then reads the
   * workspace again: a new store, search index and history.
   */
  restoreBackup(id: string): Promise<BackupRestore> {
    return this.exclusive(async () => {
      const wasDirty = this.scheduler.markBackedUp()
      let result: BackupRestore
      try {
        result = await this.watched('restore', null, (watch) => restoreBackup({ ...this.context(), watch }, id))
      } catch (err) {
        if (wasDirty) this.scheduler.noteChange()
        if (await restorePending(this.store.fs, this.store.dir)) {
          // Half the files may be new: nothing may write over them until the next open finishes the restore.
          this.store.retire()
          throw new AppError({
            code: 'io-failed',
            message: `The restore stopped part way: ${(err as Error).message}`,
            hint: 'Close Clausewright and open the workspace again: the restore is finished when it opens.',
            field: this.store.dir,
          })
        }
        throw err
      }
      await this.reopen()
      return result
    })
  }

  /**
   * Reads the workspace from disk again, as after a restore: the old store
   * refuses any save still queued for it, and a new store, search index
   * and (empty) undo history take its place.
   */
  async reopen(): Promise<void> {
    const old = this.current
    old.store.retire()
    this.stopListening()
    // A backup from before an upgrade holds the old format: it is migrated again, as on opening.
    const store = await currentFormat(await WorkspaceStore.open(old.store.dir, this.storeOptions), this.storeOptions)
    this.current = this.install(store)
    this.stopListening = store.onChange(() => this.scheduler.noteChange())
    await old.search.close()
  }

  /**
   * Re-extracts a source from its original file (see reextract.ts). That
   * cannot be undone, so a backup is taken just before the change, and the
   * undo history starts afresh: its steps hold the old text's anchors.
   */
  reextractSource(id: string, textHash: string): Promise<ReextractPlan> {
    return this.exclusive(async () => {
      const plan = await applyReextraction(this.store, this.extraction, id, textHash, () => createBackup(this.context(), 'before-reextract'))
      if (!plan.unchanged) {
        this.history.forget()
        this.search.indexSource(id)
      }
      return plan
    })
  }

  /** Takes the closing backup if anything changed, stops the workers, and releases the workspace. */
  async close(): Promise<void> {
    await this.scheduler.close()
    // A restore still running would install a new search index after this one was closed.
    await this.backupQueue.idle()
    this.stopListening()
    await Promise.all([this.extraction.close(), this.search.close()])
    await this.lock.release()
  }

  private install(store: WorkspaceStore): OpenWorkspace {
    const search = new SearchService(store)
    // Build the search index in the background from the start, so the first search is quick.
    search.start()
    return { store, search, history: new History(store) }
  }

  private context(): BackupContext {
    return { fs: this.store.fs, dir: this.store.dir, now: this.clock.now() }
  }

  private backup(trigger: 'automatic' | 'manual' | 'on-close'): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const wasDirty = this.scheduler.markBackedUp()
      try {
        return await this.watched('backup', new AbortController(), (watch) => createBackup({ ...this.context(), watch }, trigger))
      } catch (err) {
        if (wasDirty) this.scheduler.noteChange()
        throw err
      }
    })
  }

  /** Runs a backup or restore with its progress readable (and its cancel reachable) while it runs. */
  private async watched<T>(action: BackupProgress['action'], cancel: AbortController | null, task: (watch: BackupWatch) => Promise<T>): Promise<T> {
    const running = { progress: { action, phase: 'copying', done: 0, total: this.store.sources.size, cancellable: cancel !== null } as BackupProgress, cancel }
    this.underway = running
    try {
      return await task({ ...(cancel ? { signal: cancel.signal } : {}), onProgress: (p) => (running.progress = p) })
    } finally {
      this.underway = null
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.backupQueue.run(() => this.history.idle(task))
  }
}
