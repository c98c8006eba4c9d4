import { describe, expect, it } from 'vitest'
import { mapInOrder, mapLimit } from './map-limit'

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

describe('mapInOrder', () => {
  it('hands over each result in the order of the items, as soon as all before it are in', async () => {
    const seen: string[] = []
    const out = await mapInOrder([30, 5, 15, 1], 4, async (n) => {
      await tick(n)
      seen.push(`made ${n}`)
      return n
    }, (n, index) => seen.push(`took ${index}:${n}`))
    expect(out).toEqual([30, 5, 15, 1])
    // The slow first item holds back the others, which then come in order.
    expect(seen).toEqual(['made 1', 'made 5', 'made 15', 'made 30', 'took 0:30', 'took 1:5', 'took 2:15', 'took 3:1'])
  })

  it('hands over the first results before the later ones are made', async () => {
    const taken: number[] = []
    let takenWhenLastStarted: number[] = []
    await mapInOrder([1, 2, 3], 1, async (n) => {
      if (n === 3) takenWhenLastStarted = [...taken]
      await tick(1)
      return n
    }, (n) => taken.push(n))
    expect(takenWhenLastStarted).toEqual([1, 2])
    expect(taken).toEqual([1, 2, 3])
  })
})
