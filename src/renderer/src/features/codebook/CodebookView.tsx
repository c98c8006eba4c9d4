import { useMemo, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { countOf } from '../../lib/format'
import { childrenByParent, clippingCounts, visibleNodes, type TagNode } from './tag-tree'

interface Props {
  tags: Tag[]
  clippings: ClippingRow[]
}

export function CodebookView({ tags, clippings }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const children = useMemo(() => childrenByParent(tags), [tags])
  const counts = useMemo(() => clippingCounts(tags, clippings), [tags, clippings])
  const nodes = visibleNodes(children, collapsed)

  function toggle(id: string) {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }

  return (
    <div className="view">
      <div className="view-main codebook">
        <div className="table-toolbar">
          <p className="row-count">{countOf(tags.length, 'tag', 'tags')}</p>
        </div>
        <div className="table-scroll">
          <table className="grid codebook-table" aria-label="Codebook">
            <colgroup>
              <col style={{ width: '34%' }} />
              <col />
              <col style={{ width: '7rem' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Description</th>
                <th scope="col" className="numeric">
                  Clippings
                </th>
              </tr>
            </thead>
            <tbody>
              {nodes.length === 0 && (
                <tr>
                  <td className="table-empty" colSpan={3}>
                    The codebook is empty. New workspaces start with a starter codebook of obligation types,
                    modalities, sectors and instruments.
                  </td>
                </tr>
              )}
              {nodes.map((node) => (
                <TagRow
                  key={node.tag.id}
                  node={node}
                  count={counts.get(node.tag.id) ?? 0}
                  expanded={!collapsed.has(node.tag.id)}
                  onToggle={toggle}
                />
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  )
}

interface RowProps {
  node: TagNode
  count: number
  expanded: boolean
  onToggle: (id: string) => void
}

function TagRow({ node, count, expanded, onToggle }: RowProps) {
  const { tag, depth, hasChildren } = node
  const name = (
    <>
      <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
      <span dir="auto">{tag.name}</span>
    </>
  )
  return (
    <tr className={hasChildren ? 'tag-group' : undefined}>
      <td>
        <div className="tag-name" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
          {hasChildren ? (
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
      <td className="tag-description" dir="auto">
        {tag.description}
      </td>
      <td className="numeric">{count}</td>
    </tr>
  )
}
