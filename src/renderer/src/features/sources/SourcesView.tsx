import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { SourceRow } from '../../../../shared/api'
import type { Source } from '../../../../shared/model'
import { DataTable } from '../../components/DataTable'
import { DetailPane } from '../../components/DetailPane'
import { NewSourceDialog } from './NewSourceDialog'
import { SourceDetail } from './SourceDetail'
import { sourceColumns } from './source-columns'

interface Props {
  sources: SourceRow[]
  selectedId: string | null
  onSelect: (id: string | null) => void
  /** Reloads the list; resolves once the new row is in it. */
  onSourceAdded: () => Promise<void>
}

export function SourcesView({ sources, selectedId, onSelect, onSourceAdded }: Props) {
  const [adding, setAdding] = useState(false)
  const newButtonRef = useRef<HTMLButtonElement>(null)
  const paneRef = useRef<HTMLElement>(null)

  // The modal dialog keeps the rest of the window inert until it is gone, so
  // it is removed synchronously before focus moves back behind it.
  function cancelled() {
    flushSync(() => setAdding(false))
    newButtonRef.current?.focus()
  }

  function created(source: Source) {
    flushSync(() => {
      setAdding(false)
      onSelect(source.id)
    })
    paneRef.current?.focus()
    void onSourceAdded()
  }

  return (
    <div className="view">
      <div className="view-main">
        <DataTable
          label="Sources"
          data={sources}
          columns={sourceColumns}
          noun={['source', 'sources']}
          empty="No sources yet. Add one with New source."
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={() => paneRef.current?.focus()}
          actions={
            <button type="button" className="button button-primary" ref={newButtonRef} onClick={() => setAdding(true)}>
              New source
            </button>
          }
        />
      </div>
      <DetailPane label="Source details" placeholder="Select a source to read it here." paneRef={paneRef}>
        {selectedId && <SourceDetail key={selectedId} sourceId={selectedId} />}
      </DetailPane>
      {adding && (
        <NewSourceDialog onCancel={cancelled} onCreated={created} />
      )}
    </div>
  )
}
