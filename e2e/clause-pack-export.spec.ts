import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { tamperWithClipping } from './clipping-shards'
import { DraftingPage } from './pages/drafting-page'

test.use({ sample: true })

const SAMPLE_TITLE = 'Protection of critical infrastructure: clause pack (sample)'

/** The path a "saved to …" notice names, once it is shown. */
async function savedPath(drafting: DraftingPage, what: string): Promise<string> {
  const toast = drafting.page.locator('.toast-message')
  await expect(toast).toContainText(`${what} saved to`)
  return ((await toast.textContent()) ?? '').replace(`${what} saved to `, '')
}

test('a misquoted excerpt stops the export and says which; nothing is written', async ({ app }) => {
  await test.step('change a quote on disk so that it no longer matches its source', async () => {
    const changed = await tamperWithClipping(app.workspaceDir, 'clp_gge13gprotect', (c) => {
      c.quote = c.quote.replace('should', 'must')
    })
    expect(changed).toBe(true)
  })
  const drafting = new DraftingPage(await app.restart())
  await drafting.waitUntilLoaded()
  await drafting.open('Drafts')
  await drafting.row(SAMPLE_TITLE).dblclick()
  await drafting.exportMenu('Markdown file…')
  const notice = app.page.getByRole('alert').filter({ hasText: 'Nothing was exported.' })
  await expect(notice).toContainText('clp_gge13gprotect')
  await expect(notice).toContainText('no longer matches')
  expect(await readdir(app.workspaceDir)).not.toContain('exports')
})

test('export the JSON pack and the evidence table, then import the pack as a new draft', async ({ app }) => {
  const drafting = new DraftingPage(app.page)
  await drafting.waitUntilLoaded()
  await drafting.open('Drafts')
  await drafting.row(SAMPLE_TITLE).dblclick()

  await drafting.exportMenu('Evidence table (CSV)…')
  const csv = await readFile(await savedPath(drafting, 'Evidence table'), 'utf8')
  expect(csv.split('\n')[0]).toMatch(/^\uFEFFParagraph,Paragraph text,Status,Quote,Source/)
  expect(csv).toContain('Article 2(1)')

  await drafting.exportMenu('JSON clause pack…')
  const packPath = await savedPath(drafting, 'JSON clause pack')
  const pack = JSON.parse(await readFile(packPath, 'utf8'))
  expect(pack.format).toBe('clausewright-clause-pack')

  await app.page.getByRole('button', { name: '← Drafts' }).click()
  const chooser = app.page.waitForEvent('filechooser')
  await app.page.getByRole('button', { name: 'Import clause pack…' }).click()
  await (await chooser).setFiles(packPath)
  await expect(app.page.locator('.toast-message')).toContainText('Imported')
  await expect(drafting.row(`${SAMPLE_TITLE} (imported)`)).toBeVisible()
  await expect.poll(async () => (await readdir(join(app.workspaceDir, 'drafts'))).length).toBe(2)
})
