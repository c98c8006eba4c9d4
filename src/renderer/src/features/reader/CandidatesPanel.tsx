import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Tag } from '../../../../shared/model'
import type { Candidate } from '../../../../shared/obligations/find-candidates'
import { ErrorMessage } from '../../components/ErrorMessage'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import type { CandidatesState } from './use-candidates'

interface Props {
  state: CandidatesState
  tagsById: ReadonlyMap<string, Tag>
  /** Changes when focus should move to the list, e.g. when the panel opens. */
  focusRequest: number
  /** Creates the clipping; `edit` opens it in the editor. Rejects with the error to show. */
  onAccept: (candidate: Candidate, edit: boolean) => Promise<void>
  onClose: () => void
}

const SHOWN_CHARS = 200
/** Items rendered at first and added per "Show more": a long treaty has well over a thousand. */
const PAGE = 200

function shorten(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ')
  return flat.length > SHOWN_CHARS ? `${flat.slice(0, SHOWN_CHARS - 1)}…` : flat
}

/**
 * Sentences that may state obligations, each with the suggested modality and
 * type and the words they rest on, to accept, edit or dismiss. The list is a
 * single tab stop; the letters act on the active candidate.
 */
export function CandidatesPanel({ state, tagsById, focusRequest, onAccept, onClose }: Props) {
  const { candidates, active } = state
  const current = candidates?.[active]
  const keysId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  const [error, setError] = useState<{ start: number; error: AppErrorData } | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const rendered = candidates?.slice(0, Math.max(limit, active + 1)) ?? []

  // Focus stays on the list itself, so it survives the active item leaving it (accepted or dismissed).
  useEffect(() => {
    if (focusRequest > 0) listRef.current?.focus()
  }, [focusRequest])
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [active, candidates])

  async function accept(candidate: Candidate, edit: boolean) {
    setError(null)
    try {
      await state.accept(candidate, () => onAccept(candidate, edit))
    } catch (err) {
      setError({ start: candidate.start, error: toErrorData(err) })
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key === 'Escape') {
      e.preventDefault()
      return onClose()
    }
    if (!candidates || candidates.length === 0 || e.ctrlKey || e.metaKey || e.altKey) return
    // Enter on one of the item's buttons is that button's.
    if (e.key === 'Enter' && (e.target as Element).closest('button')) return
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: candidates.length - 1 }
    if (key in moves) {
      state.setActive(Math.max(0, Math.min(candidates.length - 1, moves[key] as number)))
    } else if (current && (key === 'a' || key === 'Enter')) void accept(current, false)
    else if (current && key === 'e') void accept(current, true)
    else if (current && (key === 'd' || key === 'Delete')) state.dismiss(current)
    else return
    e.preventDefault()
  }

  return (
    <section className="candidates-panel" aria-label="Obligation candidates">
      <header className="dock-header">
        <h3 className="dock-title">Obligation candidates</h3>
        <span className="muted" role="status">
          {candidates ? countOf(candidates.length, 'candidate', 'candidates') : 'Looking for candidates…'}
        </span>
        <button type="button" className="icon-button" aria-label="Close candidates" title="Close candidates" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p id={keysId} className="dock-keys muted">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>A</kbd> accept · <kbd>E</kbd> accept and edit · <kbd>D</kbd> dismiss · <kbd>Esc</kbd> close
      </p>
      {candidates && candidates.length === 0 && (
        <p className="muted dock-empty">No sentences with a duty cue are left to review in this source.</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {current ? `${active + 1} of ${candidates?.length}: ${shorten(current.sentence)} Suggested: ${current.modality.modality}.` : ''}
      </p>
      <ul
        ref={listRef}
        className="candidate-list"
        aria-label="Candidates"
        aria-describedby={keysId}
        aria-keyshortcuts="ArrowUp ArrowDown A Enter E D Delete Escape"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {rendered.map((c, i) => {
          const typeTag = c.type ? tagsById.get(c.type.typeTagId) : undefined
          return (
            <li
              key={c.start}
              className={i === active ? 'candidate active' : 'candidate'}
              aria-current={i === active}
              onClick={() => state.setActive(i)}
              onMouseEnter={() => state.setHovered(c)}
              onMouseLeave={() => state.setHovered(null)}
            >
              <p className="candidate-sentence" dir="auto">
                {shorten(c.sentence)}
              </p>
              {error?.start === c.start && <ErrorMessage title="The clipping was not created." error={error.error} />}
              <div className="candidate-meta">
                <span className="candidate-modality">{c.modality.modality}</span>
                <span className="muted">
                  {c.modality.explanation}
                  {c.modality.confidence === 'low' ? ' (uncertain)' : ''}
                </span>
                {typeTag && c.type && (
                  <span className="candidate-type" title={c.type.explanation}>
                    <span className="swatch" style={{ backgroundColor: typeTag.colour }} aria-hidden="true" />
                    {typeTag.name} <span className="muted">· cue: ‘{c.type.cue}’</span>
                  </span>
                )}
                <span className="candidate-actions">
                  <button type="button" className="button" tabIndex={-1} aria-keyshortcuts="A" onClick={() => void accept(c, false)}>
                    Accept
                  </button>
                  <button type="button" className="button" tabIndex={-1} aria-keyshortcuts="E" onClick={() => void accept(c, true)}>
                    Edit
                  </button>
                  <button type="button" className="button" tabIndex={-1} aria-keyshortcuts="D" onClick={() => state.dismiss(c)}>
                    Dismiss
                  </button>
                </span>
              </div>
            </li>
          )
        })}
      </ul>
      {candidates && candidates.length > rendered.length && (
        <button type="button" className="button dock-more" onClick={() => setLimit(rendered.length + PAGE)}>
          Show more ({candidates.length - rendered.length} not shown)
        </button>
      )}
    </section>
  )
}
