import { z } from 'zod';
import { fr } from 'zod/locales';

// Every validation message a user can meet is in French.
z.config(fr());

export { z };
