import { useId, useMemo, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { ModalDialog } from '../../components/ModalDialog'
import { foldText } from '../../lib/text-find'

const SHOWN = 50

interface Props {
  /** "Article 2(1)": the paragraph the picked excerpts will support. */
  label: string
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  attached: readonly string[]
  onAttach: (id: string) => void
  onClose: () => void
}

/** A searchable list of clippings (quote, source, tags and obligation fields) to attach to one paragraph. */
export function EvidencePicker({ label, clippings, tagsById, attached, onAttach, onClose }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const name = (tagId: string | null | undefined) => (tagId ? (tagsById.get(tagId)?.name ?? '') : '')
  const haystacks = useMemo(
    () =>
      clippings.map((c) =>
        foldText([c.quote, c.sourceTitle, ...c.tags.map(name), name(c.obligation?.type), name(c.obligation?.instrument), c.obligation?.modality ?? ''].join(' ')),
      ),
    // name reads tagsById only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [clippings, tagsById],
  )
  const words = foldText(query).split(/\s+/).filter(Boolean)
  const matches = clippings.filter((_c, i) => words.every((w) => haystacks[i]?.includes(w)))

  return (
    <ModalDialog title={`Add evidence to ${label}`} onCancel={onClose} wide>
      <label className="visually-hidden" htmlFor={`${id}-q`}>
        Search clippings
      </label>
      <input
        id={`${id}-q`}
        className="filter-input picker-search"
        type="search"
        placeholder="Search quotes, sources, tags, types, instruments"
        value={query}
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted picker-count" role="status">
        {matches.length === 0 ? 'No clippings match.' : `${Math.min(matches.length, SHOWN)} of ${matches.length} shown`}
      </p>
      <ul className="picker-list" aria-label="Matching clippings">
        {matches.slice(0, SHOWN).map((c) => {
          const done = attached.includes(c.id)
          const fields = [name(c.obligation?.type), c.obligation?.modality, name(c.obligation?.instrument)].filter(Boolean).join(' · ')
          return (
            <li key={c.id} className="picker-item">
              <div className="picker-text">
                <p className="picker-quote" dir="auto">
                  “{c.quote}”
                </p>
                <p className="muted picker-meta" dir="auto">
                  {c.sourceTitle}
                  {fields && ` · ${fields}`}
                </p>
              </div>
              <button type="button" className="button button-small" disabled={done} onClick={() => onAttach(c.id)}>
                {done ? 'Attached' : 'Attach'}
              </button>
            </li>
          )
        })}
      </ul>
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  )
}
