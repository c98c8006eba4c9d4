import { describe, expect, it } from 'vitest'
import { keepingBuiltins } from './keep-builtins'

describe('keepingBuiltins', () => {
  it('puts back a built-in method the load replaced and keeps one it added', async () => {
    const enginePush = Array.prototype.push
    const engineParse = JSON.parse
    try {
      const loaded = await keepingBuiltins(async () => {
        Array.prototype.push = function push(this: unknown[], ...items: unknown[]): number {
          return enginePush.apply(this, items)
        }
        JSON.parse = (text: string) => engineParse(text) as unknown
        Object.defineProperty(Map.prototype, 'addedByLoad', { value: () => 'added', configurable: true, writable: true })
        return 'module'
      })
      expect(loaded).toBe('module')
      expect(Array.prototype.push).toBe(enginePush)
      expect(JSON.parse).toBe(engineParse)
      expect((new Map() as Map<never, never> & { addedByLoad: () => string }).addedByLoad()).toBe('added')
    } finally {
      Array.prototype.push = enginePush
      JSON.parse = engineParse
      Reflect.deleteProperty(Map.prototype, 'addedByLoad')
    }
  })

  it('restores the methods also when the load fails', async () => {
    const engineStringify = JSON.stringify
    try {
      const failed = keepingBuiltins(() => {
        JSON.stringify = () => 'replaced'
        return Promise.reject(new Error('the module did not load'))
      })
      await expect(failed).rejects.toThrow('the module did not load')
      expect(JSON.stringify).toBe(engineStringify)
    } finally {
      JSON.stringify = engineStringify
    }
  })
})
