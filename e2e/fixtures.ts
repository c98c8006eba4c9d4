import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, chromium, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { bindApi } from '../src/browser-host/bind-api'
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/browser-host/chromium'
import { serveRenderer } from '../src/browser-host/serve-renderer'
import { createHandlers } from '../src/main/core/api-handlers'
import { exportsFolderChooser } from '../src/main/core/export/save-export'
import { openAppCore } from '../src/main/core/app-core'
import { openOrInitWorkspace } from '../src/main/core/init-workspace'
import { findResourcesDir } from '../src/main/core/resources'
import { electronBinary } from '../scripts/electron-binary.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const rendererDir = join(root, 'out', 'renderer')
const resourcesDir = findResourcesDir(root)
const electronPath = electronBinary()

/** Which shell runs the UI: the real Electron app where its binary exists, else Chromium. */
export const hostKind: 'electron' | 'browser' = electronPath ? 'electron' : 'browser'

export interface AppUnderTest {
  page: Page
  /** The temp workspace folder this test runs on, to check files on disk. */
  workspaceDir: string
  host: typeof hostKind
  /** Closes the app and starts it again on the same workspace; returns the new page. */
  restart(): Promise<Page>
}

interface Running {
  page: Page
  close(): Promise<void>
}

async function startBrowserHost(browser: Browser, workspaceDir: string, sample: boolean): Promise<Running> {
  const core = await openAppCore(workspaceDir, { resourcesDir, sample })
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await serveRenderer(context, rendererDir)
  await bindApi(context, createHandlers(core, exportsFolderChooser(core.store)))
  const page = await context.newPage()
  await page.goto(APP_URL)
  return {
    page,
    close: async () => {
      await context.close()
      await core.close()
    },
  }
}

async function startElectron(workspaceDir: string, sample: boolean): Promise<Running> {
  if (sample) await openOrInitWorkspace(workspaceDir, { resourcesDir, sample })
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronPath as string,
    args: [root, '--workspace', workspaceDir],
  })
  const page = await app.firstWindow()
  return { page, close: () => app.close() }
}

export const test = base.extend<{ app: AppUnderTest; sample: boolean; seedWorkspace: string | null }, { hostBrowser: Browser | null }>({
  /** Set `test.use({ sample: true })` to start on a copy of the sample workspace. */
  sample: [false, { option: true }],
  /** Set `test.use({ seedWorkspace: dir })` to start on a copy of the workspace folder `dir`. */
  seedWorkspace: [null, { option: true }],
  hostBrowser: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (hostKind === 'electron') return use(null)
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ hostBrowser, sample, seedWorkspace }, use) => {
    const tmp = await mkdtemp(join(tmpdir(), 'cw-e2e-'))
    const workspaceDir = join(tmp, 'workspace')
    if (seedWorkspace) await cp(seedWorkspace, workspaceDir, { recursive: true })
    const start = () =>
      hostBrowser ? startBrowserHost(hostBrowser, workspaceDir, sample) : startElectron(workspaceDir, sample)
    let running = await start()
    const app: AppUnderTest = {
      get page() {
        return running.page
      },
      workspaceDir,
      host: hostKind,
      restart: async () => {
        await running.close()
        running = await start()
        return running.page
      },
    }
    await use(app)
    await running.close()
    await rm(tmp, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
