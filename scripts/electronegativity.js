// Runs Doyensec's Electronegativity over the Electron side of the app: the
// main-process and preload sources, the whole build (main, preload, and the
// renderer as it ships: its page and bundle), and package.json (for the
// Electron version). Prints the findings
// and their counts by severity; exits 1 on any HIGH finding, and on any
// MEDIUM finding not accepted below with its reason, so that a new one
// needs a decision rather than slipping through.
//
// Offline by construction: Electronegativity fetches translations and
// Electron's release list over HTTPS (through "got"). Here "got" is replaced
// by a stub that fails at once, so nothing leaves the machine, the bundled
// English texts are used, and the one check that needs the release list
// (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: "is there a newer patch release?")
// is skipped and said to be skipped. Run after `electron-vite build`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const Module = require('node:module')

/*
 * MEDIUM findings accepted, by check and file (sources and their build):
 *
 * AUXCLICK_JS_CHECK (src/main/index.ts, out/main/index.js): a middle click
 *   on a link asks for a new window. Every new window is refused by
 *   setWindowOpenHandler ({ action: 'deny' }), which only hands well-formed
 *   http, https and mailto URLs to the system browser; imported documents
 *   are shown as text and hold no links. Disabling the Auxclick feature
 *   would add nothing.
 * PRELOAD_JS_CHECK (same files): the window has a preload. It is the
 *   sandboxed CommonJS forwarder generated from the contract (one function
 *   per operation over ipcRenderer.invoke, exposed with contextBridge, no
 *   Node APIs); scripts/check-build.js checks it requires only electron.
 * OPEN_EXTERNAL_JS_CHECK (same files): shell.openExternal is called from the
 *   will-navigate and window-open handlers, each time behind
 *   isSafeExternalUrl (src/main/core/external-url.ts, unit-tested): only
 *   http, https with a host and no credentials, and mailto.
 *
 * LOW, noted: CSP_GLOBAL_CHECK says "script-src 'self'" can be a risk where
 * an origin serves user files. The renderer's origin holds only the build;
 * imported documents are stored in the workspace, never loaded as pages,
 * and every request but file: is cancelled (lockDownSessions).
 */
const ACCEPTED_MEDIUM = [
  { id: 'AUXCLICK_JS_CHECK', files: ['src/main/index.ts', 'out/main/index.js'] },
  { id: 'PRELOAD_JS_CHECK', files: ['src/main/index.ts', 'out/main/index.js'] },
  { id: 'OPEN_EXTERNAL_JS_CHECK', files: ['src/main/index.ts', 'out/main/index.js'] },
]
// Electronegativity names checks by class, lower-cased, in its exclude list.
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

// What is scanned, copied into one folder so the scanner sees the app and not node_modules.
const INPUTS = ['package.json', 'src/main', 'src/preload', 'out/main', 'out/preload', 'out/renderer']

function offlineGot() {
  const refuse = () => Promise.reject(new Error('offline: Electronegativity is run without network access'))
  return Object.assign(refuse, { get: refuse, head: refuse })
}

function loadElectronegativity() {
  const load = Module._load
  Module._load = function (request, parent, isMain) {
    if (request === 'got' && parent?.filename?.includes('electronegativity')) return offlineGot()
    return load.call(this, request, parent, isMain)
  }
  // The bundled texts are en-US; any other LANG would only ask the network for its translation.
  process.env.LANG = 'en-US'
  return require('@doyensec/electronegativity')
}

function stage() {
  const missing = INPUTS.filter((input) => !existsSync(input))
  if (missing.length > 0) {
    console.error(`electronegativity: ${missing.join(', ')} missing; run "electron-vite build" first`)
    process.exit(1)
  }
  const dir = mkdtempSync(join(tmpdir(), 'cw-electronegativity-'))
  for (const input of INPUTS) cpSync(input, join(dir, input), { recursive: true })
  return dir
}

const isAccepted = (issue) => ACCEPTED_MEDIUM.some((a) => a.id === issue.id && a.files.includes(issue.file))

async function main() {
  const run = loadElectronegativity()
  const dir = stage()
  // Its one complaint about the stubbed network ("could not retrieve updated translations") is expected here.
  const log = console.log
  console.log = (...args) => (/updated translations/.test(String(args[0])) ? undefined : log(...args))
  let result
  try {
    result = await run({
      input: dir,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: SKIPPED_CHECKS.map((name) => name.toLowerCase()),
      parserPlugins: [],
    })
  } finally {
    console.log = log
    rmSync(dir, { recursive: true, force: true })
  }

  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 }
  const failures = []
  for (const issue of result.issues) {
    counts[issue.severity.name]++
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`
    const accepted = issue.severity.name === 'MEDIUM' && isAccepted(issue)
    const verdict = issue.severity.name === 'HIGH' ? 'FAIL' : issue.severity.name === 'MEDIUM' ? (accepted ? 'accepted' : 'FAIL (not reviewed)') : 'noted'
    console.log(`  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(36)} ${where.padEnd(28)} ${verdict}: ${issue.description}`)
    if (verdict.startsWith('FAIL')) failures.push(`${issue.id} in ${where}`)
  }
  // A file the scanner cannot parse is a file it did not check.
  for (const error of result.errors.filter((e) => !e.tolerable)) failures.push(`could not parse ${error.file}: ${error.message}`)
  for (const error of result.errors.filter((e) => e.tolerable)) console.log(`  parsed with a warning: ${error.file}: ${error.message}`)

  console.log(
    `electronegativity: ${result.globalChecks + result.atomicChecks} checks (${SKIPPED_CHECKS.join(', ')} skipped: it needs the network); ` +
      `findings: ${counts.HIGH} high, ${counts.MEDIUM} medium, ${counts.LOW} low, ${counts.INFORMATIONAL} informational`,
  )
  if (failures.length > 0) {
    for (const failure of failures) console.error(`electronegativity failed: ${failure}`)
    process.exit(1)
  }
}

await main()
