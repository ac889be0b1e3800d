import fc from 'fast-check';

/**
 * Fuzzing from the API's own contract: the OpenAPI document the app generates from its Zod schemas
 * (GET /api/openapi.json) gives every route's body, path and query schemas; these arbitraries make
 * inputs of the right shape (with hostile text inside) and malformed ones (wrong types, missing or
 * unknown fields, prototype keys, huge strings, other content types).
 */

/** The subset of JSON Schema (OpenAPI 3.0 flavour) that fastify-type-provider-zod produces. */
export interface JsonSchema {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/**
 * Script injections (a tag, an event handler, a link, an attribute break-out), stored in free-text
 * fields by the fuzz test and by the pages' and documents' XSS tests, which check they stay text.
 */
export const XSS_PAYLOADS = [
  '<script>alert("hygie-xss")</script>',
  '<img src=x onerror=alert("hygie-xss")>',
  'javascript:alert("hygie-xss")',
  '"><svg onload=alert("hygie-xss")>',
] as const;

/** Text a hostile person could type in any field: scripts, markup, links, control and odd Unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  ...XSS_PAYLOADS,
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '👩‍⚕️🏥',
  'Z̸̡̛̗a̵̢l̶g̷o̴',
  'ﬀ İ ß ẞ',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '\r\nSet-Cookie: x=1',
  ' ',
  '',
  '0',
  '-1',
  'null',
  'true',
  '1e309',
  '9'.repeat(40),
];

/** Keys that must never reach an object's prototype or a privilege. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'role',
  'practiceId',
  'id',
  'isAdmin',
];

/** Free text: mostly ordinary (French letters included), often hostile, sometimes long. */
export function freeText(maxLength = 200, minLength = 0): fc.Arbitrary<string> {
  const fits = HOSTILE_STRINGS.filter((s) => s.length <= maxLength && s.length >= minLength);
  const max = Math.min(maxLength, 300);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(minLength, max) }) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.max(minLength, Math.min(max, 40)) }),
    },
    ...(fits.length ? [{ weight: 3, arbitrary: fc.constantFrom(...fits) }] : []),
    { weight: 1, arbitrary: fc.constant('é'.repeat(Math.max(minLength, Math.min(maxLength, 5000)))) },
  );
}

const DAY_MIN = Date.UTC(1900, 0, 1);
const DAY_MAX = Date.UTC(2100, 11, 31);
const instant = fc.integer({ min: DAY_MIN, max: DAY_MAX }).map((t) => new Date(t).toISOString());

function stringOf(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  const knownIds = ids.length ? [fc.constantFrom(...ids)] : [];
  switch (schema.format) {
    case 'date':
      return fc.oneof(
        instant.map((s) => s.slice(0, 10)),
        fc.constantFrom('2026-02-29', '0001-01-01', '9999-12-31'),
      );
    case 'date-time':
      return fc.oneof(instant, fc.constantFrom('2026-03-29T02:30:00+01:00', '1899-12-31T23:59:59Z'));
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('a@exemple.fr', 'éloïse@exemple.fr', 'x@y', '<a@b.fr>'));
    case 'uuid':
      return fc.oneof({ weight: 3, arbitrary: fc.oneof(...knownIds, fc.uuid()) }, fc.uuid());
    default:
      break;
  }
  if (schema.pattern) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(schema.pattern);
    } catch {
      pattern = undefined;
    }
    if (pattern) return fc.oneof({ weight: 4, arbitrary: fc.stringMatching(pattern) }, freeText(40));
  }
  const max = schema.maxLength ?? 400;
  const min = schema.minLength ?? 0;
  return fc.oneof({ weight: 5, arbitrary: freeText(max, min) }, ...knownIds);
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusive = (value: number | boolean | undefined, bound: number | undefined, step: number) =>
    typeof value === 'number' ? value + step : value === true && bound !== undefined ? bound + step : bound;
  const min = exclusive(schema.exclusiveMinimum, schema.minimum, integer ? 1 : Number.EPSILON);
  const max = exclusive(schema.exclusiveMaximum, schema.maximum, integer ? -1 : -Number.EPSILON);
  if (integer) {
    const lo = Math.max(min ?? -1_000_000, Number.MIN_SAFE_INTEGER);
    const hi = Math.min(max ?? 1_000_000, Number.MAX_SAFE_INTEGER);
    return fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) },
      fc.constantFrom(lo, hi),
    );
  }
  return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
}

/**
 * A value the schema accepts in shape (types, enums, required keys, lengths, formats): what the
 * handler sees once validation passed. Refinements the JSON schema cannot say may still refuse it.
 * `ids` are strings to use where an identifier is expected (the practice's objects, another's).
 */
export function shaped(schema: JsonSchema, ids: readonly string[] = [], depth = 0): fc.Arbitrary<unknown> {
  const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
  const inner = shapedNonNull(schema, ids, depth);
  return nullable ? fc.option(inner, { nil: null, freq: 4 }) : inner;
}

function shapedNonNull(schema: JsonSchema, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => shaped(b, ids, depth)));
  if (schema.allOf?.length) {
    const props = Object.assign({}, ...schema.allOf.map((s) => s.properties ?? {}));
    const required = schema.allOf.flatMap((s) => s.required ?? []);
    return shaped({ type: 'object', properties: props, required }, ids, depth);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema, ids);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      return fc.array(shaped(schema.items ?? {}, ids, depth + 1), { minLength, maxLength });
    }
    case 'object':
    case undefined: {
      if (!schema.properties) {
        return type === 'object' || depth > 3 ? fc.dictionary(freeText(20), freeText(40), { maxKeys: 3 }) : anyJson;
      }
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(schema.properties)) model[key] = shaped(value, ids, depth + 1);
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return anyJson;
  }
}

/** Any JSON value, including deep and odd ones. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** A value of another JSON type than the schema's (for « wrong type » inputs). */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, 2 ** 53 + 1, [], {}, [[[]]], '', ...HOSTILE_STRINGS),
  fc.constant('x'.repeat(200_000)),
);

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'drop'; pick: number }
  | { kind: 'wrong'; pick: number; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'proto'; key: string }
  | { kind: 'huge'; pick: number }
  | { kind: 'deep'; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: wrongValue }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wrong' as const), pick: fc.nat(), value: wrongValue }) },
  fc.record({
    kind: fc.constant('extra' as const),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), freeText(30)),
    value: anyJson,
  }),
  fc.record({ kind: fc.constant('proto' as const), key: fc.constantFrom('__proto__', 'constructor') }),
  fc.record({ kind: fc.constant('huge' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 50, max: 5000 }) }),
);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies a mutation and returns the JSON text (prototype keys can only be written as text). */
function mutate(value: unknown, m: Mutation): string {
  const keys = isObject(value) ? Object.keys(value) : [];
  const key = (pick: number) => keys[pick % Math.max(keys.length, 1)];
  switch (m.kind) {
    case 'replace':
      return JSON.stringify(m.value);
    case 'drop': {
      const k = key(m.pick);
      if (!isObject(value) || k === undefined) return JSON.stringify(null);
      const { [k]: _dropped, ...rest } = value;
      return JSON.stringify(rest);
    }
    case 'wrong': {
      const k = key(m.pick);
      if (!isObject(value) || k === undefined) return JSON.stringify(m.value);
      return JSON.stringify({ ...value, [k]: m.value });
    }
    case 'extra':
      return isObject(value) ? JSON.stringify({ ...value, [m.key]: m.value }) : JSON.stringify({ [m.key]: m.value });
    case 'proto': {
      const text = JSON.stringify(isObject(value) ? value : {});
      const poison = `"${m.key}":{"isAdmin":true,"role":"owner","prototype":{"polluted":1}}`;
      return text === '{}' ? `{${poison}}` : `{${poison},${text.slice(1)}`;
    }
    case 'huge': {
      const k = key(m.pick);
      const huge = 'é'.repeat(300_000);
      return JSON.stringify(isObject(value) && k !== undefined ? { ...value, [k]: huge } : huge);
    }
    case 'deep':
      return `${'['.repeat(m.depth)}${']'.repeat(m.depth)}`;
  }
}

/** A JSON body (as text) of the schema's shape, or a malformed one derived from such a body. */
export function jsonBody(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<{ text: string; shaped: boolean }> {
  const valid = shaped(schema, ids);
  return fc.oneof(
    { weight: 5, arbitrary: valid.map((v) => ({ text: JSON.stringify(v) ?? 'null', shaped: true })) },
    { weight: 4, arbitrary: fc.tuple(valid, mutation).map(([v, m]) => ({ text: mutate(v, m), shaped: false })) },
  );
}

/** A body that is not the JSON the route expects: garbage text, other content types, too large. */
export const rawBody: fc.Arbitrary<{ text: string; contentType: string | undefined }> = fc.record({
  text: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom(
      '{',
      '{"a":',
      '[1,]',
      '\u0000',
      'null',
      '""',
      '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--',
    ),
    fc.constant(`{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`),
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=latin1',
    'text/plain',
    'text/csv',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'message/rfc822',
    'application/xml',
    undefined,
  ),
});

/** Values for a path or query parameter: of the schema's shape, known ids, or hostile text. */
export function parameter(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: shaped(schema, ids).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))) },
    ...(ids.length ? [{ weight: 3, arbitrary: fc.constantFrom(...ids) }] : []),
    { weight: 2, arbitrary: freeText(60) },
    fc.constantFrom('..', '%2e%2e', 'a/b', '%', '%ZZ', '?x=1', '#', 'x'.repeat(5000), '-1', '1e9', ' '),
  );
}

/** A query string from an object of parameters, sometimes repeated, sometimes with unknown keys. */
export function queryString(
  params: { name: string; required: boolean; schema: JsonSchema }[],
  ids: readonly string[],
): fc.Arbitrary<string> {
  if (!params.length) {
    return fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom('?x=1', '?__proto__[a]=1', '?a=%ZZ'));
  }
  const entry = (p: (typeof params)[number]) =>
    fc.tuple(
      fc.constant(p.name),
      p.required ? parameter(p.schema, ids) : fc.option(parameter(p.schema, ids), { freq: 2 }),
    );
  return fc
    .tuple(
      fc.tuple(...params.map(entry)),
      fc.option(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...params.map((p) => p.name)), freeText(30)), { freq: 4 }),
    )
    .map(([entries, extra]) => {
      const search = new URLSearchParams();
      for (const [name, value] of entries) if (value !== null) search.append(name, value);
      if (extra) search.append(extra[0], extra[1]);
      const text = search.toString();
      return text ? `?${text}` : '';
    });
}

/** Percent-encodes a path segment byte by byte (a lone surrogate becomes U+FFFD, as a browser would send it). */
export function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A stable 32-bit seed per route from the base seed, so adding a route never changes the others' inputs. */
export function routeSeed(base: number, key: string): number {
  let hash = base | 0;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

const FRENCH =
  /[àâçéèêëîïôûùüÿœæ’«»]|\b(le|la|les|de|des|du|un|une|est|sont|pas|ce|cette|votre|vous|au|aux|en|et|ou|adresse|inconnue|introuvable|requête|champ)\b/i;
const ENGLISH =
  /\b(the|is|are|must|should|expected|invalid input|required|not found|error|failed|unexpected token|cannot|undefined)\b/i;

/**
 * Whether an error message reads as French: a French word or sign, and no English phrase outside
 * what it quotes (« the field's name ») or the address it names (a client may type anything there).
 */
export function looksFrench(message: string): boolean {
  const own = message.replace(/«[^»]*»/g, '').replace(/\/\S*/g, '');
  return FRENCH.test(message) && !ENGLISH.test(own);
}
