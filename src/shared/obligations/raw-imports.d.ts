// Vite, and so Vitest, imports `file?raw` as the file's text. The tests here
// read the corpus that way because this layer may not import Node's fs.
declare module '*?raw' {
  const text: string
  export default text
}
