// A home address posted in public is personal data like a phone number (PLAYBOOK: "phone, e-mail,
// IBAN, card number, Italian codice fiscale, address"): the real responder on the example
// knowledge never repeats it in public, says kindly that details are safer in private and
// continues in a DM. A street named without a house number is a place, not someone's home. A
// password or PIN is worse: the note asks to change it.
import { describe, expect, it } from 'vitest';
import { aMessage } from '../support/builders.ts';
import { aMention, useExampleResponder } from '../support/example-responder.ts';

const responder = useExampleResponder();

describe('a password or PIN posted in public', () => {
  it.each([
    ["here's my password: hunter2, why can't I log in??", 'hunter2', /change that password or PIN now/],
    ['la mia password è Ciao123! e non entro', 'Ciao123', /cambia subito quella password/],
    ['PUK 12345678 non funziona, sim bloccata', '12345678', /cambia subito quella password o quel PIN/],
    ['mi contraseña es Hola1234 y no puedo entrar', 'Hola1234', /cambia ya esa contraseña/],
    ['mon mot de passe est azerty12 et je ne peux pas me connecter', 'azerty12', /changez tout de suite ce mot de passe/],
    ['mein Passwort ist Sommer2024 und der Login klappt nicht', 'Sommer2024', /ändere sofort dieses Passwort/],
  ])('is never repeated: %j gets told to change it, and a DM', async (text, secret, note) => {
    const { actions } = await responder().explain(aMention(text));
    const reply = actions.find((action) => action.type === 'reply');
    expect(reply?.type === 'reply' && reply.text).toMatch(note);
    for (const action of actions) expect(JSON.stringify(action)).not.toContain(secret);
    expect(actions.some((action) => action.type === 'dm')).toBe(true);
  });
});

describe('a password or PIN sent in a private message', () => {
  it.each([
    ['my password is hunter22 and I can’t log in', 'hunter22', /Please never send us a password or PIN/],
    ['la mia password è Ciao123! e non entro', 'Ciao123', /Non inviarci mai password o PIN/],
    ['mein Passwort ist Sommer2024 und der Login klappt nicht', 'Sommer2024', /Schick uns bitte nie Passwörter/],
  ])('gets, once, the advice to change it: %j', async (text, secret, advice) => {
    const { actions } = await responder().explain(aMessage({ kind: 'dm', text }));
    const replies = actions.filter((action) => action.type === 'reply');
    expect(replies.filter((action) => action.type === 'reply' && advice.test(action.text))).toHaveLength(1);
    for (const action of actions) expect(JSON.stringify(action)).not.toContain(secret);
  });

  it('adds no advice to a private message that carries a phone number, which the DM asks for', async () => {
    const { actions } = await responder().explain(aMessage({ kind: 'dm', text: 'il mio numero è 347 123 4567, non funziona da ieri' }));
    for (const action of actions) expect(JSON.stringify(action)).not.toMatch(/password/i);
  });
});

describe('a street address posted in public', () => {
  it.each([
    ['I live at 221B Baker Street, London, and my router is dead', '221B Baker', /personal details in public/],
    ['il tecnico doveva venire in via Roma 12 e non si è visto', 'Roma 12', /dati personali in pubblico/],
    ['vivo en calle Mayor nº 3 y no tengo fibra desde ayer', 'Mayor', /datos personales en público/],
    ["j'habite au 10 rue de Rivoli et la box ne marche plus", 'Rivoli', /données personnelles en public/],
    ['Hauptstraße 5 in Berlin, seit gestern kein Internet', 'Hauptstraße', /persönlichen Daten öffentlich/],
  ])('is never repeated in public: %j gets the kind note and a DM', async (text, part, note) => {
    const { actions } = await responder().explain(aMention(text));
    const reply = actions.find((action) => action.type === 'reply');
    expect(reply?.type === 'reply' && reply.text).toMatch(note);
    expect(reply?.type === 'reply' && reply.text).not.toContain(part);
    expect(actions.some((action) => action.type === 'dm')).toBe(true);
  });

  it.each([
    ["c'è un guasto in via Roma a Milano?"],
    ['ho scritto via mail 3 volte e nessuno risponde'],
    ['we were stuck on the 19:07 to Liverpool Street for an hour'],
  ])('is not read in %j, which names no one’s home', async (text) => {
    const { actions } = await responder().explain(aMention(text));
    const reply = actions.find((action) => action.type === 'reply');
    expect(reply?.type === 'reply' && reply.text).not.toMatch(/personal details|dati personali/);
  });
});
