import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ContactGrid, NationalContactCard, PracticeContactCard } from './ContactCards.tsx';
import { ContactForm } from './ContactForm.tsx';
import { FICHE_REFLEXE_URL, type PracticeContactView, useContacts, useDeleteContact } from './incidents-api.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Edit and delete (in two steps) one contact. */
function ContactActions({ contact, onEdit }: { contact: PracticeContactView; onEdit: () => void }) {
  const remove = useDeleteContact();
  return (
    <Stack gap={4} mt="xs">
      <ErrorAlert error={remove.error} />
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onEdit} aria-label={`Modifier : ${contact.name}`}>
          Modifier
        </Button>
        <DeleteButton name={contact.name} pending={remove.isPending} onConfirm={() => remove.mutate(contact.id)} />
      </Group>
    </Stack>
  );
}

/** The practice's own contacts (managed by the owner and practitioners) and the national ones. */
export function ContactsPage() {
  const contacts = useContacts();
  const [editing, setEditing] = useState<string | null>(null);
  const data = contacts.data;
  return (
    <>
      <PageHeader title="Contacts utiles">
        Les personnes à appeler en cas de cyberattaque. Ils apparaissent sur chaque incident et sur la fiche réflexe à
        afficher près des postes.
      </PageHeader>
      <Anchor href={FICHE_REFLEXE_URL} download underline="always" mb="md" display="inline-block">
        Télécharger la fiche réflexe
      </Anchor>
      <ErrorAlert error={contacts.error} title="Les contacts n’ont pas pu être chargés" />
      {contacts.isPending && <Skeleton h={240} />}
      {data && (
        <Stack gap="lg">
          <Section id="contacts-cabinet" title="Contacts du cabinet">
            <Stack gap="md">
              {data.contacts.length === 0 && (
                <Text>
                  Aucun contact enregistré. Ajoutez au moins votre prestataire informatique, le support de votre
                  logiciel métier et votre assureur.
                </Text>
              )}
              {data.contacts.length > 0 && (
                <ContactGrid>
                  {data.contacts.map((contact) =>
                    editing === contact.id ? (
                      <Paper key={contact.id} withBorder p="md">
                        <ContactForm contact={contact} onDone={() => setEditing(null)} />
                      </Paper>
                    ) : (
                      <PracticeContactCard
                        key={contact.id}
                        contact={contact}
                        actions={
                          data.canManage ? (
                            <ContactActions contact={contact} onEdit={() => setEditing(contact.id)} />
                          ) : undefined
                        }
                      />
                    ),
                  )}
                </ContactGrid>
              )}
              {data.canManage ? (
                <>
                  <Title order={3} size="h4">
                    Ajouter un contact
                  </Title>
                  <ContactForm onDone={() => undefined} />
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Le titulaire et les praticiens tiennent cette liste à jour.
                </Text>
              )}
            </Stack>
          </Section>
          <Section id="contacts-nationaux" title="Services nationaux">
            <Text size="sm" mb="sm">
              Numéros et sites officiels, chacun avec sa source.
            </Text>
            <ContactGrid>
              {data.national.map((contact) => (
                <NationalContactCard key={contact.id} contact={contact} />
              ))}
            </ContactGrid>
          </Section>
        </Stack>
      )}
    </>
  );
}
