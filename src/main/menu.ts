import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * The operating system's menu. The workbench's commands live in the menus
 * inside the window, the same in every host; macOS still needs its app,
 * Edit and Window menus (the clipboard roles carry Cmd+C, Cmd+V and friends
 * in text fields). Undo and Redo are left out of it: Cmd+Z must reach the
 * page, which undoes text in a field and the last workspace operation
 * elsewhere. Other systems get no native menu bar, so the window never
 * shows two.
 */
export function buildMenu(): Menu | null {
  if (process.platform !== 'darwin') return null
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  }
  return Menu.buildFromTemplate([{ role: 'appMenu' }, edit, { role: 'windowMenu' }])
}
