import { useRef, useState, type KeyboardEvent } from 'react'
import { shadeLevel, type Coverage, type CoverageAxis, type CoverageLine } from '../../../../shared/coverage'
import { countOf } from '../../lib/format'
import type { CoveragePick } from './CoverageView'

interface Props {
  coverage: Coverage
  axis: CoverageAxis
  onPick: (pick: CoveragePick) => void
}

const clippings = (n: number) => (n === 0 ? 'no clippings' : countOf(n, 'clipping', 'clippings'))

/**
 * The matrix as a table of buttons, totals last. One tab stop: arrow keys
 * move between cells (roving tabindex), Enter lists the cell's clippings.
 */
export function CoverageMatrix({ coverage, axis, onPick }: Props) {
  const { rows, columns, counts, max } = coverage
  const [focus, setFocus] = useState<[number, number]>([0, 0])
  const tableRef = useRef<HTMLTableElement>(null)
  const lastRow = rows.length
  const lastCol = columns.length
  const [fr, fc] = [Math.min(focus[0], lastRow), Math.min(focus[1], lastCol)]
  const columnsName = axis === 'instrument' ? 'instruments' : 'sources'
  const pickType = (row: CoverageLine) => ({ id: 'type' as const, value: row.key })
  const pickColumn = (col: CoverageLine) => ({ id: axis, value: col.key })

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const ctrl = e.ctrlKey || e.metaKey
    const moves: Record<string, [number, number]> = {
      ArrowUp: [fr - 1, fc],
      ArrowDown: [fr + 1, fc],
      ArrowLeft: [fr, fc - 1],
      ArrowRight: [fr, fc + 1],
      Home: ctrl ? [0, 0] : [fr, 0],
      End: ctrl ? [lastRow, lastCol] : [fr, lastCol],
    }
    const to = moves[e.key]
    if (!to) return
    e.preventDefault()
    const next: [number, number] = [Math.max(0, Math.min(lastRow, to[0])), Math.max(0, Math.min(lastCol, to[1]))]
    setFocus(next)
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus()
  }

  const cell = (r: number, c: number, count: number, label: string, pick: CoveragePick, className: string) => (
    <button
      type="button"
      className={className}
      data-cell={`${r}:${c}`}
      tabIndex={r === fr && c === fc ? 0 : -1}
      aria-label={label}
      title={label}
      onFocus={() => setFocus([r, c])}
      onClick={() => onPick(pick)}
    >
      {count === 0 ? <span aria-hidden="true">·</span> : count}
    </button>
  )

  return (
    <table
      ref={tableRef}
      className="coverage-matrix"
      aria-label={`Coverage: obligation types by ${axis}`}
      onKeyDown={onKeyDown}
    >
      <thead>
        <GroupRow columns={columns} />
        <tr>
          <th scope="col" className="coverage-corner">
            Type
          </th>
          {columns.map((col) => (
            <th key={col.key} scope="col" className="coverage-col" title={col.group ? `${col.group} › ${col.label}` : col.label}>
              <span dir="auto">{col.label}</span>
            </th>
          ))}
          <th scope="col" className="coverage-col coverage-total">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.key}>
            <th scope="row" className="coverage-row">
              {row.label}
            </th>
            {columns.map((col, c) => {
              const n = counts[r]?.[c] ?? 0
              return (
                <td key={col.key}>
                  {cell(r, c, n, `${row.label} × ${col.label}: ${clippings(n)}`, [pickType(row), pickColumn(col)], `coverage-cell shade-${shadeLevel(n, max)}`)}
                </td>
              )
            })}
            <td>{cell(r, lastCol, row.total, `${row.label}, all ${columnsName}: ${clippings(row.total)}`, [pickType(row)], 'coverage-cell coverage-sum')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="coverage-row coverage-total">
            Total
          </th>
          {columns.map((col, c) => (
            <td key={col.key}>
              {cell(lastRow, c, col.total, `All types × ${col.label}: ${clippings(col.total)}`, [pickColumn(col)], 'coverage-cell coverage-sum')}
            </td>
          ))}
          <td>{cell(lastRow, lastCol, coverage.total, `All clippings: ${coverage.total}`, [], 'coverage-cell coverage-sum')}</td>
        </tr>
      </tfoot>
    </table>
  )
}

/** Instruments below a group of the codebook ("UN GGE 2015 report") get the group's name above them. */
function GroupRow({ columns }: { columns: readonly CoverageLine[] }) {
  if (!columns.some((c) => c.group !== null)) return null
  const spans: { group: string | null; span: number; key: string }[] = []
  for (const col of columns) {
    const last = spans[spans.length - 1]
    if (last && last.group === col.group && col.group !== null) last.span++
    else spans.push({ group: col.group, span: 1, key: col.key })
  }
  return (
    <tr className="coverage-groups">
      <td />
      {spans.map((s) =>
        s.group === null ? (
          <td key={s.key} />
        ) : (
          <th key={s.key} scope="colgroup" colSpan={s.span}>
            <span dir="auto">{s.group}</span>
          </th>
        ),
      )}
      <td />
    </tr>
  )
}
