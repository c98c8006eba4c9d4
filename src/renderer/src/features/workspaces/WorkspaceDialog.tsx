import { useId, useState, type FormEvent } from 'react'
import type { RecentWorkspace } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ModalDialog } from '../../components/ModalDialog'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'
import type { QueryState } from '../../lib/use-query'
import { useQuery } from '../../lib/use-query'
import '../../styles/workspaces.css'
import { RecentWorkspaceList } from './RecentWorkspaceList'
import { switchWorkspace } from './switch-workspace'

export interface WorkspaceDialogProps {
  mode: 'open' | 'new'
  recent: QueryState<RecentWorkspace[]> | null
  /** The folder to start with, and why it did not open (a recent workspace that failed from the menu). */
  initialPath?: string
  initialError?: AppErrorData
  onForget: (path: string) => Promise<void>
  onClose: () => void
}

const TEXT = {
  open: {
    title: 'Open workspace',
    intro: 'A workspace is a folder. Open one you had open before, or give the folder that holds its workspace.json.',
    submit: 'Open',
    busy: 'Opening…',
    failed: 'The workspace was not opened.',
  },
  new: {
    title: 'New workspace',
    intro: 'A new workspace starts with the starter codebook and no sources. Give a new folder, or an empty one.',
    submit: 'Create workspace',
    busy: 'Creating…',
    failed: 'The workspace was not created.',
  },
} as const

/**
 * File → Open workspace… and New workspace…: the recent workspaces and a
 * folder to type, paste or (where the host has one) choose in the system's
 * dialog. The current workspace stays open until the other one has opened.
 */
export function WorkspaceDialog({ mode, recent, initialPath = '', initialError, onForget, onClose }: WorkspaceDialogProps) {
  const id = useId()
  const text = TEXT[mode]
  const about = useQuery('app.about', {})
  const [path, setPath] = useState(initialPath)
  const [name, setName] = useState('')
  const [error, setError] = useState<AppErrorData | null>(initialError ?? null)
  const [busy, setBusy] = useState(false)
  const canChoose = about?.status === 'loaded' && about.data.canChooseFolder

  async function open(target: string) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await switchWorkspace(mode === 'open' ? { mode, path: target } : { mode, path: target, name })
    } catch (err) {
      setError(toErrorData(err))
      setBusy(false)
    }
  }

  async function choose() {
    setError(null)
    try {
      const chosen = await call('workspace.chooseFolder', { purpose: mode === 'open' ? 'open' : 'create' })
      if (chosen.path) setPath(chosen.path)
    } catch (err) {
      setError(toErrorData(err))
    }
  }

  async function forget(target: string) {
    setError(null)
    try {
      await onForget(target)
    } catch (err) {
      setError(toErrorData(err))
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault()
    void open(path)
  }

  const hintId = `${id}-path-hint`
  return (
    <ModalDialog title={text.title} onCancel={onClose} wide>
      <form className="workspace-form" onSubmit={submit}>
        <p className="dialog-text muted">{text.intro}</p>
        {mode === 'open' && recent && (
          <section className="workspace-recent" aria-labelledby={`${id}-recent`}>
            <h3 id={`${id}-recent`} className="workspace-section-title">
              Recent workspaces
            </h3>
            {recent.status === 'loading' && <p className="muted">Loading…</p>}
            {recent.status === 'error' && <ErrorMessage title="The recent workspaces could not be listed." error={recent.error} />}
            {recent.status === 'loaded' && recent.data.length === 0 && <p className="dialog-text muted">None yet.</p>}
            {recent.status === 'loaded' && recent.data.length > 0 && (
              <RecentWorkspaceList workspaces={recent.data} busy={busy} onOpen={(w) => void open(w.path)} onForget={(w) => void forget(w.path)} />
            )}
          </section>
        )}
        <div className="field">
          <label htmlFor={`${id}-path`}>{mode === 'open' ? 'Workspace folder' : 'Folder for the new workspace'}</label>
          <div className="workspace-path-row">
            <input
              id={`${id}-path`}
              className="workspace-path"
              value={path}
              autoFocus
              required
              spellCheck={false}
              autoComplete="off"
              placeholder={mode === 'open' ? 'e.g. ~/Documents/treaty-research' : 'e.g. ~/Documents/new-research'}
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setPath(e.target.value)}
            />
            {canChoose && (
              <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
                Choose folder…
              </button>
            )}
          </div>
          <p id={hintId} className="workspace-hint muted">
            {canChoose || about?.status !== 'loaded'
              ? 'The full path; ~ stands for your home folder.'
              : 'This window has no folder dialog (the browser host): type or paste the full path; ~ stands for your home folder.'}
          </p>
        </div>
        {mode === 'new' && (
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              placeholder="The folder's name"
              onChange={(e) => setName(e.target.value)}
            />
          </div>
        )}
        {error && <ErrorMessage title={text.failed} error={error} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={path.trim() === ''} aria-disabled={busy || undefined}>
            {busy ? text.busy : text.submit}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
