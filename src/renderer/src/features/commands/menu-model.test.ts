import { describe, expect, it, vi } from 'vitest'
import { appMenuInput, type AppMenuCommand, type AppMenuEntry, type RecentWorkspace } from '../../../../shared/api'
import { appCommands, type CommandDeps } from './app-commands'
import { commandById, menuModel } from './menu-model'

const recent = (name: string, path: string, extra: Partial<RecentWorkspace> = {}): RecentWorkspace => ({
  name,
  path,
  openedAt: '2025-01-01T00:00:00.000Z',
  missing: false,
  current: false,
  ...extra,
})

function deps(overrides: Partial<CommandDeps> = {}): CommandDeps {
  const noop = () => undefined
  return {
    navigate: noop,
    request: noop,
    openSource: noop,
    openDraft: noop,
    undo: noop,
    redo: noop,
    showShortcuts: noop,
    showPalette: noop,
    showDataLocation: noop,
    showBackups: noop,
    showWorkspaceDialog: noop,
    openRecentWorkspace: noop,
    showAbout: noop,
    find: noop,
    sources: [
      {
        id: 's1',
        kind: 'treaty',
        title: 'Budapest Convention',
        authors: [],
        publisher: '',
        date: '2001',
        url: '',
        language: 'en',
        importedAt: '2025-01-01T00:00:00.000Z',
        format: 'text',
        textHash: '0'.repeat(64),
        textLength: 0,
        note: '',
        clippingCount: 0,
      },
    ],
    recentSourceIds: [],
    drafts: [{ id: 'd1', title: 'Norms pack', articleCount: 1, paragraphCount: 1, updatedAt: '2025-01-01T00:00:00.000Z' }],
    views: [{ id: 'v1', name: 'Unclassified', table: 'clippings' } as CommandDeps['views'][number]],
    recentWorkspaces: [
      recent('Sample', '/home/analyst/Clausewright/sample', { current: true }),
      recent('R&D notes', '/home/analyst/work/rd'),
      recent('Old', '/media/usb/old', { missing: true }),
    ],
    history: { undoLabel: 'Clip a passage', redoLabel: null },
    ...overrides,
  }
}

const commandsOf = (items: readonly AppMenuEntry[]): AppMenuCommand[] =>
  items.flatMap((e) => (e.type === 'command' ? [e] : e.type === 'submenu' ? commandsOf(e.items) : []))

describe('menuModel', () => {
  const commands = appCommands(deps())
  const model = menuModel(commands)
  const group = (name: string) => model.groups.find((g) => g.name === name)?.items ?? []

  it('is the model the main process builds its menu from (menu-template.test.ts reads this file)', async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot('./menu-model.fixture.json')
  })

  it('keeps the groups in their order and passes the contract schema the main process parses it with', () => {
    expect(model.groups.map((g) => g.name)).toEqual(['File', 'Edit', 'View', 'Draft', 'Help'])
    expect(appMenuInput.parse(model)).toEqual(model)
  })

  it('leaves out the commands that open one source, draft or saved view', () => {
    const ids = model.groups.flatMap((g) => commandsOf(g.items).map((c) => c.id))
    expect(ids.filter((id) => /^(source-s1|draft-d1|saved-view-v1)$/.test(id))).toEqual([])
    expect(commands.map((c) => c.id)).toEqual(expect.arrayContaining(['source-s1', 'draft-d1', 'saved-view-v1']))
  })

  it('puts the openable recent workspaces in Open recent ▸ after Open workspace…, ending with the dialog', () => {
    const file = group('File')
    const at = file.findIndex((e) => e.type === 'command' && e.id === 'open-workspace')
    const submenu = file[at + 1]
    expect(submenu).toEqual({
      type: 'submenu',
      title: 'Open recent',
      items: [
        { type: 'command', id: 'recent-workspace:/home/analyst/work/rd', title: 'R&D notes' },
        { type: 'command', id: 'open-workspace', title: 'All recent workspaces…' },
      ],
    })
  })

  it('sets the themes apart as settings, the one in use ticked, and greys out Redo with nothing to redo', () => {
    const view = group('View')
    const first = view.findIndex((e) => e.type === 'command' && e.checked !== undefined)
    expect(view[first - 1]).toEqual({ type: 'separator' })
    const themes = commandsOf(view).filter((c) => c.checked !== undefined)
    expect(themes.map((t) => [t.id, t.checked])).toEqual([
      ['theme-light', false],
      ['theme-dark', false],
      ['theme-system', true],
    ])
    expect(commandsOf(group('Edit')).map((c) => [c.id, c.keys, c.enabled])).toEqual([
      ['undo', 'Ctrl+Z', true],
      ['redo', 'Ctrl+Shift+Z', false],
      ['find', 'Ctrl+F', undefined],
    ])
  })

  it('every item runs the command of its id from the same list', () => {
    const showAbout = vi.fn()
    const list = appCommands(deps({ showAbout }))
    const about = commandsOf(menuModel(list).groups.flatMap((g) => g.items)).find((c) => c.title === 'About Clausewright')
    commandById(list, about?.id ?? '')?.run()
    expect(showAbout).toHaveBeenCalledOnce()
    for (const item of model.groups.flatMap((g) => commandsOf(g.items))) expect(commandById(commands, item.id), item.id).toBeDefined()
  })

  it('says nothing of Undo and Redo being possible while the history is not known', () => {
    const edit = menuModel(appCommands(deps({ history: null }))).groups.find((g) => g.name === 'Edit')
    expect(commandsOf(edit?.items ?? []).map((c) => c.enabled)).toEqual([undefined, undefined, undefined])
  })
})
