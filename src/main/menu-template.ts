import type { MenuItemConstructorOptions } from 'electron'
import type { AppMenuEntry, AppMenuModel } from '../shared/api'

export interface MenuTemplateOptions {
  platform: NodeJS.Platform
  /** Called with the command's id when the user chooses an item of the app's menus. */
  onCommand: (commandId: string) => void
}

const MODIFIERS: Record<string, string> = { Ctrl: 'CmdOrCtrl', Shift: 'Shift', Alt: 'Alt' }
const NAMED_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Enter: 'Enter',
  Escape: 'Escape',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Tab: 'Tab',
  Space: 'Space',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
}
// The punctuation Electron's accelerators accept as a key of their own ("+" is spelt Plus).
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\''])

/**
 * The app's spelling of a shortcut ("Ctrl+Shift+F", "?", "Ctrl+1") as an
 * Electron accelerator ("CmdOrCtrl+Shift+F"): Ctrl stands for Cmd on macOS
 * in the app's own key handling, so it does here too. Null for a label
 * with no accelerator form; its item is then shown without one.
 */
export function toAccelerator(keys: string): string | null {
  const parts = keys.endsWith('++') ? [...keys.slice(0, -2).split('+'), 'Plus'] : keys.split('+')
  const key = parts.pop() ?? ''
  const modifiers = parts.map((m) => MODIFIERS[m])
  if (modifiers.some((m) => m === undefined) || new Set(modifiers).size !== modifiers.length) return null
  let accelKey: string | undefined
  if (/^[a-z0-9]$/i.test(key)) accelKey = key.toUpperCase()
  else if (/^F([1-9]|1\d|2[0-4])$/.test(key) || key === 'Plus') accelKey = key
  else if (key.length === 1 && PUNCTUATION.has(key)) accelKey = key
  else accelKey = NAMED_KEYS[key]
  return accelKey ? [...modifiers, accelKey].join('+') : null
}

/** The shortcut as macOS menus write it: "⌘⇧F". */
export function macKeys(keys: string): string {
  return keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥')
}

function convert(entries: readonly AppMenuEntry[], options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin'
  // Elsewhere "&" marks a mnemonic: a workspace named "R&D" must keep its "&".
  const label = (text: string) => (mac ? text : text.replaceAll('&', '&&'))
  const isSetting = (e: AppMenuEntry | undefined) => e?.type === 'command' && e.checked !== undefined
  return entries.map((e, i): MenuItemConstructorOptions => {
    if (e.type === 'separator') return { type: 'separator' }
    if (e.type === 'submenu') return { label: label(e.title), submenu: convert(e.items, options) }
    const item: MenuItemConstructorOptions = { label: label(e.title), enabled: e.enabled ?? true, click: () => options.onCommand(e.id) }
    if (e.checked !== undefined) {
      // Settings next to each other are one choice (the themes); Electron groups adjacent radio items.
      item.type = isSetting(entries[i - 1]) || isSetting(entries[i + 1]) ? 'radio' : 'checkbox'
      item.checked = e.checked
    }
    if (e.keys) {
      // The renderer binds every shortcut of its commands itself: it leaves Ctrl+Z to a text
      // field's own undo, ignores single keys while the user types and any key over a modal
      // dialog. A registered accelerator would take the key before the page sees it, or run
      // the command a second time, so the menu only shows the shortcut. macOS ignores
      // registerAccelerator (its key equivalents always fire), so there the shortcut is shown
      // as a sublabel instead of an accelerator.
      if (mac) item.sublabel = macKeys(e.keys)
      else {
        const accelerator = toAccelerator(e.keys)
        if (accelerator) Object.assign(item, { accelerator, registerAccelerator: false })
      }
    }
    return item
  })
}

/**
 * The clipboard in text fields. On macOS these roles carry Cmd+X, Cmd+C,
 * Cmd+V and Cmd+A, which fields get only through the menu. Elsewhere the
 * page handles those keys itself (a table ticks every row on Ctrl+A), so
 * the items only show them.
 */
function clipboardRoles(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const roles = ['cut', 'copy', 'paste', 'selectAll'] as const
  return roles.map((role) => (platform === 'darwin' ? { role } : { role, registerAccelerator: false }))
}

/**
 * The native menu bar as Electron's template, from the menus the renderer
 * built of its commands (null before it has sent them): the groups in
 * their order, Edit ending with the clipboard, and on macOS the app and
 * Window menus around them. Plain objects, so that it is tested without
 * Electron; an empty template means no menu bar at all.
 */
export function menuTemplate(model: AppMenuModel | null, options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin'
  const groups: MenuItemConstructorOptions[] = (model?.groups ?? []).map((group) => {
    const submenu = convert(group.items, options)
    if (group.name === 'Edit') submenu.push({ type: 'separator' }, ...clipboardRoles(options.platform))
    return { label: group.name, submenu }
  })
  // macOS fields need the clipboard roles even before the renderer has sent its menus.
  if (mac && !groups.some((g) => g.label === 'Edit')) {
    groups.splice(groups.findIndex((g) => g.label === 'File') + 1, 0, { label: 'Edit', submenu: clipboardRoles(options.platform) })
  }
  if (!mac) return groups
  return [{ role: 'appMenu' }, ...groups, { role: 'windowMenu' }]
}
