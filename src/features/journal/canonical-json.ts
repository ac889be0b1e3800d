/** A value that has no single canonical JSON form; `path` locates it, e.g. `$.data.items[2]`. */
export class CanonicalJsonError extends TypeError {
  override readonly name = 'CanonicalJsonError';

  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(path, `${typeof value} has no JSON form`);
  }
  if (value === null) return 'null';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new CanonicalJsonError(path, 'invalid Date');
    return JSON.stringify(value.toISOString());
  }
  if (seen.has(value)) throw new CanonicalJsonError(path, 'circular reference');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    // An index loop (not map) so that holes are visited and rejected as undefined.
    for (let i = 0; i < value.length; i++) items.push(write(value[i], `${path}[${i}]`, seen));
    out = `[${items.join(',')}]`;
  } else if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    out = `{${keys.map((key) => `${JSON.stringify(key)}:${write(value[key], `${path}.${key}`, seen)}`).join(',')}}`;
  } else {
    throw new CanonicalJsonError(path, `${value.constructor?.name ?? 'object'} is not a plain object`);
  }
  seen.delete(value);
  return out;
}

/**
 * The one canonical JSON text of a value: object keys sorted by UTF-16 code units (as
 * `Array.prototype.sort` does), no whitespace, strings escaped and numbers written as
 * `JSON.stringify` does (shortest round-trip form, `-0` → `0`), no Unicode normalisation.
 * For JSON values this is the RFC 8785 (JCS) form, so any JCS library can reproduce it.
 * Dates become their ISO 8601 UTC string. Throws {@link CanonicalJsonError} on `undefined`
 * (also as a property value or array hole), functions, symbols, bigints, non-finite numbers,
 * invalid Dates, cycles, and objects that are not plain (Map, Set, class instances…).
 * @example canonicalJson({ b: 1, a: [true, null, 'é'] }) // '{"a":[true,null,"é"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}
