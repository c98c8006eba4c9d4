import { useId, useMemo, useState, type FormEvent } from 'react'
import { facetTags } from '../../../../shared/coverage'
import type { AppErrorData } from '../../../../shared/errors'
import { modalities, stances, type Obligation, type Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { usePopoverClose } from '../../components/Popover'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'

/** The select value that leaves a field as each clipping has it. */
const KEEP = '\u0000keep'
/** The select value that clears a field ("not set"). */
const CLEAR = ''

interface Props {
  ids: string[]
  tags: readonly Tag[]
}

/** Indents a tag by its depth below the facet root, so instruments read as their codebook tree. */
function options(tags: readonly Tag[], facet: 'type' | 'instrument'): { id: string; label: string }[] {
  const parentOf = new Map(tags.map((t) => [t.id, t.parentId]))
  return facetTags(tags, facet).map((tag) => {
    let depth = 0
    for (let p = parentOf.get(tag.id); p && depth < 10; p = parentOf.get(p)) depth++
    return { id: tag.id, label: `${'\u2003'.repeat(Math.max(0, depth - 1))}${tag.name}` }
  })
}

/** Sets obligation fields on every selected clipping; fields left at "Keep as is" are not touched. */
export function BulkClassifyForm({ ids, tags }: Props) {
  const close = usePopoverClose()
  const id = useId()
  const [fields, setFields] = useState({ type: KEEP, modality: KEEP, bearer: '', instrument: KEEP, stance: KEEP })
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const types = useMemo(() => options(tags, 'type'), [tags])
  const instruments = useMemo(() => options(tags, 'instrument'), [tags])

  const patch: Partial<Obligation> = {}
  if (fields.type !== KEEP) patch.type = fields.type === CLEAR ? null : fields.type
  if (fields.instrument !== KEEP) patch.instrument = fields.instrument === CLEAR ? null : fields.instrument
  if (fields.modality !== KEEP) patch.modality = fields.modality as Obligation['modality']
  if (fields.stance !== KEEP) patch.stance = fields.stance as Obligation['stance']
  if (fields.bearer.trim()) patch.bearer = fields.bearer.trim()
  const empty = Object.keys(patch).length === 0

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    if (busy || empty) return
    setBusy(true)
    setError(null)
    try {
      await mutate('clippings.bulkUpdate', { ids, obligation: patch })
      close()
    } catch (err) {
      setError(toErrorData(err))
      setBusy(false)
    }
  }

  const select = (name: 'type' | 'modality' | 'instrument' | 'stance', label: string, choices: { id: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={fields[name]} onChange={(e) => setFields({ ...fields, [name]: e.target.value })}>
        <option value={KEEP}>Keep as is</option>
        <option value={CLEAR}>(not set)</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  )
  const words = (values: readonly string[]) => values.map((v) => ({ id: v, label: v }))

  return (
    <form className="popover-form classify-form" onSubmit={onSubmit}>
      {select('type', 'Type', types)}
      {select('modality', 'Modality', words(modalities))}
      <div className="field">
        <label htmlFor={`${id}-bearer`}>Bearer</label>
        <input
          id={`${id}-bearer`}
          placeholder="Keep as is"
          maxLength={200}
          value={fields.bearer}
          onChange={(e) => setFields({ ...fields, bearer: e.target.value })}
          dir="auto"
        />
      </div>
      {select('instrument', 'Instrument', instruments)}
      {select('stance', 'Stance', words(stances))}
      {error && <ErrorMessage title="Could not classify the clippings." error={error} />}
      <div className="dialog-buttons">
        <button type="submit" className="button button-primary" aria-disabled={busy || empty}>
          Apply to {countOf(ids.length, 'clipping', 'clippings')}
        </button>
      </div>
    </form>
  )
}
