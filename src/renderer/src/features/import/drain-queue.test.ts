import { describe, expect, it } from 'vitest'
import { drainQueue } from './drain-queue'

/** A step whose calls finish only when the test lets them. */
function heldSteps() {
  const started: number[] = []
  const release = new Map<number, () => void>()
  const step = (item: number) => {
    started.push(item)
    return new Promise<void>((resolve) => release.set(item, resolve))
  }
  return { started, step, finish: (item: number) => release.get(item)?.() }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('drainQueue', () => {
  it('keeps at most `limit` steps in flight, starting items in queue order', async () => {
    const queue = [1, 2, 3, 4]
    const { started, step, finish } = heldSteps()
    const done = drainQueue(queue, 2, () => false, step)
    await settle()
    expect(started).toEqual([1, 2])
    finish(2)
    await settle()
    expect(started).toEqual([1, 2, 3])
    finish(1)
    finish(3)
    await settle()
    expect(started).toEqual([1, 2, 3, 4])
    finish(4)
    await done
  })

  it('takes items added while it runs', async () => {
    const queue = [1]
    const { started, step, finish } = heldSteps()
    const done = drainQueue(queue, 2, () => false, step)
    await settle()
    queue.push(2)
    finish(1)
    await settle()
    expect(started).toEqual([1, 2])
    finish(2)
    await done
  })

  it('once stopped, starts nothing more and resolves after the steps in flight', async () => {
    const queue = [1, 2, 3, 4]
    let stopped = false
    const { started, step, finish } = heldSteps()
    let resolved = false
    const done = drainQueue(queue, 2, () => stopped, step).then(() => (resolved = true))
    await settle()
    stopped = true
    finish(1)
    await settle()
    expect(resolved).toBe(false)
    finish(2)
    await done
    expect(started).toEqual([1, 2])
  })
})
