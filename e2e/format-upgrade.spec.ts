import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { SourcesPage } from './pages/sources-page'

// A workspace written by the release of format 1, kept byte for byte.
test.use({ seedWorkspace: fileURLToPath(new URL('../src/main/core/migrations/fixtures/format-1/', import.meta.url)) })

test('a workspace of format 1 opens upgraded, says so once, and keeps its old copy among the backups', async ({ app }) => {
  const notice = app.page.getByRole('status', { name: 'Workspace upgraded' })
  await expect(notice).toContainText('upgraded from format 1 to format 2')
  const sources = new SourcesPage(app.page)
  await expect(sources.table.locator('tbody tr')).toHaveCount(5)
  expect(JSON.parse(await readFile(join(app.workspaceDir, 'workspace.json'), 'utf8')).formatVersion).toBe(2)

  await notice.getByRole('button', { name: 'Show backups' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Backups' })
  const row = dialog.getByRole('table', { name: 'Backups' }).locator('tbody tr')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Before a format upgrade')
  await expect(row).toContainText('Before an upgrade (kept)')
  await expect(row).toContainText('5 sources, 20 clippings, 1 draft')
  await dialog.getByRole('button', { name: 'Close' }).click()

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  const page = await app.restart()
  await expect(new SourcesPage(page).table.locator('tbody tr')).toHaveCount(5)
  await expect(page.getByRole('status', { name: 'Workspace upgraded' })).toHaveCount(0)
})
