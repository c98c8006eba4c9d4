import { once } from 'node:events'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExtractionService } from './extraction-service'
import { DEFAULT_LIMITS, ImportError } from './types'

// Every worker the service starts, so that a test can see one exit.
const spawned = vi.hoisted(() => [] as Worker[])
vi.mock('../workers/spawn-worker', async (importOriginal) => {
  const { spawnWorker } = await importOriginal<typeof import('../workers/spawn-worker')>()
  return {
    spawnWorker: (...args: Parameters<typeof spawnWorker>) => {
      const worker = spawnWorker(...args)
      spawned.push(worker)
      return worker
    },
  }
})

const services: ExtractionService[] = []
function service(...args: ConstructorParameters<typeof ExtractionService>) {
  const s = new ExtractionService(...args)
  services.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const bytes = (text: string) => new TextEncoder().encode(text)
/** A page of many small paragraphs, each scored by the article finder: 60,000 take a worker most of a second. */
const page = (paragraphs: number) => bytes(`<html><body><article>${'<div><p>word, word, word and word.</p></div>'.repeat(paragraphs)}</article></body></html>`)
const shortText = bytes('A short note on hotlines.')

/** The order in which the files' extractions end. */
async function endings(extraction: ExtractionService, files: Array<[string, Uint8Array]>): Promise<string[]> {
  const ended: string[] = []
  await Promise.all(
    files.map(async ([name, data]) => {
      await extraction.extract(name, data, DEFAULT_LIMITS).catch((error: unknown) => {
        if (!(error instanceof ImportError)) throw error
      })
      ended.push(name)
    }),
  )
  return ended
}

describe('ExtractionService', () => {
  it('reads files side by side: a long file does not hold up the short one given after it', async () => {
    const files: Array<[string, Uint8Array]> = [['long.html', page(60_000)], ['short.txt', shortText]]
    // Started first, so that how long a worker takes to start cannot decide the order.
    const started = async (workers: number) => {
      const extraction = service(undefined, workers)
      await endings(extraction, [['a.txt', shortText], ['b.txt', shortText]])
      return extraction
    }
    expect(await endings(await started(2), files)).toEqual(['short.txt', 'long.html'])
    // One worker reads them one after the other.
    expect(await endings(await started(1), files)).toEqual(['long.html', 'short.txt'])
  }, 60_000)

  it('stops a file that overruns its memory budget without harming the file read beside it', async () => {
    const extraction = service({ timeoutMs: 60_000, maxMemoryMb: 24 }, 2)
    const [huge, short] = await Promise.allSettled([
      extraction.extract('huge.html', page(200_000), DEFAULT_LIMITS),
      extraction.extract('short.txt', shortText, DEFAULT_LIMITS),
    ])
    expect(huge).toMatchObject({ status: 'rejected', reason: { reason: expect.stringMatching(/memory|stopped/) } })
    expect(short).toMatchObject({ status: 'fulfilled', value: { text: 'A short note on hotlines.' } })
    // Its worker is replaced: the next file is read.
    expect(await extraction.extract('next.txt', bytes('The next note.'), DEFAULT_LIMITS)).toMatchObject({ text: 'The next note.' })
  }, 60_000)

  it('lets a worker with nothing to read exit, and starts another for the next file', async () => {
    const extraction = service({ timeoutMs: 60_000, maxMemoryMb: 256, idleMs: 50 }, 1)
    const before = spawned.length
    await extraction.extract('first.txt', shortText, DEFAULT_LIMITS)
    const [first] = spawned.slice(before)
    if (!first) throw new Error('no worker was started')
    await once(first, 'exit')
    expect(await extraction.extract('second.txt', bytes('The second note.'), DEFAULT_LIMITS)).toMatchObject({ text: 'The second note.' })
    expect(spawned.length - before).toBe(2)
  }, 30_000)
})
