import type { DraftSummary, HistoryState, RecentWorkspace, SourceRow } from '../../../../shared/api'
import type { SavedView } from '../../../../shared/views'
import { getThemePreference, setThemePreference, type ThemePreference } from '../../lib/theme'
import type { Command } from './command'
import type { NewViewRequest } from './view-request'

export type WorkbenchView = 'search' | 'sources' | 'clippings' | 'drafts' | 'codebook'

export interface CommandDeps {
  navigate: (view: WorkbenchView) => void
  request: (request: NewViewRequest) => void
  openSource: (id: string) => void
  openDraft: (id: string) => void
  undo: () => void
  redo: () => void
  showShortcuts: () => void
  showPalette: () => void
  showDataLocation: () => void
  showBackups: () => void
  showWorkspaceDialog: (mode: 'open' | 'new') => void
  openRecentWorkspace: (workspace: RecentWorkspace) => void
  showAbout: () => void
  /** Find in the source being read, else filter the table in view. */
  find: () => void
  sources: readonly SourceRow[]
  /** Sources opened lately, most recent first: the palette offers them first. */
  recentSourceIds: readonly string[]
  drafts: readonly DraftSummary[]
  views: readonly SavedView[]
  /** Workspaces opened before, most recent first. */
  recentWorkspaces: readonly RecentWorkspace[]
  /** What Undo and Redo would do, where known: the native menu greys out the one with nothing to do. */
  history?: HistoryState | null
}

/** The shortcuts of the views, in the order of the navigation rail. */
export const VIEW_KEYS: Record<WorkbenchView, string> = {
  search: 'Ctrl+Shift+F',
  sources: 'Ctrl+1',
  clippings: 'Ctrl+2',
  drafts: 'Ctrl+3',
  codebook: 'Ctrl+4',
}

const THEME_TITLES: Record<ThemePreference, string> = {
  light: 'Theme: light',
  dark: 'Theme: dark',
  system: 'Theme: follow the system',
}

const VIEW_TITLES: Record<WorkbenchView, string> = {
  search: 'Search the workspace',
  sources: 'Go to Sources',
  clippings: 'Go to Clippings',
  drafts: 'Go to Drafts',
  codebook: 'Go to Codebook',
}

/** Commands that open a recent workspace: the File menu shows them as its Open recent submenu. */
export const RECENT_WORKSPACE_PREFIX = 'recent-workspace:'

/** The end of a folder's path, enough to tell two workspaces of one name apart: "…/2024/treaty-research". */
function pathTail(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean)
  return parts.length > 2 ? `…/${parts.slice(-2).join('/')}` : path
}

/** The other workspaces that can be opened, each named so that two of the same name can be told apart. */
function recentWorkspaceCommands(deps: CommandDeps): Command[] {
  const openable = deps.recentWorkspaces.filter((w) => !w.current && !w.missing)
  return openable.map((w): Command => {
    const namesakes = openable.filter((o) => o !== w && o.name === w.name)
    const where = namesakes.some((o) => pathTail(o.path) === pathTail(w.path)) ? w.path : pathTail(w.path)
    const label = namesakes.length > 0 ? `${w.name} (${where})` : w.name
    return { id: `${RECENT_WORKSPACE_PREFIX}${w.path}`, group: 'File', title: `Open recent workspace: ${label}`, menuTitle: label, run: () => deps.openRecentWorkspace(w) }
  })
}

/** Every command of the workbench, and one per source, draft and saved view to open it. */
export function appCommands(deps: CommandDeps): Command[] {
  const views = Object.keys(VIEW_TITLES) as WorkbenchView[]
  const recent = new Set(deps.recentSourceIds)
  const sourceOrder = [
    ...deps.recentSourceIds.flatMap((id) => deps.sources.filter((s) => s.id === id)),
    ...deps.sources.filter((s) => !recent.has(s.id)),
  ]
  return [
    { id: 'palette', group: 'Help', title: 'Show all commands', keys: 'Ctrl+K', run: deps.showPalette },
    { id: 'shortcuts', group: 'Help', title: 'Keyboard shortcuts', keys: '?', run: deps.showShortcuts },
    { id: 'data-location', group: 'Help', title: 'Where my data lives', run: deps.showDataLocation },
    { id: 'about', group: 'Help', title: 'About Clausewright', run: deps.showAbout },
    ...views.map((view): Command => ({ id: `view-${view}`, group: 'View', title: VIEW_TITLES[view], keys: VIEW_KEYS[view], run: () => deps.navigate(view) })),
    ...(Object.keys(THEME_TITLES) as ThemePreference[]).map((theme): Command => ({
      id: `theme-${theme}`,
      group: 'View',
      title: THEME_TITLES[theme],
      checked: getThemePreference() === theme,
      run: () => setThemePreference(theme),
    })),
    { id: 'new-workspace', group: 'File', title: 'New workspace…', run: () => deps.showWorkspaceDialog('new') },
    { id: 'open-workspace', group: 'File', title: 'Open workspace…', run: () => deps.showWorkspaceDialog('open') },
    ...recentWorkspaceCommands(deps),
    { id: 'import-files', group: 'File', title: 'Import files…', keys: 'Ctrl+O', run: () => deps.request({ kind: 'import-files' }) },
    { id: 'import-folder', group: 'File', title: 'Import folder…', run: () => deps.request({ kind: 'import-folder' }) },
    { id: 'new-source', group: 'File', title: 'New source from pasted text…', run: () => deps.request({ kind: 'new-source' }) },
    { id: 'backups', group: 'File', title: 'Backups and restore…', run: deps.showBackups },
    { id: 'new-draft', group: 'Draft', title: 'New draft…', run: () => deps.request({ kind: 'new-draft' }) },
    { id: 'import-pack', group: 'Draft', title: 'Import clause pack…', run: () => deps.request({ kind: 'import-pack' }) },
    { id: 'undo', group: 'Edit', title: 'Undo', keys: 'Ctrl+Z', enabled: deps.history ? deps.history.undoLabel !== null : undefined, run: deps.undo },
    { id: 'redo', group: 'Edit', title: 'Redo', keys: 'Ctrl+Shift+Z', enabled: deps.history ? deps.history.redoLabel !== null : undefined, run: deps.redo },
    { id: 'find', group: 'Edit', title: 'Find', keys: 'Ctrl+F', run: deps.find },
    ...sourceOrder.slice(0, 500).map((s): Command => ({ id: `source-${s.id}`, group: 'File', title: `Open source: ${s.title}`, run: () => deps.openSource(s.id) })),
    ...deps.drafts.map((d): Command => ({ id: `draft-${d.id}`, group: 'Draft', title: `Open draft: ${d.title}`, run: () => deps.openDraft(d.id) })),
    ...deps.views.map((v): Command => ({ id: `saved-view-${v.id}`, group: 'View', title: `Apply view: ${v.name}`, run: () => deps.request({ kind: 'apply-view', viewId: v.id }) })),
  ]
}

/** Commands whose shortcuts the workbench binds itself; Undo and Redo have a binding of their own. */
export function boundCommands(commands: readonly Command[]): Command[] {
  return commands.filter((c) => c.keys && c.id !== 'undo' && c.id !== 'redo')
}
