import { expect, type Locator, type Page } from '@playwright/test'

export type View = 'Sources' | 'Clippings' | 'Drafts' | 'Codebook' | 'Search'

/** The workbench shell: navigation rail, main table, detail pane. */
export class Workbench {
  constructor(readonly page: Page) {}

  async waitUntilLoaded(): Promise<void> {
    await expect(this.page.locator('[data-app-state="loaded"]')).toBeVisible()
  }

  navButton(view: View): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${view}\\b`) })
  }

  async open(view: View): Promise<void> {
    await this.navButton(view).click()
    await expect(this.navButton(view)).toHaveAttribute('aria-current', 'page')
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('grid')
  }

  /** The text of one column, top to bottom, as displayed. */
  async columnTexts(column: string): Promise<string[]> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts()
    const index = headers.findIndex((h) => h.trim().startsWith(column))
    if (index < 0) throw new Error(`No column "${column}" among ${headers.join(', ')}`)
    return this.table.locator('tbody tr').locator(`td:nth-child(${index + 1})`).allInnerTexts()
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column, exact: true }).getByRole('button').click()
  }

  row(text: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: text })
  }
}
