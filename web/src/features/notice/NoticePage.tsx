import { Skeleton, Stack } from '@mantine/core';
import { useRole } from '../../app/auth.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { MentionsCheck } from './MentionsCheck.tsx';
import { canManage, useNotice } from './notice-api.ts';
import { ScreeningSection } from './ScreeningSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { VersionsSection } from './VersionsSection.tsx';

/** The patient information notice: the check, the practice's details, the versions and documents, and the DPO/DPIA screening. */
export function NoticePage() {
  const manage = canManage(useRole());
  const notice = useNotice();
  const data = notice.data;
  return (
    <>
      <PageHeader title="Information des patients">
        Le RGPD impose d’informer vos patients sur l’usage de leurs données. Hygie rédige cette information à partir de
        votre registre des traitements : une affiche pour la salle d’attente, un dépliant à remettre et un texte pour
        votre site.
      </PageHeader>
      <ErrorAlert error={notice.error} title="L’information des patients n’a pas pu être chargée" />
      {notice.isPending && <Skeleton h={240} />}
      <Stack gap="lg">
        {data && (
          <>
            <PageSection id="verification" title="Vérification des mentions obligatoires">
              <MentionsCheck notice={data} />
            </PageSection>
            <PageSection
              id="versions"
              title="Versions et documents"
              intro="Chaque version porte son numéro et sa date. Quand le registre ou le cabinet change, elle devient obsolète : générez-en une nouvelle et remplacez l’affiche."
            >
              <VersionsSection notice={data} canManage={manage} />
            </PageSection>
            <PageSection
              id="coordonnees"
              title="Coordonnées et mentions"
              intro="Les patients doivent pouvoir joindre le responsable de leurs données. Les champs laissés vides reprennent la formulation proposée par Hygie."
            >
              {/* Folded while nothing is missing: the form is there to correct, not to read each time. */}
              <Disclosure label={manage ? 'Voir ou modifier' : 'Voir'} defaultOpened={!data.complete}>
                <SettingsForm notice={data} canManage={manage} />
              </Disclosure>
            </PageSection>
          </>
        )}
        <PageSection
          id="dpo-aipd"
          title="DPO et analyse d’impact (AIPD)"
          intro="Devez-vous désigner un délégué à la protection des données, ou mener une analyse d’impact ? Répondez à quelques questions : Hygie applique les règles de la CNIL pour les professionnels de santé et cite ses sources."
        >
          <ScreeningSection canManage={manage} />
        </PageSection>
      </Stack>
    </>
  );
}
