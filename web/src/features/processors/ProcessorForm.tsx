import { Button, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  ART28_CLAUSE_LABELS,
  ART28_CLAUSES,
  type Art28Clause,
  noClauses,
} from '../../../../src/features/processors/processor.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { type ProcessorInput, type ProcessorView, useRegisterActivities, useSaveProcessor } from './processors-api.ts';

const FIELDS = [
  'name',
  'service',
  'contact',
  'activityIds',
  'hostsHealthData',
  'hostingInEea',
  'hdsCertificate.number',
  'hdsCertificate.certifier',
  'hdsCertificate.expiresOn',
  'dpaSignedOn',
  'contractEndsOn',
];

interface FormValue {
  name: string;
  service: string;
  contact: string;
  activityIds: string[];
  hostsHealthData: boolean;
  hostingInEea: boolean;
  hdsNumber: string;
  hdsCertifier: string;
  hdsExpiresOn: string;
  dpaSignedOn: string;
  contractEndsOn: string;
  clauses: Record<Art28Clause, boolean>;
}

const EMPTY: FormValue = {
  name: '',
  service: '',
  contact: '',
  activityIds: [],
  hostsHealthData: true,
  hostingInEea: true,
  hdsNumber: '',
  hdsCertifier: '',
  hdsExpiresOn: '',
  dpaSignedOn: '',
  contractEndsOn: '',
  clauses: noClauses(),
};

function formOf(processor: ProcessorView): FormValue {
  return {
    name: processor.name,
    service: processor.service,
    contact: processor.contact ?? '',
    activityIds: processor.activityIds,
    hostsHealthData: processor.hostsHealthData,
    hostingInEea: processor.hostingInEea,
    hdsNumber: processor.hdsCertificate?.number ?? '',
    hdsCertifier: processor.hdsCertificate?.certifier ?? '',
    hdsExpiresOn: processor.hdsCertificate?.expiresOn ?? '',
    dpaSignedOn: processor.dpaSignedOn ?? '',
    contractEndsOn: processor.contractEndsOn ?? '',
    clauses: { ...noClauses(), ...processor.clauses },
  };
}

/** The body sent: a certificate only when one of its fields is filled, empty texts as null. */
function inputOf(value: FormValue): ProcessorInput {
  const hasCertificate = [value.hdsNumber, value.hdsCertifier, value.hdsExpiresOn].some((v) => v.trim() !== '');
  return {
    name: value.name,
    service: value.service,
    contact: value.contact.trim() || null,
    activityIds: value.activityIds,
    hostsHealthData: value.hostsHealthData,
    hostingInEea: value.hostingInEea,
    hdsCertificate: hasCertificate
      ? { number: value.hdsNumber, certifier: value.hdsCertifier, expiresOn: value.hdsExpiresOn }
      : null,
    dpaSignedOn: value.dpaSignedOn || null,
    contractEndsOn: (value.dpaSignedOn && value.contractEndsOn) || null,
    clauses: value.clauses,
  };
}

/** Adds a processor, or edits one (`processor` given). */
export function ProcessorForm({ processor, onDone }: { processor?: ProcessorView; onDone: () => void }) {
  const save = useSaveProcessor(processor?.id);
  const activities = useRegisterActivities();
  const [value, setValue] = useState<FormValue>(processor ? formOf(processor) : EMPTY);
  const idPrefix = processor ? `sous-traitant-${processor.id}` : 'nouveau-sous-traitant';
  const text = (field: keyof FormValue) => (event: { currentTarget: { value: string } }) =>
    setValue({ ...value, [field]: event.currentTarget.value });
  const error = (field: string) => fieldError(save.error, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(inputOf(value), {
      onSuccess: () => {
        setValue(EMPTY);
        onDone();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <ErrorAlert error={formError(save.error, FIELDS)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={`${idPrefix}-name`}
            label="Nom du prestataire"
            description="La société, par exemple l’éditeur de votre logiciel."
            required
            value={value.name}
            onChange={text('name')}
            error={error('name')}
            maxLength={120}
          />
          <TextInput
            id={`${idPrefix}-service`}
            label="Service rendu"
            description="Par exemple « logiciel du cabinet en ligne », « sauvegarde externalisée »."
            required
            value={value.service}
            onChange={text('service')}
            error={error('service')}
            maxLength={200}
          />
        </SimpleGrid>
        <TextInput
          id={`${idPrefix}-contact`}
          label="Contact"
          description="Téléphone ou adresse du support, interlocuteur…"
          value={value.contact}
          onChange={text('contact')}
          error={error('contact')}
          maxLength={300}
        />
        <Radio.Group
          label="Ce prestataire conserve-t-il des données de santé de vos patients ?"
          description="Un logiciel en ligne, un stockage ou une sauvegarde en ligne conservent vos dossiers patients : il faut alors un hébergeur certifié HDS."
          value={value.hostsHealthData ? 'oui' : 'non'}
          onChange={(choice) => setValue({ ...value, hostsHealthData: choice === 'oui' })}
          error={error('hostsHealthData')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="oui" label="Oui" />
            <Radio value="non" label="Non" />
          </Group>
        </Radio.Group>
        <Radio.Group
          label="Où sont hébergées les données ?"
          value={value.hostingInEea ? 'eee' : 'hors'}
          onChange={(choice) => setValue({ ...value, hostingInEea: choice === 'eee' })}
          error={error('hostingInEea')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="eee" label="Dans l’Espace économique européen" />
            <Radio value="hors" label="Hors de l’Espace économique européen, ou je ne sais pas" />
          </Group>
        </Radio.Group>
        <Fieldset legend="Certificat « hébergeur de données de santé » (HDS)">
          <Text size="sm" mb="xs">
            Demandez-le au prestataire : il indique son numéro, l’organisme qui l’a délivré et sa date de fin de
            validité. Laissez vide s’il n’en a pas.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id={`${idPrefix}-hds-number`}
              label="Numéro du certificat"
              value={value.hdsNumber}
              onChange={text('hdsNumber')}
              error={error('hdsCertificate.number')}
              maxLength={100}
            />
            <TextInput
              id={`${idPrefix}-hds-certifier`}
              label="Organisme certificateur"
              value={value.hdsCertifier}
              onChange={text('hdsCertifier')}
              error={error('hdsCertificate.certifier')}
              maxLength={120}
            />
            <TextInput
              id={`${idPrefix}-hds-expires`}
              type="date"
              label="Valable jusqu’au"
              value={value.hdsExpiresOn}
              onChange={text('hdsExpiresOn')}
              error={error('hdsCertificate.expiresOn')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Contrat de sous-traitance (article 28 du RGPD)">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={`${idPrefix}-dpa`}
              type="date"
              label="Signé le"
              description="Laissez vide si vous n’avez pas de contrat, ou de conditions générales, qui encadre les données."
              value={value.dpaSignedOn}
              onChange={text('dpaSignedOn')}
              error={error('dpaSignedOn')}
            />
            <TextInput
              id={`${idPrefix}-contract-end`}
              type="date"
              label="Prend fin le (facultatif)"
              description="Pour un contrat à durée déterminée : Hygie vous prévient trois mois avant."
              value={value.contractEndsOn}
              onChange={text('contractEndsOn')}
              error={error('contractEndsOn')}
              disabled={!value.dpaSignedOn}
            />
          </SimpleGrid>
          <Checkbox.Group
            mt="sm"
            label="Le contrat engage le prestataire à :"
            value={ART28_CLAUSES.filter((clause) => value.clauses[clause])}
            onChange={(checked) =>
              setValue({
                ...value,
                clauses: Object.fromEntries(ART28_CLAUSES.map((c) => [c, checked.includes(c)])) as FormValue['clauses'],
              })
            }
          >
            <Stack gap={6} mt={4}>
              {ART28_CLAUSES.map((clause) => (
                <Checkbox key={clause} value={clause} label={ART28_CLAUSE_LABELS[clause]} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Fieldset>
        {activities.data && activities.data.length > 0 && (
          <Checkbox.Group
            label="Activités du registre concernées"
            value={value.activityIds}
            onChange={(ids) => setValue({ ...value, activityIds: ids })}
            error={error('activityIds')}
          >
            <Stack gap={6} mt={4}>
              {activities.data.map((activity) => (
                <Checkbox key={activity.id} value={activity.id} label={activity.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {processor ? 'Enregistrer' : 'Ajouter le sous-traitant'}
          </Button>
          {processor && (
            <Button variant="default" onClick={onDone}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
