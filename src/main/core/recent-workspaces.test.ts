import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeFs, type FsOps } from './fs-ops'
import { RECENT_LIMIT, RecentWorkspaces, parseRecentWorkspaces, readRecentWorkspacesSync, recentWorkspacesFile, withRecent } from './recent-workspaces'
import { tempDir } from './testing/recording-fs'

async function list(warnings: string[] = [], fs: FsOps = nodeFs) {
  const file = recentWorkspacesFile(join(await tempDir(), 'data', 'nested'))
  return { file, recents: new RecentWorkspaces(file, fs, (m) => warnings.push(m)) }
}

describe('recent workspaces', () => {
  it('keep the most recent first, each folder once, at most ten, in a file of their own', async () => {
    const { file, recents } = await list()
    expect(await recents.list()).toEqual([])
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await recents.record(`/w/${i}`, `Workspace ${i}`, new Date(Date.UTC(2025, 0, 1, i)))
    await recents.record('/w/5', 'Renamed five', new Date(Date.UTC(2025, 1, 1)))
    const entries = await recents.list()
    expect(entries).toHaveLength(RECENT_LIMIT)
    expect(entries.map((e) => e.path)).toEqual(['/w/5', '/w/12', '/w/11', '/w/10', '/w/9', '/w/8', '/w/7', '/w/6', '/w/4', '/w/3'])
    expect(entries[0]).toEqual({ path: '/w/5', name: 'Renamed five', openedAt: '2025-02-01T00:00:00.000Z' })
    // On disk as the next start reads it, two-space JSON with a format version.
    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^\{\n {2}"formatVersion": 1,\n {2}"workspaces": \[/)
    expect(readRecentWorkspacesSync(file)).toEqual({ entries, problem: null })
  })

  it('forget a folder, and say whether it was there', async () => {
    const { recents } = await list()
    await recents.record('/w/a', 'A')
    await recents.record('/w/b', 'B')
    expect(await recents.forget('/w/a')).toBe(true)
    expect(await recents.forget('/w/a')).toBe(false)
    expect((await recents.list()).map((e) => e.path)).toEqual(['/w/b'])
  })

  it('apply changes made at once one after the other, losing none', async () => {
    const { recents } = await list()
    await Promise.all(['/w/1', '/w/2', '/w/3', '/w/4'].map((p) => recents.record(p, p)))
    expect((await recents.list()).map((e) => e.path).sort()).toEqual(['/w/1', '/w/2', '/w/3', '/w/4'])
  })

  it('read a damaged file as empty, say so, and replace it with a good one at the next change', async () => {
    const warnings: string[] = []
    const { file, recents } = await list(warnings)
    await recents.record('/w/a', 'A')
    await writeFile(file, '{"formatVersion": 1, "workspaces": [{"path": "/w/a", "na')
    expect(readRecentWorkspacesSync(file)).toMatchObject({ entries: [], problem: expect.stringContaining('is damaged: it is not JSON') })
    expect(await recents.list()).toEqual([])
    expect(warnings).toEqual([expect.stringMatching(/recent-workspaces\.json\) is damaged.*treated as empty/)])
    await recents.record('/w/b', 'B')
    expect(readRecentWorkspacesSync(file).entries.map((e) => e.path)).toEqual(['/w/b'])
  })

  it('refuse content of another shape, naming where it is wrong', () => {
    expect(() => parseRecentWorkspaces('{"formatVersion": 2, "workspaces": []}')).toThrow(/at formatVersion/)
    expect(() => parseRecentWorkspaces('{"formatVersion": 1, "workspaces": [{"path": ""}]}')).toThrow(/at workspaces\.0\.path/)
    expect(() => parseRecentWorkspaces('[]')).toThrow(/does not match the format/)
  })

  it('keep the previous list when the disk refuses a write', async () => {
    let failing = false
    const fs: FsOps = {
      ...nodeFs,
      open: (path, flags) => (failing && flags === 'wx' ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) : nodeFs.open(path, flags)),
    }
    const { file, recents } = await list([], fs)
    await recents.record('/w/a', 'A')
    failing = true
    await expect(recents.record('/w/b', 'B')).rejects.toMatchObject({ code: 'io-failed', message: expect.stringContaining('the disk is full') })
    expect(readRecentWorkspacesSync(file).entries.map((e) => e.path)).toEqual(['/w/a'])
    expect((await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('treat a missing file as an empty list without a word', async () => {
    const read = readRecentWorkspacesSync(join(await tempDir(), 'none.json'))
    expect(read).toEqual({ entries: [], problem: null })
  })

  it('put a workspace opened again first without repeating it', () => {
    const a = { path: '/a', name: 'A', openedAt: '2025-01-01T00:00:00.000Z' }
    const b = { path: '/b', name: 'B', openedAt: '2025-01-02T00:00:00.000Z' }
    expect(withRecent([b, a], { ...a, openedAt: '2025-01-03T00:00:00.000Z' })).toEqual([{ ...a, openedAt: '2025-01-03T00:00:00.000Z' }, b])
  })
})
