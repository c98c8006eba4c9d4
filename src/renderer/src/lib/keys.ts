/** "Ctrl+K" on Linux and Windows, "⌘K" on macOS, from one spelling in the code. */
export function displayKeys(keys: string): string {
  const mac = /Mac/.test(navigator.platform)
  if (!mac) return keys
  return keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥')
}

/** The same keys in the form aria-keyshortcuts expects: "Control+Shift+F". */
export function ariaKeys(keys: string): string {
  return keys.replace(/Ctrl\+/g, 'Control+')
}
