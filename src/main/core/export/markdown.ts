import { articleHeading, numberDraft } from '../../../shared/numbering'
import type { Paragraph } from '../../../shared/model'
import type { WorkspaceStore } from '../workspace-store'
import { citeSource, pageOf } from './citation'
import { escapeMarkdown } from './markdown-escape'
import { gatherClausePack, type ClausePack } from './clause-pack'
import { paragraphsInOrder } from '../../../shared/drafting/draft-edits'
import { resolveReferences } from '../../../shared/drafting/references'
import { verifyQuotes } from './verify-quotes'

export interface MarkdownOptions {
  /** Adds a date to the front matter; without it the same draft always gives the same bytes. */
  date?: string
}

const yamlString = (value: string) => JSON.stringify(value)

/** The footnote of one paragraph, citing each of its excerpts (numbered as in the annex). */
interface ParagraphNote {
  footnote: number
  excerpts: Array<{ number: number; clippingId: string }>
}

/**
 * A clause pack as CommonMark with footnotes: front matter, the preamble,
 * the numbered articles and paragraphs, a footnote citing each paragraph's
 * evidence, and an annex quoting every excerpt verbatim by article and
 * paragraph. Every quote is checked against its source first.
 */
export async function exportMarkdown(store: WorkspaceStore, draftId: string, options: MarkdownOptions = {}): Promise<string> {
  const pack = gatherClausePack(store, draftId)
  await verifyQuotes(store, [...pack.clippings.values()])
  const { draft } = pack
  const labels = numberDraft(draft)
  // One footnote per paragraph with evidence: adjacent footnote marks would
  // read as one number ("123") in print.
  const notes = new Map<string, ParagraphNote>()
  let footnote = 0
  let excerpt = 0
  for (const p of paragraphsInOrder(draft)) {
    if (p.clippingIds.length === 0) continue
    notes.set(p.id, { footnote: ++footnote, excerpts: p.clippingIds.map((clippingId) => ({ number: ++excerpt, clippingId })) })
  }

  const out: string[] = ['---', `title: ${yamlString(draft.title)}`, `workspace: ${yamlString(store.meta.name)}`, `draft: ${draft.id}`]
  if (options.date) out.push(`date: ${options.date}`)
  out.push('generator: "Clausewright clause pack, format 1"', '---', '', `# ${escapeMarkdown(draft.title)}`, '')

  // gatherClausePack has refused dangling references, so each one reads as its label.
  const operative = (text: string) => escapeMarkdown(resolveReferences(draft, text, (id) => id))
  const paragraphLine = (p: Paragraph, prefix: string) => {
    const note = notes.get(p.id)
    const refs = note ? `[^${note.footnote}]` : ''
    const body = p.status === 'bracketed' ? `\\[${operative(p.text)}\\]` : operative(p.text)
    const alternatives = (p.alternatives ?? []).map((a) => ` \\[${operative(a)}\\]`).join('')
    return `${prefix}${body}${alternatives}${refs}`
  }
  if (draft.preamble.length > 0) {
    out.push('## Preamble', '')
    for (const p of draft.preamble) out.push(paragraphLine(p, ''), '')
  }
  draft.articles.forEach((article, a) => {
    out.push(`## ${escapeMarkdown(articleHeading(a + 1, article.title))}`, '')
    article.paragraphs.forEach((p, i) => out.push(paragraphLine(p, `${i + 1}. `), ''))
  })

  if (footnote > 0) out.push(...annex(pack, labels, notes))
  for (const note of notes.values()) {
    // Excerpts from the same source (and page) are cited once, with all their numbers.
    const bySource = new Map<string, number[]>()
    for (const { number, clippingId } of note.excerpts) {
      const clipping = pack.clippings.get(clippingId)!
      const source = pack.sources.get(clipping.sourceId)!
      const citation = citeSource(source, pageOf(source, clipping))
      bySource.set(citation, [...(bySource.get(citation) ?? []), number])
    }
    const cited = [...bySource].map(([citation, numbers]) => `${citation} (annex, excerpt${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')})`)
    out.push(`[^${note.footnote}]: ${cited.join('; ')}.`)
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'
}

function annex(pack: ClausePack, labels: Map<string, string>, notes: Map<string, ParagraphNote>): string[] {
  const out = ['## Annex: supporting excerpts', '']
  for (const p of paragraphsInOrder(pack.draft)) {
    const note = notes.get(p.id)
    if (!note) continue
    out.push(`### ${labels.get(p.id)}`, '')
    for (const c of note.excerpts) {
      const clipping = pack.clippings.get(c.clippingId)!
      const source = pack.sources.get(clipping.sourceId)!
      const page = pageOf(source, clipping)
      out.push(`**Excerpt ${c.number}**`, '')
      out.push(...escapeMarkdown(clipping.quote).split('\n').map((line) => (line === '' ? '>' : `> ${line}`)), '')
      const where = `${page ? `page ${page}, ` : ''}characters ${clipping.start}–${clipping.end}`
      out.push(`Source: ${citeSource(source)}; ${where}.`, '')
    }
  }
  return out
}
