import { expect, type Locator, type Page } from '@playwright/test'
import { Workbench } from './workbench'

/** The Drafts view: the list of drafts and the drafting pane with its evidence panel. */
export class DraftingPage extends Workbench {
  constructor(page: Page) {
    super(page)
  }

  get evidencePanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Clippings for evidence' })
  }

  get saveStatus(): Locator {
    return this.page.locator('.drafting-header').getByRole('status')
  }

  async createDraft(title: string): Promise<void> {
    await this.open('Drafts')
    await this.page.getByRole('button', { name: 'New draft' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'New draft' })
    await dialog.getByLabel('Title').fill(title)
    await dialog.getByRole('button', { name: 'Create draft' }).click()
    await expect(this.page.getByRole('textbox', { name: 'Draft title' })).toHaveValue(title)
  }

  article(number: number): Locator {
    return this.page.getByRole('region', { name: `Article ${number}`, exact: true })
  }

  /** A paragraph by its label: "Article 1(2)" or "Preamble paragraph 1". */
  paragraph(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true })
  }

  paragraphText(label: string): Locator {
    return this.paragraph(label).getByRole('textbox', { name: `Text of ${label}` })
  }

  evidence(label: string): Locator {
    return this.paragraph(label).getByRole('list', { name: `Evidence for ${label}` }).getByRole('listitem')
  }

  evidenceRow(text: string): Locator {
    return this.evidencePanel.getByRole('grid').locator('tbody tr').filter({ hasText: text })
  }

  async addArticle(title: string): Promise<void> {
    const count = await this.page.locator('.article-editor').count()
    await this.page.getByRole('button', { name: '+ Article', exact: true }).click()
    await this.article(count + 1).getByRole('textbox', { name: `Title of Article ${count + 1}` }).fill(title)
  }

  async pickEvidence(label: string, search: string, quote: string): Promise<void> {
    await this.paragraph(label).getByRole('button', { name: 'Add evidence…' }).click()
    const dialog = this.page.getByRole('dialog', { name: `Add evidence to ${label}` })
    await dialog.getByRole('searchbox').fill(search)
    await dialog.getByRole('listitem').filter({ hasText: quote }).getByRole('button', { name: 'Attach' }).click()
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(dialog).toBeHidden()
  }

  async insertReference(label: string, target: string): Promise<void> {
    await this.paragraph(label).getByRole('button', { name: 'Insert reference' }).click()
    await this.page.getByRole('menu', { name: 'Insert reference to' }).getByRole('menuitem', { name: target, exact: true }).click()
  }

  async exportMenu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click()
    await this.page.getByRole('menuitem', { name: item }).click()
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved')
  }
}
