import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';

type Checker = typeof import('../../../src/features/password-tools/check-password.ts');
type Rules = typeof import('../../../src/features/accounts/password-strength.ts');
/** The password checker tool's rating and the rule the server applies to a new password. */
export type PasswordRules = Pick<Checker, 'checkPassword'> & Pick<Rules, 'checkPasswordStrength'>;

let loading: Promise<PasswordRules> | undefined;

/**
 * The checkers (zxcvbn-ts and its dictionaries, the largest part of the application) are a separate
 * chunk, fetched from Hygie's own server on the first page that rates a password: the application's
 * first page stays light.
 */
function loadRules(): Promise<PasswordRules> {
  if (!loading) {
    // The two dictionaries are asked for on their own so that the bundler gives each its own chunk
    // (the whole would pass Vite's size warning) and the browser downloads the three in parallel.
    loading = Promise.all([
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
      import('../../../src/features/password-tools/check-password.ts'),
      import('../../../src/features/accounts/password-strength.ts'),
    ]).then(([common, french, checker, rules]) => {
      rules.supplyZxcvbnDictionaries({ common, french });
      return { checkPassword: checker.checkPassword, checkPasswordStrength: rules.checkPasswordStrength };
    });
    // A failed download may be retried by opening the page again.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * Rates the password as it is typed (after a short pause), in the browser only: `rate` receives
 * the loaded rules and the settled password. `result` is null while nothing is typed or loaded.
 */
export function usePasswordRating<T>(password: string, rate: (rules: PasswordRules, password: string) => T) {
  const [rules, setRules] = useState<PasswordRules | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    loadRules()
      .then((loaded) => active && setRules(loaded))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, []);
  const [settled] = useDebouncedValue(password, 200);
  const result: T | null = useMemo(() => (rules && settled ? rate(rules, settled) : null), [rules, settled, rate]);
  return { result: password ? result : null, ready: rules !== null, failed };
}
