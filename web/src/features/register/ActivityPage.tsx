import { Anchor, Paper, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import { ActivityActions } from './ActivityActions.tsx';
import { ActivityDetails } from './ActivityDetails.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { CompletenessBadge } from './ActivityList.tsx';
import { MissingAlert } from './MissingAlert.tsx';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import {
  type ActivityView,
  type RegisterList,
  toBody,
  useActivity,
  useRegister,
  useUpdateActivity,
} from './register-api.ts';

/** One activity: what is missing, every field with its help, and (owner, practitioners) edit, duplicate, archive. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const register = useRegister();
  return (
    <>
      <Anchor component={Link} to="/registre" underline="always" size="sm">
        Retour au registre
      </Anchor>
      {(activity.isPending || register.isPending) && <Skeleton h={320} mt="md" />}
      <ErrorAlert error={activity.error ?? register.error} title="L’activité n’a pas pu être chargée" />
      {activity.data && register.data && (
        <Activity key={activity.data.id} activity={activity.data} register={register.data} />
      )}
    </>
  );
}

function Activity({ activity, register }: { activity: ActivityView; register: RegisterList }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateActivity(activity.id);
  return (
    <>
      <PageHeader title={`Activité n° ${activity.number} : ${activity.name}`}>
        {activity.description ?? 'Une activité du registre des traitements du cabinet.'}
      </PageHeader>
      <Stack gap="lg">
        <div>
          <CompletenessBadge activity={activity} />
        </div>
        {!register.canManage && <ReadOnlyNotice />}
        {activity.status === 'active' && (
          <MissingAlert activity={activity} onEdit={register.canManage ? () => setEditing(true) : undefined} />
        )}
        {register.canManage && !editing && <ActivityActions activity={activity} onEdit={() => setEditing(true)} />}
        {editing ? (
          <ActivityForm
            initial={toBody(activity)}
            register={register}
            submitLabel="Enregistrer les modifications"
            saving={update.isPending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSubmit={(body) => update.mutate(body, { onSuccess: () => setEditing(false) })}
          />
        ) : (
          <ActivityDetails activity={activity} canManage={register.canManage} />
        )}
        <Paper withBorder p="md">
          <EvidenceDisclosure
            type="activity"
            id={activity.id}
            label={`Activité n° ${activity.number} : ${activity.name}`}
            canManage={register.canManage}
          />
        </Paper>
      </Stack>
    </>
  );
}
