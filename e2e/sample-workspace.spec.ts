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
  const detail = app.page.getByRole('complementary')
  await expect(detail.getByText(/^Article 1\b/)).toBeVisible()
  await expect(detail.getByText(/^Article 3\b/)).toBeVisible()
  await expect(detail.getByText('No evidence')).toBeVisible()

  await workbench.open('Codebook')
  await expect(app.page.getByRole('main')).toContainText('Obligation type')
  await expect(app.page.getByRole('main')).toContainText('positive obligation')
})
