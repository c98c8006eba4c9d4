import type { DraftSummary, SourceRow } from '../../../../shared/api'
import type { SavedView } from '../../../../shared/views'
import { setThemePreference, type ThemePreference } from '../../lib/theme'
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
  sources: readonly SourceRow[]
  /** Sources opened lately, most recent first: the palette offers them first. */
  recentSourceIds: readonly string[]
  drafts: readonly DraftSummary[]
  views: readonly SavedView[]
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
    ...views.map((view): Command => ({ id: `view-${view}`, group: 'View', title: VIEW_TITLES[view], keys: VIEW_KEYS[view], run: () => deps.navigate(view) })),
    ...(Object.keys(THEME_TITLES) as ThemePreference[]).map((theme): Command => ({ id: `theme-${theme}`, group: 'View', title: THEME_TITLES[theme], run: () => setThemePreference(theme) })),
    { id: 'import-files', group: 'File', title: 'Import files…', keys: 'Ctrl+O', run: () => deps.request({ kind: 'import-files' }) },
    { id: 'import-folder', group: 'File', title: 'Import folder…', run: () => deps.request({ kind: 'import-folder' }) },
    { id: 'new-source', group: 'File', title: 'New source from pasted text…', run: () => deps.request({ kind: 'new-source' }) },
    { id: 'backups', group: 'File', title: 'Backups and restore…', run: deps.showBackups },
    { id: 'new-draft', group: 'Draft', title: 'New draft…', run: () => deps.request({ kind: 'new-draft' }) },
    { id: 'import-pack', group: 'Draft', title: 'Import clause pack…', run: () => deps.request({ kind: 'import-pack' }) },
    { id: 'undo', group: 'Edit', title: 'Undo', keys: 'Ctrl+Z', run: deps.undo },
    { id: 'redo', group: 'Edit', title: 'Redo', keys: 'Ctrl+Shift+Z', run: deps.redo },
    ...sourceOrder.slice(0, 500).map((s): Command => ({ id: `source-${s.id}`, group: 'File', title: `Open source: ${s.title}`, run: () => deps.openSource(s.id) })),
    ...deps.drafts.map((d): Command => ({ id: `draft-${d.id}`, group: 'Draft', title: `Open draft: ${d.title}`, run: () => deps.openDraft(d.id) })),
    ...deps.views.map((v): Command => ({ id: `saved-view-${v.id}`, group: 'View', title: `Apply view: ${v.name}`, run: () => deps.request({ kind: 'apply-view', viewId: v.id }) })),
  ]
}

/** Commands whose shortcuts the workbench binds itself; Undo and Redo have a binding of their own. */
export function boundCommands(commands: readonly Command[]): Command[] {
  return commands.filter((c) => c.keys && c.id !== 'undo' && c.id !== 'redo')
}
