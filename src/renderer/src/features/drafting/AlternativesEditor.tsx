import { updateParagraph } from '../../../../shared/drafting/draft-edits'
import { fromEditableText, toEditableText } from '../../../../shared/drafting/references'
import type { Paragraph } from '../../../../shared/model'
import type { ParagraphContext } from './ParagraphEditor'

interface Props {
  ctx: ParagraphContext
  paragraph: Paragraph
  label: string
}

/**
 * Bracketed alternatives to a paragraph's text, as negotiators table them:
 * the export writes "[text] [alternative]". Adding one brackets the paragraph.
 */
export function AlternativesEditor({ ctx, paragraph, label }: Props) {
  const alternatives = paragraph.alternatives ?? []
  const set = (next: string[], what: string, mergeKey?: string) =>
    ctx.apply(what, (d) => updateParagraph(d, paragraph.id, next.length > 0 ? { alternatives: next } : { alternatives: undefined }), mergeKey)

  return (
    <div className="para-alternatives">
      {alternatives.map((alt, i) => (
        <div key={i} className="para-alternative">
          <span className="para-alternative-mark" aria-hidden="true">
            Alt. {i + 1}
          </span>
          <textarea
            className="para-text para-text-alternative"
            aria-label={`Alternative ${i + 1} of ${label}`}
            dir="auto"
            rows={1}
            value={toEditableText(ctx.draft, alt)}
            onChange={(e) =>
              set(
                alternatives.map((a, j) => (j === i ? fromEditableText(ctx.draft, e.target.value) : a)),
                `Edit alternative ${i + 1} of ${label}`,
                `alt:${paragraph.id}:${i}`,
              )
            }
          />
          <button
            type="button"
            className="tool-button"
            aria-label={`Remove alternative ${i + 1} of ${label}`}
            onClick={() => set(alternatives.filter((_a, j) => j !== i), `Remove alternative ${i + 1} of ${label}`)}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="tool-button"
        onClick={() =>
          ctx.apply(`Add an alternative to ${label}`, (d) =>
            updateParagraph(d, paragraph.id, { alternatives: [...alternatives, paragraph.text], status: 'bracketed' }),
          )
        }
      >
        Add alternative
      </button>
    </div>
  )
}
