import { memo, type ReactNode } from 'react'

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
  /** The marks that overlap this paragraph, sorted by start. */
  marks: readonly Mark[]
  /** Changes exactly when `marks` do, so unchanged paragraphs skip rendering. */
  marksKey: string
  continued: boolean
}

/*
 * Imported text is data: it is cut into slices and rendered as text nodes,
 * never parsed as markup. Overlapping marks (a find match inside a flashed
 * search hit) split the text at every boundary and combine their classes.
 */
function pieces(text: string, start: number, end: number, marks: readonly Mark[]): ReactNode[] {
  if (marks.length === 0) return [text.slice(start, end)]
  const cuts = new Set([start, end])
  for (const m of marks) {
    cuts.add(Math.max(start, m.start))
    cuts.add(Math.min(end, m.end))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: ReactNode[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i] as number
    const to = sorted[i + 1] as number
    const covering = marks.filter((m) => m.start <= from && m.end >= to)
    const slice = text.slice(from, to)
    if (covering.length === 0) {
      out.push(slice)
    } else {
      const startsHere = covering.find((m) => m.start === from)
      out.push(
        <mark key={from} className={covering.map((m) => m.className).join(' ')} data-at={startsHere ? from : undefined}>
          {slice}
        </mark>,
      )
    }
  }
  return out
}

function ParagraphView({ text, start, end, marks, continued }: Props) {
  return (
    <p dir="auto" className={continued ? 'source-paragraph continued' : 'source-paragraph'} data-start={start}>
      {pieces(text, start, end, marks)}
    </p>
  )
}

export const ReaderParagraph = memo(
  ParagraphView,
  (a, b) => a.text === b.text && a.start === b.start && a.end === b.end && a.marksKey === b.marksKey,
)

/** "Page 4": where a page of the original document begins. */
export function PageMarker({ page }: { page: number }) {
  return (
    <div className="page-marker" role="separator" aria-label={`Page ${page}`}>
      <span aria-hidden="true">Page {page}</span>
    </div>
  )
}
