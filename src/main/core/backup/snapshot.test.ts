import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSourceInput } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { nodeFs, type FsOps } from '../fs-ops'
import { createSourceFromText } from '../sources'
import { dyingAt } from '../testing/dying-fs'
import { FakeClock } from '../testing/fake-clock'
import { newWorkspace } from '../testing/fixtures'
import { recordFiles } from '../testing/record-files'
import { layout } from '../workspace-layout'
import { createBackup, listBackups } from './backups'

const at = (iso: string) => new Date(iso)

async function backupFolders(dir: string): Promise<string[]> {
  return (await readdir(layout.backupsDir(dir))).filter((n) => n !== '.gitignore').sort()
}

describe('backups', () => {
  it('copy the record files and nothing else, verified, with the texts hard-linked', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    await mkdir(join(dir, 'trash'), { recursive: true })
    await writeFile(join(dir, 'trash', 'old.json'), '{}')
    await mkdir(join(dir, 'quarantine', 'x'), { recursive: true })
    await mkdir(join(dir, 'exports'), { recursive: true })
    await writeFile(join(dir, 'exports', 'pack.md'), '# pack')
    await writeFile(join(dir, '.clausewright.lock'), '{}')

    const backup = await createBackup({ fs: nodeFs, dir, now: at('2025-03-01T10:15:00.123Z') }, 'manual')
    expect(backup).toMatchObject({ id: '2025-03-01T10-15-00-123Z', createdAt: '2025-03-01T10:15:00.123Z', trigger: 'manual', keepReason: 'recent' })
    const clippings = [...store.sources.values()].reduce((n, db) => n + db.data.clippings.length, 0)
    expect(backup.counts).toEqual({ sources: 5, clippings, drafts: 1 })

    const folder = join(layout.backupsDir(dir), backup.id)
    expect(await recordFiles(folder)).toEqual(await recordFiles(dir))
    expect((await readdir(folder)).sort()).toEqual(['backup.json', ...(await readdir(dir)).filter((n) => n.endsWith('.json')), 'drafts', 'sources'].sort())
    const [id] = [...store.sources.keys()]
    const inode = async (root: string, name: string) => (await stat(join(layout.sourceDir(root, id as string), name))).ino
    expect(await inode(folder, 'text.txt')).toBe(await inode(dir, 'text.txt'))
    expect(await inode(folder, 'source.json')).not.toBe(await inode(dir, 'source.json'))
    const sizes = await Promise.all([...(await recordFiles(folder)).values()].map((b) => b.length))
    expect(backup.bytes).toBe(sizes.reduce((a, b) => a + b, 0))
    expect(await readFile(join(layout.backupsDir(dir), '.gitignore'), 'utf8')).toContain('*')
    expect(await listBackups({ fs: nodeFs, dir, now: at('2025-03-01T11:00:00Z') })).toEqual([backup])
  })

  it('copy the texts where the file system has no hard links', async () => {
    const { dir } = await newWorkspace({ sample: true })
    const noLinks = { ...nodeFs, link: () => Promise.reject(Object.assign(new Error('not permitted'), { code: 'EPERM' })) } as FsOps
    const backup = await createBackup({ fs: noLinks, dir, now: at('2025-03-01T10:00:00Z') }, 'manual')
    const folder = join(layout.backupsDir(dir), backup.id)
    expect(await recordFiles(folder)).toEqual(await recordFiles(dir))
    for (const rel of [...(await recordFiles(dir)).keys()].filter((r) => r.endsWith('text.txt'))) {
      expect((await stat(join(folder, rel))).ino).not.toBe((await stat(join(dir, rel))).ino)
    }
  })

  it('remove a backup that fails its check, and say which file is damaged', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const [id] = [...store.sources.keys()].sort()
    const damaged = layout.sourceFile(dir, id as string)
    await writeFile(damaged, '{"formatVersion": 1, "sour')
    const error = await createBackup({ fs: nodeFs, dir, now: at('2025-03-01T10:00:00Z') }, 'automatic').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'workspace-invalid', field: damaged })
    expect((error as AppError).message).toContain(`sources/${id}/source.json: the JSON is truncated or malformed`)
    expect(await backupFolders(dir)).toEqual([])
    // The check read a copy: the damaged file is still where it was, for the loader to quarantine.
    expect(await readFile(damaged, 'utf8')).toBe('{"formatVersion": 1, "sour')
  })

  it('leave nothing when the last step fails', async () => {
    const { dir } = await newWorkspace()
    const failingRename: FsOps = {
      ...nodeFs,
      rename: (from, to) => (basename(from).startsWith('.staging-') ? Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })) : nodeFs.rename(from, to)),
    }
    const error = await createBackup({ fs: failingRename, dir, now: at('2025-03-01T10:00:00Z') }, 'manual').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'io-failed', message: expect.stringContaining('(EIO)') })
    expect(await backupFolders(dir)).toEqual([])
  })

  it('ignore the half backups a crash leaves, clean them up at the next one, and leave other folders alone', async () => {
    const { dir } = await newWorkspace()
    const root = layout.backupsDir(dir)
    const first = await createBackup({ fs: nodeFs, dir, now: at('2025-03-01T10:00:00Z') }, 'manual')
    // A crash while staging: the folder even holds a manifest, but under its dot-name it never counts.
    const staging = join(root, '.staging-2025-03-01T11-00-00-000Z')
    await mkdir(join(staging, 'sources'), { recursive: true })
    await writeFile(join(staging, 'workspace.json'), await readFile(layout.workspaceFile(dir)))
    await writeFile(join(staging, 'backup.json'), (await readFile(join(root, first.id, 'backup.json'), 'utf8')).replaceAll(first.id, '2025-03-01T11-00-00-000Z'))
    await mkdir(join(root, '.pruning-2025-02-01T10-00-00-000Z', 'drafts'), { recursive: true })
    await mkdir(join(root, 'my notes'))
    await mkdir(join(root, '2025-03-01T12-00-00-000Z'))

    const now = at('2025-03-01T13:00:00Z')
    expect((await listBackups({ fs: nodeFs, dir, now })).map((b) => b.id)).toEqual([first.id])
    const second = await createBackup({ fs: nodeFs, dir, now }, 'manual')
    expect(await backupFolders(dir)).toEqual(['2025-03-01T12-00-00-000Z', first.id, second.id, 'my notes'].sort())
    expect((await listBackups({ fs: nodeFs, dir, now })).map((b) => b.id)).toEqual([second.id, first.id])
  })

  it('never leave a backup that looks finished but is not, whatever step a crash interrupts', { timeout: 60_000 }, async () => {
    const { dir, store } = await newWorkspace()
    await createSourceFromText(store, createSourceInput.parse({ title: 'Note', text: 'Each State Party shall designate a point of contact.' }))
    const live = await recordFiles(dir)
    for (let n = 1; ; n++) {
      const dying = dyingAt(n)
      const finished = await createBackup({ fs: dying.fs, dir, now: at('2025-03-01T10:00:00Z') }, 'manual').then(() => true, () => false)
      const listed = await listBackups({ fs: nodeFs, dir, now: at('2025-03-01T10:30:00Z') })
      expect(listed.length, `crash at call ${n}`).toBeLessThanOrEqual(1)
      for (const b of listed) expect(await recordFiles(join(layout.backupsDir(dir), b.id)), `crash at call ${n}`).toEqual(live)
      // The next backup, on a working disk, clears away whatever the crash left.
      await createBackup({ fs: nodeFs, dir, now: at('2025-03-01T11:00:00Z') }, 'manual')
      expect((await readdir(layout.backupsDir(dir))).filter((name) => name.startsWith('.') && name !== '.gitignore'), `crash at call ${n}`).toEqual([])
      await rm(layout.backupsDir(dir), { recursive: true })
      if (finished) {
        expect(dying.died()).toBe(false)
        break
      }
    }
  })

  it('rotate over simulated weeks, keeping exactly what the policy says', { timeout: 30_000 }, async () => {
    const { dir } = await newWorkspace()
    const clock = new FakeClock('2025-03-01T09:00:00Z') // a Saturday
    for (let day = 1; day <= 21; day++) {
      for (const hour of ['09', '17']) {
        clock.set(`2025-03-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`)
        await createBackup({ fs: nodeFs, dir, now: clock.now() }, 'automatic')
      }
    }
    const id = (day: number, hour: string) => `2025-03-${String(day).padStart(2, '0')}T${hour}-00-00-000Z`
    const recent = [17, 18, 19, 20, 21].flatMap((d) => [id(d, '09'), id(d, '17')])
    const daily = [id(15, '17'), id(16, '17')]
    const weekly = [id(2, '17'), id(9, '17')]
    expect(await backupFolders(dir)).toEqual([...recent, ...daily, ...weekly].sort())
    const listed = await listBackups({ fs: nodeFs, dir, now: clock.now() })
    expect(listed.map((b) => [b.id, b.keepReason])).toEqual([
      ...[...recent].reverse().map((b) => [b, 'recent']),
      ...[...daily].reverse().map((b) => [b, 'daily']),
      ...[...weekly].reverse().map((b) => [b, 'weekly']),
    ])
  })
})
