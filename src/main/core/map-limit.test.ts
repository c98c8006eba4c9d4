import { describe, expect, it } from 'vitest'
import { mapLimit } from './map-limit'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapLimit', () => {
  it('keeps the order of the items with a few calls in flight', async () => {
    let inFlight = 0
    let most = 0
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++inFlight)
      await tick(n)
      inFlight--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(most).toBe(2)
  })

  it('after a failure starts no new call, and throws once the calls in flight have finished', async () => {
    const started: number[] = []
    const finished: number[] = []
    const error = await mapLimit([1, 2, 3, 4, 5, 6], 3, async (n) => {
      started.push(n)
      if (n === 1) throw new Error('first fails')
      await tick(20)
      finished.push(n)
      return n
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('first fails')
    expect(started).toEqual([1, 2, 3])
    expect(finished.sort()).toEqual([2, 3])
  })
})
