import { Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { CHART, chartGeometry, chartSummary } from './chart-geometry.ts';
import { useProgress } from './checklist-api.ts';
import { longDate, shortDate } from './format.ts';

const GRID = [0, 25, 50, 75, 100];
const INK = 'var(--mantine-color-gray-7)';

/** The overall score day after day: a line chart described in words, and its values as a table. */
export function ProgressChart() {
  const progress = useProgress();
  const snapshots = progress.data?.snapshots ?? [];
  const { points, segments, y } = chartGeometry(snapshots);
  const first = points[0];
  const last = points.at(-1);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="evolution-titre">
      <Title order={2} size="h3" id="evolution-titre" mb="sm">
        Évolution de la note
      </Title>
      <ErrorAlert error={progress.error} title="L’évolution n’a pas pu être chargée" />
      {progress.isPending && <Skeleton h={200} />}
      {progress.data && points.length === 0 && (
        <Text size="sm">Le graphique apparaîtra dès que la note aura été calculée une première fois.</Text>
      )}
      {first && last && (
        <>
          <svg
            role="img"
            aria-label={chartSummary(points)}
            viewBox={`0 0 ${CHART.width} ${CHART.height}`}
            width="100%"
            style={{ maxWidth: CHART.width, display: 'block' }}
          >
            {GRID.map((value) => (
              <g key={value}>
                <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(value)} y2={y(value)} stroke="#dee2e6" />
                <text x={CHART.left - 8} y={y(value) + 4} textAnchor="end" fontSize="12" fill={INK}>
                  {value}
                </text>
              </g>
            ))}
            {segments.map((run) => (
              <polyline
                key={run[0]?.day}
                points={run.map((point) => `${point.x},${point.y}`).join(' ')}
                fill="none"
                stroke="var(--mantine-color-hygie-8)"
                strokeWidth="3"
                strokeLinejoin="round"
              />
            ))}
            {points.map((point) => (
              <circle key={point.day} cx={point.x} cy={point.y} r="4" fill="var(--mantine-color-hygie-8)" />
            ))}
            <text
              x={first.x}
              y={CHART.height - 10}
              textAnchor={first === last ? 'middle' : 'start'}
              fontSize="12"
              fill={INK}
            >
              {shortDate(first.day)}
            </text>
            {first !== last && (
              <text x={last.x} y={CHART.height - 10} textAnchor="end" fontSize="12" fill={INK}>
                {shortDate(last.day)}
              </text>
            )}
          </svg>
          <Disclosure label="Voir les valeurs du graphique">
            <Table.ScrollContainer minWidth={320}>
              <Table striped maw={480}>
                <Table.Caption>Note globale relevée chaque jour où le diagnostic a changé</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Jour</Table.Th>
                    <Table.Th scope="col">Note globale</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {snapshots.map((snapshot) => (
                    <Table.Tr key={snapshot.day}>
                      <Table.Td>{longDate(snapshot.day)}</Table.Td>
                      <Table.Td>{snapshot.overall === null ? 'pas de note' : `${snapshot.overall} sur 100`}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Disclosure>
        </>
      )}
    </Paper>
  );
}
