import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { writeFileDurable } from './durable-write'
import { errnoCode, type FsOps } from './fs-ops'
import { TaskQueue } from './task-queue'

/** Why a workspace file could not be loaded; the loader moves such files aside. */
export class FileLoadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`)
    this.name = 'FileLoadError'
  }
}

/** Raised when a file was written by a newer format version than this build reads. */
export class NewerFormatError extends Error {
  constructor(
    readonly path: string,
    readonly version: number,
  ) {
    super(`${path} has format version ${version}`)
    this.name = 'NewerFormatError'
  }
}

/**
 * Serialises in schema order with two-space indentation, so the same data
 * always gives the same bytes and workspaces diff cleanly under git.
 */
export function stableJson(schema: z.ZodType, data: unknown): string {
  return JSON.stringify(schema.parse(data), null, 2) + '\n'
}

/** Decodes, parses and validates one workspace file; throws FileLoadError on any flaw. */
export function parseWorkspaceFile<S extends z.ZodType>(
  path: string,
  bytes: Buffer,
  schema: S,
  maxVersion: number,
): z.output<S> {
  if (bytes.length === 0) throw new FileLoadError(path, 'the file is empty (zero bytes)')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new FileLoadError(path, 'the file is not valid UTF-8')
  }
  if (text.includes('\u0000')) throw new FileLoadError(path, 'the file contains NUL bytes (damaged on disk)')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new FileLoadError(path, `the JSON is truncated or malformed (${(err as Error).message})`)
  }
  const version =
    typeof json === 'object' && json !== null && 'formatVersion' in json ? json.formatVersion : undefined
  if (typeof version === 'number' && version > maxVersion) throw new NewerFormatError(path, version)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new FileLoadError(path, `the content does not match the format${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}

/**
 * A lowdb adapter for one workspace file: validated reads, durable writes,
 * and writes to the same file applied strictly in call order.
 */
export class DurableJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  private readonly queue = new TaskQueue()

  constructor(
    private readonly fs: FsOps,
    readonly path: string,
    private readonly schema: S,
    private readonly maxVersion: number,
  ) {}

  async read(): Promise<z.output<S> | null> {
    let bytes: Buffer
    try {
      bytes = await this.fs.readFile(this.path)
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      throw new FileLoadError(this.path, `it could not be read (${errnoCode(err) ?? String(err)})`)
    }
    return parseWorkspaceFile(this.path, bytes, this.schema, this.maxVersion)
  }

  write(data: z.output<S>): Promise<void> {
    const body = stableJson(this.schema, data)
    return this.queue.run(() => writeFileDurable(this.fs, this.path, body))
  }
}
