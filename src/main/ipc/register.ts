import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { apiMethods } from '../../shared/api'
import type { ApiHandlers } from '../core/api-handlers'
import { dispatch } from '../core/dispatch'

/**
 * One IPC handler per operation of the contract. Each checks that the call
 * comes from our own window's top frame before the core sees it. Calling
 * this again (after a switch of workspace) rebinds every channel to the
 * new handlers.
 */
export function registerIpc(handlers: ApiHandlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of apiMethods) {
    ipcMain.removeHandler(method)
    ipcMain.handle(method, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Clausewright window.' } }
      }
      return dispatch(handlers, method, input)
    })
  }
}
