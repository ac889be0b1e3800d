import { Checkbox, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { DATA_LOCATION_CHOICES, QUESTIONS } from '../../../../src/features/accounts/profile-questions.ts';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';

/** Where patient data are kept, the software used and the equipment that matters for security. */
export function DataSection({ form, set, error }: SectionProps) {
  return (
    <FormSection
      id="donnees"
      title="Données des patients et outils"
      help="Ces réponses indiquent à Hygie quelles règles d’hygiène informatique vous concernent."
    >
      <Checkbox.Group
        label={QUESTIONS.dataLocations.label}
        description={QUESTIONS.dataLocations.help}
        required
        value={form.dataLocations}
        onChange={(value) => set('dataLocations', value)}
        error={errorFor(error, 'dataLocations')}
      >
        <Stack gap="sm" mt="xs">
          {DATA_LOCATION_CHOICES.map((location) => (
            <Checkbox key={location.value} value={location.value} label={location.label} description={location.help} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Logiciel métier"
          description="Le logiciel où vous tenez les dossiers des patients, s’il y en a un."
          value={form.practiceSoftware}
          onChange={(event) => set('practiceSoftware', event.currentTarget.value)}
          error={errorFor(error, 'practiceSoftware')}
        />
        <TextInput
          label="Plateforme de prise de rendez-vous"
          description="Le service en ligne où les patients prennent rendez-vous, s’il y en a un."
          value={form.appointmentPlatform}
          onChange={(event) => set('appointmentPlatform', event.currentTarget.value)}
          error={errorFor(error, 'appointmentPlatform')}
        />
      </SimpleGrid>
      <Switch
        label="Le cabinet a un réseau Wi-Fi"
        description="Même s’il ne sert qu’aux patients en salle d’attente."
        checked={form.wifi}
        onChange={(event) => set('wifi', event.currentTarget.checked)}
      />
      <Switch
        label="Des téléphones ou tablettes servent au travail"
        description="Par exemple pour consulter l’agenda ou les dossiers en visite."
        checked={form.mobileDevices}
        onChange={(event) => set('mobileDevices', event.currentTarget.checked)}
      />
      <Switch
        label="Vous faites de la téléconsultation"
        description="Des consultations à distance, en vidéo."
        checked={form.teleconsultation}
        onChange={(event) => set('teleconsultation', event.currentTarget.checked)}
      />
    </FormSection>
  );
}
