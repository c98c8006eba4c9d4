import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RecentWorkspaces, recentWorkspacesFile } from './recent-workspaces'
import { tempDir } from './testing/recording-fs'
import { chooseStartWorkspace, chooseWorkspace, userDataDir } from './workspace-location'

describe('chooseWorkspace', () => {
  const env = { HOME: '/home/ana' }
  const isWorkspace = () => true
  it('prefers --workspace, then the environment, then the last workspace, then the default', () => {
    const last = { dir: '/work/last', isWorkspace }
    expect(chooseWorkspace(['--workspace', 'w1'], { ...env, CLAUSEWRIGHT_WORKSPACE: 'w2' }, last)).toEqual({ dir: resolve('w1'), isDefault: false, from: 'argument' })
    expect(chooseWorkspace(['--workspace=w3'], env, last)).toEqual({ dir: resolve('w3'), isDefault: false, from: 'argument' })
    expect(chooseWorkspace([], { ...env, CLAUSEWRIGHT_WORKSPACE: 'w2' }, last)).toEqual({ dir: resolve('w2'), isDefault: false, from: 'environment' })
    expect(chooseWorkspace([], env, last)).toEqual({ dir: '/work/last', isDefault: false, from: 'last' })
    expect(chooseWorkspace([], env)).toEqual({ dir: '/home/ana/.local/share/clausewright/workspace', isDefault: true, from: 'default' })
  })

  it('passes over a last workspace that no longer holds one', () => {
    expect(chooseWorkspace([], { HOME: '/home/ana' }, { dir: '/work/gone', isWorkspace: () => false })).toMatchObject({ from: 'default', isDefault: true })
  })

  it('follows each platform convention for user data, unless CLAUSEWRIGHT_DATA_DIR names the folder', () => {
    expect(userDataDir({ HOME: '/home/ana', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/clausewright')
    expect(userDataDir({ HOME: '/Users/ana' }, 'darwin')).toBe('/Users/ana/Library/Application Support/Clausewright')
    expect(userDataDir({ HOME: '/home/ana', CLAUSEWRIGHT_DATA_DIR: '/portable/data' }, 'linux')).toBe(resolve('/portable/data'))
  })
})

describe('chooseStartWorkspace', () => {
  async function dataFolder() {
    const root = await tempDir()
    const dataDir = join(root, 'data')
    return { root, dataDir, env: { HOME: root, CLAUSEWRIGHT_DATA_DIR: dataDir }, recents: new RecentWorkspaces(recentWorkspacesFile(dataDir)) }
  }
  async function workspaceAt(dir: string) {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'workspace.json'), '{}')
  }

  it('opens the workspace opened last, when its folder still holds it', async () => {
    const { root, env, recents } = await dataFolder()
    await workspaceAt(join(root, 'older'))
    await workspaceAt(join(root, 'newer'))
    await recents.record(join(root, 'older'), 'Older')
    await recents.record(join(root, 'newer'), 'Newer')
    const warnings: string[] = []
    expect(chooseStartWorkspace([], env, (m) => warnings.push(m))).toEqual({ dir: join(root, 'newer'), isDefault: false, from: 'last' })
    expect(chooseStartWorkspace(['--workspace', join(root, 'older')], env, (m) => warnings.push(m))).toMatchObject({ from: 'argument' })
    expect(warnings).toEqual([])
  })

  it('opens the default workspace, and says why, when the last one is gone', async () => {
    const { root, dataDir, env, recents } = await dataFolder()
    await recents.record(join(root, 'deleted'), 'Deleted')
    const warnings: string[] = []
    expect(chooseStartWorkspace([], env, (m) => warnings.push(m))).toEqual({ dir: join(dataDir, 'workspace'), isDefault: true, from: 'default' })
    expect(warnings).toEqual([`The last workspace, ${join(root, 'deleted')}, is no longer there. Opening the default workspace.`])
  })

  it('starts on the default workspace when the list is damaged, and says so', async () => {
    const { dataDir, env } = await dataFolder()
    await mkdir(dataDir, { recursive: true })
    await writeFile(recentWorkspacesFile(dataDir), Buffer.from([0x7b, 0x00, 0xff]))
    const warnings: string[] = []
    expect(chooseStartWorkspace([], env, (m) => warnings.push(m))).toMatchObject({ from: 'default', isDefault: true })
    expect(warnings).toEqual([expect.stringMatching(/recent-workspaces\.json\) is damaged: .*Opening the default workspace\.$/)])
  })

  it('starts on the default workspace with no list at all, quietly', async () => {
    const { env } = await dataFolder()
    const warnings: string[] = []
    expect(chooseStartWorkspace([], env, (m) => warnings.push(m))).toMatchObject({ from: 'default' })
    expect(warnings).toEqual([])
  })
})
