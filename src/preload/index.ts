import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, type WindowApi } from '../shared/api'

// One function per operation, each bound to its own channel: the renderer
// never gets a generic invoke.
const api = Object.fromEntries(
  apiMethods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input)]),
) as WindowApi

contextBridge.exposeInMainWorld('api', api)
