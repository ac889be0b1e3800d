import { Button } from '@mantine/core';
import { useState } from 'react';

/**
 * « Supprimer », then « Confirmer la suppression » / « Annuler » in its place: a deletion takes two
 * clicks, without a dialog. `name` completes the accessible name (« Supprimer : Doctolib »).
 */
export function DeleteButton({ name, pending, onConfirm }: { name: string; pending: boolean; onConfirm(): void }) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <>
      <Button color="red.9" size="xs" loading={pending} onClick={onConfirm}>
        Confirmer la suppression
      </Button>
      <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
        Annuler
      </Button>
    </>
  ) : (
    <Button variant="default" size="xs" onClick={() => setConfirming(true)} aria-label={`Supprimer : ${name}`}>
      Supprimer
    </Button>
  );
}
