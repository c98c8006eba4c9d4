import { ErrorMessage } from './components/ErrorMessage'
import { TopBar } from './components/TopBar'
import { Toaster } from './features/history/Toast'
import { useWorkspace } from './lib/use-workspace'
import { Workbench } from './Workbench'

export function App() {
  const { state, retry, refreshSources } = useWorkspace()
  return (
    <div className="app" data-app-state={state.status}>
      {/* Once loaded, the workbench shows the bar with its menus and the workspace's name. */}
      {state.status !== 'loaded' && <TopBar />}
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
