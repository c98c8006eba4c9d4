import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DraftingPage } from './pages/drafting-page'
import type { ReaderPage } from './pages/reader-page'
import { openImportedSeed } from './pages/seeds'

const NORM_13F =
  'First, states should not conduct or knowingly support ICT activity, contrary to their obligations under international law, if that activity intentionally damages critical infrastructure or impairs its use to provide public services (norm 13f).'
const NORM_13G = 'Second, states should take appropriate measures to protect their critical infrastructure from ICT threats (norm 13g).'
const NORM_13H_START = 'Third, states should respond to requests for assistance from other states whose critical infrastructure is subjected to malicious ICT acts'

async function clipAndClassify(reader: ReaderPage, phrase: string, type: string) {
  await reader.clipPhrase(phrase)
  await reader.addTag(type)
  await reader.editor.getByRole('button', { name: /^Suggested modality:/ }).click()
  await expect(reader.editor.getByRole('status')).toHaveText('Saved')
}

async function draftOnDisk(workspaceDir: string) {
  const [name] = await readdir(join(workspaceDir, 'drafts'))
  return JSON.parse(await readFile(join(workspaceDir, 'drafts', name as string), 'utf8')).draft as {
    articles: Array<{ title: string; paragraphs: Array<{ text: string; clippingIds: string[] }> }>
  }
}

test('draft an article from seed clippings: evidence by drag and picker, a proposal, a moved article with its references, undo, export', async ({ app }) => {
  const reader = await openImportedSeed(app.page)
  await test.step('clip and classify three GGE norms from the seed', async () => {
    await clipAndClassify(reader, NORM_13F, 'Prohibition')
    await clipAndClassify(reader, NORM_13G, 'Positive obligation')
    await clipAndClassify(reader, NORM_13H_START, 'Cooperation and assistance')
  })

  const drafting = new DraftingPage(app.page)
  await test.step('create a draft with an article of two paragraphs', async () => {
    await drafting.createDraft('Critical infrastructure clause pack')
    await drafting.addArticle('Protection of critical infrastructure')
    await drafting.paragraphText('Article 1(1)').fill('Each State Party shall protect its critical infrastructure against ICT threats.')
    await drafting.article(1).getByRole('button', { name: '+ Paragraph in Article 1' }).click()
    await drafting.paragraphText('Article 1(2)').fill('No State Party shall conduct ICT activity that damages the critical infrastructure of another.')
    await expect(drafting.paragraph('Article 1(2)').getByText(/^No evidence yet/)).toBeVisible()
  })

  await test.step('attach evidence by dragging a clipping onto a paragraph', async () => {
    await drafting.evidenceRow('Second, states should take').dragTo(drafting.paragraph('Article 1(1)'))
    await expect(drafting.evidence('Article 1(1)')).toHaveCount(1)
    await expect(drafting.evidence('Article 1(1)')).toContainText(NORM_13G)
    await expect(drafting.evidence('Article 1(1)')).toContainText(/Positive obligation · should/)
  })

  await test.step('attach evidence with the searchable picker', async () => {
    await drafting.pickEvidence('Article 1(2)', 'knowingly support', 'First, states should not conduct')
    await expect(drafting.evidence('Article 1(2)')).toContainText(NORM_13F)
    await expect(drafting.paragraph('Article 1(2)').getByText(/^No evidence yet/)).toBeHidden()
  })

  await test.step('propose a paragraph from two obligations', async () => {
    await drafting.paragraphText('Article 1(2)').click()
    const panel = drafting.evidencePanel
    await drafting.evidenceRow('Second, states should take').getByRole('checkbox').check()
    await drafting.evidenceRow('Third, states should respond').getByRole('checkbox').check()
    await panel.getByRole('button', { name: 'Propose paragraph' }).click()
    await expect(drafting.paragraphText('Article 1(3)')).toHaveValue(/^(Each State Party|States Parties) shall /)
    await expect(drafting.evidence('Article 1(3)')).toHaveCount(2)
    await expect(drafting.paragraph('Article 1(3)').getByRole('note')).toContainText('shall')
  })

  await test.step('a second article refers to Article 1(2); moving it renumbers the reference', async () => {
    await drafting.addArticle('Cooperation and assistance')
    const text = drafting.paragraphText('Article 2(1)')
    await text.fill('Subject to ')
    await drafting.insertReference('Article 2(1)', 'Article 1(2)')
    await text.press('End')
    await text.pressSequentially(', States Parties shall assist each other.')
    await expect(text).toHaveValue('Subject to ⟨Article 1(2)⟩, States Parties shall assist each other.')
    await drafting.waitUntilSaved()
    await drafting.article(2).getByRole('button', { name: 'Move Article 2 up' }).click()
    await expect(drafting.article(1).getByRole('textbox', { name: 'Title of Article 1' })).toHaveValue('Cooperation and assistance')
    await expect(drafting.paragraphText('Article 1(1)')).toHaveValue('Subject to ⟨Article 2(2)⟩, States Parties shall assist each other.')
    await expect.poll(async () => (await draftOnDisk(app.workspaceDir)).articles.map((a) => a.title)).toEqual([
      'Cooperation and assistance',
      'Protection of critical infrastructure',
    ])
  })

  await test.step('undo the move: numbers and the reference go back', async () => {
    await app.page.getByRole('banner').getByRole('button', { name: 'Undo' }).click()
    await expect(drafting.article(1).getByRole('textbox', { name: 'Title of Article 1' })).toHaveValue('Protection of critical infrastructure')
    await expect(drafting.paragraphText('Article 2(1)')).toHaveValue('Subject to ⟨Article 1(2)⟩, States Parties shall assist each other.')
    const onDisk = await draftOnDisk(app.workspaceDir)
    expect(onDisk.articles.map((a) => a.title)).toEqual(['Protection of critical infrastructure', 'Cooperation and assistance'])
    expect(onDisk.articles[1]?.paragraphs[0]?.text).toMatch(/^Subject to \{\{ref:par_[0-9a-z]+\}\}, States Parties/)
    expect(onDisk.articles[0]?.paragraphs.map((p) => p.clippingIds.length)).toEqual([1, 1, 2])
  })

  await test.step('move a paragraph from the keyboard, flag a reference to a deleted paragraph, undo both', async () => {
    const proposed = await drafting.paragraphText('Article 1(3)').inputValue()
    await drafting.paragraphText('Article 1(3)').press('Alt+ArrowUp')
    await expect(drafting.paragraphText('Article 1(2)')).toHaveValue(proposed)
    await expect(drafting.paragraphText('Article 2(1)')).toHaveValue('Subject to ⟨Article 1(3)⟩, States Parties shall assist each other.')
    await drafting.paragraph('Article 1(3)').getByRole('button', { name: 'Delete Article 1(3)' }).click()
    await expect(drafting.paragraph('Article 2(1)').getByRole('alert')).toContainText('refers to an article or paragraph that was deleted')
    await drafting.exportMenu('Markdown file…')
    await expect(app.page.getByRole('alert').filter({ hasText: 'Nothing was exported.' })).toContainText('Article 2(1) refers to a deleted')
    const undoButton = app.page.getByRole('banner').getByRole('button', { name: 'Undo' })
    await undoButton.click()
    await expect(drafting.paragraph('Article 2(1)').getByRole('alert')).toBeHidden()
    await undoButton.click()
    await expect(drafting.paragraphText('Article 2(1)')).toHaveValue('Subject to ⟨Article 1(2)⟩, States Parties shall assist each other.')
    await app.page.locator('.drafting-notice').getByRole('button', { name: 'Dismiss' }).click()
  })

  await test.step('export the clause pack to Markdown and check the file', async () => {
    await drafting.exportMenu('Markdown file…')
    const toast = app.page.locator('.toast-message')
    await expect(toast).toContainText('Clause pack saved to')
    const path = ((await toast.textContent()) ?? '').replace(/^Clause pack saved to /, '')
    const markdown = await readFile(path, 'utf8')
    expect(markdown).toContain('title: "Critical infrastructure clause pack"')
    expect(markdown).toContain('## Article 1 — Protection of critical infrastructure')
    expect(markdown).toContain('## Article 2 — Cooperation and assistance')
    expect(markdown).toContain('1. Subject to Article 1(2), States Parties shall assist each other.')
    expect(markdown).toContain('## Annex: supporting excerpts')
    expect(markdown).toContain(`> ${NORM_13G}`)
    expect(markdown).toMatch(/\[\^1\]: .*Why the World Needs a New Cyber Treaty for Critical Infrastructure/)
    expect(markdown).not.toContain('{{ref:')
  })
})
