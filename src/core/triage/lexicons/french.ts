// French word lists for triage: the basics (thanks, greetings, asking for a person, legal threats,
// faults). Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

export const french: Lexicon = {
  functionWords: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'pas', 'ne', 'je', 'j', 'vous', 'nous',
    'mon', 'ma', 'mes', 'votre', 'vos', 'pour', 'avec', 'sur', 'dans', 'qui', 'que', 'quoi', 'comment',
    'quand', 'où', 'pourquoi', 'bonjour', 'bonsoir', 'merci', 'salut', 'depuis', 'hier', 'aujourd', 'hui',
    'plus', 'rien', 'très', 'ça', 'il', 'elle', 'on', 'marche', 'fonctionne', 'ai', 'avez', 'suis',
    'sont', 'au', 'aux', 'mais', 'ou', 'toujours', 'encore', 'jamais', 'beaucoup', 'quel', 'quelle', 'peux',
    'pouvez', 'n', 'qu', 'cette', 'ce', 'sans', 'aide', 'besoin', 'chez', 'moi', 'svp', 'toujours',
  ],
  fillerWords: ['aide', 'problème', 'problèmes', 'info', 'question', 'svp', 'plaît', 'marche', 'fonctionne', 'quelque', 'chose', 'urgent'],
  negators: ['pas', 'ne', 'jamais', 'sans', 'aucun', 'aucune', 'rien', 'personne', 'non', 'ni'],
  phrases: {
    questionStart: {
      match: ['comment', 'quand', 'où', 'pourquoi', 'quel|quelle|quels|quelles', 'combien', 'qui', 'est ce que', 'est il possible', 'puis je', 'pouvez vous', 'peut on', 'y a t il'],
    },
    howTo: { match: ['comment faire', 'comment puis je', 'comment on', 'où puis je', 'est il possible', 'combien coûte'] },
    account: { match: ['rembours*', 'débité deux fois', 'prélevé deux fois', 'on m a prélevé|débité|facturé', 'pas reçu', 'jamais reçu', 'pas arrivé|arrivée', "j'ai payé", "j'ai commandé"] },
    accountWeak: { match: ['ma|mon|mes facture|factures|commande|compte|ligne|carte|contrat|numéro|abonnement|colis|forfait'] },
    complaint: { match: ['honte', 'nul', 'nuls', 'inadmissible', 'inacceptable', 'scandaleux', 'scandale', 'réclamation', 'problème', 'problèmes', 'arnaque*', 'marre', 'déçu|déçue|déçus', 'lamentable', 'personne ne répond'] },
    faulty: {
      match: ['ne marche pas|plus', 'ne fonctionne pas|plus', 'marche pas', 'fonctionne pas', 'en panne', 'panne', 'pas de réseau|connexion|signal|internet|service', "pas d'internet", 'plus de réseau|connexion|internet', "plus d'internet", 'coupure', 'coupé', 'hors service', 'bug', 'bugue', 'très lent|lente', 'ne s allume pas'],
    },
    legal: { match: ['avocat*', 'porter plainte', 'plainte', 'tribunal*', 'justice', 'poursuites', 'action en justice', 'ufc que choisir', 'que choisir', 'médiateur', 'arcep', 'dgccrf', 'mise en demeure'] },
    safety: { match: ['incendie', 'feu', 'fumée', 'brûlé|brûlée|brûle', 'décharge électrique', 'électrocut*', 'explos*', 'blessé|blessée|blessure', 'étincelles', 'danger', 'dangereux'] },
    abuse: { match: ['connard*', 'connasse*', 'enculé*', 'salaud*', 'abruti*', 'débile*', 'crétin*', 'idiot*', 'ta gueule', 'va te faire', 'putain de'] },
    human: { match: ['un humain', 'une vraie personne', 'parler à|avec un|une conseiller|conseillère|humain|agent|opérateur|opératrice|personne|responsable', 'parler à|avec quelqu un', 'pas un bot', 'êtes vous un bot'] },
    thanks: { match: ['merci', 'merci beaucoup', 'je vous remercie', 'remerci*', 'mercii'], except: ['non merci', 'merci pour rien', 'merci de rien'] },
    greeting: { match: ['bonjour', 'bonsoir', 'salut', 'coucou', 'bjr', 'bsr', 'hello'] },
    urgent: { match: ['urgent', 'urgence', 'au plus vite', 'immédiatement', 'tout de suite', 'dès que possible', 'rapidement'] },
    positive: { match: ['super', 'parfait', 'génial', 'excellent', 'top', 'content|contente', 'satisfait|satisfaite', 'résolu', 'fonctionne à nouveau', 'remarche', 'bravo'] },
    negative: { match: ['mauvais', 'mauvaise', 'triste', 'nul', 'catastrophe', 'horrible', 'dommage', 'malheureusement'] },
  },
};
