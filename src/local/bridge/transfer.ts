// What may cross google.script.run: primitives, null, plain objects and arrays. JSON would
// quietly turn a Date into a string and hide a bug that Apps Script punishes (a Date in a
// return value makes the whole result arrive as null), so the bridge delivers null as Google
// does and records where (BridgeCall.nulled).

/**
 * The path of the first value that google.script.run cannot carry, or null when all is plain.
 * Objects made inside a node:vm context have that context's Object.prototype, so "plain" means
 * "its prototype is some realm's Object.prototype (a prototype whose own prototype is null)".
 */
export function firstIllegalValue(value: unknown, path = 'value'): string | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : path;
    case 'object':
      break;
    default:
      return path;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstIllegalValue(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return path;
  if (Object.prototype.toString.call(value) !== '[object Object]') return path;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = firstIllegalValue(item, `${path}.${key}`);
    if (bad) return bad;
  }
  return null;
}

/** The message of anything thrown, including errors from another realm (the vm). */
export function messageOf(thrown: unknown): string {
  if (thrown && typeof thrown === 'object' && typeof (thrown as { message?: unknown }).message === 'string') {
    return (thrown as { message: string }).message;
  }
  return String(thrown);
}

export function nameOf(thrown: unknown): string {
  const name = thrown && typeof thrown === 'object' ? (thrown as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : 'Error';
}
