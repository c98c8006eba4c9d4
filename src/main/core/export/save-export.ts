import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { ExportFormat, SavedExport } from '../../../shared/api'
import { writeFileDurable } from '../durable-write'
import type { WorkspaceStore } from '../workspace-store'
import { exportDraft } from './export-draft'

/** How a host asks the user where to save a file: a path, or null when they cancel. */
export type ChooseSavePath = (suggestedName: string) => Promise<string | null>

/** Exports a draft, asks where to put it, and writes it atomically there. */
export async function saveExport(
  store: WorkspaceStore,
  choose: ChooseSavePath,
  id: string,
  format: ExportFormat,
  options: { date?: string } = {},
): Promise<SavedExport> {
  // Export first: a misquotation stops here, before the user is asked anything.
  const exported = await exportDraft(store, id, format, options)
  const path = await choose(exported.fileName)
  if (path === null) return { path: null }
  await writeFileDurable(store.fs, path, exported.content)
  return { path }
}

/**
 * The chooser of a host that has no save dialog (the browser host): the
 * workspace's exports/ folder, under a name no earlier export has taken.
 */
export function exportsFolderChooser(store: WorkspaceStore): ChooseSavePath {
  return async (suggestedName) => {
    const dir = join(store.dir, 'exports')
    await store.fs.mkdir(dir)
    const ext = extname(suggestedName)
    const stem = suggestedName.slice(0, suggestedName.length - ext.length)
    for (let n = 1; ; n++) {
      const path = join(dir, n === 1 ? suggestedName : `${stem}-${n}${ext}`)
      if (!(await exists(path))) return path
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK)
    return true
  } catch {
    return false
  }
}
