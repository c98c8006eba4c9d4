import type { Article, Paragraph } from './model'

/*
 * Article and paragraph numbers are never stored: they follow from position,
 * so inserting or moving an article renumbers everything, and references kept
 * by id render with the numbers the text has now.
 */

type ParagraphRef = Pick<Paragraph, 'id'>
type ArticleRef = Pick<Article, 'id' | 'title'> & { paragraphs: readonly ParagraphRef[] }
/** The part of a draft that numbering looks at. */
export type NumberedDraft = { preamble: readonly ParagraphRef[]; articles: readonly ArticleRef[] }

/** 1-based number of an article in its draft, or null when it is not there. */
export function articleNumber(draft: NumberedDraft, articleId: string): number | null {
  const index = draft.articles.findIndex((a) => a.id === articleId)
  return index === -1 ? null : index + 1
}

/** 1-based number of a paragraph in its article (or preamble), or null when it is not there. */
export function paragraphNumber(
  container: { paragraphs: readonly ParagraphRef[] },
  paragraphId: string,
): number | null {
  const index = container.paragraphs.findIndex((p) => p.id === paragraphId)
  return index === -1 ? null : index + 1
}

/** "Article 3 — Protection of critical infrastructure", or "Article 3" when untitled. */
export function articleHeading(number: number, title: string): string {
  const trimmed = title.trim()
  return trimmed === '' ? `Article ${number}` : `Article ${number} — ${trimmed}`
}

function articleLabel(number: number): string {
  return `Article ${number}`
}

function articleParagraphLabel(articleNo: number, paragraphNo: number): string {
  return `Article ${articleNo}(${paragraphNo})`
}

function preambleParagraphLabel(paragraphNo: number): string {
  return `Preamble paragraph ${paragraphNo}`
}

/**
 * The label of every article and paragraph of a draft, by id:
 * "Article 2", "Article 2(1)", "Preamble paragraph 1".
 */
export function numberDraft(draft: NumberedDraft): Map<string, string> {
  const labels = new Map<string, string>()
  draft.preamble.forEach((p, i) => labels.set(p.id, preambleParagraphLabel(i + 1)))
  draft.articles.forEach((article, a) => {
    labels.set(article.id, articleLabel(a + 1))
    article.paragraphs.forEach((p, i) => labels.set(p.id, articleParagraphLabel(a + 1, i + 1)))
  })
  return labels
}

/**
 * How a cross-reference to an article or paragraph reads today ("Article 4(2)"),
 * or null when its target was deleted, so callers can flag the dangling reference.
 */
export function formatReference(draft: NumberedDraft, targetId: string): string | null {
  const preambleNo = paragraphNumber({ paragraphs: draft.preamble }, targetId)
  if (preambleNo !== null) return preambleParagraphLabel(preambleNo)
  for (const [a, article] of draft.articles.entries()) {
    if (article.id === targetId) return articleLabel(a + 1)
    const paragraphNo = paragraphNumber(article, targetId)
    if (paragraphNo !== null) return articleParagraphLabel(a + 1, paragraphNo)
  }
  return null
}
