import type { Locator } from '@playwright/test'
import { Workbench } from './workbench'

/** The Search view: one box over every source and clipping, ranked hits. */
export class SearchPage extends Workbench {
  get box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search all sources' })
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Search results' })
  }

  async search(query: string): Promise<void> {
    await this.navButton('Search').click()
    await this.box.fill(query)
    await this.box.press('Enter')
  }
}
