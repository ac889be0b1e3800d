import { Checkbox, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { QUESTIONS, STRUCTURE_TYPE_CHOICES } from '../../../../src/features/accounts/profile-questions.ts';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';
import { PROFESSIONS } from './practice-labels.ts';

/** Name, kind of practice, professions, staff and department. */
export function IdentitySection({ form, set, error }: SectionProps) {
  return (
    <FormSection id="identite" title="Votre cabinet">
      <TextInput
        label="Nom du cabinet"
        description="Tel qu’il apparaîtra sur les documents : registre, affiche pour les patients, dossier de conformité."
        required
        value={form.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={errorFor(error, 'name')}
      />
      <Radio.Group
        label="Type de structure"
        description="La façon dont vous exercez."
        required
        value={form.structureType}
        onChange={(value) => set('structureType', value)}
        error={errorFor(error, 'structureType')}
      >
        <Stack gap="sm" mt="xs">
          {STRUCTURE_TYPE_CHOICES.map((type) => (
            <Radio key={type.value} value={type.value} label={type.label} description={type.help} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group
        label="Professions exercées"
        description="Cochez toutes les professions présentes dans le cabinet."
        required
        value={form.professions}
        onChange={(value) => set('professions', value)}
        error={errorFor(error, 'professions')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {PROFESSIONS.map((profession) => (
            <Checkbox key={profession.value} value={profession.value} label={profession.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={QUESTIONS.staffCount.label}
          description={QUESTIONS.staffCount.help}
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          value={form.staffCount}
          onChange={(value) => set('staffCount', typeof value === 'number' ? value : Number(value) || 0)}
          error={errorFor(error, 'staffCount')}
        />
        <TextInput
          label="Département"
          description="Son numéro, par exemple 75, 2A ou 974 : il sert à connaître les jours fériés."
          value={form.department}
          onChange={(event) => set('department', event.currentTarget.value)}
          error={errorFor(error, 'department')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
