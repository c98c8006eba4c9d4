import { MenuButton, type MenuItem } from '../../components/MenuButton'
import { RECENT_WORKSPACE_PREFIX } from './app-commands'
import { commandGroups, type Command } from './command'

/** Commands that open one record; the palette lists them, the menus would drown in them. */
const isRecordCommand = (c: Command) => /^(source|draft|saved-view)-/.test(c.id)
const isRecentWorkspace = (c: Command) => c.id.startsWith(RECENT_WORKSPACE_PREFIX)

const item = (c: Command): MenuItem => ({ label: c.menuTitle ?? c.title, run: c.run, keys: c.keys })

/**
 * A group's menu items. In File, the recent workspaces go together in an
 * Open recent submenu after Open workspace…, which ends with that dialog
 * (where every recent workspace is listed, missing ones too).
 */
function menuItems(commands: readonly Command[]): MenuItem[] {
  const recent = commands.filter(isRecentWorkspace)
  const items: MenuItem[] = []
  for (const c of commands) {
    if (isRecordCommand(c) || isRecentWorkspace(c)) continue
    items.push(item(c))
    if (c.id === 'open-workspace') {
      items.push({ label: 'Open recent', run: c.run, submenu: [...recent.map(item), { label: 'All recent workspaces…', run: c.run }] })
    }
  }
  return items
}

/**
 * The menus of the window: the same commands as the palette, grouped
 * File, Edit, View, Draft, Help, with their shortcuts. In the window rather
 * than the operating system's menu bar, so every host shows the same menus.
 */
export function AppMenuBar({ commands }: { commands: readonly Command[] }) {
  return (
    <nav className="menubar" aria-label="Menu">
      {commandGroups.map((group) => {
        const items = menuItems(commands.filter((c) => c.group === group))
        if (items.length === 0) return null
        return <MenuButton key={group} label={group} caret={false} buttonClassName="menubar-button" items={items} />
      })}
    </nav>
  )
}
