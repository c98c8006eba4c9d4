import { expect, type Locator } from '@playwright/test'
import { Workbench } from './workbench'

/** The Clippings view: facets, saved views and the coverage picture. */
export class ClippingsPage extends Workbench {
  get rows(): Locator {
    return this.table.locator('tbody tr')
  }

  /** Ticks one value of a facet filter, e.g. facet('Type', 'Positive obligation'). */
  async facet(name: string, value: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: new RegExp(`^${name}:`) }).click()
    const dialog = this.page.getByRole('dialog', { name: `Filter ${name}` })
    await dialog.getByRole('checkbox', { name: new RegExp(`^${value.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`) }).check()
    await this.page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }

  async saveView(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save view…' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Save view' })
    await dialog.getByLabel('View name').fill(name)
    await dialog.getByRole('button', { name: 'Save view', exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  async applyView(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Saved views' }).getByRole('button', { name, exact: true }).click()
  }

  async coverageCell(name: string): Promise<Locator> {
    await this.page.getByRole('tablist', { name: 'Show clippings as' }).getByRole('tab', { name: 'Coverage' }).click()
    return this.page.getByRole('button', { name })
  }
}
