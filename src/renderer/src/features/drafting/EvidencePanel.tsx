import { useCallback, useMemo, useRef, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import type { TableState } from '../../../../shared/views'
import { DataTable } from '../../components/DataTable'
import { PaneResizer, usePaneWidth } from '../../components/PaneResizer'
import { emptyTableState } from '../../components/data-table-model'
import { clippingColumns } from '../clippings/clipping-columns'
import { DRAG_CLIPPINGS, startDrag } from './drag'

/** The panel shows the columns a drafter weighs; the others are a click away in its Columns menu. */
const PANEL_COLUMNS = new Set(['quote', 'type', 'modality'])

interface Props {
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  /** "Article 2(1)": where "Attach" puts ticked clippings; null when no paragraph has been chosen. */
  target: string | null
  onAttach: (ids: string[]) => void
  onProposeParagraph: (ids: string[]) => void
  onProposePreamble: (ids: string[]) => void
  onOpenClipping: (clipping: ClippingRow) => void
}

/**
 * The workspace's clippings beside the draft, filtered like the Clippings
 * table: drag rows onto a paragraph, or tick them and attach them, or have
 * a paragraph proposed from their obligation fields.
 */
export function EvidencePanel({ clippings, tagsById, target, onAttach, onProposeParagraph, onProposePreamble, onOpenClipping }: Props) {
  const sourceTitles = useMemo(() => new Map(clippings.map((c) => [c.sourceId, c.sourceTitle])), [clippings])
  const columns = useMemo(() => clippingColumns(tagsById, sourceTitles), [tagsById, sourceTitles])
  const byId = useMemo(() => new Map(clippings.map((c) => [c.id, c])), [clippings])
  const [state, setState] = useState<TableState>(() => {
    const initial = emptyTableState(columns)
    return { ...initial, columnVisibility: Object.fromEntries(columns.map((c) => [c.id ?? '', PANEL_COLUMNS.has(c.id ?? '')])) }
  })
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const panelRef = useRef<HTMLElement>(null)
  const [width, setWidth] = usePaneWidth('evidence')

  const bulkActions = useCallback(
    (ids: string[], clear: () => void) => {
      const run = (action: (ids: string[]) => void) => () => {
        action(ids)
        clear()
      }
      return (
        <>
          <button type="button" className="button button-primary" disabled={target === null} onClick={run(onAttach)}>
            {target ? `Attach to ${target}` : 'Attach (choose a paragraph first)'}
          </button>
          <button type="button" className="button" onClick={run(onProposeParagraph)}>
            Propose paragraph
          </button>
          <button type="button" className="button" onClick={run(onProposePreamble)}>
            Propose preamble
          </button>
        </>
      )
    },
    [target, onAttach, onProposeParagraph, onProposePreamble],
  )

  return (
    <>
      <PaneResizer paneRef={panelRef} label="Resize clippings for evidence" width={width} onResize={setWidth} />
      <aside className="evidence-panel" aria-label="Clippings for evidence" ref={panelRef} style={width === null ? undefined : { width }}>
        <h2 className="evidence-panel-title">Clippings</h2>
        <p className="muted evidence-panel-hint">Drag onto a paragraph, or tick and attach. Double-click to read in context.</p>
        <DataTable
          label="Clippings for evidence"
          data={clippings}
          columns={columns}
          noun={['clipping', 'clippings']}
          empty="No clippings yet. Clip passages in the reader; they appear here to support the draft."
          selectedId={selectedId}
          onSelect={setSelectedId}
          onOpen={(id) => {
            const c = byId.get(id)
            if (c) onOpenClipping(c)
          }}
          view={{ state, onChange: setState }}
          bulkActions={bulkActions}
          onRowDragStart={(ids, e) => startDrag(e, DRAG_CLIPPINGS, ids, ids.map((id) => byId.get(id)?.quote ?? '').join('\n\n'))}
        />
      </aside>
    </>
  )
}
