/** The built-in objects whose methods a bundled polyfill may replace. */
const intrinsics: object[] = [
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  Uint8Array.prototype,
  ArrayBuffer.prototype,
  String.prototype,
  RegExp.prototype,
  Number,
  Math,
  JSON,
  Promise,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  Date.prototype,
]

function ownMethods(target: object): Map<PropertyKey, PropertyDescriptor> {
  const methods = new Map<PropertyKey, PropertyDescriptor>()
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key)
    if (typeof descriptor?.value === 'function') methods.set(key, descriptor)
  }
  return methods
}

/**
 * Runs `load`, then puts back every built-in method it replaced. Methods it
 * added, those this engine lacks, stay.
 *
 * pdf.js's legacy bundle carries core-js, which replaces engine methods that
 * differ from the standard only at its edges: on V8 before 12.2 (Node 20)
 * `Array.prototype.push` for arrays near 2^32 elements or with a read-only
 * length, and `JSON.parse`/`stringify` for raw JSON. Its replacements are
 * plain script, so every push in the worker, pdf.js's own and every later
 * reader's, paid for them: about a fifth of a PDF's extraction time.
 */
export async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const before = intrinsics.map(ownMethods)
  try {
    return await load()
  } finally {
    intrinsics.forEach((target, i) => {
      for (const [key, method] of before[i] ?? []) {
        if (Object.getOwnPropertyDescriptor(target, key)?.value !== method.value) Object.defineProperty(target, key, method)
      }
    })
  }
}
