// Run in a child process by the renderer bench: opens a workspace the way a
// host does (the core, its workers, the handlers), lists the clippings as the
// window does at start, and prints this process's memory at each step as JSON.
// Alone in its process, the figures hold only the core, as in Electron's main process.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createHandlers } from '../../src/main/core/api-handlers'
import { openAppCore } from '../../src/main/core/app-core'
import { dispatch } from '../../src/main/core/dispatch'
import { exportsFolderChooser } from '../../src/main/core/export/save-export'
import { findResourcesDir } from '../../src/main/core/resources'
import { collectGarbage } from './measure'

export interface CoreMemory {
  /** RSS with the code loaded, before opening the workspace. */
  beforeMb: number
  /** RSS right after the clippings were listed, the list still held (as while the reply goes out). */
  listedMb: number
  /** RSS and heap once the list is dropped and the search index is built (or after waitMs). */
  settledMb: number
  settledHeapMb: number
  searchReady: boolean
  clippings: number
}

const MB = 1024 * 1024
const rss = () => process.memoryUsage().rss / MB

async function measureCore(dir: string, waitMs: number): Promise<CoreMemory> {
  collectGarbage()
  const beforeMb = rss()
  const core = await openAppCore(dir, { resourcesDir: findResourcesDir(import.meta.dirname), sample: false })
  try {
    let listed = await dispatch(createHandlers(core, exportsFolderChooser(core.store)), 'clippings.list', {})
    if (!listed.ok) throw new Error(listed.error.message)
    const clippings = (listed.data as unknown[]).length
    const listedMb = rss()
    listed = { ok: true, data: null }
    const deadline = Date.now() + waitMs
    while (!core.search.status().ready && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    collectGarbage()
    return { beforeMb, listedMb, settledMb: rss(), settledHeapMb: process.memoryUsage().heapUsed / MB, searchReady: core.search.status().ready, clippings }
  } finally {
    await core.close()
  }
}

/** Runs measureCore in a fresh Node process (with tsx, and gc exposed), so nothing else shares its memory. */
export function coreMemory(dir: string, waitMs: number): Promise<CoreMemory> {
  const args = ['--expose-gc', '--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url), dir, String(waitMs)]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 1024 * 1024, timeout: 300_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`core memory probe failed: ${err.message}\n${stderr}`))
      const line = stdout.trim().split('\n').pop() ?? ''
      try {
        resolve(JSON.parse(line) as CoreMemory)
      } catch {
        reject(new Error(`core memory probe printed no result: ${stdout}\n${stderr}`))
      }
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: core-memory.ts WORKSPACE_DIR [WAIT_MS]')
  console.log(JSON.stringify(await measureCore(dir, Number(process.argv[3] ?? 120_000))))
}
