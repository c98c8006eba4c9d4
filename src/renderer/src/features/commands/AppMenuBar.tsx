import { MenuButton, type MenuItem } from '../../components/MenuButton'
import type { AppMenuEntry } from '../../../../shared/api'
import type { Command } from './command'
import { commandById, menuModel } from './menu-model'

/** The window's menu items for one menu: its separators are left out, and settings show as plain commands. */
function windowItems(entries: readonly AppMenuEntry[], commands: readonly Command[]): MenuItem[] {
  const items: MenuItem[] = []
  for (const e of entries) {
    if (e.type === 'separator') continue
    if (e.type === 'submenu') {
      // An item with a submenu only opens it: run is never called.
      items.push({ label: e.title, run: () => undefined, submenu: windowItems(e.items, commands) })
      continue
    }
    const command = commandById(commands, e.id)
    if (command) items.push({ label: e.title, run: command.run, keys: e.keys })
  }
  return items
}

/**
 * The menus of the window: the same commands as the palette, grouped
 * File, Edit, View, Draft, Help, with their shortcuts. The browser host
 * shows them in the window; the Electron host shows the same model in the
 * operating system's menu bar instead.
 */
export function AppMenuBar({ commands }: { commands: readonly Command[] }) {
  return (
    <nav className="menubar" aria-label="Menu">
      {menuModel(commands).groups.map((group) => (
        <MenuButton key={group.name} label={group.name} caret={false} buttonClassName="menubar-button" items={windowItems(group.items, commands)} />
      ))}
    </nav>
  )
}
