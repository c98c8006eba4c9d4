import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../model'
import { formatReference } from '../numbering'
import {
  attachEvidence,
  detachEvidence,
  findParagraph,
  insertArticles,
  insertParagraph,
  moveArticle,
  moveParagraph,
  moveParagraphBefore,
  newArticle,
  newParagraph,
  removeArticle,
  removeParagraph,
  type DraftBody,
} from './draft-edits'
import { danglingReferences, fromEditableText, referenceToken, resolveReferences, toEditableText } from './references'
import { definitionsArticle, finalClauses } from './templates'

const para = (id: string, clippingIds: string[] = []): Paragraph => ({ id, text: id, clippingIds, status: 'draft' })

function body(): DraftBody {
  return {
    title: 'Pack',
    preamble: [para('par_recall')],
    articles: [
      { id: 'art_scopes', title: 'Scope', paragraphs: [para('par_scope1'), para('par_scope2')] },
      { id: 'art_protect', title: 'Protection', paragraphs: [para('par_prot01'), para('par_prot02'), para('par_prot03')] },
    ],
  }
}

describe('draft edits', () => {
  it('move an article and every reference follows its new number', () => {
    const d = moveArticle(body(), 'art_protect', 0)
    expect(d.articles.map((a) => a.id)).toEqual(['art_protect', 'art_scopes'])
    expect(formatReference(d, 'par_prot02')).toBe('Article 1(2)')
    expect(formatReference(d, 'par_scope1')).toBe('Article 2(1)')
  })

  it('move a paragraph within an article, into another, and into the preamble', () => {
    let d = moveParagraph(body(), 'par_prot03', { articleId: 'art_protect' }, 0)
    expect(d.articles[1]!.paragraphs.map((p) => p.id)).toEqual(['par_prot03', 'par_prot01', 'par_prot02'])
    d = moveParagraph(d, 'par_prot01', { articleId: 'art_scopes' }, 1)
    expect(d.articles[0]!.paragraphs.map((p) => p.id)).toEqual(['par_scope1', 'par_prot01', 'par_scope2'])
    expect(d.articles[1]!.paragraphs.map((p) => p.id)).toEqual(['par_prot03', 'par_prot02'])
    d = moveParagraph(d, 'par_scope2', 'preamble', 5)
    expect(d.preamble.map((p) => p.id)).toEqual(['par_recall', 'par_scope2'])
    expect(findParagraph(d, 'par_scope2')).toMatchObject({ container: 'preamble', index: 1 })
  })

  it('drop a paragraph before another, downwards, upwards and across articles', () => {
    const ids = (d: DraftBody, a: number) => d.articles[a]!.paragraphs.map((p) => p.id)
    expect(ids(moveParagraphBefore(body(), 'par_prot01', 'par_prot03'), 1)).toEqual(['par_prot02', 'par_prot01', 'par_prot03'])
    expect(ids(moveParagraphBefore(body(), 'par_prot03', 'par_prot01'), 1)).toEqual(['par_prot03', 'par_prot01', 'par_prot02'])
    const across = moveParagraphBefore(body(), 'par_prot02', 'par_scope2')
    expect(ids(across, 0)).toEqual(['par_scope1', 'par_prot02', 'par_scope2'])
    expect(ids(across, 1)).toEqual(['par_prot01', 'par_prot03'])
  })

  it('insert and remove articles and paragraphs without touching the input', () => {
    const before = body()
    const snapshot = JSON.stringify(before)
    let d = insertArticles(before, [newArticle('Definitions')], 0)
    d = insertParagraph(d, { articleId: 'art_scopes' }, newParagraph('New text'), 1)
    expect(d.articles.map((a) => a.title)).toEqual(['Definitions', 'Scope', 'Protection'])
    expect(d.articles[1]!.paragraphs[1]!.text).toBe('New text')
    d = removeParagraph(removeArticle(d, 'art_protect'), 'par_scope1')
    expect(d.articles.map((a) => a.id).includes('art_protect')).toBe(false)
    expect(d.articles[1]!.paragraphs).toHaveLength(2)
    expect(JSON.stringify(before)).toBe(snapshot)
  })

  it('attach evidence once each, in the order attached, and detach it', () => {
    let d = attachEvidence(body(), 'par_prot01', ['clp_aaaaaa', 'clp_bbbbbb'])
    d = attachEvidence(d, 'par_prot01', ['clp_bbbbbb', 'clp_cccccc'])
    expect(findParagraph(d, 'par_prot01')!.paragraph.clippingIds).toEqual(['clp_aaaaaa', 'clp_bbbbbb', 'clp_cccccc'])
    d = detachEvidence(d, 'par_prot01', 'clp_bbbbbb')
    expect(findParagraph(d, 'par_prot01')!.paragraph.clippingIds).toEqual(['clp_aaaaaa', 'clp_cccccc'])
  })

  it('templates give a definitions article and the final clauses with fresh ids', () => {
    const defs = definitionsArticle()
    const finals = finalClauses()
    expect(defs.paragraphs[0]!.text).toMatch(/^For the purposes of this Convention/)
    expect(finals.map((a) => a.title)).toContain('Entry into force')
    const ids = [defs, ...finals].flatMap((a) => [a.id, ...a.paragraphs.map((p) => p.id)])
    expect(new Set(ids).size).toBe(ids.length)
    expect(definitionsArticle().id).not.toBe(defs.id)
  })
})

describe('cross-references', () => {
  const text = `As provided in ${referenceToken('par_prot02')} and ${referenceToken('art_scopes')},`

  it('show as current labels in the editor and convert back without loss', () => {
    const d = body()
    const editable = toEditableText(d, text)
    expect(editable).toBe('As provided in ⟨Article 2(2)⟩ and ⟨Article 1⟩,')
    expect(fromEditableText(d, editable)).toBe(text)
    // After a move the same stored text shows the new numbers.
    expect(toEditableText(moveArticle(d, 'art_scopes', 1), text)).toBe('As provided in ⟨Article 1(2)⟩ and ⟨Article 2⟩,')
  })

  it('a label typed by hand becomes a reference; one that names nothing stays text', () => {
    const d = body()
    expect(fromEditableText(d, 'See ⟨Preamble paragraph 1⟩ and ⟨Article 9⟩.')).toBe(`See ${referenceToken('par_recall')} and ⟨Article 9⟩.`)
  })

  it('a reference to something deleted is flagged and survives an edit round trip', () => {
    const d = removeParagraph(body(), 'par_prot02')
    expect(danglingReferences(d, text)).toEqual(['par_prot02'])
    const editable = toEditableText(d, text)
    expect(editable).toContain('⟨deleted reference par_prot02⟩')
    expect(fromEditableText(d, editable)).toBe(text)
    expect(resolveReferences(d, text, () => '[missing]')).toBe('As provided in [missing] and Article 1,')
  })
})
