// Spanish word lists for triage: the basics (thanks, greetings, asking for a person, legal threats,
// faults). Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

export const spanish: Lexicon = {
  functionWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'que', 'y', 'es', 'en', 'no', 'por', 'para', 'con',
    'mi', 'mis', 'tu', 'su', 'yo', 'me', 'te', 'se', 'lo', 'le', 'nos', 'tengo', 'tiene', 'tenemos', 'hay',
    'esta', 'está', 'estoy', 'están', 'son', 'soy', 'muy', 'pero', 'ya', 'desde', 'ayer', 'hoy', 'nada',
    'hola', 'gracias', 'buenos', 'buenas', 'días', 'cómo', 'cuándo', 'dónde', 'qué', 'cuál',
    'funciona', 'puedo', 'pueden', 'ustedes', 'vosotros', 'sin', 'ahora', 'todavía', 'aún', 'otra',
    'vez', 'nunca', 'al', 'porque', 'ayuda', 'necesito', 'quiero', 'hace', 'tienen', 'estamos',
  ],
  fillerWords: ['ayuda', 'problema', 'problemas', 'info', 'información', 'pregunta', 'favor', 'funciona', 'va', 'algo', 'urgente'],
  negators: ['no', 'nunca', 'sin', 'nada', 'ningún', 'ninguna', 'ninguno', 'jamás', 'tampoco', 'ni'],
  phrases: {
    questionStart: {
      match: ['cómo', 'cuándo', 'dónde', 'por qué', 'qué', 'cuál|cuáles', 'cuánto|cuánta|cuántos', 'quién', 'puedo', 'pueden', 'hay', 'es posible'],
    },
    howTo: { match: ['cómo puedo|se|hago', 'dónde puedo', 'es posible', 'cuánto cuesta'] },
    account: {
      match: ['reembols*', 'devolución', 'me cobraron', 'me han cobrado', 'cobro doble', 'cobrado dos veces', 'no ha llegado', 'no me ha llegado', 'no recibí', 'he pagado', 'pagué'],
    },
    accountWeak: { match: ['mi factura|pedido|cuenta|línea|tarjeta|contrato|número|pago|saldo'] },
    complaint: {
      match: ['vergüenza', 'pésimo|pésima', 'fatal', 'queja', 'reclamación', 'problema', 'problemas', 'estafa', 'harto|harta', 'inaceptable', 'indignante', 'ridículo', 'nadie responde', 'desde hace días'],
    },
    faulty: {
      match: ['no funciona|funcionan', 'no va', 'no anda', 'no carga', 'no tengo señal|internet|línea|conexión|cobertura', 'sin señal|internet|servicio|conexión|línea|cobertura', 'caído|caída', 'avería', 'roto|rota', 'se corta', 'muy lento|lenta'],
    },
    legal: { match: ['abogad*', 'demanda*', 'denuncia*', 'tribunal*', 'juzgado', 'acciones legales', 'acción legal', 'facua', 'omic', 'ocu'] },
    safety: { match: ['incendio', 'fuego', 'humo', 'quemad*', 'descarga eléctrica', 'explot*', 'herid*', 'chispas', 'peligro'] },
    abuse: { match: ['idiota*', 'imbécil*', 'gilipollas', 'cabrón|cabrones', 'hijos de puta', 'hijo de puta', 'mierda de'] },
    human: { match: ['persona real', 'un humano', 'hablar con|a un|una agente|operador|operadora|humano|persona', 'hablar con alguien', 'no un bot', 'eres un bot'] },
    thanks: { match: ['gracias', 'muchas gracias', 'mil gracias', 'te agradezco', 'les agradezco', 'agradecid*'], except: ['no gracias', 'gracias por nada'] },
    greeting: { match: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas', 'saludos'] },
    urgent: { match: ['urgente', 'urgencia', 'cuanto antes', 'inmediatamente', 'emergencia', 'ya mismo'] },
    positive: { match: ['genial', 'excelente', 'perfecto', 'perfecta', 'estupendo', 'contento|contenta', 'resuelto', 'funciona de nuevo'] },
    negative: { match: ['mal', 'malo', 'mala', 'triste', 'desastre', 'lamentable', 'odio'] },
  },
};
