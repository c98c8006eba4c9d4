import { writeSync } from 'node:fs'
import { nodeFs, type FsOps } from '../fs-ops'
import { History } from '../history'
import { WorkspaceStore } from '../workspace-store'
import { SeededRandom } from './seeded-random'
import { planEdit } from './stress-edits'
import { compareEntities, entityChanges, workspaceEntities } from './workspace-entities'

/*
 * The child process of the crash harness: opens a workspace with the real
 * core and edits it forever, one seeded random edit at a time, until it is
 * killed. Protocol on stdout, one line each:
 *   ready                 the workspace is open
 *   edit <json>           an edit starts: { n, label, touches, creates }
 *   ack <json>            its promise resolved: { n, label, set, del }, the
 *                         entities it changed and removed, now promised on disk
 * Usage: node child.mjs <workspace> <seed> <run-label> <kill-at-fs-op or 0> [exact]
 */

/** Writes one protocol line synchronously, so an acknowledgement is out of the process before the next edit starts. */
function say(kind: string, body?: unknown): void {
  writeSync(1, body === undefined ? `${kind}\n` : `${kind} ${JSON.stringify(body)}\n`)
}

/**
 * The real file system, except that the child kills itself at its n-th call
 * once armed: a crash placed exactly between two steps of a save (after
 * the temp file is written, after the rename, before the directory sync).
 */
function killingFs(killAt: number): { fs: FsOps; arm: () => void } {
  let armed = false
  let calls = 0
  const step = () => {
    if (armed && ++calls >= killAt) process.kill(process.pid, 'SIGKILL')
  }
  const wrap = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A) => (step(), fn(...args))
  const fs: FsOps = {
    open: async (path, flags) => {
      step()
      const handle = await nodeFs.open(path, flags)
      return { writeFile: wrap((d) => handle.writeFile(d)), sync: wrap(() => handle.sync()), close: wrap(() => handle.close()) }
    },
    rename: wrap(nodeFs.rename),
    unlink: wrap(nodeFs.unlink),
    mkdir: wrap(nodeFs.mkdir),
    readFile: wrap(nodeFs.readFile),
    readdir: wrap(nodeFs.readdir),
    rmdir: wrap(nodeFs.rmdir),
    exists: wrap(nodeFs.exists),
  }
  return { fs, arm: () => (armed = true) }
}

/**
 * Draws record ids from the seed instead of the system's randomness, so
 * that an exact replay creates the same ids, sorts records the same way and
 * so picks the same records to edit. Other uses of randomness are left alone.
 */
function seedRecordIds(seed: number): void {
  const rng = new SeededRandom(seed ^ 0x5eed)
  const crypto = globalThis.crypto as unknown as { getRandomValues: (array: Uint8Array) => Uint8Array }
  const real = crypto.getRandomValues.bind(globalThis.crypto)
  crypto.getRandomValues = (array) => {
    if (!(array instanceof Uint8Array)) return real(array)
    for (let i = 0; i < array.length; i++) array[i] = rng.u32() & 0xff
    return array
  }
}

async function main(): Promise<void> {
  const [dir, seed, runLabel, killAt, mode] = process.argv.slice(2)
  if (!dir || !seed || !runLabel) throw new Error('usage: child <workspace> <seed> <run-label> <kill-at-fs-op> [exact]')
  if (mode === 'exact') seedRecordIds(Number(seed))
  const killer = Number(killAt) > 0 ? killingFs(Number(killAt)) : null
  const store = await WorkspaceStore.open(dir, killer ? { fs: killer.fs } : {})
  if (store.problems.length > 0) throw new Error(`the workspace opened with problems: ${JSON.stringify(store.problems)}`)
  const history = new History(store)
  const rng = new SeededRandom(Number(seed))
  const touchedBy = new Map<string, string[]>()
  say('ready')
  killer?.arm()
  for (let n = 1; ; n++) {
    const label = `${runLabel}.${n}`
    const before = workspaceEntities(store)
    const edit = planEdit({ store, history, rng, label, touchedBy })
    say('edit', { n, label, touches: edit.touches, creates: edit.creates })
    await edit.run()
    const after = workspaceEntities(store)
    // The parent forgives an unacknowledged edit only what it announced: an announcement that is too narrow is a harness bug.
    const stray = compareEntities(before, after, { n, label, touches: edit.touches, creates: edit.creates }).problems
    if (stray.length > 0) throw new Error(`edit ${label} changed more than it announced: ${stray.join('; ')}`)
    const changes = entityChanges(before, after)
    // Only steps the history kept can be undone later; remember what each changed.
    if (history.state().undoLabel === label) touchedBy.set(label, [...Object.keys(changes.set), ...changes.del])
    say('ack', { n, label, ...changes })
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`stress child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
