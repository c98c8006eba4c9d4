import { detachEvidence } from '../../../../shared/drafting/draft-edits'
import type { Paragraph } from '../../../../shared/model'
import { TagChips } from '../../components/TagChip'
import type { ParagraphContext } from './ParagraphEditor'

interface Props {
  ctx: ParagraphContext
  paragraph: Paragraph
  label: string
}

/** The excerpts that support a paragraph, each with where it comes from and what it says of the obligation. */
export function EvidenceList({ ctx, paragraph, label }: Props) {
  const { clippingsById, tagsById } = ctx
  const name = (id: string | null | undefined) => (id ? (tagsById.get(id)?.name ?? '') : '')
  if (paragraph.clippingIds.length === 0) {
    return (
      <p className="evidence-none">
        No evidence yet: drag clippings here from the panel, or use <em>Add evidence…</em>
      </p>
    )
  }
  return (
    <ul className="evidence-list" aria-label={`Evidence for ${label}`}>
      {paragraph.clippingIds.map((id) => {
        const clipping = clippingsById.get(id)
        const remove = (
          <button
            type="button"
            className="tool-button"
            aria-label={`Remove excerpt from ${label}`}
            onClick={() => ctx.apply(`Remove evidence from ${label}`, (d) => detachEvidence(d, paragraph.id, id))}
          >
            Remove
          </button>
        )
        if (!clipping) {
          return (
            <li key={id} className="evidence-item evidence-gone">
              <span>This excerpt was deleted. Remove it here, or undo its deletion; the draft cannot be exported while it is cited.</span>
              {remove}
            </li>
          )
        }
        const o = clipping.obligation
        const fields = o ? [name(o.type), o.modality, o.bearer, name(o.instrument), o.stance].filter(Boolean) : []
        return (
          <li key={id} className="evidence-item">
            <button type="button" className="evidence-quote" dir="auto" title="Open in the reader" onClick={() => ctx.onOpenClipping(clipping)}>
              “{clipping.quote}”
            </button>
            <div className="evidence-meta">
              <span className="evidence-source" dir="auto">
                {clipping.sourceTitle}
                {clipping.sourceDate && ` · ${clipping.sourceDate}`}
              </span>
              {fields.length > 0 && <span className="evidence-fields">{fields.join(' · ')}</span>}
              <TagChips ids={clipping.tags} tagsById={tagsById} compact />
              {remove}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
