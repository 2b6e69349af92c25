// French word lists for triage. Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

// Une famille séparée en voyage : une panne, et ce dont on remercie par sarcasme (« bravo pour avoir séparé ma famille »).
// Gardée ensemble, ni l'un ni l'autre (« merci de ne pas avoir séparé ma famille »).
const FAMILY_SPLIT = ['séparé|séparée|séparés|séparées|séparer .. famille|enfants|enfant|fils|fille'];
const NOT_SPLIT = 'pas .. séparé|séparée|séparés|séparées|séparer';

export const french: Lexicon = {
  functionWords: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'pas', 'ne', 'je', 'j', 'vous', 'nous',
    'mon', 'ma', 'mes', 'votre', 'vos', 'pour', 'avec', 'sur', 'dans', 'qui', 'que', 'quoi', 'comment',
    'quand', 'où', 'pourquoi', 'bonjour', 'bonsoir', 'merci', 'salut', 'depuis', 'hier', 'aujourd', 'hui',
    'plus', 'rien', 'très', 'ça', 'il', 'elle', 'on', 'marche', 'fonctionne', 'ai', 'avez', 'suis',
    'sont', 'au', 'aux', 'mais', 'ou', 'toujours', 'encore', 'jamais', 'beaucoup', 'quel', 'quelle', 'peux',
    'pouvez', 'n', 'qu', 'cette', 'ce', 'sans', 'aide', 'besoin', 'chez', 'moi', 'svp', 'toujours',
  ],
  markerWords: ['remboursement', 'commande', 'facture', 'panne', 'colis', 'résiliation', 'prélèvement', 'recharge'],
  fillerWords: ['aide', 'problème', 'problèmes', 'info', 'question', 'svp', 'plaît', 'marche', 'fonctionne', 'quelque', 'chose', 'urgent', 'aider', 'aidez', 'pouvez', 'pourriez', 'peux', 'pourrais', 'besoin', 'aurais', 'aurait', 'aurions'],
  negators: ['pas', 'ne', 'jamais', 'sans', 'aucun', 'aucune', 'rien', 'personne', 'non', 'ni'],
  phrases: {
    question: {
      match: [
        'je voudrais savoir', 'j aimerais savoir', 'savez vous', 'pouvez vous me dire', 'quelqu un sait',
      ],
    },
    request: {
      // Un besoin ou une demande dits comme une affirmation : « j'aurais besoin d'aide pour ma facture, merci ».
      // « Merci de vérifier », « merci de me rappeler » : une demande polie, pas un remerciement.
      match: [
        'besoin d|de', 'je voudrais', 'j aimerais', 's il vous plaît|plait', 'svp', 'stp',
        'merci de|d me|m|nous|vérifier|regarder|corriger|rembourser|répondre|rappeler|traiter|faire|envoyer|indiquer|contacter|revenir|résoudre|régler|annuler|arrêter|transmettre',
      ],
      // « Merci de m'avoir aidé » remercie pour ce qui est fait.
      except: ['voudrais remercier|féliciter|dire', 'aimerais remercier|féliciter|dire', 'merci de|d m|me|nous avoir'],
    },
    questionStart: {
      match: [
        'comment', 'quand', 'où', 'pourquoi', 'quel|quelle|quels|quelles', 'combien', 'qui', 'est ce que',
        'est il possible', 'puis je', 'pouvez vous', 'peut on', 'y a t il',
      ],
      // « Quelle honte », « quel bonheur » : une exclamation, pas une question.
      except: ['quel|quelle bonheur|plaisir|joie|honte|horreur|galère|chance|déception|blague|arnaque|bazar|surprise|merveille|catastrophe'],
    },
    howTo: {
      notForModels: [
        'je ne trouve pas .. option|réglage|réglages|bouton|menu',
      ],
      match: [
        'comment faire', 'comment puis je', 'comment on', 'où puis je', 'comment est ce que je', 'comment je peux',
        'comment recharger|payer|changer|modifier|activer|consulter|voir|trouver|configurer|télécharger|utiliser|accéder|obtenir', 'est il possible', 'combien coûte',
        'à l étranger', 'en roaming', 'inclus', 'comprend',
      ],
    },
    account: {
      match: [
        // Trouvés par les sondes (tour 21) : les données en privé, le compte bloqué, les miles pas crédités,
        // une faute dans le nom, une facture, un bébé à ajouter, un trajet à annuler.
        'envoie|envoyer|écris|écrire|passe .. en|par mp|dm|privé', 'compte bloqué|bloquée|suspendu|suspendue',
        'miles|points .. pas .. crédités|apparaissent|ajoutés', 'pas|jamais crédités|créditées|crédité|créditée', 'faute dans le|mon|ma nom|prénom', 'besoin de|d ma|une facture',
        'ajouter .. bébé|bebe|enfant .. réservation|résa|billet', 'annuler|modifier|changer mon|ma trajet|billet|réservation|résa|vol',
        // Son propre dossier ou sa réservation, ou demander à parler en privé : les données vont en DM.
        'numéro de réservation|dossier|ticket', 'ma réservation', 'si vous ne me suivez pas', 'tant que vous ne me suivez pas', 'aide avec|pour ma|une réservation', 'récupérer mon compte', 'écrivez-moi en privé|dm', 'suivez-moi pour|en dm',
        'rembours*', 'débité|débitée|prélevé|prélevée|facturé|facturée|payé deux fois', 'double facturation|prélèvement|débit', 'on m a prélevé|débité|facturé', 'pas reçu',
        'jamais reçu', 'pas arrivé|arrivée', 'j\'ai payé', 'j\'ai commandé', 'numéro de commande', 'numéro client',
        'facturé à tort', 'facture erronée',
        // Un prélèvement contesté en question : « pourquoi le roaming me coûte 40 euros ? », « continue à me prélever ».
        'pourquoi .. me|nous coûte|coûtent|facturez|prélevez|prélève|facture', 'continue|continuent à|de me|nous prélever|facturer|débiter',
        'me|nous coûte|coûtent|coûté .. euros|euro',
      ],
      // Comment marchent les remboursements, en général : « un remboursement ça prend combien de temps ? ».
      except: ['remboursement|remboursements .. combien de temps', 'combien de temps .. remboursement|remboursements'],
    },
    accountItem: {
      notForModels: [
        'pouvez|pourriez vous .. mettre|passer|déplacer|ajouter|changer|regrouper|transférer|prolonger|modifier',
        'je|nous dois|doit|devons|voudrais|voudrions|souhaite|souhaitons|aimerais .. prolonger|changer|modifier|déplacer|ajouter|transférer|regrouper',
      ],
      match: [
        // Trouvés par les sondes (tour 25) : la carte bloquée, les prélèvements qui continuent, une erreur de
        // relevé, rien reçu, un sinistre déclaré.
        'carte .. bloquée|suspendue|refusée', 'continuez|continue|continuent à|de prélever|facturer|débiter', 'prélevez|prélève|prélèvent|facturez .. encore|toujours', 'erreur de relevé|facturation|prélèvement', 'rien reçu', 'sinistre|dossier|réclamation déclaré|ouvert|ouverte|déclarée',
        // Ses données à changer, son argent à récupérer : « je voudrais changer mon adresse de facturation », « quand allez-vous me rembourser ? ».
        'changer|modifier mon|ma|mes adresse|coordonnées|rib|iban|titulaire',
        'mettre à jour mon|ma|mes adresse|coordonnées|rib|iban',
        'allez|va|vont .. me rembourser',
        // Un rendez-vous à lui à déplacer : "pouvez-vous déplacer mon rendez-vous ?".
        'déplacer|décaler|reporter|annuler|changer mon|notre|le rendez|rdv',
        // Son voyage ou son achat : « je dois changer le nom sur mon billet », « la facture de mon achat », « personne ne peut me replacer ».
        'changer|modifier|corriger .. nom .. mon|ma|mes|le|la|du billet|billets|réservation|réservations|vol',
        'facture|factures|reçu|reçus .. mon|ma|mes|notre|nos achat|achats|commande|séjour|réservation|vol|billet|location|chambre',
        'changer|modifier|déplacer|décaler|avancer|reporter mon|ma|mes|notre|nos vol|vols|billet|billets|réservation|réservations',
        'me|nous replacer|replace|replacez|replacent|réacheminer|réacheminez', 'me|nous mettre|mettez .. autre vol',
        // La conversation est déjà privée : « je vous ai envoyé un MP », « regardez vos messages privés ».
        'envoyé|écrit|répondu .. mp|dm|privé', 'vous|vs ai|avons envoyé|écrit .. message|messages|mail|mails', 'regardez|consultez|vérifiez|lisez .. mp|dm|privé|privés|messagerie',
      ],
    },
    accountWeak: {
      match: [
        // Trouvés en essayant : « pouvez-vous vérifier où en est mon dossier ? », « pourquoi m'avez-vous prélevé 5 euros de plus ? ».
        'mon|ma dossier|demande|réclamation|résiliation|remboursement', 'm avez vous prélevé|débité|facturé', 'm ont ils prélevé|débité|facturé',
        'vous m avez prélevé|débité|facturé', 'ils m ont prélevé|débité|facturé',
        'ma|mon|mes facture|factures|commande|commandes|compte|ligne|carte|contrat|numéro|abonnement|colis|forfait|remboursement|paiement|livraison|réservation|solde|box',
        // Son propre engagement : « quand se termine mon engagement ? ».
        'mon|notre engagement|réengagement',
      ],
    },
    complaint: {
      match: [
        'frais de tenue de compte',
        // Une agence qu'on ferme : « trop sympa d'avoir fermé l'agence du village ».
        'fermé|fermer|fermez|fermeture .. agence|agences|guichet|guichets|boutique|boutiques',
        // « j'adore attendre 2 heures au téléphone » : l'attente est la plainte.
        'attendre|attendu|attends|attente .. heures|heure|jours|semaines',
        'renvoie|renvoient|ramène|ramènent .. au début|départ',
        // Un employé qui traite le client comme un chien : « elle m'a parlé comme à un chien ».
        'parlé|parle|parlait comme à|a un chien', 'traité|traitée|traite|traités|traitées comme un|des chien|chiens',
        // Des incapables : « vous êtes tous des incapables ».
        'incapable|incapables|incompétent|incompétents|incompétente|incompétentes',
        // Une facture doublée, des prélèvements après la résiliation, une hausse sans prévenir.
        'le|la double de|que d habitude',
        'facture|factures|prélèvement|prélèvements .. double|doublé|doublée',
        'continuez|continuent .. prélever|facturer|débiter',
        'augmenté|augmentée|augmentés .. sans prévenir|préavis|explication',
        // Faits attendre : « ils m'ont fait attendre 3 heures », « on nous fait attendre ».
        'fait|font|faites attendre',
        // Un concurrent loué, une concession qui dit que ce n'est pas assez, la politesse refusée.
        'contrairement à vous', 'la moindre des choses', 'peu aimable|aimables|professionnel|professionnelle|professionnels', 'pas très aimable|aimables',
        // Ce qui aurait dû se passer : « ça aurait été sympa de prévenir ».
        'aurait été bien|mieux|sympa|gentil|utile|agréable|correct', 'auriez|auraient pu|dû',
        // Une promesse non tenue : « vous aviez dit 2 semaines, ça fait 6 ».
        'aviez|avez|avait|ont dit|promis .. jours|semaines|mois|heures',
        // Le temps d'attente, les changements à répétition et les questions rhétoriques : « ça fait une
        // heure », « la porte a changé 4 fois », « allez-vous un jour répondre ? », « à quoi ça sert ? ».
        'ça|ca fait .. heure|heures|minutes|jours|semaines|mois', 'changé|déplacé|reporté|annulé|retardé .. fois',
        'allez|comptez vous un jour', 'répondre|répondrez|rappeler un jour', 'à quoi ça sert', 'à quoi sert|servent|bon',
        'serait bien|sympa|bon que|si', 'aucune information|info|infos|nouvelle|nouvelles',
        // Personne ne répond : « pourquoi vous ne me répondez pas ? ».
        'ne me|nous répondez|répondent|répond pas|jamais|toujours', 'rebelote', 'et c est reparti', 'ne m|nous avez|a|ont pas|jamais répondu|rappelé',
        'débité|débitée|prélevé|prélevée|facturé|facturée|payé deux fois', 'double facturation|prélèvement|débit',
        // L'aide qui arrive tard n'en est pas : « merci pour la mise à jour... 6 heures plus tard ».
        'heures|jours|semaines|mois plus tard',
        'honte', 'honteux|honteuse', 'nul', 'nulle', 'nuls', 'nulles', 'inadmissible', 'inacceptable', 'scandaleux',
        'scandale', 'réclamation', 'arnaque*', 'marre', 'déçu|déçue|déçus|déçues', 'lamentable',
        // « Merci pour votre cadeau empoisonné »: a gift that harms is never praise.
        'cadeau|cadeaux empoisonné|empoisonnés',
        // Un repas arrivé immangeable : « merci pour les frites froides ».
        'frites|repas|pizza|burger|plat|nourriture|déjeuner|dîner froides|froid|froide|froids|brûlé|brûlée|brûlées|cru|crue',
        'personne ne répond|rappelle', 'minable', 'pitoyable', 'catastrophique', 'catastrophe', 'désastreux',
        // Personne ne les lit : « vous lisez vos messages ? », « quelqu'un lit ça ? ».
        'vous lisez .. messages|mp|dm', 'vous les lisez', 'quelqu un lit .. ça|messages|mp|dm',
        'déception', 'décevant*', 'pas content|contente|contents|satisfait|satisfaite', 'mécontent*', 'insatisfait*',
        'ras le bol', 'raz le bol', 'agacé*', 'énervé*', 'furieux|furieuse', 'en colère', 'dégoûté*', 'écœuré*',
        'pire', 'n importe quoi', 'foutage de gueule', 'se moque|moquez|moquent de', 'se fout|foutez de',
        'aucune réponse|nouvelle|solution', 'pas de réponse|retour|nouvelles', 'sans réponse|nouvelles',
        'toujours rien', 'toujours pas', 'toujours en attente', 'attends depuis', 'ça|ca fait .. que j|nous attend*', 'attends toujours',
        'en attente depuis', 'depuis des jours|semaines|mois', 'depuis .. jours|semaines|mois', 'heures d attente',
        'attente interminable', 'jamais rappelé', 'jamais de réponse', 'raccroché', 'impoli*', 'désagréable*',
        'irrespectueu*', 'mal reçu', 'mal accueilli', 'incompétent*', 'incompétence', 'inutile', 'inutiles',
        'arnaqueurs', 'escroc*', 'escroquerie', 'voleurs',
        'service client .. nul|inexistant|catastrophique|déplorable|lamentable|honteux', 'déplorable', 'pas normal',
        'c est abusé', 'abusé', 'abusif', 'c est du vol', 'trop cher', 'hors de prix', 'frais cachés',
        'encore une fois', 'une fois de plus', 'à chaque fois', 'encore et toujours', 'ça suffit', 'galère',
        'gâché*',
        'traité*|traite|traitent .. de|d|comme .. idiot*|crétin*|débile*|abruti*|con|connard|menteur|voleur',
        'pris pour un|une|des .. idiot*|con|cons|imbécile*|pigeon*', 'on me prend pour', 'vous nous prenez pour',
        'arrêtez de .. appeler|envoyer|harceler', 'démarchage', 'ça ne me plaît pas', 'pas terrible',
        'menacé* de|d',
        'injoignable', 'injoignables', 'impossible à joindre',
        // Des prix qui montent, des dégâts, des frais pour partir.
        'hausse|hausses de prix|tarif|tarifs', 'encore une hausse|augmentation', 'augmentation de prix|tarif|tarifs',
        'technicien|livreur .. cassé|abîmé|endommagé|rayé', 'facturé|facturés|facturée .. frais de résiliation', 'facturé|facturés|facturée .. pénalité|pénalités',
        // Accusés de vol ou de fabriquer pour casser.
        'vous m|nous avez volé', 'vous nous volez', 'vous me volez', 'fait|faite|faits pour casser|tomber en panne', 'obsolescence programmée',
        // Une facture qui double : « pourquoi ma facture est deux fois plus chère ? ».
        'deux fois plus cher|chère|chers|chères|élevé|élevée', 'a doublé', 'ont doublé',
      ],
    },
    problem: {
      match: [
        'problème', 'problèmes', 'souci', 'soucis', 'retard', 'retards', 'incident', 'incidents', 'désagrément*',
        'pb', 'pbs',
        'censé|censée|censés', 'promis', 'promise', 'confus', 'pas clair', 'au lieu de',
        'pas', 'jamais',
      ],
      except: [
        'pas de problème|souci', 'aucun problème|souci', 'sans problème|souci', 'problème|souci .. résolu|réglé',
        'résolu|réglé|régler|résoudre le|mon|ce problème|souci', 'désolé|désolée|désolés pour le retard|désagrément',
        'pas de problème|souci|soucis|quoi', 'pas mal', 'pas grave', 'je ne sais pas', 'sais pas', 'pas sûr|sûre',
        'pas encore', 'pas que', 'pourquoi pas', 'ou pas', 'n hésitez pas', 'pas seulement', 'jamais déçu|déçue',
        'ne vous inquiétez pas',
      ],
    },
    resolved: {
      match: [
        // Tour 24 : « nickel depuis », « impeccable depuis ».
        'nickel|impeccable|parfait depuis', 'ça marche|fonctionne nickel|parfaitement',
        // Dit en bref, sans verbe : « remboursement reçu, merci ! ».
        'remboursement|colis|commande|virement reçu|reçue|arrivé|arrivée',
        'problème résolu|réglé', 'ça remarche', 'remarche', 'fonctionne à|de nouveau', 'marche à|de nouveau',
        'c est réglé|résolu', 'tout est rentré dans l ordre', 'rentré dans l ordre',
        'enfin arrivé|arrivée|reçu|reçue', 'le réseau est revenu', 'rétabli*', 'problème|souci .. résolu|réglé',
        'remboursement|colis|commande est arrivé|arrivée', 'remboursement|colis|commande est bien arrivé|arrivée',
        'j ai reçu .. remboursement|colis|commande',
      ],
      // La moitié de la commande n'est pas la commande arrivée : « seule la moitié de la commande est arrivée ».
      except: ['moitié|partie .. arrivé|arrivée|arrivés|arrivées|livré|livrée', 'moitié|partie .. commande|colis|livraison|paquet'],
    },
    faulty: {
      notForModels: [
        'aussi .. complet|complète|annulé|annulée|supprimé|supprimée',
        'que s est il passé',
        'qu est ce qui s est passé',
        'reprennent|reprend .. ancien|ancienne',
        'reviennent|revient tout|toute seul|seule|seuls|seules',
      ],
      match: [
        // Tour 25 (réponses dans un fil) : ce qui reste en attente, le technicien qui devait passer.
        'toujours|encore en attente|suspens', 'devait|devaient venir|passer|arriver',
        // Tour 24 : le voyant rouge, l'eau marron.
        'voyant rouge', 'voyant .. clignote .. rouge', 'eau marron|trouble|jaune',
        'grève surprise|sauvage',
        // Un repas ou une commande incomplète ou en morceaux : « le menu enfant manque », « 4 verres en miettes ».
        'menu|plat|plats|boisson|boissons|frites|dessert|sauce|article|produit .. manque|manquent', 'en miettes', 'en mille morceaux',
        // Trouvé en essayant : « le signal disparaît dès que je rentre ».
        'signal|réseau|ligne|connexion|wifi|internet .. disparaît|disparait|disparaissent|disparu|disparue|saute|sautent',
        // Un écran qui devient noir : « l'écran devient noir toutes les cinq minutes ».
        'écran|télé|tv|image .. devient|devenu|reste noir|noire|blanc|blanche', 'écran|télé|tv|image .. passe au noir',
        // Une opération qui échoue, un wifi qui « n'arrive même plus au salon ».
        'a|ont encore échoué', 'a|ont de nouveau échoué',
        'a|ont échoué',
        // Un appareil qui flanche : « l'écran clignote », « le mail n'arrive jamais ».
        'clignot*', 'mail|code|sms|lien|colis|commande|passe .. n arrive|arrivent jamais',
        'n arrive|marche|fonctionne|capte|passe même plus',
        // Une box qui redémarre sans arrêt; quelqu'un attendu qui n'est jamais venu, loin du mot « technicien ».
        'redémarre|redémarrent|plante|plantent|coupe|coupent .. sans arrêt', 'redémarre|redémarrent|plante|plantent|coupe|coupent .. en boucle',
        'redémarre|redémarrent|plante|plantent|coupe|coupent .. tout le temps',
        'n est|était jamais venu|venue|passé|passée',
        'tout effacé|supprimé|perdu',
        // Un appareil qui fait tout seul ce qu'il ne devrait pas : "la box redémarre toute seule".
        'redémarre|redémarrent|plante|plantent .. tout|toute|tous|toutes seul|seule|seuls|seules', 's éteint|éteignent .. tout|toute|tous|toutes seul|seule|seuls|seules',
        'se coupe|coupent|déconnecte|déconnectent|rallume|rallument|ferme|ferment .. tout|toute|tous|toutes seul|seule|seuls|seules',
        'colis|commande|paquet|carton .. arrivé|arrivée|livré|livrée ouvert|ouverte|abîmé|abîmée', 'manque|manquent la moitié', 'manque|manquent .. articles|pièces|produits',
        // Trouvés en essayant : « je clique sur payer et rien ne se passe », « j'ai attendu 3 heures pour mes bagages ».
        'clique|cliqué|cliquer|appuie|appuyé|appuyer|tape|tapé .. rien ne se passe|passait', 'rien ne se passe|passait quand .. clique|appuie|tape',
        'attendu|attends|attendre|attente .. heures|heure|minutes pour .. bagage*|valise*',
        'refusé|refuse|refusée|refusés l embarquement', 'refus d embarquement', 'tourne|tournons|tournent au dessus .. depuis',
        'arrivé|arrivée|arrivés|arrivées|livré|livrée .. écrasé*|cassé*|détruit*|mouillé*|déchiré*', 'arrivé|arrivée|arrivés|arrivées|livré|livrée en morceaux',
        // Une livraison ratée : marqué livré mais rien, colis vide, tentative de livraison, suivi bloqué.
        'marqué|indiqué|noté livré|livrée mais', 'colis|boîte|carton .. vide', 'tentative de livraison', 'suivi .. bloqué', 'suivi .. ne bouge',
        'retourné à l expéditeur', 'je n ai rien reçu',
        // Un service coupé d'un coup : « internet s'est arrêté ».
        'internet|réseau|connexion|wifi|fibre|ligne s est arrêté|arrêtée|coupé|coupée|planté|plantée', 'arrêté|arrêtée|coupé|coupée d un coup',
        // Nothing works: "estoy fuera y nada funciona".
        'rien ne marche|fonctionne|charge|marchait|fonctionnait',
        // Un voyage à l'arrêt : « on attend l'équipage depuis 3 heures ».
        'attend* .. équipage|pilote|pilotes|avion|mécanicien|mécaniciens',
        // Posé en question, c'est une panne : « qu'est-ce qui se passe avec le train de 8 h ? ».
        'dormir|dormi|dormons|dormant à|a|dans|sur .. aéroport|porte|terminal|sol|gare|quai',
        'passer|passé|passée la nuit à|a|dans|sur .. aéroport|terminal|sol|gare|quai',
        'mauvaise|mauvaises livraison|livraisons|colis|article|articles',
        'annulé|annulée|annulés|annulées .. sans prévenir|préavis|avertir|explication|prévenir',
        'argent|fonds|salaire .. bloqué|bloqués|bloquée|retenu|retenus|gelé|gelés', 'débloquez|débloquer mon|mes argent|fonds|salaire|compte',
        'qu est ce qui se passe avec', 'que se passe t il avec',
        'déconnecté|déconnectée|déconnectés sans arrêt|constamment', 'déconnecté|déconnectée|déconnectés tout le temps',
        'pas|jamais résolu|résolue|réglé|réglée|réparé|réparée', 'non résolu', 'non résolue',
        'ne marche pas|plus', 'ne fonctionne pas|plus', 'marche pas|plus', 'fonctionne pas|plus', 'en panne',
        // Une panne qui dure encore, ou qui a gâché ce qui était prévu.
        'toujours pas de nouvelles', 'toujours aucune nouvelle', 'pour la deuxième|troisième|quatrième|cinquième|énième fois',
        'vacances|voyage|weekend|mariage|anniversaire|noël .. gâché*', 'gâché .. vacances|voyage|weekend|mariage|anniversaire|noël',
        'panne', 'pannes',
        'pas de réseau|connexion|signal|internet|service|courant|électricité|tv|télé|ligne|wifi|tonalité|fibre',
        'pas d\'internet', 'plus de réseau|internet|connexion|ligne|tv|courant|télé|wifi|électricité|signal',
        // L'eau, le courant ou le gaz qui manquent ou arrivent à peine : « pas d'eau depuis ce matin », « coupure d'eau ».
        'pas|plus|manque d eau|électricité', 'pas|plus de gaz|chauffage', 'sans eau|gaz|chauffage', 'coupure|coupures d|de .. eau|électricité|courant|gaz',
        'coupé|coupée|coupés .. eau|électricité|courant|gaz', 'pression .. faible|basse|insuffisante', 'faible|basse pression',
        'plus d\'internet',
        'sans internet|réseau|ligne|connexion|service|électricité|tv|télé|courant|wifi|téléphone|fibre',
        'aucun réseau|signal', 'coupure', 'coupures', 'coupé',
        'connexion|ligne|réseau|internet|wifi|appel|appels|signal .. saute|sautent|coupe|coupent|tombe|tombent', 'ça|ca coupe', 'hors service', 'hs', 'bug', 'bugs', 'bugue', 'beug*',
        'bugg*', 'plante', 'planté', 'crash*', 'erreur', 'erreurs', 'très lent|lente',
        'connexion|internet|réseau|débit|wifi|appli|application|site .. lent|lente', 'ça rame',
        'débit .. nul|faible|ridicule', 'dysfonctionnement*', 'ne fonctionne pas correctement',
        'ne s allume pas|plus', 'ne charge pas|plus', 'ne s ouvre pas|plus', 'ne se connecte pas|plus',
        'ne répond pas|plus', 'ne démarre pas|plus', 'ne se lance pas|plus', 'ne capte pas|plus', 'capte pas',
        'impossible de|d .. connecter|accéder|payer|télécharger|appeler|commander|installer|ouvrir|utiliser|recharger|activer|naviguer|envoyer|recevoir',
        'arrive pas|plus a|à .. connecter|accéder|payer|télécharger|appeler|commander|installer|ouvrir|utiliser|recharger|activer|naviguer|regarder|envoyer|recevoir',
        'colis|commande|livraison|paquet|valise|valises|bagage|bagages .. perdu|perdue|perdus|perdues|égaré|égarée|égarés|endommagé|endommagée|abîmé|abîmée|bloqué|bloquée',
        'téléphone|portable|mobile|iphone|smartphone|appli|application|compte|carte|ordinateur|console|tablette .. bloqué|bloquée',
        'perdu|égaré .. valise|valises|bagage|bagages|colis',
        // Une valise qu'on cherche ou qui arrive cassée, un vol annulé par la compagnie, un avion à l'arrêt avec nous dedans.
        'où est|sont .. ma|mon|mes|notre|nos valise|valises|bagage|bagages',
        'valise|valises|bagage|bagages|poussette .. cassé|cassée|cassés|cassées|détruit|détruite', 'cassé|abîmé|détruit|endommagé ma|mon|mes|notre|nos .. valise|valises|bagage|bagages|poussette',
        // Des bagages partis ailleurs, un objet oublié à bord : « mes bagages sont partis dans une autre ville », « j'ai oublié ma tablette dans l'avion ».
        'valise|valises|bagage|bagages .. partis|partie|parties|parti|envoyé*|arrivé*|atterri* .. autre|mauvais|mauvaise ville|aéroport|destination|pays|vol',
        'oublié|oubliée|laissé|laissée .. dans|sur l|le|la avion|vol|train|bus|car',
        'vous avez annulé|supprimé mon|notre|nos vol|vols|train|voyage|réservation', 'ils ont annulé|supprimé mon|notre|nos vol|vols|train|voyage|réservation',
        'toujours bloqués|assis|coincés .. avion|piste|porte|train', 'problème|problèmes|incident technique|techniques|mécanique|mécaniques',
        'colis|commande|livraison|paquet .. pas|jamais arrivé|arrivée|livré|livrée|reçu|reçue',
        'colis|commande|paquet|carton .. déchiré|déchirée|mouillé|mouillée|cassé|cassée|écrasé|écrasée|éventré|éventrée',
        'toujours pas reçu|reçue|arrivé|arrivée|livré|livrée', 'pas livré|livrée', 'jamais livré|livrée',
        'jamais arrivé|arrivée', 'livraison .. ratée|échouée', 'mon vol .. annulé|retardé|dérouté',
        'vol annulé|retardé|dérouté', 'annulé|supprimé|supprimée|annulée le|la|mon|notre|du train|tgv|ter|rer|bus|vol|intercités|ouigo|car', 'train|tgv|ter|rer|bus|métro|avion .. annulé|supprimé|retardé|bloqué',
        'train|tgv|ter|rer|bus|métro|avion .. en retard',
        'bagage|bagages|valise|valises .. perdu|perdue|perdus|perdues|égaré*|endommagé*',
        'raté|manqué ma|mon correspondance|vol|train', 'correspondance ratée|manquée',
        'technicien .. pas|jamais venu|passé', 'rendez vous .. manqué|annulé', 'cassé|cassée|cassés|cassées',
        'défectueu*', 'abîmé*', 'endommagé*', 'écran noir', 'réseau .. nul|inexistant|absent',
        'box .. clignote|rouge|morte',
        'disparu*', 'quand .. revient|reviendra|rétabli*',
        'depuis la mise à jour', 'après la mise à jour', 'depuis la maj',
        'h|heures|heure|minutes|min de retard', 'encore .. retard', 'retard de .. h|heures|heure|minutes|min',
        // Disruption told by its symptoms (as in English): bloqués sur le tarmac, toutes ces annulations, ma réservation a disparu.
        'bloqués|bloqué|bloquées|coincés|coincé|coincées|enfermés .. sur le|la tarmac|piste', 'bloqués|bloqué|coincés|coincé .. dans l avion',
        'toutes ces annulations', 'tant d annulations', 'tous ces retards', 'tant de retards',
        // L'ironie les enrobe souvent (« j'adore comment l'appli me déconnecte »).
        'me déconnecte|déconnectent', 'wifi|internet|ligne|box|routeur|réseau|signal|appli .. mort|morte|lâche', 'wifi|internet|ligne|box|routeur|réseau|signal|appli .. a lâché',
        // « Rame » seul est aussi le cuivre italien (« la fibra è più veloce del rame ») : avec ce qui rame.
        'ça|ca|internet|connexion|wifi|appli|application|réseau|box|site|ordi|pc|téléphone|tel|jeu|tout .. rame', 'rament', 'ramait',
        'je l ai déjà fait|essayé', 'je l ai fait et|mais', 'ça dit|indique|affiche toujours .. incorrect|incorrecte|erreur|invalide',
        // Trouvés en essayant : « le site tourne dans le vide », « le distributeur a avalé ma carte », « seule la moitié est arrivée ».
        'tourne|tournent|tournait dans le vide', 'avalé|avale|gardé|bloqué ma|la carte', 'perdu toutes les chaînes', 'perdu tous les programmes|réglages|contacts',
        'tapis .. trempé*|mouillé*|cassé*|déchiré*|éventré*|ouvert*', 'valise|valises|bagage|bagages .. trempé*|déchiré*|éventré*|défoncé*',
        'livreur|chauffeur|coursier .. annulé|annule|annulait', 'arrivé|arrivée|arrivés|arrivées|livré|livrée froid|froide|froids|froides', 'manquait|manquaient la moitié',
        'ne charge plus', 'ne s allume plus', 'ne se connecte plus', 'seule|seulement la moitié', 'seule|seulement une partie', 'clim|climatisation|chauffage .. coupée|coupé|en panne|éteinte|éteint|hs', 'on étouffe', 'on crève de chaud|froid',
        ...FAMILY_SPLIT,
      ],
      except: [
        'ne redémarre|redémarrent|plante|plantent|coupe|coupent plus',
        'par erreur', 'mon erreur', 'hs code',
        NOT_SPLIT,
      ],
    },
    security: {
      notForModels: [
        'bloquez|bloquer .. carte|cartes|compte|comptes',
        'que je ne fais|passe|valide pas',
        'j ai cliqué .. lien',
        'je n ai jamais changé|modifié|donné|communiqué',
      ],
      match: [
        // Tour 23 : des paiements qu'on ne reconnaît pas, le code donné, un compte vidé, un faux site à votre nom.
        'reconnais rien', 'reconnais pas ces|ce|les paiement|paiements|achats|achat|prélèvements', 'donné|donne le|mon code|mot de passe',
        'compte vidé', 'avec votre logo', 'à votre nom', 'faux site|compte|profil', 'fausse page|appli|annonce',
        // Trouvés en essayant : « on m'a appelé de votre part pour me demander mon code ».
        'de votre part .. demander|demandant|demandé|réclamer|réclamant .. code|codes|pin|identifiant|identifiants|coordonnées',
        'en votre nom .. demander|demandant|demandé|réclamer|réclamant .. code|codes|pin|identifiant|identifiants|coordonnées',
        'livrée|livrées|livré|livrés|envoyée|envoyé à une adresse que je ne connais pas',
        'se faisant passer pour', 'prétendant être de|du',
        // Signes que quelqu'un d'autre est dans le compte : un code que personne n'a demandé, un numéro transféré.
        'code|codes|otp .. je n ai pas demandé*', 'sms|texto|textos|code|codes .. sans rien demander', 'sms|texto|textos|code|codes .. sans avoir rien demandé', 'code|codes|otp .. jamais demandé', 'mon numéro .. porté|transféré',
        // Des prélèvements jamais faits, une SIM transférée : « 3 prélèvements que je n'ai jamais faits ».
        'n ai jamais faits|faites|autorisé|autorisés|autorisée|autorisées|effectués|effectuées', 'sim a été transférée|basculée|déplacée',
        // Un message en notre nom qui demande des secrets : hameçonnage.
        'demande|demandait|demandent|demandant .. mot de passe', 'demande|demandait|demandent|demandant .. code pin|secret',
        'demande|demandait|demandent|demandant .. identifiants', 'demande|demandait|demandent|demandant .. coordonnées bancaires',
        'piraté|piratée|piratés|piratées', 'piratage',
        // Un message qui se fait passer pour l'entreprise.
        'se faisant|faisaient|faisait passer pour', 'se fait|font passer pour',
        'compte|mail|profil|messagerie .. piraté*|volé*|compromis|usurpé*',
        'quelqu un .. utilis*|pay*|command*|achet*|accéd*|débit*|pris|chang*|retir*', 'ce n est pas moi', 'quelqu un .. a accès',
        'on m a volé .. téléphone|portable|mobile|sim', 'téléphone|portable|mobile .. volé',
        'c est pas moi',
        'prélèvement|paiement|achat|achats|débit|transaction|transactions|commande .. non autorisé*|inconnu*|frauduleu*|suspect*',
        'que je n ai pas fait*|autorisé*|effectué*|commandé*', 'je ne reconnais pas', 'fraude', 'frauduleu*',
        'usurpation d identité', 'vol d identité', 'hameçonnage', 'phishing',
        'sms|mail|email|appel|message .. frauduleu*|suspect*|faux|fausse|arnaque', 'carte clonée', 'sim swap*',
        'carte sim .. dupliquée|clonée|volée', 'portabilité .. sans', 'portabilité non demandée',
        'sans mon accord|consentement|autorisation', 'fuite de données',
        'données .. vendues|divulguées|volées|piratées|partagées',
        'vendu|donné|divulgué|transmis|partagé .. mes données|coordonnées',
        'vendu|donné|divulgué|transmis|partagé .. mon numéro', 'colis volé', 'activité suspecte',
        'connexion suspecte',
        'factures|facture|données|commandes|compte|paiements|adresse|appels d une autre personne', 'factures|facture|données|commandes|compte|paiements|adresse|appels de quelqu un d autre',
        'factures|facture|données|commandes|compte|paiements|adresse|appels d un autre client|utilisateur',
        // Des miles dépensés par un autre, les documents d'une autre personne sous les yeux.
        'utilisés|utilisé|utilisée|utilisées|dépensés|dépensé|échangés par quelqu un d autre',
        'embarquement|passeport|commandes|commande|réservation|billet|billets .. d une autre personne',
        // Les papiers, la facture ou le RIB d'un autre client sous les yeux : « la facture d'une autre cliente »,
        // « la pièce d'identité d'une certaine Nathalie ».
        'rib|iban|identité|voyages|réservations|données|coordonnées|facture|factures|commandes|contrat|informations d un|une autre client|cliente|abonné|abonnée|utilisateur|utilisatrice|passager|passagère|personne|famille',
        'rib|iban|identité|voyages|réservations|données|coordonnées|facture|factures|commandes|contrat|informations|adresse|nom d un|une certain|certaine|inconnu|inconnue',
        // Quelqu'un d'autre dans le compte : son adresse, son profil, un appareil ou un bénéficiaire inconnus.
        'il y a .. profil|profils|appareil|appareils|adresse|mail|email|numéro|nom|iban|rib .. dans|sur mon|ma compte|espace|profil|appli',
        'appareil|appareils|iban|bénéficiaire|bénéficiaires|marchand|marchands|commerçant|commerçants|profil|profils .. inconnu|inconnue|inconnus|inconnues',
        'nouvel|nouveau appareil|appareils .. autorisé|autorisés|ajouté|ajoutés',
        'appareil|appareils|téléphone|ordinateur|tablette .. que je n ai jamais|pas eu|possédé', 'appareil|appareils|téléphone|ordinateur|tablette .. que j ai jamais|pas eu|possédé',
        'donné|donnés|communiqué|communiqués|partagé|partagés|transmis .. accès|identifiants|codes|code|passe à|a personne',
        // Ce que le client n'a pas fait, dit sans « ne » : « des colis que j'ai pas commandés ».
        'que j ai pas|jamais autorisé*|effectué*|commandé*|demandé*|souscrit*|validé*', 'que je n ai jamais autorisé*|effectué*|commandé*|demandé*|souscrit*|validé*',
        'passe|mail|email|adresse|numéro|iban|rib|identifiant|identifiants|coordonnées|compte|contrat|offre|forfait .. changé|changée|changés|modifié|modifiée|modifiés|transféré|transférée|transférés|activé|activée|validé|validée sans moi',
        // Un abonnement, une ligne ou un crédit ouverts au nom du client par un autre.
        'abonnement|abonnements|contrat|contrats|crédit|crédits|prêt|compte|comptes|ligne|lignes|sim|carte .. ouvert|ouverte|ouverts|activé|activée|activés|souscrit|souscrite|créé|créée|créés|pris|prise à|a mon nom',
        'on|m a utilisé|utilisée|usurpé|volé mon|ma|mes identité|nom|carte|rib|iban|coordonnées', 'qu|que on .. utilise|utilisé|utilisait|usurpe|usurpé mon|ma identité|nom',
        'identité .. usurpée|volée',
        // Une carte copiée alors qu'elle est dans la poche du client.
        'carte|cb .. copiée|clonée|piratée|dupliquée|skimmée', 'carte .. en ma possession', 'carte est|était .. dans mon|ma portefeuille|poche|sac',
        // Un faux conseiller, un « virement de sécurité », un message dont on se demande s'il vient de nous.
        'faux|fausse conseiller|conseillère|conseillers|banquier|banquière|banque|agent|technicien|livreur|policier|gendarme|service|support|site|sms|mail|email',
        'virement|virements de|d sécurité|sécurisation', 'c est vous ou pas|non', 'vient|viennent|venait bien de|chez vous',
        'c est bien vous qui .. envoyé|appelé|écrit',
        // Un colis qu'on voit emporter.
        'vu|vue quelqu un .. prendre|voler|piquer|embarquer|emporter', 'vu|vue qqn|qn|quelqu1 .. prendre|voler|piquer|embarquer|emporter',
        'colis|paquet|paquets .. volé|volée|volés|dérobé|dérobée|dérobés',
        'qqn|qn .. utilis*|pay*|command*|achet*|accéd*|débit*|pris|chang*|retir*',
      ],
      except: [
        // The app asking for a password is a log-in, not phishing.
        'appli|application|site|page .. demande|demandait|demandent|toujours',
        // Son propre nom, ou une question sur le nom au contrat : « le contrat est bien ouvert à mon nom ? ».
        'bien ouvert|ouverte|activé|activée|souscrit|souscrite|créé|créée|pris|prise à|a mon nom',
        'être|etre ouvert|ouverte|activé|activée|souscrit|souscrite|créé|créée|pris|prise à|a mon nom',
        'il y a mon|ma|mes|bien', 'il y a une|des erreur|erreurs|faute|fautes',
      ],
    },
    cancelAsk: {
      match: [
        'comment .. arrêter|stopper l|mon|mes abonnement|abonnements|contrat',
        'comment .. résilier|résilie|résiliation', 'comment .. me désabonner|désabonne|désinscrire',
      ],
    },
    churn: {
      notForModels: [
        'pourquoi je reste|resterais', 'pourquoi je suis encore|toujours',
        'offres|offre meilleures|meilleure', 'offres|offre moins chères|chère',
        'qu est ce que vous me|nous proposez',
        'choix|décision .. facile',
      ],
      match: [
        // Tour 24 : « je ne le renouvelle pas », « la goutte d'eau ».
        'ne le|la|les renouvelle|renouvellerai pas', 'goutte d eau',
        // Tour 22 : le RIO demandé, la nouvelle banque, l'offre de fidélité refusée, « bon vent », la carte découpée.
        'rio .. demandé', 'ma nouvelle banque|box|assurance', 'mon nouvel|nouveau opérateur|fournisseur|conseiller',
        'pouvez garder|gardez votre|vos offre|offres|fidélité', 'bon vent', 'découpé|découpée|coupé|coupée .. carte', 'carte de fidélité .. découpée|découpé|coupée|jetée|déchirée',
        // Partir envisagé : « je ne renouvelle pas », « je pense sérieusement à partir », « une raison de rester ».
        'ne renouvelle|renouvellerai pas',
        'pense|pensais|songe|réfléchis .. à partir|résilier|quitter',
        'raison|raisons de rester',
        'à partir de maintenant je vole|voyage|prends|réserve|achète|vais', 'à partir d aujourd hui je vole|voyage|prends|réserve|achète|vais', 'désormais je vole|voyage|prends|réserve|achète|vais', 'goutte d eau qui fait déborder',
        'arrêté de voler|commander|acheter avec|chez',
        'je résilie', 'résilier', 'résiliation', 'je vais résilier', 'résilie', 'je change d opérateur|fournisseur',
        'je change de banque|fournisseur|compagnie', 'changer d opérateur', 'je pars chez',
        'je pars à la concurrence', 'je passe chez', 'je vais chez', 'je vous quitte', 'plus jamais',
        'dernière fois que', 'un autre opérateur|fournisseur', 'autre opérateur|fournisseur|banque|compagnie',
        'vous avez perdu un client', 'perdu un client', 'adieu', 'je ne recommande pas', 'je déconseille', 'à fuir',
        'dernier vol|voyage|achat avec|chez vous', 'dernière commande avec|chez vous', 'vous m avez perdu comme client|cliente',
        'avec une autre compagnie|enseigne|entreprise', 'j y réfléchirai à deux fois', 'je désinstalle|supprime l|votre appli|application',
        // Partir dit comme un verdict : « vous ne me reverrez plus », « j'ai demandé mon RIO », « je regrette d'être passé chez vous ».
        'ne me|nous reverrez plus', 'demandé mon|le rio', 'engagement|contrat .. fini|terminé je pars|résilie',
      ],
      except: [
        'comment .. résilier|résiliation', 'puis je résilier', 'délai de résiliation',
        // Qui passe chez nous arrive, il ne part pas : « je passe chez vous ».
        'passe|passer|passons|viens|venir|venons chez vous|lumo',
      ],
      // Le regret d'être venu chez nous, que les exceptions ci-dessus lisent comme une arrivée.
      despite: [
        'regrette|regretté|regrettons .. passé|passée|passés|venu|venue|venus chez vous|lumo',
      ],
    },
    ironic: {
      match: [
        'merci pour rien', 'merci pour absolument|vraiment rien', 'merci beaucoup pour rien', 'merci du cadeau', 'c est ça oui', 'encore bravo', 'bravo bravo', 'chapeau bas',
        'quelle surprise', 'sans surprise', 'merci hein', 'merci beaucoup hein',
      ],
    },
    praise: {
      match: [
        'bravo', 'super', 'parfait', 'génial', 'excellent', 'merveilleux', 'formidable', 'magnifique',
        'impeccable', 'au top', 'chapeau', 'félicitations', 'bon travail', 'beau travail', 'très efficace',
        'efficace', 'réactif*', 'sympa', 'adorable', 'agréable', 'aimable', 'les meilleurs', 'le meilleur',
        'j adore', 'je vous adore', 'satisfait|satisfaite', 'ravi|ravie',
        'très|trop|super content|contente|contents', 'je suis content|contente',
        'toujours un plaisir', 'un plaisir de voler|voyager avec', 'j ai hâte de voler|partir|voyager|tester', 'vol tranquille|parfait|ponctuel', 'j apprécie beaucoup',
      ],
      except: [
        'pas satisfait|satisfaite|content|contente',
      ],
    },
    ironyLead: {
      match: [
        'j adore quand|comment', 'trop bien', 'quel plaisir', 'quel bonheur', 'c est beau', 'heureusement que',
        'vive', 'vivement', 'on adore', 'merci beaucoup', 'merci bien', 'mille mercis',
      ],
    },
    ironyTarget: {
      match: [
        // Un prix qui augmente, salué (tour 25) : « merci pour le sms “votre forfait évolue” = +4€/mois ».
        'augmenté|augmentée|augmentez|augmentent .. prix|forfait|tarif|facture|abonnement|prime|mensualité', 'augmentation|hausse du|des prix|forfait|tarif|abonnement', 'augmentation|hausse de la facture|prime|mensualité',
        // Merci « de m'avoir facturé » : personne ne remercie pour un prélèvement ; « de ne pas m'avoir facturé », si (l'exception).
        'm|nous avoir facturé|prélevé|débité|compté',
        'rappeler pourquoi', 'réussi à perdre|casser|annuler',
        // Des heures passées quelque part, une nuit par terre, une occasion ratée : « merci pour les 5 heures à Roissy ».
        'les .. heures à|a|en|au|sur|dans', 'nuit|nuits .. sol|terre|aéroport|gare|terminal', 'fait rater|manquer|perdre',
        // « Merci pour le siège à côté des toilettes », « pour la surprise sur la facture ».
        'côté des|du toilettes|wc', 'surprise|surprises .. facture|prélèvement|compte',
        // L'attente elle-même : « merci, trois semaines pour un modem ».
        'heures|jours|semaines|mois pour un|une|le|la|l|les|recevoir|activer|installer|réparer|répondre',
        'avoir fait attendre', 'avoir perdu|laissé|oublié|annulé', 'faire attendre', 'le retard', 'l attente',
        'annul*', 'perdu|perdre', 'gâch*', 'heures|jours|semaines|mois .. attente|retard',
        'heures|jours|semaines|mois pour un|une|le|la|l|mon|ma technicien|remboursement|réponse|livraison|réparation|installation|activation',
        // Un jour spécial passé là où personne ne veut être : « mon anniversaire à l'aéroport ».
        'anniversaire|noël|vacances .. à l aéroport', 'anniversaire|noël|vacances .. à la gare', 'lune de miel .. à l aéroport',
        ...FAMILY_SPLIT,
      ],
      except: ['pas m|nous avoir facturé|prélevé|débité|compté', NOT_SPLIT],
    },
    resolution: {
      match: [
        'aide', 'aider', 'résol*', 'régl*', 'répar*', 'rembours*', 'réponse', 'répondu', 'rapidité', 'réactivité',
        'patience', 'gentillesse', 'info*', 'explication*', 'retour', 'rappel*', 'excuses', 'geste commercial',
        'dépann*',
      ],
    },
    claim: {
      match: [
        'service client', 'service clients', 'sav', 'assistance', 'rapide', 'illimité*', 'garanti*', 'gratuit*',
        'fibre', 'très haut débit', 'offre', 'qualité', 'premium', 'service',
      ],
    },
    supposition: {
      // « Si » seul est aussi « tellement » (« si lent ») : la supposition commence par qui ou quoi est supposé.
      match: [
        'si mon|ma|mes|le|la|les|l|je|j|on|nous|vous|un|une|votre|vos|notre|nos|elle|elles|ca|jamais|par',
        's il|ils', 'au cas ou', 'en cas de', 'dans le cas ou',
      ],
      except: [
        'meme|comme si', 'si vous pouviez|pourriez|pouvez|plait',
        // Quoi faire, demandé par qui le vit : « comment je recharge si ma carte est toujours refusée ? ».
        'comment .. si', 'que faire si', 'je fais quoi si',
        // Dit au passé, c'est arrivé : « suis-je remboursé si mon vol a été annulé ? ».
        'si .. ete|etait',
        // Une question sur ce qui est, pas une supposition : « pouvez-vous vérifier si mon train est annulé ? ».
        'savoir|voir|verifier|dire|demande|demandais|confirmer .. si',
      ],
    },
    contrast: {
      match: [
        'mais', 'cependant', 'pourtant', 'malheureusement', 'dommage', 'même si', 'bien que', 'par contre',
        'sauf que', 'seul bémol',
      ],
    },
    statusClaim: {
      match: [
        'destinataire absent', 'destinataire avisé', 'absent', 'avisé',
        'livré*', 'résolu*', 'terminé*', 'clôturé*', 'en cours de livraison', 'expédié*', 'en route', 'bientôt', 'remboursé*'],
    },
    quoteIntro: {
      match: [
        'dit', 'affiche', 'indique', 'message', 'erreur', 'marqué',
      ],
    },
    legal: {
      match: [
        // Une protestation publique va tout de suite à une personne, comme une menace juridique : « la presse en entendra parler ».
        'à la presse', 'la presse en entendra', 'la presse le saura', 'aux médias', 'aux journaux', 'à un|aux journaliste|journalistes', 'mon député', 'ma députée', 'le publier|publierai|partager|partagerai partout',
        'avocat*', 'porter plainte',
        // « ma plainte au service client » est une réclamation : la plainte qui compte est déposée
        // ou portée, contre quelqu'un ou auprès de la police.
        'déposer|déposé|dépose|déposée|porté|portée plainte', 'plainte contre', 'plainte .. police|gendarmerie|commissariat|cnil|dgccrf|procureur', 'tribunal*', 'justice', 'poursuites', 'action en justice', 'ufc que choisir', 'que choisir', 'médiateur', 'arcep', 'dgccrf', 'mise en demeure', 'dgac'
      ],
    },
    safety: {
      match: [
        // Tour 23 : un gonflement après un produit, la dialyse à domicile.
        'je gonfle', 'ça gonfle', 'visage|lèvres|gorge|langue .. gonfle|gonflé|gonflée|gonflent|gonflées', 'dialyse à domicile',
        // Trouvés en essayant : « votre livreur a failli renverser mon fils ».
        'failli .. renverser|écraser', 'presque .. renversé*|écrasé* mon|ma|mes|notre|nos|un|une',
        // Un câble du réseau qui pend là où passent les gens : « le câble de votre armoire pend sur le trottoir ».
        'câble|câbles .. pend|pendent|pendant .. trottoir|rue|poteau|école|sol',
        'perdu mon|notre fils|enfant à|dans l|la|le aéroport|gare|avion|train|magasin', 'perdu ma|notre fille à|dans l|la|le aéroport|gare|avion|train|magasin',
        'je ne trouve plus mon|ma fils|fille|enfant',
        // Une batterie gonflée peut prendre feu.
        'batterie|batteries .. gonflée|gonflées|gonflé|gonfle', 'batterie|batteries de|du|des .. a|ont gonflé',
        'harcèle|harcelait|harcèlent .. passagers|passagères|gens|filles|enfants', 'défibrillateur', 'gens|passagers|tout le monde|enfants hurlaient|criaient',
        'menace|menaçait|agresse|agressé .. hôtesse|hôtesses|équipage|chauffeur|pilote|personnel', 'zigzaguait|zigzague',
        // Un danger demandé calmement : la cabine sent le kérosène, un enfant qui s'est cogné la tête,
        // un passager qui touche une enfant, des freins qui lâchent, une allergie ignorée.
        'sent|sente|sentait|odeur le|de kérosène|carburant|essence|brûlé|fumée', 'cogné|tapé la tête',
        'toucher|touche|touché|tripote* ma|mon|notre fille|fils|femme|enfant',
        'freins|frein .. lâchent|lâché', 'freins|frein .. ne marchent|marche', 'malgré .. allergie|allergique|allergies',
        'incendie', 'feu', 'fumée', 'renvers* .. brûlant|brûlante|bouillant|bouillante', 'ébouillant*', 'brûlé|brûlée|brûle', 'décharge électrique', 'électrocut*', 'explos*',
        'blessé|blessée|blessure', 'étincelles', 'danger', 'dangereux',
        'intoxication', 'intoxiqué*', 'réaction allergique', 'menacé*', 'agressé*',
        'craint|peur pour ma|notre vie', 'allergique|allergiques|allergie .. servi|servie|servis|donné|donnée',
        'allergique|allergiques|allergie .. sans prévenir|avertir', 'allergique|allergiques|allergie .. a servi|servie|servis|donné|donnée',
        // À bord ou sur la route : une urgence, une personne qui fait un malaise ou reste sans aide,
        // un conducteur pas en état, une odeur de carburant.
        'atterrissage d|en urgence', 'atterrissage forcé', 'évacué*', 'évacuation', 'évanoui*', 'fait un malaise',
        'perdu connaissance', 'inconscient*', 'crise cardiaque', 'crise d épilepsie',
        'pilote|commandant|chauffeur|conducteur .. ivre|saoul|soûl|bourré', 'odeur de carburant|kérosène|essence|gaz',
        'excès de vitesse', 'conduite dangereuse', 'fauteuil roulant .. oublié*|abandonné*|laissé*|seul|seule',
        'démence', 'alzheimer', 'harcelé*', 'harcèlement',
        'insuline|médicaments .. perdu*|volé*|égaré*', 'perdu*|volé*|égaré* .. insuline|médicaments',
        'sans mon|ma|mes insuline|médicaments', 'sans insuline|médicaments',
        'mineur|mineurs non accompagné* .. seul|seule|personne|perdu*|oublié*',
        'sûr de voler|voyager|conduire', 'bruit|bruits .. moteur|moteurs|réacteur|réacteurs', 'moteur|réacteur .. bruit|bruits|vibre|vibrait|fumée',
        'bagarre à bord', 'bagage|sac|valise|colis sans surveillance', 'bagage|sac|valise|colis abandonné|abandonnée', 'remise des gaz', 'atterrissage .. annulé|avorté|interrompu',
        'accident de la route|voiture', 'eu un accident', 'percuté|percutée|embouti|emboutie', 'coup du lapin',
        // Un danger dit simplement : une odeur de gaz, des menaces, une seringue, des portes ouvertes
        // en marche, une sortie de secours bloquée, un hublot fissuré, un objet tombé sur un enfant.
        'sent le gaz|brûlé', 'odeur de brûlé', 'seringue', 'seringues',
        'menace|menaçait|menaçant .. passagers|voyageurs|personnes|clients|enfants', 'allergie .. ignorée',
        'porte|portes .. en marche', 'conducteur|chauffeur .. au téléphone', 'conducteur|chauffeur .. sur son portable', 'conducteur|chauffeur .. envoyait des messages',
        'sortie|sorties de secours .. bloquée|bloquées|cassée|cassées|fermée|fermées', 'fissure|fissures sur|dans .. hublot|aile', 'fissure|fissures sur|dans .. pare brise',
        'hublot fissuré', 'pare brise fissuré', 'tombé|tombée sur mon|ma fils|fille|bébé|enfant',
        // Une personne à terre ou qui respire mal, les secours appelés.
        'monsieur|dame|homme|femme|passager|passagère|voyageur|voyageuse|personne|enfant|bébé|mari|père|mère|papa|maman|fils|fille .. effondr*',
        'respire|respirait|respirer mal', 'ne respire|respirait plus', 'respire|respirait plus', 'mal à|a respirer', 'difficulté|difficultés à|a respirer',
        'arrive|arrivait pas|plus à|a respirer', 'crise d|de asthme', 'aux urgences', 'pompiers', 'samu', 'ambulance',
        // Un conducteur au téléphone, qui a bu ou qui grille les feux.
        'fait|faisait|passe|passait|envoie|envoyait|regarde|regardait|écrit|écrivait|tape|tapait .. appel|appels|vidéo|vidéos|sms|messages|textos|téléphone|portable .. en roulant|conduisant', 'volant d une main', 'lâche|lâchait|lâché le volant',
        'chauffeur|conducteur|pilote|livreur|il .. sent|sentait|puait|pue l alcool', 'alcool au volant',
        'endormi|endormait|endort|dormait|somnolait .. volant',
        'grillé|grille|grillait|brûlé|brûle|brûlait .. feu|feux rouge|rouges', 'feu|feux rouge|rouges grillé|grillés',
        // Harcèlement sexuel, une personne qu'on ne laisse pas sortir.
        'commenté|commentait|commente|commentaires|remarques|réflexions .. corps|physique|poitrine|seins|fesses', 'attouchement*', 'agression sexuelle',
        'mains baladeuses', 'main aux fesses|cuisses|seins', 'main sur les fesses|cuisses|seins', 'pas|plus .. me|nous laisser sortir', 'refus* de me|nous laisser sortir',
        // Monoxyde de carbone : un détecteur qui sonne, toute la famille qui a mal à la tête.
        'monoxyde', 'détecteur|détecteurs .. sonne|sonnent|sonnait|sonnaient|déclenche|déclenché', 'tous|toutes|famille .. mal à|a|au .. tête|crâne',
        // Intoxication alimentaire, réaction allergique.
        'vomi|vomissement|vomissements|vomissait|vomissent', 'poulet|volaille|porc|viande|nuggets .. pas|mal .. cuit|cuite|cuits|cuites',
        'lèvres|lèvre|visage|gorge|langue|yeux|paupières .. gonfl*|enfl*', 'choc anaphylactique', 'anaphyla*', 'œdème', 'oedème', 'injection|piqûre d|de adrénaline',
        'utilisé|utiliser|injecté|injecter|piqué|piquer .. épipen|anapen|adrénaline',
        // Une personne qui dépend du courant ou d'une ligne pour être secourue.
        'téléassistance', 'bracelet|médaillon|pendentif|collier|boîtier d|de alerte|urgence|détresse|téléassistance',
        'sous assistance respiratoire', 'sous oxygène|respirateur|dialyse', 'dépend|dépendent|dépendant|dépendante|branché|branchée .. appareil|machine|oxygène|respirateur|dialyse',
        'risque|pronostic vital',
        // Coincé dans un ascenseur.
        'bloqué|bloquée|bloqués|bloquées|coincé|coincée|coincés|coincées|enfermé|enfermée|enfermés|enfermées dans l|un|votre|cet ascenseur',
        // Du courant à nu : fils dénudés, poteau à terre, prise qui grésille.
        'fil|fils|câble|câbles .. dénudé|dénudés|dénudée|dénudées', 'poteau|poteaux .. couché|couchés|tombé|tombés|arraché|arrachés|cassé|cassés',
        'poteau|poteaux .. à|a|par terre', 'câble|câbles|fil|fils|ligne|lignes électrique|électriques .. tombé|tombée|tombés|tombées|arraché*|pend|pendent',
        'câble|câbles|fil|fils|ligne|lignes électrique|électriques .. à|a|par terre',
        'prise|prises .. grésill*|étincelle*|fondu|fondue|noirci*|brûlant*', 'tableau électrique .. grésill*|étincelle*|fondu|noirci*|brûlant*', 'chargeur .. grésill*|étincelle*|fondu|noirci*',
        // Une chute.
        'glissé|glissée|glissés|glissées sur .. flaque|sol|verglas|carrelage|marche|marches|escalier|escaliers|huile', 'fait une chute',
        'tombé|tombée|tombés|tombées dans|de|sur|en les|l|la|le|un|une escalier|escaliers|verglas|flaque|trottoir',
        'tombé|tombée|tombés|tombées sur la|le|les|mon|ma hanche|dos|genou|genoux|bras|poignet|coude|épaule|visage|nez',
        'mal à|a me|se relever', 'pas|plus .. me|se relever',
        // Des nuisibles là où l'on mange ou dort.
        'rat|rats|souris|cafard|cafards|blatte|blattes|asticot|asticots .. cuisine|cuisines|comptoir|plat|assiette|repas|nourriture|burger|burgers|sandwich|salade|pizza|lit|chambre|matelas',
        'punaises de lit',
        // Une arme sortie, des coups.
        'sorti|sort|sortait|brandi|brandit|brandissait|pointé|pointait un|une|son|sa couteau|arme|cutter|flingue|pistolet|revolver',
        'coup|coups de couteau', 'donné|donne|donnait|mis|reçu|pris un|des coup|coups de poing|pied|tête', 'roué|rouée|roués de coups', 'giflé|giflée|tabassé|tabassée|tabassés|poignardé|poignardée',
        // Un enfant qui n'est pas descendu là où on l'attendait, une brûlure.
        'fils|fille|enfant|enfants|bébé|gamin|gamine .. pas descendu|descendue|descendus', 'où est|se trouve mon|ma|notre fils|fille|enfant|bébé',
        'brûlure|brûlures',
      ],
      except: [
        'menacé* de|d', 'harcèlement commercial|téléphonique',
        // Une facture ou un prix « à faire une crise cardiaque », « j'ai explosé mon forfait ».
        'à|a faire|donner|filer une crise cardiaque', 'de quoi .. crise cardiaque', 'failli faire|avoir une crise cardiaque',
        'explos* .. forfait|data|budget|record|records|quota|compteur|rire|ventes', 'facture|factures|prix|tarif|tarifs|ventes|conso|consommation .. explos*',
        'prix|tarif|tarifs|facture|factures|coût|coûts|montant de|du|des|d .. explos*',
        // Un détecteur qu'on veut acheter ou poser, ou d'intrusion.
        'vendez|vendre|vend|vendent|acheter|achète|acheté|cherche|chercher|commander|commandé|installer|installé|poser|posé|remplacer|changer|modèle|modèles|prix|pile|piles .. détecteur|détecteurs de|d fumée|monoxyde|co',
        'des|vos détecteur|détecteurs de|d fumée|monoxyde|co', 'détecteur|détecteurs de|d fumée|monoxyde|co connecté|connectés|wifi', 'détecteur|détecteurs de|d mouvement|intrusion|présence|ouverture',
        'brûlure|brûlures d estomac',
        // « Des rats » pour des radins ; sortir d'un contrat ; une téléassistance qu'on veut installer.
        'quel|quels rat|rats', 'êtes|sont des rats', 'bande de rats',
        'sortir de|du .. contrat|engagement|abonnement|forfait|offre',
        'comment|installer|brancher|configurer|compatible|compatibles|vendez|acheter|abonner|souscrire .. téléassistance|bracelet|bracelets|boîtier|médaillon|pendentif',
        'comment|installer|brancher|configurer|compatible|compatibles|vendez|acheter|abonner|souscrire .. boîtier|bracelet|bracelets|médaillon|pendentif|service d|de téléassistance|alerte|urgence',
      ],
    },
    abuse: {
      match: [
        'connard*', 'connasse*', 'enculé*', 'salaud*', 'abruti*', 'débile*', 'crétin*', 'idiot*', 'ta gueule',
        'va te faire',
      ],
      except: [
        'traité*|traite|traitent .. de|d|comme .. idiot*|crétin*|débile*|abruti*|connard*',
        'pris pour un|une|des .. idiot*|crétin*|débile*|abruti*', 'je suis .. idiot|idiote|débile|crétin',
      ],
    },
    human: { match: ['un humain', 'une vraie personne', 'parler à|avec un|une conseiller|conseillère|humain|agent|opérateur|opératrice|personne|responsable', 'parler à|avec quelqu un', 'pas un bot', 'êtes vous un bot', 'rappelez moi', 'répondez moi', 'répondez-moi', 'réponds moi', 'y a quelqu un', 'quelqu un pour répondre|lire', 'vous êtes là'] },
    bereavement: {
      match: [
        'mari|femme|épouse|mère|père|maman|papa|fils|fille|frère|soeur|sœur|oncle|tante|ami|amie|cousin|cousine|neveu|nièce .. mort|morte|décédé|décédée', 'grand mère|père .. mort|morte|décédé|décédée', 'décédé', 'décédée', 'décès',
        'obsèques', 'enterrement', 'deuil', 'défunt', 'défunte', 'nous a quittés|quitté|quittée',
      ],
    },
    thanks: { match: ['merci', 'merci beaucoup', 'je vous remercie', 'remerci*', 'mercii'], except: ['non merci', 'merci pour rien', 'merci pour absolument|vraiment rien', 'merci de rien', 'merci du cadeau'] },
    greeting: { match: ['bonjour', 'bonsoir', 'salut', 'coucou', 'bjr', 'bsr', 'hello'] },
    urgent: {
      notForModels: [
        'et maintenant',
        'on fait quoi',
      ],
      match: [
        'urgent', 'urgence', 'au plus vite', 'immédiatement', 'tout de suite', 'dès que possible', 'rapidement', 'dépêchez vous',
        // Le temps presse : un voyage ou un rendez-vous qui n'attend pas demain.
        'dans une|deux|2|trois|3 heure|heures', 'ce soir', 'mon vol', 'rater mon|le vol|train', 'rater ma|la correspondance',
        'sur le point d embarquer|partir',
      ],
    },
    positive: { match: ['super', 'parfait', 'génial', 'excellent', 'au top', 'très content|contente', 'satisfait|satisfaite', 'résolu', 'fonctionne à nouveau', 'remarche', 'bravo', 'ravi|ravie'] },
    sinceWhen: {
      match: [
        // "Depuis" is also "from" ("depuis l'appli"): only with a time.
        'depuis hier|ce|cette|longtemps|toujours|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
        'depuis .. jours|heures|semaines|mois|minutes|jour|semaine|heure', 'hier', 'ce matin|soir|week', 'cette nuit|semaine', 'toute la journée|nuit|matinée|semaine',
        'il y a .. minutes|heures|jours|semaines|mois',
        // Depuis combien de temps : « ça fait trois jours que... ».
        'ca|cela fait .. jours|semaines|mois|heures|minutes|ans|jour|semaine|heure',
      ],
    },
    outrage: {
      match: [
        'honte', 'honteu*', 'inadmissible', 'inacceptable', 'ridicule', 'scandal*', 'furieu*', 'colère', 'marre',
        'ras le bol', 'lamentable', 'le|la pire', 'arnaque*', 'voleurs', 'incompétent*', 'dégoûté*', 'dégueulasse',
        "n'importe quoi",
      ],
    },
    loyalty: {
      match: ['fidèle', 'fidèles', 'fidélité'],
      except: [
        'programme|programmes|carte|cartes|points|club|niveau de fidélité',
      ],
    },
    noHarmDone: {
      match: [
        'je n ai pas cliqué|ouvert|répondu',
        'je n ai rien cliqué|ouvert',
        'je vous le|la signale juste',
        'juste pour signaler|prévenir', 'juste pour vous prévenir',
      ],
    },
    negative: { match: ['mauvais', 'mauvaise', 'triste', 'nul', 'catastrophe', 'horrible', 'dommage', 'malheureusement', 'inquiet|inquiète', 'cher', 'lent', 'perdu', 'attente'] },
  },
  // Words by the part they play in telling of a failure (see Lexicon.failureWords).
  failureWords: {
    thing: [
      'appli', 'application', 'site', 'page', 'téléphone', 'portable', 'box', 'routeur', 'internet',
      'wifi', 'réseau', 'ligne', 'fibre', 'connexion', 'signal', 'service', 'compte', 'carte',
      'paiement', 'commande', 'colis', 'livraison', 'vol', 'vols', 'avion', 'train', 'bus', 'valise',
      'bagage', 'bagages', 'billet', 'réservation', 'remboursement', 'email', 'code',
    ],
    failing: [
      'cassé', 'cassée', 'panne', 'bloqué', 'bloquée', 'perdu', 'perdue', 'retard', 'retardé',
      'annulé', 'annulée', 'lent', 'lente', 'erreur', 'coupé', 'coupée', 'hs',
    ],
    working: [
      'fonctionne', 'marche', 'charge', 'arrive', 'arrivé', 'arrivée', 'répond', 'connecte',
    ],
    duration: [
      'heures', 'heure', 'jours', 'jour', 'minutes', 'semaines', 'semaine', 'encore', 'toujours',
      'maintenant', 'hier', 'depuis',
    ],
    waiting: [
      'attends', 'attend', 'attente', 'attendons', 'queue',
    ],
  },
  subjects: {
    order: {
      match: [
        'commande', 'commandes', 'commandé', 'commandée', 'colis', 'livraison*', 'livré', 'livrée', 'livrés', 'livrées',
        'livreur*', 'transporteur*', 'expédition*', 'expédié*', 'suivi', 'retour produit', 'remplacement',
      ],
    },
    trip: {
      match: [
        'vol', 'vols', 'avion*', 'aéroport*', 'embarquement', 'escale*', 'correspondance', 'bagage*', 'valise*',
        'pilote*', 'équipage', 'train', 'trains', 'tgv', 'quai', 'billet', 'billets', 'vacances', 'ferry', 'croisière',
        'réservation', 'réservations', 'hôtel', 'hôtels', 'check in', 'piste', 'navette', 'voiture de location',
        // A delay on its own is a journey's; an order's, a refund's or a reply's is excepted.
        'retard', 'retards', 'en retard',
      ],
      except: ['commande|commandes|colis|livraison|livraisons|remboursement|paiement|réponse .. retard|retards'],
    },
    // A bag is the journey's, even when it is to be delivered: "my lost bag lands at 6, will it be delivered tonight?".
    baggage: { match: ['valise', 'valises', 'bagage', 'bagages'] },
    visit: {
      match: [
        'technicien', 'techniciens', 'technicienne', 'installateur', 'installateurs', 'releveur', 'releveurs',
        'rendez vous', 'rdv',
        // Le service de la visite : "le technicien pour le raccordement à la fibre", "le technicien de la fibre".
        'technicien*|installateur*|rdv .. installation|raccordement|activation|service .. fibre|internet|ligne|box|wifi|réseau|connexion',
        'rendez vous .. installation|raccordement|activation|service .. fibre|internet|ligne|box|wifi|réseau|connexion',
        'technicien*|installateur* de|du|pour .. fibre|internet|ligne|box|wifi|réseau|connexion',
        'technicien*|installateur* .. venu|venue|venir|passé|passée|passer|présenté|déplacé .. pour|de .. installation|raccordement|activation|service|installer|raccorder|activer .. fibre|internet|ligne|box|wifi|réseau|connexion',
        'installation|raccordement|activation .. fibre|internet|ligne|box|wifi|réseau|connexion .. technicien*|installateur*|rdv',
      ],
      except: [
        // Les rendez-vous du client, manqués à cause d'autre chose.
        'raté|rater|manqué|manquer .. rendez vous|rdv', 'rendez vous|rdv .. médecin|médical|médicale|dentiste|hôpital',
        // "Rendez-vous sur notre site" : un impératif.
        'rendez vous sur',
      ],
    },
    service: {
      match: [
        'internet', 'wifi', 'site', 'wi fi', 'ligne', 'réseau', 'signal', 'app', 'appli', 'application', 'connexion',
        'mot de passe', 'fibre', 'streaming', 'roaming', 'erreur',
      ],
      // Where the customer read about the trip or the order, not what fails.
      except: ['site|app|appli|application indique|indiquait|affiche|affichait|dit|disait', 'nouvelles|infos|information|informations|mise|notification|notifications sur|dans|de .. site|app|appli|application'],
    },
  },
};
