import {
  type ColumnUpdateNode,
  type InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
} from 'kysely';
import type pg from 'pg';
import type { PracticeVault } from './practice-vault.ts';
import { practiceColumnOf, vaultColumnsOf } from './vault-columns.ts';

/**
 * How the repositories use the practice vault without knowing it (PostgreSQL only): this Kysely
 * plugin marks, in every insert and update, the values of the columns listed in `vault-columns.ts`
 * (a `Sealing` holding the practice and the plain text); the connection hook (`sealParameters`)
 * seals them just before the query leaves, once the practice's data key is at hand (asynchronous,
 * which a plugin's query transform cannot be); and every result row's sealed texts are opened
 * (`transformResult`), whatever the table or query. SQLite connections have neither.
 */
export class Sealing {
  constructor(
    readonly practiceId: string | undefined,
    readonly plain: string,
  ) {}
  /** Never sent as it is: the connection hook replaces it (pg calls this only if it did not). */
  toPostgres(): never {
    throw new Error('vault: a value was about to be sent unsealed');
  }
}

const tableName = (node: OperationNode | undefined): string | undefined => {
  if (!node) return undefined;
  if (node.kind === 'TableNode')
    return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  return undefined;
};

const columnName = (node: OperationNode): string | undefined => {
  if (node.kind === 'ColumnNode') return (node as unknown as { column: { name: string } }).column.name;
  if (node.kind === 'ReferenceNode') return columnName((node as unknown as { column: OperationNode }).column);
  return undefined;
};

/** The value of `<column> = value` anywhere in a where tree (ANDs), or undefined. */
function equalityValue(node: OperationNode | undefined, column: string): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'WhereNode') return equalityValue((node as unknown as { where: OperationNode }).where, column);
  if (node.kind === 'AndNode' || node.kind === 'ParensNode') {
    const n = node as unknown as { left?: OperationNode; right?: OperationNode; node?: OperationNode };
    return equalityValue(n.node, column) ?? equalityValue(n.left, column) ?? equalityValue(n.right, column);
  }
  if (node.kind === 'BinaryOperationNode') {
    const n = node as unknown as {
      leftOperand: OperationNode;
      operator: { operator: string };
      rightOperand: OperationNode;
    };
    if (n.operator.operator !== '=' || columnName(n.leftOperand) !== column) return undefined;
    const value = n.rightOperand.kind === 'ValueNode' ? (n.rightOperand as ValueNode).value : undefined;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

const mark = (value: unknown, practiceId: string | undefined) =>
  typeof value === 'string' ? new Sealing(practiceId, value) : value;

function sealUpdates(
  updates: readonly ColumnUpdateNode[] | undefined,
  columns: ReadonlySet<string>,
  practiceId: string | undefined,
): readonly ColumnUpdateNode[] | undefined {
  return updates?.map((update) => {
    const name = columnName(update.column);
    if (!name || !columns.has(name) || !ValueNode.is(update.value)) return update;
    return Object.freeze({ ...update, value: ValueNode.create(mark(update.value.value, practiceId)) });
  });
}

function sealInsert(node: InsertQueryNode): InsertQueryNode {
  const table = tableName(node.into);
  const columns = table ? vaultColumnsOf(table) : undefined;
  if (!table || !columns || !node.values || !ValuesNode.is(node.values) || !node.columns) return node;
  const names = node.columns.map((column) => column.column.name);
  const practiceIndex = names.indexOf(practiceColumnOf(table));
  let firstPractice: string | undefined;
  const rows = node.values.values.map((row) => {
    if (PrimitiveValueListNode.is(row)) {
      const practice = row.values[practiceIndex];
      const practiceId = typeof practice === 'string' ? practice : undefined;
      firstPractice ??= practiceId;
      return PrimitiveValueListNode.create(
        row.values.map((value, i) => (columns.has(names[i] ?? '') ? mark(value, practiceId) : value)),
      );
    }
    const practice = row.values[practiceIndex];
    const practiceId =
      practice && ValueNode.is(practice) && typeof practice.value === 'string' ? practice.value : undefined;
    firstPractice ??= practiceId;
    return ValueListNode.create(
      row.values.map((value, i) =>
        columns.has(names[i] ?? '') && ValueNode.is(value) ? ValueNode.create(mark(value.value, practiceId)) : value,
      ),
    );
  });
  const onConflict = node.onConflict && {
    ...node.onConflict,
    updates: sealUpdates(node.onConflict.updates, columns, firstPractice),
  };
  return Object.freeze({ ...node, values: ValuesNode.create(rows), ...(onConflict ? { onConflict } : {}) });
}

function sealUpdate(node: UpdateQueryNode): UpdateQueryNode {
  const table = tableName(node.table);
  const columns = table ? vaultColumnsOf(table) : undefined;
  if (!table || !columns || !node.updates) return node;
  const practiceId = equalityValue(node.where, practiceColumnOf(table));
  return Object.freeze({ ...node, updates: sealUpdates(node.updates, columns, practiceId) });
}

export class VaultPlugin implements KyselyPlugin {
  constructor(private readonly vault: PracticeVault) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode') return sealInsert(node);
    if (node.kind === 'UpdateQueryNode') return sealUpdate(node);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (result.rows.length > 0) await this.vault.openRows(result.rows as Record<string, unknown>[]);
    return result;
  }
}

/** Makes a pool connection seal the values the plugin marked, just before each query is sent. */
export function sealParameters(client: pg.PoolClient, vault: PracticeVault): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const sealing = (config: unknown, values?: unknown, ...rest: unknown[]) => {
    if (!Array.isArray(values) || !values.some((value) => value instanceof Sealing)) {
      return query(config, values, ...rest);
    }
    return Promise.all(
      values.map((value) => (value instanceof Sealing ? vault.seal(value.practiceId, value.plain) : value)),
    ).then((sealed) => query(config, sealed, ...rest));
  };
  client.query = sealing as typeof client.query;
}
