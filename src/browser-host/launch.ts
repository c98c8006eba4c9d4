import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createHandlers } from '../main/core/api-handlers'
import { exportsFolderChooser } from '../main/core/export/save-export'
import { openAppCore } from '../main/core/app-core'
import { findResourcesDir } from '../main/core/resources'
import { bindApi } from './bind-api'
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { serveRenderer } from './serve-renderer'

export { chooseWorkspace, userDataDir } from '../main/core/workspace-location'

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
}

export interface BrowserHost {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/**
 * Runs the workbench in a Chromium app window, with the core in this
 * process: the stand-in for the Electron shell where its binary is missing.
 */
export async function launchBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const core = await openAppCore(options.workspaceDir, {
    resourcesDir: findResourcesDir(import.meta.dirname),
    sample: options.sample,
  })
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'clausewright-chromium-')))
  const width = options.width ?? 1440
  const height = options.height ?? 900
  let context: BrowserContext | undefined
  let page: Page
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      args: [...CHROMIUM_ARGS, '--app=data:text/html,', `--window-size=${width},${height}`, '--window-position=0,0'],
      viewport: options.headless ? { width, height } : null,
    })
    await serveRenderer(context, options.rendererDir)
    await bindApi(context, createHandlers(core, exportsFolderChooser(core.store)))
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(APP_URL)
  } catch (err) {
    // A window that never opened must not keep the workspace locked (or leave a throwaway profile behind).
    await context?.close().catch(() => undefined)
    await core.close()
    if (!options.profileDir) await rm(profile, { recursive: true, force: true })
    throw err
  }
  return {
    context,
    page,
    close: async () => {
      await context.close()
      await core.close()
      if (!options.profileDir) await rm(profile, { recursive: true, force: true })
    },
  }
}
