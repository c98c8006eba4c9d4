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
  await context.exposeBinding(BINDING, (_source, method: unknown, input: unknown) => dispatch(current(), method, input))
  const methods = JSON.stringify(apiMethods)
  await context.addInitScript(`(() => {
    const invoke = window[${JSON.stringify(BINDING)}];
    const api = {};
    for (const method of ${methods}) api[method] = (input) => invoke(method, input);
    Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
  })()`)
}
