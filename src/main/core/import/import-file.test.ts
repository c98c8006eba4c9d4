import { readdir, readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { newWorkspace } from '../testing/fixtures'
import { layout } from '../workspace-layout'
import { ExtractionService } from './extraction-service'
import { importFile } from './import-file'

const services: ExtractionService[] = []
function service(budget?: ConstructorParameters<typeof ExtractionService>[0]) {
  const s = new ExtractionService(budget)
  services.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('importFile', () => {
  it('stores text, original and metadata as one source, and refuses the same text again', async () => {
    const { dir, store } = await newWorkspace()
    const extraction = service()
    const original = bytes('Why hotlines matter\r\n\r\nby A. Analyst\r\n\r\nDirect lines reduce escalation.\r\n')
    const first = await importFile(store, extraction, { name: 'notes/hotlines.txt', bytes: original })
    expect(first).toMatchObject({ status: 'imported', source: { title: 'Why hotlines matter', authors: ['A. Analyst'], format: 'text' } })
    if (first.status !== 'imported') return
    const folder = layout.sourceDir(dir, first.source.id)
    expect((await readdir(folder)).sort()).toEqual(['original.txt', 'source.json', 'text.txt'])
    expect(new Uint8Array(await readFile(`${folder}/original.txt`))).toEqual(original)
    expect(await readFile(`${folder}/text.txt`, 'utf8')).not.toContain('\r')

    const again = await importFile(store, extraction, { name: 'copy.txt', bytes: original })
    expect(again).toEqual({ name: 'copy.txt', status: 'duplicate', duplicateOf: { id: first.source.id, title: 'Why hotlines matter' } })
  })

  it('names the reason for empty, oversized and binary files, and leaves the workspace unchanged', async () => {
    const { dir, store } = await newWorkspace()
    const extraction = service()
    const before = await readdir(layout.sourcesDir(dir))
    expect(await importFile(store, extraction, { name: 'empty.txt', bytes: new Uint8Array() })).toEqual({ name: 'empty.txt', status: 'failed', reason: 'the file is empty' })
    const limited = { ...store.meta, settings: { importSizeLimitMb: 1 } }
    Object.assign(store, { meta: limited })
    const big = await importFile(store, extraction, { name: 'big.txt', bytes: new Uint8Array(1024 * 1024 + 1).fill(97) })
    expect(big).toMatchObject({ status: 'failed', reason: expect.stringContaining("over this workspace's import limit of 1 MB") })
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect(await importFile(store, extraction, { name: 'junk.txt', bytes: junk })).toMatchObject({ status: 'failed', reason: expect.stringMatching(/binary/) })
    expect(await readdir(layout.sourcesDir(dir))).toEqual(before)
  })

  it('stops a file that overruns its time budget and goes on with the next', async () => {
    const { store } = await newWorkspace()
    const extraction = service({ timeoutMs: 1, maxMemoryMb: 256 })
    const slow = await importFile(store, extraction, { name: 'slow.txt', bytes: bytes('Some text.') })
    expect(slow).toMatchObject({ status: 'failed', reason: expect.stringContaining('took longer than') })
  })

  it('stops a file that needs more memory than allowed, without harming the app', async () => {
    const { store } = await newWorkspace()
    const extraction = service({ timeoutMs: 60_000, maxMemoryMb: 16 })
    const page = `<html><body>${'<div><p>word word word</p></div>'.repeat(200_000)}</body></html>`
    const result = await importFile(store, extraction, { name: 'huge.html', bytes: bytes(page) })
    expect(result).toMatchObject({ status: 'failed', reason: expect.stringMatching(/memory|stopped/) })
    const next = await importFile(store, service(), { name: 'fine.txt', bytes: bytes('Fine text after a failure.') })
    expect(next.status).toBe('imported')
    // Two workers start and one builds a large page until its heap limit stops it: slow on a loaded machine.
  }, 30_000)
})
