import { useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import type { SourceRow } from '../../../../shared/api'
import type { Source } from '../../../../shared/model'
import { DataTable } from '../../components/DataTable'
import { DetailPane } from '../../components/DetailPane'
import type { ImportItem } from '../import/collect-files'
import { useViewRequest, type NewViewRequest, type ViewRequests } from '../commands/view-request'
import { ImportButtons } from '../import/ImportButtons'
import { SourceReader, type ReaderTarget } from '../reader/SourceReader'
import { NewSourceDialog } from './NewSourceDialog'
import { Welcome } from './Welcome'
import { sourceColumns } from './source-columns'

interface Props {
  sources: SourceRow[]
  selectedId: string | null
  onSelect: (id: string | null) => void
  /** Reloads the list; resolves once the new row is in it. */
  onSourceAdded: () => Promise<void>
  /** A range to show in the reader, from search. */
  target: ReaderTarget | null
  onImport: (items: ImportItem[]) => void
  /** Commands from the palette or the menus: new source, import. */
  requests?: ViewRequests
  /** Moves the keyboard into the text of the source opened by a command. */
  focusText?: { sourceId: string; seq: number } | null
  /** Runs a command of the workbench: the first-start panel's buttons. */
  onRequest: (request: NewViewRequest) => void
}

export function SourcesView({ sources, selectedId, onSelect, onSourceAdded, target, onImport, requests, focusText, onRequest }: Props) {
  const [adding, setAdding] = useState(false)
  useViewRequest(requests, 'new-source', () => setAdding(true))
  const [findRequest, setFindRequest] = useState(0)
  useViewRequest(requests, 'find-in-source', () => setFindRequest((n) => n + 1))
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

  // Ctrl+F (Cmd+F) anywhere in the pane finds in the document rather than in the window.
  function onPaneKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (selectedId && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
      e.preventDefault()
      setFindRequest((n) => n + 1)
    }
  }

  return (
    <div className="view view-reader">
      <div className="view-main">
        <DataTable
          label="Sources"
          data={sources}
          columns={sourceColumns}
          noun={['source', 'sources']}
          empty="No sources yet. Import files or a folder, drop them on the window, or add one with New source."
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={() => paneRef.current?.focus()}
          actions={
            <>
              <ImportButtons onImport={onImport} requests={requests} />
              <button type="button" className="button button-primary" ref={newButtonRef} onClick={() => setAdding(true)}>
                New source
              </button>
            </>
          }
        />
      </div>
      <DetailPane
        label="Source details"
        placeholder="Select a source to read it here."
        paneRef={paneRef}
        onKeyDown={onPaneKeyDown}
        sizeKey="sources"
      >
        {sources.length === 0 && !selectedId ? (
          <Welcome
            onImport={() => onRequest({ kind: 'import-files' })}
            onPaste={() => setAdding(true)}
            onNewDraft={() => onRequest({ kind: 'new-draft' })}
          />
        ) : (
          selectedId && (
            <SourceReader
              key={selectedId}
              sourceId={selectedId}
              target={target?.sourceId === selectedId ? target : null}
              findRequest={findRequest}
              onSourceChanged={() => void onSourceAdded()}
              focusText={focusText?.sourceId === selectedId ? focusText.seq : undefined}
            />
          )
        )}
      </DetailPane>
      {adding && <NewSourceDialog onCancel={cancelled} onCreated={created} />}
    </div>
  )
}
