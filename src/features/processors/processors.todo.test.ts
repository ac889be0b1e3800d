import { describe, expect, it } from 'vitest';
import { noClauses, type Processor } from './processor.ts';
import { processorTodos } from './processors.todo.ts';

const processor = (over: Partial<Processor> = {}): Processor =>
  ({
    id: 'p1',
    name: 'Logiciel en ligne',
    service: 'Dossiers patients',
    hostsHealthData: true,
    hostingInEea: true,
    hdsCertificate: { number: 'HDS-1', expiresOn: '2027-06-30' },
    dpaSignedOn: '2026-01-10',
    contractEndsOn: null,
    clauses: Object.fromEntries(Object.keys(noClauses()).map((c) => [c, true])),
    ...over,
  }) as Processor;

describe('the processors’ « à faire » items', () => {
  it.each([
    ['in order', {}, null],
    ['no contract', { dpaSignedOn: null }, { severity: 'danger', due: null, state: 'open' }],
    [
      'HDS certificate expiring in a month',
      { hdsCertificate: { number: 'HDS-1', expiresOn: '2027-01-07' } },
      { severity: 'warning', dueDay: '2027-01-07', state: 'due_soon' },
    ],
    [
      'HDS certificate expired',
      { hdsCertificate: { number: 'HDS-1', expiresOn: '2026-12-01' } },
      { severity: 'danger', dueDay: '2026-12-01', state: 'overdue' },
    ],
    [
      'contract ending in two months',
      { contractEndsOn: '2027-02-07' },
      { severity: 'warning', dueDay: '2027-02-07', state: 'due_soon' },
    ],
    [
      'contract ended',
      { contractEndsOn: '2026-12-06' },
      { severity: 'danger', dueDay: '2026-12-06', state: 'overdue' },
    ],
    [
      'contract ending after the certificate: due on the certificate’s day',
      { contractEndsOn: '2027-02-07', hdsCertificate: { number: 'HDS-1', expiresOn: '2027-01-07' } },
      { severity: 'warning', dueDay: '2027-01-07', state: 'due_soon' },
    ],
    [
      'contract ending before the certificate: due on the contract’s last day',
      { contractEndsOn: '2026-12-20', hdsCertificate: { number: 'HDS-1', expiresOn: '2027-01-07' } },
      { severity: 'warning', dueDay: '2026-12-20', state: 'due_soon' },
    ],
  ] as const)('%s', (_label, over, expected) => {
    const items = processorTodos([processor(over as Partial<Processor>)], '2026-12-07');
    if (expected === null) expect(items).toEqual([]);
    else expect(items).toEqual([expect.objectContaining({ id: 'processor:p1', kind: 'processor', ...expected })]);
  });

  it('names the processor and its warnings in one line', () => {
    expect(processorTodos([processor({ dpaSignedOn: null })], '2026-12-07')[0]?.title).toBe(
      'Logiciel en ligne : contrat de sous-traitance manquant',
    );
  });
});
