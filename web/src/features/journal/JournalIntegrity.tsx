import { Alert, Anchor, Badge, Code, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DOSSIER_PATH } from '../dossier/index.ts';
import { JOURNAL_KEY } from './journal-query.ts';
import type { JournalVerification } from './journal-types.ts';

/** The verification badge: the whole chain re-checked, and its head hash to print. */
export function JournalIntegrity() {
  const verify = useQuery({
    queryKey: [...JOURNAL_KEY, 'verify'],
    queryFn: () => api<JournalVerification>('/v1/journal/verify'),
  });
  const result = verify.data;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="integrite-titre">
      <Title order={2} size="h3" id="integrite-titre" mb="sm">
        Intégrité du journal
      </Title>
      <ErrorAlert error={verify.error} title="La vérification n’a pas pu être faite" />
      {verify.isPending && <Skeleton h={80} />}
      {result?.intact && (
        <Stack gap="sm">
          <Badge color="hygie" variant="filled" size="lg" tt="none" h="auto" py={6} style={{ whiteSpace: 'normal' }}>
            Journal intact — {result.count} entrée{result.count > 1 ? 's' : ''} vérifiée{result.count > 1 ? 's' : ''}
          </Badge>
          <Text size="sm">
            Hygie relit chaque entrée à chaque visite : personne ne peut modifier ou supprimer une entrée sans que cela
            se voie ici. Imprimez cette page de temps en temps, ou gardez votre{' '}
            <Anchor component={Link} to={DOSSIER_PATH} underline="always">
              dossier de conformité
            </Anchor>{' '}
            : c’est votre preuve que le journal n’a pas été réécrit depuis.
          </Text>
          <Disclosure label="Le code de contrôle du journal">
            <Stack gap="xs">
              <Text fw={600} size="sm" id="empreinte">
                Code de contrôle du journal (empreinte SHA-256)
              </Text>
              <Code block aria-labelledby="empreinte" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {result.headHash}
              </Code>
              <Text size="sm">
                Chaque entrée est scellée avec la précédente par cette empreinte : modifier ou supprimer une seule
                entrée, même directement dans la base de données, casse la chaîne. Elle figure sur la page de garde du
                dossier de conformité : elle fige le journal tel qu’il est aujourd’hui, et toute réécriture de ce qui
                précède se verrait.
              </Text>
            </Stack>
          </Disclosure>
        </Stack>
      )}
      {result && !result.intact && (
        <Alert color="red" title="Journal altéré" role="alert">
          {result.message} Prévenez votre support informatique, et gardez vos exports et empreintes imprimées : ils
          montrent l’état d’origine du journal.
        </Alert>
      )}
    </Paper>
  );
}
