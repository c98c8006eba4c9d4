import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { fuzzyFilter, type FuzzyMatch } from '../../lib/fuzzy'
import { displayKeys } from '../../lib/keys'
import type { Command } from './command'

interface Props {
  commands: readonly Command[]
  onClose: () => void
}

const SHOWN = 50

/**
 * The command palette (Ctrl+K or Ctrl+Shift+P): type a few letters of any
 * command, source, draft or saved view, arrows to choose, Enter to run.
 * A modal dialog, so Escape closes it and focus returns where it was.
 */
export function CommandPalette({ commands, onClose }: Props) {
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const results = useMemo(() => fuzzyFilter(commands, query, (c) => `${c.group} ${c.title}`).slice(0, SHOWN), [commands, query])
  const current = Math.min(active, results.length - 1)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    document.getElementById(`${id}-option-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [id, current])

  function run(command: Command | undefined) {
    if (!command) return
    onClose()
    // After the dialog is gone, so that what the command opens gets the focus.
    requestAnimationFrame(() => command.run())
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 8, PageUp: current - 8 }
    if (e.key in moves) {
      e.preventDefault()
      setActive(Math.max(0, Math.min(results.length - 1, moves[e.key] as number)))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      run(results[current]?.item)
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === ref.current) onClose()
      }}
    >
      <input
        className="palette-input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `${id}-option-${current}` : undefined}
        placeholder="Type a command, a source, a draft or a view"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="palette-list">
        {results.map(({ item, match }, i) => (
          <li
            key={item.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === current}
            className="palette-option"
            onMouseMove={() => setActive(i)}
            onClick={() => run(item)}
          >
            <span className="palette-group">{item.group}</span>
            <Highlighted text={item.title} match={match} offset={item.group.length + 1} />
            {item.keys && <kbd className="palette-keys">{displayKeys(item.keys)}</kbd>}
          </li>
        ))}
        {results.length === 0 && <li className="palette-empty">Nothing matches “{query}”.</li>}
      </ul>
    </dialog>
  )
}

/** The title with the matched characters in bold; positions count from the start of "group title". */
function Highlighted({ text, match, offset }: { text: string; match: FuzzyMatch; offset: number }) {
  const marked = new Set(match.positions.map((p) => p - offset))
  // Runs of marked and unmarked code units, so a highlight never splits the text into single letters.
  const runs: Array<{ text: string; bold: boolean }> = []
  for (let i = 0; i < text.length; i++) {
    const bold = marked.has(i)
    const last = runs.at(-1)
    if (last && last.bold === bold) last.text += text[i]
    else runs.push({ text: text[i] as string, bold })
  }
  return (
    <span className="palette-title" dir="auto">
      {runs.map((r, i) => (r.bold ? <b key={i}>{r.text}</b> : <span key={i}>{r.text}</span>))}
    </span>
  )
}
