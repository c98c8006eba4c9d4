import { useCallback, useMemo, useState } from 'react'
import type { AppErrorData } from '../../shared/errors'
import { ErrorMessage } from './components/ErrorMessage'
import { ClippingsIcon, CodebookIcon, DraftsIcon, SourcesIcon } from './components/Icons'
import { NavRail, type NavItem } from './components/NavRail'
import { TopBar, WorkspaceProblems } from './components/TopBar'
import { ClippingsView } from './features/clippings/ClippingsView'
import { CodebookView } from './features/codebook/CodebookView'
import { DraftsView } from './features/drafts/DraftsView'
import { SourcesView } from './features/sources/SourcesView'
import { toErrorData } from './lib/errors'
import { useWorkspace, type WorkspaceData } from './lib/use-workspace'

type View = 'sources' | 'clippings' | 'drafts' | 'codebook'
type Selection = Record<Exclude<View, 'codebook'>, string | null>

export function App() {
  const { state, retry, refreshSources } = useWorkspace()
  return (
    <div className="app" data-app-state={state.status}>
      <TopBar
        workspaceName={state.status === 'loaded' ? state.data.info.name : undefined}
        workspacePath={state.status === 'loaded' ? state.data.info.path : undefined}
      />
      {state.status === 'loading' && <p className="app-message">Opening workspace…</p>}
      {state.status === 'error' && (
        <div className="app-message">
          <ErrorMessage title="Could not open the workspace." error={state.error} />
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'loaded' && <Workbench data={state.data} refreshSources={refreshSources} />}
    </div>
  )
}

interface WorkbenchProps {
  data: WorkspaceData
  refreshSources: () => Promise<void>
}

function Workbench({ data, refreshSources }: WorkbenchProps) {
  const [view, setView] = useState<View>('sources')
  // Kept per view, so going to Drafts and back does not lose the source being read.
  const [selection, setSelection] = useState<Selection>({ sources: null, clippings: null, drafts: null })
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

  const nav: NavItem<View>[] = [
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
        <NavRail items={nav} current={view} onNavigate={setView} />
        <main className="main">
          {view === 'sources' && (
            <SourcesView
              sources={data.sources}
              selectedId={selection.sources}
              onSelect={select('sources')}
              onSourceAdded={onSourceAdded}
            />
          )}
          {view === 'clippings' && (
            <ClippingsView
              clippings={data.clippings}
              tagsById={tagsById}
              selectedId={selection.clippings}
              onSelect={select('clippings')}
            />
          )}
          {view === 'drafts' && (
            <DraftsView drafts={data.drafts} selectedId={selection.drafts} onSelect={select('drafts')} />
          )}
          {view === 'codebook' && <CodebookView tags={data.tags} clippings={data.clippings} />}
        </main>
      </div>
    </>
  )
}
