import type { DragEvent, KeyboardEvent } from 'react'
import type { Tag } from '../../../../shared/model'
import { mutate } from '../../lib/data-version'
import { MenuButton } from '../../components/MenuButton'
import { ColourInput } from './ColourInput'
import { InlineEdit } from './InlineEdit'
import type { TagNode } from './tag-tree'

export type TagCommand = 'add-child' | 'move' | 'merge' | 'delete'
export type Editing = 'name' | 'description' | null

interface Props {
  node: TagNode
  count: number
  expanded: boolean
  editing: Editing
  onToggle: (id: string) => void
  onEdit: (id: string, what: Editing) => void
  onCommand: (tag: Tag, command: TagCommand) => void
  /** Dragging a row onto another moves it there (the menu's Move to… does the same from the keyboard). */
  drag: {
    dropTarget: boolean
    onStart: (tag: Tag) => void
    onOver: (tag: Tag, e: DragEvent) => void
    onDrop: (tag: Tag) => void
    onEnd: () => void
  }
}

export const actionsButtonId = (tagId: string) => `tag-actions-${tagId}`
const colourInputId = (tagId: string) => `tag-colour-${tagId}`

const update = (id: string, patch: { name?: string; description?: string; colour?: string }) =>
  mutate('codebook.updateTag', { id, patch })

export function TagRow({ node, count, expanded, editing, onToggle, onEdit, onCommand, drag }: Props) {
  const { tag, depth, hasChildren } = node
  const close = () => onEdit(tag.id, null)

  function changeColour() {
    const input = document.getElementById(colourInputId(tag.id)) as HTMLInputElement | null
    input?.focus()
    // showPicker needs a user gesture, which the menu click is; some hosts refuse it, and focus is enough then.
    try {
      input?.showPicker()
    } catch {
      return
    }
  }

  // F2 renames and Delete deletes from anywhere in the row except a field being typed in.
  function onKeyDown(e: KeyboardEvent<HTMLTableRowElement>) {
    const target = e.target as HTMLElement
    if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || e.ctrlKey || e.altKey || e.metaKey) return
    if (e.key === 'F2') {
      e.preventDefault()
      onEdit(tag.id, 'name')
    } else if (e.key === 'Delete') {
      e.preventDefault()
      onCommand(tag, 'delete')
    }
  }

  const name = <span dir="auto">{tag.name}</span>
  return (
    <tr
      className={[hasChildren && 'tag-group', drag.dropTarget && 'drop-target'].filter(Boolean).join(' ') || undefined}
      onKeyDown={onKeyDown}
      onDragOver={(e) => drag.onOver(tag, e)}
      onDrop={(e) => {
        e.preventDefault()
        drag.onDrop(tag)
      }}
    >
      <td>
        {/* Dragged by its name, so that descriptions stay selectable. */}
        <div
          className="tag-name"
          style={{ paddingInlineStart: `${depth * 1.25}rem` }}
          draggable={editing !== 'name'}
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move'
            e.dataTransfer.setData('text/plain', tag.name)
            drag.onStart(tag)
          }}
          onDragEnd={drag.onEnd}
        >
          <ColourInput
            id={colourInputId(tag.id)}
            label={`Colour of ${tag.name}`}
            colour={tag.colour}
            onSave={(colour) => update(tag.id, { colour })}
          />
          {editing === 'name' ? (
            <InlineEdit label={`Name of ${tag.name}`} initial={tag.name} onSave={(v) => update(tag.id, { name: v })} onClose={close} />
          ) : hasChildren ? (
            <button type="button" className="tree-toggle" aria-expanded={expanded} onClick={() => onToggle(tag.id)}>
              <span className="chevron" aria-hidden="true">
                {expanded ? '▾' : '▸'}
              </span>
              {name}
            </button>
          ) : (
            <span className="tree-leaf">{name}</span>
          )}
          {tag.facet && <span className="facet">facet: {tag.facet}</span>}
        </div>
      </td>
      <td className="tag-description" dir="auto" onDoubleClick={() => onEdit(tag.id, 'description')}>
        {editing === 'description' ? (
          <InlineEdit
            label={`Description of ${tag.name}`}
            initial={tag.description}
            multiline
            placeholder="What the tag means, when to use it"
            onSave={(v) => update(tag.id, { description: v })}
            onClose={close}
          />
        ) : (
          tag.description
        )}
      </td>
      <td className="numeric">{count}</td>
      <td className="tag-actions">
        <MenuButton
          label={`Actions for ${tag.name}`}
          icon="⋯"
          caret={false}
          buttonClassName="icon-button"
          buttonId={actionsButtonId(tag.id)}
          items={[
            { label: 'Add child tag', run: () => onCommand(tag, 'add-child') },
            { label: 'Rename', run: () => onEdit(tag.id, 'name') },
            { label: 'Change colour', run: changeColour },
            { label: 'Edit description', run: () => onEdit(tag.id, 'description') },
            { label: 'Move to…', run: () => onCommand(tag, 'move') },
            { label: 'Merge into…', run: () => onCommand(tag, 'merge') },
            { label: 'Delete', run: () => onCommand(tag, 'delete'), danger: true },
          ]}
        />
      </td>
    </tr>
  )
}
