import { Stack, Table, Text } from '@mantine/core';
import { VERDICT_TABLE } from '../../../../src/features/mail-analysis/verdict-table.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import type { Verdict } from './mail-types.ts';

const LABELS: Record<Verdict, string> = { dangerous: 'Dangereux', suspicious: 'Suspect', no_signal: 'Aucun signal' };

/** « Comment Hygie décide »: what is read, what never is, and the verdict table (the server's own rows). */
export function HowHygieDecides() {
  return (
    <Stack gap="sm" maw={760}>
      <Text>
        Hygie lit l’expéditeur, l’adresse de réponse, les contrôles d’authenticité ajoutés par le serveur qui a reçu le
        message, les liens, le nom, le type et les premiers octets des pièces jointes, l’objet et le texte du message.
        Il n’ouvre aucun lien, n’affiche pas le message, n’exécute et ne décompresse aucune pièce jointe. Le message
        n’est pas conservé : seul le verdict l’est, et seulement si vous choisissez de le garder.
      </Text>
      <Disclosure label="Le détail des contrôles d’authenticité">
        <Text size="sm">
          Ce sont les contrôles SPF, DKIM et DMARC : le serveur qui reçoit un e-mail vérifie que le domaine de l’adresse
          d’expédition autorise bien le serveur qui l’a envoyé, et que le message n’a pas été modifié en route. Hygie
          lit seulement le résultat ajouté par le dernier serveur, celui de votre messagerie.
        </Text>
      </Disclosure>
      <Text>
        Chaque signal a une gravité : grave (par exemple un domaine qui imite celui de l’Assurance Maladie, un programme
        en pièce jointe), moyen (un lien raccourci, une demande de virement) ou faible (un ton pressant). Le verdict
        suit ce tableau, jamais une note : la première ligne qui s’applique, en partant du haut, donne le verdict, et le
        résultat dit laquelle.
      </Text>
      <Table withTableBorder captionSide="top" maw={760}>
        <Table.Caption>Les lignes de la règle, dans l’ordre où Hygie les lit</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Ligne</Table.Th>
            <Table.Th scope="col">Quand le message a…</Table.Th>
            <Table.Th scope="col">Verdict</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {VERDICT_TABLE.map(({ row, when, verdict }) => (
            <Table.Tr key={row}>
              <Table.Td>{row}</Table.Td>
              <Table.Td>{when}</Table.Td>
              <Table.Td>« {LABELS[verdict]} »</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        Hygie compare les domaines, le nom affiché et l’objet à une liste d’organismes et de marques souvent imités
        (Assurance Maladie, Ordres, impôts, La Poste, banques, Microsoft…) et au domaine de votre cabinet, déduit des
        adresses de ses comptes.
      </Text>
    </Stack>
  );
}
