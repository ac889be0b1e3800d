import { Alert, Button, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { allows } from '../../../../src/server/permissions.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ArchivedAnswers } from './ArchivedAnswers.tsx';
import { useChecklist } from './checklist-api.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { FamilyScores } from './FamilyScores.tsx';
import { MeasureList } from './MeasureList.tsx';
import { ProgressChart } from './ProgressChart.tsx';
import { ScoreOverview } from './ScoreOverview.tsx';

const DOCUMENTS = [
  { label: 'Télécharger le PDF', path: '/v1/checklist/export.pdf' },
  { label: 'Télécharger le tableur (XLSX)', path: '/v1/checklist/export.xlsx' },
];

/** Why a person may not change a measure, by role. */
const READ_ONLY: Record<string, string> = {
  secretary: 'Seules les mesures qui vous sont confiées peuvent être modifiées.',
  auditor: 'Le rôle auditeur consulte sans modifier.',
};

/** « Diagnostic »: the score, its evolution, the documents, then every measure with its answer. */
export function DiagnosticPage() {
  const { me } = useAuth();
  const checklist = useChecklist();
  const location = useLocation();
  const [highlighted] = useState(() =>
    location.hash.startsWith('#mesure-') ? decodeURIComponent(location.hash.slice('#mesure-'.length)) : undefined,
  );
  const readOnlyReason = READ_ONLY[me.user.role] ?? 'Vous ne pouvez pas modifier cette mesure.';
  const loaded = checklist.data !== undefined;

  // The action plan links to /diagnostic#mesure-…: scroll there once the measures are shown.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [loaded, location.hash]);

  return (
    <>
      <PageHeader title="Diagnostic">
        Les règles d’hygiène numérique d’un cabinet de santé, adaptées au vôtre. Pour chacune, dites où vous en êtes :
        la note et le plan d’action se mettent à jour aussitôt. Comptez une vingtaine de minutes.
      </PageHeader>
      {READ_ONLY[me.user.role] && (
        <Alert color="hygie" title="Consultation" mb="lg" maw={760}>
          {READ_ONLY[me.user.role]}
        </Alert>
      )}
      <ErrorAlert error={checklist.error} title="Le diagnostic n’a pas pu être chargé" />
      {checklist.isPending && <Skeleton h={320} />}
      {checklist.data && (
        <Stack gap="lg">
          {checklist.data.progress.unanswered > 0 && allows('checklist.answer_all', me.user.role) && (
            <Alert color="hygie" title="Gagnez du temps : le premier diagnostic" maw={760}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  Une vingtaine de questions simples, sur une seule page : chaque réponse vaut pour plusieurs mesures.
                  Vous préciserez ensuite ici ce qui doit l’être.
                </Text>
                <Button component={Link} to="/diagnostic/premier-passage" size="sm">
                  Répondre au premier diagnostic
                </Button>
              </Stack>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ScoreOverview checklist={checklist.data} />
            <ProgressChart />
          </SimpleGrid>
          <FamilyScores scores={checklist.data.scores} />
          <Stack gap={4}>
            <Text size="sm">
              Le diagnostic sur papier, dans l’esprit du Mémento de l’ANS, et toutes les réponses dans un tableur.
            </Text>
            <DownloadButtons files={DOCUMENTS} />
          </Stack>
          <MeasureList checklist={checklist.data} readOnlyReason={readOnlyReason} highlighted={highlighted} />
          {checklist.data.archived.length > 0 && <ArchivedAnswers archived={checklist.data.archived} />}
        </Stack>
      )}
    </>
  );
}
