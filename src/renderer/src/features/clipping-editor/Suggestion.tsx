import { useId } from 'react'
import type { Confidence } from '../../../../shared/obligations/suggest-modality'

interface Props {
  /** What the field would become, as shown: "should", "Positive obligation". */
  value: string
  /** The field's name in the accessible name: "modality", "type". */
  field: string
  explanation: string
  confidence: Confidence
  onApply: () => void
}

/** An offline suggestion the user confirms with one click, with the cue it rests on in plain sight. */
export function Suggestion({ value, field, explanation, confidence, onApply }: Props) {
  const id = useId()
  return (
    <div className="suggestion">
      <button type="button" className="suggestion-button" aria-describedby={id} onClick={onApply}>
        Suggested {field}: <strong>{value}</strong>
      </button>
      <small id={id} className="suggestion-why">
        {explanation}
        {confidence !== 'high' && <span className="suggestion-confidence"> ({confidence} confidence)</span>}
      </small>
    </div>
  )
}
