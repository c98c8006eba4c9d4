// `npm start`: the Electron app where its binary is installed, else the same
// UI in a Chromium app window with the core running in this process.
// Options: --workspace DIR (else CLAUSEWRIGHT_WORKSPACE, else the default
// workspace, which a first start fills with the sample content).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const electron = electronBinary()

if (electron) {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  const { chooseWorkspace, launchBrowserHost, userDataDir } = await import('../out/main/browser-host.js')
  const choice = chooseWorkspace(args)
  console.log('Electron binary not installed: opening Clausewright in a Chromium app window instead.')
  const host = await launchBrowserHost({
    workspaceDir: choice.dir,
    sample: choice.isDefault,
    rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    headless: false,
    profileDir: join(userDataDir(), 'browser-host'),
  })
  console.log(`Workspace: ${choice.dir}`)
  host.context.on('close', () => process.exit(0))
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
