import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorMessage } from '../../components/ErrorMessage'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import type { Span } from '../../lib/text-find'
import { ClipMenu, type MenuItem } from './ClipMenu'
import { ClipToolbar } from './ClipToolbar'
import { firstVisibleOffset } from './dom-offsets'
import type { Highlight } from './highlights'
import { ReaderText, type Reveal } from './ReaderText'
import type { Mark } from './ReaderParagraph'
import { firstWords } from './text-moves'
import type { Block } from './text-blocks'
import { endPoint, useDomSelection } from './use-dom-selection'
import { keyCommand, useKeyboardSelection } from './use-keyboard-selection'
import { useLatestReveal } from './use-latest-reveal'

interface Props {
  text: string
  blocks: readonly Block[]
  language: string
  find: { matches: readonly Span[]; current: number }
  flash: Span | null
  /** Scroll requests from around the reader: find, a search hit, the candidate in focus. */
  reveals: ReadonlyArray<Reveal | null>
  /** Marks from around the reader, such as the candidate in focus. */
  marks: readonly Mark[]
  /** The source's clippings, sorted by start, and the same by paragraph. */
  highlights: readonly Highlight[]
  highlightsByParagraph: ReadonlyMap<number, readonly Highlight[]>
  selectedId: string | null
  /** Creates a clipping of the span; rejects with the error to show. */
  onClip: (span: Span) => Promise<void>
  onOpenClipping: (id: string) => void
}

/**
 * The text, where passages are selected and clipped: with the mouse (a Clip
 * button at the selection, or the context menu) or from the keyboard (by
 * sentence and by word). Clippings are drawn over the text; a click opens one.
 */
export function SourceTextSection(props: Props) {
  const { text, blocks, highlights, selectedId, onOpenClipping } = props
  const sectionRef = useRef<HTMLElement>(null)
  const helpId = useId()
  const dom = useDomSelection(sectionRef, text)
  const keys = useKeyboardSelection(text)
  const [menu, setMenu] = useState<{ x: number; y: number; items: MenuItem[] } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const paragraphCount = useMemo(() => blocks.filter((b) => b.kind === 'paragraph').length, [blocks])
  const kbd = keys.selection
  const span = kbd?.span ?? dom.selection?.span ?? null

  const kbdReveal: Reveal | null = kbd ? { offset: kbd.span[0], key: `keys ${kbd.seq}`, block: 'nearest' } : null
  const reveal = useLatestReveal([...props.reveals, kbdReveal])

  // Growing the end keeps the end in view; the reveal above has brought the start.
  useEffect(() => {
    if (kbd?.edge !== 'end') return
    const marks = sectionRef.current?.querySelectorAll('mark.kbd-selection')
    marks?.[marks.length - 1]?.scrollIntoView({ block: 'nearest' })
  }, [kbd])

  async function clip(target: Span | null) {
    if (!target || pending) return
    setPending(true)
    setError(null)
    try {
      await props.onClip(target)
      keys.clear()
      dom.clear()
    } catch (err) {
      setError(toErrorData(err))
    } finally {
      setPending(false)
    }
  }

  function locateSelection(): { x: number; y: number } | null {
    const section = sectionRef.current
    if (!section || !span || menu) return null
    if (!kbd) return dom.selection
    const marks = [...section.querySelectorAll('mark.kbd-selection')].flatMap((m) => [...m.getClientRects()])
    return endPoint(marks, section.getBoundingClientRect())
  }

  function stepClipping(direction: 1 | -1) {
    const count = highlights.length
    if (count === 0) return setAnnouncement('This source has no clippings yet.')
    const at = highlights.findIndex((h) => h.id === selectedId)
    const from = span?.[0] ?? (sectionRef.current ? firstVisibleOffset(sectionRef.current) : 0)
    const index =
      at !== -1
        ? (at + direction + count) % count
        : direction === 1
          ? Math.max(0, highlights.findIndex((h) => h.start >= from))
          : highlights.findLastIndex((h) => h.start < from)
    const target = highlights[index < 0 ? count - 1 : index] as Highlight
    onOpenClipping(target.id)
    setAnnouncement(`Clipping ${highlights.indexOf(target) + 1} of ${count}. ${target.label}`)
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.target !== e.currentTarget) return
    const command = keyCommand(e, span !== null)
    if (!command || (command === 'clear' && !span)) return
    e.preventDefault()
    if (command === 'clip') return void clip(span)
    if (command === 'next-clipping' || command === 'previous-clipping') return stepClipping(command === 'next-clipping' ? 1 : -1)
    const mouseSpan = kbd ? null : (dom.selection?.span ?? null)
    dom.clear()
    if (command === 'clear') {
      keys.clear()
      return setAnnouncement('Selection cleared.')
    }
    const root = sectionRef.current
    const next = keys.move(command, mouseSpan, () => (root ? firstVisibleOffset(root) : 0))
    if (next) setAnnouncement(`Selected: ${firstWords(text.slice(next[0], next[1]))}`)
  }

  function onClick(e: MouseEvent<HTMLElement>) {
    if (document.getSelection()?.isCollapsed === false) return
    const ids = (e.target as Element).closest<HTMLElement>('mark[data-clipping-ids]')?.dataset.clippingIds?.split(' ')
    if (!ids) return
    keys.clear()
    // Repeated clicks on a stretch under several clippings go through them in turn, shortest first.
    onOpenClipping(ids[(ids.indexOf(selectedId ?? '') + 1) % ids.length] as string)
  }

  function onContextMenu(e: MouseEvent<HTMLElement>) {
    const section = sectionRef.current
    if (!section) return
    const clipped = (e.target as Element).closest<HTMLElement>('mark[data-clipping-ids]')?.dataset.clippingIds?.split(' ')[0]
    const items: MenuItem[] = []
    if (span) {
      const target = span
      items.push({ label: 'Clip selection', run: () => void clip(target) })
      items.push({
        label: 'Copy',
        run: () =>
          void navigator.clipboard.writeText(text.slice(target[0], target[1])).then(
            () => setAnnouncement('Copied.'),
            () => setAnnouncement('The text could not be copied.'),
          ),
      })
    }
    if (clipped) items.push({ label: 'Open clipping', run: () => onOpenClipping(clipped) })
    if (items.length === 0) return
    e.preventDefault()
    const box = section.getBoundingClientRect()
    // Opened from the keyboard (Shift+F10, the menu key) the event comes from the section itself.
    const at = e.target === section ? (locateSelection() ?? { x: 24, y: 40 }) : { x: e.clientX - box.left, y: e.clientY - box.top }
    setMenu({ ...at, items })
  }

  const closeMenu = useCallback(() => {
    setMenu(null)
    if (sectionRef.current?.contains(document.activeElement)) sectionRef.current.focus({ preventScroll: true })
  }, [])

  const extra: Mark[] = kbd ? [...props.marks, { start: kbd.span[0], end: kbd.span[1], className: 'kbd-selection' }] : [...props.marks]
  return (
    <section
      ref={sectionRef}
      className="source-text"
      aria-label="Source text"
      aria-keyshortcuts="S ArrowDown ArrowUp Shift+ArrowRight Shift+ArrowLeft Alt+Shift+ArrowLeft Alt+Shift+ArrowRight C Control+Enter N P Escape"
      aria-describedby={helpId}
      lang={props.language || undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onContextMenu={onContextMenu}
    >
      <ClipToolbar locate={locateSelection} pending={pending} onClip={() => void clip(span)} />
      {menu && <ClipMenu at={menu} items={menu.items} onClose={closeMenu} />}
      <h3 className="section-heading">
        Text{' '}
        <span className="muted">
          · {countOf(paragraphCount, 'paragraph', 'paragraphs')} · {text.length.toLocaleString('en')} characters
        </span>
      </h3>
      <p id={helpId} className="visually-hidden">
        Press S to select the first sentence in view, the up and down arrows for the previous and next sentence, Shift with left
        and right arrows to change the end by a word, Alt and Shift with them to move the start, C to clip, N and P for the next
        and previous clipping.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error && <ErrorMessage title="The clipping was not created." error={error} />}
      {blocks.length === 0 ? (
        <p className="muted">This source has no text.</p>
      ) : (
        <ReaderText
          text={text}
          blocks={blocks}
          matches={props.find.matches}
          current={props.find.current}
          flash={props.flash}
          extra={extra}
          highlights={props.highlightsByParagraph}
          selectedId={selectedId}
          reveal={reveal}
        />
      )}
    </section>
  )
}
