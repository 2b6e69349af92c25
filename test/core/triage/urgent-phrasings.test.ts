import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings).traits;
const URGENT: readonly MessageTrait[] = ['safety', 'security', 'legal'];

// Urgent matters told in everyday words (danger, fraud, legal threats), each read by a lexicon
// phrase, and look-alikes that must stay calm. Written for these tests, not copied from the probes.
const BY_LANGUAGE: Record<string, { urgent: [string, MessageTrait][]; calm: string[] }> = {
  // English.
  en: {
    urgent: [
      ['my dad started throwing up right after the ferry lunch', 'safety'],
      ['my daughter can’t breathe properly since the flight took off', 'safety'],
      ['had to take my son to A&E after your play area', 'safety'],
      ['we gave her the EpiPen on the train, the sandwich had sesame', 'safety'],
      ['my friend’s drink was spiked at your bar last night', 'safety'],
      ['my pasta had a bit of wire in it', 'safety'],
      ['you served us raw sausages at breakfast', 'safety'],
      ['the charger is too hot to touch after ten minutes', 'safety'],
      ['the room smells like rotten eggs near the boiler', 'safety'],
      ['the carbon monoxide detector in our lodge keeps beeping', 'safety'],
      ['woke up covered in bites, there are bed bugs in the mattress', 'safety'],
      ['black mould all over the bathroom ceiling of our flat', 'safety'],
      ['the balcony railing is loose on the 9th floor', 'safety'],
      ['there are needles between the cushions of the sofa', 'safety'],
      ['the front desk gave a key to my room to a stranger', 'safety'],
      ['someone was trying our door handle at 2am', 'safety'],
      ['I told the driver to slow down three times', 'safety'],
      ['the cab turned up without a child seat for my toddler', 'safety'],
      ['your delivery van knocked over a cyclist and just left', 'safety'],
      ['my mum’s stairlift alarm pendant has no signal since your engineer came', 'safety'],
      ['the tap water is brown and smells of sewage', 'safety'],
      ['the oxygen concentrator battery is dying and the power is still off', 'safety'],
      ['got a parcel and a bill for a laptop but didn’t buy it', 'security'],
      ['got a login alert from Romania, I’m in Leeds', 'security'],
      ['codes are going to a number that is not mine', 'security'],
      ['a payee I don’t recognise was added yesterday', 'security'],
      ['a guy claiming to be your fraud team wanted my PIN', 'security'],
      ['a page using your logo wants me to log in again', 'security'],
      ['there was a skimmer on the card reader at your pump', 'security'],
      ['the receipt printed all 16 digits of my card, not masked', 'security'],
      ['the courier handed my parcel to some random guy', 'security'],
      ['how did they get my order details?', 'security'],
      ['they accessed my account and changed the email', 'security'],
      ['someone used my card to book flights to Lagos', 'security'],
      ['a payment I didn’t make showed up on my card', 'security'],
      ['a new loan in my name that I never applied for', 'security'],
      ['this is a GDPR request for all my data', 'legal'],
      ['I will start court proceedings next week', 'legal'],
      ['consider this a letter before action', 'legal'],
    ],
    calm: [
      'this burger is fire, best in town',
      'do you sell carbon monoxide detectors?',
      'my phone bill exploded this month, why?',
      'I hacked together a stand from your box',
      'got scammed by your prices lol',
      'I nearly fell asleep on hold',
      'can I fly with my portable oxygen concentrator?',
      'the plane reeks of vomit, please clean it',
      'my alarm went off too late for the early flight',
      'is there a gas station near the airport?',
      'the smoke alarm keeps chirping, how do I change the battery?',
      'there are bugs in the app since the update',
      'I’ve never bought from you before, is delivery free?',
      'they booked me on the next flight, thanks',
      // "They" is mostly the brand at work, not a stranger in the account.
      'they made us wait 3 hours at the gate',
      'they charged me twice for one bag',
      'they changed my seat without asking',
      'they opened a new lounge at T2',
      'thanks for the lovely crew on my flight, they made my day',
      'someone at the desk made my day, so kind',
      // Purchases not yet made, a stranger only asked for, dismissals and figures of speech.
      'I didn’t make a booking yet, which fare has free bags?',
      'I never bought an upgrade before, how much is it?',
      'I didn’t buy priority so I had to check my bag',
      'can I book a ticket for a passenger who is not me?',
      'I need to speak to someone because you moved my flight',
      'someone should fire your app developers',
      'burned two hours on hold today',
      'and to add insult to injury the lounge was closed',
      'is this real life? 4 hours on the tarmac',
      'can my child travel without a car seat on the bus?',
    ],
  },
  // Italian.
  it: {
    urgent: [
      // Someone taken ill or hurt.
      ['mio marito si è accasciato al gate e non si muove', 'safety'],
      ['una signora si è sentita male sul regionale e il capotreno non arriva', 'safety'],
      ['il bambino non respira bene da quando siamo saliti a bordo', 'safety'],
      ['dopo il dolce di ieri mia figlia ha le labbra gonfie', 'safety'],
      ['siamo stati tutti male dopo aver mangiato il sushi ordinato da voi', 'safety'],
      ["nella marmellata c'erano schegge di vetro", 'safety'],
      ['gli perde sangue dal braccio, la porta del bus lo ha schiacciato', 'safety'],
      ['il caffè bollente sulla gamba di mia figlia, il bicchiere si è aperto', 'safety'],
      ['un passeggero anziano è caduto sulle scale mobili della stazione', 'safety'],
      // Trapped, or a hazard left in the street.
      ['siamo bloccati in ascensore al terzo piano del vostro negozio', 'safety'],
      ['ci sono dei cavi sul marciapiede davanti alla scuola dopo il vostro intervento', 'safety'],
      ['con il vento è venuto giù un albero in via Garibaldi', 'safety'],
      ["in cucina c'è odore di uovo marcio da ieri sera", 'safety'],
      // Who drives or behaves dangerously.
      ['il conducente del pullman guidava con il cellulare in mano', 'safety'],
      ["il tassista aveva l'alito che sapeva di grappa", 'safety'],
      ['il driver mi ha allungato le mani durante la corsa', 'safety'],
      ['un ragazzo minacciava tutti i viaggiatori del vagone', 'safety'],
      // A child separated, someone vulnerable without help.
      ['nella calca mi sono separata da mio figlio di 5 anni', 'safety'],
      ['mi hanno rubato la borsa con tutti i farmaci di mia madre', 'safety'],
      ['mia madre è attaccata al respiratore e siamo senza corrente', 'safety'],
      ['mio nonno vive solo, se cade nessuno se ne accorge', 'safety'],
      ['il telesoccorso di mia zia non funziona da quando avete cambiato il modem', 'safety'],
      // Someone else in the account, a fraud in my name, a fake message.
      ['nel mio profilo compare un altro utente', 'security'],
      ['la mia esim risulta trasferita su un altro smartphone', 'security'],
      ['mi sono arrivati addebiti da un negozio che non conosco', 'security'],
      ['chi ha associato la mia carta a un altro telefono?', 'security'],
      ['pagamenti mensili per un servizio che non so neanche cosa sia', 'security'],
      ['un finto operatore mi ha chiamato e voleva i dati', 'security'],
      ['un tizio al telefono mi ha chiesto il codice ricevuto per sms', 'security'],
      ['hanno acceso un prestito a mio nome senza che io sapessi niente', 'security'],
      ['mi è arrivata la conferma di un cambio gestore che non ho mai firmato', 'security'],
      ["il cambio di intestazione? Non l'ho richiesto io", 'security'],
      ['ho visto uno sconosciuto prendere il pacco davanti alla mia porta', 'security'],
      ["mi scrivono 'carta bloccata clicca sul link per sbloccarla', è roba vostra?", 'security'],
      ['è arrivato un sms col vostro logo che mi chiede di aggiornare i dati', 'security'],
      ['nel mio account ci sono dispositivi sconosciuti', 'security'],
      // A regulator or the courts.
      ["se non rispondete presento ricorso all'ARERA", 'legal'],
      ['vi farò causa per la caldaia', 'legal'],
    ],
    calm: [
      // The calm false alarms of the probes, reworded.
      'che prezzi da infarto per due notti in hotel',
      'avete rilevatori di monossido e di fumo da mettere in camper?',
      // Figures of speech.
      'ho perso il sangue freddo con il vostro operatore, scusate',
      'mia nonna è caduta dalle nuvole quando ha visto la bolletta',
      'con questo aumento mi avete tagliato le gambe',
      'mi viene da vomitare a vedere quanto costa',
      'in carrozza fa talmente caldo che non si respira',
      'non riesco a respirare dalle risate con la vostra pubblicità',
      'mi si è gonfiata la bolletta di 50 euro',
      'il sito è venuto giù per le troppe richieste',
      'farò tardi in ufficio a causa del vostro treno',
      // Harmless questions and faults.
      'posso portare il concentratore di ossigeno in cabina?',
      'come si usa il respiratore che avete noleggiato a mio padre?',
      'il telefono mi è scivolato dalle mani e lo schermo non si accende',
      'il corriere mi ha chiesto il codice arrivato via sms per consegnare il pacco',
      "l'app mi ha chiesto il codice via sms ma non arriva niente",
      'vorrei chiedere un prestito a mio nome per lo smartphone, si può?',
      'ho ricevuto una bolletta di un certo peso questo mese',
      "l'ascensore della stazione è bloccato da una settimana",
      'se cade la linea nessuno mi richiama',
      'ci sono cascate vicino al vostro hotel di Terni?',
      'mia figlia è rimasta contentissima del regalo',
      'posso usare il navigatore del telefono mentre guido?',
    ],
  },
  // Spanish.
  es: {
    urgent: [
      ['si no me devolvéis el dinero iremos a juicio', 'legal'],
      ['ojalá os sancionen por esto', 'legal'],
      // A child left behind, people shut in a lift, a life that depends on power or on medication.
      ['mi hija de 6 años se ha quedado en el andén y el tren ya ha salido', 'safety'],
      ['el autobús ha arrancado sin mi hijo y no sé dónde está', 'safety'],
      ['llevamos un buen rato atrapados en el ascensor del centro comercial', 'safety'],
      ['me habéis extraviado el equipaje con la insulina de mi hijo dentro', 'safety'],
      ['mi padre es electrodependiente y lleva toda la noche sin luz', 'safety'],
      // A driver on the phone, speeding, running lights, no seatbelts.
      ['el taxista iba escribiendo en el móvil mientras conducía por la autovía', 'safety'],
      ['el chófer se saltó dos semáforos en rojo con nosotros dentro', 'safety'],
      ['el conductor iba a 170 por la autopista con el coche lleno', 'safety'],
      ['en la furgoneta del traslado íbamos sin cinturón', 'safety'],
      // Stalking, harassment, blows.
      ['el repartidor me ha escrito que sabe dónde vivo', 'safety'],
      ['un hombre me siguió hasta el portal al bajar del autobús', 'safety'],
      ['en el vagón hay un tipo molestando a una chica y nadie hace nada', 'safety'],
      ['el vigilante me ha empujado contra la puerta', 'safety'],
      ['el camarero le dio un puñetazo a mi marido', 'safety'],
      // Gas, carbon monoxide, electricity.
      ['huele fortísimo a butano en la cocina desde que vino vuestro técnico', 'safety'],
      ['en la escalera hay una fuga de gas y nadie viene', 'safety'],
      ['la alarma de monóxido no para de sonar desde esta mañana', 'safety'],
      ['desde que encendimos la estufa tenemos dolor de cabeza y mareos', 'safety'],
      ['el cargador se ha derretido y el enchufe está ardiendo', 'safety'],
      ['la lavadora da corriente cada vez que la toco', 'safety'],
      ['hay cables pelados en el suelo del andén', 'safety'],
      // Falls, cuts, food that harms.
      ['me resbalé en la entrada de vuestra tienda y me he roto el tobillo', 'safety'],
      ['mi hijo se ha cortado el dedo con la lata y no para de sangrar', 'safety'],
      ['he encontrado cristales en la ensalada que me trajeron', 'safety'],
      ['después de la cena de ayer tengo vómitos y fiebre alta', 'safety'],
      ['al final hemos acabado en urgencias por vuestra hamburguesa', 'safety'],
      ['a mi hijo se le ha hinchado la cara después de comer vuestro helado', 'safety'],
      ['le cuesta respirar desde que comió vuestra galleta', 'safety'],
      // An account emptied or taken over, things done in my name, a message that may not be yours.
      ['me han vaciado la cuenta esta madrugada', 'security'],
      ['hay compras en mi tarjeta que no he realizado', 'security'],
      ['me han cambiado el correo de la cuenta y ya no puedo entrar', 'security'],
      ['alguien está usando mi cuenta desde otro país', 'security'],
      ['me ha llegado una tarjeta de crédito a mi nombre que no he pedido', 'security'],
      ['han abierto una línea a mi nombre en vuestra tienda', 'security'],
      ['en mi área de cliente aparece otra dirección y otro titular', 'security'],
      ['la tarjeta la tengo yo y aun así hay retiradas en otro país', 'security'],
      ['alguien ha canjeado mis puntos esta semana', 'security'],
      ['¿este SMS es vuestro? me pide confirmar un pago', 'security'],
      ['he visto un perfil falso con vuestro logo', 'security'],
      // A formal step before court, court itself, a regulator, the police.
      ['os he mandado un burofax, la semana que viene hablamos', 'legal'],
      ['si no me devolvéis el dinero nos veremos en juicio', 'legal'],
      ['he puesto una reclamación ante la oficina del consumidor', 'legal'],
      ['voy a llamar a la policía si no me dais mi paquete', 'legal'],
      ['he escrito al Banco de España por estas comisiones', 'legal'],
    ],
    calm: [
      'fue un juicio rápido, la comida llegó fría',
      'la sanción por cancelar es abusiva',
      // Figures of speech.
      'factura de gas de infarto este invierno, ¿hay descuento?',
      'el precio del nuevo móvil es de infarto',
      'casi me da un infarto al ver el recibo',
      'vendéis humo con vuestras ofertas de fibra',
      'estoy quemadísimo con vuestro servicio técnico',
      'la web ha explotado de pedidos con el Black Friday',
      'me caí de la silla al ver la factura',
      'qué dolor de cabeza con vuestra app, me quita el sueño',
      'la demanda es tan alta que no hay stock',
      'a mi juicio la nueva tarifa está bien',
      'la fibra va a toda velocidad, gracias',
      // Harmless questions.
      '¿vendéis detectores de humo para la cocina?',
      '¿tenéis alarmas de monóxido en stock?',
      '¿puedo llevar la insulina en el equipaje de mano?',
      '¿puedo llevar a mi bebé en brazos en el avión?',
      '¿alguien ha contratado la fibra de Digi? ¿qué tal va?',
      '¿alguien usa vuestra app en el iPad?',
      '¿puedo pedir un préstamo a mi nombre si soy autónomo?',
      'mi madre va a diálisis los martes, ¿puede venir el técnico el miércoles?',
      // Faults and errands told with the same words.
      'se ha roto el brazo del sofá que compré',
      'el repartidor no sabe dónde vivo y se ha vuelto a ir',
      'el autobús siguió hasta la parada siguiente sin parar',
      'el paquete sigue a 2 km de casa desde ayer',
      'mi hija se ha quedado dormida en el coche y no pude recoger el paquete',
      'quiero poner el contrato de la luz a mi nombre sin cambiar de tarifa',
      'puse mi contraseña y me da error al entrar',
      'me cambio la contraseña cada mes por si acaso',
      'mi madre dice que se ha caído la web otra vez',
      'la habitación olía a humo de tabaco',
    ],
  },
  // French.
  fr: {
    urgent: [
      ['j’ai déposé plainte au commissariat ce matin', 'legal'],
      ['je vais porter plainte contre vous', 'legal'],
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
    ],
    calm: [
      'ma plainte au service client est restée sans réponse',
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
    ],
  },
  // German.
  de: {
    urgent: [
      ['wir sehen uns vor Gericht', 'legal'],
      ['dann ziehe ich eben vor Gericht', 'legal'],
      // Separated, left behind, taken ill on the way.
      ['mein Enkel (8) ist in Würzburg ausgestiegen und wir sitzen noch im Zug', 'safety'],
      ['meine Mutter im Rollstuhl wurde am Gleis 4 nicht abgeholt', 'safety'],
      ['im Flieger krampft ein Mann im Gang, ist ein Arzt an Bord?', 'safety'],
      ['mein Mann bekommt keine Luft mehr nach dem Dessert', 'safety'],
      ['die Blutdrucktabletten meiner Mutter sind nicht angekommen, der Koffer ist weg', 'safety'],
      // Food that makes ill or injures.
      ['nach dem Burger von gestern wurde mein Vater ins Krankenhaus eingeliefert', 'safety'],
      ['Salmonellen im Hähnchen, wir liegen alle flach', 'safety'],
      ['in meinem Salat war eine Glasscherbe', 'safety'],
      ['verschimmeltes Brot in der Lieferung, mein Kind hat schon reingebissen', 'safety'],
      ['im Hotel Bettwanzen, die Kinder sind am ganzen Körper zerstochen', 'safety'],
      // Hurt: a fall, a burn.
      ['bin in eurer Filiale auf der nassen Treppe gestürzt', 'safety'],
      ['heißer Tee über den Schoß meiner Tochter gekippt, die Crew hat nur gelacht', 'safety'],
      // Drivers unfit, people attacked.
      ['der Taxifahrer tippte die ganze Fahrt auf seinem Handy', 'safety'],
      ['unser Busfahrer hatte eine Alkoholfahne, wir sind dann ausgestiegen', 'safety'],
      ['der Fahrer hat mich am Oberschenkel begrapscht', 'safety'],
      ['ein Mann hat im Bus einen Fahrgast angespuckt und geschubst', 'safety'],
      ['Schlägerei im Regionalexpress nach Köln, bitte schickt jemanden', 'safety'],
      // Gas, heat, electricity.
      ['im Keller riecht es stark nach Gas, wen soll ich anrufen?', 'safety'],
      ['der Mehrfachstecker ist geschmolzen, zum Glück war ich zuhause', 'safety'],
      ['die Powerbank ist total aufgequollen', 'safety'],
      ['nach dem Gewitter hängt ein Stromkabel bis auf den Gehweg', 'safety'],
      ['freiliegende Drähte an der Ladesäule, da spielen Kinder', 'safety'],
      // Trapped or dependent on power.
      ['wir stecken im Fahrstuhl fest, der Notrufknopf funktioniert nicht', 'safety'],
      ['meine Oma ist auf Sauerstoff angewiesen und wir haben seit Stunden keinen Strom', 'safety'],
      ['der Hausnotruf meines Vaters geht seit dem Umbau nicht mehr', 'safety'],
      ['Mietwagen ohne Kindersitz bekommen, wir sollen das Baby halt auf den Schoß nehmen', 'safety'],
      // Fraud and exposed data.
      ['meine Kreditkarte wurde anscheinend geklont, lauter Zahlungen aus Spanien', 'security'],
      ['Abbuchung in Brasilien, obwohl die Karte noch bei mir ist', 'security'],
      ['ich habe nie einen Kredit beantragt, aber ihr schickt mir Mahnungen', 'security'],
      ['auf meinen Namen wurde ein Handyvertrag abgeschlossen', 'security'],
      ['irgendjemand nutzt meine Kreditkarte für Bestellungen', 'security'],
      ['mein Kennwort wurde heute Nacht geändert und ich komme nicht mehr rein', 'security'],
      ['in meinem Kundenkonto ist ein unbekanntes Gerät angemeldet', 'security'],
      ['ein fremdes Handy ist mit meinem Konto verbunden', 'security'],
      ['Anruf von einem angeblichen Bankmitarbeiter, der meine TAN wollte', 'security'],
      ['meine Oma hat ihre PIN am Telefon durchgegeben, der Anrufer klang wie die Bank', 'security'],
      ['das Paket wurde vor der Haustür geklaut, die Kamera zeigt einen Mann', 'security'],
      ['in der App sehe ich die Buchungen von einem Herrn Meier', 'security'],
      // Legal steps.
      ['wir haben Anzeige gegen eure Firma erstattet', 'legal'],
      ['mein nächster Schritt ist der Mahnbescheid', 'legal'],
      ['das Geld werde ich einklagen', 'legal'],
      ['ich schalte jetzt euren Datenschutzbeauftragten ein', 'legal'],
      ['meine Rechtsschutzversicherung ist informiert', 'legal'],
      ['wir treffen uns vorm Landgericht', 'legal'],
    ],
    calm: [
      'das Gericht war kalt und versalzen',
      'welches Gericht empfehlt ihr heute?',
      // Figures of speech about prices and volumes.
      'bei der Gasrechnung kriege ich gleich nen Herzinfarkt',
      'meine Stromrechnung ist schon wieder explodiert, wie kommt das?',
      'die Preise sind explodiert, echt jetzt?',
      'mir ist beim Bestellen die Hand ausgerutscht, bitte eine Bestellung stornieren',
      'die Rechnung ist total aufgebläht mit Extras',
      // Harmless questions about the same things.
      'darf ich meine Medikamente ins Handgepäck packen?',
      'verkauft ihr CO-Melder?',
      'habt ihr Beatmungsgeräte im Sortiment?',
      'was kostet der Hausnotruf bei euch?',
      'kann ich mein Baby im Flugzeug auf den Schoß nehmen?',
      'Kindersitz kostet 15 Euro am Tag?',
      'ist eure App DSGVO-konform?',
      'meine neue Karte liegt hier, wie schalte ich sie frei?',
      // Faults and everyday words that look alike.
      'unser Kind ist in Mainz ausgestiegen und hat sein Handy im Zug liegen lassen',
      'die Arbeitsplatte ist nach einem Monat aufgequollen',
      'mein Passwort wurde erfolgreich geändert, danke',
      'mein Passwort wurde trotz Speichern nicht geändert',
      'ich habe eine Anzeige aufgegeben, sie wird nicht angezeigt',
      'die Haltestelle Amtsgericht wird heute nicht angefahren',
      'danke für den heißen Tee für mich und die Kinder',
      'der Fahrer hat mit mir telefoniert, er kommt später',
      'die Lieferung kam an eine fremde Adresse',
    ],
  },
};

describe('triageMessage on urgent matters told in everyday words', () => {
  for (const [lang, { urgent, calm }] of Object.entries(BY_LANGUAGE)) {
    it.each(urgent)(`reads "%s" as %s (${lang})`, (text, trait) => {
      expect(traitsOf(text)).toContain(trait);
    });

    it.each(calm)(`does not read "%s" as urgent (${lang})`, (text) => {
      expect(traitsOf(text).filter((trait) => URGENT.includes(trait))).toEqual([]);
    });
  }
});
