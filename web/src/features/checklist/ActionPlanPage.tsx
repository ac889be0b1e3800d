import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useActionPlan, useChecklist } from './checklist-api.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { plural } from './format.ts';
import { NextActions } from './NextActions.tsx';
import { PlanFiltersBar } from './PlanFiltersBar.tsx';
import { PlanTable } from './PlanTable.tsx';
import { PLAN_FILTER_KEYS, planFilters, planSearch } from './plan-filters.ts';
import { useRecordPlanOpened } from './use-record-plan-opened.ts';

/** « Plan d’action »: the next five actions, then the whole plan with its filters in the address. */
export function ActionPlanPage() {
  const [params, setParams] = useSearchParams();
  const filters = planFilters(params);
  const search = planSearch(filters);
  const plan = useActionPlan(search);
  // For the filters' lists of families and people.
  const checklist = useChecklist();
  const filtered = PLAN_FILTER_KEYS.some((key) => filters[key] !== '');
  const data = plan.data;
  useRecordPlanOpened();
  return (
    <>
      <PageHeader title="Plan d’action">
        Ce qu’il reste à faire, dans l’ordre où le faire, tiré de vos réponses au diagnostic. Confiez chaque mesure à
        quelqu’un et donnez-lui une échéance.
      </PageHeader>
      <ErrorAlert error={plan.error} title="Le plan d’action n’a pas pu être chargé" />
      {plan.isPending && <Skeleton h={320} />}
      {data && (
        <Stack gap="lg">
          {/* The document follows the filters on screen. */}
          <DownloadButtons
            files={[
              { label: 'Télécharger le plan (PDF)', path: `/v1/action-plan/export.pdf${search ? `?${search}` : ''}` },
            ]}
          />
          <NextActions next={data.next} />
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="plan-titre">
            <Title order={2} size="h3" id="plan-titre" mb="xs">
              Le plan complet
            </Title>
            <Text size="sm" mb="sm">
              {data.total === 0
                ? 'Aucune mesure en attente.'
                : `${plural(data.total, 'mesure reste', 'mesures restent')} à faire en tout.`}
            </Text>
            <PlanFiltersBar
              value={filters}
              onChange={(next) => setParams(planSearch(next), { replace: true })}
              families={checklist.data?.families ?? []}
              assignees={checklist.data?.assignees ?? []}
            />
            {data.items.length === 0 ? (
              <Text mt="md">
                {filtered
                  ? 'Aucune action ne correspond à ces filtres.'
                  : 'Bravo : toutes les mesures qui vous concernent sont faites ou écartées. Revenez au diagnostic quand quelque chose change au cabinet.'}
              </Text>
            ) : (
              <Stack mt="md">
                <PlanTable
                  items={data.items}
                  caption={
                    filtered
                      ? `${plural(data.items.length, 'action correspond', 'actions correspondent')} aux filtres`
                      : `${plural(data.items.length, 'action', 'actions')}, dans l’ordre où les faire`
                  }
                />
              </Stack>
            )}
          </Paper>
        </Stack>
      )}
    </>
  );
}
