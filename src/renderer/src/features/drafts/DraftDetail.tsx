import type { Draft, Paragraph } from '../../../../shared/model'
import { articleHeading, numberDraft } from '../../../../shared/numbering'
import { ErrorMessage } from '../../components/ErrorMessage'
import { countOf, formatDateTime } from '../../lib/format'
import { useQuery } from '../../lib/use-query'

export function DraftDetail({ draftId }: { draftId: string }) {
  const query = useQuery('drafts.get', { id: draftId })
  if (query === null || query.status === 'loading') return <p className="detail-placeholder">Loading draft…</p>
  if (query.status === 'error') return <ErrorMessage title="Could not open this draft." error={query.error} />
  return <DraftText draft={query.data} />
}

/** The draft laid out as treaty text; every number comes from the draft's current order. */
function DraftText({ draft }: { draft: Draft }) {
  const labels = numberDraft(draft)
  return (
    <article className="detail draft-text">
      <h2 className="detail-title draft-title" dir="auto">
        {draft.title}
      </h2>
      <p className="muted draft-updated">Updated {formatDateTime(draft.updatedAt)}</p>
      {draft.preamble.length > 0 && (
        <section aria-label="Preamble">
          <h3 className="draft-heading">Preamble</h3>
          {draft.preamble.map((p) => (
            <DraftParagraph key={p.id} paragraph={p} reference={labels.get(p.id) ?? ''} />
          ))}
        </section>
      )}
      {draft.articles.map((article, a) => {
        const heading = articleHeading(a + 1, article.title)
        return (
          <section key={article.id} aria-label={heading}>
            <h3 className="draft-heading" dir="auto">
              {heading}
            </h3>
            {article.paragraphs.length === 0 && <p className="muted">This article has no paragraphs yet.</p>}
            {article.paragraphs.map((p, i) => (
              <DraftParagraph key={p.id} paragraph={p} number={i + 1} reference={labels.get(p.id) ?? ''} />
            ))}
          </section>
        )
      })}
      {draft.preamble.length === 0 && draft.articles.length === 0 && <p className="muted">This draft is empty.</p>}
    </article>
  )
}

interface ParagraphProps {
  paragraph: Paragraph
  /** Operative paragraphs are numbered; preambular ones are not. */
  number?: number
  /** "Article 2(1)": how others cite this paragraph. */
  reference: string
}

function DraftParagraph({ paragraph, number, reference }: ParagraphProps) {
  const evidence = paragraph.clippingIds.length
  return (
    <div className="draft-paragraph">
      <p className="draft-paragraph-text" dir="auto">
        {number !== undefined && <span className="paragraph-number">{number}.</span>}
        {paragraph.text}
      </p>
      <p className="draft-paragraph-meta">
        <span className="muted">{reference}</span>
        {evidence > 0 ? (
          <span className="evidence">{countOf(evidence, 'excerpt', 'excerpts')}</span>
        ) : (
          <span className="evidence evidence-missing">No evidence</span>
        )}
        <span className={`status-badge status-${paragraph.status}`}>{paragraph.status}</span>
      </p>
    </div>
  )
}
