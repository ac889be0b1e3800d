import { SimpleGrid, TextInput } from '@mantine/core';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';

/** The data protection officer (DPO), when the practice has one. */
export function DpoSection({ form, set, error }: SectionProps) {
  return (
    <FormSection
      id="dpo"
      title="Délégué à la protection des données (DPO)"
      help="Un cabinet libéral n’est en général pas obligé d’en désigner un. Si vous en avez un, indiquez comment le joindre ; sinon, laissez ces champs vides."
    >
      <TextInput
        label="Nom du DPO"
        description="Une personne ou un organisme."
        value={form.dpoName}
        onChange={(event) => set('dpoName', event.currentTarget.value)}
        error={errorFor(error, 'dpoName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Adresse e-mail du DPO"
          type="email"
          value={form.dpoEmail}
          onChange={(event) => set('dpoEmail', event.currentTarget.value)}
          error={errorFor(error, 'dpoEmail')}
        />
        <TextInput
          label="Téléphone du DPO"
          type="tel"
          value={form.dpoPhone}
          onChange={(event) => set('dpoPhone', event.currentTarget.value)}
          error={errorFor(error, 'dpoPhone')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
