import { apiMethods, type ApiMethod, type ReadingProgress } from '../../shared/api'
import { listHandlers, type ApiHandlers, type ListMethod } from './api-handlers'
import { FIRST_WAVE_SOURCES, type WorkspaceStore } from './workspace-store'

/**
 * The workspace a host is opening, as read so far: pass `observe` as the
 * store's `onReading`. Once its first wave of sources is read (all of them,
 * in a smaller workspace), `firstScreen` settles and `read` holds the store
 * with those sources only, and how far the reading has got since.
 */
export class WorkspaceReading {
  private first: WorkspaceStore | null = null
  private progress: ReadingProgress | null = null
  private markFirstScreen: () => void = () => undefined
  readonly firstScreen = new Promise<void>((resolve) => (this.markFirstScreen = resolve))

  readonly observe = (store: WorkspaceStore, progress: ReadingProgress): void => {
    this.progress = progress
    if (!this.first && progress.sourcesRead >= Math.min(progress.sourcesTotal, FIRST_WAVE_SOURCES)) {
      this.first = withSourcesSoFar(store)
      this.markFirstScreen()
    }
  }

  get read(): { store: WorkspaceStore; progress: ReadingProgress } | null {
    return this.first && this.progress ? { store: this.first, progress: this.progress } : null
  }
}

/**
 * The store with the sources it holds now, and only those, while reading
 * goes on into the store itself. The window's lists then agree with one
 * another (the counts with the rows), and stay small: the window holds them
 * until the whole workspace replaces them, and copying tens of thousands of
 * rows read meanwhile would only delay the whole list.
 */
function withSourcesSoFar(store: WorkspaceStore): WorkspaceStore {
  // Everything else (codebook, views, drafts, metadata) is read through to the store.
  return Object.create(store, { sources: { value: new Map(store.sources) } }) as WorkspaceStore
}

const listMethods: ReadonlySet<ApiMethod> = new Set<ListMethod>(['workspace.info', 'sources.list', 'clippings.list', 'codebook.list', 'views.list', 'drafts.list'])

/**
 * The handlers a host binds while its workspace opens, so the window can
 * appear at once. The lists (workspace.info, sources, clippings...) answer
 * from the first sources read, once they are in; every other
 * operation, and every change, waits for the open workspace and then runs
 * there. When the open fails, each call gets its error.
 */
export function handlersWhileOpening(reading: WorkspaceReading, ready: Promise<ApiHandlers>): ApiHandlers {
  let state: 'opening' | 'open' | 'failed' = 'opening'
  const settled = ready.then(
    () => void (state = 'open'),
    () => void (state = 'failed'),
  )
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    if (listMethods.has(method)) {
      await Promise.race([reading.firstScreen, settled])
      const read = reading.read
      if (state === 'opening' && read) {
        const list = listHandlers(read.store, read.progress)[method as ListMethod] as (input: unknown) => unknown
        return list(input)
      }
    }
    const handler = (await ready)[method] as (input: unknown) => unknown
    return handler(input)
  }
  return Object.fromEntries(apiMethods.map((method) => [method, (input: unknown) => call(method, input)])) as unknown as ApiHandlers
}
