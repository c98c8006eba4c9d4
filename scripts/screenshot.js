// Screenshots of the UI for looking at it as a user would.
// node scripts/screenshot.js --out FILE.png [--view sources|clippings|drafts|codebook]
//   [--workspace DIR] (default: a fresh copy of the sample workspace) [--width 1440 --height 900]
//   [--select N] (click the N-th row of the table, 1-based, to fill the detail pane)
//   [--open N] (double-click the N-th row: opens a draft in the drafting pane)
//   [--theme light|dark|system] (chosen with the app's own command; system follows --scheme)
//   [--scheme light|dark] (the operating system's setting as the page sees it; default light)
// Needs a build (npm run build) and Chromium.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { launchBrowserHost } from '../out/main/browser-host.js'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshot.png' },
    view: { type: 'string', default: 'sources' },
    workspace: { type: 'string' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
    select: { type: 'string' },
    open: { type: 'string' },
    theme: { type: 'string' },
    scheme: { type: 'string', default: 'light' },
  },
})
const THEME_COMMANDS = { light: 'Theme: light', dark: 'Theme: dark', system: 'Theme: follow the system' }
if (values.theme && !(values.theme in THEME_COMMANDS)) throw new Error(`--theme must be one of ${Object.keys(THEME_COMMANDS).join(', ')}`)
if (!['light', 'dark'].includes(values.scheme)) throw new Error('--scheme must be light or dark')

const workspaceDir = values.workspace ?? join(await mkdtemp(join(tmpdir(), 'clausewright-shot-')), 'workspace')
const host = await launchBrowserHost({
  workspaceDir,
  sample: !values.workspace,
  rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
  headless: true,
  width: Number(values.width),
  height: Number(values.height),
})
try {
  const { page } = host
  await page.emulateMedia({ colorScheme: values.scheme })
  await page.locator('[data-app-state="loaded"]').waitFor({ timeout: 15000 })
  if (values.theme) {
    // Through the palette, as a user would: the screenshot shows what the command does.
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Command' }).fill(THEME_COMMANDS[values.theme])
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor({ state: 'hidden' })
  }
  const label = values.view.charAt(0).toUpperCase() + values.view.slice(1)
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${label}`) }).click()
  if (values.select) await page.locator('tbody tr').nth(Number(values.select) - 1).click()
  if (values.open) await page.locator('tbody tr').nth(Number(values.open) - 1).dblclick()
  await page.waitForTimeout(300)
  await page.screenshot({ path: values.out })
  console.log(`Saved ${values.out} (workspace ${workspaceDir})`)
} finally {
  await host.close()
}
