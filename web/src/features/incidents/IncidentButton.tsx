import { ActionIcon, Box, Button } from '@mantine/core';
import { Link } from 'react-router';
import { AlertIcon } from './icons.tsx';

const LABEL = 'Je pense être victime d’une cyberattaque';

/**
 * « Je pense être victime d’une cyberattaque »: in the header of every page, for every role. It
 * opens the choice of what is happening; the incident is raised with its time in one more click.
 * The full text from large screens, « Cyberattaque ? » on tablets, and on a phone a red warning
 * icon named with the full text (so the header still fits).
 */
export function IncidentButton() {
  return (
    <>
      <ActionIcon
        hiddenFrom="sm"
        component={Link}
        to="/incident"
        color="red.9"
        variant="filled"
        size="lg"
        aria-label={LABEL}
        title={LABEL}
      >
        <AlertIcon />
      </ActionIcon>
      <Button visibleFrom="sm" component={Link} to="/incident" color="red.9" size="xs" leftSection={<AlertIcon />}>
        <Box component="span" visibleFrom="lg">
          {LABEL}
        </Box>
        <Box component="span" hiddenFrom="lg">
          Cyberattaque ?
        </Box>
      </Button>
    </>
  );
}
