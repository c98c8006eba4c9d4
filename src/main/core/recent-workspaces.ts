import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { writeFileDurable } from './durable-write'
import { errnoCode, nodeFs, type FsOps } from './fs-ops'
import { stableJson } from './json-file'
import { TaskQueue } from './task-queue'

/** How many workspaces File → Open recent remembers. */
export const RECENT_LIMIT = 10

const FORMAT_VERSION = 1

const entrySchema = z
  .object({
    path: z.string().min(1),
    name: z.string(),
    openedAt: z.string(),
  })
  .strict()

const fileSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    workspaces: z.array(entrySchema),
  })
  .strict()

/** One workspace as the list remembers it. */
export type RecentEntry = z.infer<typeof entrySchema>

/** Where the list lives in the per-user data folder. */
export function recentWorkspacesFile(dataDir: string): string {
  return join(dataDir, 'recent-workspaces.json')
}

/** The entries of the file's text, most recent first; throws saying what is wrong with it. */
export function parseRecentWorkspaces(text: string): RecentEntry[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new Error(`it is not JSON (${(err as Error).message})`)
  }
  const parsed = fileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new Error(`its content does not match the format${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data.workspaces
}

/** The list with this workspace first (once), cut to RECENT_LIMIT. */
export function withRecent(entries: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  return [entry, ...entries.filter((e) => e.path !== entry.path)].slice(0, RECENT_LIMIT)
}

export function withoutRecent(entries: readonly RecentEntry[], path: string): RecentEntry[] {
  return entries.filter((e) => e.path !== path)
}

/** The list as it is on disk, or why it could not be read; a missing file is an empty list. */
export type RecentRead = { entries: RecentEntry[]; problem: string | null }

function interpret(file: string, read: () => Buffer): RecentRead {
  let text: string
  try {
    text = read().toString('utf8')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { entries: [], problem: null }
    return { entries: [], problem: `The list of recent workspaces (${file}) cannot be read: ${(err as Error).message}` }
  }
  try {
    return { entries: parseRecentWorkspaces(text), problem: null }
  } catch (err) {
    return { entries: [], problem: `The list of recent workspaces (${file}) is damaged: ${(err as Error).message}` }
  }
}

/** Reads the list before the window exists, where start-up code cannot wait for a promise. */
export function readRecentWorkspacesSync(file: string): RecentRead {
  return interpret(file, () => readFileSync(file))
}

/**
 * The recent workspaces of this user, in a small JSON file of their data
 * folder. A damaged file costs only the list: it reads as empty (the
 * problem goes to the console) and the next change writes a good one.
 * Changes are applied one at a time, each written atomically.
 */
export class RecentWorkspaces {
  private readonly queue = new TaskQueue()

  constructor(
    readonly file: string,
    private readonly fs: FsOps = nodeFs,
    private readonly warn: (message: string) => void = (message) => console.warn(`[clausewright] ${message}`),
  ) {}

  /** Most recent first. */
  list(): Promise<RecentEntry[]> {
    return this.queue.run(() => this.read())
  }

  /** Puts the workspace first, as opened at `at`. */
  record(path: string, name: string, at: Date = new Date()): Promise<RecentEntry[]> {
    return this.update((entries) => withRecent(entries, { path, name, openedAt: at.toISOString() }))
  }

  /** Removes the workspace from the list; true when it was there. */
  async forget(path: string): Promise<boolean> {
    let removed = false
    await this.update((entries) => {
      const left = withoutRecent(entries, path)
      removed = left.length !== entries.length
      return left
    })
    return removed
  }

  private update(change: (entries: RecentEntry[]) => RecentEntry[]): Promise<RecentEntry[]> {
    return this.queue.run(async () => {
      const next = change(await this.read())
      await this.fs.mkdir(dirname(this.file))
      await writeFileDurable(this.fs, this.file, stableJson(fileSchema, { formatVersion: FORMAT_VERSION, workspaces: next }))
      return next
    })
  }

  private async read(): Promise<RecentEntry[]> {
    let read: () => Buffer
    try {
      const bytes = await this.fs.readFile(this.file)
      read = () => bytes
    } catch (err) {
      read = () => {
        throw err
      }
    }
    const { entries, problem } = interpret(this.file, read)
    if (problem) this.warn(`${problem}. It is treated as empty.`)
    return entries
  }
}
