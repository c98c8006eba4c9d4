import { useEffect, useRef, type KeyboardEvent } from 'react'
import { MAX_MATCHES, type FindState } from './use-find'

interface Props {
  find: FindState
  /** Changes each time the user asks for find again, to bring focus back to the box. */
  focusRequest: number
  onClose: () => void
}

function countText(find: FindState): string {
  if (find.query.trim() === '') return ''
  if (find.matches.length === 0) return 'No matches'
  const total = find.matches.length >= MAX_MATCHES ? `${MAX_MATCHES}+` : String(find.matches.length)
  return `${find.current + 1} of ${total}`
}

export function FindBar({ find, focusRequest, onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [focusRequest])

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault()
      if (e.shiftKey) find.previous()
      else find.next()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
  }

  return (
    <div className="find-bar">
      <input
        ref={inputRef}
        type="search"
        className="find-input"
        aria-label="Find in document"
        placeholder="Find in document"
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        dir="auto"
      />
      <span className="find-count" role="status">
        {countText(find)}
      </span>
      <button type="button" className="icon-button" aria-label="Previous match" title="Previous match (Shift+Enter)" onClick={find.previous}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-label="Next match" title="Next match (Enter)" onClick={find.next}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="icon-button" aria-label="Close find" title="Close (Escape)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
