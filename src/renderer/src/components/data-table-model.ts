import type { CSSProperties, ReactNode } from 'react'
import { flexRender, type CellContext, type Column, type ColumnDef, type RowData, type Table, type VisibilityState } from '@tanstack/react-table'
import type { TableState } from '../../../shared/views'
import type { IndexColumn } from '../../../shared/table-index'

declare module '@tanstack/react-table' {
  // The type parameters must match TanStack's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** 'text' columns get a filter box of their own and take part in the global filter. */
    filterVariant?: 'text'
    /**
     * A multi-select filter over the column's values, with counts. Values are
     * the accessor's (or getUniqueValues') strings; '' means "not set".
     */
    facet?: { label?: (value: string) => string }
    /** The cell as plain text, for filtering, sorting and export; defaults to the value as a string. */
    text?: (row: TData) => string
    /** Sort by the raw value (numbers, ISO dates) rather than by the text. */
    sortByValue?: boolean
    /** Hidden until the user shows it from the Columns menu. */
    hidden?: boolean
    /** Right-aligns numbers so that they compare at a glance. */
    numeric?: boolean
    /** The column takes a share of spare width (long text such as titles). */
    grow?: boolean
  }
}

export function columnName<T>(column: Column<T, unknown>): string {
  const h = column.columnDef.header
  return typeof h === 'string' ? h : column.id
}

function initialVisibility<T>(columns: readonly ColumnDef<T>[]): VisibilityState {
  return Object.fromEntries(columns.filter((c) => c.meta?.hidden).map((c) => [c.id ?? '', false]))
}

export function emptyTableState<T>(columns: readonly ColumnDef<T>[]): TableState {
  return { globalFilter: '', columnFilters: [], sorting: [], columnVisibility: initialVisibility(columns) }
}

/** "Not set" in facet lists, where an empty value would be an empty checkbox label. */
export function facetLabel<T>(column: Column<T, unknown>, value: string): string {
  const label = column.columnDef.meta?.facet?.label?.(value) ?? value
  return label === '' ? '(not set)' : label
}

const stringOf = (value: unknown): string => (value === undefined || value === null ? '' : String(value))

function canGlobalFilter<T>(def: ColumnDef<T>): boolean {
  return def.meta?.filterVariant === 'text' || def.meta?.facet !== undefined
}

/** What the row index needs of each column, read from the declared meta. */
export function indexColumns<T>(columns: readonly ColumnDef<T>[]): IndexColumn<T>[] {
  return columns.map((def) => {
    const accessor = 'accessorFn' in def ? def.accessorFn : undefined
    const raw = (row: T) => accessor?.(row, 0)
    const unique = def.getUniqueValues
    return {
      id: def.id ?? '',
      text: def.meta?.text ?? ((row: T) => stringOf(raw(row))),
      facetValues: unique ? (row: T) => unique(row, 0).map(stringOf) : (row: T) => [stringOf(raw(row))],
      value: def.meta?.sortByValue || def.meta?.numeric ? raw : undefined,
      global: canGlobalFilter(def),
    }
  })
}

/** A shown column as the body renders it: its cells come straight from the row data. */
export interface BodyColumn<T> {
  id: string
  numeric: boolean
  /** The cell of `row`, the row at `index` in the table's data. */
  render: (row: T, index: number) => ReactNode
}

/**
 * The shown columns, in order, for the body. TanStack would make a row
 * object and an object per cell, each with dozens of methods, for every row
 * that scrolls into view: most of what scrolling allocated. A column without
 * a `cell` shows its value as text, as TanStack's default cell does; one
 * with a `cell` gets a context that holds the row's data, id and index
 * rather than a row object, which is all the columns' cells read.
 */
export function bodyColumns<T extends { id: string }>(
  table: Table<T>,
  shown: readonly Column<T, unknown>[],
  defs: readonly ColumnDef<T>[],
): BodyColumn<T>[] {
  return shown.map((column) => {
    const def = defs.find((d) => d.id === column.id)
    const accessor = def && 'accessorFn' in def ? def.accessorFn : undefined
    const value = (row: T, index: number) => accessor?.(row, index)
    const cell = def?.cell
    const render =
      cell === undefined
        ? (row: T, index: number) => stringOf(value(row, index))
        : (row: T, index: number) => {
            const context = {
              table,
              column,
              row: { id: row.id, index, original: row },
              getValue: () => value(row, index),
              renderValue: () => value(row, index) ?? null,
            } as CellContext<T, unknown>
            return flexRender(cell, context)
          }
    return { id: column.id, numeric: def?.meta?.numeric === true, render }
  })
}

/*
 * The table lays out its rows as fixed-width boxes rather than as an HTML
 * table, whose layout visits every row whenever one changes. Each cell of
 * the k-th rendered column reads its width from the table's --col-k, so a
 * new width restyles the table without rendering any row again.
 */
const widthStyles: CSSProperties[] = []

/** The style of every cell in the k-th rendered column (the tick-box column counts). */
export function columnStyle(k: number): CSSProperties {
  return (widthStyles[k] ??= { width: `var(--col-${k})` })
}

/** The table's widths, in pixels, for the cells' `columnStyle`. */
export function columnWidths(widths: readonly number[]): CSSProperties {
  return Object.fromEntries(widths.map((w, k) => [`--col-${k}`, `${w}px`]))
}
