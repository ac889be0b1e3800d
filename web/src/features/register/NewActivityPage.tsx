import { Anchor, Skeleton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import { type ActivityBody, useCreateActivity, useRegister } from './register-api.ts';

const BLANK: ActivityBody = {
  name: '',
  description: null,
  controller: { kind: 'practice' },
  purposes: [],
  legalBasis: { article6: [], article9: null, detail: '' },
  dataSubjects: [],
  dataCategories: [],
  sources: [],
  internalRecipients: [],
  externalRecipients: [],
  processors: [],
  transfers: [],
  securityMeasureIds: [],
  otherSecurityMeasures: null,
};

/** A new activity typed from scratch (the proposals cover the usual ones). */
export function NewActivityPage() {
  const register = useRegister();
  const create = useCreateActivity();
  const navigate = useNavigate();
  return (
    <>
      <Anchor component={Link} to="/registre" underline="always" size="sm">
        Retour au registre
      </Anchor>
      <PageHeader title="Nouvelle activité">
        Décrivez un usage des données qui n’est pas déjà dans le registre. Vous pouvez l’enregistrer incomplète : Hygie
        vous dira ce qu’il reste à remplir.
      </PageHeader>
      {register.isPending && <Skeleton h={320} />}
      <ErrorAlert error={register.error} title="Le registre n’a pas pu être chargé" />
      {register.data && !register.data.canManage && <ReadOnlyNotice />}
      {register.data?.canManage && (
        <ActivityForm
          initial={BLANK}
          register={register.data}
          submitLabel="Créer l’activité"
          saving={create.isPending}
          error={create.error}
          onCancel={() => void navigate('/registre')}
          onSubmit={(body) => create.mutate(body, { onSuccess: (created) => void navigate(`/registre/${created.id}`) })}
        />
      )}
    </>
  );
}
