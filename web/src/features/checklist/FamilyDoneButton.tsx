import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { familyDoneTargets } from '../../../../src/features/checklist/family-done.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFamilyDone } from './checklist-api.ts';
import type { FamilyView, MeasureView } from './checklist-types.ts';
import { plural } from './format.ts';

/**
 * « Tout est fait dans cette famille »: a confirmation lists the measures it marks « Fait » (those
 * that apply, not done yet, not answered by Hygie), then one request marks them all.
 */
export function FamilyDoneButton({ family, measures }: { family: FamilyView; measures: readonly MeasureView[] }) {
  const [opened, setOpened] = useState(false);
  const done = useFamilyDone();
  const targets = familyDoneTargets(measures, family.id);
  if (targets.length === 0 && !done.isSuccess) return null;
  return (
    <>
      {targets.length > 0 && (
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => {
            done.reset();
            setOpened(true);
          }}
        >
          Tout est fait dans cette famille
        </Button>
      )}
      {done.isSuccess && (
        <Text size="sm" role="status">
          {plural(done.data.changed.length, 'mesure marquée', 'mesures marquées')} « Fait ».
        </Text>
      )}
      <Dialog opened={opened} onClose={() => setOpened(false)} title={`Tout est fait : ${family.label} ?`}>
        <Stack gap="sm">
          <Text size="sm">
            {targets.length > 1 ? `Ces ${targets.length} mesures seront marquées` : 'Cette mesure sera marquée'} « Fait
            » :
          </Text>
          <List size="sm" spacing={2}>
            {targets.map((measure) => (
              <List.Item key={measure.id}>{measure.title}</List.Item>
            ))}
          </List>
          <Text size="sm">Les mesures constatées par Hygie et celles déjà faites ne changent pas.</Text>
          <ErrorAlert error={done.error} title="Les mesures n’ont pas été enregistrées" />
          <Group gap="sm">
            <Button
              loading={done.isPending}
              onClick={() => done.mutate(family.id, { onSuccess: () => setOpened(false) })}
            >
              Oui, tout est fait
            </Button>
            <Button variant="default" onClick={() => setOpened(false)}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
