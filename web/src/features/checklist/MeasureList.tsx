import { Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useAuth } from '../../app/auth.tsx';
import type { ChecklistView } from './checklist-types.ts';
import { DiagnosticFiltersBar } from './DiagnosticFiltersBar.tsx';
import { type DiagnosticFilters, matches, NO_DIAGNOSTIC_FILTERS, resumeFamily } from './diagnostic-filters.ts';
import { FamilyMeasures } from './FamilyMeasures.tsx';
import { plural } from './format.ts';

/**
 * The filters, then the measures that pass them, family by family. Families are closed, except
 * the one to resume (the measure reached by a link, or the first with a measure « sans réponse »);
 * while a filter is set, every family it leaves is open.
 */
export function MeasureList({
  checklist,
  readOnlyReason,
  highlighted,
}: {
  checklist: ChecklistView;
  readOnlyReason: string;
  highlighted: string | undefined;
}) {
  const { me } = useAuth();
  const [filters, setFilters] = useState<DiagnosticFilters>(NO_DIAGNOSTIC_FILTERS);
  const [resumed] = useState(() => resumeFamily(checklist.measures, highlighted));
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(resumed ? [resumed] : []));
  const filtered = filters.family !== '' || filters.status !== '' || filters.mine;
  const shown = checklist.measures.filter((measure) => matches(measure, filters, me.user.id));
  const groups = checklist.families
    .map((family) => ({ family, measures: shown.filter((measure) => measure.family === family.id) }))
    .filter((group) => group.measures.length > 0);
  const toggle = (family: string) =>
    setOpened((old) => {
      const next = new Set(old);
      if (!next.delete(family)) next.add(family);
      return next;
    });

  // Resume where the person left: the family of her next unanswered measure comes into view.
  // Decided once, when the page opens: answering later never makes the page jump.
  const [resumeInView] = useState(
    () => resumed !== null && highlighted === undefined && checklist.progress.answered > 0,
  );
  useEffect(() => {
    if (resumeInView) document.getElementById(`famille-${resumed}-section`)?.scrollIntoView({ block: 'start' });
  }, [resumeInView, resumed]);

  return (
    <>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="mesures-titre">
        <Title order={2} size="h3" id="mesures-titre">
          Les mesures
        </Title>
        <Text size="sm" mb="sm">
          « Indispensable » : à faire en premier. Les lettres indiquent les données concernées, comme dans le Mémento de
          l’ANS : L pour les données sur place (ordinateur ou serveur du cabinet), C pour les données en ligne (cloud),
          P pour les dossiers papier.
        </Text>
        <DiagnosticFiltersBar families={checklist.families} value={filters} onChange={setFilters} />
        <Text size="sm" mt="sm" role="status">
          {plural(shown.length, 'mesure affichée', 'mesures affichées')} sur {checklist.measures.length}.
        </Text>
      </Paper>
      {groups.length === 0 && <Text>Aucune mesure ne correspond à ces filtres.</Text>}
      {groups.map(({ family, measures }) => (
        <FamilyMeasures
          key={family.id}
          family={family}
          measures={measures}
          checklist={checklist}
          opened={filtered || opened.has(family.id)}
          onToggle={() => toggle(family.id)}
          readOnlyReason={readOnlyReason}
          highlighted={highlighted}
        />
      ))}
    </>
  );
}
