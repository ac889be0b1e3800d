import type { Compilable, CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { Db } from './connect.ts';
import { isPostgres } from './dialect.ts';

/** SQL text → statement name, for the queries built by `preparedQuery` (PostgreSQL only). */
const NAMED = new Map<string, string>();

/** What `preparedQuery` passes to `build` in place of a value, to find it in the compiled query. */
const PLACEHOLDER = '\u0000hygie-parameter:';

type Slot<Name extends string> = { readonly name: Name } | { readonly constant: unknown };

/**
 * A query built and compiled once per dialect, then run with new values: for the queries every
 * request makes (who is calling, their user and practice). Kysely would otherwise build and
 * compile it on each call, and on PostgreSQL it becomes a named prepared statement, parsed and
 * planned once per connection (SQLite keeps every statement: `statement-cache.ts`). Values
 * written in `build` other than `parameter(…)` stay constant.
 * @example
 * const userById = preparedQuery('user_by_id', (db, p) => db.selectFrom('users').selectAll().where('id', '=', p('id')));
 * const [user] = await userById(db, { id });
 */
export function preparedQuery<Row, Name extends string>(
  name: string,
  build: (db: Db, parameter: (name: Name) => string) => Compilable<Row>,
): (db: Db, values: Readonly<Record<Name, unknown>>) => Promise<Row[]> {
  const compiled = new Map<boolean, { query: CompiledQuery<Row>; slots: Slot<Name>[] }>();
  const prepare = (db: Db, postgres: boolean) => {
    const query = build(db, (parameter) => `${PLACEHOLDER}${parameter}`).compile();
    const slots = query.parameters.map(
      (value): Slot<Name> =>
        typeof value === 'string' && value.startsWith(PLACEHOLDER)
          ? { name: value.slice(PLACEHOLDER.length) as Name }
          : { constant: value },
    );
    if (postgres) NAMED.set(query.sql, `hygie_${name}`);
    const prepared = { query, slots };
    compiled.set(postgres, prepared);
    return prepared;
  };
  return async (db, values) => {
    const postgres = isPostgres(db);
    const { query, slots } = compiled.get(postgres) ?? prepare(db, postgres);
    const parameters = slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}

/**
 * Makes a PostgreSQL connection run the queries of `preparedQuery` as named prepared statements
 * (pg prepares each name once per connection, then only binds values); every other query is
 * unchanged. Called for each new connection of the pool.
 */
export function useNamedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (config: unknown, values?: unknown, ...rest: unknown[]) => {
    const statement = typeof config === 'string' ? NAMED.get(config) : undefined;
    return statement ? query({ name: statement, text: config, values }) : query(config, values, ...rest);
  };
  client.query = named as typeof client.query;
}
