import { Anchor, SimpleGrid, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { DOSSIER_PATH } from '../dossier/index.ts';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';

/** SIRET, FINESS and RPPS: optional, printed on the compliance documents. */
export function IdentifiersSection({ form, set, error }: SectionProps) {
  return (
    <FormSection
      id="numeros"
      title="Numéros officiels"
      help={
        <>
          Facultatifs : s’ils sont renseignés, ils figurent sur le registre et le{' '}
          <Anchor component={Link} to={DOSSIER_PATH} underline="always">
            dossier de conformité
          </Anchor>
          .
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="SIRET"
          description="14 chiffres."
          inputMode="numeric"
          value={form.siret}
          onChange={(event) => set('siret', event.currentTarget.value)}
          error={errorFor(error, 'siret')}
        />
        <TextInput
          label="FINESS"
          description="9 caractères, pour une structure."
          value={form.finess}
          onChange={(event) => set('finess', event.currentTarget.value)}
          error={errorFor(error, 'finess')}
        />
        <TextInput
          label="RPPS du titulaire"
          description="11 chiffres."
          inputMode="numeric"
          value={form.rpps}
          onChange={(event) => set('rpps', event.currentTarget.value)}
          error={errorFor(error, 'rpps')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
