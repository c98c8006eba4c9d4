import type { BrowserContext } from 'playwright-core'
import { apiMethods } from '../shared/api'
import type { ApiHandlers } from '../main/core/api-handlers'
import { dispatch } from '../main/core/dispatch'

const BINDING = '__clausewrightInvoke'

/**
 * Gives every page of the context the same `window.api` the preload gives
 * the Electron window (one function per operation, generated from the
 * contract), backed by the real core running in this Node process. A
 * binding cannot be exposed twice, so a host that switches workspaces
 * passes a function that returns the handlers bound now.
 */
export async function bindApi(context: BrowserContext, handlers: ApiHandlers | (() => ApiHandlers)): Promise<void> {
  const current = typeof handlers === 'function' ? handlers : () => handlers
  // Results cross as one JSON string: Playwright's own serialisation walks
  // each value and took about 40 s for the 100,000 rows of clippings.list,
  // against well under a second as a string. Results are plain JSON data,
  // as Electron's IPC carries them too.
  await context.exposeBinding(BINDING, async (_source, method: unknown, input: unknown) =>
    JSON.stringify(await dispatch(current(), method, input)),
  )
  const methods = JSON.stringify(apiMethods)
  await context.addInitScript(`(() => {
    const invoke = window[${JSON.stringify(BINDING)}];
    const api = {};
    for (const method of ${methods}) api[method] = async (input) => JSON.parse(await invoke(method, input));
    Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
  })()`)
}
