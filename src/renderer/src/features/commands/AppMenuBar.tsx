import { MenuButton } from '../../components/MenuButton'
import { commandGroups, type Command } from './command'

/** Commands that open one record; the palette lists them, the menus would drown in them. */
const isRecordCommand = (c: Command) => /^(source|draft|saved-view)-/.test(c.id)

/**
 * The menus of the window: the same commands as the palette, grouped
 * File, Edit, View, Draft, Help, with their shortcuts. In the window rather
 * than the operating system's menu bar, so every host shows the same menus.
 */
export function AppMenuBar({ commands }: { commands: readonly Command[] }) {
  return (
    <nav className="menubar" aria-label="Menu">
      {commandGroups.map((group) => {
        const items = commands.filter((c) => c.group === group && !isRecordCommand(c))
        if (items.length === 0) return null
        return (
          <MenuButton
            key={group}
            label={group}
            caret={false}
            buttonClassName="menubar-button"
            items={items.map((c) => ({ label: c.title, run: c.run, keys: c.keys }))}
          />
        )
      })}
    </nav>
  )
}
