import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, test, expect } from '@playwright/test'
import { createSourceInput } from '../src/shared/api'
import { bindApi } from '../src/browser-host/bind-api'
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/browser-host/chromium'
import { serveRenderer } from '../src/browser-host/serve-renderer'
import { createHandlers } from '../src/main/core/api-handlers'
import { openAppCore } from '../src/main/core/app-core'
import { addClipping } from '../src/main/core/clippings'
import { exportsFolderChooser } from '../src/main/core/export/save-export'
import { nodeFs, type FsOps } from '../src/main/core/fs-ops'
import { initWorkspace } from '../src/main/core/init-workspace'
import { handlersWhileOpening, WorkspaceReading } from '../src/main/core/opening-handlers'
import { findResourcesDir } from '../src/main/core/resources'
import { FIRST_WAVE_SOURCES } from '../src/main/core/workspace-store'
import { createSourceFromText } from '../src/main/core/sources'
import { ClippingsPage } from './pages/clippings-page'

const root = fileURLToPath(new URL('..', import.meta.url))
const resourcesDir = findResourcesDir(root)
const SOURCES = 45
const READ_AT_ONCE = 36

/** A workspace of 45 sources with two clippings each. */
async function largeWorkspace(dir: string): Promise<void> {
  const store = await initWorkspace(dir, { resourcesDir })
  for (let i = 0; i < SOURCES; i++) {
    const text = `Report ${i}. States shall notify incidents within ${i + 1} days. States should share indicators of compromise.`
    const source = await createSourceFromText(store, createSourceInput.parse({ title: `Report ${i}`, text }))
    for (const quote of ['States shall notify incidents', 'States should share indicators']) {
      const start = text.indexOf(quote)
      await addClipping(store, { sourceId: source.id, start, end: start + quote.length })
    }
  }
}

/**
 * The disk as a slow drive shows it: the first sources come at once, the
 * others only once `release` is called, so the test sees the window while
 * the workspace is still being read.
 */
async function heldBackFs(dir: string): Promise<{ fs: FsOps; release: () => void }> {
  const first = new Set((await readdir(join(dir, 'sources'))).sort().slice(0, READ_AT_ONCE))
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const sourceOf = (path: string) => /[\\/]sources[\\/]([^\\/]+)[\\/]/.exec(path)?.[1]
  const fs: FsOps = {
    ...nodeFs,
    readFile: async (path) => {
      const source = sourceOf(path)
      if (source && !first.has(source)) await released
      return nodeFs.readFile(path)
    },
  }
  return { fs, release }
}

test('a large workspace shows its first rows while it is read, and a change made meanwhile is saved', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'cw-e2e-open-'))
  const dir = join(tmp, 'workspace')
  await largeWorkspace(dir)
  const { fs, release } = await heldBackFs(dir)

  // Bound as the hosts bind it: the lists answer from what is read, the rest waits for the open workspace.
  const reading = new WorkspaceReading()
  const opening = openAppCore(dir, { resourcesDir, fs, onReading: reading.observe })
  const ready = opening.then((core) => createHandlers(core, exportsFolderChooser(core.store)))
  let handlers = handlersWhileOpening(reading, ready)
  void ready.then((open) => (handlers = open))

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await serveRenderer(context, join(root, 'out', 'renderer'))
    await bindApi(context, () => handlers)
    const page = await context.newPage()
    await page.goto(APP_URL)
    const clippings = new ClippingsPage(page)
    await clippings.waitUntilLoaded()

    const status = page.getByRole('status', { name: 'Reading the workspace' })
    await expect(status).toContainText(`Reading the workspace: ${READ_AT_ONCE} of ${SOURCES} sources.`)
    await expect(status).toContainText(`the tables show the first ${FIRST_WAVE_SOURCES} of them`)
    await clippings.open('Clippings')
    await expect(clippings.navButton('Clippings')).toContainText(String(FIRST_WAVE_SOURCES * 2))
    await expect(clippings.rows.first()).toContainText('States shall notify incidents')

    // A view saved while the rest is read waits, and is saved once all is in.
    await page.getByRole('button', { name: 'Save view…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save view' })
    await dialog.getByLabel('View name').fill('Read early')
    await dialog.getByRole('button', { name: 'Save view', exact: true }).click()
    await expect(status).toBeVisible()

    release()
    await expect(status).toBeHidden()
    await expect(dialog).toBeHidden()
    await expect(clippings.navButton('Clippings')).toContainText(String(SOURCES * 2))
    await expect(page.getByRole('group', { name: 'Saved views' }).getByRole('button', { name: 'Read early', exact: true })).toBeVisible()
    await context.close()
  } finally {
    release()
    await browser.close()
    await (await opening.catch(() => null))?.close()
    await rm(tmp, { recursive: true, force: true })
  }
})
