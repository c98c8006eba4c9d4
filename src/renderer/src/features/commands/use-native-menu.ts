import { useEffect, useRef, useState } from 'react'
import type { AppMenuModel } from '../../../../shared/api'
import { call, onMenuCommand } from '../../lib/api'
import { useQuery } from '../../lib/use-query'
import type { Command } from './command'
import { commandById, menuModel } from './menu-model'

/** Where the menus are shown: the operating system's menu bar, the window's, or not yet known. */
export type MenuPlace = 'native' | 'window' | null

/**
 * In the Electron host, keeps the native menu bar in step with the command
 * list and runs the command of each native item chosen. Elsewhere, or if
 * the native menu cannot be built, the window shows the menus itself.
 */
export function useNativeMenu(commands: readonly Command[]): MenuPlace {
  const about = useQuery('app.about', {})
  const [failed, setFailed] = useState(false)
  const latest = useRef(commands)
  useEffect(() => {
    latest.current = commands
  })
  const place: MenuPlace =
    about === null || about.status === 'loading' ? null : about.status === 'loaded' && about.data.host === 'electron' && !failed ? 'native' : 'window'
  // Sent only when the menus change, not at every render.
  const model = place === 'native' ? JSON.stringify(menuModel(commands)) : null

  useEffect(() => {
    if (model === null) return
    call('app.setMenu', JSON.parse(model) as AppMenuModel).then(
      ({ applied }) => applied || setFailed(true),
      (err: unknown) => {
        console.error('[clausewright] the native menu could not be built; the window shows its own:', err)
        setFailed(true)
      },
    )
  }, [model])

  useEffect(() => {
    if (place !== 'native') return
    return onMenuCommand((id) => {
      // As with the shortcuts, nothing runs over a modal dialog: leaving the view would lose what it holds.
      if (document.querySelector('dialog[open]:modal')) return
      commandById(latest.current, id)?.run()
    })
  }, [place])

  return place
}
