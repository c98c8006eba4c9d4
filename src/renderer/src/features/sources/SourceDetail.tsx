import type { SourceDetail as SourceDetailData } from '../../../../shared/api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { countOf, formatDateTime, splitParagraphs } from '../../lib/format'
import { useQuery } from '../../lib/use-query'

export function SourceDetail({ sourceId }: { sourceId: string }) {
  const query = useQuery('sources.get', { id: sourceId })
  if (query === null || query.status === 'loading') return <p className="detail-placeholder">Loading source…</p>
  if (query.status === 'error') return <ErrorMessage title="Could not open this source." error={query.error} />
  return <SourceBody detail={query.data} />
}

function SourceBody({ detail }: { detail: SourceDetailData }) {
  const { source, text, clippings } = detail
  const paragraphs = splitParagraphs(text)
  const language = source.language || undefined
  return (
    <article className="detail">
      <h2 className="detail-title" dir="auto">
        {source.title}
      </h2>
      <dl className="meta-list">
        <Meta term="Authors" value={source.authors.join('; ')} />
        <Meta term="Publisher" value={source.publisher} />
        <Meta term="Date" value={source.date} />
        <Meta term="Kind" value={source.kind} />
        <Meta term="Language" value={source.language} />
        {/* Shown as text, not a link: the app stays offline and imported URLs are untrusted. */}
        <Meta term="URL" value={source.url} className="meta-url" />
        <Meta term="Imported" value={formatDateTime(source.importedAt)} />
        <Meta term="Clippings" value={String(clippings.length)} />
      </dl>
      {source.note && (
        <p className="detail-note" dir="auto">
          {source.note}
        </p>
      )}
      <section className="source-text" aria-label="Source text" lang={language}>
        <h3 className="section-heading">
          Text <span className="muted">· {countOf(paragraphs.length, 'paragraph', 'paragraphs')}</span>
        </h3>
        {paragraphs.length === 0 ? (
          <p className="muted">This source has no text.</p>
        ) : (
          paragraphs.map((p, i) => (
            <p key={i} dir="auto" className="source-paragraph">
              {p}
            </p>
          ))
        )}
      </section>
    </article>
  )
}

function Meta({ term, value, className }: { term: string; value: string; className?: string }) {
  return (
    <div className="meta-row">
      <dt>{term}</dt>
      {value.trim() === '' ? (
        <dd className="muted">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">not given</span>
        </dd>
      ) : (
        <dd className={className} dir="auto">
          {value}
        </dd>
      )}
    </div>
  )
}
