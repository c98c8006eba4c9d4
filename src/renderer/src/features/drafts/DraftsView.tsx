import { useRef } from 'react'
import type { DraftSummary } from '../../../../shared/api'
import { DataTable } from '../../components/DataTable'
import { DetailPane } from '../../components/DetailPane'
import { DraftDetail } from './DraftDetail'
import { draftColumns } from './draft-columns'

interface Props {
  drafts: DraftSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
}

export function DraftsView({ drafts, selectedId, onSelect }: Props) {
  const paneRef = useRef<HTMLElement>(null)
  return (
    <div className="view view-wide-detail">
      <div className="view-main">
        <DataTable
          label="Drafts"
          data={drafts}
          columns={draftColumns}
          noun={['draft', 'drafts']}
          empty="No drafts yet. Drafts you start from tagged clippings will be listed here."
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={() => paneRef.current?.focus()}
        />
      </div>
      <DetailPane label="Draft details" placeholder="Select a draft to read its text." paneRef={paneRef}>
        {selectedId && <DraftDetail key={selectedId} draftId={selectedId} />}
      </DetailPane>
    </div>
  )
}
