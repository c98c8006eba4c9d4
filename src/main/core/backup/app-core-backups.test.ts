import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ApiMethod } from '../../../shared/api'
import type { BackupProgress } from '../../../shared/backups'
import { createHandlers } from '../api-handlers'
import { createAppCore, type AppCore } from '../app-core'
import { dispatch } from '../dispatch'
import { saveDraft } from '../drafts'
import { exportsFolderChooser } from '../export/save-export'
import { nodeFs } from '../fs-ops'
import { FakeClock } from '../testing/fake-clock'
import { newAppCore, newWorkspace, resourcesDir } from '../testing/fixtures'
import { tempDir } from '../testing/recording-fs'
import { WorkspaceStore } from '../workspace-store'
import { listBackups } from './backups'
import { takeSnapshot } from './snapshot'

const MINUTE = 60_000
const open: AppCore[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((core) => core.close()))
})

async function started(sample = true) {
  const clock = new FakeClock('2025-03-03T09:00:00Z')
  const core = await newAppCore({ sample, clock })
  open.push(core)
  const handlers = createHandlers(core, exportsFolderChooser(core.store))
  const api = async (method: ApiMethod, input: unknown = {}) => {
    const result = await dispatch(handlers, method, input)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.data as never
  }
  const backups = () => listBackups({ fs: nodeFs, dir: core.store.dir, now: clock.now() })
  return { clock, core, api, backups }
}

describe('backups in the app core', () => {
  it('come automatically an interval after a change, and never while nothing changes', async () => {
    const { clock, api, backups } = await started()
    clock.advance(60 * MINUTE)
    expect(await backups()).toEqual([])
    await api('sources.createFromText', { title: 'A note', text: 'Points of contact should be designated.' })
    clock.advance(9 * MINUTE)
    expect(await backups()).toEqual([])
    clock.advance(MINUTE)
    await vi.waitFor(async () => expect((await backups()).map((b) => b.trigger)).toEqual(['automatic']))
    expect((await backups())[0]?.counts.sources).toBe(6)
  })

  it('restore through the contract: the store, search and history are new, and the handlers keep working', async () => {
    const { core, api, backups } = await started()
    const taken = (await api('backups.create')) as { id: string; trigger: string }
    expect(taken.trigger).toBe('manual')
    await api('sources.createFromText', { title: 'Zebra memo', text: 'Zebras shall be notified of incidents.' })
    await api('drafts.create', { title: 'After the backup' })
    expect(((await api('search.query', { query: 'zebras' })) as { hits: unknown[] }).hits).not.toEqual([])
    const oldStore = core.store

    const result = (await api('backups.restore', { id: taken.id })) as { restored: { id: string }; before: { trigger: string; counts: { sources: number } } }
    expect(result.restored.id).toBe(taken.id)
    expect(result.before).toMatchObject({ trigger: 'before-restore', counts: { sources: 6 } })
    expect(core.store).not.toBe(oldStore)

    const sources = (await api('sources.list')) as Array<{ title: string }>
    expect(sources.map((s) => s.title)).not.toContain('Zebra memo')
    expect(((await api('drafts.list')) as Array<{ title: string }>).map((d) => d.title)).not.toContain('After the backup')
    expect(((await api('search.query', { query: 'zebras' })) as { hits: unknown[] }).hits).toEqual([])
    expect(await api('history.state')).toEqual({ undoLabel: null, redoLabel: null })
    expect((await backups()).map((b) => b.trigger)).toEqual(['before-restore', 'manual'])

    // The same handlers go on to the new store, and what they save is on disk.
    await api('drafts.create', { title: 'After the restore' })
    expect(await api('history.state')).toMatchObject({ undoLabel: 'New draft After the restore' })
    const onDisk = await WorkspaceStore.open(core.store.dir, { readOnly: true })
    expect([...onDisk.drafts.values()].map((d) => d.data.draft.title)).toContain('After the restore')

    // A save still aimed at the replaced store is refused, not written over the restored files.
    const [draft] = [...oldStore.drafts.values()]
    await expect(saveDraft(oldStore, { ...draft!.data.draft, title: 'Stale' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('A backup was restored'),
    })
  })

  it('reports errors as data: an unknown backup, a malformed id', async () => {
    const { core } = await started(false)
    const handlers = createHandlers(core, exportsFolderChooser(core.store))
    expect(await dispatch(handlers, 'backups.restore', { id: '2020-01-01T00-00-00-000Z' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('There is no backup 2020-01-01T00-00-00-000Z') },
    })
    expect(await dispatch(handlers, 'backups.restore', { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'id' },
    })
  })

  it('take a last backup on close when something changed since the last one, and none otherwise', async () => {
    const idle = await started(false)
    await idle.core.close()
    open.splice(open.indexOf(idle.core), 1)
    expect(await idle.backups()).toEqual([])

    const busy = await started(false)
    await busy.api('drafts.create', { title: 'Late work' })
    await busy.core.close()
    open.splice(open.indexOf(busy.core), 1)
    expect((await busy.backups()).map((b) => [b.trigger, b.counts.drafts])).toEqual([['on-close', 1]])
  })
})

describe('a backup under way', () => {
  it('reports how far it has got, source by source, then the check of its copy', async () => {
    const { dir } = await newWorkspace({ sample: true })
    const seen: BackupProgress[] = []
    await takeSnapshot(nodeFs, dir, 'manual', new Date(), { onProgress: (p) => seen.push(p) })
    const copying = seen.filter((p) => p.phase === 'copying')
    expect(copying.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5])
    expect(copying.every((p) => p.total === 5 && p.action === 'backup' && p.cancellable)).toBe(true)
    expect(seen.at(-1)).toMatchObject({ phase: 'checking' })
  })

  it('can be cancelled through the contract, and then leaves nothing behind', async () => {
    const dir = join(await tempDir(), 'workspace')
    // The third file copied waits until the test has asked for the cancel: the backup is then surely under way.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let copies = 0
    const fs = { ...nodeFs, copyFile: async (from: string, to: string) => {
      if (++copies === 3) await held
      return nodeFs.copyFile(from, to)
    } }
    const core = await createAppCore(dir, { resourcesDir, sample: true, fs })
    open.push(core)
    const handlers = createHandlers(core, exportsFolderChooser(core.store))
    const running = dispatch(handlers, 'backups.create', {})
    await vi.waitFor(async () => expect(await dispatch(handlers, 'backups.progress', {})).toMatchObject({ ok: true, data: { action: 'backup', cancellable: true } }))
    expect(await dispatch(handlers, 'backups.cancel', {})).toEqual({ ok: true, data: { cancelled: true } })
    release()
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(await dispatch(handlers, 'backups.progress', {})).toEqual({ ok: true, data: null })
    expect(await listBackups({ fs: nodeFs, dir, now: new Date() })).toEqual([])
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('.staging-'))).toEqual([])
    // Nothing to cancel now; the next backup goes through.
    expect(await dispatch(handlers, 'backups.cancel', {})).toEqual({ ok: true, data: { cancelled: false } })
    expect(await dispatch(handlers, 'backups.create', {})).toMatchObject({ ok: true, data: { trigger: 'manual' } })
  })
})
