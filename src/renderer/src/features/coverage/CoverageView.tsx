import { useMemo, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import { computeCoverage, type CoverageAxis } from '../../../../shared/coverage'
import type { Tag } from '../../../../shared/model'
import { countOf } from '../../lib/format'
import { CoverageMatrix } from './CoverageMatrix'

/** The table filters a cell stands for: Type, and Instrument or Source. */
export type CoveragePick = { id: 'type' | 'instrument' | 'source'; value: string }[]

interface Props {
  clippings: readonly ClippingRow[]
  tags: readonly Tag[]
  onPick: (pick: CoveragePick) => void
}

const axes: { id: CoverageAxis; label: string }[] = [
  { id: 'instrument', label: 'Instruments' },
  { id: 'source', label: 'Sources' },
]

/** Obligation types against instruments or sources: where the evidence is, and where it is missing. */
export function CoverageView({ clippings, tags, onPick }: Props) {
  const [axis, setAxis] = useState<CoverageAxis>('instrument')
  const coverage = useMemo(() => computeCoverage(clippings, tags, axis), [clippings, tags, axis])
  return (
    <div className="coverage">
      <div className="coverage-toolbar">
        <fieldset className="segmented">
          <legend>Columns:</legend>
          {axes.map((a) => (
            <label key={a.id} className="segment">
              <input type="radio" name="coverage-axis" value={a.id} checked={axis === a.id} onChange={() => setAxis(a.id)} />
              <span>{a.label}</span>
            </label>
          ))}
        </fieldset>
        <p className="coverage-caption">
          Counts all {countOf(coverage.total, 'clipping', 'clippings')}, whatever the table’s filters. Choose a cell to list its
          clippings in the table.
          {axis === 'instrument' ? ' Instruments without clippings are left out.' : ''}
        </p>
      </div>
      {coverage.total === 0 ? (
        <p className="detail-placeholder">No clippings yet: the picture fills as you clip and classify passages.</p>
      ) : (
        <div className="coverage-scroll">
          <CoverageMatrix coverage={coverage} axis={axis} onPick={onPick} />
        </div>
      )}
    </div>
  )
}
