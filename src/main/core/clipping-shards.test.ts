import { describe, expect, it } from 'vitest'
import type { Clipping } from '../../shared/model'
import { clippingShardSchema } from '../../shared/workspace-files'
import { emptyShardMap, planShards, SHARD_BYTES, shardJson, type ShardMap } from './clipping-shards'

function clipping(n: number, quoteLength = 200): Clipping {
  const at = '2026-01-01T00:00:00.000Z'
  return {
    id: `clp_${String(n).padStart(6, '0')}`, sourceId: 'src_onlyone', start: n * 10, end: n * 10 + quoteLength,
    quote: 'q'.repeat(quoteLength), prefix: 'before', suffix: 'after', tags: [], note: '', createdAt: at, updatedAt: at,
  }
}

/** The shard map once a plan's writes are on disk, with each shard's bytes as written. */
function applied(plan: ReturnType<typeof planShards>, map: ShardMap): ShardMap {
  const bytes = new Map(map.bytes)
  for (const [shard, clippings] of plan.writes) {
    if (clippings.length === 0) bytes.delete(shard)
    else bytes.set(shard, Buffer.byteLength(shardJson(clippings)))
  }
  return { owner: plan.owner, bytes }
}

describe('planShards', () => {
  it('fills the newest shard up to its size, then opens the next one', () => {
    const all = Array.from({ length: 100 }, (_, i) => clipping(i))
    const plan = planShards(emptyShardMap(), [], all)
    const shards = [...plan.writes.keys()].sort()
    expect(shards[0]).toBe('0001')
    expect(shards.length).toBeGreaterThan(2)
    for (const [shard, clippings] of plan.writes) {
      // The last one added may cross the line; none goes further.
      expect(Buffer.byteLength(shardJson(clippings.slice(0, -1))), shard).toBeLessThanOrEqual(SHARD_BYTES)
    }
    expect([...plan.writes.values()].flat()).toEqual(all)
  })

  it('rewrites only the shard of a changed clipping, with its other clippings as they were', () => {
    const all = Array.from({ length: 100 }, (_, i) => clipping(i))
    const first = planShards(emptyShardMap(), [], all)
    const map = applied(first, emptyShardMap())
    const next = all.map((c, i) => (i === 57 ? { ...c, note: 'edited' } : c))
    const plan = planShards(map, all, next)
    const shard = map.owner.get(all[57]!.id)!
    expect([...plan.writes.keys()]).toEqual([shard])
    expect(plan.writes.get(shard)).toEqual(first.writes.get(shard)!.map((c) => (c.id === all[57]!.id ? next[57] : c)))
    expect(planShards(map, all, all).writes.size).toBe(0)
  })

  it('appends new clippings to the newest shard and empties a shard whose clippings all went', () => {
    const all = Array.from({ length: 100 }, (_, i) => clipping(i))
    const map = applied(planShards(emptyShardMap(), [], all), emptyShardMap())
    const firstShard = all.filter((c) => map.owner.get(c.id) === '0001')
    const remaining = all.filter((c) => map.owner.get(c.id) !== '0001')
    const removal = planShards(map, all, remaining)
    expect([...removal.writes]).toEqual([['0001', []]])
    expect(firstShard.every((c) => !removal.owner.has(c.id))).toBe(true)

    const afterRemoval = applied(removal, map)
    const restored = [...remaining, ...firstShard]
    const undo = planShards(afterRemoval, remaining, restored)
    // Brought back (an undo), they are new to the map and go to the newest shards, not to the emptied one.
    expect(undo.writes.has('0001')).toBe(false)
    expect([...undo.writes.values()].flat().map((c) => c.id)).toEqual(expect.arrayContaining(firstShard.map((c) => c.id)))
  })

  it('gives a clipping larger than a shard a shard of its own', () => {
    const big = clipping(1, SHARD_BYTES * 2)
    const plan = planShards(emptyShardMap(), [], [clipping(0), big, clipping(2)])
    expect([...plan.writes.values()].map((cs) => cs.map((c) => c.id))).toEqual([[clipping(0).id], [big.id], [clipping(2).id]])
  })
})

describe('shardJson', () => {
  it('writes one clipping per line, and reads back as the same clippings', () => {
    const clippings = [clipping(1), clipping(2)]
    const body = shardJson(clippings)
    expect(body.split('\n')).toHaveLength(5)
    expect(clippingShardSchema.parse(JSON.parse(body)).clippings).toEqual(clippings)
    expect(shardJson(clippings)).toBe(body)
    expect(JSON.parse(shardJson([])).clippings).toEqual([])
  })
})
