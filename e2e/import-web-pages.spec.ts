import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { ImportPanel } from './pages/import-panel'
import { SourcesPage } from './pages/sources-page'

const real = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url))
const pages = [
  'eurlex_eprivacy_directive_2002-58_consolidated_en.html',
  'lemonde_loi_renseignement_fr.html',
  'qq_deepmind_zh.html',
  'bbnj_agreement_ar_site.html',
].map((name) => join(real, name))

test('web pages import together as their articles: every provision of a directive, none of the site around it', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  const panel = new ImportPanel(app.page)
  await sources.waitUntilLoaded()

  await test.step('the four pages import in one go', async () => {
    await panel.importFiles(pages)
    await panel.waitUntilFinished()
    await expect(panel.results.getByRole('listitem').filter({ hasText: /^Imported/ })).toHaveCount(4)
    await panel.close()
    const stored = (await readdir(join(app.workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
    expect(stored).toHaveLength(4)
  })

  await test.step('the directive reads from its title to its last article, without the page around it', async () => {
    await sources.row('32002L0058').click()
    await expect(sources.detail.getByRole('heading', { name: /32002L0058/ })).toBeVisible()
    await expect(await sources.findInDocument('Article 21')).toHaveText(/^1 of 1$/)
    await expect(await sources.findInDocument('This Directive is addressed to the Member States.')).toHaveText(/^1 of 1$/)
    await expect(await sources.findInDocument('1. This Directive provides for the harmonisation')).toHaveText(/^1 of 1$/)
    await expect(await sources.findInDocument('ruxitagent')).toHaveText('No matches')
  })

  await test.step('the news article keeps its text and leaves the portal out', async () => {
    await sources.row("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée").click()
    await expect(await sources.findInDocument('Les députés ont, sans surprise, adopté')).toHaveText(/^1 of 1$/)
    await expect(await sources.findInDocument('En poursuivant votre navigation')).toHaveText('No matches')
    await sources.row('DeepMind新电脑已可利用记忆自学').click()
    await expect(await sources.findInDocument('DeepMind希望DNC可以推动计算行业实现更多突破')).toHaveText(/^1 of 1$/)
    await expect(await sources.findInDocument('全部频道')).toHaveText('No matches')
  })
})
