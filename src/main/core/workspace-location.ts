import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { readRecentWorkspacesSync, recentWorkspacesFile } from './recent-workspaces'
import { layout } from './workspace-layout'

type Env = Record<string, string | undefined>

/**
 * The per-user data folder of this platform, where the default workspace
 * and the list of recent workspaces live. CLAUSEWRIGHT_DATA_DIR moves it
 * (a test or a portable install keeps its own).
 */
export function userDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CLAUSEWRIGHT_DATA_DIR) return resolve(env.CLAUSEWRIGHT_DATA_DIR)
  const home = env.HOME ?? homedir()
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Clausewright')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Clausewright')
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'clausewright')
}

/** The workspace opened when nothing else is named, under the user's data folder. */
export function defaultWorkspaceDir(env: Env = process.env): string {
  return join(userDataDir(env), 'workspace')
}

export interface WorkspaceChoice {
  dir: string
  /** True when no folder was named, so a first start may fill it with the sample. */
  isDefault: boolean
  /** What named it: the command line, the environment, the last workspace opened, or nothing. */
  from: 'argument' | 'environment' | 'last' | 'default'
}

/** The workspace the user had open last, as the list of recent workspaces says. */
export interface LastWorkspace {
  dir: string | null
  /** Whether a folder still holds a workspace; by default, whether its workspace.json exists. */
  isWorkspace?: (dir: string) => boolean
}

const holdsWorkspace = (dir: string) => existsSync(layout.workspaceFile(dir))

/**
 * Which workspace to open: `--workspace DIR` (or `--workspace=DIR`), else
 * CLAUSEWRIGHT_WORKSPACE, else the last workspace opened if it still holds
 * a workspace, else the default folder under the user's data.
 */
export function chooseWorkspace(argv: readonly string[], env: Env = process.env, last: LastWorkspace = { dir: null }): WorkspaceChoice {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--workspace' && argv[i + 1]) return { dir: resolve(argv[i + 1] as string), isDefault: false, from: 'argument' }
    if (arg.startsWith('--workspace=')) return { dir: resolve(arg.slice('--workspace='.length)), isDefault: false, from: 'argument' }
  }
  if (env.CLAUSEWRIGHT_WORKSPACE) return { dir: resolve(env.CLAUSEWRIGHT_WORKSPACE), isDefault: false, from: 'environment' }
  if (last.dir && (last.isWorkspace ?? holdsWorkspace)(last.dir)) return { dir: last.dir, isDefault: false, from: 'last' }
  return { dir: defaultWorkspaceDir(env), isDefault: true, from: 'default' }
}

/**
 * The choice an app start makes: chooseWorkspace with the last workspace
 * from the user's list of recent ones. A list that cannot be read, or a
 * last workspace that is gone, is said on the console and the start goes on.
 */
export function chooseStartWorkspace(
  argv: readonly string[],
  env: Env = process.env,
  warn: (message: string) => void = (message) => console.warn(`[clausewright] ${message}`),
): WorkspaceChoice {
  const { entries, problem } = readRecentWorkspacesSync(recentWorkspacesFile(userDataDir(env)))
  const choice = chooseWorkspace(argv, env, { dir: entries[0]?.path ?? null })
  if (choice.from === 'default') {
    if (problem) warn(`${problem}. Opening the default workspace.`)
    else if (entries[0]) warn(`The last workspace, ${entries[0].path}, is no longer there. Opening the default workspace.`)
  }
  return choice
}
