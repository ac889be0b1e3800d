import { List, Stack, Text } from '@mantine/core';

/** « Comment Hygie décide »: what is read, what never is, and the verdict rule (the same as the server's). */
export function HowHygieDecides() {
  return (
    <Stack gap="sm" maw={760}>
      <Text>
        Hygie lit l’expéditeur, l’adresse de réponse, les contrôles d’authentification ajoutés par les serveurs de
        messagerie (SPF, DKIM, DMARC), les liens, le nom, le type et les premiers octets des pièces jointes, et le texte
        du message. Il n’ouvre aucun lien, n’affiche pas le message, n’exécute et ne décompresse aucune pièce jointe. Le
        message n’est pas conservé : seul le verdict l’est, et seulement si vous choisissez de le garder.
      </Text>
      <Text>
        Chaque signal a une gravité : grave (par exemple un domaine qui imite celui de l’Assurance Maladie, un programme
        en pièce jointe), moyen (un lien raccourci, une demande de virement) ou faible (un ton pressant). Le verdict
        suit une règle simple, jamais une note :
      </Text>
      <List spacing={4}>
        <List.Item>« Dangereux » : au moins un signal grave, ou au moins deux signaux moyens différents.</List.Item>
        <List.Item>« Suspect » : un signal moyen, ou au moins deux signaux faibles différents.</List.Item>
        <List.Item>« Aucun signal » : au plus un signal faible. Cela ne prouve pas que le message est sûr.</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        Hygie compare les domaines à une liste d’organismes dont les cabinets reçoivent des messages (Assurance Maladie,
        Ordres, ANS, banques, administrations) et au domaine de votre cabinet, déduit des adresses de ses comptes.
      </Text>
    </Stack>
  );
}
