import { cp, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSourceInput } from '../../../shared/api'
import { saveViewInput } from '../../../shared/views'
import { checkWorkspace } from '../check-workspace'
import { addClipping } from '../clippings'
import { createDraft } from '../drafts'
import { nodeFs } from '../fs-ops'
import { dyingAt } from '../testing/dying-fs'
import { createSourceFromText } from '../sources'
import { newWorkspace } from '../testing/fixtures'
import { recordFiles } from '../testing/record-files'
import { tempDir } from '../testing/recording-fs'
import { keepInTrash } from '../trash'
import { saveView } from '../views'
import { layout } from '../workspace-layout'
import { WorkspaceStore } from '../workspace-store'
import { becomeWriter } from '../writer'
import { createBackup, listBackups, restoreBackup } from './backups'
import { restorePending, restoreSnapshot } from './restore'

const at = (iso: string) => new Date(iso)

function equal(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v))
}

/** A workspace with one backup (state A), then changed in every record group (state B). */
async function changedSinceBackup(sample = true) {
  const { dir, store } = await newWorkspace({ sample })
  if (!sample) await createSourceFromText(store, createSourceInput.parse({ title: 'First', text: 'Each State Party shall designate a point of contact.' }))
  const backup = await createBackup({ fs: nodeFs, dir, now: at('2025-03-01T10:00:00Z') }, 'manual')
  const stateA = await recordFiles(dir)
  const [sourceId] = [...store.sources.keys()].sort()
  await addClipping(store, { sourceId: sourceId as string, start: 0, end: 12 })
  await createSourceFromText(store, createSourceInput.parse({ title: 'Added later', text: 'A source that came after the backup.' }))
  await createDraft(store, 'A draft that came after the backup')
  await saveView(store, saveViewInput.parse({ name: 'Later view', table: 'clippings', state: { globalFilter: 'risk', columnFilters: [], sorting: [], columnVisibility: {} } }))
  await store.saveCodebook({ ...store.codebook.data, tags: store.codebook.data.tags.slice(1) })
  await keepInTrash(store, 'note', { kept: true })
  return { dir, backup, stateA, stateB: await recordFiles(dir) }
}

describe('restoring a backup', () => {
  it('gives back the exact files, after backing up the state it replaces', async () => {
    const { dir, backup, stateA, stateB } = await changedSinceBackup()
    const result = await restoreBackup({ fs: nodeFs, dir, now: at('2025-03-02T08:00:00Z') }, backup.id)

    expect(await recordFiles(dir)).toEqual(stateA)
    expect(result.restored.id).toBe(backup.id)
    expect(result.before).toMatchObject({ trigger: 'before-restore', createdAt: '2025-03-02T08:00:00.000Z', counts: { sources: 6, drafts: 2 } })
    expect(await recordFiles(join(layout.backupsDir(dir), result.before.id))).toEqual(stateB)
    expect(await readdir(dir)).not.toContain('.restore')
    expect(await readdir(layout.trashDir(dir))).toEqual([expect.stringMatching(/-note-/)])
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.problems).toEqual([])
    expect((await checkWorkspace(dir)).findings).toEqual([])

    // The restore is itself recoverable: restoring the backup it took goes back.
    await restoreBackup({ fs: nodeFs, dir, now: at('2025-03-02T08:05:00Z') }, result.before.id)
    expect(await recordFiles(dir)).toEqual(stateB)
    expect((await listBackups({ fs: nodeFs, dir, now: at('2025-03-02T09:00:00Z') })).map((b) => b.trigger)).toEqual(['before-restore', 'before-restore', 'manual'])
  })

  it('refuses an unknown backup and changes nothing', async () => {
    const { dir, stateB } = await changedSinceBackup()
    await expect(restoreBackup({ fs: nodeFs, dir, now: new Date() }, '2020-01-01T00-00-00-000Z')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('There is no backup 2020-01-01T00-00-00-000Z'),
    })
    expect(await recordFiles(dir)).toEqual(stateB)
  })

  it('leaves the old set or the new one, whatever step a crash interrupts', { timeout: 120_000 }, async () => {
    // A small workspace keeps the number of crash points (every file-system call of the restore) low.
    const template = await changedSinceBackup(false)
    const outcomes = new Set<string>()
    for (let n = 1; ; n++) {
      const dir = join(await tempDir(), 'workspace')
      await cp(template.dir, dir, { recursive: true })
      const dying = dyingAt(n)
      // The backup of the current state comes first and is an ordinary backup (crashes in one: snapshot.test.ts).
      const attempt = await restoreSnapshot(dying.fs, dir, template.backup.id).then(
        () => 'finished',
        () => 'crashed',
      )
      if (attempt === 'finished') {
        expect(dying.died()).toBe(false)
        expect(await recordFiles(dir)).toEqual(template.stateA)
        break
      }
      const committed = await restorePending(nodeFs, dir)
      if (committed) expect((await checkWorkspace(dir)).findings.map((f) => f.file)).toContain('.restore')
      // The next writer to open the workspace finishes (or discards) what the crash left.
      const { store, lock } = await becomeWriter(await WorkspaceStore.open(dir))
      await lock.release()
      expect(store.problems).toEqual([])
      const got = await recordFiles(dir)
      const outcome = equal(got, template.stateA) ? 'new set' : equal(got, template.stateB) ? 'old set' : 'a mix'
      expect(outcome, `crash at call ${n}`).not.toBe('a mix')
      // Once past the commit point (the journal on disk), a crash always leads to the new set.
      if (committed || outcomes.has('new set')) expect(outcome, `crash at call ${n}`).toBe('new set')
      expect(await readdir(dir)).not.toContain('.restore')
      outcomes.add(outcome)
    }
    expect([...outcomes].sort()).toEqual(['new set', 'old set'])
  })
})
