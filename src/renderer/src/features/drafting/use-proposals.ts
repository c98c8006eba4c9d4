import { useCallback, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import { findParagraph, insertArticles, insertParagraph, newArticle, newParagraph, type DraftBody } from '../../../../shared/drafting/draft-edits'
import { proposeOperativeParagraph, proposePreambularParagraphs, type ProposalInput } from '../../../../shared/drafting/propose-clause'
import type { Paragraph, Tag } from '../../../../shared/model'
import { focusParagraphSoon } from './ArticleEditor'
import type { DraftEdit } from './use-draft-editor'

interface Options {
  draft: DraftBody | null
  apply: (label: string, edit: DraftEdit) => void
  clippingsById: ReadonlyMap<string, ClippingRow>
  tagsById: ReadonlyMap<string, Tag>
  /** The paragraph last worked on: an operative proposal goes after it, in its article. */
  activeParagraph: string | null
}

/**
 * Paragraphs proposed from ticked obligations: the text comes from their
 * fields and words, they are attached as evidence, and the reasons stay
 * beside the new paragraph (not in the draft) until the analyst dismisses them.
 */
export function useProposals({ draft, apply, clippingsById, tagsById, activeParagraph }: Options) {
  const [reasons, setReasons] = useState<ReadonlyMap<string, string[]>>(new Map())
  const ctx = { tagName: (id: string) => tagsById.get(id)?.name }

  const remember = (entries: Array<[string, string[]]>) => setReasons((r) => new Map([...r, ...entries]))
  const dismiss = useCallback((id: string) => setReasons((r) => new Map([...r].filter(([k]) => k !== id))), [])

  function inputsOf(ids: string[]): { rows: ClippingRow[]; inputs: ProposalInput[] } {
    const rows = ids.flatMap((id) => clippingsById.get(id) ?? [])
    return { rows, inputs: rows.map((c) => ({ quote: c.quote, obligation: c.obligation })) }
  }

  function proposeParagraph(ids: string[]) {
    if (!draft) return
    const { rows, inputs } = inputsOf(ids)
    if (rows.length === 0) return
    const proposal = proposeOperativeParagraph(inputs, ctx)
    const paragraph: Paragraph = { ...newParagraph(proposal.text, rows.map((c) => c.id)), status: 'proposed' }
    const where = activeParagraph ? findParagraph(draft, activeParagraph) : null
    if (where && where.container !== 'preamble') {
      const container = where.container
      apply('Propose a paragraph', (d) => insertParagraph(d, container, paragraph, where.index + 1))
    } else {
      // No article to put it in: a new one, named after the obligation type when there is one.
      const type = rows.find((c) => c.obligation?.type)?.obligation?.type
      const title = (type && tagsById.get(type)?.name) || ''
      apply('Propose an article', (d) => insertArticles(d, [newArticle(title, [paragraph])]))
    }
    remember([[paragraph.id, proposal.reasons]])
    focusParagraphSoon(paragraph.id)
  }

  function proposePreamble(ids: string[]) {
    if (!draft) return
    const { rows, inputs } = inputsOf(ids)
    if (rows.length === 0) return
    const proposals = proposePreambularParagraphs(inputs, ctx)
    // One paragraph per instrument cited, supported by the clippings that cite it; with none, one for all.
    const byInstrument = new Map<string, string[]>()
    for (const c of rows) {
      const instrument = c.obligation?.instrument
      if (instrument) byInstrument.set(instrument, [...(byInstrument.get(instrument) ?? []), c.id])
    }
    const groups = byInstrument.size > 0 ? [...byInstrument.values()] : [rows.map((c) => c.id)]
    const paragraphs = proposals.map((p, i) => ({ ...newParagraph(p.text, groups[i] ?? []), status: 'proposed' as const }))
    apply(paragraphs.length === 1 ? 'Propose a preambular paragraph' : 'Propose preambular paragraphs', (d) =>
      paragraphs.reduce((acc, p) => insertParagraph(acc, 'preamble', p), d),
    )
    remember(paragraphs.map((p, i) => [p.id, proposals[i]?.reasons ?? []]))
    if (paragraphs[0]) focusParagraphSoon(paragraphs[0].id)
  }

  return { reasons, dismiss, proposeParagraph, proposePreamble }
}
