import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { PageSection } from '../../../components/PageSection.tsx';
import { BackupForm } from './BackupForm.tsx';
import { RecoveryKit } from './RecoveryKit.tsx';

/**
 * Owner only: « Sauvegarder » (on a local install, where Hygie keeps the database itself) and the
 * recovery kit. A hosted install (PostgreSQL) is backed up by its host.
 */
export function BackupSection() {
  const instance = useQuery({
    queryKey: ['instance'],
    queryFn: () => api<{ database: 'sqlite' | 'postgres' }>('/v1/instance'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <PageSection
      id="sauvegarde"
      title="Sauvegarde et kit de secours"
      intro="Pour ne jamais perdre vos registres, même si l’ordinateur est perdu, volé ou en panne."
    >
      <Stack gap="lg">
        <div>
          <Title order={3} size="h4" mb="sm">
            Sauvegarder
          </Title>
          {instance.isPending && <Skeleton h={80} />}
          {instance.data?.database === 'postgres' && (
            <Text maw={640}>
              Votre Hygie est hébergé : la base de données et ses sauvegardes sont gérées par votre hébergeur.
              Demandez-lui à quelle fréquence elles sont faites et où elles sont conservées.
            </Text>
          )}
          {(instance.data?.database === 'sqlite' || instance.isError) && (
            <>
              <Text maw={640} mb="sm">
                Faites-le au moins une fois par semaine : Hygie prépare un fichier chiffré que vous copiez sur une clé
                USB ou un disque externe, gardé hors du cabinet.
              </Text>
              <BackupForm />
            </>
          )}
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            Kit de secours
          </Title>
          <RecoveryKit local={instance.data?.database !== 'postgres'} />
        </div>
      </Stack>
    </PageSection>
  );
}
