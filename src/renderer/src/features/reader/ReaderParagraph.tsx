import { memo, type CSSProperties, type ReactNode } from 'react'
import { clippingColours, type Highlight } from './highlights'

/** A highlighted span of the source text, in offsets of the whole text. */
export interface Mark {
  start: number
  end: number
  className: string
}

interface Props {
  text: string
  start: number
  end: number
  /** Find matches, flashes and the like that overlap this paragraph, sorted by start. */
  marks: readonly Mark[]
  /** The clippings that overlap this paragraph. */
  highlights: readonly Highlight[]
  /** The clipping whose editor is open, drawn with an outline. */
  selectedId: string | null
  /** Changes exactly when the props above do, so unchanged paragraphs skip rendering. */
  marksKey: string
  continued: boolean
}

// Each clipping over a stretch adds a thin line below it, so stacked
// clippings stay countable; more than this many only deepen the tint.
const MAX_LINES = 3

/** The look of a stretch under several clippings: a tint per clipping, then a line per clipping. */
function clippingStyle(covering: readonly Highlight[]): CSSProperties {
  const colours = covering.map((h) => clippingColours(h.colour))
  const lines = colours
    .slice(0, MAX_LINES)
    .map(({ line }, i) => `linear-gradient(${line}, ${line}) 0 calc(100% - ${i * 3}px) / 100% 2px no-repeat`)
  const tints = colours.map(({ tint }) => `linear-gradient(${tint}, ${tint})`)
  return { '--clip-layers': [...lines, ...tints].join(', '), '--clip-lines': lines.length } as CSSProperties
}

function clippingDescription(covering: readonly Highlight[]): string {
  if (covering.length === 1) return `Clipping: ${(covering[0] as Highlight).label}`
  return `${covering.length} clippings: ${covering.map((h) => h.label).join('; ')}`
}

/*
 * Imported text is data: it is cut into slices and rendered as text nodes,
 * never parsed as markup. The text is cut at every boundary of a mark or a
 * clipping, so each stretch knows exactly what covers it. Marks add no text
 * of their own: offsets are read back from the DOM by counting text.
 */
function pieces(props: Props): ReactNode[] {
  const { text, start, end, marks, highlights, selectedId } = props
  if (marks.length === 0 && highlights.length === 0) return [text.slice(start, end)]
  const cuts = new Set([start, end])
  for (const m of [...marks, ...highlights]) {
    cuts.add(Math.max(start, m.start))
    cuts.add(Math.min(end, m.end))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: ReactNode[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i] as number
    const to = sorted[i + 1] as number
    const covers = (m: { start: number; end: number }) => m.start <= from && m.end >= to
    const covering = marks.filter(covers)
    // Shortest first: a click opens the most specific clipping, and its line sits nearest the text.
    const clips = highlights.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start))
    const slice = text.slice(from, to)
    if (covering.length === 0 && clips.length === 0) {
      out.push(slice)
      continue
    }
    const classes = covering.map((m) => m.className)
    const selected = clips.find((h) => h.id === selectedId)
    if (clips.length > 0) classes.push(clips.length > 1 ? 'clip-hl clip-multi' : 'clip-hl')
    if (selected) {
      classes.push('clip-selected')
      if (selected.start === from) classes.push('clip-selected-start')
      if (selected.end === to) classes.push('clip-selected-end')
    }
    const startsHere = covering.some((m) => m.start === from) || clips.some((h) => h.start === from)
    const description = clips.length > 0 ? clippingDescription(clips) : undefined
    out.push(
      <mark
        key={from}
        className={classes.join(' ')}
        data-at={startsHere ? from : undefined}
        data-clipping-ids={clips.length > 0 ? clips.map((h) => h.id).join(' ') : undefined}
        style={clips.length > 0 ? clippingStyle(clips) : undefined}
        title={description}
        aria-description={description}
      >
        {slice}
      </mark>,
    )
  }
  return out
}

function ParagraphView(props: Props) {
  return (
    <p dir="auto" className={props.continued ? 'source-paragraph continued' : 'source-paragraph'} data-start={props.start} data-end={props.end}>
      {pieces(props)}
    </p>
  )
}

export const ReaderParagraph = memo(
  ParagraphView,
  (a, b) => a.text === b.text && a.start === b.start && a.end === b.end && a.marksKey === b.marksKey && a.continued === b.continued,
)

/** "Page 4": where a page of the original document begins. */
export function PageMarker({ page }: { page: number }) {
  return (
    <div className="page-marker" role="separator" aria-label={`Page ${page}`}>
      <span aria-hidden="true">Page {page}</span>
    </div>
  )
}
