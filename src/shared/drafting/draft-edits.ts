import { newId } from '../ids'
import type { Article, Draft, Paragraph } from '../model'

/*
 * Every drafting operation as a pure function from one draft body to the
 * next. The editor applies them locally and saves the result as one undo
 * step; numbering is never stored, so no operation has to renumber.
 */

export type DraftBody = Pick<Draft, 'title' | 'preamble' | 'articles'>

/** Where paragraphs live: the preamble, or one article (by id). */
export type Container = 'preamble' | { articleId: string }

export interface ParagraphLocation {
  paragraph: Paragraph
  container: Container
  index: number
}

export function newParagraph(text = '', clippingIds: string[] = []): Paragraph {
  return { id: newId('par'), text, clippingIds: [...new Set(clippingIds)], status: 'draft' }
}

export function newArticle(title = '', paragraphs: Paragraph[] = []): Article {
  return { id: newId('art'), title, paragraphs }
}

/** The paragraph with this id, where it is, or null. */
export function findParagraph(draft: DraftBody, id: string): ParagraphLocation | null {
  const inPreamble = draft.preamble.findIndex((p) => p.id === id)
  if (inPreamble !== -1) return { paragraph: draft.preamble[inPreamble] as Paragraph, container: 'preamble', index: inPreamble }
  for (const article of draft.articles) {
    const index = article.paragraphs.findIndex((p) => p.id === id)
    if (index !== -1) return { paragraph: article.paragraphs[index] as Paragraph, container: { articleId: article.id }, index }
  }
  return null
}

function paragraphsOf(draft: DraftBody, container: Container): Paragraph[] {
  if (container === 'preamble') return draft.preamble
  const article = draft.articles.find((a) => a.id === container.articleId)
  if (!article) throw new Error(`No article ${container.articleId} in this draft.`)
  return article.paragraphs
}

function withParagraphs<D extends DraftBody>(draft: D, container: Container, paragraphs: Paragraph[]): D {
  if (container === 'preamble') return { ...draft, preamble: paragraphs }
  return { ...draft, articles: draft.articles.map((a) => (a.id === container.articleId ? { ...a, paragraphs } : a)) }
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item as T)
  return next
}

/** Inserts articles at `at` (default: the end). */
export function insertArticles<D extends DraftBody>(draft: D, articles: Article[], at = draft.articles.length): D {
  const next = [...draft.articles]
  next.splice(Math.max(0, Math.min(at, next.length)), 0, ...articles)
  return { ...draft, articles: next }
}

export function renameArticle<D extends DraftBody>(draft: D, articleId: string, title: string): D {
  return { ...draft, articles: draft.articles.map((a) => (a.id === articleId ? { ...a, title } : a)) }
}

/** Moves an article to position `to` (0-based, counted after it is taken out). */
export function moveArticle<D extends DraftBody>(draft: D, articleId: string, to: number): D {
  const from = draft.articles.findIndex((a) => a.id === articleId)
  if (from === -1) return draft
  return { ...draft, articles: moved(draft.articles, from, to) }
}

export function removeArticle<D extends DraftBody>(draft: D, articleId: string): D {
  return { ...draft, articles: draft.articles.filter((a) => a.id !== articleId) }
}

/** Inserts a paragraph into a container at `at` (default: its end). */
export function insertParagraph<D extends DraftBody>(draft: D, container: Container, paragraph: Paragraph, at?: number): D {
  const next = [...paragraphsOf(draft, container)]
  next.splice(at === undefined ? next.length : Math.max(0, Math.min(at, next.length)), 0, paragraph)
  return withParagraphs(draft, container, next)
}

export function updateParagraph<D extends DraftBody>(draft: D, id: string, patch: Partial<Omit<Paragraph, 'id'>>): D {
  const where = findParagraph(draft, id)
  if (!where) return draft
  const paragraphs = paragraphsOf(draft, where.container).map((p) => (p.id === id ? { ...p, ...patch } : p))
  return withParagraphs(draft, where.container, paragraphs)
}

/** Moves a paragraph to position `to` of a container, which may be another article or the preamble. */
export function moveParagraph<D extends DraftBody>(draft: D, id: string, container: Container, to: number): D {
  const where = findParagraph(draft, id)
  if (!where) return draft
  const without = withParagraphs(draft, where.container, paragraphsOf(draft, where.container).filter((p) => p.id !== id))
  return insertParagraph(without, container, where.paragraph, to)
}

/** Moves paragraph `id` to just before `targetId`, in the target's article or the preamble. */
export function moveParagraphBefore<D extends DraftBody>(draft: D, id: string, targetId: string): D {
  const where = findParagraph(draft, id)
  if (!where || id === targetId) return draft
  const without = withParagraphs(draft, where.container, paragraphsOf(draft, where.container).filter((p) => p.id !== id))
  const target = findParagraph(without, targetId)
  return target ? insertParagraph(without, target.container, where.paragraph, target.index) : draft
}

export function removeParagraph<D extends DraftBody>(draft: D, id: string): D {
  const where = findParagraph(draft, id)
  if (!where) return draft
  return withParagraphs(draft, where.container, paragraphsOf(draft, where.container).filter((p) => p.id !== id))
}

/** Adds clippings to a paragraph's evidence, each once, keeping the order they were attached in. */
export function attachEvidence<D extends DraftBody>(draft: D, id: string, clippingIds: readonly string[]): D {
  const where = findParagraph(draft, id)
  if (!where) return draft
  const next = [...new Set([...where.paragraph.clippingIds, ...clippingIds])]
  return updateParagraph(draft, id, { clippingIds: next })
}

export function detachEvidence<D extends DraftBody>(draft: D, id: string, clippingId: string): D {
  const where = findParagraph(draft, id)
  if (!where) return draft
  return updateParagraph(draft, id, { clippingIds: where.paragraph.clippingIds.filter((c) => c !== clippingId) })
}

/** Every paragraph in reading order: the preamble, then each article's. */
export function paragraphsInOrder(draft: DraftBody): Paragraph[] {
  return [...draft.preamble, ...draft.articles.flatMap((a) => a.paragraphs)]
}
