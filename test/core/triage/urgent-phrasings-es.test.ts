import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings).traits;
const URGENT: readonly MessageTrait[] = ['safety', 'security', 'legal'];

describe('triageMessage on urgent matters told in everyday Spanish', () => {
  it.each([
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
  ] satisfies [string, MessageTrait][])('reads "%s" as %s', (text, trait) => {
    expect(traitsOf(text)).toContain(trait);
  });

  it.each([
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
  ])('does not read "%s" as urgent', (text) => {
    expect(traitsOf(text).filter((trait) => URGENT.includes(trait))).toEqual([]);
  });
});
