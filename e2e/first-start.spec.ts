import { expect, test } from './fixtures'
import { DraftingPage } from './pages/drafting-page'
import { SEED_000, SEED_000_TITLE } from './pages/seeds'

test('an empty workspace says what to do in three steps, and its buttons do it', async ({ app }) => {
  const drafting = new DraftingPage(app.page)
  await drafting.waitUntilLoaded()
  const welcome = app.page.getByRole('region', { name: 'Start a workspace' })
  await expect(welcome.getByRole('listitem')).toHaveCount(3)
  const chooser = app.page.waitForEvent('filechooser')
  await welcome.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles(SEED_000)
  await expect(app.page.getByRole('dialog', { name: 'Import' }).getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 20_000 })
  await expect(drafting.row(SEED_000_TITLE)).toBeVisible()
  // With a source in the workspace, the pane goes back to reading.
  await expect(welcome).toBeHidden()
})

test.describe('with the sample workspace', () => {
  test.use({ sample: true })

  test('the next start opens where the user left off: the view, the row, the draft being edited', async ({ app }) => {
    const drafting = new DraftingPage(app.page)
    await drafting.waitUntilLoaded()
    await drafting.open('Drafts')
    await drafting.row('clause pack').dblclick()
    await expect(drafting.page.getByRole('textbox', { name: 'Draft title' })).toHaveValue(/clause pack/)
    await app.page.reload()
    await drafting.waitUntilLoaded()
    await expect(drafting.navButton('Drafts')).toHaveAttribute('aria-current', 'page')
    await expect(drafting.page.getByRole('textbox', { name: 'Draft title' })).toHaveValue(/clause pack/)

    await drafting.page.getByRole('button', { name: '← Drafts' }).click()
    await drafting.open('Sources')
    await drafting.row('Budapest').click()
    await app.page.reload()
    await drafting.waitUntilLoaded()
    await expect(drafting.row('Budapest')).toHaveAttribute('aria-selected', 'true')
    await expect(app.page.getByRole('region', { name: 'Source details' }).getByRole('heading', { level: 2 })).toContainText('Budapest')
  })

  test('a pane resized from the keyboard keeps its width at the next start', async ({ app }) => {
    const drafting = new DraftingPage(app.page)
    await drafting.waitUntilLoaded()
    const pane = app.page.getByRole('region', { name: 'Source details' })
    const before = (await pane.boundingBox())!.width
    await app.page.getByRole('separator', { name: 'Resize source details' }).focus()
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowLeft')
    await expect.poll(async () => Math.round((await pane.boundingBox())!.width)).toBe(Math.round(before + 72))
    await app.page.reload()
    await drafting.waitUntilLoaded()
    await expect.poll(async () => Math.round((await pane.boundingBox())!.width)).toBe(Math.round(before + 72))
  })
})
