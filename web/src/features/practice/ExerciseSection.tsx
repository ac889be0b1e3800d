import { Checkbox, Radio, SimpleGrid, Stack, Switch } from '@mantine/core';
import {
  effectiveLegalForm,
  LEGAL_FORM_CHOICES,
  type LegalForm,
  MEDICAL_SPECIALTY_CHOICES,
  type MedicalSpecialty,
  QUESTIONS,
} from '../../../../src/features/accounts/profile-questions.ts';
import { isAlsaceMoselle } from '../../../../src/lib/dates/alsace-moselle.ts';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';

/**
 * The form of practice (accounting records: 6 or 10 years), the physicians' specialties (a breach's
 * minimum data context) and, in Alsace-Moselle, Good Friday; the retention page links here (#exercice).
 */
export function ExerciseSection({ form, set, error }: SectionProps) {
  const legalForm = form.legalForm ?? effectiveLegalForm(form);
  return (
    <FormSection id="exercice" title="Forme d’exercice">
      <Radio.Group
        label={QUESTIONS.legalForm.label}
        description={QUESTIONS.legalForm.help}
        value={legalForm}
        onChange={(value) => set('legalForm', value as LegalForm)}
        error={errorFor(error, 'legalForm')}
      >
        <Stack gap="sm" mt="xs">
          {LEGAL_FORM_CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} description={choice.help} />
          ))}
        </Stack>
      </Radio.Group>
      {form.professions.includes('medecin') && (
        <Checkbox.Group
          label={QUESTIONS.medicalSpecialties.label}
          description={QUESTIONS.medicalSpecialties.help}
          value={form.medicalSpecialties}
          onChange={(value) => set('medicalSpecialties', value as MedicalSpecialty[])}
          error={errorFor(error, 'medicalSpecialties')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {MEDICAL_SPECIALTY_CHOICES.map((choice) => (
              <Checkbox key={choice.value} value={choice.value} label={choice.label} description={choice.help} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      {isAlsaceMoselle(form.department) && (
        <Switch
          label={QUESTIONS.goodFriday.label}
          description={QUESTIONS.goodFriday.help}
          checked={form.goodFriday}
          onChange={(event) => set('goodFriday', event.currentTarget.checked)}
        />
      )}
    </FormSection>
  );
}
