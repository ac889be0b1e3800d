import { Alert, DataList, Stack, Text, useMatches } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  choiceLabel,
  effectiveLegalForm,
  LEGAL_FORM_CHOICES,
  MEDICAL_SPECIALTY_CHOICES,
  QUESTIONS,
} from '../../../../src/features/accounts/profile-questions.ts';
import { isAlsaceMoselle } from '../../../../src/lib/dates/alsace-moselle.ts';
import { FormSection } from './FormSection.tsx';
import type { PracticeView } from './practice-form.ts';
import { careSettingLabel, dataLocationLabel, professionLabel, structureTypeLabel } from './practice-labels.ts';

const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');
const orNone = (value: string | null | undefined) => value || 'Non renseigné';

function Items({ items }: { items: [string, ReactNode][] }) {
  // Label beside value on a wide screen, above it on a phone.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  return (
    <DataList size="md" labelWidth="16rem" withDivider orientation={orientation}>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel fw={600}>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

/** The profile as read by everyone but the titulaire, who alone may change it. */
export function PracticeSummary({ practice }: { practice: PracticeView }) {
  const dpo = practice.dpo;
  return (
    <Stack gap="lg" maw={760}>
      <Alert color="hygie" title="Consultation seule">
        Seul le ou la titulaire du cabinet peut modifier ces informations. Si quelque chose n’est plus exact,
        signalez-le-lui.
      </Alert>
      <FormSection id="identite" title="Votre cabinet">
        <Items
          items={[
            ['Nom du cabinet', practice.name],
            ['Type de structure', structureTypeLabel(practice.structureType)],
            ['Professions exercées', practice.professions.map(professionLabel).join(', ')],
            [QUESTIONS.staffCount.label, String(practice.staffCount)],
            ['Département', orNone(practice.department)],
          ]}
        />
      </FormSection>
      <FormSection id="coordonnees" title="Coordonnées et accueil des patients">
        <Items
          items={[
            [QUESTIONS.address.label, orNone(practice.address)],
            [QUESTIONS.phone.label, orNone(practice.phone)],
            [QUESTIONS.email.label, orNone(practice.email)],
            [QUESTIONS.careSetting.label, careSettingLabel(practice.careSetting)],
            [QUESTIONS.website.label, practice.website ?? 'Aucun'],
            ['Vidéosurveillance', yesNo(practice.videoSurveillance)],
          ]}
        />
      </FormSection>
      <FormSection id="donnees" title="Données des patients et outils">
        <Items
          items={[
            ['Données des patients', practice.dataLocations.map(dataLocationLabel).join(', ')],
            ['Logiciel métier', orNone(practice.practiceSoftware)],
            ['Plateforme de rendez-vous', orNone(practice.appointmentPlatform)],
            ['Réseau Wi-Fi', yesNo(practice.wifi)],
            ['Téléphones ou tablettes', yesNo(practice.mobileDevices)],
            ['Téléconsultation', yesNo(practice.teleconsultation)],
          ]}
        />
      </FormSection>
      <FormSection id="exercice" title="Forme d’exercice">
        <Items
          items={[
            [QUESTIONS.legalForm.label, choiceLabel(LEGAL_FORM_CHOICES, effectiveLegalForm(practice))],
            ...(practice.professions.includes('medecin')
              ? [
                  [
                    QUESTIONS.medicalSpecialties.label,
                    practice.medicalSpecialties.map((s) => choiceLabel(MEDICAL_SPECIALTY_CHOICES, s)).join(', ') ||
                      'Non renseigné',
                  ] as [string, string],
                ]
              : []),
            ...(isAlsaceMoselle(practice.department ?? undefined)
              ? [[QUESTIONS.goodFriday.label, yesNo(practice.goodFriday)] as [string, string]]
              : []),
          ]}
        />
      </FormSection>
      <FormSection id="numeros" title="Numéros officiels">
        <Items
          items={[
            ['SIRET', orNone(practice.siret)],
            ['FINESS', orNone(practice.finess)],
            ['RPPS du titulaire', orNone(practice.rpps)],
          ]}
        />
      </FormSection>
      <FormSection id="dpo" title="Délégué à la protection des données (DPO)">
        {dpo ? (
          <Items
            items={[
              ['Nom', dpo.name],
              ['Adresse e-mail', orNone(dpo.email)],
              ['Téléphone', orNone(dpo.phone)],
            ]}
          />
        ) : (
          <Text>Le cabinet n’a pas indiqué de délégué à la protection des données.</Text>
        )}
      </FormSection>
      <FormSection id="securite" title="Sécurité des connexions">
        <Text>
          {practice.mfaRequired
            ? 'La double authentification est exigée pour tout le cabinet : chaque personne se connecte avec son mot de passe et un code à 6 chiffres.'
            : 'La double authentification n’est pas exigée pour tout le cabinet. Vous pouvez l’activer pour votre propre compte dans « Mon compte ».'}
        </Text>
      </FormSection>
    </Stack>
  );
}
