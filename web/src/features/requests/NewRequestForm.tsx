import { Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { REQUEST_GUIDANCE } from '../../../../src/features/requests/request-guidance.ts';
import {
  HEIR_PURPOSE_LABELS,
  HEIR_PURPOSES,
  type HeirPurpose,
  KIND_LABELS,
  REQUEST_KINDS,
  REQUESTER_LABELS,
  REQUESTER_TYPES,
  type RequesterType,
  type RequestKind,
} from '../../../../src/features/requests/request-labels.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { parisToday } from './format.ts';
import { useCreateRequest } from './requests-api.ts';

const FIELDS = [
  'kind',
  'receivedAt',
  'requester.type',
  'requester.name',
  'heirPurpose',
  'infoOlderThan5Years',
] as const;

/** Registers a request received by the practice; Hygie computes its deadlines. */
export function NewRequestForm({
  kind,
  onKindChange,
}: {
  kind: RequestKind;
  onKindChange: (kind: RequestKind) => void;
}) {
  const navigate = useNavigate();
  const create = useCreateRequest();
  const [receivedAt, setReceivedAt] = useState(parisToday);
  const [requesterType, setRequesterType] = useState<RequesterType>('patient');
  const [heirPurpose, setHeirPurpose] = useState<HeirPurpose | ''>('');
  const [name, setName] = useState('');
  const [older, setOlder] = useState(false);
  const [identityChecked, setIdentityChecked] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = {
      ...(receivedAt ? {} : { receivedAt: 'Indiquez le jour où le cabinet a reçu la demande.' }),
      ...(name.trim() ? {} : { 'requester.name': 'Indiquez la référence du demandeur.' }),
      ...(requesterType === 'heir' && !heirPurpose
        ? { heirPurpose: 'Choisissez le motif indiqué par l’ayant droit.' }
        : {}),
    };
    setMissing(check);
    if (Object.keys(check).length > 0) return;
    create.mutate(
      {
        kind,
        receivedAt,
        requester: { type: requesterType, name: name.trim() },
        ...(requesterType === 'heir' && heirPurpose ? { heirPurpose } : {}),
        ...(kind === 'medical_file' ? { infoOlderThan5Years: older } : {}),
        identityChecked,
      },
      { onSuccess: (created) => navigate(`/demandes/${created.id}`) },
    );
  };
  const error = (field: (typeof FIELDS)[number]) => missing[field] ?? fieldError(create.error, field);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <ErrorAlert error={formError(create.error, FIELDS)} title="La demande n’a pas été enregistrée" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Type de demande"
            description={REQUEST_GUIDANCE[kind].what}
            value={kind}
            onChange={(event) => onKindChange(event.currentTarget.value as RequestKind)}
            data={REQUEST_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            error={error('kind')}
          />
          <TextInput
            type="date"
            label="Reçue le"
            description="Le jour où le cabinet a reçu la demande (courrier, courriel, au comptoir) : les délais partent de ce jour."
            required
            value={receivedAt}
            max={parisToday()}
            onChange={(event) => setReceivedAt(event.currentTarget.value)}
            error={error('receivedAt')}
          />
        </SimpleGrid>
        <Radio.Group
          label="Qui fait la demande ?"
          value={requesterType}
          onChange={(value) => setRequesterType(value as RequesterType)}
          error={error('requester.type')}
        >
          <Stack gap={6} mt={4}>
            {REQUESTER_TYPES.map((type) => (
              <Radio key={type} value={type} label={REQUESTER_LABELS[type]} />
            ))}
          </Stack>
        </Radio.Group>
        {requesterType === 'heir' && (
          <NativeSelect
            label="Motif indiqué par l’ayant droit"
            description="La loi ne permet de communiquer à un ayant droit que les informations nécessaires à l’un de ces motifs."
            required
            value={heirPurpose}
            onChange={(event) => setHeirPurpose(event.currentTarget.value as HeirPurpose | '')}
            data={[
              { value: '', label: 'Choisir le motif' },
              ...HEIR_PURPOSES.map((value) => ({ value, label: HEIR_PURPOSE_LABELS[value] })),
            ]}
            error={error('heirPurpose')}
          />
        )}
        <TextInput
          label="Référence du demandeur"
          description="Par défaut, le numéro du patient dans votre logiciel métier et ses initiales, par exemple « 10234 – J. D. ». N’indiquez un nom complet que si le cabinet l’a décidé : conserver l’identité des patients chez un hébergeur impose un hébergeur certifié pour les données de santé (HDS)."
          required
          maxLength={120}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error('requester.name')}
        />
        {kind === 'medical_file' && (
          <Checkbox
            label="Les informations demandées datent de plus de 5 ans"
            description="Le délai de réponse passe alors de 8 jours à 2 mois."
            checked={older}
            onChange={(event) => setOlder(event.currentTarget.checked)}
            error={error('infoOlderThan5Years')}
          />
        )}
        <Checkbox
          label="L’identité du demandeur est déjà vérifiée"
          description="Pièce d’identité présentée, ou patient connu du cabinet. Sinon, l’accusé de réception la demande."
          checked={identityChecked}
          onChange={(event) => setIdentityChecked(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Enregistrer la demande
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
