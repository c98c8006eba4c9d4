import { MenuButton } from '../../components/MenuButton'

interface Props {
  onPickFiles: () => void
  onPickFolder: () => void
}

/** The "Import" menu button: files or a whole folder. */
export function ImportMenu({ onPickFiles, onPickFolder }: Props) {
  return (
    <MenuButton
      label="Import"
      items={[
        { label: 'Import files…', run: onPickFiles },
        { label: 'Import folder…', run: onPickFolder },
      ]}
    />
  )
}
