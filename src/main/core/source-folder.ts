import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import type { Source } from '../../shared/model'
import { clippingShardSchema, FORMAT_VERSION, sourceFileSchema, type SourceData } from '../../shared/workspace-files'
import { emptyShardMap, planShards, shardJson, type ShardMap } from './clipping-shards'
import { ioError, syncDirectory, writeFileDurable, writeNewSynced } from './durable-write'
import { errnoCode, withCopyOps, type FsOps } from './fs-ops'
import { FileLoadError, parseWorkspaceFile, stableJson } from './json-file'
import { format1SourceFileSchema } from './migrations/format-1'
import { isRecordEntry, SHARDS_FOLDER } from './workspace-layout'
import { TaskQueue } from './task-queue'

/*
 * One source's folder: source.json (its metadata), text.txt, the original
 * file, and clippings/ with its clipping shards (see clipping-shards.ts).
 * Reads understand every past format; writes are always the current one.
 */

const sourceFileAnyVersion = z.discriminatedUnion('formatVersion', [
  format1SourceFileSchema,
  sourceFileSchema.extend({ formatVersion: z.literal(FORMAT_VERSION) }),
])

const sourceJsonPath = (folder: string) => join(folder, 'source.json')
const shardsPath = (folder: string) => join(folder, SHARDS_FOLDER)
const shardPath = (folder: string, shard: string) => join(folder, SHARDS_FOLDER, `${shard}.json`)

function sourceJson(source: Source): string {
  return stableJson(sourceFileSchema, { formatVersion: FORMAT_VERSION, source })
}

/** A source folder as read: its data, where its clippings sit, and the shards that could not be read. */
export interface LoadedSource {
  data: SourceData
  shards: ShardMap
  /** The format of its source.json: below FORMAT_VERSION, its writer migrates it. */
  version: number
  /** Damaged shards: the source opens without their clippings, and they are moved aside. */
  damaged: FileLoadError[]
}

async function readBytes(fs: FsOps, path: string, missing: string): Promise<Buffer> {
  try {
    return await fs.readFile(path)
  } catch (err) {
    const code = errnoCode(err)
    throw new FileLoadError(path, code === 'ENOENT' ? missing : `it could not be read (${code ?? String(err)})`)
  }
}

/**
 * Reads the source folder `folder`, which must be named `id`. Throws
 * FileLoadError when source.json is missing or damaged (the whole folder
 * is then set aside), and NewerFormatError when any file is newer.
 */
export async function readSourceFolder(fs: FsOps, folder: string, id: string): Promise<LoadedSource> {
  const path = sourceJsonPath(folder)
  // The files of a folder are read at once rather than one after another: the
  // first rows of a large workspace wait for the slowest of its first folders.
  const settle = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }))
  const [sourceJson, listing] = await Promise.all([settle(readBytes(fs, path, 'the source folder has no source.json')), settle(listShards(fs, folder))])
  if ('error' in sourceJson) throw sourceJson.error
  const file = parseWorkspaceFile(path, sourceJson.value, sourceFileAnyVersion, FORMAT_VERSION)
  if (file.source.id !== id) throw new FileLoadError(path, `its id ${file.source.id} does not match its folder name`)
  if (file.formatVersion === 1) {
    // Format 1 holds the clippings itself; a clippings/ folder beside it is what an interrupted migration left.
    return { data: { source: file.source, clippings: file.clippings }, shards: emptyShardMap(), version: 1, damaged: [] }
  }
  if ('error' in listing) throw listing.error
  const shards = listing.value
  const raws = await Promise.all(shards.map((shard) => settle(readBytes(fs, shardPath(folder, shard), 'the shard vanished while it was read'))))
  const owner = new Map<string, string>()
  const bytes = new Map<string, number>()
  const clippings: SourceData['clippings'] = []
  const damaged: FileLoadError[] = []
  for (const [i, shard] of shards.entries()) {
    const at = shardPath(folder, shard)
    try {
      const raw = raws[i] as { value: Buffer } | { error: unknown }
      if ('error' in raw) throw raw.error
      const parsed = parseWorkspaceFile(at, raw.value, clippingShardSchema, FORMAT_VERSION)
      for (const c of parsed.clippings) {
        if (c.sourceId !== id) throw new FileLoadError(at, `clipping ${c.id} names source ${c.sourceId}, not ${id}`)
        const other = owner.get(c.id)
        if (other !== undefined) throw new FileLoadError(at, `clipping ${c.id} is also in shard ${other}`)
      }
      for (const c of parsed.clippings) owner.set(c.id, shard)
      clippings.push(...parsed.clippings)
      bytes.set(shard, raw.value.length)
    } catch (err) {
      if (!(err instanceof FileLoadError)) throw err
      damaged.push(err)
    }
  }
  return { data: { source: file.source, clippings }, shards: { owner, bytes }, version: file.formatVersion, damaged }
}

/** The shards of a source folder (their file names without .json), in name order; none when it has no clippings/ folder. */
async function listShards(fs: FsOps, folder: string): Promise<string[]> {
  try {
    const names = (await fs.readdir(shardsPath(folder))).filter((n) => n.endsWith('.json') && isRecordEntry(n)).sort()
    return names.map((n) => n.slice(0, -'.json'.length))
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw new FileLoadError(shardsPath(folder), `it could not be read (${errnoCode(err) ?? String(err)})`)
    return []
  }
}

/**
 * Writes a new source's records (its shards, then source.json) into
 * `folder`, its staging folder, each file once (writeNewSynced). The
 * shards' folder is flushed here; the staging folder itself is flushed by
 * the caller, once it holds every file, before it is renamed into place.
 */
export async function writeSourceRecords(fs: FsOps, folder: string, data: SourceData): Promise<ShardMap> {
  const plan = planShards(emptyShardMap(), [], data.clippings)
  const bytes = new Map<string, number>()
  if (plan.writes.size > 0) {
    await fs.mkdir(shardsPath(folder))
    for (const [shard, clippings] of plan.writes) {
      const body = shardJson(clippings)
      await writeNewSynced(fs, shardPath(folder, shard), body)
      bytes.set(shard, Buffer.byteLength(body))
    }
    await syncDirectory(fs, shardsPath(folder))
  }
  await writeNewSynced(fs, sourceJsonPath(folder), sourceJson(data.source))
  return { owner: plan.owner, bytes }
}

/**
 * A source as the store keeps it: its data in memory, and the files that
 * hold it. A save writes only what changed (the dirty shards, source.json
 * when the metadata changed), durably and in call order.
 */
export class SourceRecord {
  private readonly queue = new TaskQueue()

  constructor(
    private readonly fs: FsOps,
    private readonly folder: string,
    public data: SourceData,
    private shards: ShardMap,
    /** The format it was read in; migration rewrites it (rewriteWhole) when older. */
    public version: number,
    private hasShardFolder: boolean,
  ) {}

  get shardMap(): ShardMap {
    return this.shards
  }

  /** Persists `next`, then (only once it is on disk) takes it as current. */
  save(next: SourceData): Promise<void> {
    if (this.version !== FORMAT_VERSION) {
      // Its old source.json would still hold the clippings and win over any shard written now.
      return Promise.reject(new AppError({ code: 'internal', message: `Source ${next.source.id} is in format ${this.version}; it must be migrated before it is changed.` }))
    }
    return this.queue.run(() => this.write(next, false))
  }

  /**
   * Writes `data` (by default its own) as the whole folder in the current
   * format: the shards from scratch (clearing what an interrupted
   * migration left), then source.json, which until then still holds
   * everything in the old format.
   */
  async rewriteWhole(data: SourceData = this.data): Promise<void> {
    const before = this.data
    try {
      await withCopyOps(this.fs).removeTree(shardsPath(this.folder))
    } catch (err) {
      throw ioError(shardsPath(this.folder), err)
    }
    this.hasShardFolder = false
    this.shards = emptyShardMap()
    this.data = { source: data.source, clippings: [] }
    try {
      await this.queue.run(() => this.write(data, true))
    } catch (err) {
      this.data = before
      throw err
    }
    this.version = FORMAT_VERSION
  }

  private async write(next: SourceData, rewriteSource: boolean): Promise<void> {
    const prev = this.data
    const plan = planShards(this.shards, prev.clippings, next.clippings)
    const bytes = new Map(this.shards.bytes)
    const written: string[] = []
    try {
      for (const [shard, clippings] of plan.writes) {
        await this.writeShard(shard, clippings, bytes)
        written.push(shard)
      }
      if (rewriteSource || next.source !== prev.source) {
        await writeFileDurable(this.fs, sourceJsonPath(this.folder), sourceJson(next.source))
      }
    } catch (err) {
      await this.putBack(written, prev)
      throw err
    }
    this.shards = { owner: plan.owner, bytes }
    this.data = next
  }

  /**
   * After a failed save, writes back the shards it had already replaced, so
   * a save of several shards that fails leaves none of them changed. Best
   * effort: when the disk refuses this too, the reopen shows what was saved.
   */
  private async putBack(shards: string[], prev: SourceData): Promise<void> {
    const bytes = new Map(this.shards.bytes)
    for (const shard of shards) {
      const clippings = prev.clippings.filter((c) => this.shards.owner.get(c.id) === shard)
      await this.writeShard(shard, clippings, bytes).catch(() => undefined)
    }
  }

  private async writeShard(shard: string, clippings: SourceData['clippings'], bytes: Map<string, number>): Promise<void> {
    const path = shardPath(this.folder, shard)
    if (clippings.length === 0) {
      try {
        await this.fs.unlink(path)
        await syncDirectory(this.fs, shardsPath(this.folder))
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') throw ioError(path, err)
      }
      bytes.delete(shard)
      return
    }
    if (!this.hasShardFolder) {
      try {
        await this.fs.mkdir(shardsPath(this.folder))
        await syncDirectory(this.fs, this.folder)
      } catch (err) {
        throw ioError(shardsPath(this.folder), err)
      }
      this.hasShardFolder = true
    }
    const body = shardJson(clippings)
    await writeFileDurable(this.fs, path, body)
    bytes.set(shard, Buffer.byteLength(body))
  }
}

/** Opens the record of a folder just read. */
export function recordOf(fs: FsOps, folder: string, loaded: LoadedSource): SourceRecord {
  return new SourceRecord(fs, folder, loaded.data, loaded.shards, loaded.version, loaded.shards.bytes.size > 0)
}
