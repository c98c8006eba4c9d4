import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session, shell, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron'
import { createHandlers, type ApiHandlers } from './core/api-handlers'
import type { AppCore } from './core/app-core'
import { isSafeExternalUrl } from './core/external-url'
import { handlersWhileOpening, WorkspaceReading } from './core/opening-handlers'
import { processShell, readAppPackage, type HostServices } from './core/host-handlers'
import { RecentWorkspaces, recentWorkspacesFile } from './core/recent-workspaces'
import { findResourcesDir } from './core/resources'
import { chooseStartWorkspace, userDataDir } from './core/workspace-location'
import { openStartWorkspace, WorkspaceSession } from './core/workspace-session'
import { registerIpc } from './ipc/register'
import { buildMenu } from './menu'
import { menuCommandChannel, type AppMenuModel } from '../shared/api'

const rendererIndex = join(import.meta.dirname, '../renderer/index.html')
const rendererUrl = new URL(`file://${rendererIndex}`).href
let mainWindow: BrowserWindow | null = null

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url === rendererUrl
  )
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Clausewright',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  // The app never navigates: links to the web open in the system browser.
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault()
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void win.loadFile(rendererIndex)
  return win
}

/** The system's save dialog, opened over the window, starting in the user's documents folder. */
async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** The system's folder dialog, for File → Open workspace and New workspace. */
async function chooseFolder(purpose: 'open' | 'create'): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: purpose === 'open' ? 'Open workspace' : 'New workspace',
    buttonLabel: purpose === 'open' ? 'Open' : 'Choose',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** A native menu item was chosen: the renderer runs the command of that id from its own list. */
function sendMenuCommand(commandId: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(menuCommandChannel, commandId)
}

function showMenu(model: AppMenuModel | null): { applied: boolean } {
  Menu.setApplicationMenu(buildMenu(model, sendMenuCommand))
  return { applied: true }
}

function lockDownSessions(): void {
  // Writing text to the clipboard ("Copy Markdown") is the one permission the workbench uses.
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write'
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed(permission)))
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowed(permission))
  // Nothing is ever fetched from the network: the workbench runs air-gapped.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('devtools:') })
  })
}

async function start(): Promise<void> {
  const choice = chooseStartWorkspace(process.argv)
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : findResourcesDir(import.meta.dirname)
  const dataDir = userDataDir()
  // The window opens while the workspace is read: its lists answer from the first sources read.
  const reading = new WorkspaceReading()
  const opening = openStartWorkspace(choice, { resourcesDir, onReading: reading.observe })
  const ready = opening.then(async (core) => {
    const workspaces = await WorkspaceSession.start(core, { resourcesDir, recents: new RecentWorkspaces(recentWorkspacesFile(dataDir)) })
    const host: HostServices = { session: workspaces, shell: processShell(readAppPackage(join(app.getAppPath(), 'package.json'))), dataDir, chooseFolder }
    const handlersFor = (open: AppCore): ApiHandlers => createHandlers(open, chooseSavePath, host)
    return { workspaces, handlersFor }
  })
  // Each (re)binding registers every channel; the native menu is the host's own.
  const bind = (handlers: ApiHandlers) => registerIpc({ ...handlers, 'app.setMenu': showMenu }, isTrustedSender)
  lockDownSessions()
  bind(handlersWhileOpening(reading, ready.then((r) => r.handlersFor(r.workspaces.core))))
  showMenu(null)
  mainWindow = createWindow()
  let workspaces: WorkspaceSession
  try {
    const opened = await ready
    workspaces = opened.workspaces
    bind(opened.handlersFor(workspaces.core))
    // After a switch of workspace the renderer reloads itself; its calls must reach the new core.
    workspaces.onSwitch((next) => bind(opened.handlersFor(next)))
  } catch (err) {
    dialog.showErrorBox('Clausewright cannot open the workspace', (err as Error).message)
    app.exit(1)
    return
  }
  // Quitting waits for the core to close: it takes the closing backup and releases the lock.
  let closing: Promise<void> | null = null
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closing ??= workspaces
      .close()
      .catch((err: unknown) => console.error('[clausewright] closing the workspace failed:', err))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(start)
}
