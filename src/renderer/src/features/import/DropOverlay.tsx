import { useEffect, useRef, useState } from 'react'
import { captureDrop, itemsFromDrop, type ImportItem } from './collect-files'

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') === true
}

/**
 * Files and folders dropped anywhere on the window are imported. The drop is
 * always taken here, so a stray file never makes the window navigate to it.
 */
export function DropOverlay({ onDrop }: { onDrop: (items: ImportItem[]) => void }) {
  const [over, setOver] = useState(false)
  // dragenter and dragleave fire for every child crossed; the depth says when the pointer really left.
  const depth = useRef(0)
  const onDropRef = useRef(onDrop)
  useEffect(() => {
    onDropRef.current = onDrop
  }, [onDrop])

  useEffect(() => {
    function enter(e: DragEvent) {
      if (!carriesFiles(e)) return
      depth.current++
      setOver(true)
    }
    function overWindow(e: DragEvent) {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    function leave(e: DragEvent) {
      if (!carriesFiles(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    function drop(e: DragEvent) {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      depth.current = 0
      setOver(false)
      const captured = captureDrop(e.dataTransfer)
      void itemsFromDrop(captured).then((items) => onDropRef.current(items))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  if (!over) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-message">Drop files or folders to import</p>
    </div>
  )
}
