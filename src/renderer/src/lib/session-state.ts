/*
 * Where the user was in a workspace (view, selected rows, the draft being
 * edited), kept in the window's own storage so the next start opens there.
 * Per workspace, and only ids: anything that no longer exists is dropped.
 */

export interface SessionState<V extends string> {
  view: V
  selection: Record<'sources' | 'clippings' | 'drafts', string | null>
  editingDraft: string | null
}

const key = (workspacePath: string) => `clausewright.session:${workspacePath}`

/** The last session in this workspace, checked against what exists now; null when there is none. */
export function loadSession<V extends string>(
  workspacePath: string,
  views: readonly V[],
  exists: (kind: 'sources' | 'clippings' | 'drafts', id: string) => boolean,
): SessionState<V> | null {
  try {
    const raw = JSON.parse(localStorage.getItem(key(workspacePath)) ?? 'null') as Partial<SessionState<V>> | null
    if (!raw || !views.includes(raw.view as V)) return null
    const keep = (kind: 'sources' | 'clippings' | 'drafts', id: unknown) => (typeof id === 'string' && exists(kind, id) ? id : null)
    return {
      view: raw.view as V,
      selection: {
        sources: keep('sources', raw.selection?.sources),
        clippings: keep('clippings', raw.selection?.clippings),
        drafts: keep('drafts', raw.selection?.drafts),
      },
      editingDraft: keep('drafts', raw.editingDraft),
    }
  } catch {
    // Unreadable storage is no reason not to start: the default view will do.
    return null
  }
}

export function saveSession<V extends string>(workspacePath: string, state: SessionState<V>): void {
  try {
    localStorage.setItem(key(workspacePath), JSON.stringify(state))
  } catch {
    // Full or disabled storage: the next start opens on the default view.
  }
}
