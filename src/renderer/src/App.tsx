import { ErrorMessage } from './components/ErrorMessage'
import { TopBar } from './components/TopBar'
import { HistoryControls } from './features/history/HistoryControls'
import { Toaster } from './features/history/Toast'
import { useWorkspace } from './lib/use-workspace'
import { Workbench } from './Workbench'

export function App() {
  const { state, retry, refreshSources } = useWorkspace()
  return (
    <div className="app" data-app-state={state.status}>
      <TopBar
        workspaceName={state.status === 'loaded' ? state.data.info.name : undefined}
        workspacePath={state.status === 'loaded' ? state.data.info.path : undefined}
      >
        {state.status === 'loaded' && <HistoryControls />}
      </TopBar>
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
      <Toaster />
    </div>
  )
}
