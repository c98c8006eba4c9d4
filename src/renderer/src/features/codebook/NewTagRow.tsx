import type { Tag } from '../../../../shared/model'
import { mutate } from '../../lib/data-version'
import { InlineEdit } from './InlineEdit'

interface Props {
  parent: Tag | null
  depth: number
  onCreated: (tag: Tag) => void
  onCancel: () => void
}

/** A row with just a name field: Enter creates the tag where the row stands, Escape gives up. */
export function NewTagRow({ parent, depth, onCreated, onCancel }: Props) {
  return (
    <tr className="new-tag-row">
      <td colSpan={4}>
        <div className="tag-name" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
          <InlineEdit
            label={parent ? `Name of the new tag under ${parent.name}` : 'Name of the new tag'}
            initial=""
            placeholder={parent ? `New tag under ${parent.name}: type a name, Enter to add` : 'New tag: type a name, Enter to add'}
            onSave={async (name) => onCreated(await mutate('codebook.createTag', { name, parentId: parent?.id ?? null }))}
            onClose={onCancel}
          />
        </div>
      </td>
    </tr>
  )
}
