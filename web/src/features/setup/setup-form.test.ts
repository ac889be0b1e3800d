import { describe, expect, it } from 'vitest';
import { withDepartment } from './setup-form.ts';

const LILAS = '12 rue des Lilas, 93260 Les Lilas';

describe('the wizard’s department, read from the address', () => {
  it.each<[string, { address: string; department: string }, string, string | undefined]>([
    ['filled when empty', { address: '', department: '' }, LILAS, '93'],
    ['follows the address while it is the one read', { address: LILAS, department: '93' }, 'Rue X, 75011 Paris', '75'],
    ['left alone once the person typed another', { address: LILAS, department: '94' }, 'Rue X, 75011 Paris', undefined],
    ['left alone without a postcode', { address: '', department: '' }, '12 rue des Lilas', undefined],
  ])('%s', (_label, form, address, department) => {
    expect(withDepartment(form, { address }).department).toBe(department);
  });

  it('changes nothing when the address is not what changed', () => {
    const patch: { address?: string; phone: string } = { phone: '01 23 45 67 89' };
    expect(withDepartment({ address: '', department: '' }, patch)).toEqual({ phone: '01 23 45 67 89' });
  });
});
