import { useId, useMemo, type ReactNode } from 'react'
import { modalities, stances, type Tag } from '../../../../shared/model'
import { suggestModality } from '../../../../shared/obligations/suggest-modality'
import { suggestType } from '../../../../shared/obligations/suggest-type'
import { facetTags } from '../../lib/tag-tree'
import type { Draft, DraftField } from './clipping-draft'
import { Suggestion } from './Suggestion'

const commonBearers = [
  'States',
  'States Parties',
  'operators of critical infrastructure',
  'operators of essential services',
  'CERTs/CSIRTs',
  'the Secretariat',
  'Member States',
]

interface Props {
  quote: string
  values: Draft
  tags: readonly Tag[]
  tagsById: ReadonlyMap<string, Tag>
  setField: <F extends DraftField>(field: F, value: Draft[F], typing?: boolean) => void
  onTextDone: () => void
  /** The field a failed save named, marked invalid. */
  invalidField: DraftField | null
}

// Nested tags are indented with no-break spaces: an <option> can hold nothing but text.
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth)

export function ObligationFields({ quote, values, tags, tagsById, setField, onTextDone, invalidField }: Props) {
  const id = useId()
  const types = useMemo(() => facetTags(tags, 'type'), [tags])
  const instruments = useMemo(() => facetTags(tags, 'instrument'), [tags])
  const modality = useMemo(() => suggestModality(quote), [quote])
  const type = useMemo(() => suggestType(quote, modality), [quote, modality])
  const suggestedType = type ? tagsById.get(type.typeTagId) : undefined

  const field = (name: DraftField, label: string, control: ReactNode, suggestion?: ReactNode) => (
    <div className="editor-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <div className="editor-control">
        {control}
        {suggestion}
      </div>
    </div>
  )
  const common = (name: DraftField) => ({ id: `${id}-${name}`, 'aria-invalid': invalidField === name || undefined })

  const tagSelect = (name: 'type' | 'instrument', options: Array<{ tag: Tag; depth: number }>) => {
    const value = values[name]
    const known = value === null || options.some((o) => o.tag.id === value)
    return (
      <select {...common(name)} value={value ?? ''} onChange={(e) => setField(name, e.target.value || null)}>
        <option value="">not set</option>
        {!known && value && <option value={value}>{tagsById.get(value)?.name ?? 'unknown tag'}</option>}
        {options.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {indent(depth)}
            {tag.name}
          </option>
        ))}
      </select>
    )
  }

  const textInput = (name: 'bearer' | 'scope', extra: { list?: string; placeholder?: string } = {}) => (
    <input
      {...common(name)}
      {...extra}
      type="text"
      dir="auto"
      value={values[name]}
      onChange={(e) => setField(name, e.target.value, true)}
      onBlur={onTextDone}
    />
  )

  return (
    <div className="editor-fields">
      {field(
        'type',
        'Type',
        tagSelect('type', types),
        type && suggestedType && values.type !== suggestedType.id && (
          <Suggestion
            field="type"
            value={suggestedType.name}
            explanation={type.explanation}
            confidence={type.confidence}
            onApply={() => setField('type', suggestedType.id)}
          />
        ),
      )}
      {field(
        'modality',
        'Modality',
        <select {...common('modality')} value={values.modality} onChange={(e) => setField('modality', e.target.value as Draft['modality'])}>
          <option value="">not set</option>
          {modalities.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>,
        modality && values.modality !== modality.modality && (
          <Suggestion
            field="modality"
            value={modality.modality}
            explanation={modality.explanation}
            confidence={modality.confidence}
            onApply={() => setField('modality', modality.modality)}
          />
        ),
      )}
      {field('bearer', 'Bearer', textInput('bearer', { list: `${id}-bearers`, placeholder: 'Who bears the duty' }))}
      <datalist id={`${id}-bearers`}>
        {commonBearers.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      {field('scope', 'Scope', textInput('scope', { placeholder: 'e.g. critical infrastructure by sector' }))}
      {field('instrument', 'Instrument', tagSelect('instrument', instruments))}
      {field(
        'stance',
        'Stance',
        <select {...common('stance')} value={values.stance} onChange={(e) => setField('stance', e.target.value as Draft['stance'])}>
          <option value="">not set</option>
          {stances.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>,
      )}
      {field(
        'note',
        'Note',
        <textarea
          {...common('note')}
          rows={3}
          dir="auto"
          value={values.note}
          onChange={(e) => setField('note', e.target.value, true)}
          onBlur={onTextDone}
        />,
      )}
    </div>
  )
}
