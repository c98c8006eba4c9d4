import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { clippingsOnDisk, simulateOlderExtraction } from './clipping-shards'
import { ReaderPage } from './pages/reader-page'
import { openImportedSeed, SEED_000_TITLE } from './pages/seeds'

const SENTENCE = 'Second, states should take appropriate measures to protect their critical infrastructure from ICT threats (norm 13g).'
const PREFACE = 'Running header left by an older extractor\n\n'

test('re-extract a source from its original: the preview counts the clippings that move, and the text and clippings follow', async ({ app }) => {
  const reader = await openImportedSeed(app.page)
  await reader.clipPhrase(SENTENCE)
  await expect(reader.text.locator('mark.clip-hl').first()).toBeVisible()
  await expect.poll(async () => (await clippingsOnDisk(app.workspaceDir)).length).toBe(1)
  const [id] = (await readdir(join(app.workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
  const textFile = join(app.workspaceDir, 'sources', id as string, 'text.txt')
  const extracted = await readFile(textFile, 'utf8')

  // Saved and idle, the app writes nothing more to the source until it is reopened.
  await simulateOlderExtraction(app.workspaceDir, PREFACE)
  const page = await app.restart()
  const again = new ReaderPage(page)
  await again.waitUntilLoaded()
  await again.openSource(SEED_000_TITLE)
  await expect(again.text).toContainText('Running header left by an older extractor')

  await test.step('preview, then re-extract', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.getByRole('button', { name: 'Re-extract text…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Re-extract text' })
    const summary = dialog.getByRole('list', { name: 'What re-extracting changes' })
    await expect(summary).toContainText('0 clippings are found where they were')
    await expect(summary).toContainText('1 clipping moves to where its quote now is')
    await dialog.getByRole('button', { name: 'Re-extract' }).click()
    await expect(dialog).toHaveCount(0)
  })

  await test.step('the text is the extraction of today, and the clipping sits on its sentence in it', async () => {
    await expect(again.text).not.toContainText('Running header left by an older extractor')
    await expect(again.text.locator('mark.clip-hl').first()).toContainText('Second, states should take')
    expect(await readFile(textFile, 'utf8')).toBe(extracted)
    const [stored] = await clippingsOnDisk(app.workspaceDir)
    expect(stored?.start).toBe(extracted.indexOf(SENTENCE))
  })

  await test.step('the state before is a backup', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'File' }).click()
    await page.getByRole('menuitem', { name: 'Backups and restore…' }).click()
    await expect(page.getByRole('dialog', { name: 'Backups' }).locator('tbody tr').filter({ hasText: 'Before a re-extraction' })).toHaveCount(1)
  })
})
