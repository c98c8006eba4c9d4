import { ModalDialog } from '../../components/ModalDialog'
import { displayKeys } from '../../lib/keys'
import { commandGroups, type Command } from './command'

/** Keys that act where the focus is, which no command in the palette stands for. */
const CONTEXT_KEYS: Array<{ where: string; keys: Array<[string, string]> }> = [
  {
    where: 'Tables',
    keys: [
      ['↑ ↓ PageUp PageDown Home End', 'Move the selected row'],
      ['Enter', 'Open the selected row'],
      ['Space', 'Tick the row (Shift: a range)'],
      ['Ctrl+A', 'Tick every row shown'],
      ['Escape', 'Clear the ticks'],
    ],
  },
  {
    where: 'Reader',
    keys: [
      ['Ctrl+F', 'Find in the document'],
      ['S', 'Select the first sentence in view'],
      ['← → (Shift: extend)', 'Move or extend the selection'],
      ['C', 'Clip the selection'],
    ],
  },
  {
    where: 'Clipping editor',
    keys: [['1 – 9', 'Add a recent tag']],
  },
  {
    where: 'Obligation candidates',
    keys: [
      ['A', 'Accept the candidate'],
      ['E', 'Accept and edit it'],
      ['D', 'Dismiss it'],
    ],
  },
  {
    where: 'Drafting',
    keys: [['Alt+↑ Alt+↓', 'Move the paragraph (or, on a heading, the article)']],
  },
]

interface Props {
  commands: readonly Command[]
  onClose: () => void
}

/** Every shortcut on one sheet (press ?), grouped the way the menus are. */
export function ShortcutSheet({ commands, onClose }: Props) {
  const keyed = commands.filter((c) => c.keys)
  return (
    <ModalDialog title="Keyboard shortcuts" onCancel={onClose} wide>
      <div className="shortcut-sheet">
        {commandGroups.map((group) => {
          const rows = keyed.filter((c) => c.group === group)
          if (rows.length === 0) return null
          return (
            <ShortcutTable key={group} title={group} rows={rows.map((c) => [displayKeys(c.keys as string), c.title])} />
          )
        })}
        {CONTEXT_KEYS.map((section) => (
          <ShortcutTable key={section.where} title={section.where} rows={section.keys.map(([k, what]) => [displayKeys(k), what])} />
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}

function ShortcutTable({ title, rows }: { title: string; rows: Array<[string, string]> }) {
  return (
    <table className="shortcut-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([keys, what]) => (
          <tr key={`${keys} ${what}`}>
            <th scope="row">
              <kbd>{keys}</kbd>
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
