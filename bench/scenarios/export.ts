import { readFile } from 'node:fs/promises'
import { addClipping } from '../../src/main/core/clippings'
import { createDraft, updateDraft } from '../../src/main/core/drafts'
import { exportMarkdown } from '../../src/main/core/export/markdown'
import { layout } from '../../src/main/core/workspace-layout'
import { newArticle, newParagraph } from '../../src/shared/drafting/draft-edits'
import type { Clipping } from '../../src/shared/model'
import { measure, seededRandom } from '../lib/measure'
import type { ScenarioResult } from '../lib/report'
import { generateWorkspace } from '../lib/workspace'

const PARAGRAPHS_PER_ARTICLE = 10
const CITATIONS_PER_PARAGRAPH = 5

/**
 * Exporting a clause pack of 100 paragraphs citing 500 excerpts, beside the
 * least work any export must do: read the cited sources' texts, compare
 * each quote with its offsets, and join text and quotes into one string.
 */
export async function exportScenarios({ quick }: { quick: boolean }): Promise<ScenarioResult[]> {
  const paragraphs = quick ? 10 : 100
  const citations = paragraphs * CITATIONS_PER_PARAGRAPH
  const { store, texts } = await generateWorkspace(quick ? 10 : 50, 6_000)
  const sourceIds = [...store.sources.keys()]
  const random = seededRandom(21)
  const clippings: Clipping[] = []
  for (let i = 0; i < citations; i++) {
    const s = i % sourceIds.length
    const start = Math.floor(random() * ((texts[s]?.length ?? 1000) - 400))
    clippings.push(await addClipping(store, { sourceId: sourceIds[s] as string, start, end: start + 120 + Math.floor(random() * 200) }))
  }
  const draft = await createDraft(store, 'Bench clause pack')
  const articles = Array.from({ length: paragraphs / PARAGRAPHS_PER_ARTICLE }, (_a, a) =>
    newArticle(
      `Article title ${a + 1}`,
      Array.from({ length: PARAGRAPHS_PER_ARTICLE }, (_p, p) => {
        const first = (a * PARAGRAPHS_PER_ARTICLE + p) * CITATIONS_PER_PARAGRAPH
        const ids = clippings.slice(first, first + CITATIONS_PER_PARAGRAPH).map((c) => c.id)
        return newParagraph(`Each State Party shall take appropriate measures number ${a}.${p} to protect its critical infrastructure.`, ids)
      }),
    ),
  )
  await updateDraft(store, draft.id, { ...draft, articles })

  const runs = quick ? 1 : 30
  const figure = await measure(() => exportMarkdown(store, draft.id), runs)
  const floor = await measure(async () => {
    const read = new Map<string, string>()
    const parts: string[] = []
    for (const c of clippings) {
      let text = read.get(c.sourceId)
      if (text === undefined) read.set(c.sourceId, (text = await readFile(layout.sourceText(store.dir, c.sourceId), 'utf8')))
      if (text.slice(c.start, c.end) !== c.quote) throw new Error('floor: quote mismatch')
      parts.push(c.quote)
    }
    for (const article of articles) for (const p of article.paragraphs) parts.push(p.text)
    return parts.join('\n')
  }, runs)
  return [
    {
      id: 'export-markdown',
      title: `export Markdown pack (${paragraphs} paragraphs, ${citations} citations)`,
      figure: `median ${figure.medianMs.toFixed(1)} ms, p95 ${figure.p95Ms.toFixed(1)} ms`,
      floor: `read texts + check quotes + join ${floor.medianMs.toFixed(1)} ms`,
      ratio: figure.medianMs / floor.medianMs,
      target: '<= 200 ms',
      met: quick ? null : figure.p95Ms <= 200,
    },
  ]
}
