/** Is the user typing into this element? Fields keep their own keys (letters, and Ctrl+Z for their text). */
export function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true
  if (el.tagName !== 'INPUT') return false
  return !['button', 'checkbox', 'radio', 'color', 'range', 'submit', 'reset', 'file'].includes((el as HTMLInputElement).type)
}
