import { useEffect, useRef, useState } from 'react'
import type { Span } from '../../lib/text-find'
import type { Highlight } from './highlights'
import { PageMarker, ReaderParagraph, type Mark } from './ReaderParagraph'
import { blockAt, type Block } from './text-blocks'
import { useBlockWindow } from './use-window'

/** Where the reader should scroll: a new `key` asks again, even for the same offset. */
export interface Reveal {
  offset: number
  key: string
  /** 'center' (the default) for jumps; 'nearest' for stepping through the text. */
  block?: 'center' | 'nearest'
}

interface Props {
  text: string
  blocks: readonly Block[]
  /** Find matches, sorted and not overlapping. */
  matches: readonly Span[]
  /** Index in `matches` of the current match, or -1. */
  current: number
  /** A range marked briefly, such as a search hit just opened. */
  flash: Span | null
  /** Further marks: the keyboard selection, the candidate in focus. */
  extra: readonly Mark[]
  /** The clippings to highlight, by the start of the paragraph they overlap. */
  highlights: ReadonlyMap<number, readonly Highlight[]>
  /** The clipping whose editor is open. */
  selectedId: string | null
  reveal: Reveal | null
}

const none: readonly Highlight[] = []

/** First index in sorted, non-overlapping spans whose end is after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as Span)[1] <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function marksIn(start: number, end: number, props: Props): Mark[] {
  const marks: Mark[] = []
  for (let i = firstEndingAfter(props.matches, start); i < props.matches.length; i++) {
    const [s, e] = props.matches[i] as Span
    if (s >= end) break
    marks.push({ start: s, end: e, className: i === props.current ? 'find-match current' : 'find-match' })
  }
  const flash = props.flash
  if (flash && flash[0] < end && flash[1] > start) marks.push({ start: flash[0], end: flash[1], className: 'flash' })
  for (const m of props.extra) if (m.start < end && m.end > start) marks.push(m)
  return marks.sort((a, b) => a.start - b.start)
}

/**
 * The source text, rendered a window of blocks at a time so that a
 * two-megabyte document opens at once; revealing an offset renders its
 * block first, then scrolls it to the middle of the pane.
 */
export function ReaderText(props: Props) {
  const { text, blocks, reveal } = props
  const rootRef = useRef<HTMLDivElement>(null)
  const beforeRef = useRef<HTMLDivElement>(null)
  const afterRef = useRef<HTMLDivElement>(null)
  const { range, setRange, including } = useBlockWindow(blocks.length, beforeRef, afterRef)
  const [windowedFor, setWindowedFor] = useState<string | null>(null)
  const scrolledFor = useRef<string | null>(null)

  // Adjusting the range while rendering (not in an effect) avoids painting the old range first.
  if (reveal && reveal.key !== windowedFor) {
    setWindowedFor(reveal.key)
    const next = including(blockAt(blocks, reveal.offset))
    if (next !== range) setRange(next)
  }

  useEffect(() => {
    const root = rootRef.current
    if (!reveal || !root || scrolledFor.current === reveal.key) return
    const block = blocks[blockAt(blocks, reveal.offset)]
    const target =
      root.querySelector(`mark[data-at="${reveal.offset}"]`) ??
      (block ? root.querySelector(`[data-start="${block.start}"]`) : null)
    if (!target) return
    scrolledFor.current = reveal.key
    target.scrollIntoView({ block: reveal.block ?? 'center' })
  })

  const shown = blocks.slice(range.from, range.to)
  return (
    <div ref={rootRef} className="reader-blocks">
      {range.from > 0 && <div ref={beforeRef} className="reader-sentinel" aria-hidden="true" />}
      {shown.map((block) => {
        if (block.kind === 'page') return <PageMarker key={`page-${block.page}`} page={block.page} />
        const marks = marksIn(block.start, block.end, props)
        const highlights = props.highlights.get(block.start) ?? none
        const selectedId = highlights.some((h) => h.id === props.selectedId) ? props.selectedId : null
        return (
          <ReaderParagraph
            key={block.start}
            text={text}
            start={block.start}
            end={block.end}
            marks={marks}
            highlights={highlights}
            selectedId={selectedId}
            marksKey={`${marks.map((m) => `${m.start}-${m.end}-${m.className}`).join()}|${highlights
              .map((h) => `${h.id}-${h.start}-${h.end}-${h.colour}-${h.label}`)
              .join()}|${selectedId}`}
            continued={block.continued === true}
          />
        )
      })}
      {range.to < blocks.length && (
        <div ref={afterRef} className="reader-sentinel" aria-hidden="true">
          <span className="muted">Loading more text…</span>
        </div>
      )}
    </div>
  )
}
