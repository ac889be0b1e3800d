import { Group, List, Radio, Stack, Text } from '@mantine/core';
import {
  ANSWER_LABELS,
  FIRST_PASS_ANSWERS,
  type FirstPassAnswer,
  type FirstPassQuestionView,
} from '../../../../src/features/checklist/first-pass.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { plural } from './format.ts';

/** One question of the first pass: its four answers side by side; its help and the measures it answers on demand. */
export function FirstPassQuestion({
  number,
  question,
  value,
  onChange,
  disabled,
}: {
  number: number;
  question: FirstPassQuestionView;
  value: FirstPassAnswer | undefined;
  onChange(answer: FirstPassAnswer): void;
  disabled: boolean;
}) {
  return (
    <Stack gap={4} component="li">
      <Radio.Group
        label={`${number}. ${question.question}`}
        value={value ?? null}
        onChange={(next) => onChange(next as FirstPassAnswer)}
        readOnly={disabled}
        styles={{ label: { fontWeight: 600 } }}
      >
        <Group gap="lg" mt={8} wrap="wrap">
          {FIRST_PASS_ANSWERS.map((answer) => (
            <Radio key={answer} value={answer} label={ANSWER_LABELS[answer]} />
          ))}
        </Group>
      </Radio.Group>
      <Disclosure label="Précisions" ariaLabel={`Précisions sur la question ${number}`}>
        {question.help && (
          <Text size="sm" mb={4}>
            {question.help}
          </Text>
        )}
        <Text size="sm">{plural(question.measures.length, 'mesure concernée :', 'mesures concernées :')}</Text>
        <List size="sm" spacing={2}>
          {question.measures.map((measure) => (
            <List.Item key={measure.id}>{measure.title}</List.Item>
          ))}
        </List>
      </Disclosure>
    </Stack>
  );
}
