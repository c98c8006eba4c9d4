import type { ReactNode } from 'react'
import type { WorkspaceProblem } from '../../../shared/api'
import { countOf } from '../lib/format'

interface Props {
  workspaceName?: string
  workspacePath?: string
  /** Commands at the end of the bar, such as Undo and Redo. */
  children?: ReactNode
}

export function TopBar({ workspaceName, workspacePath, children }: Props) {
  return (
    <header className="topbar">
      <h1 className="app-name">Clausewright</h1>
      {workspaceName && (
        <>
          <span className="topbar-sep" aria-hidden="true">
            /
          </span>
          <span className="workspace-name" title={workspacePath}>
            <span className="visually-hidden">Workspace: </span>
            {workspaceName}
          </span>
        </>
      )}
      {children}
    </header>
  )
}

/** Files that failed to load were moved aside, never overwritten; the user must know where they went. */
export function WorkspaceProblems({ problems }: { problems: readonly WorkspaceProblem[] }) {
  if (problems.length === 0) return null
  return (
    <section className="notice" role="status" aria-label="Workspace problems">
      <p className="notice-title">
        {countOf(problems.length, 'file', 'files')} could not be loaded and{' '}
        {problems.length === 1 ? 'was' : 'were'} moved to quarantine:
      </p>
      {/* Focusable because the list scrolls when long. */}
      <ul className="notice-list" tabIndex={0} aria-label="Quarantined files">
        {problems.map((p) => (
          <li key={p.file}>
            <code>{p.file}</code> — {p.reason} <span className="muted">(now in <code>{p.movedTo}</code>)</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
