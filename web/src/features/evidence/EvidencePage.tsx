import { Stack, Text } from '@mantine/core';
import { useRole } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { formatSize, useEvidence } from './evidence-api.ts';

/**
 * « Pièces justificatives »: the files of the practice itself (charter, training certificates,
 * staff undertakings), then every file the member may read, whatever it is attached to.
 */
export function EvidencePage() {
  const role = useRole();
  const all = useEvidence();
  const canAdd = all.data?.canAddToPractice ?? false;
  return (
    <>
      <PageHeader title="Pièces justificatives">
        Les documents qui prouvent ce que fait le cabinet : contrat signé avec un prestataire, certificat d’hébergement
        de données de santé, charte informatique, attestation de formation, engagement de confidentialité de l’équipe.
        Ils sont gardés chiffrés dans Hygie et joints au dossier de conformité.
      </PageHeader>
      <Stack gap="lg">
        <PageSection
          id="cabinet-titre"
          title="Pièces du cabinet"
          intro="Charte, attestations de formation, engagements de confidentialité : ce qui concerne tout le cabinet. Les pièces d’un sous-traitant se joignent depuis sa fiche."
        >
          <EvidencePanel
            scope={{ type: 'practice', id: null }}
            canManage={canAdd && role !== 'auditor'}
            label="Cabinet"
          />
        </PageSection>
        <PageSection id="toutes-titre" title="Toutes les pièces">
          {all.data && (
            <Text size="sm" mb="sm">
              Place utilisée : {formatSize(all.data.usedBytes)} sur {formatSize(all.data.quotaBytes)}.
            </Text>
          )}
          <EvidencePanel scope={{}} canManage={role === 'owner' || role === 'practitioner'} label="Toutes les pièces" />
        </PageSection>
      </Stack>
    </>
  );
}
