import { describe, expect, it } from 'vitest';
import { trustedAuthenticationResults } from './authentication-headers.ts';
import { authenticationOutcomes, checkAuthentication } from './check-authentication.ts';
import { createReporter } from './findings.ts';
import { parsedMail, reported } from './mail-test-support.ts';
import { splitTechnicalDetail } from './technical-detail.ts';

const own = ['cabinet.example'];
const from = (address: string) => ({ name: '', address });

describe('authentication results (SPF, DKIM, DMARC)', () => {
  it.each<[string, string[], string, string[]]>([
    ['all pass', ['mx; spf=pass; dkim=pass; dmarc=pass'], 'a@autre.example', []],
    ['DMARC passes, SPF fails (a forwarded message)', ['mx; spf=fail; dkim=pass; dmarc=pass'], 'a@autre.example', []],
    [
      'DMARC fails: medium, never high alone',
      ['mx; spf=pass; dkim=none; dmarc=fail'],
      'a@autre.example',
      ['auth_fail:medium'],
    ],
    [
      'every check fails: still medium',
      ['mx; spf=fail; dkim=fail; dmarc=fail'],
      'a@autre.example',
      ['auth_fail:medium'],
    ],
    ['SPF fails, no DMARC', ['mx; spf=fail smtp.mailfrom=x'], 'a@autre.example', ['auth_fail:low']],
    ['DKIM fails, SPF passes, no DMARC', ['mx; spf=pass; dkim=fail header.d=x'], 'a@autre.example', ['auth_fail:low']],
    ['SPF softfails', ['mx; spf=softfail'], 'a@autre.example', ['auth_fail:low']],
    [
      'nothing confirms the sender (all none)',
      ['mx; spf=none; dkim=none; dmarc=none'],
      'a@autre.example',
      ['auth_fail:low'],
    ],
    ['SPF passes, the rest missing', ['mx; spf=pass; dkim=none'], 'a@autre.example', []],
    ['one DKIM signature fails, another passes', ['mx; dkim=fail; dkim=pass'], 'a@autre.example', []],
    ['Received-SPF says fail', ['spf=Fail (domain does not designate)'], 'a@autre.example', ['auth_fail:low']],
    ['no header at all', [], 'a@cabinet.example', []],
    [
      'the practice’s own domain fails',
      ['mx; spf=fail; dmarc=fail'],
      'a@cabinet.example',
      ['own_domain_unauthenticated:high', 'auth_fail:medium'],
    ],
    [
      'the practice’s own domain softfails',
      ['mx; spf=softfail'],
      'b@mail.cabinet.example',
      ['own_domain_unauthenticated:high', 'auth_fail:low'],
    ],
    [
      'the practice’s own internal mail, unsigned (missing is not a failure)',
      ['mx; spf=none; dkim=none; dmarc=none'],
      'a@cabinet.example',
      ['auth_fail:low'],
    ],
    ['the practice’s own domain passes', ['mx; spf=pass; dkim=pass; dmarc=pass'], 'a@cabinet.example', []],
  ])('%s', (_case, headers, address, expected) => {
    const mail = parsedMail({ from: from(address), authenticationResults: headers });
    expect(reported((report) => checkAuthentication(mail, own, report))).toEqual(expected);
  });

  it.each([
    ['mx; spf=fail; dmarc=fail', 'a@cabinet.example'],
    ['mx; spf=fail', 'a@autre.example'],
    ['mx; spf=none; dkim=none', 'a@autre.example'],
  ])('says it plainly first, the technical names in a detail (%s)', (header, address) => {
    const report = createReporter();
    checkAuthentication(parsedMail({ from: from(address), authenticationResults: [header] }), own, report);
    expect(report.findings().length).toBeGreaterThan(0);
    for (const { message } of report.findings()) {
      const { plain, detail } = splitTechnicalDetail(message);
      expect(plain).toContain('contrôles d’authentification de l’expéditeur');
      expect(plain).not.toMatch(/SPF|DKIM|DMARC/);
      expect(detail).toMatch(/^SPF : \S+.*, DKIM : .*, DMARC : /);
    }
  });

  it('reads every mechanism of one header', () => {
    expect(authenticationOutcomes(['mx.example; spf=softfail smtp.mailfrom=x; dkim=fail; dmarc=fail'])).toEqual({
      spf: 'softfail',
      dkim: 'fail',
      dmarc: 'fail',
    });
  });
});

describe('which authentication header is trusted', () => {
  const ar = (value: string) => ({ key: 'authentication-results', value });
  const received = { key: 'received', value: 'from relay.example by mx.cabinet.example' };
  const spf = (value: string) => ({ key: 'received-spf', value });

  it.each<[string, { key: string; value: string }[], string[]]>([
    [
      'the top-most one, added last by the receiving server',
      [ar('mx; dmarc=fail'), received, ar('relay; dmarc=pass'), received],
      ['mx; dmarc=fail'],
    ],
    ['a copy lower down is ignored', [ar('mx; spf=pass'), received, ar('x; dmarc=fail'), received], ['mx; spf=pass']],
    ['one below every Received line was written by the sender', [received, ar('forged; dmarc=pass')], []],
    [
      'ARC and X- copies are never read',
      [
        { key: 'arc-authentication-results', value: 'i=1; dmarc=pass' },
        { key: 'x-authentication-results', value: 'dmarc=pass' },
        received,
      ],
      [],
    ],
    ['Received-SPF only without Authentication-Results', [spf('Fail (x)'), received], ['spf=Fail (x)']],
    [
      'Authentication-Results wins over Received-SPF',
      [spf('Fail (x)'), ar('mx; spf=pass'), received],
      ['mx; spf=pass'],
    ],
    [
      'a pasted message without Received lines: its top-most one',
      [ar('mx; spf=pass'), ar('other; spf=fail')],
      ['mx; spf=pass'],
    ],
  ])('%s', (_case, headers, trusted) => {
    expect(trustedAuthenticationResults(headers)).toEqual(trusted);
  });
});
