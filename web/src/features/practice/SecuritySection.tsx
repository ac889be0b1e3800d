import { Switch, Text } from '@mantine/core';
import { FormSection, type SectionProps } from './FormSection.tsx';

/** The practice-wide MFA requirement (`mfaRequired`); the home page links here (#securite). */
export function SecuritySection({ form, set }: SectionProps) {
  return (
    <FormSection
      id="securite"
      title="Sécurité des connexions"
      help="La double authentification demande, en plus du mot de passe, un code à 6 chiffres affiché par une application sur le téléphone : un mot de passe volé ne suffit plus pour entrer dans Hygie."
    >
      <Switch
        label="Exiger la double authentification pour tout le cabinet"
        description="Les personnes qui ne l’utilisent pas encore devront l’activer à leur prochaine visite, avant de pouvoir continuer. Tant que cette règle est active, personne ne peut la désactiver sur son compte."
        checked={form.mfaRequired}
        onChange={(event) => set('mfaRequired', event.currentTarget.checked)}
      />
      {form.mfaRequired && (
        <Text size="sm">
          Prévenez l’équipe : chacun aura besoin de son téléphone et d’une application d’authentification (par exemple
          celle de Google, de Microsoft ou FreeOTP).
        </Text>
      )}
    </FormSection>
  );
}
