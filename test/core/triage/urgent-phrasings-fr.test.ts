import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings).traits;
const URGENT: readonly MessageTrait[] = ['safety', 'security', 'legal'];

describe('triageMessage on urgent matters told in everyday French', () => {
  it.each([
    // Une personne à terre, qui respire mal, les secours.
    ["un voyageur s'est effondré sur le quai de la gare et personne de chez vous ne vient", 'safety'],
    ["mon mari respire mal depuis qu'on a mangé dans votre restaurant", 'safety'],
    ['les pompiers sont venus pour la chaudière que votre technicien a posée', 'safety'],
    ["mon fils a fait une crise d'asthme dans la chambre à cause de la moquette moisie", 'safety'],
    // Au volant.
    ["le conducteur du bus regardait des vidéos en conduisant sur l'autoroute", 'safety'],
    ["le livreur sentait l'alcool et a failli renverser un piéton", 'safety'],
    ["mon chauffeur a grillé trois feux rouges avec les enfants à l'arrière", 'safety'],
    // Harcèlement, séquestration, violence.
    ['le chauffeur faisait des remarques sur mon physique pendant toute la course', 'safety'],
    ['il refusait de me laisser sortir de la voiture', 'safety'],
    ['le client a brandi un cutter devant la caissière', 'safety'],
    ["le vigile m'a donné un coup de poing", 'safety'],
    // Monoxyde de carbone.
    ["depuis l'installation du poêle, le détecteur se déclenche toutes les nuits", 'safety'],
    ["odeur bizarre et monoxyde détecté par l'alarme de la chaudière", 'safety'],
    // Intoxication, allergie.
    ['toute la famille a vomi après le repas livré hier soir', 'safety'],
    ["les nuggets étaient pas cuits à l'intérieur, mes enfants en ont mangé", 'safety'],
    ["mon fils a le visage qui enfle depuis qu'il a mangé votre gâteau", 'safety'],
    ['ma fille a fait un oedème de Quincke après votre dessert', 'safety'],
    // Une personne qui dépend du courant ou de la ligne.
    ["ma mère est sous oxygène et vous nous avez coupé l'électricité", 'safety'],
    ["mon père dépend d'un respirateur, la coupure dure depuis ce matin", 'safety'],
    ['le boîtier de téléassistance de ma grand-mère ne fonctionne plus depuis la coupure', 'safety'],
    // Ascenseur, électricité à nu.
    ['nous sommes coincés dans votre ascenseur au 4e étage depuis 20 minutes', 'safety'],
    ['un câble électrique pend au-dessus du trottoir devant votre agence', 'safety'],
    ['un poteau est tombé sur la route depuis la tempête, les fils traînent', 'safety'],
    ['la prise derrière le compteur grésille et noircit le mur', 'safety'],
    // Chute, nuisibles, enfant introuvable, brûlure.
    ['ma grand-mère a glissé sur le carrelage mouillé de votre magasin', 'safety'],
    ["je suis tombée dans l'escalier de la gare, la rampe était cassée", 'safety'],
    ['des cafards sur le comptoir de votre boulangerie', 'safety'],
    ["mon gamin n'est pas descendu du car à son arrêt", 'safety'],
    ['je ne sais pas où se trouve mon fils, il devait être dans le vol de 14h', 'safety'],
    ['une brûlure sur le bras de ma fille à cause du fer à repasser', 'safety'],
    // Les données d'un autre, un intrus dans le compte.
    ["j'ai reçu le RIB d'un autre client avec ma facture", 'security'],
    ["dans mon espace je vois les données d'un inconnu", 'security'],
    ['il y a un numéro de téléphone étranger sur mon compte', 'security'],
    ["virement vers un bénéficiaire inconnu ce matin, je n'ai rien validé", 'security'],
    ['notification : un nouvel appareil a été ajouté à mon compte cette nuit', 'security'],
    ["connexion depuis un ordinateur que je n'ai jamais eu", 'security'],
    ["j'ai jamais communiqué mon code à personne et pourtant", 'security'],
    // Ce que le client n'a pas fait, un compte ou un crédit à son nom, sa carte copiée.
    ["des retraits que j'ai pas autorisés sur mon compte", 'security'],
    ['mon adresse mail a été modifiée sans moi', 'security'],
    ['un crédit a été souscrit à mon nom dans une autre ville', 'security'],
    ['on a utilisé ma carte pour payer un hôtel à Madrid', 'security'],
    ['mon identité a été usurpée pour ouvrir une ligne', 'security'],
    ["ma CB a été clonée alors qu'elle est en ma possession", 'security'],
    // Faux conseillers, messages douteux, colis emporté.
    ["un faux technicien s'est présenté chez ma voisine avec votre logo", 'security'],
    ["on m'a demandé un virement de sécurité au téléphone", 'security'],
    ['ce SMS de livraison vient bien de vous ?', 'security'],
    ["la voisine a vu quelqu'un prendre mon colis devant la porte", 'security'],
  ] satisfies [string, MessageTrait][])('reads "%s" as %s', (text, trait) => {
    expect(traitsOf(text)).toContain(trait);
  });

  it.each([
    // Des figures : une facture « à faire une crise cardiaque », un forfait ou des prix qui « explosent ».
    "cette facture à faire une crise cardiaque, c'est normal ?",
    "j'ai explosé mon quota d'appels ce mois-ci, je peux en racheter ?",
    "le prix de l'électricité a explosé cette année",
    'vous êtes tombés sur la tête avec ces tarifs ?',
    'vous êtes des rats, même pas un repas offert pour 5h de retard',
    'vos cookies sont à vomir tellement ils sont sucrés',
    'prix coup de poing sur les forfaits, j en profite',
    "le réseau s'est effondré pendant le match",
    // Des questions ou des achats inoffensifs.
    'vous avez des détecteurs de fumée en stock ?',
    "puis-je voyager avec mon concentrateur d'oxygène en cabine ?",
    'mon EpiPen est-il autorisé en cabine ?',
    'comment brancher le boîtier de téléassistance sur la Livebox ?',
    'le contrat est bien ouvert à mon nom ?',
    'le détecteur de mouvement de l alarme se déclenche tout seul',
    // Des pannes ou des plaintes, pas un danger.
    "les appels coupent en roulant sur l'autoroute",
    "un avis de passage glissé dans la boîte aux lettres, je n'étais pas là",
    'vous ne voulez pas me laisser sortir de mon contrat ?',
    "il y a une erreur d'adresse dans mon compte",
    'mon nouvel appareil est bien connecté, merci',
    "des brûlures d'estomac après votre burger épicé, mais bon",
    "la valise de ma fille n'est pas arrivée à Nice",
    'mon technicien a changé la box sans moi, c est possible ?',
  ])('does not read "%s" as urgent', (text) => {
    expect(traitsOf(text).filter((trait) => URGENT.includes(trait))).toEqual([]);
  });
});
