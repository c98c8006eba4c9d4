import { describe, it, expect } from 'vitest'
import { fitColumns } from './fit-columns'

const title = { size: 300, minSize: 150, grow: true }
const date = { size: 100, minSize: 90, grow: false }

describe('fitColumns', () => {
  it('gives extra width to growing columns only', () => {
    expect(fitColumns([title, date], 600)).toEqual([500, 100])
  })

  it('shares extra width among all columns when none grows', () => {
    expect(fitColumns([{ ...title, grow: false }, date], 800)).toEqual([600, 200])
  })

  it('takes missing width in proportion to each column slack', () => {
    expect(fitColumns([title, date], 320)).toEqual([225, 95])
  })

  it('stops at the minimum widths, leaving the table to scroll', () => {
    expect(fitColumns([title, date], 100)).toEqual([150, 90])
  })
})
