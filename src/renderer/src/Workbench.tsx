import { useCallback, useEffect, useMemo, useState } from 'react'
import type { SearchHit } from '../../shared/api'
import type { AppErrorData } from '../../shared/errors'
import { ErrorMessage } from './components/ErrorMessage'
import { appCommands, boundCommands, VIEW_KEYS, type WorkbenchView } from './features/commands/app-commands'
import { BackupsDialog } from './features/backups/BackupsDialog'
import { WorkspaceReading } from './components/WorkspaceReading'
import { WorkspaceUpgraded } from './components/WorkspaceUpgraded'
import { AppMenuBar } from './features/commands/AppMenuBar'
import type { Command } from './features/commands/command'
import { CommandPalette } from './features/commands/CommandPalette'
import { ShortcutSheet } from './features/commands/ShortcutSheet'
import { useCommandKeys } from './features/commands/use-command-keys'
import { useNativeMenu } from './features/commands/use-native-menu'
import type { NewViewRequest, ViewRequest, ViewRequests } from './features/commands/view-request'
import { redo, undo } from './features/history/history'
import { HistoryControls } from './features/history/HistoryControls'
import { showToast } from './features/history/toast'
import { ariaKeys } from './lib/keys'
import { loadSession, saveSession } from './lib/session-state'
import { useQuery } from './lib/use-query'
import { ClippingsIcon, CodebookIcon, DraftsIcon, SearchIcon, SourcesIcon } from './components/Icons'
import { NavRail, type NavItem } from './components/NavRail'
import { TopBar, WorkspaceProblems } from './components/TopBar'
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
import { useWorkspaceDialogs } from './features/workspaces/use-workspace-dialogs'
import { toErrorData } from './lib/errors'
import type { WorkspaceData } from './lib/use-workspace'

type View = WorkbenchView
type Selection = Record<'sources' | 'clippings' | 'drafts', string | null>

interface Props {
  data: WorkspaceData
  refreshSources: () => Promise<void>
}

const VIEWS: readonly View[] = ['search', 'sources', 'clippings', 'drafts', 'codebook']

/** A request goes to the view that carries it out; that view consumes it. */
const VIEW_OF: Record<ViewRequest['kind'], View> = {
  'import-files': 'sources',
  'import-folder': 'sources',
  'new-source': 'sources',
  'new-draft': 'drafts',
  'import-pack': 'drafts',
  'apply-view': 'clippings',
  'find-in-source': 'sources',
}

export function Workbench({ data, refreshSources }: Props) {
  // The last session in this workspace, read once: the start opens where the user left off.
  const [restored] = useState(() =>
    loadSession(data.info.path, VIEWS, (kind, id) => (data[kind] as ReadonlyArray<{ id: string }>).some((r) => r.id === id)),
  )
  const [view, setView] = useState<View>(restored?.view === 'search' ? 'sources' : (restored?.view ?? 'sources'))
  // Kept per view, so going to Drafts and back does not lose the source being read.
  const [selection, setSelection] = useState<Selection>(restored?.selection ?? { sources: null, clippings: null, drafts: null })
  const [readerTarget, setReaderTarget] = useState<ReaderTarget | null>(null)
  // The draft open in the drafting pane stays open while its evidence is read in the reader.
  const [editingDraft, setEditingDraft] = useState<string | null>(restored?.editingDraft ?? null)
  // The search view stays mounted once opened, so its query and results survive a visit to the reader.
  const [searchOpened, setSearchOpened] = useState(false)
  const [searchFocus, setSearchFocus] = useState(0)
  const [refreshError, setRefreshError] = useState<AppErrorData | null>(null)
  const [overlay, setOverlay] = useState<'palette' | 'shortcuts' | 'backups' | null>(null)
  const [request, setRequest] = useState<ViewRequest | null>(null)
  const [recentSources, setRecentSources] = useState<string[]>([])
  const [draftCommands, setDraftCommands] = useState<Command[] | null>(null)
  const [focusText, setFocusText] = useState<{ sourceId: string; seq: number } | null>(null)
  const viewsQuery = useQuery('views.list', {})
  const savedViews = useMemo(() => (viewsQuery?.status === 'loaded' ? viewsQuery.data.filter((v) => v.table === 'clippings') : []), [viewsQuery])
  const tagsById = useMemo(() => new Map(data.tags.map((t) => [t.id, t])), [data.tags])
  const workspaceDialogs = useWorkspaceDialogs()
  const history = useQuery('history.state', {})

  useEffect(() => saveSession(data.info.path, { view, selection, editingDraft }), [data.info.path, view, selection, editingDraft])

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


  const rememberSource = (id: string) => setRecentSources((r) => [id, ...r.filter((x) => x !== id)].slice(0, 10))

  function openSource(id: string, target: ReaderTarget | null = null) {
    rememberSource(id)
    setFocusText((f) => ({ sourceId: id, seq: (f?.seq ?? 0) + 1 }))
    setSelection((s) => ({ ...s, sources: id }))
    setReaderTarget(target)
    setView('sources')
  }

  function openHit(hit: SearchHit) {
    openSource(hit.sourceId, { sourceId: hit.sourceId, offset: hit.offset, length: hitLength(hit), seq: Date.now() })
  }

  // Choosing a row by hand ends the request to show a search hit.
  function selectSource(id: string | null) {
    if (id) rememberSource(id)
    setFocusText(null)
    select('sources')(id)
    setReaderTarget((t) => (t && t.sourceId === id ? t : null))
  }

  function sendRequest(next: NewViewRequest) {
    navigate(VIEW_OF[next.kind])
    setRequest((prev) => ({ ...next, seq: (prev?.seq ?? 0) + 1 }) as ViewRequest)
  }
  const consume = useCallback((seq: number) => setRequest((r) => (r?.seq === seq ? null : r)), [])
  const requests: ViewRequests = { request, consume }

  const commands = [...(view === 'drafts' ? (draftCommands ?? []) : []), ...appCommands({
    navigate,
    request: sendRequest,
    openSource: (id) => openSource(id),
    openDraft: (id) => {
      setSelection((s) => ({ ...s, drafts: id }))
      setEditingDraft(id)
      setView('drafts')
    },
    undo: () => void undo(),
    redo: () => void redo(),
    showShortcuts: () => setOverlay('shortcuts'),
    showPalette: () => setOverlay('palette'),
    showDataLocation: () => showToast(`This workspace lives in ${data.info.path}`),
    showBackups: () => setOverlay('backups'),
    find: () => {
      if (view === 'search') return navigate('search')
      if (view === 'sources' && selection.sources) return sendRequest({ kind: 'find-in-source' })
      // Elsewhere, finding means filtering: the filter box of the (first) table in view.
      document.querySelector<HTMLInputElement>('.view .filter-input')?.focus()
    },
    ...workspaceDialogs.commandDeps,
    sources: data.sources,
    recentSourceIds: recentSources,
    drafts: data.drafts,
    views: savedViews,
    history: history?.status === 'loaded' ? history.data : null,
  })]
  useCommandKeys(boundCommands([...commands, { id: 'palette-alt', group: 'Help', title: 'Show all commands', keys: 'Ctrl+Shift+P', run: () => setOverlay('palette') }]))
  const menuPlace = useNativeMenu(commands)

  const nav: NavItem<View>[] = [
    { view: 'search', label: 'Search', icon: <SearchIcon />, shortcut: ariaKeys(VIEW_KEYS.search) },
    { view: 'sources', label: 'Sources', count: data.sources.length, icon: <SourcesIcon />, shortcut: ariaKeys(VIEW_KEYS.sources) },
    { view: 'clippings', label: 'Clippings', count: data.clippings.length, icon: <ClippingsIcon />, shortcut: ariaKeys(VIEW_KEYS.clippings) },
    { view: 'drafts', label: 'Drafts', count: data.drafts.length, icon: <DraftsIcon />, shortcut: ariaKeys(VIEW_KEYS.drafts) },
    { view: 'codebook', label: 'Codebook', count: data.tags.length, icon: <CodebookIcon />, shortcut: ariaKeys(VIEW_KEYS.codebook) },
  ]

  return (
    <>
      <TopBar workspaceName={data.info.name} workspacePath={data.info.path}>
        {menuPlace === 'window' && <AppMenuBar commands={commands} />}
        <HistoryControls />
      </TopBar>
      <WorkspaceReading reading={data.info.reading} shown={data.info.counts.sources} />
      <WorkspaceProblems problems={data.info.problems} />
      <WorkspaceUpgraded upgrade={data.info.upgrade} onShowBackups={() => setOverlay('backups')} />
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
              requests={requests}
              focusText={focusText}
              onRequest={sendRequest}
            />
          )}
          {view === 'clippings' && (
            <ClippingsView
              clippings={data.clippings}
              tagsById={tagsById}
              selectedId={selection.clippings}
              onSelect={select('clippings')}
              onOpenInReader={(c) => openSource(c.sourceId, clippingTarget(c))}
              requests={requests}
              savedViews={savedViews}
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
              requests={requests}
              onCommands={setDraftCommands}
            />
          )}
          {view === 'codebook' && <CodebookView tags={data.tags} clippings={data.clippings} />}
        </main>
      </div>
      <DropOverlay onDrop={importer.start} />
      {overlay === 'palette' && <CommandPalette commands={commands} onClose={() => setOverlay(null)} />}
      {overlay === 'shortcuts' && <ShortcutSheet commands={commands} onClose={() => setOverlay(null)} />}
      {overlay === 'backups' && <BackupsDialog onClose={() => setOverlay(null)} />}
      {workspaceDialogs.dialog}
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
