import { useCallback, useMemo, useRef, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Clipping, Tag } from '../../../../shared/model'
import type { SavedView, TableState } from '../../../../shared/views'
import { DataTable } from '../../components/DataTable'
import { emptyTableState } from '../../components/data-table-model'
import { DetailPane } from '../../components/DetailPane'
import { useViewRequest, type ViewRequests } from '../commands/view-request'
import { CoverageView, type CoveragePick } from '../coverage/CoverageView'
import { undo } from '../history/history'
import { showToast } from '../history/toast'
import { BulkActions } from './BulkActions'
import { ClippingDetail } from './ClippingDetail'
import { clippingColumns } from './clipping-columns'
import { ClippingsTabs, type ClippingsTab } from './ClippingsTabs'
import { ViewsBar } from './ViewsBar'

interface Props {
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  selectedId: string | null
  onSelect: (id: string | null) => void
  /** Shows the clipping in its source, in the reader. */
  onOpenInReader?: (clipping: Clipping) => void
  /** Commands from the palette: apply a saved view. */
  requests?: ViewRequests
  /** The saved views, for those commands. */
  savedViews: readonly SavedView[]
}

// Deleting is undoable (clippings go to the trash first), so it asks nothing and offers Undo afterwards.
function notifyDeleted(message: string) {
  showToast(message, { label: 'Undo', run: () => void undo() })
}

export function ClippingsView({ clippings, tagsById, selectedId, onSelect, onOpenInReader, requests, savedViews }: Props) {
  const paneRef = useRef<HTMLElement>(null)
  const [tab, setTab] = useState<ClippingsTab>('table')
  const tags = useMemo(() => [...tagsById.values()], [tagsById])
  const sourceTitles = useMemo(() => new Map(clippings.map((c) => [c.sourceId, c.sourceTitle])), [clippings])
  const columns = useMemo(() => clippingColumns(tagsById, sourceTitles), [tagsById, sourceTitles])
  const allState = useMemo(() => emptyTableState(columns), [columns])
  // Held here rather than in the table, so saved views and the coverage picture can set it.
  const [tableState, setTableState] = useState<TableState>(allState)
  const [activeViewId, setActiveViewId] = useState<string | null>(null)
  // A scan when the selection changes rather than a map of every clipping by id: at 100,000 rows the
  // map holds about 2 MB and lengthens every garbage collection, for a look-up a click makes once.
  const selected = useMemo(() => (selectedId === null ? undefined : clippings.find((c) => c.id === selectedId)), [clippings, selectedId])

  function applyView(view: SavedView | null) {
    setActiveViewId(view?.id ?? null)
    setTableState(view ? view.state : allState)
  }

  useViewRequest(requests, 'apply-view', ({ viewId }) => {
    const view = savedViews.find((v) => v.id === viewId)
    if (!view) return
    applyView(view)
    setTab('table')
  })

  function showCell(pick: CoveragePick) {
    // The picture counts all clippings, so the table drops other filters to list exactly the cell's.
    setTableState({ ...tableState, globalFilter: '', columnFilters: pick.map((p) => ({ id: p.id, value: [p.value] })) })
    setActiveViewId(null)
    setTab('table')
  }

  const bulkActions = useCallback(
    (ids: string[], clear: () => void) => (
      <BulkActions ids={ids} clippings={clippings} tags={tags} onDeleted={notifyDeleted} clear={clear} />
    ),
    [clippings, tags],
  )

  return (
    <div className="view view-narrow-detail">
      <div className="view-main">
        <div className="clippings-header">
          <ClippingsTabs current={tab} onChange={setTab} />
          {tab === 'table' && (
            <ViewsBar
              state={tableState}
              allState={allState}
              activeId={activeViewId}
              onApply={applyView}
              onSaved={(view) => setActiveViewId(view.id)}
              onDeleted={notifyDeleted}
            />
          )}
        </div>
        <div className="tab-panel" role="tabpanel" id={`clippings-panel-${tab}`} aria-labelledby={`clippings-tab-${tab}`}>
          {tab === 'table' ? (
            <DataTable
              label="Clippings"
              data={clippings}
              columns={columns}
              noun={['clipping', 'clippings']}
              empty="No clippings yet. Open a source, select a passage and clip it."
              selectedId={selectedId}
              onSelect={onSelect}
              onOpen={() => paneRef.current?.focus()}
              view={{ state: tableState, onChange: setTableState }}
              bulkActions={bulkActions}
              exportName="clippings"
            />
          ) : (
            <CoverageView clippings={clippings} tags={tags} onPick={showCell} />
          )}
        </div>
      </div>
      {/* The coverage matrix needs the width more than an idle detail pane does. */}
      {tab === 'table' && (
        <DetailPane label="Clipping details" placeholder="Select a clipping to see its context and fields." paneRef={paneRef} sizeKey="clippings">
          {selected && (
            <ClippingDetail clipping={selected} tags={tags} onOpenInReader={onOpenInReader} onDeleted={() => onSelect(null)} />
          )}
        </DetailPane>
      )}
    </div>
  )
}
