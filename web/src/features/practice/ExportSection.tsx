import { Button, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { Notice } from '../account/Notice.tsx';

/** « Exporter tout le cabinet » (owner only): the whole-practice file, to move to another installation. */
export function ExportSection() {
  const fetchFile = useMutation({ mutationFn: () => download('/v1/practice/export') });
  return (
    <PageSection
      id="export-titre"
      title="Exporter tout le cabinet"
      intro="Pour changer d’hébergeur ou installer Hygie sur un autre ordinateur, sans rien perdre."
    >
      <Text mb="sm" maw={720}>
        Le fichier contient tout ce que le cabinet a enregistré dans Hygie : le profil, les membres (sans leurs mots de
        passe), le diagnostic, le registre, les sous-traitants, l’information des patients, les incidents, les
        violations de données, les demandes des patients, les durées de conservation, le journal et les pièces
        justificatives. La personne qui s’occupe de la nouvelle installation l’importe ; chaque membre y choisit ensuite
        un nouveau mot de passe.
      </Text>
      <Notice title="Des données de santé en clair" mb="md" maw={720}>
        Gardez ce fichier en lieu sûr, transmettez-le par un moyen sûr et supprimez-le une fois importé. Chaque
        téléchargement est noté dans le journal.
      </Notice>
      <ErrorAlert error={fetchFile.error} title="L’export n’a pas pu être préparé" />
      <Button variant="default" onClick={() => fetchFile.mutate()} loading={fetchFile.isPending}>
        Télécharger l’export du cabinet
      </Button>
    </PageSection>
  );
}
