/**
 * The minimum advice for each use the webinar names (Assurance Maladie / URPS Île-de-France, 2023:
 * « un mot de passe complexe, non lié à votre identité […] et différent pour chaque usage »,
 * « l’authentification à facteurs multiples quand cela est possible », « un coffre-fort numérique
 * certifié », « sécuriser l’accès à votre wifi via un mot de passe complexe »), in the words of
 * the hygiene measures of referential/measures.yaml. Nothing here is invented: each entry names
 * its sources.
 */

export type PasswordUseId = 'logiciel-metier' | 'messagerie' | 'ameli-pro' | 'wifi' | 'coffre-fort';

export interface PasswordUseGuidance {
  id: PasswordUseId;
  /** The use, as the practice calls it. */
  title: string;
  /** Why this one matters. */
  why: string;
  /** Length and kind of secret. */
  secret: string;
  /** Multi-factor authentication, when the service offers it. */
  mfa: string;
  /** Never reuse it elsewhere (and what to do if it was). */
  reuse: string;
  /** Where to keep it. */
  keep: string;
  /** Anything else specific to this use. */
  more: string[];
  sources: string[];
}

const WEBINAR = 'Webinaire Assurance Maladie / URPS Île-de-France (2023)';
const NEVER_IN_BROWSER =
  'Dans le coffre-fort de mots de passe ; refusez que le navigateur ou le site le retienne, et jamais sur un papier près de l’écran.';
const CNIL = 'CNIL, délibération n° 2022-100 du 21 juillet 2022 (mots de passe)';
const PASSPHRASE =
  'Une phrase de passe d’au moins 7 mots tirés au hasard, ou au moins 12 caractères mêlant majuscules, minuscules, chiffres et caractères spéciaux (14 sans caractère spécial), sans nom, date ni mot lié à vous ou au cabinet : c’est ce que la CNIL demande pour un mot de passe utilisé seul. 5 mots suffisent seulement si le service bloque ou ralentit les essais après quelques échecs.';

export const PASSWORD_GUIDANCE: readonly PasswordUseGuidance[] = [
  {
    id: 'logiciel-metier',
    title: 'Logiciel métier',
    why: 'Il ouvre les dossiers de tous vos patients : c’est le compte qu’un pirate cherche en premier.',
    secret: PASSPHRASE,
    mfa: 'Activez la double authentification si le logiciel la propose, ou la connexion par carte CPS ou e-CPS (Pro Santé Connect).',
    reuse:
      'Un mot de passe propre au logiciel métier, utilisé nulle part ailleurs. Un compte par personne, jamais partagé, remplaçants compris.',
    keep: NEVER_IN_BROWSER,
    more: ['Verrouillez votre session dès que vous quittez votre poste, même un instant.'],
    sources: [WEBINAR, CNIL, 'ANSSI, Guide d’hygiène informatique, mesures n° 8, 10 et 13'],
  },
  {
    id: 'messagerie',
    title: 'Messagerie',
    why: 'Elle sert à réinitialiser presque tous vos autres comptes : qui la prend peut prendre le reste.',
    secret: PASSPHRASE,
    mfa: 'Activez la validation en deux étapes dans les réglages de sécurité de la messagerie ; c’est par elle qu’il faut commencer.',
    reuse:
      'Un mot de passe propre à la messagerie. Changez tout de suite un mot de passe que vous avez utilisé sur plusieurs sites.',
    keep: NEVER_IN_BROWSER,
    more: ['Pour échanger des données de santé, utilisez une messagerie sécurisée de santé (MSSanté).'],
    sources: [WEBINAR, CNIL, 'ANSSI, Guide d’hygiène informatique, mesures n° 10 et 13'],
  },
  {
    id: 'ameli-pro',
    title: 'Ameli Pro',
    why: 'Un compte Ameli Pro piraté peut servir à consulter ou détourner des informations de vos patients.',
    secret: PASSPHRASE,
    mfa: 'Quand c’est proposé, connectez-vous avec la carte CPS ou l’e-CPS plutôt qu’avec un simple mot de passe.',
    reuse:
      'L’Assurance Maladie le demande : un mot de passe spécifique à Ameli Pro, différent de ceux de vos autres sites et comptes.',
    keep: NEVER_IN_BROWSER,
    more: [
      'Chaque mois, consultez vos dernières connexions : Gestion de compte, puis Mon compte, puis Consulter mes derniers évènements.',
      'En cas de doute, changez le mot de passe (fonction « Mot de passe oublié ») et appelez l’assistance Ameli Pro au 3608.',
    ],
    sources: [WEBINAR, CNIL, 'ANSSI, Guide d’hygiène informatique, mesure n° 10'],
  },
  {
    id: 'wifi',
    title: 'Wi-Fi du cabinet',
    why: 'Un Wi-Fi mal protégé laisse un voisin ou un visiteur entrer sur le réseau où circulent les données des patients.',
    secret:
      'Une clé longue et complexe, par exemple une phrase de passe de 7 mots sans accents (une clé Wi-Fi compte 63 caractères au plus : 7 mots y tiennent toujours), avec la sécurité WPA2 ou WPA3 — jamais WEP ni un réseau ouvert.',
    mfa: 'Sans objet pour le Wi-Fi ; protégez en revanche l’accès aux réglages de la box en remplaçant son mot de passe d’origine.',
    reuse:
      'Une clé propre au Wi-Fi du cabinet ; les patients ont un Wi-Fi invités séparé, avec sa propre clé. Changez la clé quand une personne qui la connaissait quitte le cabinet.',
    keep: 'Dans le coffre-fort de mots de passe ; ne l’affichez pas en salle d’attente.',
    more: ['Remplacez la clé Wi-Fi d’origine, inscrite sur la box : toute personne qui a vu l’étiquette la connaît.'],
    sources: [WEBINAR, CNIL, 'ANSSI, Guide d’hygiène informatique, mesures n° 12 et 20'],
  },
  {
    id: 'coffre-fort',
    title: 'Coffre-fort de mots de passe',
    why: 'Il garde chiffrés tous les autres mots de passe derrière un seul : c’est le seul qu’il faut retenir.',
    secret:
      'Une phrase de passe longue, 8 mots ou plus tirés au hasard (88 bits, au-dessus des 80 bits de la CNIL : un coffre-fort copié peut être attaqué sans limite d’essais), que vous n’utilisez nulle part ailleurs.',
    mfa: 'Activez la double authentification si le coffre-fort la propose.',
    reuse: 'Ne la réutilisez jamais, et ne la donnez à personne.',
    keep: 'Dans votre mémoire ; au besoin une copie papier rangée sous clé, jamais près de l’ordinateur.',
    more: [
      'Choisissez un coffre-fort numérique certifié, de préférence par l’ANSSI : la liste des produits certifiés est sur cyber.gouv.fr.',
      'Gardez-y aussi les codes de secours de la double authentification et les clés de chiffrement.',
    ],
    sources: [WEBINAR, CNIL, 'ANSSI, Guide d’hygiène informatique, mesure n° 11'],
  },
];
