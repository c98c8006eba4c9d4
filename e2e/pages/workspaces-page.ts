import { expect, type Locator } from '@playwright/test'
import { Workbench } from './workbench'

/** The workspace commands: the File and Help menus, the Open / New workspace dialogs and About. */
export class WorkspacesPage extends Workbench {
  /** Opens a menu of the menu bar and chooses an item, going through a submenu when `path` has two names. */
  async menu(group: string, ...path: string[]): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: group, exact: true }).click()
    let menu = this.page.getByRole('menu', { name: group })
    for (const [i, name] of path.entries()) {
      const item = menu.getByRole('menuitem', { name, exact: true })
      await item.click()
      if (i < path.length - 1) menu = this.page.getByRole('menu', { name })
    }
  }

  dialog(title: 'Open workspace' | 'New workspace' | 'About Clausewright'): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  get welcome(): Locator {
    return this.page.getByRole('region', { name: 'Start a workspace' })
  }

  /** The workspace's name in the top bar. */
  get workspaceName(): Locator {
    return this.page.getByRole('banner').locator('.workspace-name')
  }

  /** Fills the folder (and for a new workspace, the name) and submits the dialog. */
  async submitFolder(dialog: Locator, path: string, name?: string): Promise<void> {
    await dialog.getByRole('textbox', { name: /folder/i }).fill(path)
    if (name !== undefined) await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
    await dialog.getByRole('button', { name: /^(Open|Create workspace)$/ }).click()
  }

  /** Waits for the window to come back on the named workspace after a switch reloaded it. */
  async waitForWorkspace(name: string): Promise<void> {
    await expect(this.workspaceName).toHaveText(`Workspace: ${name}`, { timeout: 20_000 })
    await this.waitUntilLoaded()
  }
}
