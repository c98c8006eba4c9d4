import { useState, type KeyboardEvent } from 'react'
import {
  insertParagraph,
  moveArticle,
  moveParagraph,
  newParagraph,
  removeArticle,
  removeParagraph,
  renameArticle,
  type Container,
} from '../../../../shared/drafting/draft-edits'
import type { Article, Paragraph } from '../../../../shared/model'
import { carries, DRAG_ARTICLE, DRAG_PARAGRAPH, droppedIds, startDrag } from './drag'
import { ParagraphEditor, type ParagraphContext } from './ParagraphEditor'

interface ListProps {
  ctx: ParagraphContext
  container: Container
  paragraphs: Paragraph[]
  /** Operative paragraphs are numbered; preambular ones are not. */
  numbered: boolean
  reasons: ReadonlyMap<string, string[]>
  onDismissReasons: (paragraphId: string) => void
}

/** The paragraphs of an article or of the preamble, each movable within it and deletable. */
export function ParagraphList({ ctx, container, paragraphs, numbered, reasons, onDismissReasons }: ListProps) {
  const label = (id: string) => ctx.labels.get(id) ?? 'paragraph'
  return (
    <>
      {paragraphs.map((p, i) => (
        <ParagraphEditor
          key={p.id}
          ctx={ctx}
          paragraph={p}
          mark={numbered ? `${i + 1}.` : `PP${i + 1}`}
          operative={numbered}
          canMove={{ up: i > 0, down: i < paragraphs.length - 1 }}
          onMove={(delta) => {
            ctx.apply(`Move ${label(p.id)} ${delta < 0 ? 'up' : 'down'}`, (d) => moveParagraph(d, p.id, container, i + delta))
            focusParagraphSoon(p.id)
          }}
          onDelete={() => ctx.apply(`Delete ${label(p.id)}`, (d) => removeParagraph(d, p.id))}
          reasons={reasons.get(p.id)}
          onDismissReasons={() => onDismissReasons(p.id)}
        />
      ))}
    </>
  )
}

/**
 * Puts the keyboard in a paragraph's text once it is on screen: after a move
 * (the browser may lose the focus) or an insertion (React renders it a
 * frame or two later), trying for a few frames.
 */
export function focusParagraphSoon(id: string, frames = 10): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLTextAreaElement>(`[data-paragraph-id="${id}"] textarea.para-text`)
    if (el) el.focus()
    else if (frames > 1) focusParagraphSoon(id, frames - 1)
  })
}

interface Props {
  ctx: ParagraphContext
  article: Article
  number: number
  count: number
  reasons: ReadonlyMap<string, string[]>
  onDismissReasons: (paragraphId: string) => void
}

export function ArticleEditor({ ctx, article, number, count, reasons, onDismissReasons }: Props) {
  const { apply } = ctx
  const [dropping, setDropping] = useState(false)
  const name = `Article ${number}`
  const move = (to: number, why: string) => apply(`Move ${name} ${why}`, (d) => moveArticle(d, article.id, to))

  function onKeyDown(e: KeyboardEvent) {
    // On the heading only: inside a paragraph, Alt+arrows move the paragraph.
    if (!e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === 'ArrowUp' && number > 1) {
      e.preventDefault()
      move(number - 2, 'up')
    } else if (e.key === 'ArrowDown' && number < count) {
      e.preventDefault()
      move(number, 'down')
    }
  }

  function addParagraph() {
    const p = newParagraph()
    apply(`Add a paragraph to ${name}`, (d) => insertParagraph(d, { articleId: article.id }, p))
    focusParagraphSoon(p.id)
  }

  return (
    <section className={`article-editor${dropping ? ' article-dropping' : ''}`} aria-label={name} data-article-id={article.id}>
      <div
        className="article-head"
        onKeyDown={onKeyDown}
        onDragOver={(e) => {
          if (!carries(e, DRAG_ARTICLE) && !carries(e, DRAG_PARAGRAPH)) return
          e.preventDefault()
          e.dataTransfer.dropEffect = 'move'
          setDropping(true)
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          setDropping(false)
          const [movedArticle] = droppedIds(e, DRAG_ARTICLE)
          const [movedParagraph] = droppedIds(e, DRAG_PARAGRAPH)
          e.preventDefault()
          if (movedArticle && movedArticle !== article.id) {
            apply(`Move ${ctx.labels.get(movedArticle) ?? 'article'} to ${name}`, (d) =>
              moveArticle(d, movedArticle, d.articles.findIndex((a) => a.id === article.id)),
            )
          } else if (movedParagraph) {
            apply(`Move ${ctx.labels.get(movedParagraph) ?? 'paragraph'} to ${name}`, (d) =>
              moveParagraph(d, movedParagraph, { articleId: article.id }, 0),
            )
          }
        }}
      >
        <span
          className="drag-handle"
          draggable
          title="Drag to move this article"
          aria-hidden="true"
          onDragStart={(e) => startDrag(e, DRAG_ARTICLE, [article.id], name)}
        >
          ⠿
        </span>
        <h2 className="article-number">{name}</h2>
        <span className="article-dash" aria-hidden="true">
          —
        </span>
        <input
          className="article-title"
          aria-label={`Title of ${name}`}
          dir="auto"
          placeholder="Title of the article"
          value={article.title}
          onChange={(e) => apply(`Rename ${name}`, (d) => renameArticle(d, article.id, e.target.value), `title:${article.id}`)}
        />
        <span className="para-tools">
          <button type="button" className="tool-button" aria-label={`Move ${name} up`} disabled={number === 1} onClick={() => move(number - 2, 'up')}>
            ↑
          </button>
          <button type="button" className="tool-button" aria-label={`Move ${name} down`} disabled={number === count} onClick={() => move(number, 'down')}>
            ↓
          </button>
          <button type="button" className="tool-button tool-button-danger" aria-label={`Delete ${name}`} onClick={() => apply(`Delete ${name}`, (d) => removeArticle(d, article.id))}>
            Delete
          </button>
        </span>
      </div>
      {article.paragraphs.length === 0 && <p className="muted article-empty">This article has no paragraphs yet.</p>}
      <ParagraphList
        ctx={ctx}
        container={{ articleId: article.id }}
        paragraphs={article.paragraphs}
        numbered
        reasons={reasons}
        onDismissReasons={onDismissReasons}
      />
      <button type="button" className="button button-quiet add-paragraph" onClick={addParagraph}>
        + Paragraph in {name}
      </button>
    </section>
  )
}
