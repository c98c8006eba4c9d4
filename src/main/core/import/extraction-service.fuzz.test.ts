import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { byteMutation, mutate } from '../testing/mutations'
import { ExtractionService } from './extraction-service'
import { nameFor, seeds } from './fixtures/fuzz-seeds'
import { contractBreaches, type Outcome } from './fuzz-contract'
import { DEFAULT_LIMITS, ImportError, type ImportFormat } from './types'

/*
 * The same property as extractors.fuzz.test.ts, through the entry point the
 * app uses: the import worker, with its own time and memory budget. Here a
 * hang cannot stall the test run; it comes back as the budget's refusal,
 * which counts as a failure like a crash. Few cases by default: starting
 * the worker and loading pdf.js in it costs seconds; FUZZ_RUNS raises it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10)
// Generous, so that a long run (FUZZ_RUNS=2000) needs no flags; a quick run ends far sooner.
const TIMEOUT_MS = 10_000 + RUNS * 200
const BROKEN_BUDGET = /took longer than|reader crashed|more than the \d+ MB|stopped unexpectedly|could not be read \(/

describe('the import worker', () => {
  const service = new ExtractionService({ timeoutMs: 10_000, maxMemoryMb: 512 })
  afterAll(() => service.close())

  it('answers damaged files of every format with a document or a reason, within its budget', async () => {
    const formats = Object.keys(seeds) as ImportFormat[]
    const anySeed = fc.constantFrom(...formats.flatMap((format) => seeds[format].map((bytes) => ({ format, bytes }))))
    await fc.assert(
      fc.asyncProperty(anySeed, byteMutation, async ({ format, bytes }, mutation) => {
        const outcome: Outcome = await service.extract(nameFor[format], mutate(bytes, mutation), DEFAULT_LIMITS).then(
          (document) => ({ ok: true, document }),
          (error: unknown) => {
            if (error instanceof ImportError) return { ok: false, reason: error.reason }
            throw error
          },
        )
        // A stall, a crash, a memory overrun or an unexpected exception in the worker: each a failure on these small files.
        if (!outcome.ok) expect(outcome.reason).not.toMatch(BROKEN_BUDGET)
        expect(contractBreaches(outcome)).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)
})
