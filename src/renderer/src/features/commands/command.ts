import { appMenuGroups } from '../../../../shared/api'

/** One thing the user can do, reachable from the palette, the menus and (where it has one) a key. */
export interface Command {
  id: string
  title: string
  /** The palette and the menus group commands: "View", "File", "Edit", "Draft", "Help". */
  group: CommandGroup
  /** Shortcut as the user presses it, e.g. "Ctrl+Shift+F"; shown beside the title. */
  keys?: string
  /** Shown in a menu instead of the title, where the menu already says the rest ("Open recent ▸ Treaty research"). */
  menuTitle?: string
  /** False greys the command out in the native menu (Undo with nothing to undo). */
  enabled?: boolean
  /** Makes the command a setting the native menu shows ticked or not (the theme in use). */
  checked?: boolean
  run: () => void
}

// The contract names the groups, so the native menu bar built in the main process has the same ones.
export const commandGroups = appMenuGroups
export type CommandGroup = (typeof commandGroups)[number]
