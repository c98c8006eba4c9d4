import { useMemo, useRef } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { DataTable } from '../../components/DataTable'
import { DetailPane } from '../../components/DetailPane'
import { ClippingDetail } from './ClippingDetail'
import { clippingColumns } from './clipping-columns'

interface Props {
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  selectedId: string | null
  onSelect: (id: string) => void
}

export function ClippingsView({ clippings, tagsById, selectedId, onSelect }: Props) {
  const paneRef = useRef<HTMLElement>(null)
  const columns = useMemo(() => clippingColumns(tagsById), [tagsById])
  const selected = clippings.find((c) => c.id === selectedId)
  return (
    <div className="view view-narrow-detail">
      <div className="view-main">
        <DataTable
          label="Clippings"
          data={clippings}
          columns={columns}
          noun={['clipping', 'clippings']}
          empty="No clippings yet. Open a source, select a passage and clip it."
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={() => paneRef.current?.focus()}
        />
      </div>
      <DetailPane label="Clipping details" placeholder="Select a clipping to see its context and fields." paneRef={paneRef}>
        {selected && <ClippingDetail clipping={selected} tagsById={tagsById} />}
      </DetailPane>
    </div>
  )
}
