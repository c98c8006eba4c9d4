/** Escapes what CommonMark would read as markup, so drafted and quoted text shows as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/([#+\-.)])$/, '\\$1')}`)
}
