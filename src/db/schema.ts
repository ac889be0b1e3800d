/**
 * The whole database as Kysely sees it. Each feature declares its own tables in its folder and
 * they are composed here. Conventions (portable between SQLite and PostgreSQL):
 * ids are text, date-times are ISO 8601 UTC text, booleans are integers 0/1, JSON is text.
 */
export interface InstanceMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database {
  instance_meta: InstanceMetaTable;
}
