import { readdir, readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byteMutation, mutate, type Mutation } from '../testing/mutations'
import { extractDocument, extractors } from './extract-document'
import { nameFor, seeds, utf8 } from './fixtures/fuzz-seeds'
import { sampleDocxParts } from './fixtures/make-docx'
import { makeZip } from './fixtures/make-zip'
import { contractBreaches, settle } from './fuzz-contract'
import { DEFAULT_LIMITS, type ImportFormat } from './types'

/*
 * Property: every importer, given random bytes or a valid file damaged at
 * random, returns a document that keeps the pipeline's invariants or an
 * ImportError with a reason; it never throws anything else and never hangs.
 * Inputs that once broke this live in fuzz-regressions/ (the extension
 * says which importer reads them) and are replayed on every run. FUZZ_RUNS
 * raises the number of random cases per property (default: a quick run).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15)
// Generous, so that a long run (FUZZ_RUNS=2000) needs no flags; a quick run ends far sooner.
const TIMEOUT_MS = 10_000 + RUNS * 200
const REGRESSIONS = new URL('./fuzz-regressions/', import.meta.url)

const byExtension: Record<string, ImportFormat> = { '.txt': 'text', '.md': 'markdown', '.html': 'html', '.pdf': 'pdf', '.docx': 'docx' }

async function checked(format: ImportFormat, bytes: Uint8Array, label: string): Promise<void> {
  const outcome = await settle(() => extractors[format](bytes, { fileName: nameFor[format], limits: DEFAULT_LIMITS }), label)
  expect(contractBreaches(outcome, format), label).toEqual([])
}

/** A DOCX rebuilt after damaging one of its XML parts: the zip stays sound, so mammoth has to face the damage. */
const damagedDocxPart = fc.record({ part: fc.nat(), mutation: byteMutation }).map(({ part, mutation }) => {
  const parts = sampleDocxParts()
  const index = part % parts.length
  const target = parts[index]!
  parts[index] = { ...target, data: mutate(utf8(String(target.data)), mutation) }
  return makeZip(parts)
})

const formats = Object.keys(extractors) as ImportFormat[]
const describeMutations = (mutations: Mutation[]) => mutations.map((m) => m.kind).join('+')

describe.each(formats)('the %s importer', (format) => {
  it('answers random bytes with a document or a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => checked(format, bytes, `${format} on random bytes`)),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)

  it('answers damaged valid files with a document or a reason', async () => {
    const seed = fc.constantFrom(...seeds[format])
    await fc.assert(
      fc.asyncProperty(seed, fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (bytes, mutations) =>
        checked(format, mutations.reduce(mutate, bytes), `${format} damaged by ${describeMutations(mutations)}`),
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)
})

describe('the DOCX importer on sound archives of damaged XML', () => {
  it('answers with a document or a reason', async () => {
    await fc.assert(fc.asyncProperty(damagedDocxPart, (bytes) => checked('docx', bytes, 'docx with a damaged part')), { numRuns: RUNS })
  }, TIMEOUT_MS)
})

describe('past failing inputs', () => {
  it('are each answered with a document or a reason, by their importer and by format detection', async () => {
    const names = (await readdir(REGRESSIONS)).sort()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const format = byExtension[extname(name)]
      if (!format) throw new Error(`${name}: name it .txt, .md, .html, .pdf or .docx so the replay knows its importer`)
      // Both a Node Buffer and a plain Uint8Array: callers hand over either.
      const buffer = await readFile(new URL(name, REGRESSIONS))
      const bytes = new Uint8Array(buffer)
      await checked(format, buffer, `${name} as a Buffer`)
      await checked(format, bytes, name)
      const detected = await settle(() => extractDocument(bytes, { fileName: name, limits: DEFAULT_LIMITS }), `${name} by detection`)
      expect(contractBreaches(detected), name).toEqual([])
    }
  })
})
