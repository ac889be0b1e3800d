import { Box, Button } from '@mantine/core';
import { Link } from 'react-router';
import { AlertIcon } from './icons.tsx';

const LABEL = 'Je pense être victime d’une cyberattaque';

/**
 * « Je pense être victime d’une cyberattaque »: in the header of every page, for every role. It
 * opens the choice of what is happening; the incident is raised with its time in one more click.
 * Labelled in words at every width: the full text on large screens, « Cyberattaque ? » on tablets
 * and phones (named with the full text for screen readers).
 */
export function IncidentButton() {
  return (
    <Button
      component={Link}
      to="/incident"
      color="red.9"
      size="xs"
      leftSection={<AlertIcon />}
      px="xs"
      aria-label={LABEL}
    >
      <Box component="span" visibleFrom="lg">
        {LABEL}
      </Box>
      <Box component="span" hiddenFrom="lg">
        Cyberattaque ?
      </Box>
    </Button>
  );
}
