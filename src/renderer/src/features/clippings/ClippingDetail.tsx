import type { ClippingRow } from '../../../../shared/api'
import type { Clipping, Tag } from '../../../../shared/model'
import { formatDateTime } from '../../lib/format'
import { ClippingEditor } from '../clipping-editor/ClippingEditor'

interface Props {
  clipping: ClippingRow
  tags: Tag[]
  onOpenInReader?: (clipping: Clipping) => void
  onDeleted: () => void
}

/**
 * The clipping in its context (the editor shows the quote with the text
 * around it), a way to the reader, and its fields to edit.
 */
export function ClippingDetail({ clipping, tags, onOpenInReader, onDeleted }: Props) {
  const source = clipping.sourceDate ? `${clipping.sourceTitle} · ${clipping.sourceDate}` : clipping.sourceTitle
  return (
    <div className="clipping-detail">
      <ClippingEditor clipping={clipping} tags={tags} sourceTitle={source} onDeleted={onDeleted} onOpenInReader={onOpenInReader} />
      <dl className="meta-list meta-list-quiet">
        <div className="meta-row">
          <dt>Created</dt>
          <dd>{formatDateTime(clipping.createdAt)}</dd>
        </div>
        <div className="meta-row">
          <dt>Updated</dt>
          <dd>{formatDateTime(clipping.updatedAt)}</dd>
        </div>
      </dl>
    </div>
  )
}
