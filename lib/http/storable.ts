// Text PostgreSQL can store: no NUL and no lone half of a UTF-16 surrogate
// pair. Either one in a query parameter made PostgreSQL (or the driver)
// fail, and the request answered 500; every write is checked here first.

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * The path ("input.parties.0.nameTh") of the first string in a parsed JSON
 * value, key or value, that cannot be stored; null when every one can.
 * Walked with a stack of its own: a body nested thousands deep is no reason
 * for a stack overflow.
 */
export function unstorablePath(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (typeof node === "string") {
      if (!isStorableText(node)) return path.join(".");
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, path: [...path, String(i)] }));
    } else if (node && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (!isStorableText(key)) return [...path, "…"].join(".");
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}
