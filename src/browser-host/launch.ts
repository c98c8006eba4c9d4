import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createHandlers, type ApiHandlers } from '../main/core/api-handlers'
import { handlersWhileOpening, WorkspaceReading } from '../main/core/opening-handlers'
import { openAppCore, type AppCore } from '../main/core/app-core'
import { exportsFolderChooser } from '../main/core/export/save-export'
import { processShell, readAppPackage, type HostServices } from '../main/core/host-handlers'
import { RecentWorkspaces, recentWorkspacesFile } from '../main/core/recent-workspaces'
import { findResourcesDir } from '../main/core/resources'
import { userDataDir } from '../main/core/workspace-location'
import { WorkspaceSession } from '../main/core/workspace-session'
import { bindApi } from './bind-api'
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { serveRenderer } from './serve-renderer'

// `npm start` asks for `chooseWorkspace`: the start's choice, which opens the last workspace when nothing is named.
export { chooseStartWorkspace as chooseWorkspace, userDataDir } from '../main/core/workspace-location'

export interface BrowserHostOptions {
  workspaceDir: string
  /** Fill a missing workspace with the sample content (the default workspace's first start). */
  sample: boolean
  rendererDir: string
  headless: boolean
  width?: number
  height?: number
  /**
   * Chromium's profile, where the window keeps what it remembers between
   * starts (theme, last view, pane sizes); a throwaway one when not given.
   */
  profileDir?: string
  /** The per-user data folder, where the list of recent workspaces is kept; the user's own when not given. */
  dataDir?: string
}

export interface BrowserHost {
  context: BrowserContext
  page: Page
  /** The workspace open now: File → Open workspace switches it. */
  readonly workspaceDir: string
  close(): Promise<void>
}

/**
 * Runs the workbench in a Chromium app window, with the core in this
 * process: the stand-in for the Electron shell where its binary is missing.
 */
export async function launchBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const resourcesDir = findResourcesDir(import.meta.dirname)
  const dataDir = options.dataDir ?? userDataDir()
  // The window opens while the workspace is read, as in the Electron shell.
  const reading = new WorkspaceReading()
  const opening = openAppCore(options.workspaceDir, { resourcesDir, sample: options.sample, onReading: reading.observe })
  const ready = opening.then(async (core) => {
    const workspaces = await WorkspaceSession.start(core, { resourcesDir, recents: new RecentWorkspaces(recentWorkspacesFile(dataDir)) })
    // No folder dialog here: the dialogs take a typed or pasted path.
    const host: HostServices = { session: workspaces, shell: processShell(readAppPackage(join(dirname(resourcesDir), 'package.json'))), dataDir, chooseFolder: null }
    const handlersFor = (open: AppCore) => createHandlers(open, exportsFolderChooser(open.store), host)
    return { workspaces, handlersFor }
  })
  let handlers: ApiHandlers = handlersWhileOpening(reading, ready.then((r) => r.handlersFor(r.workspaces.core)))
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'clausewright-chromium-')))
  const width = options.width ?? 1440
  const height = options.height ?? 900
  let context: BrowserContext | undefined
  let workspaces: WorkspaceSession | undefined
  let page: Page
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      args: [...CHROMIUM_ARGS, '--app=data:text/html,', `--window-size=${width},${height}`, '--window-position=0,0'],
      viewport: options.headless ? { width, height } : null,
    })
    await serveRenderer(context, options.rendererDir)
    await bindApi(context, () => handlers)
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(APP_URL)
    // Resolves once the workspace is open: callers (tests among them) get a host whose core exists.
    const opened = await ready
    workspaces = opened.workspaces
    handlers = opened.handlersFor(workspaces.core)
    workspaces.onSwitch((next) => {
      handlers = opened.handlersFor(next)
    })
  } catch (err) {
    // A window that never opened must not keep the workspace locked (or leave a throwaway profile behind).
    await context?.close().catch(() => undefined)
    await (workspaces ?? (await opening.catch(() => null)))?.close()
    if (!options.profileDir) await rm(profile, { recursive: true, force: true })
    throw err
  }
  const session = workspaces
  return {
    context,
    page,
    get workspaceDir() {
      return session.core.store.dir
    },
    close: async () => {
      await context.close()
      await session.close()
      if (!options.profileDir) await rm(profile, { recursive: true, force: true })
    },
  }
}
