import { Accordion, Stack, Text, TextInput } from '@mantine/core';
import type { StepProps } from './setup-form.ts';

const ITEM = 'complements';

/** The optional identifiers and the DPO, folded away so that they do not weigh on the first run. */
export function PracticeExtras({
  form,
  errors,
  onChange,
  open,
  onOpen,
}: StepProps & {
  open: boolean;
  onOpen(open: boolean): void;
}) {
  return (
    <Accordion variant="contained" order={3} value={open ? ITEM : null} onChange={(value) => onOpen(value === ITEM)}>
      <Accordion.Item value={ITEM}>
        <Accordion.Control>Informations complémentaires (facultatif)</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="md">
            <Text size="sm">
              Ces numéros figureront sur vos documents officiels (registre, dossier de conformité). Vous pourrez les
              ajouter plus tard dans la fiche du cabinet.
            </Text>
            <TextInput
              label="SIRET"
              description="14 chiffres, sur vos courriers de l’Urssaf ou de l’Insee."
              value={form.siret}
              onChange={(event) => onChange({ siret: event.currentTarget.value })}
              error={errors.siret}
              inputMode="numeric"
              maxLength={20}
            />
            <TextInput
              label="Numéro FINESS"
              description="9 caractères, pour une MSP, un centre de santé, une officine ou un laboratoire."
              value={form.finess}
              onChange={(event) => onChange({ finess: event.currentTarget.value })}
              error={errors.finess}
              maxLength={12}
            />
            <TextInput
              label="Numéro RPPS du titulaire"
              description="11 chiffres, inscrits sur votre carte de professionnel de santé (CPS)."
              value={form.rpps}
              onChange={(event) => onChange({ rpps: event.currentTarget.value })}
              error={errors.rpps}
              inputMode="numeric"
              maxLength={15}
            />
            <Text size="sm">
              Si vous avez désigné un délégué à la protection des données (DPO), ses coordonnées figureront dans
              l’information des patients. Un cabinet libéral n’est en général pas tenu d’en avoir un.
            </Text>
            <TextInput
              label="Nom du délégué à la protection des données"
              value={form.dpoName}
              onChange={(event) => onChange({ dpoName: event.currentTarget.value })}
              error={errors.dpoName}
              maxLength={120}
            />
            <TextInput
              label="E-mail du délégué"
              type="email"
              value={form.dpoEmail}
              onChange={(event) => onChange({ dpoEmail: event.currentTarget.value })}
              error={errors.dpoEmail}
              maxLength={254}
            />
            <TextInput
              label="Téléphone du délégué"
              type="tel"
              value={form.dpoPhone}
              onChange={(event) => onChange({ dpoPhone: event.currentTarget.value })}
              error={errors.dpoPhone}
              maxLength={30}
            />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
