import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSourceInput, type ReadingProgress } from '../../shared/api'
import { AppError } from '../../shared/errors'
import { createHandlers, type ApiHandlers } from './api-handlers'
import { AppCore } from './app-core'
import { dispatch } from './dispatch'
import { exportsFolderChooser } from './export/save-export'
import { handlersWhileOpening, WorkspaceReading } from './opening-handlers'
import { createSourceFromText } from './sources'
import { newWorkspace, resourcesDir } from './testing/fixtures'
import { FIRST_WAVE_SOURCES, WorkspaceStore } from './workspace-store'

const cores: AppCore[] = []
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()))
})

/** A workspace of `n` pasted sources, each with its own text. */
async function workspaceOf(n: number) {
  const { dir, store } = await newWorkspace()
  for (let i = 0; i < n; i++) {
    await createSourceFromText(store, createSourceInput.parse({ title: `Source ${i}`, text: `States shall notify incident ${i}.` }))
  }
  return dir
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (err: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Whether a promise has settled by the time the calls already queued have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
  return done
}

describe('reading a workspace', () => {
  it('tells each step, the sources read so far being always the first ones on disk', async () => {
    const dir = await workspaceOf(40)
    const steps: { progress: ReadingProgress; ids: string[]; tags: number }[] = []
    const store = await WorkspaceStore.open(dir, {
      onReading: (partial, progress) => steps.push({ progress: { ...progress }, ids: [...partial.sources.keys()], tags: partial.codebook.data.tags.length }),
    })
    const all = [...store.sources.keys()]
    expect(all).toEqual([...all].sort())
    // The codebook is in before the first source: the window has its tags from the first answer.
    expect(steps[0]).toEqual({ progress: { sourcesRead: 0, sourcesTotal: 40 }, ids: [], tags: store.codebook.data.tags.length })
    for (const step of steps) expect(step.ids).toEqual(all.slice(0, step.progress.sourcesRead))
    expect(steps.at(-1)?.progress).toEqual({ sourcesRead: 40, sourcesTotal: 40 })
  })

  it('a workspace another app holds is refused before any source is read', async () => {
    const { dir } = await newWorkspace({ sample: true })
    // A live process of this machine other than this one: the parent of the test runner.
    await writeFile(join(dir, '.clausewright.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2025-01-01T00:00:00.000Z' }))
    const reading = new WorkspaceReading()
    const error = await AppCore.open(dir, { resourcesDir, onReading: reading.observe }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'forbidden' })
    expect(reading.read).toBeNull()
  })
})

describe('handlers while a workspace opens', () => {
  async function opening(sources: number) {
    const dir = await workspaceOf(sources)
    const store = await WorkspaceStore.open(dir, { readOnly: true })
    const reading = new WorkspaceReading()
    const ready = deferred<ApiHandlers>()
    const handlers = handlersWhileOpening(reading, ready.promise)
    const api = (method: string, input: unknown = {}) => dispatch(handlers, method, input)
    const openCore = async () => {
      const core = await AppCore.open(dir, { resourcesDir })
      cores.push(core)
      ready.resolve(createHandlers(core, exportsFolderChooser(core.store)))
    }
    return { store, reading, ready, api, openCore }
  }

  it('answers the lists from the first sources read, and runs a change only once the workspace is open', async () => {
    const { store, reading, api, openCore } = await opening(40)
    const total = store.sources.size
    reading.observe(store, { sourcesRead: FIRST_WAVE_SOURCES, sourcesTotal: total })
    const info = await api('workspace.info')
    expect(info).toMatchObject({ ok: true, data: { reading: { sourcesRead: FIRST_WAVE_SOURCES, sourcesTotal: total } } })
    expect(await api('sources.list')).toMatchObject({ ok: true, data: expect.any(Array) })

    const change = api('sources.createFromText', { title: 'Made while reading', text: 'States should cooperate.' })
    expect(await settled(change)).toBe(false)
    await openCore()
    expect(await change).toMatchObject({ ok: true, data: { title: 'Made while reading' } })
    // Once open, the lists come from the open workspace, whole and not marked as still read.
    const after = await api('workspace.info')
    expect(after).toMatchObject({ ok: true, data: { reading: null, counts: { sources: total + 1 } } })
  })

  it('answers from the sources read by the first screen, while the count of those read goes on', async () => {
    const dir = await workspaceOf(FIRST_WAVE_SOURCES + 8)
    const reading = new WorkspaceReading()
    const whole = await WorkspaceStore.open(dir, { readOnly: true, onReading: reading.observe })
    const handlers = handlersWhileOpening(reading, new Promise<never>(() => undefined))
    const api = (method: string) => dispatch(handlers, method, {})
    const first = [...whole.sources.keys()].slice(0, FIRST_WAVE_SOURCES)
    const listed = await api('sources.list')
    expect(listed.ok && (listed.data as { id: string }[]).map((s) => s.id)).toEqual(first)
    expect(await api('clippings.list')).toMatchObject({ ok: true, data: { length: 0 } })
    expect(await api('workspace.info')).toMatchObject({
      ok: true,
      data: { counts: { sources: FIRST_WAVE_SOURCES }, reading: { sourcesRead: FIRST_WAVE_SOURCES + 8, sourcesTotal: FIRST_WAVE_SOURCES + 8 } },
    })
  })

  it('waits for a first screen of sources before it answers a list', async () => {
    const { store, reading, api } = await opening(FIRST_WAVE_SOURCES + 4)
    const total = store.sources.size
    reading.observe(store, { sourcesRead: 0, sourcesTotal: total })
    const list = api('clippings.list')
    reading.observe(store, { sourcesRead: FIRST_WAVE_SOURCES - 1, sourcesTotal: total })
    expect(await settled(list)).toBe(false)
    reading.observe(store, { sourcesRead: FIRST_WAVE_SOURCES, sourcesTotal: total })
    expect(await list).toMatchObject({ ok: true })
  })

  it('a workspace smaller than a screen answers once all of it is read', async () => {
    const { store, reading, api } = await opening(3)
    reading.observe(store, { sourcesRead: 3, sourcesTotal: 3 })
    expect(await api('workspace.info')).toMatchObject({ ok: true, data: { reading: { sourcesRead: 3, sourcesTotal: 3 } } })
  })

  it('gives every call the error of an open that failed, even with sources read before it', async () => {
    const { store, reading, ready, api } = await opening(3)
    reading.observe(store, { sourcesRead: 1, sourcesTotal: 3 })
    const newer = new AppError({ code: 'newer-format', message: 'This workspace was written by a newer version of Clausewright.' })
    const waiting = api('sources.list', {})
    ready.reject(newer)
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'newer-format' } })
    // A newer-format file found among the last sources: the first ones were read, and are not shown.
    reading.observe(store, { sourcesRead: 3, sourcesTotal: 3 })
    expect(await api('clippings.list')).toMatchObject({ ok: false, error: { code: 'newer-format' } })
    expect(await api('codebook.createTag', { name: 'Late' })).toMatchObject({ ok: false, error: { code: 'newer-format' } })
  })
})
