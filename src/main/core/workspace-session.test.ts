import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHandlers } from './api-handlers'
import type { AppCore } from './app-core'
import { dispatch } from './dispatch'
import { exportsFolderChooser } from './export/save-export'
import { processShell, type HostServices } from './host-handlers'
import { RecentWorkspaces, recentWorkspacesFile } from './recent-workspaces'
import { newAppCore, newWorkspace, resourcesDir } from './testing/fixtures'
import { tempDir } from './testing/recording-fs'
import { folderFromInput, openStartWorkspace, WorkspaceSession } from './workspace-session'

const LOCK = '.clausewright.lock'
const sessions: WorkspaceSession[] = []
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()))
})

async function started() {
  const core = await newAppCore({ sample: true })
  const dataDir = join(await tempDir(), 'data')
  const logged: string[] = []
  const session = await WorkspaceSession.start(core, {
    resourcesDir,
    recents: new RecentWorkspaces(recentWorkspacesFile(dataDir)),
    log: (message) => logged.push(message),
  })
  sessions.push(session)
  const host: HostServices = { session, shell: processShell({ version: '9.9.9', licence: null }), dataDir, chooseFolder: null }
  let handlers = createHandlers(core, exportsFolderChooser(core.store), host)
  session.onSwitch((next: AppCore) => {
    handlers = createHandlers(next, exportsFolderChooser(next.store), host)
  })
  const api = (method: string, input: unknown = {}) => dispatch(handlers, method, input)
  return { first: core, session, api, dataDir, logged }
}

describe('switching workspaces', () => {
  it('opens the new workspace, then closes the old one cleanly, and the handlers follow', async () => {
    const { first, session, api } = await started()
    const other = await newWorkspace({ sample: false })
    const firstDir = first.store.dir
    await api('sources.createFromText', { title: 'Before the switch', text: 'States should cooperate.' })

    const opened = await api('workspace.open', { path: other.dir })
    expect(opened).toMatchObject({ ok: true, data: { path: other.dir, counts: { sources: 0 } } })
    expect(session.core).not.toBe(first)
    // The old workspace took its closing backup and gave up its lock; the new one holds its own.
    expect(existsSync(join(firstDir, LOCK))).toBe(false)
    expect(existsSync(join(other.dir, LOCK))).toBe(true)
    const backups = await readdir(join(firstDir, 'backups'))
    expect(backups.filter((b) => !b.startsWith('.'))).toHaveLength(1)

    await api('sources.createFromText', { title: 'After the switch', text: 'States shall notify.' })
    expect(await api('sources.list')).toMatchObject({ ok: true, data: [{ title: 'After the switch' }] })
    expect(await api('app.about')).toMatchObject({ ok: true, data: { workspacePath: other.dir, version: '9.9.9', canSwitchWorkspace: true, canChooseFolder: false } })

    const recent = await api('workspace.listRecent')
    expect(recent).toMatchObject({
      ok: true,
      data: [
        { path: other.dir, current: true, missing: false },
        { path: firstDir, current: false, missing: false },
      ],
    })
  })

  it('leaves the current workspace open and usable when the other cannot be opened, with the reason', async () => {
    const { first, session, api } = await started()
    const root = await tempDir()
    const notAWorkspace = join(root, 'papers')
    await mkdir(notAWorkspace)
    await writeFile(join(notAWorkspace, 'notes.txt'), 'not a workspace')
    const newer = await newWorkspace()
    const meta = JSON.parse(await readFile(join(newer.dir, 'workspace.json'), 'utf8')) as Record<string, unknown>
    await writeFile(join(newer.dir, 'workspace.json'), JSON.stringify({ ...meta, formatVersion: 999 }))
    const locked = await newWorkspace()
    // A live process of this machine other than this one: the parent of the test runner.
    await writeFile(join(locked.dir, LOCK), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2025-01-01T00:00:00.000Z' }))

    const cases: Array<[unknown, object]> = [
      [{ path: notAWorkspace }, { code: 'workspace-invalid', message: expect.stringContaining('is not a Clausewright workspace') }],
      [{ path: join(root, 'missing') }, { code: 'not-found', hint: expect.stringContaining('New workspace') }],
      [{ path: newer.dir }, { code: 'newer-format', message: expect.stringContaining('newer version of Clausewright') }],
      [{ path: locked.dir }, { code: 'forbidden', message: expect.stringContaining('open in another Clausewright') }],
      [{ path: join(notAWorkspace, 'notes.txt') }, { code: 'invalid-input', message: expect.stringContaining('is a file, not a folder') }],
      [{ path: 'relative/folder' }, { code: 'invalid-input', message: expect.stringContaining('is not a full path') }],
      [{ path: first.store.dir }, { code: 'invalid-input', message: expect.stringContaining('is the workspace open now') }],
    ]
    for (const [input, error] of cases) {
      expect(await api('workspace.open', input), JSON.stringify(input)).toMatchObject({ ok: false, error })
      expect(session.core).toBe(first)
    }
    expect(await api('workspace.create', { path: notAWorkspace })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('is not empty') } })
    // Nothing in the refused folders was touched, and the lock of the other app is still its own.
    expect(await readdir(notAWorkspace)).toEqual(['notes.txt'])
    expect(JSON.parse(await readFile(join(locked.dir, LOCK), 'utf8'))).toMatchObject({ pid: process.ppid })

    expect(existsSync(join(first.store.dir, LOCK))).toBe(true)
    expect(await api('drafts.create', { title: 'Still here' })).toMatchObject({ ok: true })
    expect(await api('workspace.listRecent')).toMatchObject({ ok: true, data: [{ path: first.store.dir, current: true }] })
  })

  it('creates an empty workspace named after its folder (or as given) and opens it', async () => {
    const { api, session } = await started()
    const root = await tempDir()
    expect(await api('workspace.create', { path: join(root, 'treaty-research') })).toMatchObject({
      ok: true,
      data: { name: 'treaty-research', counts: { sources: 0, drafts: 0 } },
    })
    expect((await api('codebook.list')) as { data: unknown[] }).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]) })
    expect(await api('workspace.create', { path: join(root, 'second'), name: '  Cyber norms  ' })).toMatchObject({ ok: true, data: { name: 'Cyber norms' } })
    expect(session.core.store.dir).toBe(join(root, 'second'))
    expect(existsSync(join(root, 'treaty-research', LOCK))).toBe(false)
  })

  it('lists a workspace that is gone as missing, and forgets it on request', async () => {
    const { api, dataDir } = await started()
    const gone = join(await tempDir(), 'gone')
    await new RecentWorkspaces(recentWorkspacesFile(dataDir)).record(gone, 'Gone')
    expect(await api('workspace.listRecent')).toMatchObject({ ok: true, data: [{ path: gone, missing: true, current: false }, { current: true }] })
    expect(await api('workspace.forgetRecent', { path: gone })).toEqual({ ok: true, data: { removed: true } })
    expect(await api('workspace.listRecent')).toMatchObject({ ok: true, data: [{ current: true }] })
  })

  it('still switches when the list of recent workspaces cannot be saved, and says so', async () => {
    const { api, logged, dataDir } = await started()
    // A folder where the list's file should be: every write of the list fails.
    await rm(recentWorkspacesFile(dataDir))
    await mkdir(recentWorkspacesFile(dataDir))
    const other = await newWorkspace()
    expect(await api('workspace.open', { path: other.dir })).toMatchObject({ ok: true, data: { path: other.dir } })
    expect(logged).toEqual([expect.stringContaining('the list of recent workspaces could not be saved')])
  })
})

describe('a host without workspace services', () => {
  it('answers About from the process and refuses to switch', async () => {
    const core = await newAppCore()
    try {
      const handlers = createHandlers(core, exportsFolderChooser(core.store))
      const pkg = JSON.parse(await readFile(join(resourcesDir, '..', 'package.json'), 'utf8')) as { version: string }
      expect(await dispatch(handlers, 'app.about', {})).toMatchObject({
        ok: true,
        data: { version: pkg.version, host: 'browser', versions: { node: process.versions.node }, workspacePath: core.store.dir, canSwitchWorkspace: false },
      })
      expect(await dispatch(handlers, 'workspace.listRecent', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(await dispatch(handlers, 'workspace.chooseFolder', { purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'forbidden', hint: expect.stringContaining('Type or paste') } })
    } finally {
      await core.close()
    }
  })
})

describe('folderFromInput', () => {
  it('takes a pasted path as the user meant it', () => {
    expect(folderFromInput('  "/data/treaties/"  ', '/home/ana')).toBe('/data/treaties')
    expect(folderFromInput('~/research', '/home/ana')).toBe('/home/ana/research')
    expect(folderFromInput('~', '/home/ana')).toBe('/home/ana')
    expect(() => folderFromInput('research', '/home/ana')).toThrow(/not a full path/)
  })
})

describe('openStartWorkspace', () => {
  it('opens the default workspace, and says why, when the last one cannot be opened', async () => {
    const locked = await newWorkspace()
    await writeFile(join(locked.dir, LOCK), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2025-01-01T00:00:00.000Z' }))
    const dataDir = join(await tempDir(), 'data')
    const logged: string[] = []
    const core = await openStartWorkspace({ dir: locked.dir, isDefault: false, from: 'last' }, { resourcesDir }, (m) => logged.push(m), { CLAUSEWRIGHT_DATA_DIR: dataDir })
    try {
      expect(core.store.dir).toBe(join(dataDir, 'workspace'))
      // The default workspace's first start: the sample.
      expect(core.store.sources.size).toBeGreaterThan(0)
      expect(logged).toEqual([expect.stringMatching(/^The last workspace, .* could not be opened \(This workspace is open in another Clausewright/)])
    } finally {
      await core.close()
    }
  })

  it('reports a workspace named on the command line that cannot be opened, rather than opening another', async () => {
    const locked = await newWorkspace()
    await writeFile(join(locked.dir, LOCK), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2025-01-01T00:00:00.000Z' }))
    await expect(openStartWorkspace({ dir: locked.dir, isDefault: false, from: 'argument' }, { resourcesDir }, () => undefined, {})).rejects.toMatchObject({ code: 'forbidden' })
  })
})
