import { useCallback, useEffect, useMemo, useState } from 'react'
import type { SearchHit } from '../../shared/api'
import type { AppErrorData } from '../../shared/errors'
import { ErrorMessage } from './components/ErrorMessage'
import { ClippingsIcon, CodebookIcon, DraftsIcon, SearchIcon, SourcesIcon } from './components/Icons'
import { NavRail, type NavItem } from './components/NavRail'
import { WorkspaceProblems } from './components/TopBar'
import { ClippingsView } from './features/clippings/ClippingsView'
import { CodebookView } from './features/codebook/CodebookView'
import { DraftsView } from './features/drafts/DraftsView'
import { DropOverlay } from './features/import/DropOverlay'
import { ImportPanel } from './features/import/ImportPanel'
import { useImport } from './features/import/use-import'
import { clippingTarget, type ReaderTarget } from './features/reader/SourceReader'
import { hitLength } from './features/search/hit-span'
import { SearchView } from './features/search/SearchView'
import { SourcesView } from './features/sources/SourcesView'
import { toErrorData } from './lib/errors'
import type { WorkspaceData } from './lib/use-workspace'

type View = 'search' | 'sources' | 'clippings' | 'drafts' | 'codebook'
type Selection = Record<'sources' | 'clippings' | 'drafts', string | null>

interface Props {
  data: WorkspaceData
  refreshSources: () => Promise<void>
}

export function Workbench({ data, refreshSources }: Props) {
  const [view, setView] = useState<View>('sources')
  // Kept per view, so going to Drafts and back does not lose the source being read.
  const [selection, setSelection] = useState<Selection>({ sources: null, clippings: null, drafts: null })
  const [readerTarget, setReaderTarget] = useState<ReaderTarget | null>(null)
  // The draft open in the drafting pane stays open while its evidence is read in the reader.
  const [editingDraft, setEditingDraft] = useState<string | null>(null)
  // The search view stays mounted once opened, so its query and results survive a visit to the reader.
  const [searchOpened, setSearchOpened] = useState(false)
  const [searchFocus, setSearchFocus] = useState(0)
  const [refreshError, setRefreshError] = useState<AppErrorData | null>(null)
  const tagsById = useMemo(() => new Map(data.tags.map((t) => [t.id, t])), [data.tags])

  const select = (key: keyof Selection) => (id: string | null) => setSelection((s) => ({ ...s, [key]: id }))

  const onSourceAdded = useCallback(async () => {
    setRefreshError(null)
    try {
      await refreshSources()
    } catch (err) {
      setRefreshError(toErrorData(err))
    }
  }, [refreshSources])

  const importer = useImport(onSourceAdded)

  const navigate = useCallback((next: View) => {
    if (next === 'search') {
      setSearchOpened(true)
      setSearchFocus((n) => n + 1)
    }
    setView(next)
  }, [])

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      // Not over a modal dialog: leaving the view would discard what the user typed in it.
      if (document.querySelector('dialog[open]:modal')) return
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault()
        navigate('search')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [navigate])

  function openSource(id: string, target: ReaderTarget | null = null) {
    setSelection((s) => ({ ...s, sources: id }))
    setReaderTarget(target)
    setView('sources')
  }

  function openHit(hit: SearchHit) {
    openSource(hit.sourceId, { sourceId: hit.sourceId, offset: hit.offset, length: hitLength(hit), seq: Date.now() })
  }

  // Choosing a row by hand ends the request to show a search hit.
  function selectSource(id: string | null) {
    select('sources')(id)
    setReaderTarget((t) => (t && t.sourceId === id ? t : null))
  }

  const nav: NavItem<View>[] = [
    { view: 'search', label: 'Search', icon: <SearchIcon />, shortcut: 'Control+Shift+F' },
    { view: 'sources', label: 'Sources', count: data.sources.length, icon: <SourcesIcon /> },
    { view: 'clippings', label: 'Clippings', count: data.clippings.length, icon: <ClippingsIcon /> },
    { view: 'drafts', label: 'Drafts', count: data.drafts.length, icon: <DraftsIcon /> },
    { view: 'codebook', label: 'Codebook', count: data.tags.length, icon: <CodebookIcon /> },
  ]

  return (
    <>
      <WorkspaceProblems problems={data.info.problems} />
      {refreshError && (
        <div className="notice notice-error">
          <ErrorMessage title="The list of sources could not be refreshed." error={refreshError} />
        </div>
      )}
      <div className="workbench">
        <NavRail items={nav} current={view} onNavigate={navigate} />
        <main className="main">
          {searchOpened && (
            <div className="view-host" hidden={view !== 'search'}>
              <SearchView focusRequest={searchFocus} onOpenHit={openHit} />
            </div>
          )}
          {view === 'sources' && (
            <SourcesView
              sources={data.sources}
              selectedId={selection.sources}
              onSelect={selectSource}
              onSourceAdded={onSourceAdded}
              target={readerTarget}
              onImport={importer.start}
            />
          )}
          {view === 'clippings' && (
            <ClippingsView
              clippings={data.clippings}
              tagsById={tagsById}
              selectedId={selection.clippings}
              onSelect={select('clippings')}
              onOpenInReader={(c) => openSource(c.sourceId, clippingTarget(c))}
            />
          )}
          {view === 'drafts' && (
            <DraftsView
              drafts={data.drafts}
              selectedId={selection.drafts}
              onSelect={select('drafts')}
              editingId={editingDraft}
              onEdit={setEditingDraft}
              clippings={data.clippings}
              tagsById={tagsById}
              onOpenClipping={(c) => openSource(c.sourceId, clippingTarget(c))}
            />
          )}
          {view === 'codebook' && <CodebookView tags={data.tags} clippings={data.clippings} />}
        </main>
      </div>
      <DropOverlay onDrop={importer.start} />
      {importer.run && (
        <ImportPanel
          run={importer.run}
          onCancel={importer.cancel}
          onClose={importer.close}
          onOpenSource={(id) => openSource(id)}
        />
      )}
    </>
  )
}
