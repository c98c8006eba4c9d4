import { expect, type Locator, type Page } from '@playwright/test'

/** The Import menu and the import panel with its progress and result list. */
export class ImportPanel {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import' })
  }

  get results(): Locator {
    return this.dialog.getByRole('list', { name: 'Import results' })
  }

  /** Imports files the way a user does: Import, "Import files…", pick them in the file chooser. */
  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('menuitem', { name: 'Import files…' }).click()
    await (await chooser).setFiles(paths)
  }

  async waitUntilFinished(): Promise<void> {
    await expect(this.dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 20_000 })
  }

  item(status: 'Imported' | 'Duplicate' | 'Failed', fileName: string): Locator {
    return this.results.getByRole('listitem').filter({ hasText: new RegExp(`^${status}`) }).filter({ hasText: fileName })
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
