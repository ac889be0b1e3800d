import { describe, expect, it } from 'vitest';
import { authenticationFailures, checkAuthentication } from './check-authentication.ts';
import { parsedMail, reported } from './mail-test-support.ts';

const own = ['cabinet.example'];
const from = (address: string) => ({ name: '', address });

describe('authentication results (SPF, DKIM, DMARC)', () => {
  it.each<[string, string[], string, string[]]>([
    ['all pass', ['mx; spf=pass; dkim=pass; dmarc=pass'], 'a@autre.example', []],
    ['DMARC fails', ['mx; spf=pass; dkim=none; dmarc=fail'], 'a@autre.example', ['auth_fail:high']],
    ['SPF fails', ['mx; spf=fail smtp.mailfrom=x'], 'a@autre.example', ['auth_fail:medium']],
    ['DKIM fails', ['mx; dkim=fail header.d=x'], 'a@autre.example', ['auth_fail:medium']],
    ['SPF softfails', ['mx; spf=softfail'], 'a@autre.example', ['auth_fail:low']],
    ['one DKIM signature fails, another passes', ['mx; dkim=fail; dkim=pass'], 'a@autre.example', []],
    ['Received-SPF says fail', ['spf=Fail (domain does not designate)'], 'a@autre.example', ['auth_fail:medium']],
    ['no header at all', [], 'a@cabinet.example', []],
    [
      'the practice’s own domain fails',
      ['mx; spf=fail; dmarc=fail'],
      'a@cabinet.example',
      ['own_domain_unauthenticated:high', 'auth_fail:high'],
    ],
    [
      'the practice’s own domain softfails',
      ['mx; spf=softfail'],
      'b@mail.cabinet.example',
      ['own_domain_unauthenticated:high', 'auth_fail:low'],
    ],
    ['the practice’s own domain passes', ['mx; spf=pass; dkim=pass; dmarc=pass'], 'a@cabinet.example', []],
  ])('%s', (_case, headers, address, expected) => {
    const mail = parsedMail({ from: from(address), authenticationResults: headers });
    expect(reported((report) => checkAuthentication(mail, own, report))).toEqual(expected);
  });

  it('reads every mechanism of one header', () => {
    expect(authenticationFailures(['mx.example; spf=softfail smtp.mailfrom=x; dkim=fail; dmarc=fail'])).toEqual(
      new Map([
        ['dmarc', 'fail'],
        ['spf', 'softfail'],
        ['dkim', 'fail'],
      ]),
    );
  });
});
