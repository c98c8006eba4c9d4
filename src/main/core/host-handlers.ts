import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { AboutInfo, ApiMethod, WorkspaceInfo } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { AppCore } from './app-core'
import type { ApiHandlers } from './api-handlers'
import { findResourcesDir } from './resources'
import { userDataDir } from './workspace-location'
import type { WorkspaceSession } from './workspace-session'
import type { WorkspaceStore } from './workspace-store'

/** How a host asks the user for a folder: a path, or null when they cancel. */
export type ChooseFolder = (purpose: 'open' | 'create') => Promise<string | null>

/** What package.json says of the app. */
export interface AppPackage {
  version: string
  /** The SPDX licence expression, or null where none is declared. */
  licence: string | null
}

/** The shell a window runs in, as Help → About names it. */
export interface ShellInfo extends AppPackage {
  host: AboutInfo['host']
  versions: AboutInfo['versions']
}

/** What a host adds to the core's operations: switching workspaces, its folder dialog, its versions. */
export interface HostServices {
  session: WorkspaceSession
  shell: ShellInfo
  dataDir: string
  /** The system's folder dialog; null where the host has none (the browser host). */
  chooseFolder: ChooseFolder | null
}

type HostMethod = Extract<ApiMethod, `workspace.${'listRecent' | 'open' | 'create' | 'forgetRecent' | 'chooseFolder'}` | 'app.about'>

/**
 * Reads the app's package.json: by default the one beside resources/,
 * where the app runs from its files (a packaged Electron app passes the
 * one in its app folder).
 */
export function readAppPackage(file: string = join(dirname(findResourcesDir(import.meta.dirname)), 'package.json')): AppPackage {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; license?: unknown }
  return {
    version: typeof pkg.version === 'string' ? pkg.version : 'unknown',
    licence: typeof pkg.license === 'string' && pkg.license.trim() !== '' ? pkg.license : null,
  }
}

/** The shell as this Node process sees itself: Electron's main process, or the Node that runs the browser host. */
export function processShell(pkg: AppPackage = readAppPackage()): ShellInfo {
  const { electron, chrome, node } = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string }
  return { ...pkg, host: electron ? 'electron' : 'browser', versions: { electron: electron ?? null, chromium: chrome ?? null, node } }
}

const singleWorkspace = () =>
  new AppError({
    code: 'forbidden',
    message: 'This window was started on one workspace and cannot open another.',
    hint: 'Start Clausewright with npm start, or with --workspace DIR for the workspace you want.',
  })

/**
 * The operations only a host can carry out, over the core open now. A
 * host started without services (a test harness bound to one folder)
 * still answers About, and refuses to switch workspaces.
 */
export function hostHandlers(
  core: AppCore,
  host: HostServices | undefined,
  info: (store: WorkspaceStore) => WorkspaceInfo,
): Pick<ApiHandlers, HostMethod> {
  const session = () => {
    if (!host) throw singleWorkspace()
    return host.session
  }
  let shell: ShellInfo | null = host?.shell ?? null
  return {
    'workspace.listRecent': () => session().listRecent(),
    'workspace.open': async ({ path }) => info((await session().open(path)).store),
    'workspace.create': async ({ path, name }) => info((await session().create(path, name)).store),
    'workspace.forgetRecent': async ({ path }) => ({ removed: await session().forgetRecent(path) }),
    'workspace.chooseFolder': async ({ purpose }) => {
      if (!host?.chooseFolder) {
        throw new AppError({
          code: 'forbidden',
          message: 'This window has no folder dialog.',
          hint: "Type or paste the folder's full path instead.",
        })
      }
      return { path: await host.chooseFolder(purpose) }
    },
    'app.about': () => {
      shell ??= processShell()
      return {
        ...shell,
        workspacePath: core.store.dir,
        dataPath: host?.dataDir ?? userDataDir(),
        canChooseFolder: Boolean(host?.chooseFolder),
        canSwitchWorkspace: Boolean(host),
      }
    },
  }
}
