/// <reference lib="dom" />
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkWorkspace } from '../src/main/core/check-workspace'
import { writeHostileCorpus, writeWarmUpFiles, type HostileCorpus } from '../src/main/core/import/fixtures/write-hostile-corpus'
import { expect, test } from './fixtures'
import { measurePeaks } from './memory-sampler'
import { ImportPanel } from './pages/import-panel'
import { ReaderPage } from './pages/reader-page'
import { armTripwires } from './tripwires'

// Imported text is shown as text nodes in plain paragraphs; nothing from a
// document may become an element, a link, a resource or a handler.
const FORBIDDEN_ELEMENTS = 'a, img, iframe, frame, object, embed, script, style, link, meta, base, form, input, button, svg, math, video, audio, source'
const FORBIDDEN_ATTRIBUTE = /^(?:on|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i

/*
 * Memory budget of the hostile run, over a baseline taken once every parser
 * is loaded (the warm-up step). In the browser host the core and its import
 * worker live in this test process, so its RSS covers them; the page heap
 * covers what the window holds while it hands a file over. The corpus holds
 * 2 GiB behind zip bombs and a 1 GB file: reading or inflating any of them
 * would blow through these at once, while the files themselves weigh ~3 MB.
 */
const MAX_RSS_GROWTH_MB = 200
const MAX_PAGE_HEAP_GROWTH_MB = 64

let corpusDir = ''
let corpus: HostileCorpus
let warmUp: string[] = []

test.beforeAll(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), 'cw-hostile-'))
  corpus = await writeHostileCorpus(corpusDir)
  warmUp = await writeWarmUpFiles(corpusDir)
})

test.afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true })
})

test('hostile files import as plain text or are refused with a reason; nothing runs, leaves or grows', async ({ app }) => {
  test.setTimeout(120_000)
  const reader = new ReaderPage(app.page)
  const panel = new ImportPanel(app.page)
  await reader.waitUntilLoaded()
  const tripped = await armTripwires(app.page)
  const titles = new Map<string, string>()

  await test.step('warm up: one ordinary file of each format loads every parser', async () => {
    await panel.importFiles(warmUp)
    await panel.waitUntilFinished()
    await expect(panel.results.locator(':scope > li').filter({ hasText: /^Imported/ })).toHaveCount(warmUp.length)
    await panel.close()
  })

  const memory = await measurePeaks(app.page, async () => {
    await test.step('import every hostile file through the Import menu', async () => {
      await panel.importFiles(corpus.documents.map((doc) => doc.path))
      await expect(panel.dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 90_000 })
    })
  })

  await test.step('each file imported, or failed with its named reason', async () => {
    for (const doc of corpus.documents) {
      if (doc.expect.status === 'failed') {
        await expect(panel.item('Failed', doc.name), `${doc.name} (${doc.threat})`).toContainText(doc.expect.reason)
        continue
      }
      const item = panel.item('Imported', doc.name)
      await expect(item, `${doc.name} (${doc.threat})`).toBeVisible()
      const title = (await item.locator('.import-detail').getByRole('button').innerText()).trim()
      expect(title.startsWith(doc.expect.title), `title of ${doc.name}: ${title}`).toBe(true)
      titles.set(doc.name, title)
    }
    // Direct children only: an imported file's warnings are a list of their own inside its item.
    await expect(panel.results.locator(':scope > li')).toHaveCount(corpus.documents.length)
    await panel.close()
  })

  await test.step('each imported file reads as plain text in the reader', async () => {
    for (const doc of corpus.documents) {
      if (doc.expect.status !== 'imported') continue
      await reader.openSource(titles.get(doc.name) as string)
      await expect(reader.text, doc.name).toContainText(doc.expect.shows)
      const rendered = await reader.text.locator('.reader-blocks').evaluate(
        (root, forbidden) => ({
          elements: Array.from(root.querySelectorAll(forbidden)).map((e) => e.localName),
          attributes: Array.from(root.querySelectorAll('*')).flatMap((e) => e.getAttributeNames()),
          nonText: Array.from(root.querySelectorAll('p.source-paragraph')).flatMap((p) =>
            Array.from(p.childNodes).filter((n) => n.nodeType !== Node.TEXT_NODE).map((n) => n.nodeName),
          ),
          paragraphs: Array.from(root.querySelectorAll('p.source-paragraph')).map((p) => p.getAttribute('dir')),
          text: root.textContent ?? '',
        }),
        FORBIDDEN_ELEMENTS,
      )
      expect(rendered.elements, `elements from ${doc.name}`).toEqual([])
      expect(rendered.attributes.filter((name) => FORBIDDEN_ATTRIBUTE.test(name)), `attributes from ${doc.name}`).toEqual([])
      expect(rendered.nonText, `paragraphs of ${doc.name} hold text nodes only`).toEqual([])
      // dir="auto" isolates each paragraph: an override left open cannot reorder anything after it.
      expect(new Set(rendered.paragraphs), `paragraph direction of ${doc.name}`).toEqual(new Set(['auto']))
      if (doc.name === 'bidi-controls.txt') {
        for (const control of ['\u202E', '\u202C', '\u2066', '\u2067', '\u2069', '\u200F', '\u061C']) {
          expect(rendered.text, `U+${control.codePointAt(0)?.toString(16).toUpperCase()} kept as data`).toContain(control)
        }
      }
    }
  })

  await test.step('no script ran, nothing was fetched, framed, opened or navigated to', async () => {
    const seen = await tripped()
    expect(seen.pwned, 'window.__pwned').toBeUndefined()
    expect(seen.dialogs, 'dialogs').toEqual([])
    expect(seen.foreignRequests, 'requests off the app origin').toEqual([])
    expect(seen.popups, 'popups').toEqual([])
    expect(seen.frames, 'frames').toEqual([])
    expect(seen.cspViolations, 'CSP violations').toEqual([])
    expect(seen.pageErrors, 'page errors').toEqual([])
    expect(existsSync(corpus.markerFile), 'a payload ran with Node globals (in the core or its import worker)').toBe(false)
    await expect(app.page).toHaveURL(/\/index\.html$/)
  })

  await test.step('memory stayed bounded', async () => {
    // In the Electron host the core runs in the app's main process, which this process's RSS does not see.
    if (app.host === 'browser') {
      const rssGrowth = memory.peakRssMb - memory.baselineRssMb
      expect(rssGrowth, `test process RSS ${memory.baselineRssMb.toFixed(0)} -> peak ${memory.peakRssMb.toFixed(0)} MB`).toBeLessThan(MAX_RSS_GROWTH_MB)
    }
    if (memory.peakPageHeapMb !== null && memory.baselinePageHeapMb !== null) {
      expect(memory.peakPageHeapMb - memory.baselinePageHeapMb, 'page JS heap growth, MB').toBeLessThan(MAX_PAGE_HEAP_GROWTH_MB)
    }
  })

  await test.step('the workspace is valid afterwards', async () => {
    const report = await checkWorkspace(app.workspaceDir)
    expect(report.findings).toEqual([])
  })

  const imported = corpus.documents.filter((doc) => doc.expect.status === 'imported').length
  const rss = app.host === 'browser' ? [`core RSS peak +${(memory.peakRssMb - memory.baselineRssMb).toFixed(0)} MB`] : []
  const heap = memory.peakPageHeapMb === null ? [] : [`page heap peak +${(memory.peakPageHeapMb - (memory.baselinePageHeapMb ?? 0)).toFixed(0)} MB`]
  console.log(
    `hostile files: ${corpus.documents.length} tried, ${imported} imported, ${corpus.documents.length - imported} refused` +
      [...rss, ...heap].map((figure) => `; ${figure}`).join(''),
  )
})
