import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { appMenuInput, type AppMenuModel } from '../shared/api'
import { macKeys, menuTemplate, toAccelerator } from './menu-template'

// The menus the renderer builds from its real command list; its own test
// (menu-model.test.ts) fails when they no longer match this file.
const fixture = join(import.meta.dirname, '..', 'renderer', 'src', 'features', 'commands', 'menu-model.fixture.json')
const model: AppMenuModel = appMenuInput.parse(JSON.parse(readFileSync(fixture, 'utf8')))

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const labels = (items: readonly MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type)
const everyItem = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...everyItem(submenu(i))])

describe('toAccelerator', () => {
  it.each([
    ['Ctrl+K', 'CmdOrCtrl+K'],
    ['Ctrl+Shift+F', 'CmdOrCtrl+Shift+F'],
    ['Ctrl+Shift+z', 'CmdOrCtrl+Shift+Z'],
    ['Ctrl+1', 'CmdOrCtrl+1'],
    ['?', '?'],
    ['Alt+ArrowUp', 'Alt+Up'],
    ['Ctrl++', 'CmdOrCtrl+Plus'],
    ['F5', 'F5'],
    ['Escape', 'Escape'],
  ])('%s → %s', (keys, accelerator) => {
    expect(toAccelerator(keys)).toBe(accelerator)
  })

  it.each(['', 'Ctrl+', 'Hyper+K', 'Ctrl+Ctrl+K', 'Ctrl+Foo', 'F25', '1 – 9', 'é'])('%j has no accelerator', (keys) => {
    expect(toAccelerator(keys)).toBeNull()
  })

  it('converts every shortcut of the real menus', () => {
    const keys = JSON.stringify(model).match(/"keys":"[^"]+"/g) ?? []
    expect(keys.length).toBeGreaterThan(5)
    for (const k of keys) expect(toAccelerator(k.slice(8, -1)), k).not.toBeNull()
  })
})

describe('menuTemplate on Linux and Windows', () => {
  const onCommand = vi.fn()
  const template = menuTemplate(model, { platform: 'linux', onCommand })
  const group = (name: string) => submenu(template.find((g) => g.label === name))

  it('has the renderer\'s groups and items in their order, and no macOS menus', () => {
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Draft', 'Help'])
    expect(labels(group('File'))).toEqual([
      'New workspace…',
      'Open workspace…',
      'Open recent',
      'Import files…',
      'Import folder…',
      'New source from pasted text…',
      'Backups and restore…',
    ])
    expect(labels(submenu(group('File')[2]))).toEqual(['R&&D notes', 'All recent workspaces…'])
  })

  it('shows each shortcut as an accelerator it does not register, so the page alone handles the key', () => {
    expect(group('File')[3]).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false })
    expect(group('Edit')[0]).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, enabled: true })
    expect(group('Edit')[1]).toMatchObject({ label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, enabled: false })
    const withKeys = everyItem(template).filter((i) => i.accelerator !== undefined)
    expect(withKeys.length).toBeGreaterThan(5)
    for (const item of withKeys) expect(item.registerAccelerator, item.label).toBe(false)
  })

  it('ends Edit with the clipboard roles, whose keys stay with the page too', () => {
    expect(group('Edit').slice(3)).toEqual([
      { type: 'separator' },
      { role: 'cut', registerAccelerator: false },
      { role: 'copy', registerAccelerator: false },
      { role: 'paste', registerAccelerator: false },
      { role: 'selectAll', registerAccelerator: false },
    ])
  })

  it('shows the themes as one radio group with the one in use checked', () => {
    const themes = group('View').filter((i) => i.type === 'radio')
    expect(themes.map((t) => [t.label, t.checked])).toEqual([
      ['Theme: light', false],
      ['Theme: dark', false],
      ['Theme: follow the system', true],
    ])
    expect(group('View').filter((i) => i.type === 'separator')).toHaveLength(1)
  })

  it('a click sends the id of the command, a recent workspace\'s with its folder', () => {
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)()
    click(group('Help').find((i) => i.label === 'About Clausewright'))
    click(submenu(group('File')[2])[0])
    click(submenu(group('File')[2])[1])
    expect(onCommand.mock.calls).toEqual([['about'], ['recent-workspace:/home/analyst/work/rd'], ['open-workspace']])
  })

  it('a checkbox for a setting on its own, not a radio group of one', () => {
    const lone: AppMenuModel = { groups: [{ name: 'View', items: [{ type: 'command', id: 'wrap', title: 'Wrap lines', checked: true }] }] }
    expect(submenu(menuTemplate(lone, { platform: 'win32', onCommand })[0])[0]).toMatchObject({ type: 'checkbox', checked: true })
  })

  it('is empty, so no menu bar, before the renderer has sent its menus', () => {
    expect(menuTemplate(null, { platform: 'linux', onCommand })).toEqual([])
  })
})

describe('menuTemplate on macOS', () => {
  const template = menuTemplate(model, { platform: 'darwin', onCommand: () => undefined })

  it('puts the app menu first and the Window menu last, and keeps the clipboard roles registered', () => {
    expect(labels(template)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Draft', 'Help', 'windowMenu'])
    expect(submenu(template[2]).slice(3)).toEqual([{ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }])
  })

  it('shows shortcuts as sublabels, never as accelerators, which macOS would always fire', () => {
    const items = everyItem(template)
    expect(items.filter((i) => i.accelerator !== undefined)).toEqual([])
    expect(items.find((i) => i.label === 'Show all commands')?.sublabel).toBe('⌘K')
    expect(items.find((i) => i.label === 'Redo')?.sublabel).toBe('⌘⇧Z')
    expect(submenu(template[1])[2]?.submenu).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'R&D notes' })]))
  })

  it('has its app, Edit and Window menus before the renderer has sent its menus', () => {
    expect(menuTemplate(null, { platform: 'darwin', onCommand: () => undefined })).toEqual([
      { role: 'appMenu' },
      { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
      { role: 'windowMenu' },
    ])
  })

  it('writes shortcuts the way macOS menus do', () => {
    expect(macKeys('Ctrl+Alt+Shift+F')).toBe('⌘⌥⇧F')
    expect(macKeys('?')).toBe('?')
  })
})

describe('the menus the renderer may send', () => {
  const command = { type: 'command', id: 'about', title: 'About Clausewright' } as const
  const accepts = (input: unknown) => appMenuInput.safeParse(input).success

  it('are bounded and strict', () => {
    expect(accepts(model)).toBe(true)
    expect(accepts({ groups: [{ name: 'Help', items: [{ ...command, run: 'x' }] }] })).toBe(false)
    expect(accepts({ groups: [{ name: 'Tools', items: [command] }] })).toBe(false)
    expect(accepts({ groups: [{ name: 'Help', items: [command] }, { name: 'Help', items: [command] }] })).toBe(false)
    expect(accepts({ groups: [{ name: 'Help', items: Array.from({ length: 81 }, () => command) }] })).toBe(false)
    expect(accepts({ groups: [{ name: 'Help', items: [{ ...command, id: 'x'.repeat(4201) }] }] })).toBe(false)
    expect(accepts({ groups: [{ name: 'Help', items: [{ ...command, keys: 'K'.repeat(41) }] }] })).toBe(false)
    const nested = { type: 'submenu', title: 'Deeper', items: [command] }
    expect(accepts({ groups: [{ name: 'File', items: [{ type: 'submenu', title: 'Open recent', items: [nested] }] }] })).toBe(false)
  })
})
