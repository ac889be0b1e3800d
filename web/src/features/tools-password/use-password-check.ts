import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { PasswordCheck } from '../../../../src/features/password-tools/check-password.ts';

type CheckPassword = typeof import('../../../../src/features/password-tools/check-password.ts').checkPassword;

let loading: Promise<CheckPassword> | undefined;

/**
 * The checker (zxcvbn-ts and its dictionaries, the largest part of the page) is a separate chunk,
 * fetched from Hygie's own server when the page opens: the application's first page stays light.
 */
function loadChecker(): Promise<CheckPassword> {
  if (!loading) {
    // The two dictionaries are asked for on their own so that the bundler gives each its own chunk
    // (the whole would pass Vite's size warning) and the browser downloads the three in parallel.
    loading = Promise.all([
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
      import('../../../../src/features/password-tools/check-password.ts'),
    ]).then(([, , checker]) => checker.checkPassword);
    // A failed download may be retried by opening the page again.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** Rates the password as it is typed (after a short pause), in the browser only. */
export function usePasswordCheck(password: string, userInputs: readonly string[]) {
  const [checkPassword, setCheckPassword] = useState<CheckPassword | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    loadChecker()
      .then((check) => active && setCheckPassword(() => check))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, []);
  const [settled] = useDebouncedValue(password, 200);
  const result: PasswordCheck | null = useMemo(
    () => (checkPassword && settled ? checkPassword(settled, { userInputs }) : null),
    [checkPassword, settled, userInputs],
  );
  return { result: password ? result : null, ready: checkPassword !== null, failed };
}
