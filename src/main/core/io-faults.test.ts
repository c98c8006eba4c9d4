import { cp } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { History } from './history'
import { faultyFs, type FaultCode, type FsCall } from './testing/faulty-fs'
import { newWorkspace } from './testing/fixtures'
import { tempDir } from './testing/recording-fs'
import { folderBytes, storeMemory } from './testing/store-state'
import { saveScenarios } from './testing/save-scenarios'
import { WorkspaceStore } from './workspace-store'

const REASONS: Record<FaultCode, RegExp> = {
  ENOSPC: /the disk is full/,
  EIO: /the system reported EIO/,
  EPERM: /permission was denied/,
}

/** What the hint tells the user to do, by cause: a full disk is not a permission problem, nor a failing drive. */
const REMEDIES: Record<FaultCode, RegExp> = {
  ENOSPC: /Free some space on the disk, then try again/,
  EIO: /still connected .* healthy, then try again/,
  EPERM: /Fix the permissions of the workspace folder, then try again/,
}

const totals = { cases: 0, faults: 0, scenarios: new Set<string>() }

// The sample workspace is made once and copied for each test: making it costs dozens of fsyncs.
let sample: string
beforeAll(async () => {
  sample = (await newWorkspace({ sample: true })).dir
})

async function copyOfSample(): Promise<string> {
  const dir = join(await tempDir(), 'workspace')
  await cp(sample, dir, { recursive: true })
  return dir
}

/** A file's folder and name: enough to tell a clipping shard from another file. */
const lastTwo = (path: string) => path.split(sep).slice(-2).join('/')

const isLeftover = (path: string) => path.endsWith('.tmp') || path.includes('.new-')

/** The calls of one save, each with its occurrence number among equal calls: the points a fault can hit. */
function steps(calls: readonly FsCall[]): (FsCall & { nth: number })[] {
  const seen = new Map<string, number>()
  return calls.map((c) => {
    const key = `${c.call} ${c.path}`
    const nth = (seen.get(key) ?? 0) + 1
    seen.set(key, nth)
    return { ...c, nth }
  })
}

describe.each(saveScenarios)('an I/O error during a $name keeps the old data', (scenario) => {
  it.each([
    ['ENOSPC', 'once'],
    ['EIO', 'once'],
    ['EPERM', 'once'],
    ['ENOSPC', 'always'],
    ['EIO', 'always'],
    ['EPERM', 'always'],
  ] as const)('%s, failing %s, at every file operation of the save', { timeout: 30_000 }, async (code, mode) => {
    const dir = await copyOfSample()
    const faults = faultyFs(dir, { flush: false })
    const store = await WorkspaceStore.open(dir, { fs: faults.fs })
    const history = new History(store)
    // A first save without faults shows which calls a save makes.
    await scenario.prepare?.(store, 'recording')
    const first = faults.calls.length
    await scenario.edit(store, 'recording')
    const plan = steps(faults.calls.slice(first))
    expect(plan.length).toBeGreaterThanOrEqual(5)

    for (const [i, step] of plan.entries()) {
      const mark = `${code}-${mode}-${i}`
      const where = `${step.call} ${step.path} (#${step.nth})`
      await scenario.prepare?.(store, mark)
      const disk = await folderBytes(dir)
      // This also shows that the previous step's retry left no temp file or staging folder.
      expect([...disk.keys()].filter(isLeftover), where).toEqual([])
      const memory = storeMemory(store)
      const undo = history.state()
      faults.inject({ ...step, code, mode })
      const attempts = mode === 'once' ? 1 : 2
      for (let attempt = 0; attempt < attempts; attempt++) {
        const error = await history.run(mark, () => scenario.edit(store, mark)).then(() => null, (e: unknown) => e)
        expect(error, `${where}: the save should reject`).toBeInstanceOf(AppError)
        const appError = error as AppError
        expect(appError.code, where).toBe('io-failed')
        expect(appError.message, where).toMatch(scenario.file)
        expect(appError.message, where).toMatch(REASONS[code])
        expect(lastTwo(appError.field ?? ''), where).toMatch(scenario.file)
        expect(appError.hint, where).toMatch(REMEDIES[code])
        expect(await folderBytes(dir), `${where}: the folder must be as before, byte for byte, with no temp file`).toEqual(disk)
        expect(storeMemory(store), `${where}: the store must still hold the old data`).toEqual(memory)
        expect(history.state(), `${where}: a failed save is not an undo step`).toEqual(undo)
      }
      faults.clear()
      await history.run(mark, () => scenario.edit(store, mark))
      expect(scenario.holds(store, mark), `${where}: the retry is in the store`).toBe(true)
      expect(scenario.holds(await WorkspaceStore.open(dir), mark), `${where}: the retry is on disk`).toBe(true)
      totals.cases++
    }
    expect([...(await folderBytes(dir)).keys()].filter(isLeftover)).toEqual([])
    totals.faults += faults.injected
    totals.scenarios.add(scenario.name)
  })
})

afterAll(() => {
  console.log(`I/O faults: ${totals.faults} faults injected (ENOSPC, EIO, EPERM; once and always) into ${totals.cases} saves at every file operation, across ${totals.scenarios.size} kinds of save; old data kept every time, every retry landed`)
})
