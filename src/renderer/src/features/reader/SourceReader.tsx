import { useEffect, useMemo, useRef, useState } from 'react'
import type { SourceDetail } from '../../../../shared/api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { countOf } from '../../lib/format'
import type { Span } from '../../lib/text-find'
import { useQuery } from '../../lib/use-query'
import { FindBar } from './FindBar'
import { ReaderText, type Reveal } from './ReaderText'
import { SourceEditForm } from './SourceEditForm'
import { SourceMeta } from './SourceMeta'
import { textBlocks } from './text-blocks'
import { useFind } from './use-find'

/** A request to show a range of a source, e.g. a search hit: `seq` makes a repeated request new. */
export interface ReaderTarget {
  sourceId: string
  offset: number
  length: number
  seq: number
}

interface Props {
  sourceId: string
  /** Only given when it is for this source. */
  target: ReaderTarget | null
  /** Grows each time the user asks to find in the document (Ctrl+F in the pane). */
  findRequest: number
  /** The metadata was saved: lists that show it must be re-read. */
  onSourceChanged: () => void
}

export function SourceReader({ sourceId, ...rest }: Props) {
  const query = useQuery('sources.get', { id: sourceId })
  if (query === null || query.status === 'loading') return <p className="detail-placeholder">Loading source…</p>
  if (query.status === 'error') return <ErrorMessage title="Could not open this source." error={query.error} />
  return <ReaderBody detail={query.data} {...rest} />
}

const FLASH_MS = 2600

/** The range to flash: the hit's length, or else the word that starts at the offset. */
function flashSpan(text: string, target: ReaderTarget): Span {
  const start = Math.min(Math.max(0, target.offset), text.length)
  if (target.length > 0) return [start, Math.min(text.length, start + target.length)]
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 200))
  return [start, start + (word ? word[0].length : 1)]
}

function ReaderBody({ detail, target, findRequest, onSourceChanged }: Omit<Props, 'sourceId'> & { detail: SourceDetail }) {
  const { text, clippings } = detail
  const [source, setSource] = useState(detail.source)
  const [editing, setEditing] = useState(false)
  const [findFocus, setFindFocus] = useState(0)
  const [seenFindRequest, setSeenFindRequest] = useState(findRequest)
  const [flashDoneFor, setFlashDoneFor] = useState<number | null>(null)
  const articleRef = useRef<HTMLElement>(null)
  const find = useFind(text)
  const blocks = useMemo(() => textBlocks(text, source.pages), [text, source.pages])
  const paragraphCount = useMemo(() => blocks.filter((b) => b.kind === 'paragraph').length, [blocks])

  function openFind() {
    find.show()
    setFindFocus((n) => n + 1)
  }
  if (findRequest !== seenFindRequest) {
    setSeenFindRequest(findRequest)
    openFind()
  }
  function closeFind() {
    find.hide()
    articleRef.current?.focus()
  }

  useEffect(() => {
    if (!target) return
    const timer = setTimeout(() => setFlashDoneFor(target.seq), FLASH_MS)
    return () => clearTimeout(timer)
  }, [target])

  const flash = target && flashDoneFor !== target.seq ? flashSpan(text, target) : null
  const match = find.open ? find.matches[find.current] : undefined
  // A target is revealed only while it flashes, so closing find later does not jump back to it.
  const reveal: Reveal | null = match
    ? { offset: match[0], key: `find ${find.query} ${find.current}` }
    : flash && target
      ? { offset: flash[0], key: `target ${target.seq}` }
      : null

  return (
    <article className="detail reader" ref={articleRef} tabIndex={-1}>
      <header className="reader-header">
        <h2 className="detail-title" dir="auto">
          {source.title}
        </h2>
        <div className="reader-actions">
          <button type="button" className="button" onClick={openFind} aria-keyshortcuts="Control+F Meta+F">
            Find
          </button>
          {!editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
        </div>
      </header>
      {editing ? (
        <SourceEditForm
          source={source}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setSource(saved)
            setEditing(false)
            onSourceChanged()
          }}
        />
      ) : (
        <SourceMeta source={source} clippingCount={clippings.length} />
      )}
      {find.open && <FindBar find={find} focusRequest={findFocus} onClose={closeFind} />}
      <section className="source-text" aria-label="Source text" lang={source.language || undefined}>
        <h3 className="section-heading">
          Text{' '}
          <span className="muted">
            · {countOf(paragraphCount, 'paragraph', 'paragraphs')} · {text.length.toLocaleString('en')} characters
          </span>
        </h3>
        {blocks.length === 0 ? (
          <p className="muted">This source has no text.</p>
        ) : (
          <ReaderText text={text} blocks={blocks} matches={find.matches} current={find.current} flash={flash} reveal={reveal} />
        )}
      </section>
    </article>
  )
}
