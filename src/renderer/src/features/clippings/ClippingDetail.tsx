import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { TagChips } from '../../components/TagChip'
import { formatDateTime } from '../../lib/format'
import { leadingContext, trailingContext } from './quote-context'

interface Props {
  clipping: ClippingRow
  tagsById: ReadonlyMap<string, Tag>
}

export function ClippingDetail({ clipping, tagsById }: Props) {
  const { obligation } = clipping
  const tagName = (id: string | null) => (id ? (tagsById.get(id)?.name ?? 'unknown tag') : '')
  return (
    <article className="detail">
      <h2 className="detail-eyebrow">Clipping</h2>
      {/* The context around the quote is dimmed so the exact excerpt stands out, as it will be cited. */}
      <blockquote className="quote" dir="auto">
        <span className="quote-context">{leadingContext(clipping.prefix)}</span>
        <mark className="quote-text">{clipping.quote}</mark>
        <span className="quote-context">{trailingContext(clipping.suffix)}</span>
      </blockquote>
      <p className="quote-source">
        <cite dir="auto">{clipping.sourceTitle}</cite>
        {clipping.sourceDate && <span className="muted"> · {clipping.sourceDate}</span>}
        {clipping.page !== undefined && <span className="muted"> · p. {clipping.page}</span>}
      </p>

      <h3 className="section-heading">Tags</h3>
      {clipping.tags.length > 0 ? (
        <TagChips ids={clipping.tags} tagsById={tagsById} />
      ) : (
        <p className="muted">No tags.</p>
      )}

      <h3 className="section-heading">Obligation</h3>
      {obligation ? (
        <dl className="meta-list">
          <Field term="Type" value={tagName(obligation.type)} />
          <Field term="Modality" value={obligation.modality} />
          <Field term="Bearer" value={obligation.bearer} />
          <Field term="Scope" value={obligation.scope} />
          <Field term="Instrument" value={tagName(obligation.instrument)} />
          <Field term="Stance" value={obligation.stance} />
        </dl>
      ) : (
        <p className="muted">Not classified as an obligation.</p>
      )}

      <h3 className="section-heading">Note</h3>
      {clipping.note ? (
        <p className="detail-note" dir="auto">
          {clipping.note}
        </p>
      ) : (
        <p className="muted">No note.</p>
      )}

      <dl className="meta-list meta-list-quiet">
        <Field term="Created" value={formatDateTime(clipping.createdAt)} />
        <Field term="Updated" value={formatDateTime(clipping.updatedAt)} />
      </dl>
    </article>
  )
}

function Field({ term, value }: { term: string; value: string }) {
  return (
    <div className="meta-row">
      <dt>{term}</dt>
      {value ? <dd dir="auto">{value}</dd> : <dd className="muted">not set</dd>}
    </div>
  )
}
