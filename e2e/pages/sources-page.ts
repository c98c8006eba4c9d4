import { expect, type Locator, type Page } from '@playwright/test'
import { Workbench } from './workbench'

/** The Sources view: its table, the New source dialog and the source detail pane. */
export class SourcesPage extends Workbench {
  constructor(page: Page) {
    super(page)
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New source' })
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: 'Source details' })
  }

  async pasteSource(fields: { title: string; text: string; authors?: string; date?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New source' }).click()
    await this.dialog.getByLabel('Title').fill(fields.title)
    await this.dialog.getByLabel('Text').fill(fields.text)
    if (fields.authors) await this.dialog.getByLabel('Authors').fill(fields.authors)
    if (fields.date) await this.dialog.getByLabel('Date').fill(fields.date)
    await this.dialog.getByRole('button', { name: 'Add source' }).click()
  }

  /** Opens the find bar of the reader (unless it is open) and types a phrase; returns the match counter. */
  async findInDocument(phrase: string): Promise<Locator> {
    const box = this.detail.getByRole('searchbox', { name: 'Find in document' })
    if (!(await box.isVisible())) await this.detail.getByRole('button', { name: 'Find' }).click()
    await box.fill(phrase)
    return this.detail.getByRole('status')
  }

  async openSource(title: string): Promise<void> {
    await this.row(title).click()
    await expect(this.detail.getByRole('heading', { name: title })).toBeVisible()
  }
}
