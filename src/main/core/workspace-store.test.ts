import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSourceInput } from '../../shared/api'
import { AppError } from '../../shared/errors'
import { addClipping } from './clippings'
import { createSourceFromText } from './sources'
import { newWorkspace } from './testing/fixtures'
import { recordingFs } from './testing/recording-fs'
import { layout } from './workspace-layout'
import { WorkspaceStore } from './workspace-store'

const pasted = (title: string, text: string) => createSourceInput.parse({ title, text })

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      files.set(path.slice(dir.length + 1), await readFile(path))
    }
  }
  return files
}

describe('WorkspaceStore', () => {
  it('persists a pasted source and finds it again after reopening', async () => {
    const { dir, store } = await newWorkspace()
    const source = await createSourceFromText(store, pasted('Note on hotlines', 'Crisis hotlines\r\nreduce risk.'))
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.sources.get(source.id)?.data.source.title).toBe('Note on hotlines')
    expect(await reopened.readText(source.id)).toBe('Crisis hotlines\nreduce risk.')
    expect(reopened.problems).toEqual([])
  })

  it('refuses a second source with the same normalised text and names the first', async () => {
    const { store } = await newWorkspace()
    await createSourceFromText(store, pasted('First', 'Same text.\n'))
    const error = await createSourceFromText(store, pasted('Second', '\uFEFFSame text.\r\n')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('duplicate')
    expect((error as AppError).message).toContain('"First"')
    expect(store.sources.size).toBe(1)
  })

  it('refuses the same text given twice at once: the second waits for the first to be added', async () => {
    const { store } = await newWorkspace()
    const results = await Promise.allSettled([createSourceFromText(store, pasted('First', 'Same text.')), createSourceFromText(store, pasted('Second', 'Same text.'))])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'duplicate', message: expect.stringContaining('"First"') })
    expect(store.sources.size).toBe(1)
  })

  it('an edit rewrites only the clipping shard it changes', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const target = [...store.sources.values()][1]!.data.source
    const { fs, log } = recordingFs(dir)
    const reopened = await WorkspaceStore.open(dir, { fs })
    log.length = 0
    await addClipping(reopened, { sourceId: target.id, start: 0, end: 10 })
    const written = new Set(log.filter((l) => /^(open\(wx\)|rename|unlink|mkdir)/.test(l)).map((l) => l.split(' ').at(-1)?.replace(/\.tmp$/, '')))
    expect([...written]).toHaveLength(1)
    expect([...written][0]).toMatch(new RegExp(`^sources/${target.id}/clippings/\\d{4}\\.json$`))
  })

  it('builds a new source folder with each file written once and flushed, then publishes it with one rename', async () => {
    const { dir } = await newWorkspace()
    const { fs, log } = recordingFs(dir)
    const store = await WorkspaceStore.open(dir, { fs })
    log.length = 0
    const source = await createSourceFromText(store, pasted('Staged', 'Confidence-building measures.'))
    const staging = `sources/.new-${source.id}`
    const inStaging = log.filter((l) => l.split(' ').at(-1)?.startsWith(`${staging}/`))
    const files = inStaging.filter((l) => l.startsWith('open(wx)')).map((l) => l.split(' ').at(-1))
    expect(files.sort()).toEqual([`${staging}/source.json`, `${staging}/text.txt`])
    // No temporary file and rename inside a folder no reader sees yet.
    expect(inStaging.filter((l) => l.startsWith('rename') || l.endsWith('.tmp'))).toEqual([])
    const position = (line: string) => log.indexOf(line)
    for (const file of files) expect(position(`fsync ${file}`)).toBeGreaterThan(-1)
    const publish = position(`rename ${staging} -> sources/${source.id}`)
    expect(position(`fsync ${staging}`)).toBeGreaterThan(Math.max(...files.map((f) => position(`fsync ${f}`))))
    expect(publish).toBeGreaterThan(position(`fsync ${staging}`))
    expect(log.lastIndexOf('fsync sources')).toBeGreaterThan(publish)
    expect(await (await WorkspaceStore.open(dir)).readText(source.id)).toBe('Confidence-building measures.')
  })

  it('moves a damaged file aside byte for byte and opens the rest', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const ids = [...store.sources.keys()].sort()
    const victim = ids[0]!
    const sourceFile = layout.sourceFile(dir, victim)
    const original = await readFile(sourceFile)
    const truncated = original.subarray(0, Math.floor(original.length / 2))
    await writeFile(sourceFile, truncated)
    const textBytes = await readFile(layout.sourceText(dir, victim))

    const reopened = await WorkspaceStore.open(dir)
    expect([...reopened.sources.keys()]).toEqual(ids.slice(1))
    expect(reopened.problems).toHaveLength(1)
    const problem = reopened.problems[0]!
    expect(problem.file).toBe(`sources/${victim}/source.json`)
    expect(problem.reason).toMatch(/truncated or malformed/)
    expect(await readFile(join(dir, problem.movedTo))).toEqual(truncated)
    expect(await readFile(join(dir, problem.movedTo, '..', 'text.txt'))).toEqual(textBytes)
  })

  it.each([
    ['zero bytes', Buffer.alloc(0), /empty/],
    ['NUL bytes', Buffer.alloc(64), /NUL/],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/],
    ['schema-invalid JSON', Buffer.from('{"formatVersion":1,"tags":[{"id":"nope"}]}'), /does not match/],
  ])('quarantines a codebook with %s', async (_name, bytes, reason) => {
    const { dir } = await newWorkspace()
    await writeFile(layout.codebookFile(dir), bytes)
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.problems[0]?.reason).toMatch(reason)
    expect(await readFile(join(dir, reopened.problems[0]!.movedTo))).toEqual(bytes)
  })

  it('refuses a workspace holding a file of a newer format, and changes nothing', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const id = [...store.sources.keys()][2]!
    const file = layout.sourceFile(dir, id)
    const json = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...json, formatVersion: 99 }))
    await writeFile(layout.codebookFile(dir), '{ broken') // would be quarantined if the open went ahead
    const before = await snapshot(dir)
    const error = await WorkspaceStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('newer-format')
    expect((error as AppError).message).toMatch(/newer version of Clausewright.*format version 99/)
    expect(await snapshot(dir)).toEqual(before)
  })

  it('refuses a folder that is not a workspace without touching it', async () => {
    const { dir } = await newWorkspace({ sample: true })
    const other = join(dir, 'sources')
    const before = await snapshot(other)
    const error = await WorkspaceStore.open(other).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('workspace-invalid')
    expect((error as AppError).message).toMatch(/not a Clausewright workspace/)
    expect(await snapshot(other)).toEqual(before)
  })

  it('read-only opening reports damaged files but leaves them in place and refuses writes', async () => {
    const { dir } = await newWorkspace()
    await writeFile(layout.codebookFile(dir), '')
    const store = await WorkspaceStore.open(dir, { readOnly: true })
    expect(store.problems).toEqual([{ file: 'codebook.json', reason: 'the file is empty (zero bytes)', movedTo: '' }])
    expect(await readdir(dir)).not.toContain('quarantine')
    await expect(createSourceFromText(store, pasted('x', 'y'))).rejects.toThrow(/reading only/)
  })

  it('writes the same data as the same bytes', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const [db] = [...store.sources.values()]
    const before = await readFile(layout.sourceFile(dir, db!.data.source.id))
    await store.saveSource(structuredClone(db!.data))
    expect(await readFile(layout.sourceFile(dir, db!.data.source.id))).toEqual(before)
  })
})
