import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit, SearchResponse } from '../../../../shared/api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { countOf } from '../../lib/format'
import { SearchResults } from './SearchResults'
import { useSearch } from './use-search'

interface Props {
  /** Grows each time the user asks for search (Ctrl+Shift+F), to focus the box again. */
  focusRequest: number
  onOpenHit: (hit: SearchHit) => void
}

function statusText(response: SearchResponse): string {
  if (response.hits.length === 0) return 'No results'
  return `${countOf(response.hits.length, 'result', 'results')} · ${Math.round(response.tookMs)} ms`
}

export function SearchView({ focusRequest, onOpenHit }: Props) {
  const [query, setQuery] = useState('')
  const { state, pending, now } = useSearch(query)
  const inputRef = useRef<HTMLInputElement>(null)
  const resultsRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    inputRef.current?.focus()
  }, [focusRequest])

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault()
      now()
    } else if (e.key === 'ArrowDown') {
      const first = resultsRef.current?.querySelector<HTMLButtonElement>('.hit-button')
      if (first) {
        e.preventDefault()
        first.focus()
      }
    }
  }

  const response = state.status === 'loaded' ? state.response : null
  return (
    <div className="view search-view">
      <div className="search-bar">
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          aria-label="Search all sources"
          placeholder="Search all sources and clippings"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          dir="auto"
        />
        <div className="search-status" role="status" aria-busy={pending}>
          {response && <p className="search-count">{statusText(response)}</p>}
          {response?.relaxed && response.hits.length > 0 && (
            <p className="search-note">No document holds all the words; showing documents with some of them</p>
          )}
          {response?.partial && (
            <p className="search-note">
              Index still building
              {response.indexing && ` (${response.indexing.done.toLocaleString()} of ${response.indexing.total.toLocaleString()} documents)`} —
              results may be incomplete
            </p>
          )}
        </div>
      </div>
      <div className="search-body" ref={resultsRef}>
        {state.status === 'error' && <ErrorMessage title="The search failed." error={state.error} />}
        {state.status === 'idle' && (
          <p className="search-hint">
            Search the text of every source and clipping. Words can be in any order; results open in the reader at
            the passage.
          </p>
        )}
        {response && response.hits.length > 0 && (
          <SearchResults hits={response.hits} onOpen={onOpenHit} onLeaveTop={() => inputRef.current?.focus()} />
        )}
      </div>
    </div>
  )
}
