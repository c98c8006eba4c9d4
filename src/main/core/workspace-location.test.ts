import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseWorkspace, userDataDir } from './workspace-location'

describe('chooseWorkspace', () => {
  const env = { HOME: '/home/ana' }
  it('prefers --workspace, then the environment, then the default', () => {
    expect(chooseWorkspace(['--workspace', 'w1'], { ...env, CLAUSEWRIGHT_WORKSPACE: 'w2' })).toEqual({ dir: resolve('w1'), isDefault: false })
    expect(chooseWorkspace(['--workspace=w3'], env)).toEqual({ dir: resolve('w3'), isDefault: false })
    expect(chooseWorkspace([], { ...env, CLAUSEWRIGHT_WORKSPACE: 'w2' })).toEqual({ dir: resolve('w2'), isDefault: false })
    expect(chooseWorkspace([], env)).toEqual({ dir: '/home/ana/.local/share/clausewright/workspace', isDefault: true })
  })

  it('follows each platform convention for user data', () => {
    expect(userDataDir({ HOME: '/home/ana', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/clausewright')
    expect(userDataDir({ HOME: '/Users/ana' }, 'darwin')).toBe('/Users/ana/Library/Application Support/Clausewright')
  })
})
