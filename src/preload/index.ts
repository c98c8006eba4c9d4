import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { apiMethods, menuCommandChannel, type WindowApi, type WindowEvents } from '../shared/api'

// One function per operation, each bound to its own channel: the renderer
// never gets a generic invoke.
const operations = Object.fromEntries(
  apiMethods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input)]),
) as WindowApi

// The one message main sends the window: the id of a native menu item the
// user chose. The callback gets that string only, never the IPC event.
const onMenuCommand: NonNullable<WindowEvents['onMenuCommand']> = (run) => {
  const listener = (_event: IpcRendererEvent, commandId: unknown) => {
    if (typeof commandId === 'string') run(commandId)
  }
  ipcRenderer.on(menuCommandChannel, listener)
  return () => {
    ipcRenderer.removeListener(menuCommandChannel, listener)
  }
}

const api: WindowApi & WindowEvents = { ...operations, onMenuCommand }

contextBridge.exposeInMainWorld('api', api)
