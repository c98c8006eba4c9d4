import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXTRACTION_WORKERS, ExtractionService } from '../../src/main/core/import/extraction-service'
import { importFile, type ImportFileInput } from '../../src/main/core/import/import-file'
import { DEFAULT_LIMITS } from '../../src/main/core/import/types'
import { IMPORTS_IN_FLIGHT } from '../../src/shared/import-limit'
import { initWorkspace } from '../../src/main/core/init-workspace'
import { mapLimit } from '../../src/main/core/map-limit'
import { findResourcesDir } from '../../src/main/core/resources'
import { normaliseText, textHash } from '../../src/main/core/text'
import { prose, vocabulary } from '../lib/corpus'
import { measure } from '../lib/measure'
import type { ScenarioResult } from '../lib/report'

const corpusDir = new URL('../../../shared/corpus/real/', import.meta.url)
const PDF = new URL('paris_call_wg3_multistakeholder_un_cyber_dialogues_en.pdf', corpusDir)
const WEB_PAGES = [
  'eurlex_eprivacy_directive_2002-58_consolidated_en.html',
  'lemonde_loi_renseignement_fr.html',
  'bbnj_agreement_ar_site.html',
  'qq_deepmind_zh.html',
]

interface Options {
  quick: boolean
}

async function freshWorkspace(): Promise<Awaited<ReturnType<typeof initWorkspace>>> {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-bench-')), 'ws')
  return initWorkspace(dir, { resourcesDir: findResourcesDir(import.meta.dirname) })
}

/**
 * One fresh workspace per run, made before any run is timed: creating one, a
 * few milliseconds of flushed writes, is no part of an import, and it weighed
 * a tenth of the four real web pages' import.
 */
async function freshWorkspaces(count: number): Promise<Awaited<ReturnType<typeof freshWorkspace>>[]> {
  const stores = []
  for (let i = 0; i < count; i++) stores.push(await freshWorkspace())
  return stores
}

function html(body: string, title: string): string {
  const paragraphs = body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>var x=1</script></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs}</article><footer>Footer</footer></body></html>`
}

/**
 * Imports `files` into a fresh workspace per run through the real pipeline
 * (worker included), as many in flight as the window hands over at once, and
 * beside it the floor: decode, normalise, hash and write the same bytes.
 */
async function throughput(extraction: ExtractionService, files: ImportFileInput[], { runs, warmup }: { runs: number; warmup: number }) {
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024
  const stores = await freshWorkspaces(warmup + runs)
  let run = 0
  // The untimed runs load the parsers in both workers and let their code be compiled.
  const stats = await measure(async () => {
    const store = stores[run++] as (typeof stores)[number]
    await mapLimit(files, IMPORTS_IN_FLIGHT, (f) => importFile(store, extraction, f))
  }, runs, warmup)
  const floorDir = await mkdtemp(join(tmpdir(), 'cw-bench-floor-'))
  const floor = await measure(async () => {
    for (const [i, f] of files.entries()) {
      const text = normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(f.bytes))
      textHash(text)
      await writeFile(join(floorDir, `${i}.txt`), text)
    }
  }, runs)
  return { megabytes, mbps: megabytes / (stats.medianMs / 1000), floorMbps: megabytes / (floor.medianMs / 1000), ratio: stats.medianMs / floor.medianMs }
}

/** Imports generated text and HTML files, the corpus's real web pages, and a corpus PDF. */
export async function importScenarios({ quick }: Options): Promise<ScenarioResult[]> {
  const words = vocabulary(20_000)
  const fileCount = quick ? 3 : 20
  const fileChars = quick ? 200_000 : 1_000_000
  const texts = Array.from({ length: fileCount }, (_, i) => prose(fileChars, 100 + i, words))
  const webPages = await Promise.all(
    WEB_PAGES.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(new URL(name, corpusDir))) })),
  )
  const sets = [
    ...(['text', 'html'] as const).map((format) => ({
      id: `import-${format}`,
      title: `import ${format} (${fileCount} generated files`,
      files: texts.map((t, i) => {
        const body = format === 'text' ? t : html(t, `Generated report ${i}`)
        return { name: `doc-${i}.${format === 'text' ? 'txt' : 'html'}`, bytes: new TextEncoder().encode(body) }
      }),
      timing: { runs: quick ? 1 : 3, warmup: 1 },
    })),
    // Real pages carry far more markup per paragraph than the generated ones: the harder case for the article finder.
    {
      id: 'import-web-pages',
      title: `import real web pages (the corpus's ${webPages.length}`,
      files: webPages,
      timing: { runs: quick ? 1 : 15, warmup: quick ? 1 : 10 },
    },
  ]
  const pdf = new Uint8Array(await readFile(PDF))
  const extraction = new ExtractionService()
  const results: ScenarioResult[] = []
  try {
    // Each worker loads pdf.js as it starts, and a PDF given to each waits for it: no timed run shares the machine with that.
    await Promise.all(Array.from({ length: EXTRACTION_WORKERS }, () => extraction.extract('warm.pdf', pdf, DEFAULT_LIMITS)))
    for (const set of sets) {
      const { megabytes, mbps, floorMbps, ratio } = await throughput(extraction, set.files, set.timing)
      results.push({
        id: set.id,
        title: `${set.title}, ${megabytes.toFixed(1)} MB)`,
        figure: `${mbps.toFixed(1)} MB/s`,
        floor: `${floorMbps.toFixed(1)} MB/s (decode, normalise, hash, write)`,
        ratio,
        target: '>= 20 MB/s',
        met: quick ? null : mbps >= 20,
      })
    }
    results.push(await pdfScenario(extraction, pdf, quick))
  } finally {
    await extraction.close()
  }
  return results
}

async function pdfScenario(extraction: ExtractionService, bytes: Uint8Array, quick: boolean): Promise<ScenarioResult> {
  const pages = 36
  const runs = quick ? 1 : 5
  const stores = await freshWorkspaces(runs + 1)
  let run = 0
  const stats = await measure(() => importFile(stores[run++] as (typeof stores)[number], extraction, { name: 'wg3.pdf', bytes }), runs, 1)
  const pagesPerSecond = pages / (stats.medianMs / 1000)
  const reference = referenceConverter(fileURLToPath(PDF), quick)
  return {
    id: 'import-pdf',
    title: `import PDF (${pages} pages, text layer)`,
    figure: `${pagesPerSecond.toFixed(0)} pages/s`,
    floor: reference ? `${reference.name}: ${(pages / (reference.ms / 1000)).toFixed(0)} pages/s` : 'no reference converter installed',
    ratio: reference ? stats.medianMs / reference.ms : null,
    target: '>= 50 pages/s',
    met: quick ? null : pagesPerSecond >= 50,
    notes: reference?.name === 'ebook-convert' ? undefined : 'calibre (ebook-convert) is not installed; pdftotext is the reference where present',
  }
}

/** Times calibre's ebook-convert (or poppler's pdftotext) on the same file, as a reference point. */
function referenceConverter(pdf: string, quick: boolean): { name: string; ms: number } | null {
  for (const name of ['ebook-convert', 'pdftotext']) {
    if (spawnSync('which', [name]).status !== 0) continue
    const out = join(tmpdir(), `cw-bench-ref.${name === 'ebook-convert' ? 'txt' : 'out.txt'}`)
    const times: number[] = []
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const t0 = performance.now()
      execFileSync(name, [pdf, out], { stdio: 'ignore' })
      times.push(performance.now() - t0)
    }
    return { name, ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number }
  }
  return null
}
