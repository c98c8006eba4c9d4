import { useEffect, useMemo, useRef, useState } from 'react'
import type { SourceDetail } from '../../../../shared/api'
import type { Clipping, Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import type { Span } from '../../lib/text-find'
import { useQuery } from '../../lib/use-query'
import { CandidatesPanel } from './CandidatesPanel'
import { ClippingPanel } from './ClippingPanel'
import { FindBar } from './FindBar'
import { highlightsByParagraph, toHighlights } from './highlights'
import type { Reveal } from './ReaderText'
import { ReextractDialog } from './ReextractDialog'
import { SourceEditForm } from './SourceEditForm'
import { SourceMeta } from './SourceMeta'
import { SourceTextSection } from './SourceTextSection'
import { textBlocks } from './text-blocks'
import { useCandidates } from './use-candidates'
import { useDockLayout } from './use-dock-layout'
import { useFind } from './use-find'
import { useReaderClippings } from './use-reader-clippings'

/** A request to show a range of a source, e.g. a search hit: `seq` makes a repeated request new. */
export interface ReaderTarget {
  sourceId: string
  offset: number
  length: number
  seq: number
  /** Also open this clipping in the reader's editor ("Open in reader" from the clippings). */
  clippingId?: string
}

/** The request that opens a clipping in the reader: its source, scrolled to it, with its editor open. */
export function clippingTarget(clipping: Pick<Clipping, 'id' | 'sourceId' | 'start' | 'end'>): ReaderTarget {
  const { id, sourceId, start, end } = clipping
  return { sourceId, offset: start, length: end - start, seq: Date.now(), clippingId: id }
}

interface Props {
  sourceId: string
  /** Only given when it is for this source. */
  target: ReaderTarget | null
  /** Grows each time the user asks to find in the document (Ctrl+F in the pane). */
  findRequest: number
  /** The metadata was saved: lists that show it must be re-read. */
  onSourceChanged: () => void
  /** Set when the source was opened by a command (palette, import results): the text takes the focus. */
  focusText?: number
}

export function SourceReader({ sourceId, ...rest }: Props) {
  const query = useQuery('sources.get', { id: sourceId })
  // The body mounts only once the source is loaded: a find asked for meanwhile opens when its text shows
  // (and, after a re-extraction, again if one was asked since the source was opened).
  const [findsBeforeLoad] = useState(rest.findRequest)
  if (query === null || query.status === 'loading') return <p className="detail-placeholder">Loading source…</p>
  if (query.status === 'error') return <ErrorMessage title="Could not open this source." error={query.error} />
  // A re-extraction gives the source another text: everything the body derived from the old one starts again.
  return <ReaderBody key={query.data.source.textHash} detail={query.data} findsBeforeLoad={findsBeforeLoad} {...rest} />
}

const FLASH_MS = 2600

/** The range to flash: the hit's length, or else the word that starts at the offset. */
function flashSpan(text: string, target: ReaderTarget): Span {
  const start = Math.min(Math.max(0, target.offset), text.length)
  if (target.length > 0) return [start, Math.min(text.length, start + target.length)]
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 200))
  return [start, start + (word ? word[0].length : 1)]
}

const noTags: Tag[] = []

type BodyProps = Omit<Props, 'sourceId'> & { detail: SourceDetail; findsBeforeLoad: number }

function ReaderBody({ detail, target, findRequest, findsBeforeLoad, onSourceChanged, focusText }: BodyProps) {
  const { text, clippings } = detail
  const [source, setSource] = useState(detail.source)
  const [editing, setEditing] = useState(false)
  const [reextracting, setReextracting] = useState(false)
  const [findFocus, setFindFocus] = useState(0)
  const [seenFindRequest, setSeenFindRequest] = useState(findsBeforeLoad)
  const [flashDoneFor, setFlashDoneFor] = useState<number | null>(null)
  const [candidatesOpen, setCandidatesOpen] = useState(false)
  const [candidatesFocus, setCandidatesFocus] = useState(0)
  const articleRef = useRef<HTMLElement>(null)
  const dockRef = useRef<HTMLDivElement>(null)
  const candidatesButtonRef = useRef<HTMLButtonElement>(null)
  const find = useFind(text)
  const blocks = useMemo(() => textBlocks(text, source.pages), [text, source.pages])
  const tagsQuery = useQuery('codebook.list', {})
  const tags = tagsQuery?.status === 'loaded' ? tagsQuery.data : noTags
  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags])
  const highlights = useMemo(() => toHighlights(clippings, tagsById), [clippings, tagsById])
  const byParagraph = useMemo(() => highlightsByParagraph(blocks, highlights), [blocks, highlights])
  const editor = useReaderClippings(detail, tagsById, target)
  const candidates = useCandidates(source.id, text, clippings, candidatesOpen)
  useDockLayout(dockRef, editor.current !== null || candidatesOpen)

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

  function toggleCandidates() {
    setCandidatesOpen(!candidatesOpen)
    if (!candidatesOpen) setCandidatesFocus((n) => n + 1)
  }
  function closeCandidates() {
    setCandidatesOpen(false)
    candidatesButtonRef.current?.focus()
  }

  // Back to where the work goes on: the candidates being reviewed, else the text.
  function closeClipping() {
    editor.close()
    if (candidatesOpen) setCandidatesFocus((n) => n + 1)
    else articleRef.current?.querySelector<HTMLElement>('.source-text')?.focus()
  }

  useEffect(() => {
    if (focusText) articleRef.current?.querySelector<HTMLElement>('.source-text')?.focus()
  }, [focusText])

  useEffect(() => {
    if (!target) return
    const timer = setTimeout(() => setFlashDoneFor(target.seq), FLASH_MS)
    return () => clearTimeout(timer)
  }, [target])

  const flash = target && flashDoneFor !== target.seq ? flashSpan(text, target) : null
  const match = find.open ? find.matches[find.current] : undefined
  const shown = candidates.shown
  // A target is revealed only while it flashes, so closing find later does not jump back to it.
  const reveals: Array<Reveal | null> = [
    match ? { offset: match[0], key: `find ${find.query} ${find.current}` } : null,
    flash && target ? { offset: flash[0], key: `target ${target.seq}` } : null,
    shown ? { offset: shown.start, key: `candidate ${shown.start}` } : null,
    editor.reveal,
  ]

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
          {/* Named without "Find", so that the name "Find" still picks out the find button alone. */}
          <button
            type="button"
            className="button"
            ref={candidatesButtonRef}
            title="Find obligation candidates in this source"
            aria-expanded={candidatesOpen}
            onClick={toggleCandidates}
          >
            Candidates
          </button>
          {!editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
          {editing && detail.hasOriginal && (
            <button type="button" className="button" title="Read the text again from the imported file" onClick={() => setReextracting(true)}>
              Re-extract text…
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
      {reextracting && (
        <ReextractDialog
          source={source}
          onClose={() => setReextracting(false)}
          onReextracted={() => {
            setEditing(false)
            onSourceChanged()
          }}
        />
      )}
      {find.open && <FindBar find={find} focusRequest={findFocus} onClose={closeFind} />}
      <SourceTextSection
        text={text}
        blocks={blocks}
        language={source.language}
        find={find}
        flash={flash}
        reveals={reveals}
        marks={shown ? [{ start: shown.start, end: shown.end, className: 'candidate-mark' }] : []}
        highlights={highlights}
        highlightsByParagraph={byParagraph}
        selectedId={editor.current?.id ?? null}
        onClip={editor.clip}
        onOpenClipping={editor.openById}
      />
      {(editor.current || candidatesOpen) && (
        <div className="reader-dock" ref={dockRef}>
          {editor.current && (
            <ClippingPanel
              clipping={editor.current}
              tags={tags}
              sourceTitle={source.title}
              focusRequest={editor.editorFocus}
              onClose={closeClipping}
            />
          )}
          {candidatesOpen && (
            <CandidatesPanel
              state={candidates}
              tagsById={tagsById}
              focusRequest={candidatesFocus}
              onAccept={editor.accept}
              onClose={closeCandidates}
            />
          )}
        </div>
      )}
    </article>
  )
}
