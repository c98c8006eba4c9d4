import type { ReactNode } from 'react'
import type { DraftBody } from '../../../../shared/drafting/draft-edits'
import type { AppErrorData } from '../../../../shared/errors'
import type { Draft } from '../../../../shared/model'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { undo } from '../history/history'
import { showToast } from '../history/toast'
import { ExportMenu, type DraftExports } from './ExportMenu'
import type { DraftEdit } from './use-draft-editor'

interface Props {
  draft: Draft
  apply: (label: string, edit: DraftEdit, mergeKey?: string) => void
  whenSaved: () => Promise<void>
  exports: DraftExports
  onClose: () => void
  onExportError: (error: AppErrorData | null) => void
  /** The save state, beside the title. */
  children: ReactNode
}

/** The draft's title, its save state, and what can be done with the whole draft. */
export function DraftHeader({ draft, apply, whenSaved, exports, onClose, onExportError, children }: Props) {
  async function deleteDraft() {
    try {
      await whenSaved()
      await mutate('drafts.delete', { id: draft.id })
      onClose()
      // The draft's file goes to the trash folder, and Undo brings it back.
      showToast(`Draft “${draft.title}” deleted`, { label: 'Undo', run: () => void undo() })
    } catch (err) {
      onExportError(toErrorData(err))
    }
  }

  return (
    <header className="drafting-header">
      <button type="button" className="button button-quiet" onClick={onClose}>
        ← Drafts
      </button>
      <input
        className="drafting-title"
        aria-label="Draft title"
        dir="auto"
        value={draft.title}
        onChange={(e) => {
          const title = e.target.value
          // An empty title cannot be saved; the field keeps what is typed until it has one.
          if (title.trim() !== '') apply('Rename draft', (d: DraftBody) => ({ ...d, title }), 'draft-title')
        }}
      />
      <div className="drafting-save">{children}</div>
      <ExportMenu exports={exports} />
      <button type="button" className="tool-button tool-button-danger" onClick={() => void deleteDraft()}>
        Delete draft
      </button>
    </header>
  )
}
