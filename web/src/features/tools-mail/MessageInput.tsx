import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type DragEvent, useId, useState } from 'react';
import { MAIL_MAX_BYTES } from './mail-types.ts';

/** What to analyse: a file (chosen or dropped) or the pasted "original" of a message. */
export type MessageSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

/**
 * The two ways to give a message: an .eml file (a plain file input with a visible label, which the
 * whole zone also accepts by drag and drop) or the message's original pasted as text.
 */
export function MessageInput({
  busy,
  onSubmit,
  onLocalError,
}: {
  busy: boolean;
  onSubmit(source: MessageSource): void;
  onLocalError(message: string | null): void;
}) {
  const inputId = useId();
  const helpId = useId();
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');

  function take(file: File | undefined) {
    if (!file) return;
    if (file.size > MAIL_MAX_BYTES) {
      onLocalError(`Le fichier « ${file.name} » dépasse 25 Mo : Hygie ne l’analyse pas.`);
      return;
    }
    onLocalError(null);
    onSubmit({ kind: 'file', file });
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  }

  return (
    <Stack gap="lg">
      <fieldset
        disabled={busy}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        style={{
          margin: 0,
          // A fieldset is as wide as its content by default: on a phone it would widen the page.
          minWidth: 0,
          border: `2px dashed var(--mantine-color-${dragging ? 'hygie-8' : 'gray-6'})`,
          borderRadius: 'var(--mantine-radius-md)',
          padding: 'var(--mantine-spacing-md) var(--mantine-spacing-lg) var(--mantine-spacing-lg)',
          background: dragging ? 'var(--mantine-color-hygie-0)' : undefined,
        }}
      >
        <legend style={{ fontWeight: 600, padding: '0 6px' }}>Fichier du message (.eml)</legend>
        <Stack gap={6}>
          <Text size="sm" id={helpId}>
            Déposez le fichier dans ce cadre, ou choisissez-le ci-dessous. Dans votre messagerie : « Enregistrer sous »
            ou « Télécharger le message » (format .eml), 25 Mo au plus.
          </Text>
          <label htmlFor={inputId}>Choisir le fichier du message</label>
          <input
            id={inputId}
            type="file"
            accept=".eml,message/rfc822"
            style={{ maxWidth: '100%' }}
            aria-describedby={helpId}
            onChange={(event) => {
              take(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </Stack>
      </fieldset>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) onLocalError('Collez d’abord le message d’origine dans la zone de texte.');
          else {
            onLocalError(null);
            onSubmit({ kind: 'text', text });
          }
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Collez ici le message d’origine"
            description="Dans votre messagerie : « Afficher l’original » ou « Afficher la source » du message, puis tout copier (en-têtes compris)."
            autosize
            minRows={5}
            maxRows={14}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          />
          <Group>
            <Button type="submit" loading={busy}>
              Analyser le message collé
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
