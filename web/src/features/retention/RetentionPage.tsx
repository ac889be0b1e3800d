import { Skeleton, Stack } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CalculatorSection } from './CalculatorSection.tsx';
import { useRetentionSettings } from './retention-api.ts';
import { ScanSection } from './ScanSection.tsx';
import { SettingsSection } from './SettingsSection.tsx';

/** Retention: the calculator, the patient-index scan and the durations the practice applies. */
export function RetentionPage() {
  const settings = useRetentionSettings();
  return (
    <>
      <PageHeader title="Conservation des données">
        Combien de temps garder un dossier ou un document, quand l’archiver et quand il peut être détruit : pour un
        dossier avec le calculateur, pour tout l’index des patients avec l’analyse d’un export CSV. Hygie ne conserve
        aucune ligne de vos fichiers.
      </PageHeader>
      <ErrorAlert error={settings.error} title="Les règles de conservation n’ont pas pu être chargées" />
      {settings.isPending && <Skeleton h={320} />}
      {settings.data && (
        <Stack gap="lg">
          <ScanSection settings={settings.data} />
          <CalculatorSection settings={settings.data} />
          <SettingsSection settings={settings.data} />
        </Stack>
      )}
    </>
  );
}
