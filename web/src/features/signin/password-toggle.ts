/** Mantine's eye button under a French name (its default label is English). */
export const TOGGLE = { 'aria-label': 'Afficher ou masquer le mot de passe' };
