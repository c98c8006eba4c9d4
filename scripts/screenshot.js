// Screenshots of the UI for looking at it as a user would.
// node scripts/screenshot.js --out FILE.png [--view sources|clippings|drafts|codebook]
//   [--workspace DIR] (default: a fresh copy of the sample workspace) [--width 1440 --height 900]
//   [--select N] (click the N-th row of the table, 1-based, to fill the detail pane)
//   [--open N] (double-click the N-th row: opens a draft in the drafting pane)
//   [--theme light|dark|system] (chosen with the app's own command; system follows --scheme)
//   [--scheme light|dark] (the operating system's setting as the page sees it; default light)
//   [--dialog open|new|about|recent] (open a workspace dialog, About, or File → Open recent, from the menus)
//   [--data DIR] (the per-user data folder with its list of recent workspaces; default: a fresh one)
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
    dialog: { type: 'string' },
    data: { type: 'string' },
  },
})
// What each --dialog value chooses in the menu bar: a menu, then an item (and an item of its submenu).
const DIALOGS = {
  open: ['File', 'Open workspace…'],
  new: ['File', 'New workspace…'],
  about: ['Help', 'About Clausewright'],
  recent: ['File', 'Open recent'],
}
if (values.dialog && !(values.dialog in DIALOGS)) throw new Error(`--dialog must be one of ${Object.keys(DIALOGS).join(', ')}`)
const THEME_COMMANDS = { light: 'Theme: light', dark: 'Theme: dark', system: 'Theme: follow the system' }
if (values.theme && !(values.theme in THEME_COMMANDS)) throw new Error(`--theme must be one of ${Object.keys(THEME_COMMANDS).join(', ')}`)
if (!['light', 'dark'].includes(values.scheme)) throw new Error('--scheme must be light or dark')

const scratch = await mkdtemp(join(tmpdir(), 'clausewright-shot-'))
const workspaceDir = values.workspace ?? join(scratch, 'workspace')
const host = await launchBrowserHost({
  workspaceDir,
  sample: !values.workspace,
  rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
  headless: true,
  width: Number(values.width),
  height: Number(values.height),
  // Never the user's own list of recent workspaces: a screenshot's workspace is no place they went.
  dataDir: values.data ?? join(scratch, 'data'),
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
  if (values.dialog) {
    const [menu, item] = DIALOGS[values.dialog]
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: menu, exact: true }).click()
    const entry = page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true })
    if (values.dialog === 'recent') await entry.hover()
    else await entry.click()
  }
  await page.waitForTimeout(300)
  await page.screenshot({ path: values.out })
  console.log(`Saved ${values.out} (workspace ${workspaceDir})`)
} finally {
  await host.close()
}
