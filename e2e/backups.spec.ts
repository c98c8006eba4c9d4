import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DraftingPage } from './pages/drafting-page'

test.use({ sample: true })

test('back up from the File menu, delete a draft, and get it back by restoring the backup', async ({ app }) => {
  const drafting = new DraftingPage(app.page)
  await drafting.waitUntilLoaded()
  const menu = app.page.getByRole('navigation', { name: 'Menu' })
  const dialog = app.page.getByRole('dialog', { name: 'Backups' })

  await menu.getByRole('button', { name: 'File' }).click()
  await app.page.getByRole('menuitem', { name: 'Backups and restore…' }).click()
  await dialog.getByRole('button', { name: 'Back up now' }).click()
  await expect(dialog.getByRole('table', { name: 'Backups' }).locator('tbody tr')).toHaveCount(1)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await drafting.open('Drafts')
  await drafting.row('clause pack').dblclick()
  await app.page.getByRole('button', { name: 'Delete draft' }).click()
  // The list of drafts comes back once the deletion is done (the pane's own grid holds clippings).
  await expect(app.page.getByRole('grid', { name: 'Drafts' })).toBeVisible()
  await expect(drafting.row('clause pack')).toHaveCount(0)
  await expect.poll(() => readdir(join(app.workspaceDir, 'drafts'))).toEqual([])

  await menu.getByRole('button', { name: 'File' }).click()
  await app.page.getByRole('menuitem', { name: 'Backups and restore…' }).click()
  await dialog.getByRole('button', { name: /^Restore the backup of/ }).click()
  const confirm = app.page.getByRole('dialog', { name: 'Restore a backup' })
  await confirm.getByRole('button', { name: 'Back up current state and restore' }).click()
  await expect(app.page.getByRole('dialog', { name: 'Backups' }).locator('tbody tr')).toHaveCount(2)
  await app.page.getByRole('dialog', { name: 'Backups' }).getByRole('button', { name: 'Close' }).click()
  await expect(drafting.row('clause pack')).toBeVisible()
  await expect.poll(() => readdir(join(app.workspaceDir, 'drafts'))).toEqual(['drf_ciiclausepack.json'])
})
