import { Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { STATUS_LABELS, STEP_STATUSES, type StepStatus } from '../../../../src/features/requests/request-labels.ts';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { canManage, type RequestView, useUpdateRequest } from './requests-api.ts';

const isStep = (status: string): status is StepStatus => (STEP_STATUSES as readonly string[]).includes(status);

/** The administrative steps: identity checked, where the request stands. The secretary may record them. */
export function StepsSection({ request }: { request: RequestView }) {
  const role = useRole();
  const update = useUpdateRequest(request.id);
  const [identityChecked, setIdentityChecked] = useState(request.identityChecked);
  const [status, setStatus] = useState<StepStatus | ''>(isStep(request.status) ? request.status : '');
  const [saved, setSaved] = useState(false);
  const editable = canManage(role) && request.open;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(identityChecked !== request.identityChecked ? { identityChecked } : {}),
      ...(status && status !== request.status ? { status } : {}),
    };
    if (Object.keys(body).length === 0) return;
    update.mutate(body, { onSuccess: () => setSaved(true) });
  };

  if (!editable) {
    return (
      <Stack gap={4}>
        <Text>
          <Text span fw={600}>
            Statut :
          </Text>{' '}
          {request.statusLabel}
        </Text>
        <Text>
          <Text span fw={600}>
            Identité du demandeur :
          </Text>{' '}
          {request.identityChecked ? 'vérifiée' : 'pas encore vérifiée'}
        </Text>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <ErrorAlert error={update.error} title="Les étapes n’ont pas été enregistrées" />
        <Text>
          <Text span fw={600}>
            Statut actuel :
          </Text>{' '}
          {request.statusLabel}
        </Text>
        <Checkbox
          label="Identité du demandeur vérifiée"
          description="Pièce d’identité, et pour un représentant ou un ayant droit, le document qui justifie sa qualité."
          checked={identityChecked}
          onChange={(event) => {
            setIdentityChecked(event.currentTarget.checked);
            setSaved(false);
          }}
        />
        <NativeSelect
          label="Étape"
          description="La prolongation et la réponse s’enregistrent plus bas."
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value as StepStatus | '');
            setSaved(false);
          }}
          data={[
            ...(status === '' ? [{ value: '', label: `${request.statusLabel} (inchangé)` }] : []),
            ...STEP_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          ]}
        />
        <SaveRow
          label="Enregistrer les étapes"
          savedText="Étapes enregistrées."
          pending={update.isPending}
          saved={saved}
        />
      </Stack>
    </form>
  );
}
