import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../api/client.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSection } from '../../components/PageSection.tsx';

const FILES = [
  { label: 'Télécharger le dossier (PDF)', path: '/v1/dossier.pdf', variant: 'filled' },
  { label: 'Télécharger le dossier complet (ZIP)', path: '/v1/dossier.zip', variant: 'default' },
] as const;

const PARTS = [
  'une synthèse à lire en premier : note du diagnostic, registre, information des patients, sous-traitants à revoir, DPO et analyse d’impact, violations de données des trois dernières années, demandes des patients et délais, durées de conservation, dernière sauvegarde, dernière revue annuelle ;',
  'le registre des activités de traitement, les sous-traitants, l’information des patients telle qu’ils la lisent ;',
  'le diagnostic avec l’évolution de sa note, et le plan d’action ;',
  'le registre des violations de données et celui des demandes des patients (sans leur nom) ;',
  'les durées de conservation, la liste des pièces justificatives, et la preuve que le journal n’a pas été modifié.',
];

/** The compliance file: what it holds, and its two downloads. */
export function DossierPage() {
  const fetchFile = useMutation({ mutationFn: (path: string) => download(path) });
  return (
    <>
      <PageHeader title="Dossier de conformité">
        Le RGPD demande au cabinet de pouvoir montrer, à tout moment, ce qu’il fait pour protéger les données de ses
        patients. Ce dossier rassemble tout en un seul document, à présenter à la CNIL, à un patient ou à un contrôleur.
      </PageHeader>
      <Stack gap="lg">
        <PageSection id="contenu-titre" title="Ce que contient le dossier">
          <Text mb="xs">Un PDF avec un sommaire et des signets, qui commence par une page de garde, puis :</Text>
          <List spacing={4} mb="md">
            {PARTS.map((part) => (
              <List.Item key={part}>{part}</List.Item>
            ))}
          </List>
          <Text>
            Le dossier complet (ZIP) contient en plus chaque document séparément (PDF et tableurs), les pièces
            justificatives jointes dans Hygie, les données du cabinet (fichier JSON), et la liste des empreintes de
            chaque fichier, qui permet de vérifier qu’aucun n’a été modifié. Chaque téléchargement est noté dans le
            journal.
          </Text>
          <Disclosure label="Détail technique">
            <Text size="sm">
              La liste des empreintes est le fichier MANIFEST.sha256 du ZIP : une ligne par fichier, son empreinte
              SHA-256 puis son nom. Votre prestataire informatique la vérifie avec la commande « sha256sum -c
              MANIFEST.sha256 ».
            </Text>
          </Disclosure>
        </PageSection>
        <PageSection id="telecharger-titre" title="Télécharger">
          <ErrorAlert error={fetchFile.error} title="Le dossier n’a pas pu être préparé" />
          <Group gap="sm">
            {FILES.map((file) => (
              <Button
                key={file.path}
                variant={file.variant}
                onClick={() => fetchFile.mutate(file.path)}
                loading={fetchFile.isPending && fetchFile.variables === file.path}
              >
                {file.label}
              </Button>
            ))}
          </Group>
          <Text size="sm" c="dimmed" mt="sm">
            La préparation prend quelques secondes : le dossier est établi à partir des données du moment.
          </Text>
        </PageSection>
      </Stack>
    </>
  );
}
