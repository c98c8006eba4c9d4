import { Menu } from 'electron'
import type { AppMenuModel } from '../shared/api'
import { menuTemplate } from './menu-template'

/**
 * The operating system's menu bar, built from the menus the renderer sends
 * (the same commands as its palette), or, before it has sent them, only
 * what macOS needs (its app, Edit and Window menus). Null means no menu
 * bar: other systems show none until the renderer's menus arrive.
 */
export function buildMenu(model: AppMenuModel | null, onCommand: (commandId: string) => void): Menu | null {
  const template = menuTemplate(model, { platform: process.platform, onCommand })
  return template.length === 0 ? null : Menu.buildFromTemplate(template)
}
