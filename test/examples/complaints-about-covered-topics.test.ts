// Complaints about something the example knowledge explains (payments, spam calls, parental
// controls, fibre activation) share its words, and an FAQ answer to them in public is the worst
// thing the bot can post (PLAYBOOK: a complaint is never answered with an FAQ). The real
// responder, the real example knowledge: each post must reach a person, with no public answer.
import { describe, expect, it } from 'vitest';
import type { HandoffAction } from '../../src/core/model.ts';
import { aMention, useExampleResponder } from '../support/example-responder.ts';

const responder = useExampleResponder();

describe('complaints about topics the example knowledge covers', () => {
  it.each([
    // Each of these was answered in public with the entry it names.
    ['my direct debit came out twice', 'metodi-pagamento'],
    ['the spam call blocker does nothing', 'chiamate-spam'],
    ['the parental control lets my kid open everything', 'parental-control'],
    ['ho cambiato metodo di pagamento e avete addebitato ancora la vecchia carta', 'metodi-pagamento'],
    ['mi continuano a chiamare call center che dicono di essere voi', 'chiamate-spam'],
    ["l'attivazione della fibra doveva durare due settimane, ne sono passate sei", 'fibra-attivazione'],
    ['il parental control lascia aprire tutto a mio figlio', 'parental-control'],
    ['la velocità è un decimo di quella promessa', 'wifi-lento'],
    ['so the 5g coverage map is pure fiction then', 'copertura-5g'],
    ['mi arriva la bolletta doppia', 'fattura'],
    ['la mappa della copertura 5g è pura fantasia', 'copertura-5g'],
    ['international calls cost me 50 euros last month for 10 minutes', 'chiamate-internazionali'],
    ['your parental controls blocked my work email', 'parental-control'],
    ['you activated a premium service on my line without asking', 'servizi-premium'],
    // Asked as questions: "why" does not make a charge nobody wanted a how-to.
    ['why does my auto top-up keep charging me when I turned it off?', 'ricarica-automatica'],
    ['why is roaming charging me in Spain?', 'roaming-ue'],
    ["perché la ricarica automatica continua a scalarmi soldi se l'ho disattivata?", 'ricarica-automatica'],
    // A price told as a grievance: scare quotes round "best", a price that changed once signed.
    ['your "best offer" costs more than my old plan', 'offerte'],
    ['the offer I signed up for changed price after two months', 'offerte'],
    // Sarcasm about what an entry explains: what it did not stop, what it now costs, how late it came.
    ['thanks for the spam call blocker, I still get 5 calls a day', 'chiamate-spam'],
    ['cool, so voicemail now costs money?', 'segreteria'],
    ['thanks for activating the fibre, only 3 weeks late', 'fibra-attivazione'],
    // And some the bot already read right, kept as a gate.
    ["il negozio mi ha attivato un'offerta diversa da quella che avevo chiesto", 'offerte'],
    ['il blocco delle chiamate spam non serve a niente', 'chiamate-spam'],
    ['the auto top-up took 20 euros and I never turned it on', 'ricarica-automatica'],
    ['roaming in France charged me 30 euros, you said EU was free', 'roaming-ue'],
    ['la segreteria si è attivata da sola e mi costa ogni chiamata', 'segreteria'],
    ['pago la fibra e vado come l’adsl', 'offerte'],
    // A charge disputed as a question (2026-12-02): "why do I pay...", "how come it costs me...".
    ["perché pago il roaming in Svizzera se ho l'offerta estero?", 'roaming-extra-ue'],
    ['come mai la segreteria mi costa se non la uso?', 'segreteria'],
  ])('hands "%s" to a person with no public answer (not even %s)', async (text) => {
    const { actions } = await responder().explain(aMention(text));
    const publicAnswers = actions.filter((action) => action.type === 'reply' && action.sources.length > 0);
    expect(publicAnswers).toEqual([]);
    expect(actions.map((action) => action.type)).toContain('handoff');
  });

  it.each([
    ['how much will it cost me to call the US?', 'chiamate-internazionali'],
    ['does the parental control block adult sites?', 'parental-control'],
    ['how do I block premium services?', 'servizi-premium'],
    ['come blocco i servizi a pagamento?', 'servizi-premium'],
    // The United States are a travel tag of the roaming entry; calling them from Italy is the calls entry.
    ['quanto mi costa chiamare negli Stati Uniti?', 'chiamate-internazionali'],
    ['quanto mi costa il roaming in Svizzera?', 'roaming-extra-ue'],
    // "figlio di" once read as the start of an insult, and the question got no reply at all.
    ['come metto un filtro sul telefono di mio figlio di 10 anni?', 'parental-control'],
  ])('still answers the question "%s" in public from %s', async (text, entry) => {
    const { actions } = await responder().explain(aMention(text));
    expect(actions).toEqual([expect.objectContaining({ type: 'reply', sources: [entry] })]);
  });
});

describe('thanks that mean the opposite', () => {
  it.each([
    'wow, 5 euro di commissione per pagare la bolletta, grazie davvero',
    'cheers for the 5 euro fee to pay my own bill',
    'fantastico, l’app si aggiorna e perdo tutte le impostazioni',
    'thank you so much for the 2 weeks without a landline',
    // A service "disponibile" is available, not helpful as staff are: no praise to thank for.
    'la verifica copertura diceva fibra disponibile e ora dite di no',
    'thanks for the roaming tips, still got charged 30 euros in Spain',
    'grazie per il blocco chiamate spam, ricevo ancora 5 chiamate al giorno',
    'quindi la ricarica automatica ricarica quando le pare, fantastico',
    'fantastico, la portabilità è fallita di nuovo',
    'grazie mille per l’aumento in bolletta 🙏',
    'meraviglioso, il roaming in Francia mi è costato 30 euro',
    // The refund is the fix, and it is what is late.
    'fantastico, il rimborso ci mette più della consegna',
  ])('plans no public thank-you for "%s" and hands it to a person', async (text) => {
    const { actions, explanation } = await responder().explain(aMention(text));
    expect(explanation?.plan).not.toContainEqual({ do: 'thank' });
    expect(actions.map((action) => action.type)).toContain('handoff');
  });
});

describe('thanks that mean them', () => {
  it.each([
    'la fibra è finalmente disponibile a casa mia, grazie!',
    'siete stati molto disponibili, grazie',
    'rimborso arrivato, grazie mille',
    'grazie per l’aumento di velocità della fibra!',
    // Help given at "the wrong stop": the help is the point, not what went wrong before it.
    'huge thanks to the guard on the 17:40 who helped me get my bike off when i panicked at the wrong stop. absolute gent',
  ])('thanks "%s" in public', async (text) => {
    const { explanation } = await responder().explain(aMention(text));
    expect(explanation?.plan).toContainEqual({ do: 'thank' });
  });
});

describe('problems with what the example knowledge covers, at the priority they need', () => {
  it.each([
    // "For good" is for ever: the PUK was used up, and the PUK entry cannot help any more.
    ['entered the PUK and now the SIM is blocked for good', 'high'],
    ['il tecnico per l’attivazione della fibra non si è mai presentato', 'high'],
    // Whoever holds a stolen SIM receives the codes sent to the number.
    ["I reported my SIM stolen and you still haven't blocked it", 'urgent'],
    ["mi hanno rubato la SIM e non l'avete ancora bloccata", 'urgent'],
    ["this month's bill is double the usual, what is going on?", 'normal'],
    ['I updated my address twice and the bill still goes to the old one', 'normal'],
  ])('hands "%s" to a person at %s', async (text, priority) => {
    const { actions } = await responder().explain(aMention(text));
    expect(actions).toContainEqual(expect.objectContaining({ type: 'handoff', priority }));
  });

  // A technician who never came for the fibre: the draft asks for what books a new appointment,
  // not "since when hasn't it worked?", and the card says what failed.
  it.each([
    ['il tecnico per l’attivazione della fibra non si è mai presentato', /nuovo appuntamento/],
    ['the technician never showed up for the fibre installation', /contract number.*book a new one/],
  ])('drafts a new appointment for "%s"', async (text, asks) => {
    const { actions } = await responder().explain(aMention(text));
    const handoff = actions.find((action): action is HandoffAction => action.type === 'handoff');
    expect(handoff).toMatchObject({ draftFor: 'reply', draft: expect.stringMatching(asks) });
    expect(handoff?.summary).toMatch(/^Visit or appointment missed: «/);
  });

  it('answers how to unblock a SIM with the PUK entry, in a private message as the entry asks', async () => {
    const { actions } = await responder().explain(aMention('come sblocco la sim?'));
    expect(actions).toContainEqual(expect.objectContaining({ type: 'dm', sources: ['codice-puk'] }));
  });
});
