import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { SourcesPage } from './pages/sources-page'

test('a pasted source appears in the table, sorts, survives a restart, and is on disk', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  await sources.waitUntilLoaded()

  await test.step('paste two sources', async () => {
    await sources.pasteSource({
      title: 'Zeta memo on hotlines',
      text: 'Direct lines between national CERTs reduce escalation.\r\n\r\nA second paragraph.',
      authors: 'R. Castellanos, A. Diallo',
      date: '2025-03',
    })
    await expect(sources.dialog).toBeHidden()
    await expect(sources.detail.getByRole('heading', { name: 'Zeta memo on hotlines' })).toBeVisible()
    await expect(sources.detail).toContainText('Direct lines between national CERTs reduce escalation.')
    await sources.pasteSource({ title: 'Alpha note on norms', text: 'Norm 13(g) asks states to protect infrastructure.' })
    await expect(sources.row('Alpha note on norms')).toBeVisible()
  })

  await test.step('sort by title, both ways', async () => {
    await sources.sortBy('Title')
    expect(await sources.columnTexts('Title')).toEqual(['Alpha note on norms', 'Zeta memo on hotlines'])
    await sources.sortBy('Title')
    expect(await sources.columnTexts('Title')).toEqual(['Zeta memo on hotlines', 'Alpha note on norms'])
  })

  await test.step('the source is a file on disk, its text normalised', async () => {
    const ids = (await readdir(join(app.workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
    expect(ids).toHaveLength(2)
    const files = await Promise.all(
      ids.map(async (id) => JSON.parse(await readFile(join(app.workspaceDir, 'sources', id, 'source.json'), 'utf8'))),
    )
    const zeta = files.find((f) => f.source.title === 'Zeta memo on hotlines')
    expect(zeta.source).toMatchObject({ authors: ['R. Castellanos', 'A. Diallo'], date: '2025-03', format: 'pasted' })
    const text = await readFile(join(app.workspaceDir, 'sources', zeta.source.id, 'text.txt'), 'utf8')
    expect(text).toBe('Direct lines between national CERTs reduce escalation.\n\nA second paragraph.')
  })

  await test.step('restart the app: the sources are still there', async () => {
    const after = new SourcesPage(await app.restart())
    await after.waitUntilLoaded()
    await expect(after.row('Zeta memo on hotlines')).toBeVisible()
    await after.openSource('Alpha note on norms')
    await expect(after.detail).toContainText('Norm 13(g) asks states to protect infrastructure.')
  })
})

test('pasting text that is already in the workspace says which source holds it and keeps the input', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  await sources.waitUntilLoaded()
  await sources.pasteSource({ title: 'Original', text: 'The same words.' })
  await expect(sources.dialog).toBeHidden()
  await sources.pasteSource({ title: 'Copy', text: 'The same words.' })
  await expect(sources.dialog.getByRole('alert')).toContainText('already in the workspace as "Original"')
  await expect(sources.dialog.getByLabel('Title')).toHaveValue('Copy')
  await sources.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(sources.table.locator('tbody tr')).toHaveCount(1)
})
