import { useMemo, useState, type ReactNode } from 'react'
import type { RecentWorkspace } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'
import { useQuery } from '../../lib/use-query'
import type { CommandDeps } from '../commands/app-commands'
import { showToast } from '../history/toast'
import { AboutDialog } from './AboutDialog'
import { switchWorkspace } from './switch-workspace'
import { WorkspaceDialog } from './WorkspaceDialog'

type Shown = { kind: 'open' | 'new'; path?: string; error?: AppErrorData } | { kind: 'about' } | null

type WorkspaceCommandDeps = Pick<CommandDeps, 'showWorkspaceDialog' | 'openRecentWorkspace' | 'showAbout' | 'recentWorkspaces'>

/**
 * The workspace commands (New, Open, Open recent, About) and the dialog
 * one of them has open. A recent workspace opens straight from the menu;
 * when it cannot, the Open dialog shows why, with its folder filled in.
 */
export function useWorkspaceDialogs(): { commandDeps: WorkspaceCommandDeps; dialog: ReactNode } {
  const [shown, setShown] = useState<Shown>(null)
  const recent = useQuery('workspace.listRecent', {})
  // Removing one changes nothing else, so the list is trimmed here rather than read again.
  const [forgotten, setForgotten] = useState<ReadonlySet<string>>(new Set())
  const recentState = useMemo(
    () => (recent?.status === 'loaded' ? { status: 'loaded' as const, data: recent.data.filter((w) => !forgotten.has(w.path)) } : recent),
    [recent, forgotten],
  )
  const recentWorkspaces = recentState?.status === 'loaded' ? recentState.data : []

  async function openRecent(workspace: RecentWorkspace) {
    showToast(`Opening ${workspace.name}…`)
    try {
      await switchWorkspace({ mode: 'open', path: workspace.path })
    } catch (err) {
      setShown({ kind: 'open', path: workspace.path, error: toErrorData(err) })
    }
  }

  async function forget(path: string) {
    await call('workspace.forgetRecent', { path })
    setForgotten((f) => new Set([...f, path]))
  }

  const close = () => setShown(null)
  const dialog =
    shown?.kind === 'about' ? (
      <AboutDialog onClose={close} />
    ) : shown ? (
      <WorkspaceDialog
        mode={shown.kind}
        recent={recentState}
        initialPath={shown.path}
        initialError={shown.error}
        onForget={forget}
        onClose={close}
      />
    ) : null

  return {
    commandDeps: {
      showWorkspaceDialog: (kind) => setShown({ kind }),
      openRecentWorkspace: (w) => void openRecent(w),
      showAbout: () => setShown({ kind: 'about' }),
      recentWorkspaces,
    },
    dialog,
  }
}
