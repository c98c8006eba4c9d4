import { expect, test } from './fixtures'
import { Workbench } from './pages/workbench'

test.use({ sample: true })

test('the sample workspace shows its sources, clippings, draft and codebook', async ({ app }) => {
  const workbench = new Workbench(app.page)
  await workbench.waitUntilLoaded()
  await expect(workbench.table.locator('tbody tr')).toHaveCount(5)

  await workbench.open('Clippings')
  await expect(workbench.table.locator('tbody tr')).toHaveCount(20)

  await workbench.open('Drafts')
  await workbench.row('clause pack').click()
  const detail = app.page.getByRole('region', { name: 'Draft details' })
  await expect(detail.getByRole('heading', { name: 'Article 1 — Definitions' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: /^Article 3 — / })).toBeVisible()
  await expect(detail.getByText('No evidence')).toBeVisible()

  await workbench.open('Codebook')
  const codebook = app.page.getByRole('table', { name: 'Codebook' })
  await expect(codebook.getByRole('button', { name: 'Obligation type', exact: true })).toBeVisible()
  await expect(codebook).toContainText('Positive obligation')
})
