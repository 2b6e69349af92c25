// What a post is about when something fails, in five languages: it picks what the agent's draft
// asks for (the order number, the booking reference), so a wrong guess costs a draft an agent
// would not send. Anything unclear stays with the service draft, as before.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { readSubject } from '../../../src/core/triage/read-subject.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
const subjectOf = (text: string) => readSubject(analyzeText(text, LANGUAGES).tokens, LANGUAGES);

describe('readSubject', () => {
  it.each([
    ['my package never arrived, tracking has not moved in a week', 'order'],
    ['ordered a sofa three weeks ago and still nothing', 'order'],
    ['the courier left my parcel in the rain on the porch', 'order'],
    ['il pacco risulta consegnato ma non è mai arrivato', 'order'],
    ['il corriere non si è visto, ordine fermo da giorni', 'order'],
    ['mi pedido lleva dos semanas sin entregarse', 'order'],
    ['colis toujours pas livré, le livreur ne passe pas', 'order'],
    ['meine Bestellung ist seit zehn Tagen nicht zugestellt', 'order'],
    // A device is a thing that gets shipped, not a service that fails.
    ['il pacco con il modem non è mai arrivato', 'order'],
    ['the SIM you shipped never arrived', 'order'],
  ] as const)('reads an order in "%s"', (text, subject) => {
    expect(subjectOf(text)).toBe(subject);
  });

  it.each([
    ['flight 221 now 4 hours late and nobody at the gate', 'trip'],
    ['my luggage did not make it to Boston', 'trip'],
    ['stuck on the tarmac for 2 hours, missed my connection', 'trip'],
    ['the 8:15 train to Leeds never turned up', 'trip'],
    ['volo per Catania cancellato, siamo in aeroporto senza info', 'trip'],
    ['treno soppresso e nessun avviso al binario', 'trip'],
    ['me habéis perdido la maleta en el vuelo de Madrid', 'trip'],
    ['vol annulé et aucune info à l’aéroport', 'trip'],
    ['Zug fällt aus, stehen seit einer Stunde am Gleis', 'trip'],
    // Told by the delay, the passengers or someone's bag, with no flight or train named.
    ['not delighted at the long delay from Edinburgh today', 'trip'],
    ['I am delayed at Preston and need to get to Crewe', 'trip'],
    ['we have pax at DCA sent to 4 different lines', 'trip'],
    ['we got her home, now we just need her bag', 'trip'],
    ['staff at the stop cannot tell us where the bus is', 'trip'],
    ['my parcel is delayed at the depot', 'order'],
    ['my order was delayed into next week', 'order'],
    // Stays, rides and the parts of a trip (2026-12-02).
    ['our room isn’t ready and check in was 3 hours ago', 'trip'],
    ['the shuttle never came', 'trip'],
    ['they gave away my seat even though I checked in online', 'trip'],
    ['my rental car isn’t here and the desk is closed', 'trip'],
    ['no trains running and no replacement bus', 'trip'],
    ['my return flight was cancelled', 'trip'],
    // What was sold and sent back is an order.
    ['the replacement you sent is broken too', 'order'],
    ['three weeks and my return still isn’t processed', 'order'],
    ['the charger you sold me stopped charging after a week', 'order'],
    ['siamo fermi in pista da 3 ore senza notizie', 'trip'],
    ['la prenotazione dell’hotel non risulta', 'trip'],
    ['il reso dopo tre settimane non è ancora stato lavorato', 'order'],
    ['la reserva del hotel no aparece', 'trip'],
    ['l’hôtel n’a pas ma réservation', 'trip'],
    ['das Hotel hat meine Buchung nicht', 'trip'],
  ] as const)('reads a journey in "%s"', (text, subject) => {
    expect(subjectOf(text)).toBe(subject);
  });

  it.each([
    // A delay named on its own is a journey's (2026-12-02, sixth session); an order's, a refund's or a reply's is not.
    ['why are you SO DELAYED', 'trip'],
    ['935 Ncl to London delayed so London to Chicago will have left by the time I get there', 'trip'],
    ['il regionale delle 7 è in ritardo di 40 minuti', 'trip'],
    ['otra vez con retraso, llevamos una hora esperando', 'trip'],
    ['encore 45 minutes de retard ce matin', 'trip'],
    ['schon wieder 30 Minuten Verspätung', 'trip'],
    ['il rimborso è in ritardo di un mese', undefined],
    ['mi pedido está retrasado', 'order'],
    ['my refund is delayed again', undefined],
    // Baggage is the journey's, even when it is to be delivered; a shop's bag is not baggage.
    ['my lost bag lands in Hartford at 6 tonight. Will it be delivered to Danbury tonight?', 'trip'],
    ['lost my bag and you can not even deliver it', 'trip'],
    ['la valigia non è ancora stata consegnata a casa', 'trip'],
    ['la maleta sigue sin entregarse', 'trip'],
    ['the bag my order came in was torn and half the shopping fell out', 'order'],
    // Where the customer read about the trip or the order is no service that fails.
    ['sitting on the tarmac on flight 601 yet the website still says it is on time', 'trip'],
    ['the app says my parcel was delivered, nothing here', 'order'],
    ['volo fermo da due ore e l’app dice ancora in orario', 'trip'],
    ['le site indique que mon colis est livré, je n’ai rien reçu', 'order'],
    ['Zug steht seit einer Stunde, die App zeigt pünktlich', 'trip'],
    ['no wifi on the train again', undefined],
  ] as const)('reads "%s" as %s', (text, subject) => {
    expect(subjectOf(text)).toBe(subject);
  });

  it.each([
    ['the technician never showed up for the fibre installation', 'visit'],
    ['waited in all day and the engineer did not turn up', 'visit'],
    ['third missed appointment from your engineers', 'visit'],
    ['the engineer never came to install my broadband', 'visit'],
    ['still no tech, I took a day off for nothing', 'visit'],
    ['the meter reader never came and now you estimate my bill', 'visit'],
    ['il tecnico per l’attivazione della fibra non si è mai presentato', 'visit'],
    ['appuntamento con il tecnico saltato per la terza volta', 'visit'],
    ['llevo tres días esperando al técnico y nadie aparece', 'visit'],
    ['el técnico no ha venido a instalar la fibra', 'visit'],
    ['le technicien n’est jamais venu pour le raccordement de la fibre', 'visit'],
    ['rendez-vous annulé pour la troisième fois, personne n’est venu', 'visit'],
    ['der Techniker ist nie gekommen', 'visit'],
    ['Techniker-Termin zum dritten Mal abgesagt', 'visit'],
  ] as const)('reads a visit in "%s"', (text, subject) => {
    expect(subjectOf(text)).toBe(subject);
  });

  it.each([
    // A visit named next to an order or a journey leaves them as they were.
    ['my package never arrived and the technician never came either', 'order'],
    ['missed my appointment because the train was 2 hours late', 'trip'],
    ['I missed my doctor’s appointment because of your delayed flight', 'trip'],
    ['ich habe meinen Termin verpasst, weil der Zug Verspätung hatte', 'trip'],
  ] as const)('keeps an order or a journey in "%s"', (text, subject) => {
    expect(subjectOf(text)).toBe(subject);
  });

  it.each([
    // The service a technician came for and fails now: the service draft asks since when.
    'the technician fixed the wifi yesterday, no wait the wifi is down again',
    'the technician came but the internet is still down',
    'il tecnico ha riparato la fibra ma adesso la fibra non va di nuovo',
    'Internet geht seit Montag nicht, Techniker erst in 2 Wochen',
    // A word of technology, not a technician; a date, not a visit.
    'tech support hung up on me twice',
    'ho un problema tecnico con l’app',
    'il supporto tecnico non risponde',
    'el servicio técnico no contesta',
    'ich möchte zum nächstmöglichen Termin kündigen',
    // An activation told with no one to visit.
    'l’attivazione della fibra doveva durare due settimane, ne sono passate sei',
  ])('names no visit in "%s"', (text) => {
    expect(subjectOf(text)).toBeUndefined();
  });

  it.each([
    // The service that fails, whatever the customer was doing.
    'no wifi on the train again',
    'the app crashes every time I try to track my order',
    'il sito non mi fa cambiare il volo',
    'pas de réseau dans le train',
    'kein WLAN im Zug',
    'la aplicación no carga mi tarjeta de embarque del vuelo',
    // An order and a journey: which one failed is for the agent to read.
    'ordered a travel adapter for my flight and it never came',
    // Neither.
    'my internet has been down since Monday',
    'il modem non si accende più',
    'the store on Via Roma is closed again',
    // Words that only look like an order.
    'I called in order to fix this and nobody answered',
  ])('names no subject in "%s"', (text) => {
    expect(subjectOf(text)).toBeUndefined();
  });

  it('reads only the languages configured', () => {
    expect(readSubject(analyzeText('il pacco non è mai arrivato', ['en']).tokens, ['en'])).toBeUndefined();
    expect(readSubject(analyzeText('il pacco non è mai arrivato', ['it']).tokens, ['it'])).toBe('order');
  });
});

describe('triageMessage subject', () => {
  it('carries the subject of a post about an order, without the brand handle', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta my order never arrived' }), someSettings());
    expect(triage.subject).toBe('order');
  });

  it('reads no subject for a post that is neither a fault nor a complaint: no draft asks for it', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta can I change the delivery address of an order?' }), someSettings());
    expect(triage.traits).not.toContain('faulty');
    expect(triage).not.toHaveProperty('subject');
  });

  it('leaves the subject out when the post names none', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta my internet is down' }), someSettings());
    expect(triage).not.toHaveProperty('subject');
  });
});

describe('triageMessage reading a departure named by its time', () => {
  it('drafts for the journey of "you\'ve cancelled the 20:49 from BTM to Frome"', () => {
    const triage = triageMessage(aMessage({ text: "@LumoAiuta Seriously? You've cancelled the 20:49 from BTM to Frome, and the next one's at 23:20." }), someSettings());
    expect(triage.subject).toBe('trip');
  });
});
