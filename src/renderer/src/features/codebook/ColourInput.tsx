import { useEffect, useRef, useState } from 'react'
import { toErrorData } from '../../lib/errors'
import { showToast } from '../history/toast'

interface Props {
  id: string
  label: string
  colour: string
  onSave: (colour: string) => Promise<unknown>
}

// The picker reports every step of a drag; one save (and one undo step) per pause is enough.
const PAUSE_MS = 400

/** The tag's swatch, which is also its colour picker. */
export function ColourInput({ id, label, colour, onSave }: Props) {
  const [state, setState] = useState({ base: colour, value: colour })
  let value = state.value
  if (colour !== state.base) {
    // A change from elsewhere (an undo) wins unless the user is picking right now.
    value = state.value === state.base ? colour : state.value
    setState({ base: colour, value })
  }
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  return (
    <input
      id={id}
      type="color"
      className="colour-input"
      aria-label={label}
      title={label}
      value={value}
      onChange={(e) => {
        const next = e.target.value
        setState((s) => ({ ...s, value: next }))
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(() => {
          onSave(next).catch((err: unknown) => {
            setState((s) => ({ ...s, value: s.base }))
            showToast(`The colour was not saved: ${toErrorData(err).message}`)
          })
        }, PAUSE_MS)
      }}
    />
  )
}
