import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { RecentWorkspaces, recentWorkspacesFile } from '../src/main/core/recent-workspaces'
import { expect, test } from './fixtures'
import { ClippingsPage } from './pages/clippings-page'
import { DraftingPage } from './pages/drafting-page'
import { ReaderPage } from './pages/reader-page'
import { SearchPage } from './pages/search-page'
import { WorkspacesPage } from './pages/workspaces-page'
import { startApp } from './workspace-host'

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

/**
 * Sets the theme through the palette (so the result does not depend on the
 * machine's own setting) and returns a scanner that collects every screen's findings.
 */
async function themedScans(page: Page, theme: Theme) {
  await runCommand(page, theme === 'dark' ? 'Theme: dark' : 'Theme: light')
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  const findings: Finding[] = []
  const screens: string[] = []
  return {
    findings,
    screens,
    check: async (screen: string) => {
      screens.push(screen)
      findings.push(...(await scan(page, screen)))
    },
  }
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
    const { findings, screens, check } = await themedScans(page, theme)

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

for (const theme of ['light', 'dark'] as const) {
  test(`the workspace dialogs and About have no serious or critical accessibility violations in the ${theme} theme`, async () => {
    test.setTimeout(120_000)
    // The workspace commands need an app that can switch workspaces, with a list of recent ones of its own.
    const tmp = await mkdtemp(join(tmpdir(), 'cw-e2e-a11y-workspaces-'))
    const dataDir = join(tmp, 'data')
    const recents = new RecentWorkspaces(recentWorkspacesFile(dataDir))
    await recents.record(join(tmp, 'moved-away'), 'Working group notes', new Date('2025-05-02T10:00:00Z'))
    const app = await startApp({ dataDir, workspaceDir: join(tmp, 'workspace'), sample: true })
    try {
      const { page } = app
      const ui = new WorkspacesPage(page)
      await ui.waitForWorkspace('Sample workspace')
      const { findings, screens, check } = await themedScans(page, theme)

      await test.step('File → Open recent', async () => {
        await ui.menu('File', 'Open recent')
        await expect(page.getByRole('menu', { name: 'Open recent' })).toBeVisible()
        await check('File menu with Open recent')
        await page.keyboard.press('Escape')
        await page.keyboard.press('Escape')
      })

      await test.step('Open workspace, with a missing recent workspace and an error', async () => {
        await ui.menu('File', 'Open workspace…')
        const dialog = ui.dialog('Open workspace')
        await expect(dialog.getByRole('table', { name: 'Recent workspaces' })).toContainText('missing')
        await check('Open workspace dialog')
        await ui.submitFolder(dialog, join(tmp, 'moved-away'))
        await expect(dialog.getByRole('alert')).toBeVisible()
        await check('Open workspace dialog with an error')
        await page.keyboard.press('Escape')
        await expect(dialog).toBeHidden()
      })

      await test.step('New workspace', async () => {
        await ui.menu('File', 'New workspace…')
        await expect(ui.dialog('New workspace')).toBeVisible()
        await check('New workspace dialog')
        await page.keyboard.press('Escape')
      })

      await test.step('About', async () => {
        await ui.menu('Help', 'About Clausewright')
        await expect(ui.dialog('About Clausewright')).toContainText(dataDir)
        await check('About dialog')
        await page.keyboard.press('Escape')
      })

      console.log(summary(theme, screens, findings))
      const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')
      expect(blocking, summary(theme, screens, blocking)).toEqual([])
    } finally {
      await app.close()
      await rm(tmp, { recursive: true, force: true })
    }
  })
}
