import { clippingShardSchema, FORMAT_VERSION } from '../../shared/workspace-files'
import type { Clipping } from '../../shared/model'

/*
 * A source's clippings live in shards of a few KB (sources/<id>/clippings/),
 * so that editing one clipping rewrites one small file whatever the size of
 * the source or the workspace. New clippings go into the newest shard until
 * it reaches SHARD_BYTES; a clipping then stays in its shard for life, so a
 * crash can never leave one clipping in two shards.
 */

/** A shard takes new clippings while it holds less than this. */
export const SHARD_BYTES = 12 * 1024

/** Which shard holds each clipping of one source, and how big each shard's file is. */
export interface ShardMap {
  /** Clipping id → shard name. */
  readonly owner: ReadonlyMap<string, string>
  /** Shard name → bytes of its file as last read or written. */
  readonly bytes: ReadonlyMap<string, number>
}

export const emptyShardMap = (): ShardMap => ({ owner: new Map(), bytes: new Map() })

/** The shards one save rewrites (an empty list: the shard's file goes), and the map once they are written. */
export interface ShardPlan {
  writes: Map<string, Clipping[]>
  owner: Map<string, string>
}

/** Shard files are numbered "0001", "0002"...: sorted by name, they list oldest first. */
export function shardName(n: number): string {
  return String(n).padStart(4, '0')
}

function newestShard(names: Iterable<string>): { name: string | null; number: number } {
  let best: { name: string | null; number: number } = { name: null, number: 0 }
  for (const name of names) {
    const n = Number.parseInt(name, 10)
    if (n > best.number) best = { name, number: n }
  }
  return best
}

/**
 * Works out which shards change when a source's clippings go from `prev` to
 * `next`. Clippings are immutable values, so one that is the same object in
 * both is unchanged; any other in a known shard makes that shard dirty.
 */
export function planShards(map: ShardMap, prev: readonly Clipping[], next: readonly Clipping[]): ShardPlan {
  const owner = new Map(map.owner)
  const before = new Map(prev.map((c) => [c.id, c]))
  const dirty = new Set<string>()
  let newest = newestShard(map.bytes.keys())
  let newestBytes = newest.name === null ? 0 : (map.bytes.get(newest.name) ?? 0)
  const nextIds = new Set<string>()
  for (const c of next) {
    nextIds.add(c.id)
    const shard = owner.get(c.id)
    if (shard !== undefined) {
      if (before.get(c.id) !== c) dirty.add(shard)
      continue
    }
    const size = lineBytes(c)
    if (newest.name === null || (newestBytes > 0 && newestBytes + size > SHARD_BYTES)) {
      newest = { name: shardName(newest.number + 1), number: newest.number + 1 }
      newestBytes = 0
    }
    owner.set(c.id, newest.name as string)
    newestBytes += size
    dirty.add(newest.name as string)
  }
  for (const c of prev) {
    const shard = owner.get(c.id)
    if (!nextIds.has(c.id) && shard !== undefined) {
      dirty.add(shard)
      owner.delete(c.id)
    }
  }
  const writes = new Map<string, Clipping[]>([...dirty].map((s) => [s, []]))
  for (const c of next) writes.get(owner.get(c.id) as string)?.push(c)
  return { writes, owner }
}

function lineBytes(c: Clipping): number {
  return Buffer.byteLength(JSON.stringify(c)) + 2
}

/**
 * A shard's bytes: one clipping per line, keys in schema order, so the
 * same data always gives the same bytes and an edit diffs as one line.
 */
export function shardJson(clippings: readonly Clipping[]): string {
  const shard = clippingShardSchema.parse({ formatVersion: FORMAT_VERSION, clippings })
  const lines = shard.clippings.map((c) => JSON.stringify(c))
  const body = lines.length === 0 ? '' : `\n${lines.join(',\n')}\n`
  return `{"formatVersion":${shard.formatVersion},"clippings":[${body}]}\n`
}
