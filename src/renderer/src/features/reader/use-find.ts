import { useDeferredValue, useMemo, useState } from 'react'
import { findAll, foldText, type Span } from '../../lib/text-find'

/** Enough for any real search; beyond it the count reads "10000+". */
export const MAX_MATCHES = 10000

/**
 * Find in document. The folded copy of the text is built only once the find
 * bar opens, and matching uses the deferred query so typing stays smooth on
 * long documents.
 */
export function useFind(text: string) {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [position, setPosition] = useState({ query: '', index: 0 })
  const deferredQuery = useDeferredValue(query)
  const folded = useMemo(() => (open ? foldText(text) : ''), [open, text])
  const matches: Span[] = useMemo(
    () => (open ? findAll(folded, deferredQuery, MAX_MATCHES) : []),
    [open, folded, deferredQuery],
  )
  const current = matches.length === 0 ? -1 : position.query === deferredQuery ? position.index : 0

  function step(delta: 1 | -1) {
    if (matches.length === 0) return
    const from = current === -1 ? 0 : current
    setPosition({ query: deferredQuery, index: (from + delta + matches.length) % matches.length })
  }

  return {
    open,
    query,
    matches,
    current,
    setQuery,
    show: () => setOpen(true),
    hide: () => setOpen(false),
    next: () => step(1),
    previous: () => step(-1),
  }
}

export type FindState = ReturnType<typeof useFind>
