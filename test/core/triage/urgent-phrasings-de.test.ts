import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings).traits;
const URGENT: readonly MessageTrait[] = ['safety', 'security', 'legal'];

describe('triageMessage on urgent matters told in everyday German', () => {
  it.each([
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
  ] satisfies [string, MessageTrait][])('reads "%s" as %s', (text, trait) => {
    expect(traitsOf(text)).toContain(trait);
  });

  it.each([
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
  ])('does not read "%s" as urgent', (text) => {
    expect(traitsOf(text).filter((trait) => URGENT.includes(trait))).toEqual([]);
  });
});
