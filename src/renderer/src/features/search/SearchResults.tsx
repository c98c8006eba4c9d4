import type { KeyboardEvent, ReactNode } from 'react'
import type { SearchHit } from '../../../../shared/api'
import { countOf } from '../../lib/format'

/** The snippet with its highlights as <mark> elements cut from the text, never parsed as markup. */
function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const { text, highlights } = snippet
  const out: ReactNode[] = []
  let at = 0
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at)
    if (end <= from) continue
    if (from > at) out.push(text.slice(at, from))
    out.push(<mark key={from}>{text.slice(from, end)}</mark>)
    at = end
  }
  out.push(text.slice(at))
  return (
    <p className="hit-snippet" dir="auto">
      {out}
    </p>
  )
}

interface Props {
  hits: readonly SearchHit[]
  onOpen: (hit: SearchHit) => void
  /** Arrow Up on the first hit goes back to the search box. */
  onLeaveTop: () => void
}

/** Each hit is a button; the arrow keys move between them, Enter or a click opens one. */
export function SearchResults({ hits, onOpen, onLeaveTop }: Props) {
  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.hit-button')]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (index === -1) return
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[e.key]
    if (target === undefined) return
    e.preventDefault()
    if (target < 0) onLeaveTop()
    else buttons[Math.min(target, buttons.length - 1)]?.focus()
  }

  return (
    <ul className="search-results" aria-label="Search results" onKeyDown={onKeyDown}>
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <button type="button" className="hit-button" onClick={() => onOpen(hit)}>
            <span className="hit-head">
              <span className="hit-title" dir="auto">
                {hit.title}
              </span>
              <span className={`hit-kind hit-kind-${hit.kind}`}>{hit.kind === 'source' ? 'Source text' : 'Clipping'}</span>
              <span className="hit-count">{countOf(hit.matchCount, 'match', 'matches')}</span>
            </span>
            <Snippet snippet={hit.snippet} />
          </button>
        </li>
      ))}
    </ul>
  )
}
