import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ImportPanel } from './pages/import-panel'
import { SourcesPage } from './pages/sources-page'

test('a folder imports with progress and can be cancelled: what finished stays, nothing is half-written', async ({ app }) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'cw-folder-')), 'briefings')
  await mkdir(join(folder, 'nested'), { recursive: true })
  for (let i = 0; i < 120; i++) {
    const dir = i % 2 === 0 ? folder : join(folder, 'nested')
    await writeFile(join(dir, `note-${String(i).padStart(3, '0')}.txt`), `Briefing note ${i}\n\n${'States should cooperate. '.repeat(200)}${i}`)
  }
  await writeFile(join(folder, '.hidden.txt'), 'never imported')

  const sources = new SourcesPage(app.page)
  const panel = new ImportPanel(app.page)
  await sources.waitUntilLoaded()
  await app.page.getByRole('button', { name: 'Import', exact: true }).click()
  const chooser = app.page.waitForEvent('filechooser')
  await app.page.getByRole('menuitem', { name: 'Import folder…' }).click()
  await (await chooser).setFiles(folder)

  const progress = panel.dialog.getByRole('progressbar', { name: 'Import progress' })
  await expect(progress).toHaveAttribute('aria-valuemax', '120')
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(3)
  await panel.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel.dialog.getByRole('heading', { name: 'Import cancelled' })).toBeVisible()

  const imported = await panel.results.getByRole('listitem').filter({ hasText: /^Imported/ }).count()
  expect(imported).toBeGreaterThan(3)
  expect(imported).toBeLessThan(120)
  await expect(panel.results).toContainText(/briefings\/(nested\/)?note-\d{3}\.txt/)
  await expect(panel.results).not.toContainText('.hidden.txt')
  await panel.close()

  // The table renders only the rows in view; its count says how many it holds.
  await expect(app.page.getByRole('main').getByRole('status').filter({ hasText: new RegExp(`^${imported} sources$`) })).toBeVisible()
  const entries = await readdir(join(app.workspaceDir, 'sources'))
  expect(entries.filter((n) => !n.startsWith('.'))).toHaveLength(imported)
  expect(entries.filter((n) => n.startsWith('.'))).toEqual([])
})
