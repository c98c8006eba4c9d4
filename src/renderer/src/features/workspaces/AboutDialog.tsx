import type { AboutInfo } from '../../../../shared/api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ModalDialog } from '../../components/ModalDialog'
import { useQuery } from '../../lib/use-query'
import '../../styles/workspaces.css'

/** The browser host's Chromium is not the Node process's: the window itself knows its version. */
function windowChromium(): string | null {
  return /(?:Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null
}

function shellLine(about: AboutInfo): string {
  const { electron, chromium, node } = about.versions
  if (about.host === 'electron') {
    return [`Electron ${electron ?? 'unknown'}`, chromium && `Chromium ${chromium}`, `Node.js ${node}`].filter(Boolean).join(', ')
  }
  const browser = chromium ?? windowChromium()
  return `The browser host: ${browser ? `Chromium ${browser}` : 'Chromium'} shows the window, and the core runs in Node.js ${node}.`
}

/** Help → About Clausewright: the version, the shell it runs in, and where its data lives. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const about = useQuery('app.about', {})
  return (
    <ModalDialog title="About Clausewright" onCancel={onClose}>
      {about?.status === 'loading' && <p className="muted">Loading…</p>}
      {about?.status === 'error' && <ErrorMessage title="What this copy is could not be read." error={about.error} />}
      {about?.status === 'loaded' && (
        <>
          <p className="about-lead">
            <strong>Clausewright</strong> {about.data.version}
            <span className="muted"> · a research workbench for drafting cyber treaties</span>
          </p>
          <dl className="about-list">
            <dt>Runs in</dt>
            <dd>{shellLine(about.data)}</dd>
            <dt>Workspace folder</dt>
            <dd>
              <code>{about.data.workspacePath}</code>
            </dd>
            <dt>Your data folder</dt>
            <dd>
              <code>{about.data.dataPath}</code>
              <span className="about-note muted">The default workspace and the list of recent workspaces.</span>
            </dd>
          </dl>
          <p className="dialog-text muted">
            Clausewright works offline: it makes no network connections, and your documents stay on this computer.{' '}
            {about.data.licence ? `Licence: ${about.data.licence}.` : 'No licence is declared for this copy (package.json names none).'}
          </p>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}
