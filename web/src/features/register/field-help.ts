/** Each field of an activity: its label and a plain-French explanation of what to write. */
export const FIELDS = {
  name: {
    label: 'Nom de l’activité',
    help: 'Un nom court qui dit à quoi servent ces données, par exemple « Dossiers des patients » ou « Gestion des rendez-vous ».',
  },
  description: {
    label: 'Description',
    help: 'Facultatif : où sont ces données (logiciel, papier, tablette) et comment on s’en sert au cabinet.',
  },
  controller: {
    label: 'Responsable du traitement',
    help: 'Qui décide de l’usage de ces données et en répond : le cabinet, un praticien pour ses propres patients (fréquent en cabinet de groupe), ou plusieurs responsables conjoints (par exemple un dossier partagé en maison de santé).',
  },
  purposes: {
    label: 'Finalités',
    help: 'À quoi servent les données, une par ligne : la finalité principale d’abord, puis les autres.',
  },
  legalBasis: {
    label: 'Base légale',
    help: 'Ce qui vous autorise à utiliser ces données (article 6 du RGPD) et, pour des données de santé, la condition de l’article 9. Pour les soins, ce n’est pas le consentement du patient : les soins eux-mêmes justifient le dossier.',
  },
  dataSubjects: {
    label: 'Personnes concernées',
    help: 'Les personnes dont vous gardez des données, une par ligne : patients, représentants légaux, salariés, fournisseurs…',
  },
  dataCategories: {
    label: 'Catégories de données et durées de conservation',
    help: 'Chaque sorte de données, avec combien de temps vous la gardez et d’où vient cette durée (un texte, une recommandation, ou votre choix). Cochez « données de santé » et « numéro de sécurité sociale ou INS » quand c’est le cas.',
  },
  sources: {
    label: 'Origine des données',
    help: 'D’où viennent les données, une origine par ligne : le patient lui-même, un confrère, la carte Vitale…',
  },
  internalRecipients: {
    label: 'Destinataires au cabinet',
    help: 'Qui y accède au cabinet et pour quoi faire, un rôle par ligne : « Le secrétariat : les rendez-vous, sans le contenu médical ».',
  },
  externalRecipients: {
    label: 'Destinataires à l’extérieur',
    help: 'À qui ces données sont transmises, un destinataire par ligne : Assurance maladie, confrères de l’équipe de soins…',
  },
  processors: {
    label: 'Sous-traitants',
    help: 'Les prestataires qui traitent ces données pour vous, un par ligne : éditeur du logiciel en ligne, hébergeur, plateforme de rendez-vous…',
  },
  transfers: {
    label: 'Transferts hors de l’Union européenne',
    help: 'Laissez vide si les données restent dans l’Union européenne. Sinon, indiquez le destinataire, le pays et la garantie (par exemple une décision d’adéquation ou des clauses types).',
  },
  securityMeasureIds: {
    label: 'Mesures de sécurité du diagnostic',
    help: 'Les mesures du diagnostic qui protègent ces données : leur état (fait, à faire…) s’affiche ici et se met à jour tout seul.',
  },
  otherSecurityMeasures: {
    label: 'Autres mesures de sécurité',
    help: 'Facultatif : ce que vous faites d’autre pour protéger ces données, en quelques mots.',
  },
} as const;

export type FieldName = keyof typeof FIELDS;

/** The form section a missing field (`dataCategories.0.retention`) belongs to. */
export function sectionOf(field: string): FieldName {
  const head = field.split('.')[0] ?? field;
  return (head in FIELDS ? head : 'name') as FieldName;
}
