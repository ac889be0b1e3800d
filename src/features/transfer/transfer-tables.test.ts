import { describe, expect, it } from 'vitest';
import { columns } from './transfer-tables.ts';

describe('columns', () => {
  it('reads each column of the string, in its order, text unless it says otherwise', () => {
    const read = columns(`id seq:int note?
      data:json? content:bytes count:int?`);
    expect(Object.entries(read)).toEqual([
      ['id', 'text'],
      ['seq', 'int'],
      ['note', 'text?'],
      ['data', 'json?'],
      ['content', 'bytes'],
      ['count', 'int?'],
    ]);
  });

  it.each(['id seq:integer', 'id id', 'id seq:int:text', 'Id', 'note?:int'])('refuses « %s »', (spec) => {
    expect(() => columns(spec)).toThrow(/transfer-tables\.ts: column/);
  });
});
