import { Alert, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { upload } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AnalysisResult } from './AnalysisResult.tsx';
import { HowHygieDecides } from './HowHygieDecides.tsx';
import { KeptVerdicts } from './KeptVerdicts.tsx';
import { MailSection } from './MailSection.tsx';
import { MessageInput, type MessageSource } from './MessageInput.tsx';
import { ANALYSE_URL, type MailAnalysis } from './mail-types.ts';

function send(source: MessageSource): Promise<MailAnalysis> {
  if (source.kind === 'text')
    return upload<MailAnalysis>(ANALYSE_URL, new Blob([source.text], { type: 'message/rfc822' }));
  const form = new FormData();
  form.append('file', source.file, source.file.name);
  return upload<MailAnalysis>(ANALYSE_URL, form);
}

/** « Analyser un e-mail »: give a suspicious message, read the verdict, the findings and what to do. */
export function MailAnalysisPage() {
  const [localError, setLocalError] = useState<string | null>(null);
  const analyse = useMutation({ mutationFn: send });
  return (
    <>
      <PageHeader title="Analyser un e-mail">
        Un message vous semble étrange (demande de virement, lien pressant, pièce jointe inattendue) ? Donnez-le à Hygie
        avant d’agir : il vous dit ce qui cloche et quoi faire, sans rien ouvrir ni cliquer.
      </PageHeader>
      <Stack gap="lg">
        <MailSection id="message-titre" title="Le message à analyser">
          <MessageInput
            busy={analyse.isPending}
            onSubmit={(source) => analyse.mutate(source)}
            onLocalError={setLocalError}
          />
        </MailSection>
        <div aria-live="polite">
          {localError && (
            <Alert color="red" title="Analyse impossible" role="alert" mb="md">
              {localError}
            </Alert>
          )}
          <ErrorAlert error={analyse.error} title="Analyse impossible" />
          {analyse.data && !analyse.isPending && (
            <MailSection id="resultat-titre" title="Résultat de l’analyse">
              <AnalysisResult key={JSON.stringify(analyse.data.summary)} result={analyse.data} />
            </MailSection>
          )}
        </div>
        <MailSection id="decision-titre" title="Comment Hygie décide">
          <HowHygieDecides />
        </MailSection>
        <MailSection id="gardes-titre" title="Verdicts gardés">
          <KeptVerdicts />
        </MailSection>
      </Stack>
    </>
  );
}
