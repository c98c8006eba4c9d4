import { History } from './history'
import { ExtractionService } from './import/extraction-service'
import { initWorkspace, openOrInitWorkspace, type InitOptions } from './init-workspace'
import { SearchService } from './search/search-service'
import { lockWorkspace, type WorkspaceLock } from './workspace-lock'
import type { WorkspaceStore } from './workspace-store'

/** Everything a host (Electron, the browser host, tests) runs over one workspace. */
export interface AppCore {
  store: WorkspaceStore
  extraction: ExtractionService
  search: SearchService
  history: History
  close(): Promise<void>
}

/** Opens (or creates) a workspace and starts its import and search workers. */
export async function openAppCore(dir: string, options: InitOptions): Promise<AppCore> {
  const store = await openOrInitWorkspace(dir, options)
  return assemble(store, await lockWorkspace(store.dir))
}

/** Like openAppCore, for a workspace that must be new. */
export async function createAppCore(dir: string, options: InitOptions): Promise<AppCore> {
  const store = await initWorkspace(dir, options)
  return assemble(store, await lockWorkspace(store.dir))
}

function assemble(store: WorkspaceStore, lock: WorkspaceLock): AppCore {
  const extraction = new ExtractionService()
  const search = new SearchService(store)
  // Build the search index in the background from the start, so the first search is quick.
  search.start()
  return {
    store,
    extraction,
    search,
    history: new History(store),
    close: async () => {
      await Promise.all([extraction.close(), search.close()])
      await lock.release()
    },
  }
}
