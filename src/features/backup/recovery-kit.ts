import fs from 'node:fs';
import type { Config } from '../../config.ts';
import { sqlitePaths } from '../../db/sqlite.ts';
import { bulletList, type Content, heading, keyValues, paragraph, renderPdf } from '../../lib/documents/index.ts';

export interface KitInput {
  practiceName: string;
  config: Pick<Config, 'dataDir' | 'dbKey' | 'databaseUrl'>;
  publicAddress: string;
  now: Date;
}

/** The database key as the kit should show it: the key file's content, or where it comes from. */
function keyLine(config: KitInput['config']): string {
  if (config.dbKey)
    return 'Fournie par la variable HYGIE_DB_KEY : recopiez-la ici à la main : ______________________________';
  const { keyFile } = sqlitePaths(config.dataDir);
  return fs.existsSync(keyFile)
    ? fs.readFileSync(keyFile, 'utf8').trim()
    : 'Fichier de clé introuvable : lancez « hygie doctor ».';
}

function localContent(input: KitInput): Content[] {
  const { file, keyFile } = sqlitePaths(input.config.dataDir);
  return [
    heading('Où sont vos données'),
    keyValues([
      ['Adresse de Hygie', input.publicAddress],
      ['Base de données (chiffrée)', file],
      ['Fichier de la clé', keyFile],
    ]),
    heading('La clé de la base'),
    paragraph(
      'Sans cette clé, la base est illisible, même pour vous. Ne la donnez à personne et ne l’envoyez pas par e-mail.',
    ),
    { text: keyLine(input.config), style: 'label', margin: [0, 4, 0, 8] },
    heading('La phrase de passe des sauvegardes'),
    paragraph('Hygie ne la conserve pas. Écrivez-la ici à la main, au stylo :'),
    { text: '______________________________________________________________', margin: [0, 12, 0, 12] },
    heading('Restaurer sur un nouvel ordinateur'),
    bulletList([
      'Installez Node.js (version 20 ou plus récente) puis Hygie, sans le démarrer.',
      'Copiez votre dernier fichier de sauvegarde (.hygie) sur le nouvel ordinateur.',
      'Dans le dossier de Hygie, tapez : node bin/hygie restore CHEMIN/DU/FICHIER.hygie --passphrase-stdin, puis la phrase de passe et Entrée (puis Ctrl+D).',
      'Lancez Hygie (npm start) et vérifiez dans le journal que tout est intact.',
      'Imprimez un nouveau kit de secours : la restauration crée une nouvelle clé.',
    ]),
    paragraph(
      'Si vous avez encore l’ancien ordinateur, copier tout le dossier de données (la base et sa clé) suffit aussi.',
    ),
  ];
}

function hostedContent(input: KitInput): Content[] {
  return [
    heading('Où sont vos données'),
    paragraph(
      `Votre cabinet utilise Hygie hébergé à l’adresse ${input.publicAddress}. La base et ses sauvegardes sont gérées par votre hébergeur.`,
    ),
    heading('En cas de perte d’accès'),
    bulletList([
      'Mot de passe oublié : demandez au titulaire du cabinet de réinitialiser votre compte.',
      'Titulaire bloqué : contactez votre hébergeur, qui peut envoyer une nouvelle invitation.',
      'Téléphone de double authentification perdu : utilisez un de vos codes de secours.',
    ]),
    heading('Contact de votre hébergeur'),
    { text: '______________________________________________________________', margin: [0, 12, 0, 12] },
  ];
}

/** The "kit de secours": one document to print and keep in the practice's safe. */
export function renderRecoveryKit(input: KitInput): Promise<Buffer> {
  return renderPdf({
    title: 'Kit de secours Hygie',
    subtitle: 'À imprimer et à ranger sous clé. Supprimez ensuite ce fichier de l’ordinateur.',
    practiceName: input.practiceName,
    documentDate: input.now,
    content: [
      heading('Qu’est-ce que Hygie ?'),
      paragraph(
        'Hygie est le logiciel qui garde la trace de la sécurité informatique et de la conformité RGPD de votre cabinet : ' +
          'registre, journal des actions, plan d’action. Ce kit permet de le retrouver après une panne, un vol ou un changement d’ordinateur.',
      ),
      ...(input.config.databaseUrl ? hostedContent(input) : localContent(input)),
    ],
  });
}
