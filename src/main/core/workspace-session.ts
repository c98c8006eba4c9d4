import { stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, isAbsolute, join, resolve } from 'node:path'
import type { RecentWorkspace } from '../../shared/api'
import { AppError } from '../../shared/errors'
import { AppCore, createAppCore, openAppCore, type AppCoreOptions } from './app-core'
import { errnoCode, nodeFs } from './fs-ops'
import type { RecentWorkspaces } from './recent-workspaces'
import { layout } from './workspace-layout'
import { defaultWorkspaceDir, type WorkspaceChoice } from './workspace-location'
import { TaskQueue } from './task-queue'

export interface SessionOptions {
  resourcesDir: string
  recents: RecentWorkspaces
  log?: (message: string, err?: unknown) => void
}

const defaultLog = (message: string, err?: unknown) => (err === undefined ? console.error(`[clausewright] ${message}`) : console.error(`[clausewright] ${message}`, err))

/**
 * A folder as the user typed or pasted it: quotes around it dropped, `~`
 * for the home folder. It must be a full path, since the app's own working
 * folder means nothing to the user.
 */
export function folderFromInput(input: string, home: string = homedir()): string {
  let text = input.trim()
  if (text.length >= 2 && /^(["']).*\1$/.test(text)) text = text.slice(1, -1).trim()
  if (text === '~' || text.startsWith('~/') || text.startsWith('~\\')) text = join(home, text.slice(1))
  if (!isAbsolute(text)) {
    throw new AppError({
      code: 'invalid-input',
      message: `"${input.trim()}" is not a full path to a folder.`,
      hint: 'Type or paste the whole path, from the root of the drive (or from ~ for your home folder).',
      field: 'path',
    })
  }
  return resolve(text)
}

/** Refuses a path that names a file rather than a folder, before any loader reads it. */
async function refuseFile(dir: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new AppError({ code: 'invalid-input', message: `${dir} is a file, not a folder.`, hint: 'Choose the folder that holds workspace.json.', field: 'path' })
    }
  } catch (err) {
    if (err instanceof AppError) throw err
    if (errnoCode(err) !== 'ENOENT') throw unreachable(dir, err)
  }
}

function unreachable(dir: string, err: unknown): AppError {
  return new AppError({
    code: 'io-failed',
    message: `${dir} cannot be read: ${(err as Error).message}.`,
    hint: 'Check that the drive is attached and that you may read the folder.',
    field: 'path',
  })
}

/** An error of the loader as the Open dialog should say it. */
function forTheDialog(err: unknown, dir: string): AppError {
  if (err instanceof AppError) {
    if (err.code !== 'not-found') return err
    return new AppError({
      code: 'not-found',
      message: err.message,
      hint: 'Choose the folder that holds workspace.json, or create a workspace there with File → New workspace….',
      field: 'path',
    })
  }
  return unreachable(dir, err)
}

/**
 * The workspace a window has open, and the switch to another one. The new
 * workspace is opened (and locked) first; only then is the old one closed,
 * with its closing backup and the release of its lock, so a workspace that
 * fails to open leaves the current one open and usable. Hosts listen for
 * the switch to bind their handlers to the new core.
 */
export class WorkspaceSession {
  private readonly queue = new TaskQueue()
  private readonly listeners = new Set<(core: AppCore) => void>()
  private readonly log: (message: string, err?: unknown) => void

  private constructor(
    private active: AppCore,
    private readonly options: SessionOptions,
  ) {
    this.log = options.log ?? defaultLog
  }

  /** Takes over an open core and puts its workspace first in the recent list. */
  static async start(core: AppCore, options: SessionOptions): Promise<WorkspaceSession> {
    const session = new WorkspaceSession(core, options)
    await session.remember(core)
    return session
  }

  get core(): AppCore {
    return this.active
  }

  /** Calls `listener` with the new core after each switch; returns a function that stops it. */
  onSwitch(listener: (core: AppCore) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Switches to the existing workspace in this folder. */
  open(path: string): Promise<AppCore> {
    return this.switchTo(path, async (dir) => {
      try {
        return await AppCore.open(dir, this.coreOptions())
      } catch (err) {
        throw forTheDialog(err, dir)
      }
    })
  }

  /** Creates a workspace (starter codebook, no sources) in a new or empty folder and switches to it. */
  create(path: string, name?: string): Promise<AppCore> {
    return this.switchTo(path, (dir) => createAppCore(dir, { ...this.coreOptions(), name: name?.trim() || basename(dir) || 'My workspace' }))
  }

  /** The recent workspaces, most recent first, each marked missing or current. */
  async listRecent(): Promise<RecentWorkspace[]> {
    const entries = await this.options.recents.list()
    const current = this.active.store.dir
    return Promise.all(
      entries.map(async (e) => ({ ...e, missing: !(await nodeFs.exists(layout.workspaceFile(e.path))), current: e.path === current })),
    )
  }

  forgetRecent(path: string): Promise<boolean> {
    return this.options.recents.forget(folderFromInput(path))
  }

  /** Closes the workspace open now (closing backup, lock released). */
  close(): Promise<void> {
    return this.queue.run(() => this.active.close())
  }

  private coreOptions(): AppCoreOptions {
    return { resourcesDir: this.options.resourcesDir }
  }

  private switchTo(path: string, start: (dir: string) => Promise<AppCore>): Promise<AppCore> {
    return this.queue.run(async () => {
      const dir = folderFromInput(path)
      if (dir === this.active.store.dir) {
        throw new AppError({ code: 'invalid-input', message: `${dir} is the workspace open now.`, hint: 'Choose another folder.', field: 'path' })
      }
      await refuseFile(dir)
      const next = await start(dir)
      const old = this.active
      this.active = next
      for (const listener of this.listeners) listener(next)
      await old.close().catch((err: unknown) => this.log(`closing the workspace ${old.store.dir} failed:`, err))
      await this.remember(next)
      return next
    })
  }

  private async remember(core: AppCore): Promise<void> {
    try {
      await this.options.recents.record(core.store.dir, core.store.meta.name)
    } catch (err) {
      // The list is a convenience: a full disk in the data folder must not stop the workspace from opening.
      this.log(`the list of recent workspaces could not be saved:`, err)
    }
  }
}

/**
 * Opens the workspace an app start chose. When the last workspace fails
 * to open (locked by another app, written by a newer version), the start
 * goes on with the default workspace and says why on the console.
 */
export async function openStartWorkspace(
  choice: WorkspaceChoice,
  options: AppCoreOptions,
  log: (message: string) => void = (message) => console.warn(`[clausewright] ${message}`),
  env: Record<string, string | undefined> = process.env,
): Promise<AppCore> {
  try {
    return await openAppCore(choice.dir, { ...options, sample: choice.isDefault })
  } catch (err) {
    if (choice.from !== 'last') throw err
    log(`The last workspace, ${choice.dir}, could not be opened (${(err as Error).message}). Opening the default workspace.`)
    return openAppCore(defaultWorkspaceDir(env), { ...options, sample: true })
  }
}
