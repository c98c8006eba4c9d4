import type { AppMenuCommand, AppMenuEntry, AppMenuModel } from '../../../../shared/api'
import { RECENT_WORKSPACE_PREFIX } from './app-commands'
import { commandGroups, type Command } from './command'

/** Commands that open one record; the palette lists them, the menus would drown in them. */
const isRecordCommand = (c: Command) => /^(source|draft|saved-view)-/.test(c.id)
const isRecentWorkspace = (c: Command) => c.id.startsWith(RECENT_WORKSPACE_PREFIX)

function entry(c: Command, title = c.menuTitle ?? c.title): AppMenuCommand {
  return {
    type: 'command',
    id: c.id,
    title,
    ...(c.keys && { keys: c.keys }),
    ...(c.enabled !== undefined && { enabled: c.enabled }),
    ...(c.checked !== undefined && { checked: c.checked }),
  }
}

/**
 * A group's menu items. In File, the recent workspaces go together in an
 * Open recent submenu after Open workspace…, which ends with that dialog
 * (where every recent workspace is listed, missing ones too). A separator
 * sets settings (the themes) apart from the commands around them, which
 * also makes the native menu treat them as one group of choices.
 */
function groupItems(commands: readonly Command[]): AppMenuEntry[] {
  const recent = commands.filter(isRecentWorkspace)
  const items: AppMenuEntry[] = []
  let lastWasSetting: boolean | null = null
  for (const c of commands) {
    if (isRecordCommand(c) || isRecentWorkspace(c)) continue
    const isSetting = c.checked !== undefined
    if (lastWasSetting !== null && isSetting !== lastWasSetting) items.push({ type: 'separator' })
    lastWasSetting = isSetting
    items.push(entry(c))
    if (c.id === 'open-workspace') {
      items.push({ type: 'submenu', title: 'Open recent', items: [...recent.map((r) => entry(r)), entry(c, 'All recent workspaces…')] })
    }
  }
  return items
}

/**
 * The menus File, Edit, View, Draft, Help built from the command list the
 * palette uses: the window's menu bar renders them, and the Electron host
 * sends them to the main process for the native one.
 */
export function menuModel(commands: readonly Command[]): AppMenuModel {
  return {
    groups: commandGroups
      .map((name) => ({ name, items: groupItems(commands.filter((c) => c.group === name)) }))
      .filter((group) => group.items.length > 0),
  }
}

/** The command a menu item stands for: the first of that id, as the palette would find it. */
export function commandById(commands: readonly Command[], id: string): Command | undefined {
  return commands.find((c) => c.id === id)
}
