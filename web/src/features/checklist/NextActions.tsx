import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanEntryView } from './checklist-types.ts';
import { NextActionItem } from './NextActionItem.tsx';

/** « Vos prochaines actions »: the first five measures of the plan, whatever the filters. */
export function NextActions({ next }: { next: PlanEntryView[] }) {
  const [done, setDone] = useState('');
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="prochaines-titre">
      <Title order={2} size="h3" id="prochaines-titre">
        Vos prochaines actions
      </Title>
      <Text size="sm" mb="sm">
        Les mesures indispensables d’abord, puis celles des familles qui protègent le plus, les plus rapides en premier.
      </Text>
      <Text size="sm" role="status" fw={600} mb={done ? 'sm' : 0}>
        {done && `« ${done} » est marquée comme faite : le plan et la note sont à jour.`}
      </Text>
      {next.length === 0 ? (
        <Text>Aucune action en attente : toutes les mesures qui vous concernent sont faites.</Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} aria-labelledby="prochaines-titre">
          {next.map((entry) => (
            <NextActionItem key={entry.id} entry={entry} onDone={setDone} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
