import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { SourcePatch } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import { sourceKinds, type Source, type SourceKind } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'

interface Props {
  source: Source
  onSaved: (source: Source) => void
  onCancel: () => void
}

const fields = ['title', 'authors', 'date', 'kind', 'publisher', 'url', 'language', 'note'] as const
type Field = (typeof fields)[number]
type Values = Record<Exclude<Field, 'kind'>, string> & { kind: SourceKind }

function valuesOf(s: Source): Values {
  const { title, date, kind, publisher, url, language, note } = s
  return { title, authors: s.authors.join(', '), date, kind, publisher, url, language, note }
}

function patchOf(v: Values): SourcePatch {
  const authors = v.authors.split(',').map((a) => a.trim()).filter((a) => a !== '')
  const { title, kind, note } = v
  return { title, kind, note, authors, date: v.date.trim(), publisher: v.publisher.trim(), url: v.url.trim(), language: v.language.trim() }
}

/** "patch.authors.0" names the Authors field; the message loses its "patch.date: " lead-in beside the field. */
function fieldOf(error: AppErrorData | null): Field | null {
  const name = error?.field?.split('.')[1]
  return fields.find((f) => f === name) ?? null
}

/** Edits the metadata; the typed values stay in the form until the core accepts them. */
export function SourceEditForm({ source, onSaved, onCancel }: Props) {
  const [values, setValues] = useState(() => valuesOf(source))
  const [error, setError] = useState<AppErrorData | null>(null)
  const [pending, setPending] = useState(false)
  const id = useId()
  const errorField = fieldOf(error)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (pending) return
    setPending(true)
    setError(null)
    try {
      onSaved(await call('sources.update', { id: source.id, patch: patchOf(values) }))
    } catch (err) {
      const data = toErrorData(err)
      setError(data)
      setPending(false)
      const field = fieldOf(data)
      if (field) document.getElementById(`${id}-${field}`)?.focus()
    }
  }

  const field = (name: Field, label: string, control: (props: ControlProps) => ReactNode, wide = false) => {
    const invalid = errorField === name
    const props: ControlProps = {
      id: `${id}-${name}`,
      value: values[name],
      onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
      'aria-invalid': invalid || undefined,
      'aria-describedby': invalid ? `${id}-${name}-error` : undefined,
    }
    return (
      <div className={wide ? 'field field-wide' : 'field'}>
        <label htmlFor={props.id}>{label}</label>
        {control(props)}
        {invalid && error && (
          <p id={`${id}-${name}-error`} className="field-error" role="alert">
            {error.message.replace(/^[\w.]+: /, '')}
          </p>
        )}
      </div>
    )
  }

  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-label="Edit details">
      {field('title', 'Title', (p) => <TextInput {...p} dir="auto" />)}
      {field('authors', 'Authors', (p) => <TextInput {...p} dir="auto" placeholder="Separate names with commas" />)}
      <div className="field-row">
        {field('date', 'Date', (p) => <TextInput {...p} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" />, true)}
        {field('kind', 'Kind', ({ onChange, ...p }) => (
          <select {...p} onChange={(e) => onChange(e.target.value as SourceKind)}>
            {sourceKinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        ))}
      </div>
      {field('publisher', 'Publisher', (p) => <TextInput {...p} dir="auto" />)}
      <div className="field-row">
        {field('url', 'URL', (p) => <TextInput {...p} />, true)}
        {field('language', 'Language', (p) => <TextInput {...p} placeholder="e.g. en, fr, ar" />)}
      </div>
      {field('note', 'Note', ({ onChange, ...p }) => <textarea {...p} rows={3} dir="auto" onChange={(e) => onChange(e.target.value)} />)}
      {error && !errorField && <ErrorMessage title="The details were not saved." error={error} />}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" aria-disabled={pending}>
          Save
        </button>
      </div>
    </form>
  )
}

interface ControlProps {
  id: string
  value: string
  onChange: (value: string) => void
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

function TextInput({ onChange, ...props }: ControlProps & { dir?: 'auto'; placeholder?: string }) {
  return <input {...props} onChange={(e) => onChange(e.target.value)} />
}
