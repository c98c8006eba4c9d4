import { useEffect, type RefObject } from 'react'
import type { Command } from '../commands/command'
import type { DraftExports } from './ExportMenu'

export interface DraftActions {
  addArticle: () => void
  addPreambular: () => void
  /** Opens the evidence picker for the paragraph last worked on. */
  pickEvidence: () => void
  exports: DraftExports
}

/**
 * Offers the drafting pane's commands to the palette and the menus while
 * the pane is open. They call through a ref, so they are registered once
 * and still act on the draft as it is when they run.
 */
export function useDraftCommands(onCommands: ((commands: Command[] | null) => void) | undefined, actions: RefObject<DraftActions>): void {
  useEffect(() => {
    if (!onCommands) return
    const run = (f: (a: DraftActions) => void) => () => f(actions.current)
    onCommands([
      { id: 'draft-add-article', group: 'Draft', title: 'Add an article', run: run((a) => a.addArticle()) },
      { id: 'draft-add-preamble', group: 'Draft', title: 'Add a preambular paragraph', run: run((a) => a.addPreambular()) },
      { id: 'draft-add-evidence', group: 'Draft', title: 'Add evidence to this paragraph…', keys: 'Ctrl+Shift+E', run: run((a) => a.pickEvidence()) },
      { id: 'draft-export-md', group: 'Draft', title: 'Export this draft as Markdown…', keys: 'Ctrl+E', run: run((a) => a.exports.saveFile('markdown')()) },
      { id: 'draft-copy-md', group: 'Draft', title: 'Copy this draft as Markdown', run: run((a) => a.exports.copyMarkdown()) },
      { id: 'draft-export-json', group: 'Draft', title: 'Export this draft as a JSON clause pack…', run: run((a) => a.exports.saveFile('json')()) },
      { id: 'draft-export-csv', group: 'Draft', title: 'Export the evidence table (CSV)…', run: run((a) => a.exports.saveFile('csv')()) },
    ])
    return () => onCommands(null)
  }, [onCommands, actions])
}
