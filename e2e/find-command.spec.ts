import { expect, test } from './fixtures'
import { Workbench } from './pages/workbench'

test.use({ sample: true })

test('Edit → Find filters the table in view, and finds in the source being read', async ({ app }) => {
  const bench = new Workbench(app.page)
  await bench.waitUntilLoaded()
  const menu = app.page.getByRole('navigation', { name: 'Menu' })

  await bench.open('Clippings')
  await menu.getByRole('button', { name: 'Edit' }).click()
  await app.page.getByRole('menuitem', { name: /^Find/ }).click()
  await expect(app.page.getByPlaceholder('Filter clippings')).toBeFocused()

  await bench.open('Sources')
  await bench.table.locator('tbody tr').first().click()
  await bench.table.locator('tbody tr').first().focus()
  // From the table (outside the reader), the shortcut still finds in the source open beside it.
  await app.page.keyboard.press('Control+F')
  await expect(app.page.getByRole('searchbox', { name: 'Find in document' }).or(app.page.getByLabel('Find in document'))).toBeFocused()
})
