export interface ColumnWidth {
  /** Preferred width in pixels. */
  size: number
  /** Narrowest width that still shows the header label. */
  minSize: number
  /** Takes a share of any extra width (text columns such as Title). */
  grow: boolean
}

/**
 * Pixel widths for columns in the available width. Extra space goes to the
 * growing columns; when space is short every column gives up width in
 * proportion to its slack, and below the sum of minimums the table scrolls.
 */
export function fitColumns(columns: readonly ColumnWidth[], available: number): number[] {
  const preferred = columns.reduce((sum, c) => sum + c.size, 0)
  if (available >= preferred) {
    const extra = available - preferred
    const growing = columns.filter((c) => c.grow)
    const receivers = growing.length > 0 ? growing : columns
    const share = receivers.reduce((sum, c) => sum + c.size, 0)
    return columns.map((c) => Math.floor(receivers.includes(c) ? c.size + (extra * c.size) / share : c.size))
  }
  const deficit = preferred - available
  const slack = columns.reduce((sum, c) => sum + Math.max(0, c.size - c.minSize), 0)
  if (slack <= deficit) return columns.map((c) => Math.min(c.size, c.minSize))
  return columns.map((c) => Math.floor(c.size - (deficit * Math.max(0, c.size - c.minSize)) / slack))
}
