import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { CHROMIUM_PATH } from '../../src/browser-host/chromium'
import { launchBrowserHost, type BrowserHost } from '../../src/browser-host/launch'
import { coreMemory } from '../lib/core-memory'
import { seededRandom, summarise, type Stats } from '../lib/measure'
import { installProbes, pageCall, retainedHeapMb, settle, timeToPaint, type ScrollReport } from '../lib/page-probes'
import type { ScenarioResult } from '../lib/report'
import { CLIPPINGS_PER_SOURCE, clippingWorkspace } from './clippings'

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url))
const MB = 1024 * 1024
/** Each query starts with a different letter and none repeats, so no keystroke is answered from the filter's cache. */
const SYLLABLES = ['ka', 'to', 're', 'mi', 'su', 'na', 'lo', 've', 'di', 'pa', 'co', 'ul', 'or', 'en', 'as']
const WARMUP_QUERIES = ['inf', 'bx']
const SCROLL_STEP_PX = 300
const progress = (step: string) => process.stderr.write(`bench: renderer: ${step}…\n`)

function requirePrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`bench renderer: no Chromium at ${CHROMIUM_PATH}. Install Debian's chromium package, or point CLAUSEWRIGHT_CHROMIUM at a Chromium binary.`)
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('bench renderer: the renderer is not built (out/renderer). Run `npm run build` first.')
  }
}

/** Milliseconds from the launch of the window. */
interface OpenTimes {
  firstMs: number
  openMs: number
}

/** Opens the workbench headless at 1440x900 on `dir` and shows the Clippings view; always closes it again. */
async function withClippingsView<T>(dir: string, work: (page: Page, times: OpenTimes) => Promise<T>): Promise<T> {
  const t0 = performance.now()
  let host: BrowserHost | undefined
  try {
    host = await launchBrowserHost({ workspaceDir: dir, sample: false, rendererDir: RENDERER_DIR, headless: true, width: 1440, height: 900 })
    const { page } = host
    page.setDefaultTimeout(180_000)
    await page.locator('[data-app-state="loaded"]').waitFor()
    const firstMs = performance.now() - t0
    // The window shows the first sources while the rest are read: the scenarios run on the whole workspace.
    await page.getByRole('status', { name: 'Reading the workspace' }).waitFor({ state: 'detached' })
    const nav = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Clippings\b/ })
    await nav.click()
    await page.getByRole('grid', { name: 'Clippings' }).waitFor()
    await installProbes(page)
    await settle(page)
    return await work(page, { firstMs, openMs: performance.now() - t0 })
  } finally {
    await host?.close()
  }
}

/** Short queries typed one key at a time, from seeded pairs of the corpus's syllables. */
function queries(count: number): string[] {
  const random = seededRandom(5)
  return SYLLABLES.slice(0, count).map((first) => first + (SYLLABLES[Math.floor(random() * SYLLABLES.length)] as string))
}

async function keystrokes(page: Page, typed: string[], record: boolean, times: number[], needles: string[]): Promise<number> {
  const box = page.getByPlaceholder('Filter clippings')
  let unchanged = 0
  for (const query of typed) {
    await box.fill('')
    await settle(page)
    await box.focus()
    for (let i = 0; i < query.length; i++) {
      const ms = await timeToPaint(page, 'keydown', () => page.keyboard.press(query[i] as string))
      if (ms === null) unchanged++
      else if (record) {
        times.push(ms)
        needles.push(query.slice(0, i + 1))
      }
    }
  }
  await box.fill('')
  await settle(page)
  return unchanged
}

async function sortClicks(page: Page, clicks: number): Promise<number[]> {
  const header = page.getByRole('grid', { name: 'Clippings' }).getByRole('columnheader', { name: 'Quote' }).getByRole('button')
  const times: number[] = []
  for (let i = 0; i < clicks; i++) {
    const ms = await timeToPaint(page, 'click', () => header.click())
    if (ms !== null) times.push(ms)
  }
  return times
}

const fmt = (s: Stats) => `median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms (${s.runs} runs)`

interface Interaction {
  openMs: number
  /** From the launch to the first rows shown, read while the rest of the workspace still is. */
  firstMs: number
  /** One clippings.list call from the page, over the browser host's binding. */
  listMs: number
  heapMb: number
  heapAfterMb: number
  keys: Stats
  filterFloor: Stats
  unchangedKeys: number
  coldSortMs: number | null
  sort: Stats
  sortFloor: Stats
  scroll: ScrollReport
}

async function interact(page: Page, { openMs, firstMs }: OpenTimes, quick: boolean): Promise<Interaction> {
  const heapMb = await retainedHeapMb(page)
  progress('typing in the filter box')
  const keyTimes: number[] = []
  const needles: string[] = []
  await keystrokes(page, WARMUP_QUERIES, false, keyTimes, needles)
  const unchangedKeys = await keystrokes(page, queries(quick ? 1 : SYLLABLES.length), true, keyTimes, needles)

  progress('sorting')
  const [coldSortMs = null] = await sortClicks(page, 1)
  await sortClicks(page, quick ? 1 : 5)
  const sortTimes = await sortClicks(page, quick ? 2 : 30)

  progress('scrolling')
  const scroll = await pageCall<ScrollReport>(page, 'scroll', quick ? 1_000 : 10_000, SCROLL_STEP_PX)

  const heapAfterMb = await retainedHeapMb(page)
  progress('floors in the page')
  const listStart = performance.now()
  await pageCall(page, 'loadQuotes')
  const listMs = performance.now() - listStart
  await pageCall(page, 'filterFloor', needles)
  const filterFloor = summarise(await pageCall<number[]>(page, 'filterFloor', needles))
  await pageCall(page, 'sortFloor', 1)
  const sortFloor = summarise(await pageCall<number[]>(page, 'sortFloor', quick ? 1 : 10))
  await pageCall(page, 'dropQuotes')
  return { openMs, firstMs, listMs, heapMb, heapAfterMb, keys: summarise(keyTimes), filterFloor, unchangedKeys, coldSortMs, sort: summarise(sortTimes), sortFloor, scroll }
}

/** The workbench itself at 100,000 clippings: typing, sorting, scrolling, and what it holds in memory. */
export async function rendererScenarios({ quick }: { quick: boolean }): Promise<ScenarioResult[]> {
  requirePrerequisites()
  const sources = quick ? 20 : 2000
  const n = sources * CLIPPINGS_PER_SOURCE
  progress(`generating ${n} clippings`)
  const dir = await clippingWorkspace(sources, quick ? 100 : 500)
  const emptyDir = join(await mkdtemp(join(tmpdir(), 'cw-bench-empty-')), 'ws')
  const load = loadavg()[0] ?? 0
  try {
    // Neither is timed, so they may share the machine; both finish before anything is timed.
    progress('main process memory; page heap on an empty workspace')
    const [core, emptyHeapMb] = await Promise.all([
      coreMemory(dir, quick ? 0 : 120_000),
      withClippingsView(emptyDir, (page) => retainedHeapMb(page)),
    ])
    const rssBeforeHost = process.memoryUsage().rss / MB
    let rssWithHost = 0
    progress(`opening ${n} clippings`)
    const r = await withClippingsView(dir, async (page, times) => {
      rssWithHost = process.memoryUsage().rss / MB
      return interact(page, times, quick)
    })
    const lt = r.scroll.longTasks
    const longest = lt.length ? Math.max(...lt) : 0
    const tableHeap = r.heapMb - emptyHeapMb
    return [
      {
        id: 'renderer-filter', title: `keystroke to painted rows, filter ${n} clippings (browser host)`,
        figure: fmt(r.keys), floor: `plain includes() in the page ${fmt(r.filterFloor)}`,
        ratio: r.keys.medianMs / r.filterFloor.medianMs, target: 'p95 <= 50 ms', met: quick ? null : r.keys.p95Ms <= 50,
        notes: `load average ${load.toFixed(1)} at the start of the group; ${r.keys.runs} keystrokes over ${quick ? 1 : SYLLABLES.length} new queries, timed from the keydown event to the second animation frame after the rows changed; ${r.unchangedKeys} keystrokes left the rows unchanged; the window showed the workspace (its first sources, while the rest were read) ${(r.firstMs / 1000).toFixed(1)} s after the launch began (Chromium's own start included) and the whole table after ${(r.openMs / 1000).toFixed(1)} s, of which listing the clippings over the browser host's binding takes about ${(r.listMs / 1000).toFixed(1)} s`,
      },
      {
        id: 'renderer-sort', title: `click Quote header to painted rows, ${n} clippings (browser host)`,
        figure: fmt(r.sort), floor: `Array.sort with Intl.Collator in the page ${fmt(r.sortFloor)}`,
        ratio: r.sort.medianMs / r.sortFloor.medianMs, target: 'p95 <= 50 ms', met: quick ? null : r.sort.p95Ms <= 50,
        notes: `clicks cycle ascending, descending, unsorted; the first click (cold: sort keys and the full order computed) took ${r.coldSortMs?.toFixed(0) ?? '-'} ms`,
      },
      {
        id: 'renderer-scroll', title: `scroll the Clippings table ${quick ? 1 : 10} s, ${SCROLL_STEP_PX} px a frame (browser host)`,
        figure: `max ${r.scroll.maxRows} rows in DOM; ${lt.length} long tasks, longest ${longest.toFixed(0)} ms`,
        floor: `${r.scroll.viewportRows} rows fit the view`, ratio: r.scroll.maxRows / r.scroll.viewportRows,
        target: '<= 100 rows; no long task', met: quick ? null : r.scroll.maxRows <= 100 && r.scroll.supported && lt.length === 0,
        notes: `${(r.scroll.frames / r.scroll.seconds).toFixed(0)} frames/s while scrolling${r.scroll.supported ? '' : '; this Chromium reports no long tasks'}`,
      },
      {
        id: 'renderer-heap', title: `page JS heap with Clippings open, ${n} clippings (browser host)`,
        figure: `${tableHeap.toFixed(1)} MB for the table at open, ${(r.heapAfterMb - emptyHeapMb).toFixed(1)} MB after filtering, sorting, scrolling`,
        floor: `empty workspace ${emptyHeapMb.toFixed(1)} MB`, ratio: r.heapMb / emptyHeapMb, target: '<= 60 MB for the table at open', met: quick ? null : tableHeap <= 60,
        notes: `each after forced GC; the page held ${r.heapMb.toFixed(1)} MB in all at open and ${r.heapAfterMb.toFixed(1)} MB after the runs (the table's filter and sort caches)`,
      },
      {
        id: 'main-rss', title: `main process RSS, ${n} clippings open and listed`,
        figure: `${core.listedMb.toFixed(0)} MB`, floor: `before opening ${core.beforeMb.toFixed(0)} MB`,
        ratio: core.listedMb / core.beforeMb, target: '<= 600 MB', met: quick ? null : core.listedMb <= 600,
        notes: `a Node process holding only the core; after the search index was ${core.searchReady ? 'built' : 'still building'}: RSS ${core.settledMb.toFixed(0)} MB, JS heap ${core.settledHeapMb.toFixed(0)} MB; the bench's own browser-host process went from ${rssBeforeHost.toFixed(0)} to ${rssWithHost.toFixed(0)} MB`,
      },
    ]
  } finally {
    await rm(join(dir, '..'), { recursive: true, force: true })
    await rm(join(emptyDir, '..'), { recursive: true, force: true })
  }
}
