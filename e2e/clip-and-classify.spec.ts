import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { clippingsOnDisk } from './clipping-shards'
import { ClippingsPage } from './pages/clippings-page'
import { openImportedSeed } from './pages/seeds'

const SENTENCE = 'Second, states should take appropriate measures to protect their critical infrastructure from ICT threats (norm 13g).'


test('clip a sentence of a seed, classify it, undo its deletion, find it with a saved view and in the coverage picture', async ({ app }) => {
  const reader = await openImportedSeed(app.page)

  await test.step('clip the sentence and tag it "Positive obligation"', async () => {
    await reader.clipPhrase(SENTENCE)
    await reader.addTag('Positive obligation')
    await expect(reader.text.locator('mark.clip-hl').first()).toBeVisible()
  })

  await test.step('take the modality the app suggests, with its reason shown', async () => {
    const suggestion = reader.editor.getByRole('button', { name: 'Suggested modality: should' })
    await expect(suggestion).toBeVisible()
    await suggestion.click()
    await expect(reader.editor.getByLabel('Modality', { exact: true })).toHaveValue('should')
    await expect(reader.editor.getByRole('status')).toHaveText('Saved')
    await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir))[0]).toMatchObject({
      quote: SENTENCE,
      tags: ['tag_positiveobligation'],
      obligation: { modality: 'should', type: 'tag_positiveobligation' },
    })
  })

  await test.step('name the instrument it echoes', async () => {
    await reader.editor.getByLabel('Instrument', { exact: true }).selectOption('tag_gge2015norm13g')
    await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir))[0]?.obligation).toMatchObject({ instrument: 'tag_gge2015norm13g' })
  })

  await test.step('delete it, then undo the deletion', async () => {
    await reader.editor.getByRole('button', { name: 'Delete clipping' }).click()
    await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir)).length).toBe(0)
    await app.page.getByRole('banner').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir)).length).toBe(1)
    await expect(reader.text.locator('mark.clip-hl').first()).toBeVisible()
  })

  await test.step('filter the Clippings table to it and save the view', async () => {
    const clippings = new ClippingsPage(app.page)
    await clippings.open('Clippings')
    await clippings.facet('Type', 'Positive obligation')
    await clippings.facet('Modality', 'should')
    await expect(clippings.rows).toHaveCount(1)
    await expect(clippings.rows.first()).toContainText('Second, states should take appropriate measures')
    await clippings.saveView('Positive duties (should)')
  })

  await test.step('after a restart the saved view brings it back in one click', async () => {
    const clippings = new ClippingsPage(await app.restart())
    await clippings.waitUntilLoaded()
    await clippings.open('Clippings')
    await clippings.applyView('Positive duties (should)')
    await expect(clippings.rows).toHaveCount(1)
    await expect(clippings.rows.first()).toContainText('Second, states should take appropriate measures')
    const views = JSON.parse(await readFile(join(app.workspaceDir, 'views.json'), 'utf8'))
    expect(views.views.map((v: { name: string }) => v.name)).toEqual(['Positive duties (should)'])
  })

  await test.step('the coverage picture counts it and filters the table on click', async () => {
    const clippings = new ClippingsPage(app.page)
    await clippings.applyView('All clippings')
    const cell = await clippings.coverageCell('Positive obligation × GGE norm 13(g): 1 clipping')
    await cell.click()
    await expect(app.page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true')
    await expect(clippings.rows).toHaveCount(1)
  })
})

test('find obligation candidates in a seed and accept one from the keyboard', async ({ app }) => {
  const reader = await openImportedSeed(app.page)

  await reader.detail.getByRole('button', { name: 'Candidates', exact: true }).click()
  await expect(reader.candidates.getByRole('status')).toHaveText(/^\d+ candidates$/)
  const list = reader.candidates.getByRole('list', { name: 'Candidates' })
  await list.focus()
  await app.page.keyboard.press('a')
  await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir)).length).toBe(1)
  const [accepted] = await clippingsOnDisk(app.workspaceDir)
  expect(accepted?.obligation?.modality).toMatch(/^(shall|shall not|should|should not|may|must)$/)
})
