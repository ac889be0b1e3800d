import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { splitTechnicalDetail } from '../../../../src/features/mail-analysis/technical-detail.ts';
import { api } from '../../api/client.ts';
import { useRole } from '../../app/auth.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type KeptVerdict, type MailAnalysis, SEVERITY_LABELS, type Severity, VERDICTS_KEY } from './mail-types.ts';

/** A finding's plain sentence; its technical names (SPF, DKIM, DMARC), if any, on demand. */
function FindingText({ message }: { message: string }) {
  const { plain, detail } = splitTechnicalDetail(message);
  return (
    <Stack gap={0}>
      <Text>{plain}</Text>
      {detail && (
        <Disclosure label="Détail technique">
          <Text size="sm">{detail}</Text>
        </Disclosure>
      )}
    </Stack>
  );
}

/**
 * How each verdict looks; the verdict is always written out, colour only repeats it. Colours keep
 * the WCAG AA contrast: Mantine's light red and blue, and an outlined dark orange with black text.
 */
const VERDICT_STYLE = {
  dangerous: {
    props: { color: 'red' },
    intro: 'Ce message présente au moins un signal grave : ne faites rien de ce qu’il demande.',
  },
  suspicious: {
    props: { color: 'orange.9', variant: 'outline', styles: { title: { color: 'var(--mantine-color-black)' } } },
    intro: 'Ce message présente des signaux d’alerte : vérifiez avant d’agir.',
  },
  no_signal: {
    props: { color: 'blue' },
    intro: 'Hygie n’a trouvé aucun signal d’alerte dans ce message.',
  },
} as const;

/** Filled badges with white text at 5:1 or more. */
const SEVERITY_COLORS: Record<Severity, string> = { high: 'red.9', medium: '#c2410c', low: 'gray.7' };

const count = (n: number, none: string, one: string, many: string) => (n === 0 ? none : `${n} ${n > 1 ? many : one}`);

function Summary({ summary }: { summary: MailAnalysis['summary'] }) {
  const rows: [string, string | undefined][] = [
    [
      'Expéditeur',
      summary.from ? (summary.fromName ? `${summary.fromName} <${summary.from}>` : summary.from) : undefined,
    ],
    ['Objet', summary.subject],
    [
      'Date',
      summary.date && !Number.isNaN(Date.parse(summary.date))
        ? new Date(summary.date).toLocaleString('fr-FR', {
            timeZone: 'Europe/Paris',
            dateStyle: 'long',
            timeStyle: 'short',
          })
        : summary.date,
    ],
    [
      'Contenu',
      `${count(summary.links, 'aucun lien', 'lien', 'liens')}, ${count(summary.attachments, 'aucune pièce jointe', 'pièce jointe', 'pièces jointes')}`,
    ],
  ];
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{term}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** The verdict (coloured and written), the summary, what to do, the findings, and « Garder le verdict ». */
export function AnalysisResult({ result }: { result: MailAnalysis }) {
  const client = useQueryClient();
  const canKeep = useRole() !== 'auditor';
  const style = VERDICT_STYLE[result.verdict];
  const keep = useMutation({
    mutationFn: () =>
      api<KeptVerdict>('/v1/tools/mail-analysis/verdicts', {
        method: 'POST',
        body: {
          verdict: result.verdict,
          findingCodes: result.findings.map((finding) => finding.code),
          ...(result.summary.senderDomain ? { senderDomain: result.summary.senderDomain } : {}),
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: VERDICTS_KEY }),
  });

  return (
    <Stack gap="lg">
      <Alert {...style.props} title={`Verdict : ${result.verdictLabel}`} role="status">
        <Text>{style.intro}</Text>
        <Text size="sm" mt={4}>
          {`Règle appliquée : ligne ${result.verdictRule.row} du tableau « Comment Hygie décide » (${result.verdictRule.when}).`}
        </Text>
      </Alert>
      <Summary summary={result.summary} />
      <div>
        <Title order={3} size="h4" mb="xs">
          Que faire
        </Title>
        <List spacing={4}>
          {result.advice.map((advice) => (
            <List.Item key={advice}>{advice}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Title order={3} size="h4" mb="xs">
          Ce que Hygie a remarqué
        </Title>
        {result.findings.length === 0 ? (
          <Text>Aucun signal d’alerte.</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {result.findings.map((finding) => (
              <li key={finding.code}>
                <Group gap="sm" align="flex-start" wrap="nowrap">
                  <Badge color={SEVERITY_COLORS[finding.severity]} variant="filled" miw={72} style={{ flexShrink: 0 }}>
                    {SEVERITY_LABELS[finding.severity]}
                  </Badge>
                  <FindingText message={finding.message} />
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </div>
      {canKeep && (
        <div>
          <ErrorAlert error={keep.error} title="Le verdict n’a pas été gardé" />
          {keep.isSuccess ? (
            <Text fw={600} role="status">
              Verdict gardé : il apparaît dans la liste ci-dessous.
            </Text>
          ) : (
            <Group gap="sm">
              <Button variant="default" onClick={() => keep.mutate()} loading={keep.isPending}>
                Garder le verdict
              </Button>
              <Text size="sm" c="dimmed" maw={520}>
                Hygie garde le verdict, les signaux et le domaine de l’expéditeur, jamais le message, son objet ni son
                contenu.
              </Text>
            </Group>
          )}
        </div>
      )}
    </Stack>
  );
}
