import type { Draft, Paragraph } from '../../../../shared/model'
import { resolveReferences } from '../../../../shared/drafting/references'
import { articleHeading, numberDraft } from '../../../../shared/numbering'
import { STATUS_LABELS } from '../drafting/ParagraphEditor'
import { ErrorMessage } from '../../components/ErrorMessage'
import { countOf, formatDateTime } from '../../lib/format'
import { useQuery } from '../../lib/use-query'

export function DraftDetail({ draftId, onEdit }: { draftId: string; onEdit: () => void }) {
  const query = useQuery('drafts.get', { id: draftId })
  if (query === null || query.status === 'loading') return <p className="detail-placeholder">Loading draft…</p>
  if (query.status === 'error') return <ErrorMessage title="Could not open this draft." error={query.error} />
  return <DraftText draft={query.data} onEdit={onEdit} />
}

/** The draft laid out as treaty text; every number comes from the draft's current order. */
function DraftText({ draft, onEdit }: { draft: Draft; onEdit: () => void }) {
  const labels = numberDraft(draft)
  const read = (text: string) => resolveReferences(draft, text, () => '⟨deleted reference⟩')
  return (
    <article className="detail draft-text">
      <div className="draft-preview-actions">
        <button type="button" className="button button-primary" onClick={onEdit}>
          Edit draft
        </button>
      </div>
      <h2 className="detail-title draft-title" dir="auto">
        {draft.title}
      </h2>
      <p className="muted draft-updated">Updated {formatDateTime(draft.updatedAt)}</p>
      {draft.preamble.length > 0 && (
        <section aria-label="Preamble">
          <h3 className="draft-heading">Preamble</h3>
          {draft.preamble.map((p) => (
            <DraftParagraph key={p.id} paragraph={p} text={read(p.text)} alternatives={(p.alternatives ?? []).map(read)} reference={labels.get(p.id) ?? ''} />
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
              <DraftParagraph key={p.id} paragraph={p} text={read(p.text)} alternatives={(p.alternatives ?? []).map(read)} number={i + 1} reference={labels.get(p.id) ?? ''} />
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
  /** The text as it reads, cross-references shown with their current numbers. */
  text: string
  alternatives: string[]
  /** Operative paragraphs are numbered; preambular ones are not. */
  number?: number
  /** "Article 2(1)": how others cite this paragraph. */
  reference: string
}

function DraftParagraph({ paragraph, text, alternatives, number, reference }: ParagraphProps) {
  const evidence = paragraph.clippingIds.length
  return (
    <div className="draft-paragraph">
      <p className="draft-paragraph-text" dir="auto">
        {number !== undefined && <span className="paragraph-number">{number}.</span>}
        {paragraph.status === 'bracketed' ? `[${text}]` : text}
        {alternatives.map((a, i) => (
          <span key={i}> [{a}]</span>
        ))}
      </p>
      <p className="draft-paragraph-meta">
        <span className="muted">{reference}</span>
        {evidence > 0 ? (
          <span className="evidence">{countOf(evidence, 'excerpt', 'excerpts')}</span>
        ) : (
          <span className="evidence evidence-missing">No evidence</span>
        )}
        <span className={`status-badge status-${paragraph.status}`}>{STATUS_LABELS[paragraph.status]}</span>
      </p>
    </div>
  )
}
