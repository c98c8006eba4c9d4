import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ClippingsPage } from './pages/clippings-page'
import { DraftingPage } from './pages/drafting-page'
import { ReaderPage } from './pages/reader-page'
import { SearchPage } from './pages/search-page'

test.use({ sample: true })

type Theme = 'light' | 'dark'
type Impact = 'critical' | 'serious' | 'moderate' | 'minor'
const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor']

interface Finding {
  screen: string
  rule: string
  impact: Impact
  help: string
  targets: string[]
  /** What axe found wrong, for the first node: enough to fix it without rerunning. */
  why: string
}

const SOURCE = "UN GGE 2015 norms on critical infrastructure: an analyst's reading"
const DRAFT = 'Protection of critical infrastructure: clause pack (sample)'

/** Runs a command from the palette, as a user would, and waits for the palette to close. */
async function runCommand(page: Page, title: string): Promise<void> {
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await page.keyboard.press('Control+k')
  await expect(palette).toBeVisible()
  await palette.getByRole('combobox', { name: 'Command' }).fill(title)
  await expect(palette.getByRole('option').first()).toContainText(title)
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
}

async function scan(page: Page, screen: string): Promise<Finding[]> {
  // Transitions (the flash of a revealed passage, dimming rows) would be measured half-way.
  await page.waitForTimeout(300)
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((v) => ({
    screen,
    rule: v.id,
    impact: (v.impact ?? 'minor') as Impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
    why: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
  }))
}

function summary(theme: Theme, screens: readonly string[], findings: readonly Finding[]): string {
  const lines = [`Accessibility (axe) in the ${theme} theme:`]
  for (const screen of screens) {
    const here = findings.filter((f) => f.screen === screen)
    const counts = IMPACTS.map((i) => `${i} ${here.filter((f) => f.impact === i).length}`).join(', ')
    lines.push(`  ${screen}: ${here.length === 0 ? 'no violations' : counts}`)
    for (const f of here) {
      const nodes = f.targets.slice(0, 4).join(' | ') + (f.targets.length > 4 ? ` | +${f.targets.length - 4} more` : '')
      lines.push(`    [${f.impact}] ${f.rule}: ${f.help} (${f.targets.length}) ${nodes}`)
      if (f.impact === 'serious' || f.impact === 'critical') lines.push(`      ${f.why}`)
    }
  }
  return lines.join('\n')
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main screen has no serious or critical accessibility violations in the ${theme} theme`, async ({ app }) => {
    // Ten full axe scans of a large page: far more than the default allows on a slow machine.
    test.setTimeout(240_000)
    const { page } = app
    const reader = new ReaderPage(page)
    const clippings = new ClippingsPage(page)
    const drafting = new DraftingPage(page)
    const search = new SearchPage(page)
    await reader.waitUntilLoaded()

    // Set explicitly through the palette, so the result does not depend on the machine's own setting.
    await runCommand(page, theme === 'dark' ? 'Theme: dark' : 'Theme: light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)

    const findings: Finding[] = []
    const screens: string[] = []
    async function check(screen: string) {
      screens.push(screen)
      findings.push(...(await scan(page, screen)))
    }

    await test.step('Sources, reading a source', async () => {
      await reader.openSource(SOURCE)
      await expect(reader.text.locator('mark.clip-hl').first()).toBeVisible()
      await check('Sources with the reader')
    })

    await test.step('Clippings, a clipping selected and a facet open', async () => {
      await clippings.open('Clippings')
      await clippings.rows.first().click()
      await expect(page.getByRole('article', { name: 'Clipping editor' })).toBeVisible()
      await page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: /^Type:/ }).click()
      await expect(page.getByRole('dialog', { name: 'Filter Type' })).toBeVisible()
      await check('Clippings with a facet open')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Filter Type' })).toBeHidden()
    })

    await test.step('Coverage', async () => {
      await page.getByRole('tablist', { name: 'Show clippings as' }).getByRole('tab', { name: 'Coverage' }).click()
      await expect(page.locator('.coverage-matrix')).toBeVisible()
      await check('Coverage')
    })

    await test.step('Drafts', async () => {
      await drafting.open('Drafts')
      await drafting.row(DRAFT).click()
      await expect(page.getByRole('region', { name: 'Draft details' })).toBeVisible()
      await check('Drafts list')
    })

    await test.step('New draft dialog', async () => {
      await page.getByRole('button', { name: 'New draft' }).click()
      const dialog = page.getByRole('dialog', { name: 'New draft' })
      await expect(dialog).toBeVisible()
      await check('New draft dialog')
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    })

    await test.step('Drafting pane', async () => {
      await drafting.row(DRAFT).dblclick()
      await expect(page.getByRole('textbox', { name: 'Draft title' })).toHaveValue(DRAFT)
      await expect(drafting.evidencePanel).toBeVisible()
      await check('Drafting pane')
    })

    await test.step('Codebook', async () => {
      await drafting.open('Codebook')
      await expect(page.getByRole('table', { name: 'Codebook' })).toBeVisible()
      await check('Codebook')
    })

    await test.step('Search with results', async () => {
      await search.search('critical infrastructure')
      await expect(search.results.getByRole('listitem').first()).toBeVisible()
      await check('Search with results')
    })

    await test.step('Command palette', async () => {
      await drafting.open('Sources')
      await page.keyboard.press('Control+k')
      await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
      await check('Command palette')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden()
    })

    await test.step('Keyboard shortcuts', async () => {
      await drafting.navButton('Sources').focus()
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await check('Keyboard shortcuts')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
    })


    console.log(summary(theme, screens, findings))
    await test.info().attach(`axe-${theme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' })
    const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')
    expect(blocking, summary(theme, screens, blocking)).toEqual([])
  })
}
