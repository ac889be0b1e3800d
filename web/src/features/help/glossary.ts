/**
 * The words a practitioner meets in Hygie that are not everyday French, each explained in one or
 * two plain sentences. The glossary page lists them; every page shows, under its content, the ones
 * it uses (« Les mots de cette page »), and the every-page browser test fails on a technical word
 * that a page shows without its explanation.
 */
export interface GlossaryEntry {
  /** The anchor on the glossary page: `/glossaire#<id>`. */
  id: string;
  /** The word as the glossary shows it, with its meaning spelled out for an acronym. */
  term: string;
  definition: string;
  /** How the word appears in a page's text (whole words; acronyms in capitals only). */
  pattern: RegExp;
  /** An acronym's full words, added after its first use on every page (« RGPD » only: not noisy). */
  spelledOut?: string;
}

/** A whole word or phrase: not inside a longer word (« SPF » but not « SPFX »). */
function word(source: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'rgpd',
    term: 'RGPD (règlement général sur la protection des données)',
    definition:
      'La loi européenne de 2016 qui protège les informations personnelles, dont les données de santé de vos patients. Elle demande de savoir quelles données vous gardez, pourquoi, combien de temps, et de les protéger.',
    pattern: word('RGPD'),
    spelledOut: 'règlement général sur la protection des données',
  },
  {
    id: 'cnil',
    term: 'CNIL (Commission nationale de l’informatique et des libertés)',
    definition:
      'L’autorité française qui veille au respect du RGPD. C’est à elle qu’on signale une violation de données, et elle peut contrôler un cabinet.',
    pattern: word('CNIL'),
  },
  {
    id: 'dpo',
    term: 'DPO (délégué à la protection des données)',
    definition:
      'La personne qui conseille le cabinet sur le RGPD et sert de contact à la CNIL. Il n’est obligatoire que dans certains cas : Hygie vous aide à savoir si c’est le vôtre.',
    pattern: word('DPO|DPD|[Dd]élégué à la protection des données'),
  },
  {
    id: 'aipd',
    term: 'AIPD (analyse d’impact relative à la protection des données)',
    definition:
      'Une étude écrite des risques pour les patients, demandée avant certains traitements de données à grande échelle ou sensibles. Rarement obligatoire pour un cabinet seul : Hygie vous aide à le vérifier.',
    pattern: word('AIPD|[Aa]nalyse d’impact'),
  },
  {
    id: 'hds',
    term: 'HDS (hébergeur de données de santé)',
    definition:
      'Un prestataire certifié pour conserver des données de santé sur ses serveurs. Un logiciel en ligne qui garde les dossiers de vos patients doit être certifié HDS.',
    pattern: word('HDS'),
  },
  {
    id: 'sous-traitant',
    term: 'Sous-traitant',
    definition:
      'Une entreprise qui utilise des données pour le compte du cabinet : logiciel en ligne, prise de rendez-vous, hébergeur, secrétariat à distance. Un contrat doit l’engager à les protéger.',
    pattern: word('[Ss]ous-traitants?'),
  },
  {
    id: 'traitement',
    term: 'Traitement de données',
    definition:
      'Tout ce que le cabinet fait avec des informations sur des personnes : tenir les dossiers des patients, l’agenda, la facturation, la paie. Chacun a sa ligne dans le registre.',
    pattern: word('[Tt]raitements? de données|[Aa]ctivités? de traitement'),
  },
  {
    id: 'registre',
    term: 'Registre des traitements (registre RGPD)',
    definition:
      'La liste écrite de ce que le cabinet fait avec des données personnelles, pour quoi, pour combien de temps et avec qui. Le RGPD l’exige ; Hygie le prépare selon votre profession.',
    pattern: word('[Rr]egistre RGPD|[Rr]egistre des traitements|[Rr]egistre des activités de traitement'),
  },
  {
    id: 'violation',
    term: 'Violation de données',
    definition:
      'Des données personnelles perdues, volées, détruites, modifiées ou vues par quelqu’un qui n’aurait pas dû. Toute violation se note au registre ; si elle présente un risque pour les patients, on la signale à la CNIL dans les 72 heures.',
    pattern: word('[Vv]iolations? de données'),
  },
  {
    id: 'journal',
    term: 'Journal de conformité',
    definition:
      'La liste datée de tout ce qui a été fait dans Hygie, et par qui. Chaque ligne est scellée à la précédente : on ne peut pas en modifier une sans que cela se voie. C’est votre preuve en cas de contrôle.',
    pattern: word('[Jj]ournal de conformité|[Cc]ode de contrôle du journal'),
  },
  {
    id: 'e-cps',
    term: 'CPS et e-CPS (carte de professionnel de santé)',
    definition:
      'La carte à puce qui prouve que vous êtes un professionnel de santé, et sa version sur téléphone, l’application e-CPS. Elles servent à vous connecter aux services de santé en ligne.',
    pattern: word('e-CPS|CPS'),
  },
  {
    id: 'pro-sante-connect',
    term: 'Pro Santé Connect',
    definition:
      'Le bouton de connexion de l’État pour les professionnels de santé : il vous identifie avec votre carte CPS ou l’application e-CPS, sans mot de passe à retenir.',
    pattern: word('Pro Santé Connect'),
  },
  {
    id: 'mssante',
    term: 'MSSanté (messagerie sécurisée de santé)',
    definition:
      'La messagerie réservée aux professionnels de santé pour échanger des informations sur les patients en toute sécurité. Un e-mail ordinaire ne convient pas pour cela.',
    pattern: word('MSSanté'),
  },
  {
    id: 'ans',
    term: 'ANS (Agence du numérique en santé)',
    definition:
      'L’agence publique qui fixe les règles de sécurité du numérique en santé (carte CPS, MSSanté, hébergement des données de santé).',
    pattern: word('ANS'),
  },
  {
    id: 'anssi',
    term: 'ANSSI (Agence nationale de la sécurité des systèmes d’information)',
    definition:
      'L’agence de l’État chargée de la cybersécurité. Ses guides d’hygiène informatique sont à l’origine de beaucoup de mesures du diagnostic.',
    pattern: word('ANSSI'),
  },
  {
    id: 'cert-sante',
    term: 'CERT Santé',
    definition:
      'L’équipe de l’Agence du numérique en santé qui aide les structures de santé victimes d’une cyberattaque. On lui signale les incidents graves.',
    pattern: word('CERT Santé'),
  },
  {
    id: 'enisa',
    term: 'ENISA (Agence de l’Union européenne pour la cybersécurité)',
    definition:
      'L’agence européenne de la cybersécurité. Hygie utilise sa méthode pour mesurer la gravité d’une violation de données et savoir s’il faut la signaler.',
    pattern: word('ENISA'),
  },
  {
    id: 'double-authentification',
    term: 'Double authentification',
    definition:
      'En plus du mot de passe, un code à 6 chiffres affiché par une application sur votre téléphone. Un mot de passe volé ne suffit plus pour entrer.',
    pattern: word('[Dd]ouble authentification'),
  },
  {
    id: 'codes-de-secours',
    term: 'Codes de secours',
    definition:
      'Des codes à usage unique, à imprimer et ranger, qui remplacent le code du téléphone si vous le perdez.',
    pattern: word('[Cc]odes? de secours'),
  },
  {
    id: 'kit-de-secours',
    term: 'Kit de secours',
    definition:
      'Le document imprimé qui permet de récupérer Hygie et vos données si l’ordinateur tombe en panne ou est volé. À ranger sous clé, hors de l’ordinateur.',
    pattern: word('[Kk]it de secours'),
  },
  {
    id: 'sauvegarde-hors-ligne',
    term: 'Sauvegarde hors ligne',
    definition:
      'Une copie de vos données sur un support ensuite débranché et rangé (un disque externe, par exemple). Un rançongiciel ne peut pas l’atteindre.',
    pattern: word('[Ss]auvegardes? hors ligne|[Ss]auvegardes? déconnectées?'),
  },
  {
    id: 'hameconnage',
    term: 'Hameçonnage',
    definition:
      'Un e-mail, un SMS ou un appel qui se fait passer pour un organisme connu (banque, Ameli, fournisseur) pour obtenir un mot de passe ou un paiement.',
    pattern: word('[Hh]ameçonnage|phishing'),
  },
  {
    id: 'rancongiciel',
    term: 'Rançongiciel',
    definition:
      'Un programme malveillant qui bloque vos fichiers en les rendant illisibles, puis réclame une rançon. Ne payez pas : débranchez l’ordinateur du réseau et suivez la page d’urgence.',
    pattern: word('[Rr]ançongiciels?|ransomware'),
  },
  {
    id: 'spf-dkim-dmarc',
    term: 'SPF, DKIM et DMARC',
    definition:
      'Trois contrôles techniques, faits par les serveurs de messagerie, qui vérifient qu’un e-mail vient bien de l’adresse qu’il annonce. Un échec est un signe de fraude possible.',
    pattern: word('SPF|DKIM|DMARC'),
  },
  {
    id: 'lieux',
    term: 'L, C, P (où sont les données)',
    definition:
      'Les trois endroits où le diagnostic range les mesures : L pour les données gardées au cabinet (local), C pour celles en ligne (cloud), P pour le papier.',
    pattern: word('L, C, P|L/C/P'),
  },
  {
    id: 'smtp',
    term: 'Serveur d’envoi (SMTP)',
    definition:
      'Le service qui envoie les e-mails, celui de votre messagerie ou de votre hébergeur. Hygie s’y connecte avec l’adresse, l’identifiant et le mot de passe qu’il vous a donnés pour envoyer les rappels.',
    pattern: word('SMTP'),
  },
  {
    id: 'csv',
    term: 'Fichier CSV',
    definition:
      'Un tableau enregistré en texte simple, que tout tableur (Excel, LibreOffice) ouvre. Les logiciels métier savent en général exporter leur liste de patients dans ce format.',
    pattern: word('CSV'),
  },
  {
    id: 'json',
    term: 'Fichier JSON',
    definition:
      'Un fichier de données en texte, fait pour être relu par un logiciel plutôt que par une personne. Hygie s’en sert pour sauvegarder ou reprendre un registre et les données du cabinet.',
    pattern: word('JSON'),
  },
  {
    id: 'empreinte',
    term: 'Empreinte (SHA-256)',
    definition:
      'Un code calculé à partir d’un fichier ou d’un texte : si un seul caractère change, le code change entièrement. Il permet de vérifier que rien n’a été modifié.',
    pattern: word('SHA-256|[Ee]mpreintes?'),
  },
  {
    id: 'jeton',
    term: 'Jeton d’accès',
    definition:
      'Une clé secrète qui permet à un programme (et non à une personne) de se connecter à Hygie, par exemple pour une sauvegarde automatique. Rarement utile dans un cabinet.',
    pattern: word('[Jj]etons? d’accès'),
  },
  {
    id: 'chiffrement',
    term: 'Chiffrement',
    definition:
      'Rendre des données illisibles sans la bonne clé ou le bon mot de passe. Un fichier chiffré volé ne révèle rien.',
    pattern: word('[Cc]hiffrement|[Cc]hiffrée?s?'),
  },
  {
    id: 'phrase-de-passe',
    term: 'Phrase de passe',
    definition:
      'Un mot de passe fait de plusieurs mots sans rapport entre eux (« girafe lumière tambour pivoine ») : facile à retenir, très difficile à deviner.',
    pattern: word('[Pp]hrases? de passe'),
  },
  {
    id: 'coffre-fort',
    term: 'Coffre-fort de mots de passe',
    definition:
      'Un logiciel qui retient tous vos mots de passe, protégés par un seul mot de passe principal. Vous n’avez plus qu’une phrase de passe à retenir.',
    pattern: word('[Cc]offres?-forts? (?:de mots de passe|numériques?)|gestionnaires? de mots de passe'),
  },
];

/**
 * Technical words that must not reach a page without an entry above: the every-page test fails when
 * a page shows one of them, so they are either explained in the glossary or kept off the pages.
 */
export const JARGON_WITHOUT_ENTRY: readonly RegExp[] = [word('hash|hachage|Markdown|TOTP|HTTP|URL|API|iCal|token')];

/** The glossary entries a text uses, in glossary order. */
export function termsIn(text: string): GlossaryEntry[] {
  return GLOSSARY.filter((entry) => entry.pattern.test(text));
}
