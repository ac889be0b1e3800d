import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/db.ts';
import { createPractice } from '../../test/support/factories.ts';
import { preparedQuery } from './prepared.ts';

const userByEmail = preparedQuery('test_user_by_email', (db, p) =>
  db
    .selectFrom('users')
    .select(['id', 'email', 'status'])
    .where('email', '=', p('email'))
    .where('status', '=', 'active')
    .where('practice_id', '=', p('practiceId')),
);

describeEachDialect('preparedQuery and kept statements', (db, dialect) => {
  it('gives what the same Kysely query gives, call after call, with new values each time', async () => {
    const [a, b] = await Promise.all([createPractice(db()), createPractice(db())]);
    for (const practice of [a, b, a]) {
      const values = { email: practice.owner.email, practiceId: practice.practice.id };
      const expected = await db()
        .db.selectFrom('users')
        .select(['id', 'email', 'status'])
        .where('email', '=', values.email)
        .where('status', '=', 'active')
        .where('practice_id', '=', values.practiceId)
        .execute();
      expect(expected).toHaveLength(1);
      expect(await userByEmail(db().db, values)).toEqual(expected);
    }
    expect(await userByEmail(db().db, { email: a.owner.email, practiceId: b.practice.id })).toEqual([]);
  });

  it('runs inside a transaction, sees its writes, and is a named statement on PostgreSQL', async () => {
    const practice = await createPractice(db());
    await db()
      .db.transaction()
      .execute(async (trx) => {
        await trx.updateTable('users').set({ status: 'disabled' }).where('id', '=', practice.owner.id).execute();
        expect(await userByEmail(trx, { email: practice.owner.email, practiceId: practice.practice.id })).toEqual([]);
        if (dialect === 'postgres') {
          // The same connection now holds it as a named prepared statement.
          const { rows } = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements`.execute(trx);
          expect(rows.map((row) => row.name)).toContain('hygie_test_user_by_email');
        }
      });
    expect(await userByEmail(db().db, { email: practice.owner.email, practiceId: practice.practice.id })).toEqual([]);
  });

  it('keeps working after a schema change (a kept statement is prepared again)', async () => {
    const practice = await createPractice(db());
    const values = { email: practice.owner.email, practiceId: practice.practice.id };
    expect(await userByEmail(db().db, values)).toHaveLength(1);
    await sql`CREATE TABLE speed_probe (id integer)`.execute(db().db);
    await sql`DROP TABLE speed_probe`.execute(db().db);
    expect(await userByEmail(db().db, values)).toHaveLength(1);
    if (dialect === 'sqlite') {
      const rows = await db()
        .db.selectFrom('users')
        .select('id')
        .where('practice_id', '=', practice.practice.id)
        .execute();
      expect(rows.length).toBeGreaterThan(0);
    }
  });
});
