import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { apiMethods, menuCommandChannel } from '../shared/api'

/*
 * Static guards on the Electron shell, read from the sources' syntax trees
 * (not by running Electron, which CI may not have): the window's security
 * settings, what navigation and new windows do, the permission handlers, no
 * <webview>, and one place where IPC handlers are registered. Each test
 * names the promise of the README's Security section it keeps.
 */
const root = join(import.meta.dirname, '..', '..')
const read = (rel: string) => readFileSync(join(root, rel), 'utf8')
const parse = (rel: string) => ts.createSourceFile(rel, read(rel), ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)

function descendants(node: ts.Node): ts.Node[] {
  const out: ts.Node[] = []
  const visit = (n: ts.Node) => {
    out.push(n)
    n.forEachChild(visit)
  }
  visit(node)
  return out
}

function filesUnder(rel: string, pattern: RegExp): string[] {
  return readdirSync(join(root, rel), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

const mainSource = parse('src/main/index.ts')
const mainNodes = descendants(mainSource)
const calls = (file: ts.Node[], method: string) =>
  file.filter((n): n is ts.CallExpression => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === method)
const eventHandler = (event: string) =>
  calls(mainNodes, 'on').find((call) => ts.isStringLiteral(call.arguments[0] as ts.Node) && (call.arguments[0] as ts.StringLiteral).text === event)

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const found = object.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name)
  return found?.initializer
}

/** The handler's first statement, when it is `<its first parameter>.preventDefault()`: nothing can run before it. */
function preventsFirst(handler: ts.Expression | undefined): boolean {
  if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return false
  const first = ts.isBlock(handler.body) ? handler.body.statements[0]?.getText() : handler.body.getText()
  return first?.replace(/;$/, '') === `${handler.parameters[0]?.name.getText()}.preventDefault()`
}

describe('the Electron window and session', () => {
  it('every BrowserWindow is sandboxed, isolated, without Node and with web security', () => {
    const windows = mainNodes.filter((n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText() === 'BrowserWindow')
    expect(windows.length).toBeGreaterThan(0)
    for (const win of windows) {
      const options = win.arguments?.[0]
      expect(options && ts.isObjectLiteralExpression(options)).toBe(true)
      const prefs = property(options as ts.ObjectLiteralExpression, 'webPreferences')
      expect(prefs && ts.isObjectLiteralExpression(prefs)).toBe(true)
      const settings = Object.fromEntries(
        (prefs as ts.ObjectLiteralExpression).properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer.getText()]),
      )
      expect(settings).toMatchObject({ sandbox: 'true', contextIsolation: 'true', nodeIntegration: 'false', webSecurity: 'true' })
      for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'webviewTag']) {
        expect(settings[risky] ?? 'false', risky).toBe('false')
      }
    }
  })

  it('navigation is prevented before anything else, and new windows are always denied', () => {
    expect(preventsFirst(eventHandler('will-navigate')?.arguments[1])).toBe(true)
    const openHandlers = calls(mainNodes, 'setWindowOpenHandler')
    expect(openHandlers).toHaveLength(1)
    const returns = descendants(openHandlers[0] as ts.Node).filter(ts.isReturnStatement)
    expect(returns.length).toBeGreaterThan(0)
    for (const r of returns) expect(r.expression?.getText().replace(/\s+/g, ' ')).toBe("{ action: 'deny' }")
  })

  it('permission requests and checks are answered by handlers, and every request off file: is cancelled', () => {
    expect(calls(mainNodes, 'setPermissionRequestHandler')).toHaveLength(1)
    expect(calls(mainNodes, 'setPermissionCheckHandler')).toHaveLength(1)
    const onBefore = calls(mainNodes, 'onBeforeRequest')
    expect(onBefore).toHaveLength(1)
    expect(onBefore[0]?.getText()).toMatch(/cancel: !details\.url\.startsWith\('file:'\)/)
  })

  it('no <webview>: none in the renderer or the page, and any attempt to attach one is prevented', () => {
    expect(preventsFirst(eventHandler('will-attach-webview')?.arguments[1])).toBe(true)
    const renderer = [...filesUnder('src/renderer', /\.(tsx?|html)$/), 'src/main/index.ts']
    const offenders = renderer.filter((rel) => /<webview\b|webviewTag\s*:\s*true/i.test(read(rel)))
    expect(offenders).toEqual([])
  })
})

describe('IPC', () => {
  it('handlers are registered only in src/main/ipc/register.ts', () => {
    // Any file that names ipcMain at all, so that an alias (const m = ipcMain) is caught too.
    const registering = filesUnder('src', /\.tsx?$/).filter((rel) => !rel.endsWith('.test.ts') && /\bipcMain\b/.test(read(rel)))
    expect(registering).toEqual(['src/main/ipc/register.ts'])
  })

  it('register.ts handles exactly the contract, each call checked against its sender before the core sees it', () => {
    const nodes = descendants(parse('src/main/ipc/register.ts'))
    const handles = calls(nodes, 'handle')
    expect(handles).toHaveLength(1)
    const loop = nodes.find(ts.isForOfStatement)
    expect(loop?.expression.getText()).toBe('apiMethods')
    expect(apiMethods.length).toBeGreaterThan(0)
    const handler = handles[0]?.arguments[1]
    expect(handler && ts.isArrowFunction(handler) && ts.isBlock(handler.body)).toBe(true)
    const first = ((handler as ts.ArrowFunction).body as ts.Block).statements[0]
    expect(first?.getText()).toMatch(/^if \(!isTrustedSender\(event\)\)/)
  })

  it('the preload exposes one function per operation and the menu subscription through contextBridge, and nothing else', () => {
    const preload = read('src/preload/index.ts')
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('api', api\)/)
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1)
    expect(preload).not.toMatch(/ipcRenderer\.(?:send|sendSync|postMessage)\b|require\(/)
    // ipcRenderer is reached only through these three uses, each on a fixed channel.
    const nodes = descendants(parse('src/preload/index.ts'))
    const uses = nodes.filter((n): n is ts.PropertyAccessExpression => ts.isPropertyAccessExpression(n) && n.expression.getText() === 'ipcRenderer')
    expect(uses.map((u) => u.name.text).sort()).toEqual(['invoke', 'on', 'removeListener'])
    const channelOf = (name: string) => calls(nodes, name).find((c) => c.expression.getText() === `ipcRenderer.${name}`)?.arguments[0]?.getText()
    expect(channelOf('invoke')).toBe('method')
    expect(nodes.find(ts.isCallExpression)?.getText()).toMatch(/^Object\.fromEntries\(\s*apiMethods\.map\(\(method\) =>/)
    expect(channelOf('on')).toBe('menuCommandChannel')
    expect(channelOf('removeListener')).toBe('menuCommandChannel')
  })

  it('the menu subscription hands the page the chosen command id only, never the IPC event', () => {
    const nodes = descendants(parse('src/preload/index.ts'))
    const on = calls(nodes, 'on').find((c) => c.expression.getText() === 'ipcRenderer.on')
    const listenerName = on?.arguments[1]?.getText()
    const listener = nodes.find((n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === listenerName)?.initializer
    expect(listener && ts.isArrowFunction(listener)).toBe(true)
    const [event, id] = (listener as ts.ArrowFunction).parameters.map((p) => p.name.getText())
    expect(event).toMatch(/^_/)
    const body = (listener as ts.ArrowFunction).body.getText()
    expect(body).not.toContain(event as string)
    expect(body).toMatch(new RegExp(`typeof ${id} === 'string'\\) run\\(${id}\\)`))
  })

  it('main sends the window one message, the chosen menu item, on a channel of its own', () => {
    expect(apiMethods as string[]).not.toContain(menuCommandChannel)
    // core never imports electron (ESLint enforces it), so its sends are to its worker threads, not to a page.
    const mainFiles = filesUnder('src/main', /\.ts$/).filter((rel) => !rel.endsWith('.test.ts') && !rel.startsWith('src/main/core/'))
    const sends = mainFiles.flatMap((rel) => calls(descendants(parse(rel)), 'send').map((call) => ({ rel, call })))
    expect(sends.map(({ rel, call }) => `${rel}: ${call.expression.getText()}(${call.arguments[0]?.getText()})`)).toEqual([
      'src/main/index.ts: mainWindow.webContents.send(menuCommandChannel)',
    ])
    // Nothing else in main reaches into the page.
    for (const rel of mainFiles) expect(read(rel), rel).not.toMatch(/\b(?:sendSync|postMessage|sendToFrame|executeJavaScript)\b/)
    expect(filesUnder('src', /\.tsx?$/).filter((rel) => !rel.endsWith('.test.ts') && /\bipcRenderer\b/.test(read(rel)))).toEqual(['src/preload/index.ts'])
  })

  it('the native menu is built from the contract\'s operation, with its input parsed like every other call', () => {
    expect(apiMethods).toContain('app.setMenu')
    // The Electron host replaces the core's no-op with its own handler, and registers it with the others.
    const bind = mainNodes.filter((n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText() === 'registerIpc')
    expect(bind).toHaveLength(1)
    expect(bind[0]?.arguments[0]?.getText()).toBe("{ ...handlers, 'app.setMenu': showMenu }")
    expect(bind[0]?.arguments[1]?.getText()).toBe('isTrustedSender')
  })
})
