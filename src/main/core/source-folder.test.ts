import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Clipping } from '../../shared/model'
import type { SourceData } from '../../shared/workspace-files'
import { shardJson } from './clipping-shards'
import { nodeFs } from './fs-ops'
import { faultyFs } from './testing/faulty-fs'
import { tempDir } from './testing/recording-fs'
import { folderBytes } from './testing/store-state'
import { readSourceFolder, recordOf, writeSourceRecords } from './source-folder'

const SOURCE = 'src_shardtest'
const at = '2026-01-01T00:00:00.000Z'

function clipping(n: number, sourceId = SOURCE): Clipping {
  return {
    id: `clp_${String(n).padStart(6, '0')}`, sourceId, start: n, end: n + 400, quote: 'x'.repeat(400),
    prefix: '', suffix: '', tags: [], note: '', createdAt: at, updatedAt: at,
  }
}

function sourceData(count: number): SourceData {
  return {
    source: {
      id: SOURCE, kind: 'report', title: 'Shards', authors: [], publisher: '', date: '2026', url: '', language: 'en',
      importedAt: at, format: 'text', textHash: 'a'.repeat(64), textLength: 10_000, note: '',
    },
    clippings: Array.from({ length: count }, (_, i) => clipping(i)),
  }
}

async function sourceFolder(data: SourceData): Promise<string> {
  const folder = join(await tempDir('cw-source-'), SOURCE)
  await mkdir(folder)
  await writeSourceRecords(nodeFs, folder, data)
  return folder
}

describe('a source folder', () => {
  it('reads back what was written, shard by shard', async () => {
    const data = sourceData(80)
    const folder = await sourceFolder(data)
    expect((await readdir(join(folder, 'clippings'))).length).toBeGreaterThan(2)
    const loaded = await readSourceFolder(nodeFs, folder, SOURCE)
    expect(loaded.data).toEqual(data)
    expect(loaded.damaged).toEqual([])
    expect(loaded.version).toBe(2)
  })

  it('puts back the shards a failed save had already replaced', async () => {
    const data = sourceData(80)
    const folder = await sourceFolder(data)
    const before = await folderBytes(folder)
    const faults = faultyFs(folder, { flush: false })
    const record = recordOf(faults.fs, folder, await readSourceFolder(nodeFs, folder, SOURCE))
    const owner = record.shardMap.owner
    // A bulk edit of one clipping in the first shard and one in the last.
    const targets = new Set([data.clippings[0]!.id, data.clippings[79]!.id])
    expect(owner.get(data.clippings[0]!.id)).not.toBe(owner.get(data.clippings[79]!.id))
    const next = { ...data, clippings: data.clippings.map((c) => (targets.has(c.id) ? { ...c, note: 'bulk' } : c)) }
    const lastShard = owner.get(data.clippings[79]!.id)!
    faults.inject({ call: 'rename', path: `clippings/${lastShard}.json.tmp`, nth: 1, code: 'EIO', mode: 'once' })
    await expect(record.save(next)).rejects.toThrow(/Could not save clippings\/\d{4}\.json/)
    expect(await folderBytes(folder)).toEqual(before)
    expect(record.data).toEqual(data)
    await record.save(next)
    expect((await readSourceFolder(nodeFs, folder, SOURCE)).data).toEqual(next)
  })

  it('sets aside a shard holding a clipping of another source, or one already in another shard', async () => {
    const folder = await sourceFolder(sourceData(3))
    const [first] = await readdir(join(folder, 'clippings'))
    await writeFile(join(folder, 'clippings', '0007.json'), shardJson([clipping(50, 'src_othersource')]))
    await writeFile(join(folder, 'clippings', '0008.json'), shardJson([clipping(1)]))
    const loaded = await readSourceFolder(nodeFs, folder, SOURCE)
    expect(loaded.damaged.map((e) => [e.path.slice(folder.length + 1), e.reason])).toEqual([
      ['clippings/0007.json', 'clipping clp_000050 names source src_othersource, not src_shardtest'],
      ['clippings/0008.json', 'clipping clp_000001 is also in shard 0001'],
    ])
    expect(loaded.data.clippings.map((c) => c.id)).toEqual(sourceData(3).clippings.map((c) => c.id))
    expect(first).toBe('0001.json')
  })

  it('refuses to save a source still in format 1 before it is migrated', async () => {
    const folder = join(await tempDir('cw-source-'), SOURCE)
    await mkdir(folder)
    const data = sourceData(2)
    await writeFile(join(folder, 'source.json'), JSON.stringify({ formatVersion: 1, ...data }))
    const record = recordOf(nodeFs, folder, await readSourceFolder(nodeFs, folder, SOURCE))
    expect(record.version).toBe(1)
    await expect(record.save({ ...data, clippings: [] })).rejects.toThrow(/must be migrated/)
    await record.rewriteWhole()
    expect(JSON.parse(await readFile(join(folder, 'source.json'), 'utf8'))).toEqual({ formatVersion: 2, source: data.source })
    expect((await readSourceFolder(nodeFs, folder, SOURCE)).data).toEqual(data)
  })
})
