import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { longDate, weekdayDate } from './format.ts';
import { canManage, type RequestView, useExtendRequest } from './requests-api.ts';

/** The two-month extension of a GDPR request, announced to the person within the first month. */
export function ExtensionSection({ request }: { request: RequestView }) {
  const role = useRole();
  const extend = useExtendRequest(request.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string>();

  if (request.kind === 'medical_file') {
    return (
      <Text>
        Le délai d’une demande d’accès au dossier médical ne se prolonge pas : la loi fixe 8 jours, ou 2 mois pour des
        informations de plus de 5 ans.
      </Text>
    );
  }
  if (request.extension && request.extendedDueDate) {
    return (
      <Stack gap={4}>
        <Text>
          Délai prolongé le {longDate(request.extension.at.slice(0, 10))} : réponse au plus tard le{' '}
          <strong>{weekdayDate(request.extendedDueDate)}</strong>.
        </Text>
        <Text>
          <Text span fw={600}>
            Raison communiquée à la personne :
          </Text>{' '}
          {request.extension.reason}
        </Text>
      </Stack>
    );
  }
  if (!request.canExtend) {
    return (
      <Text>
        {request.open
          ? `La prolongation devait être annoncée avant la fin du premier mois (le ${longDate(request.dueDate)}) : il est trop tard pour prolonger. Répondez sans attendre.`
          : 'La demande a reçu sa réponse.'}
      </Text>
    );
  }
  if (!canManage(role)) {
    return <Text>Le délai n’a pas été prolongé.</Text>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing('Indiquez la raison communiquée à la personne.');
      return;
    }
    setMissing(undefined);
    extend.mutate(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={640}>
        <Text>
          Pour une demande complexe ou si les demandes sont nombreuses, le délai peut être prolongé de deux mois, à
          condition de prévenir la personne, avec les raisons, au plus tard le {longDate(request.dueDate)}. Envoyez-lui
          ensuite le courrier « Information de prolongation ».
        </Text>
        <ErrorAlert error={formError(extend.error, ['reason'])} title="Le délai n’a pas été prolongé" />
        <Textarea
          label="Raison communiquée à la personne"
          description="Elle figure dans le courrier à la personne : pas d’information médicale. Par exemple : dossiers papier à rechercher dans les archives, nombreuses demandes en cours."
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={missing ?? fieldError(extend.error, 'reason')}
        />
        <Group>
          <Button type="submit" variant="default" loading={extend.isPending}>
            Prolonger de deux mois
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
