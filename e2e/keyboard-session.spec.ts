import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { DraftingPage } from './pages/drafting-page'
import { ReaderPage } from './pages/reader-page'
import { SEED_000, SEED_000_TITLE } from './pages/seeds'

test('a whole session from the keyboard: import from the palette, read, clip, tag, draft with evidence, export', async ({ app }) => {
  const { page } = app
  const keys = page.keyboard
  const reader = new ReaderPage(page)
  await reader.waitUntilLoaded()
  const palette = page.getByRole('dialog', { name: 'Command palette' })

  /** Opens the palette with Ctrl+K, types, and runs the first match with Enter. */
  async function command(words: string) {
    await keys.press('Control+k')
    await expect(palette).toBeVisible()
    await keys.type(words)
    await keys.press('Enter')
    await expect(palette).toBeHidden()
  }

  await test.step('import the seed through the command palette', async () => {
    const chooser = page.waitForEvent('filechooser')
    await command('import files')
    await (await chooser).setFiles(SEED_000)
    await expect(page.getByRole('dialog', { name: 'Import' }).getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 20_000 })
  })

  await test.step('open it from the results: the keyboard lands in its text', async () => {
    await expect(page.getByRole('button', { name: SEED_000_TITLE })).toBeFocused()
    await keys.press('Enter')
    await expect(reader.text).toBeFocused()
  })

  let quote = ''
  await test.step('select the first sentence in view, clip it, tag it', async () => {
    await keys.press('s')
    await keys.press('c')
    await expect(reader.editor).toBeVisible()
    quote = (await reader.editor.locator('mark.quote-text').textContent()) ?? ''
    await expect(reader.editor.getByRole('combobox', { name: 'Add tag' })).toBeFocused()
    await keys.type('Positive obligation')
    await keys.press('Enter')
    await expect(reader.editor.getByRole('list', { name: 'Tags of this clipping' })).toContainText('Positive obligation')
  })

  const drafting = new DraftingPage(page)
  await test.step('start a draft and an article from the palette', async () => {
    await command('new draft')
    await keys.type('Keyboard clause pack')
    await keys.press('Enter')
    await expect(page.getByRole('textbox', { name: 'Draft title' })).toHaveValue('Keyboard clause pack')
    await command('add an article')
    await expect(drafting.paragraphText('Article 1(1)')).toBeFocused()
    await keys.type('Each State Party shall protect its critical infrastructure.')
  })

  await test.step('add the clipping to the paragraph with the evidence picker', async () => {
    await keys.press('Control+Shift+E')
    const picker = page.getByRole('dialog', { name: 'Add evidence to Article 1(1)' })
    await expect(picker.getByRole('searchbox')).toBeFocused()
    await keys.type(quote.slice(0, 30))
    await keys.press('Tab')
    await expect(picker.getByRole('button', { name: 'Attach' }).first()).toBeFocused()
    await keys.press('Enter')
    await keys.press('Escape')
    await expect(picker).toBeHidden()
    await expect(drafting.evidence('Article 1(1)')).toHaveCount(1)
  })

  await test.step('export with Ctrl+E and find the excerpt in the file', async () => {
    await keys.press('Control+e')
    const toast = page.locator('.toast-message')
    await expect(toast).toContainText('Clause pack saved to')
    const markdown = await readFile(((await toast.textContent()) ?? '').replace('Clause pack saved to ', ''), 'utf8')
    expect(markdown).toContain('1. Each State Party shall protect its critical infrastructure.[^1]')
    expect(markdown).toContain(quote.slice(0, 40))
  })
})

test.describe('with the sample workspace', () => {
  test.use({ sample: true })

  test('the shortcut sheet, the menus and the palette offer the same commands', async ({ app }) => {
    const { page } = app
    const reader = new ReaderPage(page)
    await reader.waitUntilLoaded()

    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet.getByRole('row', { name: /Show all commands/ })).toContainText('Ctrl+K')
    await expect(sheet.getByRole('row', { name: /Go to Drafts/ })).toContainText('Ctrl+3')
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'View' }).click()
    await page.getByRole('menuitem', { name: /Go to Drafts/ }).click()
    await expect(reader.navButton('Drafts')).toHaveAttribute('aria-current', 'page')

    // Fuzzy: a few letters of each word find a saved draft by its title.
    await page.keyboard.press('Control+Shift+P')
    await page.keyboard.type('op prot crit')
    await expect(page.getByRole('option').first()).toContainText('Open draft: Protection of critical infrastructure')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('textbox', { name: 'Draft title' })).toHaveValue(/^Protection of critical infrastructure/)
    await page.keyboard.press('Control+1')
    await expect(reader.navButton('Sources')).toHaveAttribute('aria-current', 'page')
  })
})
