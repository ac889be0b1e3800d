import type { PasswordContext } from '../../../../src/features/accounts/password-strength.ts';
import { ConfirmedPasswordFields, useConfirmedPassword } from '../../components/ConfirmedPasswordFields.tsx';

const HELP =
  'Au moins 12 caractères. Le plus simple : une phrase de passe de 4 ou 5 mots sans rapport entre eux. ' +
  'N’y mettez ni votre nom, ni votre adresse e‑mail, ni le nom du cabinet.';

/** A new password typed twice; `check()` flags a mismatch before anything is sent, typing again hides it. */
export function useNewPassword() {
  return useConfirmedPassword({ mismatch: 'Les deux mots de passe ne sont pas identiques.', clearOnEdit: true });
}

interface Props {
  label: string;
  state: ReturnType<typeof useNewPassword>;
  /** The server's refusal (too short, too easy to guess…), shown under the first field. */
  error?: string | undefined;
  /** What is known of the person (the name being typed): the strength shown while typing refuses it too. */
  context?: PasswordContext;
}

/** The password and its confirmation, with the advice on choosing a good one. */
export function NewPasswordFields({ label, state, error, context }: Props) {
  return (
    <ConfirmedPasswordFields
      state={state}
      label={label}
      description={HELP}
      confirmLabel="Confirmation du mot de passe"
      confirmDescription="Saisissez-le une seconde fois, pour éviter une faute de frappe."
      error={error}
      context={context}
      size="md"
    />
  );
}
