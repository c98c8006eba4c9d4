import { afterEach, describe, expect, it } from 'vitest'
import type { AppCore } from './app-core'
import { createHandlers } from './api-handlers'
import { exportsFolderChooser } from './export/save-export'
import { dispatch } from './dispatch'
import { newAppCore } from './testing/fixtures'

const opened: AppCore[] = []
async function handlersForNewWorkspace() {
  const core = await newAppCore()
  opened.push(core)
  return createHandlers(core, exportsFolderChooser(core.store))
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((core) => core.close()))
})

describe('dispatch', () => {
  it('parses input with the contract and returns data', async () => {
    const handlers = await handlersForNewWorkspace()
    const created = await dispatch(handlers, 'sources.createFromText', { title: ' A note ', text: 'Body.' })
    expect(created).toMatchObject({ ok: true, data: { title: 'A note', kind: 'note', format: 'pasted' } })
    const list = await dispatch(handlers, 'sources.list', {})
    expect(list).toMatchObject({ ok: true, data: [{ title: 'A note', clippingCount: 0 }] })
  })

  it('returns errors as data naming the field', async () => {
    const handlers = await handlersForNewWorkspace()
    expect(await dispatch(handlers, 'sources.createFromText', { title: '', text: 'x' })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'title: give the source a title', field: 'title' },
    })
    expect(await dispatch(handlers, 'sources.createFromText', { title: 'x', text: 'x', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(await dispatch(handlers, 'sources.get', { id: 'src_missing00' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('refuses names outside the contract, including inherited properties', async () => {
    const handlers = await handlersForNewWorkspace()
    for (const method of ['constructor', '__proto__', 'sources.delete', 42]) {
      expect(await dispatch(handlers, method, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
  })
})
