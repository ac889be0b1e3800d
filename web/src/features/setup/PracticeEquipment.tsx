import { Checkbox, Stack, Switch, TextInput, Title } from '@mantine/core';
import { DATA_LOCATION_CHOICES, QUESTIONS } from '../../../../src/features/accounts/profile-questions.ts';
import type { StepProps } from './setup-form.ts';

const SWITCHES = [
  {
    key: 'wifi',
    label: 'Il y a du Wi-Fi au cabinet',
    help: 'Hygie vous dira comment le protéger.',
  },
  {
    key: 'mobileDevices',
    label: 'Des téléphones ou tablettes servent au travail',
    help: 'Hygie vous rappellera de les verrouiller et de les chiffrer.',
  },
  {
    key: 'teleconsultation',
    label: 'Vous faites des téléconsultations',
    help: 'Elles ont leurs propres règles.',
  },
] as const;

/** Where the patients' data are kept and the equipment: it decides which hygiene rules apply. */
export function PracticeEquipment({ form, errors, onChange }: StepProps) {
  return (
    <Stack gap="md" component="section" aria-labelledby="setup-donnees">
      <Title order={3} size="h4" id="setup-donnees">
        Les données de vos patients et votre équipement
      </Title>
      <Checkbox.Group
        label={QUESTIONS.dataLocations.label}
        description={QUESTIONS.dataLocations.help}
        required
        value={form.dataLocations}
        onChange={(dataLocations) => onChange({ dataLocations })}
        error={errors.dataLocations}
      >
        <Stack gap="xs" mt="xs">
          {DATA_LOCATION_CHOICES.map((location) => (
            <Checkbox key={location.value} value={location.value} label={location.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput
        label="Logiciel métier (facultatif)"
        description="Celui des dossiers patients ; il figurera dans le registre."
        value={form.practiceSoftware}
        onChange={(event) => onChange({ practiceSoftware: event.currentTarget.value })}
        error={errors.practiceSoftware}
        maxLength={120}
      />
      <TextInput
        label="Plateforme de prise de rendez-vous (facultatif)"
        description="S’il y en a une ; elle figurera dans le registre."
        value={form.appointmentPlatform}
        onChange={(event) => onChange({ appointmentPlatform: event.currentTarget.value })}
        error={errors.appointmentPlatform}
        maxLength={120}
      />
      {SWITCHES.map((item) => (
        <Switch
          key={item.key}
          label={item.label}
          description={item.help}
          checked={form[item.key]}
          onChange={(event) => onChange({ [item.key]: event.currentTarget.checked })}
          error={errors[item.key]}
        />
      ))}
    </Stack>
  );
}
