import { Stack, Text, TextInput } from '@mantine/core';
import { NewPasswordStrength } from '../../components/NewPasswordStrength.tsx';
import { PasswordField } from './PasswordField.tsx';
import type { StepProps } from './setup-form.ts';

/** Step 2, « Votre compte de titulaire »: the owner's identity, password and, on a server, the code. */
export function OwnerStep({ form, errors, onChange, codeRequired }: StepProps & { codeRequired: boolean }) {
  return (
    <Stack gap="md">
      <Text>
        Le titulaire gère le cabinet dans Hygie : il invite l’équipe, choisit qui voit quoi et règle la sécurité.
      </Text>
      <TextInput
        label="Votre nom et prénom"
        description="Tel qu’il apparaîtra dans Hygie et dans le journal de conformité."
        required
        autoComplete="name"
        value={form.ownerName}
        onChange={(event) => onChange({ ownerName: event.currentTarget.value })}
        error={errors.ownerName}
        maxLength={120}
      />
      <TextInput
        label="Votre adresse e-mail"
        description="Elle vous servira d’identifiant pour vous connecter."
        required
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={(event) => onChange({ email: event.currentTarget.value })}
        error={errors.email}
        maxLength={254}
      />
      <PasswordField
        id="setup-password"
        label="Mot de passe"
        description="Le plus sûr : une phrase de 4 ou 5 mots sans rapport entre eux, par exemple « girafe lumière tambour pivoine » (inventez la vôtre). Évitez votre nom, celui du cabinet et les dates."
        required
        autoComplete="new-password"
        value={form.password}
        onChange={(event) => onChange({ password: event.currentTarget.value })}
        error={errors.password}
        maxLength={256}
      />
      <NewPasswordStrength
        password={form.password}
        context={{ names: [form.ownerName], emails: [form.email], practiceName: form.name }}
        shownError={errors.password}
      />
      <PasswordField
        id="setup-password-confirm"
        label="Confirmez le mot de passe"
        description="Retapez-le pour éviter une faute de frappe."
        required
        autoComplete="new-password"
        value={form.passwordConfirm}
        onChange={(event) => onChange({ passwordConfirm: event.currentTarget.value })}
        error={errors.passwordConfirm}
        maxLength={256}
      />
      {codeRequired && (
        <TextInput
          label="Code d’installation"
          description="Ce serveur est accessible depuis le réseau : pour que personne d’autre ne crée le cabinet à votre place, Hygie a écrit un code à usage unique dans le journal du serveur (il ressemble à K7QM-2XPD-9RTA). Demandez-le à la personne qui a installé Hygie."
          required
          autoComplete="off"
          spellCheck={false}
          value={form.setupCode}
          onChange={(event) => onChange({ setupCode: event.currentTarget.value })}
          error={errors.setupCode}
          maxLength={20}
        />
      )}
    </Stack>
  );
}
