import { Badge, Group, List, Paper, Text } from '@mantine/core';
import {
  EDPB_EXAMPLES,
  formatScore,
  SEVERITY_LEVEL_LABELS,
  type SeverityLevel,
  type SeverityResult,
} from '../../../../src/features/breaches/severity.ts';

/** Deep shades only: white text on them stays above the AA contrast ratio. */
const BADGE_COLORS: Record<SeverityLevel, string> = {
  low: 'hygie.8',
  medium: 'orange.9',
  high: 'red.9',
  very_high: 'red.9',
};

/** The result in words: score, band and what to do, with the reasons (the band is written, not only coloured). */
export function SeverityResultView({ result, title }: { result: SeverityResult; title: string }) {
  return (
    <Paper withBorder p="md">
      <Text fw={700} mb={4}>
        {title}
      </Text>
      <Group gap="sm" mb={4}>
        <Badge color={BADGE_COLORS[result.level]} variant="filled" size="lg">
          Gravité {SEVERITY_LEVEL_LABELS[result.level].toLocaleLowerCase('fr-FR')}
        </Badge>
        <Text fw={700}>Score {formatScore(result.score)}</Text>
      </Group>
      <Text>
        Notifier la CNIL : {result.notifyAuthority ? 'oui' : 'non'} — informer les personnes concernées :{' '}
        {result.informSubjects
          ? result.flags.includes('public_communication')
            ? 'oui, par une communication publique'
            : 'oui'
          : 'non'}
      </Text>
      <List size="sm" mt="xs" spacing={4}>
        {result.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Text size="sm" fw={700} mt="sm">
        Exemples sur lesquels cette règle est réglée (lignes directrices 01/2021 du CEPD, le comité des autorités
        européennes de protection des données) :
      </Text>
      <List size="sm" spacing={4}>
        {EDPB_EXAMPLES.map((example) => (
          <List.Item key={example}>{example}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
