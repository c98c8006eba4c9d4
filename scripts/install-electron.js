// Runs Electron's own binary download (its install script is denied in
// package.json so that a failed download cannot fail `npm install`).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let installer
try {
  installer = require.resolve('electron/install.js')
} catch {
  console.log('clausewright: electron is not installed; the desktop shell is unavailable.')
  process.exit(0)
}
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 })
if (result.status === 0) {
  console.log('clausewright: Electron binary installed.')
} else {
  const reason = String(result.stderr ?? '').split('\n').find((l) => l.trim()) ?? 'no network'
  console.log(
    `clausewright: the Electron binary could not be downloaded (${reason.trim().slice(0, 160)}).\n` +
      'clausewright: the desktop shell is unavailable here; "npm start" and the end-to-end tests use Chromium instead.',
  )
}
