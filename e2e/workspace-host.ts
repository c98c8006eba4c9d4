import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, type Page } from '@playwright/test'
import { launchBrowserHost } from '../src/browser-host/launch'
import { openOrInitWorkspace } from '../src/main/core/init-workspace'
import { findResourcesDir } from '../src/main/core/resources'
import { chooseStartWorkspace } from '../src/main/core/workspace-location'
import { electronBinary } from '../scripts/electron-binary.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const electronPath = electronBinary()

export interface StartedApp {
  page: Page
  close(): Promise<void>
}

export interface StartOptions {
  /** The per-user data folder of this test: its list of recent workspaces and its default workspace. */
  dataDir: string
  /** The workspace named at the start, as --workspace does; without it the app makes its own start-up choice. */
  workspaceDir?: string
  /** Fill a missing named workspace with the sample content. */
  sample?: boolean
}

/**
 * Starts the app as `npm start` does, with the workspace commands a test
 * fixture bound to one folder does not have: File → New / Open workspace
 * switch the running app, and the recent list lives in `dataDir`. The
 * real Electron app where its binary exists, else the browser host.
 */
export async function startApp({ dataDir, workspaceDir, sample = false }: StartOptions): Promise<StartedApp> {
  if (electronPath) {
    if (workspaceDir && sample) await openOrInitWorkspace(workspaceDir, { resourcesDir: findResourcesDir(root), sample })
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'CLAUSEWRIGHT_WORKSPACE') env[key] = value
    const app = await _electron.launch({
      executablePath: electronPath,
      args: [root, ...(workspaceDir ? ['--workspace', workspaceDir] : [])],
      env: { ...env, CLAUSEWRIGHT_DATA_DIR: dataDir },
    })
    return { page: await app.firstWindow(), close: () => app.close() }
  }
  const choice = workspaceDir
    ? { dir: workspaceDir, isDefault: false }
    : chooseStartWorkspace([], { CLAUSEWRIGHT_DATA_DIR: dataDir })
  const host = await launchBrowserHost({
    workspaceDir: choice.dir,
    sample: sample || choice.isDefault,
    rendererDir: join(root, 'out', 'renderer'),
    headless: true,
    dataDir,
  })
  return { page: host.page, close: () => host.close() }
}
