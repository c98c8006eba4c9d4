import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { ImportPanel } from './pages/import-panel'
import { SearchPage } from './pages/search-page'
import { SourcesPage } from './pages/sources-page'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const seeds = ['000_16febc7ae85f2449.txt', '001_2b7deef630cd453d.txt', '002_032de899ec04cf11.txt', '003_b2538ffbb75673f8.txt'].map(
  (name) => join(corpus, 'seeds', name),
)

test('import the four seeds, read one, find a phrase, search the workspace and open a hit', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  const panel = new ImportPanel(app.page)
  await sources.waitUntilLoaded()

  await test.step('import the seeds through the file picker', async () => {
    await panel.importFiles(seeds)
    await panel.waitUntilFinished()
    await expect(panel.results.getByRole('listitem').filter({ hasText: /^Imported/ })).toHaveCount(4)
    await panel.close()
  })

  await test.step('four sources with the right titles, authors and dates', async () => {
    const row = (title: string) => sources.row(title)
    await expect(row('Why the World Needs a New Cyber Treaty for Critical Infrastructure')).toContainText('Patryk Pawlak')
    await expect(row('Why the World Needs a New Cyber Treaty for Critical Infrastructure')).toContainText('2024-03-28')
    await expect(row('Why a cybersecurity treaty is a pipe dream')).toContainText('Adam Segal')
    await expect(row('Why a cybersecurity treaty is a pipe dream')).toContainText('2011-10-27')
    await expect(row('Time to Pursue an International Cyber Treaty?')).toBeVisible()
    await expect(row('Russian media report')).toBeVisible()
    const stored = (await readdir(join(app.workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
    expect(stored).toHaveLength(4)
  })

  await test.step('importing the same files again reports duplicates and adds nothing', async () => {
    await panel.importFiles(seeds.slice(0, 2))
    await panel.waitUntilFinished()
    await expect(panel.item('Duplicate', '000_16febc7ae85f2449.txt')).toContainText('Why the World Needs a New Cyber Treaty')
    await panel.close()
    await expect(sources.table.locator('tbody tr')).toHaveCount(4)
  })

  await test.step('open one source and find a phrase in it', async () => {
    await sources.openSource('Why a cybersecurity treaty is a pipe dream')
    const counter = await sources.findInDocument('London Conference')
    await expect(counter).toHaveText(/^1 of \d+$/)
    await expect(sources.detail.locator('mark').first()).toHaveText(/london conference/i)
  })

  await test.step('search the workspace and open a hit in the reader', async () => {
    const search = new SearchPage(app.page)
    await search.search('Incidents at Sea')
    const hit = search.results.getByRole('button').filter({ hasText: 'Time to Pursue an International Cyber Treaty?' })
    await expect(hit).toBeVisible()
    await expect(hit.locator('mark').first()).toHaveText(/incidents/i)
    await hit.click()
    await expect(sources.navButton('Sources')).toHaveAttribute('aria-current', 'page')
    await expect(sources.detail.getByRole('heading', { name: 'Time to Pursue an International Cyber Treaty?' })).toBeVisible()
    await expect(sources.detail.locator('mark.flash')).toContainText(/Incidents at Sea/i)
  })
})

test('bad files each get a clear reason, and the workspace keeps only the good ones', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  const panel = new ImportPanel(app.page)
  await sources.waitUntilLoaded()
  await panel.importFiles([
    join(corpus, 'real', 'password_protected_skew_scan_pw-password.pdf'),
    join(corpus, 'real', 'scanned_congress_record_image_only.pdf'),
    join(corpus, 'real', 'paris_call_trust_security_cyberspace_en.pdf'),
  ])
  await panel.waitUntilFinished()
  await expect(panel.item('Failed', 'password_protected_skew_scan_pw-password.pdf')).toContainText('password-protected')
  await expect(panel.item('Failed', 'scanned_congress_record_image_only.pdf')).toContainText('scanned, no text layer')
  await expect(panel.item('Imported', 'paris_call_trust_security_cyberspace_en.pdf')).toBeVisible()
  await panel.close()
  await expect(sources.table.locator('tbody tr')).toHaveCount(1)
  const stored = (await readdir(join(app.workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
  expect(stored).toHaveLength(1)
  expect(await readdir(join(app.workspaceDir, 'sources', stored[0] as string))).toEqual(['original.pdf', 'source.json', 'text.txt'])
})
