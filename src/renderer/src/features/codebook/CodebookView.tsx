import { Fragment, useMemo, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { countOf } from '../../lib/format'
import { NewTagRow } from './NewTagRow'
import { childrenByParent, clippingCounts, descendantIds, directUses, visibleNodes } from './tag-tree'
import { DeleteTagDialog, MergeTagDialog, MoveTagDialog } from './TagDialogs'
import { actionsButtonId, TagRow, type Editing, type TagCommand } from './TagRow'
import { useTagDrag } from './use-tag-drag'
import '../../styles/codebook.css'

interface Props {
  tags: Tag[]
  clippings: ClippingRow[]
}

type Dialog = { command: Exclude<TagCommand, 'add-child'>; tag: Tag }

/** After an edit or a dialog, focus goes back to the row's menu button, once the row has re-rendered. */
function focusActions(tagId: string) {
  requestAnimationFrame(() => document.getElementById(actionsButtonId(tagId))?.focus())
}

export function CodebookView({ tags, clippings }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<{ id: string; what: Editing } | null>(null)
  // undefined: not adding; null: a new top-level tag; else the parent's id.
  const [adding, setAdding] = useState<string | null | undefined>(undefined)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const children = useMemo(() => childrenByParent(tags), [tags])
  const counts = useMemo(() => clippingCounts(tags, clippings), [tags, clippings])
  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags])
  const nodes = visibleNodes(children, collapsed)
  const drag = useTagDrag(children)

  function toggle(id: string) {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }

  function edit(id: string, what: Editing) {
    setEditing(what ? { id, what } : null)
    if (!what) focusActions(id)
  }

  function command(tag: Tag, cmd: TagCommand) {
    if (cmd === 'add-child') {
      setCollapsed((prev) => new Set([...prev].filter((id) => id !== tag.id)))
      setAdding(tag.id)
    } else {
      setDialog({ command: cmd, tag })
    }
  }

  function closeDialog() {
    const id = dialog?.tag.id
    setDialog(null)
    // After a merge or delete the row is gone; the table is the next best place.
    if (id && tagsById.has(id)) focusActions(id)
  }

  // The new row goes after the parent's last visible descendant, where the tag will appear.
  const parentIndex = adding ? nodes.findIndex((n) => n.tag.id === adding) : -1
  const parentDepth = nodes[parentIndex]?.depth ?? -1
  let insertAt = nodes.length
  if (parentIndex !== -1) {
    const after = nodes.findIndex((n, i) => i > parentIndex && n.depth <= parentDepth)
    insertAt = after === -1 ? nodes.length : after
  }
  const newRow = adding !== undefined && (
    <NewTagRow
      key="new-tag"
      parent={adding ? (tagsById.get(adding) ?? null) : null}
      depth={parentDepth + 1}
      onCreated={(tag) => {
        setAdding(undefined)
        focusActions(tag.id)
      }}
      onCancel={() => {
        setAdding(undefined)
        if (adding) focusActions(adding)
      }}
    />
  )

  const dialogTag = dialog?.tag
  const subtree = dialogTag ? descendantIds(children, dialogTag.id) : new Set<string>()
  const others = dialogTag ? tags.filter((t) => t.id !== dialogTag.id && !subtree.has(t.id)) : []

  return (
    <div className="view">
      <div className="view-main codebook">
        <div className="table-toolbar">
          <p className="row-count">{countOf(tags.length, 'tag', 'tags')}</p>
          <div className="table-actions">
            <button type="button" className="button" onClick={() => setAdding(null)}>
              New tag
            </button>
          </div>
        </div>
        <div className="table-scroll">
          <table className="grid codebook-table" aria-label="Codebook">
            <colgroup>
              <col style={{ width: '36%' }} />
              <col />
              <col style={{ width: '7rem' }} />
              <col style={{ width: '3rem' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Description</th>
                <th scope="col" className="numeric">
                  Clippings
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {nodes.length === 0 && adding === undefined && (
                <tr>
                  <td className="table-empty" colSpan={4}>
                    The codebook is empty. Add a tag with “New tag”.
                  </td>
                </tr>
              )}
              {nodes.map((node, i) => (
                <Fragment key={node.tag.id}>
                  {i === insertAt && newRow}
                  <TagRow
                    node={node}
                    count={counts.get(node.tag.id) ?? 0}
                    expanded={!collapsed.has(node.tag.id)}
                    editing={editing?.id === node.tag.id ? editing.what : null}
                    onToggle={toggle}
                    onEdit={edit}
                    onCommand={command}
                    drag={drag(node.tag)}
                  />
                </Fragment>
              ))}
              {insertAt === nodes.length && newRow}
            </tbody>
          </table>
        </div>
      </div>
      {dialog?.command === 'move' && (
        <MoveTagDialog
          tag={dialog.tag}
          tagsById={tagsById}
          candidates={others.filter((t) => t.id !== dialog.tag.parentId)}
          onClose={closeDialog}
        />
      )}
      {dialog?.command === 'merge' && (
        <MergeTagDialog
          tag={dialog.tag}
          tagsById={tagsById}
          candidates={others}
          uses={directUses(clippings, dialog.tag.id)}
          childCount={children.get(dialog.tag.id)?.length ?? 0}
          onClose={closeDialog}
        />
      )}
      {dialog?.command === 'delete' && (
        <DeleteTagDialog
          tag={dialog.tag}
          tagsById={tagsById}
          childCount={subtree.size}
          uses={counts.get(dialog.tag.id) ?? 0}
          onClose={closeDialog}
        />
      )}
    </div>
  )
}
