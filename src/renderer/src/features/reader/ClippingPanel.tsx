import { useEffect, useRef } from 'react'
import type { Clipping, Tag } from '../../../../shared/model'
import { ClippingEditor } from '../clipping-editor/ClippingEditor'
import type { EditorFocus } from './use-reader-clippings'

interface Props {
  clipping: Clipping
  tags: Tag[]
  sourceTitle: string
  /** Asks (with a new seq) for focus to move into the editor, e.g. for a clipping just made. */
  focusRequest: EditorFocus
  onClose: () => void
}

/** The clipping being edited, docked under the text so the passage stays in view while it is tagged. */
export function ClippingPanel({ clipping, tags, sourceTitle, focusRequest, onClose }: Props) {
  const ref = useRef<HTMLElement>(null)

  useEffect(() => {
    if (focusRequest.seq === 0) return
    // A new clipping is tagged before anything else, so its focus goes to the tag picker.
    const selectors = focusRequest.where === 'tags' ? ['[role="combobox"]', 'input', '[tabindex="-1"]'] : ['[tabindex="-1"]']
    const panel = ref.current
    selectors.map((s) => panel?.querySelector<HTMLElement>(s)).find(Boolean)?.focus()
  }, [focusRequest])

  return (
    <section ref={ref} className="clip-panel" aria-label="Clipping">
      <button type="button" className="icon-button clip-panel-close" aria-label="Close clipping" title="Close clipping" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <ClippingEditor clipping={clipping} tags={tags} sourceTitle={sourceTitle} onDeleted={onClose} />
    </section>
  )
}
