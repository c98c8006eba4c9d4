import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { WorkspacesPage } from './pages/workspaces-page'
import { startApp, type StartedApp } from './workspace-host'

const LOCK = '.clausewright.lock'
const SAMPLE = 'Sample workspace'
const SAMPLE_SOURCE = 'Budapest'

test('New workspace, Open recent and About switch the running app, and the next start opens the last workspace', async () => {
  // Four starts of the app's workspaces (one of them the sample) and a restart of the host.
  test.setTimeout(120_000)
  const tmp = await mkdtemp(join(tmpdir(), 'cw-e2e-workspaces-'))
  const dataDir = join(tmp, 'data')
  const first = join(tmp, 'first')
  const second = join(tmp, 'second-research')
  const recentFile = join(dataDir, 'recent-workspaces.json')
  const recentPaths = async () => (JSON.parse(await readFile(recentFile, 'utf8')) as { workspaces: Array<{ path: string }> }).workspaces.map((w) => w.path)
  let app: StartedApp | null = await startApp({ dataDir, workspaceDir: first, sample: true })
  try {
    let ui = new WorkspacesPage(app.page)
    await ui.waitForWorkspace(SAMPLE)
    await expect(ui.row(SAMPLE_SOURCE)).toBeVisible()

    await test.step('a folder that cannot be opened or used is refused with the reason, and the first workspace stays open', async () => {
      const papers = join(tmp, 'papers')
      await mkdir(papers)
      await writeFile(join(papers, 'notes.txt'), 'Not a workspace.')
      await ui.menu('File', 'New workspace…')
      const create = ui.dialog('New workspace')
      await ui.submitFolder(create, papers)
      await expect(create.getByRole('alert')).toContainText('is not empty, so a new workspace cannot be created there')
      await ui.submitFolder(create, first)
      await expect(create.getByRole('alert')).toContainText('is the workspace open now')
      await create.getByRole('button', { name: 'Cancel' }).click()

      await ui.menu('File', 'Open workspace…')
      const open = ui.dialog('Open workspace')
      await ui.submitFolder(open, papers)
      await expect(open.getByRole('alert')).toContainText('is not a Clausewright workspace')
      await ui.submitFolder(open, 'papers')
      await expect(open.getByRole('alert')).toContainText('is not a full path')
      await open.getByRole('button', { name: 'Cancel' }).click()
      await expect(open).toBeHidden()

      // Still the first workspace, still its writer: a new draft lands in its folder.
      await ui.open('Drafts')
      await app!.page.getByRole('button', { name: 'New draft' }).click()
      await app!.page.getByRole('dialog', { name: 'New draft' }).getByRole('textbox', { name: 'Title' }).fill('Written after the refusals')
      await app!.page.keyboard.press('Enter')
      await expect(app!.page.getByRole('textbox', { name: 'Draft title' })).toHaveValue('Written after the refusals')
      await expect.poll(async () => {
        const files = await readdir(join(first, 'drafts'))
        const texts = await Promise.all(files.map((f) => readFile(join(first, 'drafts', f), 'utf8')))
        return texts.some((t) => t.includes('Written after the refusals'))
      }).toBe(true)
      expect(existsSync(join(first, LOCK))).toBe(true)
      await app!.page.getByRole('button', { name: '← Drafts' }).click()
      await ui.open('Sources')
    })

    await test.step('File → New workspace creates an empty one in a new folder and switches to it', async () => {
      await ui.menu('File', 'New workspace…')
      await ui.submitFolder(ui.dialog('New workspace'), second, 'Second research')
      await ui.waitForWorkspace('Second research')
      await expect(ui.welcome).toBeVisible()
      expect(existsSync(join(second, 'workspace.json'))).toBe(true)
      // The first workspace was closed cleanly: its lock released, the new one locked.
      expect(existsSync(join(first, LOCK))).toBe(false)
      expect(existsSync(join(second, LOCK))).toBe(true)
      expect(await recentPaths()).toEqual([second, first])
    })

    await test.step('File → Open recent opens the first workspace again, with its sources', async () => {
      // From the keyboard: → opens the submenu on its first item, ← goes back to Open recent.
      const keys = app!.page.keyboard
      await app!.page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'File', exact: true }).click()
      const file = app!.page.getByRole('menu', { name: 'File' })
      await expect(file.getByRole('menuitem', { name: 'New workspace…' })).toBeFocused()
      await keys.press('ArrowDown')
      await keys.press('ArrowDown')
      await expect(file.getByRole('menuitem', { name: 'Open recent' })).toBeFocused()
      await keys.press('ArrowRight')
      const submenu = app!.page.getByRole('menu', { name: 'Open recent' })
      await expect(submenu.getByRole('menuitem', { name: SAMPLE })).toBeFocused()
      await expect(submenu.getByRole('menuitem')).toHaveText([SAMPLE, 'All recent workspaces…'])
      await keys.press('ArrowLeft')
      await expect(file.getByRole('menuitem', { name: 'Open recent' })).toBeFocused()
      await expect(submenu).toBeHidden()
      await keys.press('Escape')
      await expect(file).toBeHidden()

      await ui.menu('File', 'Open recent', SAMPLE)
      await ui.waitForWorkspace(SAMPLE)
      await expect(ui.row(SAMPLE_SOURCE)).toBeVisible()
      expect(existsSync(join(second, LOCK))).toBe(false)
      expect(await recentPaths()).toEqual([first, second])
    })

    await test.step('Help → About names the workspace folder and the data folder', async () => {
      await ui.menu('Help', 'About Clausewright')
      const about = ui.dialog('About Clausewright')
      await expect(about).toContainText(first)
      await expect(about).toContainText(dataDir)
      await expect(about).toContainText(/Electron \d|The browser host: Chromium \d/)
      await about.getByRole('button', { name: 'Close' }).click()
      await expect(about).toBeHidden()
    })

    await test.step('the palette opens a recent workspace too', async () => {
      await app!.page.keyboard.press('Control+k')
      const palette = app!.page.getByRole('dialog', { name: 'Command palette' })
      await palette.getByRole('combobox', { name: 'Command' }).fill('Open recent workspace: Second')
      await app!.page.keyboard.press('Enter')
      await ui.waitForWorkspace('Second research')
      await expect(ui.welcome).toBeVisible()
    })

    await test.step('the next start, with no workspace named, opens the one open last', async () => {
      await app!.close()
      app = null
      expect(existsSync(join(second, LOCK))).toBe(false)
      app = await startApp({ dataDir })
      ui = new WorkspacesPage(app.page)
      await ui.waitForWorkspace('Second research')
      await expect(ui.welcome).toBeVisible()
      expect(existsSync(join(dataDir, 'workspace'))).toBe(false)
    })
  } finally {
    await app?.close()
    await rm(tmp, { recursive: true, force: true })
  }
})
