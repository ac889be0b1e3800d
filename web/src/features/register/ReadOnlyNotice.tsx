import { Alert } from '@mantine/core';

/** Why the secretary and the auditor only read the register. */
export function ReadOnlyNotice() {
  return (
    <Alert color="blue" title="Consultation seule">
      Vous pouvez consulter et télécharger le registre. Seuls le titulaire et les praticiens le modifient, parce qu’ils
      répondent de l’usage des données des patients.
    </Alert>
  );
}
