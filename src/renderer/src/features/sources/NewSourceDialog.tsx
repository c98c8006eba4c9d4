import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { sourceKinds, type Source, type SourceKind } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'

interface Props {
  onCancel: () => void
  onCreated: (source: Source) => void
}

const fields = ['title', 'authors', 'date', 'kind', 'publisher', 'url', 'text'] as const
type Field = (typeof fields)[number]
type FormValues = Record<Exclude<Field, 'kind'>, string> & { kind: SourceKind }

const emptyForm: FormValues = { title: '', authors: '', date: '', kind: 'note', publisher: '', url: '', text: '' }

function splitAuthors(authors: string): string[] {
  return authors
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
}

/**
 * Pasting a source by hand. The form stays mounted, with everything typed,
 * until the core accepts it: an error never costs the user their text.
 */
export function NewSourceDialog({ onCancel, onCreated }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [values, setValues] = useState<FormValues>(emptyForm)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [pending, setPending] = useState(false)
  const id = useId()
  const fieldId = (f: Field) => `${id}-${f}`
  const errorId = `${id}-error`

  // showModal() makes the rest of the window inert and traps focus in the dialog.
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    const field = error?.field
    if (field && (fields as readonly string[]).includes(field)) document.getElementById(`${id}-${field}`)?.focus()
  }, [error, id])

  function set<F extends Field>(field: F, value: FormValues[F]) {
    setValues((v) => ({ ...v, [field]: value }))
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (pending) return
    setPending(true)
    setError(null)
    try {
      const source = await call('sources.createFromText', {
        title: values.title,
        text: values.text,
        kind: values.kind,
        authors: splitAuthors(values.authors),
        date: values.date.trim(),
        publisher: values.publisher.trim(),
        url: values.url.trim(),
      })
      onCreated(source)
    } catch (err) {
      setError(toErrorData(err))
      setPending(false)
    }
  }

  const invalid = (f: Field) => (error?.field === f ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`} className="dialog-title">
          New source
        </h2>
        <div className="field">
          <label htmlFor={fieldId('title')}>Title</label>
          <input
            id={fieldId('title')}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
            dir="auto"
            autoFocus
            {...invalid('title')}
          />
        </div>
        <div className="field-row">
          <div className="field field-wide">
            <label htmlFor={fieldId('authors')}>Authors</label>
            <input
              id={fieldId('authors')}
              value={values.authors}
              onChange={(e) => set('authors', e.target.value)}
              placeholder="Separate names with commas"
              dir="auto"
              {...invalid('authors')}
            />
          </div>
          <div className="field">
            <label htmlFor={fieldId('date')}>Date</label>
            <input
              id={fieldId('date')}
              value={values.date}
              onChange={(e) => set('date', e.target.value)}
              placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
              inputMode="numeric"
              {...invalid('date')}
            />
          </div>
          <div className="field">
            <label htmlFor={fieldId('kind')}>Kind</label>
            <select id={fieldId('kind')} value={values.kind} onChange={(e) => set('kind', e.target.value as SourceKind)}>
              {sourceKinds.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field field-wide">
            <label htmlFor={fieldId('publisher')}>Publisher</label>
            <input
              id={fieldId('publisher')}
              value={values.publisher}
              onChange={(e) => set('publisher', e.target.value)}
              dir="auto"
              {...invalid('publisher')}
            />
          </div>
          <div className="field field-wide">
            <label htmlFor={fieldId('url')}>URL</label>
            <input id={fieldId('url')} value={values.url} onChange={(e) => set('url', e.target.value)} {...invalid('url')} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={fieldId('text')}>Text</label>
          <textarea
            id={fieldId('text')}
            value={values.text}
            onChange={(e) => set('text', e.target.value)}
            rows={14}
            dir="auto"
            {...invalid('text')}
          />
        </div>
        {error && (
          <div id={errorId}>
            <ErrorMessage title="The source was not added." error={error} />
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={pending}>
            Add source
          </button>
        </div>
      </form>
    </dialog>
  )
}
