import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ClippingRow, DraftSummary } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { DataTable } from '../../components/DataTable'
import { DetailPane } from '../../components/DetailPane'
import type { Command } from '../commands/command'
import { useViewRequest, type ViewRequests } from '../commands/view-request'
import { DraftEditor } from '../drafting/DraftEditor'
import { DraftDetail } from './DraftDetail'
import { draftColumns } from './draft-columns'
import { ImportPackButton } from './ImportPackButton'
import { NewDraftDialog } from './NewDraftDialog'

interface Props {
  drafts: DraftSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
  /** The draft open in the drafting pane, or null for the list. */
  editingId: string | null
  onEdit: (id: string | null) => void
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  onOpenClipping: (clipping: ClippingRow) => void
  /** Commands from the palette or the menus: new draft, import a pack. */
  requests?: ViewRequests
  /** The drafting pane's own commands, while it is open. */
  onCommands?: (commands: Command[] | null) => void
}

export function DraftsView({ drafts, selectedId, onSelect, editingId, onEdit, clippings, tagsById, onOpenClipping, requests, onCommands }: Props) {
  const paneRef = useRef<HTMLElement>(null)
  const newButtonRef = useRef<HTMLButtonElement>(null)
  const [creating, setCreating] = useState(false)
  useViewRequest(requests, 'new-draft', () => {
    onEdit(null)
    setCreating(true)
  })

  if (editingId && drafts.some((d) => d.id === editingId)) {
    return (
      <div className="view view-drafting">
        <DraftEditor
          key={editingId}
          draftId={editingId}
          clippings={clippings}
          tagsById={tagsById}
          onClose={() => onEdit(null)}
          onOpenClipping={onOpenClipping}
          onCommands={onCommands}
        />
      </div>
    )
  }

  function open(id: string) {
    onSelect(id)
    onEdit(id)
  }

  return (
    <div className="view view-wide-detail">
      <div className="view-main">
        <DataTable
          label="Drafts"
          data={drafts}
          columns={draftColumns}
          noun={['draft', 'drafts']}
          empty="No drafts yet. Start one with New draft, then build its articles from your tagged clippings."
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={open}
          actions={
            <>
              <ImportPackButton onImported={(s) => onSelect(s.draftId)} requests={requests} />
              <button type="button" className="button button-primary" ref={newButtonRef} onClick={() => setCreating(true)}>
                New draft
              </button>
            </>
          }
        />
      </div>
      <DetailPane label="Draft details" placeholder="Select a draft to read its text; open it to edit." paneRef={paneRef} sizeKey="drafts">
        {selectedId && <DraftDetail key={selectedId} draftId={selectedId} onEdit={() => onEdit(selectedId)} />}
      </DetailPane>
      {creating && (
        <NewDraftDialog
          onCancel={() => {
            flushSync(() => setCreating(false))
            newButtonRef.current?.focus()
          }}
          onCreated={(draft) => {
            flushSync(() => setCreating(false))
            open(draft.id)
          }}
        />
      )}
    </div>
  )
}
