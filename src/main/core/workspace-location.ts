import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

type Env = Record<string, string | undefined>

/** The per-user data folder of this platform, where the default workspace lives. */
export function userDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? homedir()
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Clausewright')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Clausewright')
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'clausewright')
}

export interface WorkspaceChoice {
  dir: string
  /** True when no folder was named, so a first start may fill it with the sample. */
  isDefault: boolean
}

/**
 * Which workspace to open: `--workspace DIR` (or `--workspace=DIR`), else
 * CLAUSEWRIGHT_WORKSPACE, else the default folder under the user's data.
 */
export function chooseWorkspace(argv: readonly string[], env: Env = process.env): WorkspaceChoice {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--workspace' && argv[i + 1]) return { dir: resolve(argv[i + 1] as string), isDefault: false }
    if (arg.startsWith('--workspace=')) return { dir: resolve(arg.slice('--workspace='.length)), isDefault: false }
  }
  if (env.CLAUSEWRIGHT_WORKSPACE) return { dir: resolve(env.CLAUSEWRIGHT_WORKSPACE), isDefault: false }
  return { dir: join(userDataDir(env), 'workspace'), isDefault: true }
}
