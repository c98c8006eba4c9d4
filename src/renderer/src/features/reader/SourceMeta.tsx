import type { Source } from '../../../../shared/model'
import { countOf, formatDateTime } from '../../lib/format'

const formatNames: Record<Source['format'], string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word',
  pasted: 'pasted',
}

interface Props {
  source: Source
  clippingCount: number
}

/** The metadata in a few quiet lines: byline, then the facts, then the note. */
export function SourceMeta({ source, clippingCount }: Props) {
  const byline = [source.authors.join(', '), source.publisher, source.date].filter((s) => s.trim() !== '')
  const facts = [
    source.kind,
    formatNames[source.format],
    source.language,
    source.pages ? countOf(source.pages.length, 'page', 'pages') : '',
    countOf(clippingCount, 'clipping', 'clippings'),
  ].filter((s) => s !== '')
  return (
    <div className="reader-meta">
      {byline.length > 0 ? (
        <p className="reader-byline" dir="auto">
          {byline.join(' · ')}
        </p>
      ) : (
        <p className="reader-byline muted">No authors, publisher or date yet.</p>
      )}
      <p className="reader-facts">
        {facts.join(' · ')} <span className="muted">· imported {formatDateTime(source.importedAt)}</span>
      </p>
      {/* Shown as text, not a link: the app stays offline and imported URLs are untrusted. */}
      {source.url && <p className="reader-url">{source.url}</p>}
      {source.note && (
        <p className="detail-note" dir="auto">
          {source.note}
        </p>
      )}
    </div>
  )
}
