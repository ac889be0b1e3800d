import { Anchor, Box, Stack } from '@mantine/core';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useAuth } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CalendarSection } from '../calendar/CalendarSection.tsx';
import { MailSettingsSection } from '../reminders/MailSettingsSection.tsx';
import { RemindersSection } from '../reminders/RemindersSection.tsx';
import { BackupSection } from './backup/BackupSection.tsx';
import { MfaSection } from './mfa/MfaSection.tsx';
import { Notice } from './Notice.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SessionsSection } from './sessions/SessionsSection.tsx';
import { TokensSection } from './tokens/TokensSection.tsx';

/** Scrolls to /mon-compte#anchor once the sections above it have loaded (home cards link there). */
function useScrollToHash() {
  const { hash } = useLocation();
  const fetching = useIsFetching();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!hash || fetching > 0 || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    done.current = hash;
    target.scrollIntoView({ block: 'start' });
  }, [hash, fetching]);
}

/** « Mon compte »: profile, password, second factor, API tokens, sessions and, for the owner, backups. */
export function AccountPage() {
  const { me } = useAuth();
  useScrollToHash();
  const enrolmentRequired = me.practice.mfaRequired && !me.user.mfaEnabled;
  const showBackup = me.user.role === 'owner' && !enrolmentRequired;
  return (
    <Box>
      <PageHeader title="Mon compte">
        Votre profil, votre mot de passe et la protection de votre compte
        {showBackup ? ', ainsi que les sauvegardes du cabinet.' : '.'}
      </PageHeader>
      {enrolmentRequired && (
        <Notice title="Votre cabinet exige la double authentification" mb="lg">
          Activez-la ci-dessous pour continuer : les autres pages de Hygie restent fermées tant qu’elle n’est pas en
          place. <Anchor href="#double-authentification">Aller à la double authentification</Anchor>
        </Notice>
      )}
      <Stack gap="lg" maw={960}>
        <ProfileSection />
        <PasswordSection />
        <MfaSection />
        {!enrolmentRequired && <RemindersSection />}
        {!enrolmentRequired && me.user.role === 'owner' && <MailSettingsSection />}
        {!enrolmentRequired && <CalendarSection />}
        <TokensSection />
        <SessionsSection />
        {showBackup && <BackupSection />}
      </Stack>
    </Box>
  );
}
