import { useRef, useState, type KeyboardEvent } from 'react'
import { useCloseOnOutside } from './use-close-on-outside'

/**
 * The ARIA menu-button pattern: open state, refs for the button and the
 * menu, closing on an outside press, and the menu's keys (arrows, Home/End,
 * type-ahead; Escape and Tab close and return focus to the button).
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  useCloseOnOutside(open, menuRef, buttonRef, () => setOpen(false))

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    // This menu's own items: a submenu open inside it moves among its items itself.
    const all = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>(':scope > li > [role^="menuitem"]') ?? [])]
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      all[((moves[e.key] as number) + all.length) % all.length]?.focus()
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      e.stopPropagation()
      close()
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      const key = e.key.toLowerCase()
      const rest = [...all.slice(index + 1), ...all.slice(0, index + 1)]
      rest.find((item) => item.textContent?.toLowerCase().startsWith(key))?.focus()
    }
  }

  return { open, setOpen, buttonRef, menuRef, close, onMenuKeyDown }
}
