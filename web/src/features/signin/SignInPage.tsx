import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, setCsrfToken } from '../../api/client.ts';
import type { LoginResult } from '../../api/types.ts';
import { useSignedIn } from '../../app/auth.tsx';
import { MfaStep } from './MfaStep.tsx';
import { PasswordStep } from './PasswordStep.tsx';
import { safeReturnPath } from './safe-return.ts';
import type { SetupStatus } from './types.ts';

/**
 * `/connexion`: e-mail and password, then the MFA code when the account has one; goes back to the
 * page asked for (`?retour=`) or home. Sends a fresh install to the first-run wizard.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const setup = useQuery({ queryKey: ['setup'], queryFn: () => api<SetupStatus>('/v1/setup') });

  if (setup.data?.needed && setup.isFetchedAfterMount) return <Navigate to="/premiere-installation" replace />;

  const onResult = (result: LoginResult) => {
    if (result.status === 'mfa_required') {
      setCsrfToken(result.csrfToken);
      setStep('mfa');
      return;
    }
    signedIn(result.me);
    navigate(safeReturnPath(params.get('retour')), { replace: true });
  };

  const cancelMfa = () => {
    // Ends the half-open session on the server; the password step works either way.
    void api('/v1/auth/logout', { method: 'POST', quiet401: true }).catch(() => undefined);
    setCsrfToken(undefined);
    setStep('password');
  };

  return (
    <>
      {step === 'password' ? (
        <PasswordStep email={email} onEmail={setEmail} onResult={onResult} />
      ) : (
        <MfaStep onResult={onResult} onCancel={cancelMfa} />
      )}
      <Text size="sm" mt="xl">
        Hygie vous guide pour protéger les données de vos patients et montrer, à tout moment, que votre cabinet respecte
        le RGPD.
      </Text>
    </>
  );
}
