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
  run: () => void
}

export const commandGroups = ['File', 'Edit', 'View', 'Draft', 'Help'] as const
export type CommandGroup = (typeof commandGroups)[number]
