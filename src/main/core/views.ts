import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import type { saveViewInput, SavedView } from '../../shared/views'
import { newId } from '../../shared/ids'
import type { WorkspaceStore } from './workspace-store'

export function listViews(store: WorkspaceStore): SavedView[] {
  return store.views.data.views
}

/** Saves a named table view; an existing id (or the same name on the same table) is replaced. */
export async function saveView(store: WorkspaceStore, input: z.output<typeof saveViewInput>): Promise<SavedView> {
  const views = store.views.data.views
  const existing = views.find((v) => v.id === input.id) ?? views.find((v) => v.table === input.table && v.name === input.name)
  if (input.id && !existing) throw new AppError({ code: 'not-found', message: `No saved view with id ${input.id}.` })
  const view: SavedView = { id: existing?.id ?? newId('view'), name: input.name, table: input.table, state: input.state }
  const next = existing ? views.map((v) => (v.id === view.id ? view : v)) : [...views, view]
  await store.saveViews({ ...store.views.data, views: next })
  return view
}

export async function deleteView(store: WorkspaceStore, id: string): Promise<boolean> {
  const views = store.views.data.views
  if (!views.some((v) => v.id === id)) return false
  await store.saveViews({ ...store.views.data, views: views.filter((v) => v.id !== id) })
  return true
}
