import { Checkbox, NumberInput, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import {
  QUESTIONS,
  STRUCTURE_TYPE_CHOICES,
  type StructureTypeChoice,
} from '../../../../src/features/accounts/profile-questions.ts';
import { ContactFields } from '../practice/ContactFields.tsx';
import { PROFESSIONS } from '../practice/practice-labels.ts';
import { PracticeEquipment } from './PracticeEquipment.tsx';
import { PracticeExtras } from './PracticeExtras.tsx';
import { careSettingOf, type StepProps, withDepartment } from './setup-form.ts';

/** A short input (a number, a department) under a full-width label and help text. */
const NARROW = { wrapper: { maxWidth: 240 } };

/** Step 1, « Votre cabinet »: the practice profile that tailors the rest of Hygie. */
export function PracticeStep({
  form,
  errors,
  onChange,
  extrasOpen,
  onExtrasOpen,
}: StepProps & {
  extrasOpen: boolean;
  onExtrasOpen(open: boolean): void;
}) {
  return (
    <Stack gap="xl">
      <Stack gap="md" component="section" aria-labelledby="setup-exercice">
        <Title order={3} size="h4" id="setup-exercice">
          Votre exercice
        </Title>
        <TextInput
          label="Nom du cabinet"
          description="Il figurera sur vos documents."
          required
          value={form.name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
          error={errors.name}
          maxLength={120}
        />
        <Radio.Group
          label="Comment exercez-vous ?"
          required
          value={form.structureType}
          onChange={(value) => onChange({ structureType: value as StructureTypeChoice })}
          error={errors.structureType}
        >
          <Stack gap="sm" mt="xs">
            {STRUCTURE_TYPE_CHOICES.map((type) => (
              <Radio key={type.value} value={type.value} label={type.label} description={type.help} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group
          label="Professions exercées au cabinet"
          description="Plusieurs choix possibles."
          required
          value={form.professions}
          onChange={(professions) => onChange({ professions })}
          error={errors.professions}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {PROFESSIONS.map((p) => (
              <Checkbox key={p.value} value={p.value} label={p.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NumberInput
          label={QUESTIONS.staffCount.label}
          description={QUESTIONS.staffCount.help}
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          value={form.staffCount}
          onChange={(staffCount) => onChange({ staffCount })}
          error={errors.staffCount}
          styles={NARROW}
        />
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="setup-coordonnees">
        <Title order={3} size="h4" id="setup-coordonnees">
          Vos coordonnées et vos patients
        </Title>
        <ContactFields
          value={{ ...form, email: form.practiceEmail, careSetting: careSettingOf(form) }}
          onChange={({ email, ...patch }) =>
            onChange({ ...withDepartment(form, patch), ...(email === undefined ? {} : { practiceEmail: email }) })
          }
          errorOf={(field) => errors[field === 'email' ? 'practiceEmail' : field]}
        />
        <TextInput
          label="Département du cabinet"
          description="Pour les jours fériés. Lu dans le code postal ; sinon, son numéro (75, 2A, 974…)."
          required
          value={form.department}
          onChange={(event) => onChange({ department: event.currentTarget.value })}
          error={errors.department}
          maxLength={3}
          styles={NARROW}
        />
      </Stack>
      <PracticeEquipment form={form} errors={errors} onChange={onChange} />
      <PracticeExtras form={form} errors={errors} onChange={onChange} open={extrasOpen} onOpen={onExtrasOpen} />
    </Stack>
  );
}
