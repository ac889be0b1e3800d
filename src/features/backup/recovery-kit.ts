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

const WRITE_HERE = '______________________________________________________________';

/** A line to fill in by hand, under its label. */
function blank(label: string): Content[] {
  return [paragraph(label), { text: WRITE_HERE, margin: [0, 10, 0, 10] }];
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

/**
 * Page 1, for the owner: what the kit is, where to keep it, who to call, in plain words. No file
 * path, no command, no key: those are on the page for the IT provider.
 */
function ownerPage(input: KitInput): Content[] {
  const local = !input.config.databaseUrl;
  return [
    heading('À quoi sert ce kit'),
    paragraph(
      'Hygie garde la trace de la sécurité informatique et de la conformité RGPD (la protection des données personnelles) de votre cabinet : ' +
        'registre, journal des actions, plan d’action. Si votre ordinateur tombe en panne, est volé ou remplacé, ce kit permet de tout retrouver.',
    ),
    heading('Où le ranger'),
    bulletList([
      'Imprimez-le, puis rangez-le sous clé, loin de l’ordinateur : un coffre, un tiroir fermé, ou chez vous.',
      'Ne le photographiez pas et ne l’envoyez pas par e-mail : il ouvre vos données.',
      'Supprimez ensuite le fichier PDF de l’ordinateur.',
      local
        ? 'Gardez vos fichiers de sauvegarde Hygie (.hygie) sur une clé USB ou un disque rangé ailleurs que ce kit.'
        : 'Vos données et leurs sauvegardes sont chez votre hébergeur : ce kit vous dit qui appeler.',
    ]),
    heading('En cas de problème, qui appeler'),
    paragraph(
      local
        ? 'Appelez votre prestataire informatique et donnez-lui ce kit : la page suivante lui explique comment remettre Hygie en service.'
        : `Votre cabinet utilise Hygie hébergé à l’adresse ${input.publicAddress}. Appelez votre hébergeur : il garde la base et ses sauvegardes.`,
    ),
    ...blank(local ? 'Votre prestataire informatique (nom et téléphone) :' : 'Votre hébergeur (nom et téléphone) :'),
    ...(local ? blank('La phrase de passe de vos sauvegardes (Hygie ne la garde pas, écrivez-la au stylo) :') : []),
    heading('Vous n’arrivez plus à vous connecter'),
    bulletList([
      'Mot de passe oublié : demandez au titulaire du cabinet de réinitialiser votre compte.',
      'Téléphone de double authentification perdu : utilisez un de vos codes de secours.',
      local
        ? 'Titulaire bloqué : votre prestataire peut remettre un accès depuis l’ordinateur où Hygie est installé.'
        : 'Titulaire bloqué : votre hébergeur peut envoyer une nouvelle invitation.',
    ]),
  ];
}

/** Page 2, for the IT provider: where the data are, the key, the restore steps. */
function providerPage(input: KitInput): Content[] {
  const { file, keyFile } = sqlitePaths(input.config.dataDir);
  return [
    heading('Pour votre prestataire informatique', { pageBreakBefore: true }),
    keyValues([
      ['Adresse de Hygie', input.publicAddress],
      ['Base de données (chiffrée)', file],
      ['Fichier de la clé', keyFile],
    ]),
    heading('La clé de la base', { level: 2 }),
    paragraph('Sans cette clé, la base est illisible, même pour le cabinet. Ne la transmettez à personne.'),
    { text: keyLine(input.config), style: 'label', margin: [0, 4, 0, 8] },
    heading('Restaurer sur un nouvel ordinateur', { level: 2 }),
    bulletList([
      'Installez Node.js (version 20 ou plus récente) puis Hygie, sans le démarrer.',
      'Copiez le dernier fichier de sauvegarde (.hygie) sur le nouvel ordinateur.',
      'Dans le dossier de Hygie, tapez : node bin/hygie restore CHEMIN/DU/FICHIER.hygie --passphrase-stdin, puis la phrase de passe et Entrée (puis Ctrl+D).',
      'Lancez Hygie (npm start) et vérifiez dans le journal que tout est intact.',
      'Imprimez un nouveau kit de secours : la restauration crée une nouvelle clé.',
    ]),
    paragraph(
      'Si l’ancien ordinateur fonctionne encore, copier tout le dossier de données (la base et sa clé) suffit aussi.',
    ),
  ];
}

/** The "kit de secours": one document to print and keep in the practice's safe. */
export function renderRecoveryKit(input: KitInput): Promise<Buffer> {
  return renderPdf({
    title: 'Kit de secours Hygie',
    subtitle: 'À imprimer et à ranger sous clé.',
    practiceName: input.practiceName,
    documentDate: input.now,
    content: [...ownerPage(input), ...(input.config.databaseUrl ? [] : providerPage(input))],
  });
}
