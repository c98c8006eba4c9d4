import { cp, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { FORMAT_VERSION } from '../../../shared/workspace-files'
import { listBackups } from '../backup/backups'
import { checkWorkspace } from '../check-workspace'
import { updateClipping } from '../clippings'
import { faultyFs } from '../testing/faulty-fs'
import { tempDir } from '../testing/recording-fs'
import { folderBytes } from '../testing/store-state'
import { workspaceEntities } from '../testing/workspace-entities'
import { WorkspaceStore } from '../workspace-store'
import { becomeWriter } from '../writer'

/*
 * fixtures/format-1/ is a workspace written by the release that used
 * format 1 (its sample workspace, a saved view and an edited clipping),
 * kept byte for byte: every past format gets such a folder.
 */
const FORMAT_1 = fileURLToPath(new URL('./fixtures/format-1/', import.meta.url))

async function copyOf(fixture: string): Promise<string> {
  const dir = join(await tempDir('cw-migrate-'), 'workspace')
  await cp(fixture, dir, { recursive: true })
  return dir
}

async function jsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true })
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('backups') && !n.startsWith('.'))
}

/** What the format-1 release held in this workspace, read by today's loader without changing anything. */
async function format1Entities(): Promise<Map<string, string>> {
  return workspaceEntities(await WorkspaceStore.open(await copyOf(FORMAT_1), { readOnly: true }))
}

describe('a format-1 workspace', () => {
  it('opens for reading as it is, and nothing on disk changes', async () => {
    const dir = await copyOf(FORMAT_1)
    const before = await folderBytes(dir)
    const store = await WorkspaceStore.open(dir, { readOnly: true })
    expect(store.problems).toEqual([])
    expect(store.sources.size).toBe(5)
    expect([...store.sources.values()].reduce((n, r) => n + r.data.clippings.length, 0)).toBe(20)
    expect(store.views.data.views.map((v) => v.name)).toEqual(['Prohibitions'])
    expect(store.needsMigration()).toBe(true)
    expect((await checkWorkspace(dir)).findings).toEqual([])
    expect(await folderBytes(dir)).toEqual(before)
  })

  it('is backed up, then migrated by its writer, holding exactly what it held', async () => {
    const dir = await copyOf(FORMAT_1)
    const expected = await format1Entities()
    const { store, lock } = await becomeWriter(await WorkspaceStore.open(dir))
    try {
      expect(store.upgrade).toMatchObject({ from: 1, to: FORMAT_VERSION })
      expect(workspaceEntities(store)).toEqual(expected)
      expect(store.needsMigration()).toBe(false)

      // Every file now says the current format, and clippings left source.json for their shards.
      for (const rel of await jsonFiles(dir)) {
        const json = JSON.parse(await readFile(join(dir, rel), 'utf8')) as { formatVersion: number; clippings?: unknown }
        expect(json.formatVersion, rel).toBe(FORMAT_VERSION)
        if (rel.endsWith('source.json')) expect(json.clippings, rel).toBeUndefined()
      }
      expect((await checkWorkspace(dir)).findings).toEqual([])

      // The backup holds the old files byte for byte, and the rotation keeps it.
      const [backup] = await listBackups({ fs: store.fs, dir, now: new Date() })
      expect(backup).toMatchObject({ id: store.upgrade?.backupId, trigger: 'before-migration', keepReason: 'upgrade' })
      const original = await readFile(join(FORMAT_1, 'sources', 'src_budapestcoop', 'source.json'))
      expect(await readFile(join(dir, 'backups', backup!.id, 'sources', 'src_budapestcoop', 'source.json'))).toEqual(original)

      // The migrated workspace takes edits like any other.
      const clipping = [...store.sources.values()][0]!.data.clippings[0]!
      await updateClipping(store, clipping.id, { note: 'after the upgrade' })
    } finally {
      await lock.release()
    }
    const again = await becomeWriter(await WorkspaceStore.open(dir))
    await again.lock.release()
    expect(again.store.upgrade).toBeNull()
    expect(await listBackups({ fs: again.store.fs, dir, now: new Date() })).toHaveLength(1)
  })

  it('finishes at the next open when the migration fails at any file operation, losing nothing', { timeout: 120_000 }, async () => {
    const expected = await format1Entities()
    // A first migration, without faults, shows which calls it makes after its backup.
    const probe = await copyOf(FORMAT_1)
    const recorder = faultyFs(probe, { flush: false })
    const opened = await WorkspaceStore.open(probe, { fs: recorder.fs })
    const { lock } = await becomeWriter(opened)
    await lock.release()
    const writes = recorder.calls
      .map((c, i) => ({ ...c, i }))
      .filter((c) => !c.path.startsWith('backups') && (c.call === 'rename' || c.call === 'unlink' || c.call === 'mkdir' || (c.call === 'open' && c.path.endsWith('.tmp'))))
    expect(writes.length).toBeGreaterThan(20)

    let refused = 0
    for (const target of writes) {
      const dir = await copyOf(FORMAT_1)
      const faults = faultyFs(dir, { flush: false })
      const nth = writes.filter((w) => w.i <= target.i && w.call === target.call && w.path === target.path).length
      faults.inject({ call: target.call, path: target.path, nth, code: 'ENOSPC', mode: 'always' })
      const error = await becomeWriter(await WorkspaceStore.open(dir, { fs: faults.fs })).then(
        async ({ lock }) => {
          await lock.release()
          return null
        },
        (err: unknown) => err,
      )
      if (error) {
        refused++
        expect(error, `${target.call} ${target.path}`).toBeInstanceOf(AppError)
        expect((error as AppError).message).toMatch(/could not be upgraded to format 2/)
        // Whatever was rewritten or not, what it reads now is what it held.
        expect(workspaceEntities(await WorkspaceStore.open(dir, { readOnly: true })), `${target.call} ${target.path}`).toEqual(expected)
      }
      const { store, lock } = await becomeWriter(await WorkspaceStore.open(dir))
      await lock.release()
      expect(store.needsMigration()).toBe(false)
      expect(workspaceEntities(store), `${target.call} ${target.path}`).toEqual(expected)
    }
    expect(refused).toBeGreaterThan(0)
    console.log(`migration faults: ${writes.length} file operations failed in turn, ${refused} migrations refused and finished at the next open, nothing lost`)
  })
})
