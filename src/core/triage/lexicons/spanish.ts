// Spanish word lists for triage. Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

// Una familia separada en el viaje: una avería, y lo que se agradece con sarcasmo ("otra vez nos habéis separado a la familia").
const FAMILY_SPLIT = ['separado|separada|separados|separadas|separar .. familia|hijos|hijo|hija|niños|niño|niña'];

export const spanish: Lexicon = {
  functionWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'que', 'y', 'es', 'en', 'no', 'por', 'para', 'con',
    'mi', 'mis', 'tu', 'su', 'yo', 'me', 'te', 'se', 'lo', 'le', 'nos', 'tengo', 'tiene', 'tenemos', 'hay',
    'esta', 'está', 'estoy', 'están', 'son', 'soy', 'muy', 'pero', 'ya', 'desde', 'ayer', 'hoy', 'nada',
    'hola', 'gracias', 'buenos', 'buenas', 'días', 'cómo', 'cuándo', 'dónde', 'qué', 'cuál',
    'funciona', 'puedo', 'pueden', 'ustedes', 'vosotros', 'sin', 'ahora', 'todavía', 'aún', 'otra',
    'vez', 'nunca', 'al', 'porque', 'ayuda', 'necesito', 'quiero', 'hace', 'tienen', 'estamos',
  ],
  markerWords: ['reembolso', 'pedido', 'factura', 'avería', 'señal', 'paquete', 'vuelo', 'cobro', 'recarga'],
  fillerWords: ['ayuda', 'problema', 'problemas', 'info', 'información', 'pregunta', 'favor', 'funciona', 'va', 'algo', 'urgente', 'ayudar', 'ayudarme', 'ayudarnos', 'ayudadme', 'podéis', 'pueden', 'puedes', 'podríais', 'podrían', 'alguien', 'necesito', 'mano', 'necesitaría', 'necesitaríamos'],
  negators: ['no', 'nunca', 'sin', 'nada', 'ningún', 'ninguna', 'ninguno', 'jamás', 'tampoco', 'ni'],
  phrases: {
    question: {
      match: [
        'quería saber', 'quisiera saber', 'quería preguntar', 'me pueden decir|explicar|informar', 'alguien sabe',
        'saben si', 'me gustaría saber',
      ],
    },
    request: {
      // Una necesidad o un ruego dichos como afirmación: "necesito ayuda con mi factura, gracias".
      match: ['necesito', 'necesitamos', 'me gustaría', 'quisiera', 'por favor'],
      except: ['me gustaría agradecer|felicitar|decir', 'quisiera agradecer|felicitar|decir'],
    },
    questionStart: {
      match: [
        'cómo', 'cuándo', 'dónde', 'por qué', 'qué', 'cuál|cuáles', 'cuánto|cuánta|cuántos|cuántas', 'quién',
        'puedo', 'pueden', 'hay', 'es posible', 'se puede',
      ],
      // "¡Qué ilusión!", "qué vergüenza": an exclamation, not a question.
      except: ['qué ilusión|bien|bonito|bonita|maravilla|alegría|lujo|suerte|pena|asco|vergüenza|desastre|horror|vergonzoso|rabia', 'cómo me alegro|molesta|gusta|encanta|fastidia'],
    },
    howTo: {
      notForModels: [
        'no encuentro|consigo .. opción|ajuste|ajustes|botón|menú',
      ],
      match: [
        'cómo puedo|se|hago', 'dónde puedo',
        'cómo recargo|recargar|pago|pagar|cambio|cambiar|activo|activar|veo|ver|consulto|consultar|configuro|configurar|descargo|uso|usar|accedo|acceder', 'es posible', 'cuánto cuesta', 'se puede', 'en el extranjero',
        'en roaming', 'incluye|incluyen', 'vale|sirve|funciona en',
      ],
    },
    account: {
      match: [
        // Encontrados con las sondas (ronda 21): los datos por privado, la cuenta bloqueada, los puntos que no
        // aparecen, la factura que se necesita, un bebé que añadir, un cobro doble.
        'paso|mando|envío|escribo|escribiros|escribir .. por|en privado|dm|md|mp', 'seguidme|seguidnos', 'cuenta bloqueada', 'bloqueado|bloqueada la|mi cuenta|app',
        'puntos|millas .. no .. aparecen|llegan|abonado|sumado|acreditado', 'nombre mal escrito', 'necesito|quiero la|una factura', 'necesito|quiero el justificante',
        'añadir|incluir|meter .. bebé|bebe|niño|niña|hijo|hija .. reserva|billete', 'cobrando|cobrado|cobráis|cobrasteis .. dos veces',
        // Su propia reserva o caso, o pedir hablar en privado: los datos van por DM.
        // Su propia factura, recibida o no, y sus datos equivocados ("no he recibido la factura").
        'he|hemos recibido .. factura|facturas|recibo|recibos', 'no he|hemos recibido .. factura|facturas|recibo|recibos',
        'dirección|datos|nombre|iban .. incorrect*|equivocad*|erróne*',
        'número de reserva|caso|ticket|localizador', 'mi reserva', 'si no me seguís|siguen|sigues', 'hasta que me sigáis|sigan|sigas', 'ayuda con mi|una|la reserva', 'recuperar mi cuenta', 'escribidme|escríbanme por privado|dm', 'síguenme para|por dm',
        'reembols*', 'devolución', 'me cobraron', 'me han cobrado', 'me cobran', 'cobro doble', 'cobrado dos veces',
        'no ha llegado', 'no me ha llegado', 'no recibí', 'he pagado', 'pagué', 'cobro indebido', 'cobros indebidos',
        'me cobraron de más', 'número de pedido', 'número de cliente', 'factura incorrecta',
        // Un cargo discutido como pregunta: "¿por qué me cobráis el roaming?", "me sigue cobrando", "me cuesta 40 euros".
        'por qué|que .. cobráis|cobrais|cobran|cobra|pago|pagamos|cuesta|cuestan|costado', 'me sigue|siguen cobrando', 'sigue|siguen cobrándome|cobrandome',
        'me|nos cuesta|cuestan|costó|costado .. euros|euro',
      ],
    },
    accountItem: {
      notForModels: [
        'me|nos podéis|podeis|puedes|pueden pasar|cambiar|mover|añadir|ampliar|unir|poner',
        'podéis|podeis|puedes|pueden .. añadir|ampliar|unir|cambiarme|pasarme|moverme|cambiarnos|pasarnos',
        'quiero|queremos|necesito|necesitamos .. ampliar|cambiar|pasar|añadir|mover|prolongar|alargar|unir|poner',
      ],
      match: [
        // Encontrados con las sondas (ronda 25): la tarjeta bloqueada, los cobros que siguen, una factura
        // disparada, un parte abierto, el dinero que no vuelve, la portabilidad parada, la tarifa cambiada.
        'bloqueado|bloqueada la|mi tarjeta', 'seguís|seguis|seguir|siguen cobrándome|cobrando|cobrándonos', 'factura .. triple|doble|disparada', 'abrí|abri|abierto|abrimos .. parte|reclamación|reclamacion|incidencia|siniestro', 'dinero .. no .. aparece|llega|devuelto|vuelto', 'portabilidad .. parada|bloqueada|atascada', 'han|habéis|habeis cambiado|subido .. tarifa|cuota|precio',
        // Datos propios que cambiar y un dinero propio que recuperar: "quiero cambiar la dirección de facturación", "¿cuándo me devolvéis el dinero del pedido?".
        'cambiar|modificar|actualizar mi|la dirección|cuenta|titular|iban|domiciliación',
        'devolvéis|devolveis|devolveréis|devuelven|reembolsáis|reembolsais .. dinero|importe|pedido',
        // Un cargo suyo o una factura suya que no cuadra: "me habéis cobrado un servicio que nunca pedí".
        'me habéis|han|has|ha .. cobrado|cargado|facturado|descontado', 'factura|recibo .. el doble|doble|triple',
        // Un pedido suyo anulado y el dinero retenido: "me cancelaron el pedido y se quedaron con el dinero".
        'me|nos cancelaron|cancelasteis|cancelan .. pedido|compra|suscripción', 'me|nos han cancelado .. pedido|compra|suscripción',
        'quedaron|quedasteis|quedado .. con el|mi dinero',
        // Un viaje o una compra suyos: "necesito cambiar el nombre en mi billete", "la factura de mi compra", "nadie me reubica".
        'cambiar|corregir|modificar .. nombre .. mi|mis|el|la|del billete|billetes|reserva|pasaje|pasajes|boleto|boletos',
        'factura|facturas|recibo|recibos .. mi|mis|nuestra|nuestro compra|compras|pedido|estancia|reserva|vuelo|billete|alquiler|habitación',
        'cambiar|mover|modificar|adelantar|retrasar|aplazar mi|mis|nuestro|nuestros|nuestra vuelo|vuelos|billete|billetes|reserva|pasaje|boleto',
        'me|nos reubica|reubican|reubicáis|reubicais|reubiquen|recoloca|recolocan|recoloquen', 'reubicarme|reubicarnos|recolocarme|recolocarnos',
        // La conversación ya es privada: "os he mandado un DM", "revisad los mensajes privados".
        'mandado|enviado|escrito|mandé|envié|escribí|mande|envie|escribi .. dm|md|privado|mp', 'os|te|les|le he|hemos mandado|enviado|escrito .. mensaje|mensajes|correo', 'revisad|mirad|revisen|miren|revisa|mira .. dm|md|privado|privados|mp|bandeja',
      ],
    },
    accountWeak: {
      match: [
        // Encontrados probando: "necesito cambiar el titular de la línea".
        'cambiar|cambio el|de titular|titularidad', 'cambio de titular|titularidad',
        // Una factura que se duplica es la suya: "la factura se ha duplicado sin motivo".
        'factura|recibo .. duplicad*|duplicó|triplicad*|triplicó',
        'mi|mis factura|facturas|pedido|pedidos|cuenta|línea|tarjeta|contrato|número|pago|saldo|recibo|paquete|envío|reserva|suscripción|tarifa|perfil|contraseña|dinero|reembolso|devolución',
        // Su propia permanencia: "¿cuándo termina mi permanencia?".
        'mi|nuestra permanencia',
      ],
    },
    complaint: {
      match: [
        // Ronda 22: "me pasáis de un departamento a otro".
        'pasais|pasan|pasaron|pasasteis de un departamento|agente|operador a otro',
        'contestan|responden|contestais|respondeis a los|tras .. dias|semanas',
        // Escribieron y nadie contestó: "os escribí por privado el lunes y aún nada".
        'aún|aun|todavía|todavia nada', 'y nada de nada',
        // Encontrados probando: "me han dado tres respuestas distintas", "ya lo he explicado cuatro veces".
        'me devuelve|devuelven|manda|mandan|lleva|llevan .. al principio|inicio',
        'respuestas|versiones|cosas distintas|diferentes', 'explicado|repetido|explicar|repetir .. veces', 'dando|dan|dado vueltas',
        // Un empleado que se burla del cliente: "el dependiente se rió de mí".
        'se rió|rio|rieron|ríe|rie|ríen de mí|mi|nosotros',
        // Cobros tras la baja y subidas sin aviso: "pedí la baja y me seguís cobrando", "la tarifa ha subido sin avisar".
        'seguís|siguen|seguis|continuáis|continuais .. cobrando|cobrándome|cobrandome',
        'subido|subida|aumentado|aumentada|cambiado .. sin avisar|aviso|preaviso',
        // Hechos esperar: "me hicieron esperar 3 horas", "nos han hecho esperar".
        'hicieron|hacen|hizo|hace|hecho|hacernos|hacerme esperar',
        // Elogios a un competidor, una concesión que dice que no basta, la cortesía negada.
        'a diferencia de vosotros|ustedes|ti', 'lo mínimo que podíais|podían|podrían|deberían', 'poco amable|amables|profesional|profesionales',
        // Lo que debía pasar y no pasó: "habría sido bueno avisar".
        'habría|hubiera|hubiese sido bueno|mejor|amable|útil|bonito|agradable|correcto', 'podrían|podríais|deberían|deberíais haber',
        // Una promesa incumplida: "dijisteis 2 semanas y van 6".
        'dijisteis|dijeron|dijo|prometisteis|prometieron .. días|semanas|meses|horas',
        // El tiempo de espera, los cambios repetidos y las preguntas retóricas: "ya llevo una hora",
        // "han cambiado la puerta 4 veces", "¿algún día vais a contestar?", "¿de qué sirve...?".
        'ya llevo|llevamos .. hora|horas|minutos|días|semanas|meses',
        'cambiado|cambiaron|movido|retrasado|retrasaron|cancelado|cancelaron|aplazado .. veces',
        'algún día vais|van|vas|pensáis|piensan|podréis', 'contestar|responder|contestaréis|responderéis algún día',
        'de qué sirve|sirven', 'qué sentido tiene', 'estaría|sería bien|bueno que|si',
        'ninguna|cero información|noticia|noticias|actualización',
        // Charged twice is a grievance, not only an account matter (as in English and Italian).
        'cobraron|cobrado|cobran|cobrasteis|cobró|cobrarme|cobrarnos|cobrándome .. dos|tres veces', 'cobro doble', 'doble cobro',
        // La ayuda que llega tarde no es ayuda: "gracias por la actualización... 6 horas después".
        'horas|días|semanas|meses después', 'horas|días|semanas|meses más tarde',
        // Un importe que ha crecido, preguntado: "¿por qué la factura de este mes es el doble?".
        'factura|facturas|recibo|cuota|precio|importe .. es|son el doble|triple',
        'ya estamos otra vez', 'otra vez no', 'otra vez lo mismo',
        'factura|facturas|recibo|cuota|precio|importe .. se ha|han duplicado|doblado|triplicado',
        'duplicado|doblado|triplicado .. factura|recibo|cuota|precio|importe',
        // Comida que llega incomible: "gracias por la comida fría".
        'comida|pizza|hamburguesa|papas|patatas|cena|almuerzo|desayuno|plato fría|frío|frías|fríos|quemada|quemado|quemadas|cruda|crudo',
        'vergüenza', 'qué vergüenza', 'pésimo|pésima|pésimos|pésimas', 'fatal', 'queja', 'quejas', 'reclamación',
        'reclamo', 'estafa', 'harto|harta|hartos', 'inaceptable', 'indignante', 'indignad*', 'ridículo|ridícula',
        'nadie responde|contesta|atiende|ayuda', 'nadie me responde|contesta|atiende|ayuda|llama',
        'desde hace días|semanas|meses', 'hace días|semanas|meses', 'llevo .. días|semanas|meses|horas',
        'llevo esperando', 'llevo .. esperando', 'hace .. que espero|esperamos', 'sigo esperando', 'seguimos esperando', 'esperando desde', 'horas esperando',
        'horas de espera', 'me colgaron|cuelgan|colgó', 'sin respuesta', 'ninguna respuesta',
        'no me responden|contestan|atienden|ayudan|solucionan|llaman', 'no contestan', 'no responden',
        'nunca responden|contestan', 'maleducad*', 'grosero|grosera|groseros', 'irrespetuos*',
        // Nadie los lee: "¿leéis los mensajes?", "¿alguien lee esto?".
        'leéis|leeis|leen .. mensajes|dm|md', 'alguien lee .. esto|mensajes|dm|md', 'los leéis|leeis|leen',
        'me trataron|trató|tratan mal|fatal|como', 'mal trato', 'maltrato', 'mala atención', 'pésima atención',
        'mal servicio', 'servicio pésimo|malo|horrible|terrible|fatal|deficiente',
        'atención al cliente .. pésima|mala|nula|horrible|inexistente', 'decepcionad*', 'decepción', 'decepcionante',
        'molesto|molesta|molestos', 'enojad*', 'enfadad*', 'furios*', 'cansad* de', 'una burla', 'un robo',
        'ladrones', 'timo', 'timad*', 'abuso', 'abusivo', 'injusto', 'no es justo', 'no es normal', 'no es posible',
        'lamentable', 'terrible', 'horrible', 'desastre', 'desastros*', 'malísimo', 'peores',
        'peor', 'incompetent*', 'inútiles', 'inútil', 'no sirve|sirven para nada', 'qué pasa con', 'cada vez peor',
        'siempre lo mismo', 'una y otra vez', 'tercera|cuarta|quinta vez', 'me estafaron', 'me engañaron', 'engaño',
        'publicidad engañosa', 'cobro abusivo', 'carísimo', 'no me devuelven', 'quiero mi dinero', 'devuélvanme',
        'pérdida de tiempo', 'vergonzoso', 'escandaloso', 'lo peor', 'qué asco', 'dan asco', 'basura', 'una mierda',
        'de mierda', 'no me gusta',
        'me llamó|llamaron|dijo|dijeron .. idiota|imbécil|estúpido|tonto|mentiroso|ladrón',
        'dejen de llamar|llamarme|enviar|escribir|cobrar', 'llamadas comerciales|spam', 'no me gustó',
        'amenaz* con',
        'ilocalizable', 'ilocalizables', 'imposible contactar|contactaros|localizaros',
        // Precios que suben, daños, penalizaciones por irse.
        'subida|subidas de precio|precios|tarifa|cuota', 'otra subida', 'técnico|repartidor|mensajero .. rompió|dañó|estropeó|rayó',
        'cobrado|cobraron|cobrar .. penalización|permanencia|comisión',
        // Acusados de robar o de hacer cosas para romperse.
        'me|nos habéis|han robado', 'me|nos robáis|roban', 'hecho|hecha|hechos para romperse', 'obsolescencia programada',
      ],
      // "¿Qué pasa con mis puntos si cancelo?" asks what would happen, it reports nothing.
      except: ['qué pasa con .. si'],
    },
    problem: {
      match: [
        'problema', 'problemas', 'inconveniente', 'inconvenientes', 'retraso', 'retrasos', 'demora', 'demoras',
        'se suponía que', 'me prometieron', 'prometido', 'prometida', 'confus*', 'no está claro', 'nunca recibí',
        'todavía no recibo', 'en vez de', 'en lugar de',
        'no', 'nunca',
      ],
      except: [
        'sin problema|problemas', 'ningún problema', 'no hay problema',
        'problema|problemas .. resuelto|solucionado|arreglado',
        'resolver|resolvieron|solucionaron|solucionar|arreglaron el|mi problema',
        'no problem|problems|worries|thanks|thank|need|rush|hurry|pressure|doubt|wonder', 'no idea what', 'yes or no',
        'no es necesario', 'no hay de qué', 'no sé', 'no se preocupe|preocupen',
        'no te preocupes', 'no solo', 'no está mal', 'nunca me decepciona*', 'hasta nunca', 'no puedo esperar', 'no, thanks',
        'no no',
      ],
    },
    resolved: {
      match: [
        // Ronda 24: "ahora va de lujo".
        'ahora va de lujo', 'ahora va genial|perfecto|fenomenal|perfectamente',
        'problema resuelto|solucionado', 'ya funciona', 'funciona de nuevo', 'vuelve a funcionar',
        'volvió a funcionar', 'volvió el servicio|internet|la', 'ya llegó', 'por fin llegó',
        'ya está resuelto|solucionado|arreglado', 'está solucionado|arreglado|resuelto',
        'problema|problemas .. resuelto|solucionado|arreglado',
        'ya me llegó|llegó', 'me llegó el|la|mi reembolso|pedido|paquete|devolución', 'me ha llegado el|la|mi reembolso|pedido|paquete|devolución',
        'reembolso|pedido|paquete|devolución llegó', 'reembolso|pedido|paquete|devolución ha llegado',
      ],
      // La mitad del pedido no es el pedido llegado: "solo ha llegado la mitad del pedido".
      except: ['mitad|parte .. llegó|llegado', 'llegado|llegó la mitad|parte'],
    },
    faulty: {
      notForModels: [
        'también .. lleno|llena|cancelado|cancelada|completo|completa|retrasado',
        'qué|que ha pasado|pasó',
        'vuelven|vuelve a aparecer',
        'se resetea|resetean|reinicia|reinician solo|sola|solos|solas',
      ],
      match: [
        // Ronda 25 (respuestas en un hilo): lo que sigue pendiente.
        'sigue|siguen|continúa|continua .. pendiente|pendientes|retenido|retenida|parado|parada|atascado|atascada',
        // Ronda 24: la luz roja del router, el agua marrón.
        'luz roja', 'agua marrón|turbia|amarilla|sucia',
        'llegan|llega .. megas|mb',
        // Se va la fibra, dicho con el verbo delante: "cada noche se me va la fibra".
        'se me|nos va|fue|cae|cayo|corta|corto|muere|murio la|el fibra|internet|luz|wifi|conexion|linea|red|señal|tele',
        // Encontrado probando: "la señal desaparece en cuanto entro en casa".
        'señal|cobertura|línea|conexión|red|wifi|internet .. desaparece|desaparecen|desapareció', 'señal|cobertura|línea|conexión|red|wifi|internet .. se pierde|corta',
        // Una pantalla que se queda en negro: "la tele se queda en negro cada dos por tres".
        'se queda|quedó|quedan|pone|puso en negro|blanco', 'pantalla|tele|tv|televisión|monitor .. se pone|puso|queda|quedó negra|negro|blanca|blanco',
        // "me encanta pagar por un servicio que nunca funciona".
        'nunca|jamás funciona|funcionan|funcionó|anda|andan',
        // Una operación que falla: "la portabilidad ha vuelto a fallar".
        'vuelto a fallar',
        // Un aparato o una app que falla: "la pantalla parpadea", "la app se cierra sola", "el correo nunca llega".
        'parpade*', 'pantalla negra', 'pantalla en negro', 'se cierra sola|solo', 'se cierra cada vez', 'aparece|aparecen|sale|salen desconectad*',
        'nunca llega|llegan|llegó',
        'ha|han fallado', 'vuelve|vuelven a fallar',
        'borrado|eliminado|perdido todo', 'lo ha|han borrado|eliminado todo',
        // Una entrega que falló: pone entregado pero no está, caja vacía, intento de entrega, seguimiento parado.
        'pone|dice|figura|aparece|marca entregado|entregada pero', 'caja|paquete .. vacío|vacía',
        'intento de entrega', 'intentaron entregar', 'seguimiento .. parado', 'seguimiento .. no se actualiza', 'seguimiento .. no avanza', 'devuelto al remitente',
        // Un servicio que se cortó de golpe: "internet se ha cortado de repente".
        'internet|red|línea|conexión|wifi|fibra|datos se|me ha|han cortado|caído|parado|ido|muerto', 'se|me cortó|cayó|paró de repente|golpe',
        // Nothing works: "estoy fuera y nada funciona".
        'nada funciona|funcionaba|carga|conecta', 'no funciona|carga|conecta nada',
        // Un viaje parado a la espera: "llevamos 3 horas esperando a la tripulación".
        'esper* .. tripulación|piloto|pilotos|avión|mecánico|mecánicos',
        // Preguntado, sigue siendo una avería: "¿qué pasa con el tren de las 8?".
        'dormir|dormí|dormimos|durmiendo en .. aeropuerto|puerta|terminal|suelo|estación|andén',
        'pasar|pasé|pasamos|pasando la noche en .. aeropuerto|terminal|suelo|estación|andén',
        'dinero|fondos|sueldo|salario .. bloqueado|bloqueados|retenido|retenidos|congelado|congelados', 'desbloqueen|desbloquead|liberen mi|mis dinero|fondos|sueldo|cuenta',
        'que pasa|ocurre con', 'que esta pasando|ocurriendo con',
        'lleva|llevan|llevamos|llevo .. minutos|horas|hora parado|parada|parados|paradas|detenido|detenida|atascado|atascada',
        'no está|esta|están|estan|ha|han|fue|sigue resuelto|resuelta|resueltos|solucionado|solucionada|arreglado|arreglada',
        'no se ha|han resuelto|solucionado|arreglado', 'sin resolver|solucionar|arreglar',
        'actualización|actualizaciones .. rompe|rompió|rompen|estropea|estropeó|bloquea|bloqueó|borra|borró',
        'no funciona|funcionan', 'ya no funciona', 'dejó de funcionar', 'no funciona bien', 'no va', 'no anda',
        // Un fallo con el que se sigue viviendo, o que arruinó lo previsto.
        'sigo sin noticias', 'todavía|aún sin noticias', 'por segunda|tercera|cuarta|quinta|enésima vez',
        'vacaciones|viaje|finde|boda|cumpleaños|navidad .. arruinad*', 'arruinó|arruinaron .. vacaciones|viaje|finde|boda|cumpleaños|navidad',
        'no carga', 'no abre', 'no se abre', 'no enciende', 'no se enciende', 'no prende', 'no conecta',
        'no se conecta',
        'no puedo|logro|consigo|podemos .. entrar|acceder|conectarme|pagar|descargar|iniciar|llamar|navegar|usar|ver|comprar|recargar|instalar|actualizar|abrir|activar|registrarme|hacer',
        'no me deja', 'imposible entrar|acceder|conectar|pagar|llamar',
        'no tengo señal|internet|línea|conexión|cobertura|luz|servicio|red|wifi',
        'no hay señal|internet|luz|línea|conexión|cobertura|servicio|red',
        'sin señal|internet|servicio|conexión|línea|cobertura|luz|wifi|red|teléfono|tele|televisión|agua|gas|datos|fibra',
        // Agua, luz y gas que faltan o llegan con poca presión: "no hay agua desde esta mañana", "nos cortaron el agua".
        'no hay|tengo|tenemos agua|gas|calefacción', 'falta|faltaba|faltó .. agua|luz|gas|electricidad', 'corte|cortes de .. agua|luz|gas|electricidad',
        'cortaron|cortado|cortó .. agua|luz|gas|electricidad', 'presión .. baja|bajísima|poca|débil', 'poca|baja presión',
        'caído|caída', 'se cae', 'se cayó', 'se caen', 'se va la señal|luz|conexión', 'se corta', 'se cortó',
        'se traba', 'se congela', 'se cuelga', 'se bloquea', 'se reinicia', 'se apaga', 'falla', 'fallando', 'fallo',
        // Lo que se cierra solo, un paquete que llega abierto o a medias: "la app se cierra sola".
        'se cierra|cierran|desconecta|desconectan .. solo|sola|solos|solas', 'paquete|pedido|caja|envío|maleta|llegó|llego|llegaron .. abierto|abierta|roto|rota|vacío|vacía|mojado|mojada|aplastado|aplastada',
        'falta|faltan la mitad|piezas|productos|artículos|cosas',
        // Encontrados probando: "el paquete llegó destrozado", "esperé 3 horas por mis maletas".
        'llegó|llego|llegaron|llegado|vino|vinieron .. destrozad*|aplastad*|mojad*|abiert*', 'llegó|llego|llegaron|llegado|vino|vinieron hecho|hecha|hechos|hechas pedazos|polvo',
        'esperé|esperado|esperando|esperar|espero .. horas|hora|minutos por|a .. maleta*|equipaje*',
        'dando vueltas sobre|encima', 'dando vueltas .. hora|horas|minutos',
        'fallos', 'error', 'errores', 'avería', 'averiad*', 'roto|rota|rotos|rotas', 'dañad*', 'defectuos*',
        'estropead*', 'muy lento|lenta', 'lentísimo|lentísima', 'internet|conexión|wifi|red .. lento|lenta',
        'va lento|lenta', 'no llega|llegan|llegó', 'nunca llegó', 'todavía|aún no llega|llegó',
        'todavía|aún no ha llegado',
        // Llega otra cosa: "pedí una talla M y me llega una XXL en otro color".
        'me|nos llega|llego|llegan|mandais|mandasteis|enviais|enviasteis|mandan|envian .. otra|otro talla|color|modelo|numero|producto',
        'pedido|paquete|envío|compra .. perdido|extraviado|retrasado|dañado|roto|equivocado',
        'pedido|paquete|envío|compra .. no llegó', 'maleta|maletas|equipaje .. perdid*|extraviad*|dañad*',
        'perdieron mi|mis maleta|maletas|equipaje|paquete',
        // Una maleta que se busca o llega rota, un vuelo que cancela la aerolínea, un avión parado con nosotros dentro.
        'dónde está|están .. mi|mis|nuestra|nuestras|nuestro|nuestros maleta|maletas|equipaje|equipajes',
        'roto|rota|rotos|rotas|dañado|dañada|destrozado|destrozada|destrozaron|rompieron|rompisteis|rompió .. maleta|maletas|equipaje|cochecito',
        // Una maleta perdida por ellos o mandada a otro sitio, algo olvidado a bordo: "me habéis perdido la maleta", "mi maleta acabó en otra ciudad", "olvidé mi tablet en el avión".
        'perdido|perdisteis|perdieron|perdió|extraviado|extraviasteis|extraviaron .. maleta|maletas|equipaje|paquete|paquetes|pedido|pedidos|envío',
        'maleta|maletas|equipaje .. acabó|acabaron|terminó|terminaron|fue|fueron|llegó|llegaron .. otra|otro ciudad|aeropuerto|destino|país|vuelo',
        'olvidé|olvide|olvidamos|olvidado .. en el|la avión|vuelo|tren|autobús', 'dejé|deje|dejamos|dejado mi|mis|el|la|un|una .. en el avión|vuelo|tren|autobús',
        'me|nos cancelaron|cancelasteis|cancelan .. vuelo|vuelos|tren|viaje|reserva', 'me|nos han cancelado .. vuelo|vuelos|tren|viaje|reserva',
        'seguimos|todavía|aún sentados|parados|atrapados|encerrados .. avión|pista|puerta|tren', 'avería|problema|problemas técnico|técnica|técnicos|mecánico|mecánica|mecánicos',
        'vuelo|tren|autobús|bus .. cancelado|retrasado|demorado|desviado', 'cancelaron mi|el vuelo',
        'perdí mi|la|el conexión|vuelo|tren', 'técnico .. no vino|llegó|apareció',
        'técnico .. nunca vino|llegó|apareció', 'técnico .. no se presentó', 'producto equivocado',
        'llegó roto|dañado|abierto', 'fuera de servicio', 'sin funcionar', 'sin tono', 'no da tono',
        'desapareci*', 'cuándo vuelve|volverá|regresa .. internet|servicio|luz|señal|conexión',
        'desde la actualización', 'después de actualizar', 'tras la actualización',
        'no se guarda|guardan|graba|graban|sincroniza|actualiza|descarga|instala|reproduce|carga|abre|conecta',
        // Disruption told by its symptoms (as in English): parados en la pista, todas estas cancelaciones, mi reserva ha desaparecido.
        'parados|parado|atrapados|atrapado|encerrados|sentados .. en la|el pista|avión', 'todas estas cancelaciones',
        'tantas cancelaciones', 'todos estos retrasos', 'tantos retrasos',
        // La ironía los envuelve a menudo ("me encanta cómo la app me cierra la sesión").
        'me cierra|cerró la sesión', 'me desconecta|desconectó', 'wifi|internet|línea|router|módem|red|señal|app .. murió|muerto|muerta', 'wifi|internet|línea|router|módem|red|señal|app .. se muere',
        'va|funciona|anda fatal', 'va|funciona|anda de pena',
        'ya lo hice|probé|intenté', 'sigue diciendo|dando .. incorrecta|incorrecto|error|inválida|inválido',
        // El pago que no pasa: "me rechazan la tarjeta".
        'me rechazan|rechaza|rechazaron|rechazó .. tarjeta|pago', 'tarjeta|pago .. rechazada|rechazado|rechazan', 'me la|lo rechazan|rechaza',
        // Encontrados probando: "la web se queda cargando", "el cajero se ha tragado mi tarjeta", "solo ha llegado la mitad".
        'se queda|quedó cargando|pensando|colgada|colgado', 'tragado|tragó|traga|retenido|retuvo|comido|comió .. tarjeta',
        'perdido todos los canales|programas|ajustes|datos|contactos', 'cinta .. empapad*|mojad*|rot*|destrozad*|abiert*', 'maleta|maletas|equipaje .. empapad*|destrozad*|rajad*',
        'llegó|llegaron|llegado fría|frío|frías|fríos', 'faltaba|faltaban la mitad', 'faltaba|faltaban piezas|productos|artículos|cosas', 'dejó|dejado de cargar|encender|conectar|funcionar',
        'solo ha|han llegado la|una mitad|parte', 'solo llegó|llegaron la|una mitad|parte', 'solo ha|han llegado uno|una|dos|tres|1|2|3', 'solo llegó|llegaron uno|una|dos|tres|1|2|3', 'solo la mitad|parte .. llegado|llegó|llegaron',
        'repartidor|conductor|rider|taxista .. cancelado|canceló|anulado|anuló', 'aire acondicionado .. apagado|roto|estropeado', 'climatización|calefacción .. apagado|apagada|rota|roto|estropeada|estropeado',
        'nos asamos', 'nos estamos asando', 'nos morimos de calor|frío',
        ...FAMILY_SPLIT,
      ],
      except: [
        // Lo que nunca falla es un elogio: "el servicio nunca falla, gracias".
        'nunca|jamás falla|fallan|falló', 'nunca|jamás ha|han fallado',
        'por error', 'mi error', 'qué pasa con .. si',
      ],
    },
    security: {
      notForModels: [
        'bloqueen|bloqueadme|bloquead|bloquear|bloqueenme .. tarjeta|tarjetas|cuenta|cuentas',
        'que no estoy haciendo|autorizando',
        'tarjeta está .. en mi|la cartera|mano|bolsillo', 'tarjeta la tengo .. en mi|la cartera|mano|bolsillo',
        'he pinchado|abierto|clicado .. enlace|link',
        'nunca he cambiado|modificado|dado',
      ],
      match: [
        // Ronda 23: cargos que no son míos, una web o un anuncio con vuestro logo, la clave dictada a quien llamó.
        'transferencias|compras|cargos|pagos que no son mías|míos|mias|mios', 'con vuestro logo|nombre', 'web|página|pagina|perfil|cuenta falsa|falso|clonada|clonado|idéntica|identica',
        'le di|dicté|dicte|pasé|pase la|el clave|código|codigo|contraseña|pin', 'no he comprado|pedido nada',
        // Encontrados probando: "me llamaron diciendo ser de vuestro banco y pidiendo el código".
        'llamaron|llamó|llamado|escribieron|escribió .. pidiendo|pidieron|pidió .. código|códigos|pin|clave|contraseña|datos',
        'pidiéndome|pidiéndonos .. código|códigos|pin|clave|contraseña',
        'diciendo ser de', 'haciéndose pasar por',
        // Señales de que otro está en la cuenta: un código que nadie pidió, datos que el cliente no reconoce.
        'código|códigos|otp|pin .. no he pedido|solicitado', 'código|códigos|otp|pin .. que no pedí|solicité', 'mi número .. portado|transferido|trasladado',
        // Un mensaje en nuestro nombre que pide secretos: phishing.
        'pide|pedía|piden|pidiendo .. contraseña|pin|clave|credenciales', 'pide|pedía|piden|pidiendo .. datos de la tarjeta',
        'hackeado|hackeada|hackearon|jaqueado|jaqueada', 'me hackearon',
        // Un mensaje que se hace pasar por la empresa.
        'haciéndose|haciendose pasar por', 'se hace|hacen|hacía|hacían|hizo pasar por',
        'cuenta .. robada|hackeada|comprometida|vulnerada',
        'alguien .. usó|uso|compró|accedió|entró|hizo|cambió|pagó|sacó|gastó', 'alguien .. tiene acceso',
        'me robaron el|la|mi .. móvil|movil|teléfono|telefono|celular|sim', 'me han robado el|la|mi .. móvil|movil|teléfono|telefono|celular|sim', 'móvil|movil|teléfono|telefono|celular .. robado',
        'cargo|cargos|compra|compras|cobro|cobros|movimiento|movimientos|pago|pagos .. desconocid*|fraudulent*|sospechos*',
        'no autorizad*', 'que no hice|reconozco|autoricé', 'que yo no hice|reconozco|autoricé',
        // Una SIM pasada a otro móvil sin pedirlo: "mi sim se pasó a otro móvil y yo no lo pedí".
        'sim .. pasó|trasladó|movió|transfirió .. otro|otra móvil|movil|teléfono|dispositivo', 'no reconozco', 'yo no fui', 'no fui yo', 'fraude',
        'fraudulent*', 'suplantación de identidad', 'robo de identidad', 'me robaron', 'phishing',
        'portabilidad .. sin|fraudulenta', 'portabilidad no solicitada|autorizada', 'duplicaron mi sim',
        'sim duplicada|clonada', 'duplicado de sim', 'tarjeta clonada', 'clonaron', 'filtración de datos',
        'filtraron|vendieron|dieron|compartieron|cedieron .. mis|mi datos|número|información', 'paquete robado',
        'robaron mi|el paquete', 'actividad sospechosa',
        'correo|mensaje|sms|llamada .. sospechos*|fraudulent*|falso|falsa', 'intento de estafa|fraude',
        'sin mi consentimiento|autorización|permiso',
        'alguien ha|había .. pedido|comprado|usado|accedido|entrado|cambiado|hecho', 'facturas|factura|datos|pedidos|cuenta|pagos|dirección|llamadas de otra persona', 'facturas|factura|datos|pedidos|cuenta|pagos|dirección|llamadas de otro cliente|usuario',
        // Millas gastadas por otra persona, documentos de otra persona a la vista.
        'usó|usaron|utilizó|utilizaron|canjeó|canjearon|gastó|gastaron otra persona', 'usadas|usados|canjeadas|canjeados|gastadas|gastados por otra persona',
        'embarque|pasaporte|pedidos|reserva|reservas|billete|billetes .. de otra persona',
        // La cuenta vaciada o el dinero sacado por otro: "me han vaciado la cuenta", "me han sacado 900€ en un cajero".
        'vaciado|vaciada|vaciaron|vaciasteis .. cuenta|cuentas|tarjeta|tarjetas|saldo|monedero', 'vació|vaciaron mi|mis|nuestra|nuestras cuenta|cuentas|tarjeta|tarjetas|saldo|monedero',
        'me|nos han|ha sacado|retirado .. cajero|cajeros', 'tarjeta|tarjetas la|las tengo|tenemos|tiene|tenía|tenia yo|nosotros|encima|conmigo|aquí|aqui',
        // Lo que el cliente no hizo ni es suyo: "pedidos que no he hecho", "una reserva que no es mía", "a mi nombre sin pedirlo".
        'que|q no he|hemos hecho|realizado|autorizado|solicitado|contratado|firmado|efectuado', 'no he|hemos firmado|autorizado nada|ningún|ningun|ninguna',
        'reserva|reservas|compra|compras|cargo|cargos|cobro|cobros|pago|pagos|correo|email|mail|número|numero|dirección|direccion|tarjeta|préstamo|prestamo|cuenta|línea|linea|contrato|suministro .. que|q no es|son mía|mia|mío|mio|mías|mias|míos|mios|nuestra|nuestro|nuestras|nuestros',
        'a mi|nuestro nombre .. que|q no he|hemos|hice|hicimos|pedí|pedi|solicité|solicite|contraté|contrate|firmé|firme|reconozco|autoricé|autorice',
        'a mi|nuestro nombre .. sin mi|nuestro|pedirlo|pedirla|pedirlos|solicitarlo|autorización|autorizacion|consentimiento|permiso|saberlo|avisar',
        'han|ha pedido|solicitado|sacado|abierto|contratado|pidieron|solicitaron|sacaron|abrieron|contrataron .. a mi|nuestro nombre',
        'tienda|tiendas|comercio|comercios|empresa|empresas|web|página|pagina .. que|q no conozco|conocemos',
        'cargo|cargos|compra|compras|cobro|cobros|movimiento|movimientos|pago|pagos .. que|q no conozco|conocemos',
        'ni|nunca he|hemos|había|habia|habíamos pisado',
        // Otro dentro de la cuenta: la contraseña o el correo cambiados, pedidos que hace "mi cuenta", alguien que la usa.
        'me|nos han|ha cambiado .. contraseña|contrasena|correo|email|mail|clave|pin', 'me|nos cambiaron .. contraseña|contrasena|correo|email|mail|clave|pin',
        'han|ha cambiado .. correo|email|mail|teléfono|telefono|móvil|movil|número|numero .. recuperación|recuperacion',
        'cuenta|tarjeta|perfil .. ha|han hecho|realizado .. pedido|pedidos|compra|compras|reserva|reservas',
        'alguien ha|había|habia|han .. gastado|canjeado|utilizado|sacado|retirado|transferido|vaciado|robado .. mi|mis|nuestra|nuestro|nuestros|nuestras',
        'alguien .. usa|utiliza|usando|utilizando|entra|entrando|accede|accediendo|gasta|gastando|escucha|escuchando|ve|viendo|juega|jugando|compra|comprando .. mi|mis|nuestra|nuestro cuenta|cuentas|tarjeta|tarjetas|perfil|datos|nombre|línea|linea|puntos|millas|avios',
        'alguien .. desde mi|nuestra|nuestro cuenta|perfil|usuario|tarjeta',
        'qué|que pinta|pintan .. en mi|nuestra cuenta|perfil|área|area|app|factura|tarjeta',
        'aparece|aparecen|sale|salen|figura|figuran|veo otro|otra|otros|otras suministro|suministros|contrato|contratos|titular|titulares|dirección|direccion|direcciones|persona|personas|cliente',
        'reserva|reservas|pedido|pedidos|compra|compras|cargo|cargos|cobro|cobros|pago|pagos|correo|email|mail|número|numero|dirección|direccion|tarjeta|préstamo|prestamo|cuenta|línea|linea|contrato|suministro|billete|billetes|dni|pasaporte|datos|nombre|factura|facturas .. de un|una tal|desconocido|desconocida',
        'portado|portaron|portó|porto mi|el|la número|numero|línea|linea .. sin',
        'no vive|viven ningún|ningun|ninguna',
        // Un mensaje que quizá no es nuestro: "¿es vuestro o es timo?", "metí mis claves".
        'vuestro|vuestra|vuestros|vuestras|suyo|suya|real|oficial|legítimo|legitimo|legítima|legitima|verdadero|verdadera .. o .. timo|estafa|phishing|fraude|falso|falsa|spam',
        'es|son|era vuestro|vuestra|vuestros|vuestras|real|oficial|legítimo|legitimo|legítima|legitima este|esta|estos|estas sms|mensaje|mensajes|correo|email|mail|llamada|enlace|link',
        'este|esta|estos|estas sms|mensaje|mensajes|correo|email|mail|llamada|enlace|link .. es|son vuestro|vuestra|vuestros|vuestras|real|oficial|legítimo|legitimo|legítima|legitima',
        'metí|meti|introduje|puse|di|facilité|facilite|pasé|pase|mandé|mande|envié|envie .. mis claves|credenciales',
        // Una identidad suplantada: "un perfil con mis fotos", "un perfil falso".
        'perfil|perfiles|cuenta|cuentas|anuncio|anuncios .. con|usando|utilizando|robando mis|mi fotos|foto|imagen|imágenes|imagenes|cara',
        'perfil|perfiles|cuenta|cuentas falso|falsos|falsa|falsas', 'suplant*',
      ],
      except: [
        'filtración|filtracion .. de otra|otras compañía|compañia|empresa|empresas',
        // The app asking for a password is a log-in, not phishing.
        'app|aplicación|web|página .. pide|pedía|piden|sigue|siempre',
      ],
    },
    cancelAsk: {
      match: [
        'cuánto|cuántos|cuanto|cuantos .. me queda|quedan de permanencia',
        'cómo me|nos doy|damos|dais de baja', 'cómo doy|dar|darme de baja', 'cómo cancelo|cancelar .. contrato|cuenta|suscripción|línea|servicio',
      ],
    },
    churn: {
      notForModels: [
        'ofertas|oferta|propuestas mejores|mejor', 'ofertas|oferta|propuestas más baratas|barata',
        'qué me|nos ofrecéis|ofrecen|proponéis',
        'me|nos habéis|han puesto la decisión fácil|facilísima',
        'gastaré|gasto|compraré|compro .. en otro|otra|otros|otras sitio|parte|lugar|tienda',
      ],
      match: [
        // Ronda 24: "en cuanto acabe la permanencia", "no lo renuevo".
        'en cuanto|cuando acabe|termine la|mi permanencia', 'en cuanto|cuando se acabe|termine la|mi permanencia', 'no lo|la renuevo|renovaré',
        // Ronda 22: la portabilidad hecha, la permanencia contada, el router devuelto, la app borrada, la nueva compañía.
        'hacen|haceis|hago|hare la portabilidad', 'portabilidad a|con', 'quedan .. meses|dias de permanencia',
        'os devuelvo|dejo|mando el router', 'el router os lo dejo|devuelvo|mando', 'con la competencia', 'app borrada|eliminada|desinstalada',
        'mi nueva|nuevo compañia|compañía|operadora|operador|banco|aseguradora',
        // Irse dicho en voz alta: "me estoy planteando irme", "no voy a renovar", "dadme un motivo para quedarme".
        'planteando|pensando|pienso|planteo irme|marcharme',
        'no voy a renovar',
        'no renuevo|renovaré',
        'motivo|razón|razones|motivos para quedarme',
        'a partir de ahora|hoy vuelo|viajo|compro|voy|reservo', 'de ahora en adelante vuelo|viajo|compro|voy|reservo', 'gota que colma|colmó',
        'dejé|dejamos de volar|comprar|pedir con|en',
        'me cambio de compañía|operador|operadora|empresa|banco|proveedor', 'me cambio a',
        'me voy a|con la competencia', 'me voy a|con movistar|vodafone|orange|yoigo|digi|jazztel|masmovil|pepephone|lowi|simyo|o2', 'me voy con otra|otro', 'me paso a', 'cambiarme de compañía|operador|empresa',
        'me doy de baja', 'darme de baja', 'me daré de baja', 'dar de baja mi|la|el', 'cancelo mi|el|la',
        'voy a cancelar', 'cancelaré', 'nunca más', 'última vez que', 'no vuelvo a', 'no volveré a',
        'perdieron un cliente', 'han perdido un cliente', 'habéis perdido un|una|otro|otra cliente|clienta', 'no pienso renovar', 'no renovaré', 'otra compañía|empresa|operadora',
        'otro operador|banco|proveedor',
        'último vuelo|pedido|viaje con vosotros|ustedes', 'me habéis|han perdido como cliente',
        'con otra compañía|aerolínea|empresa', 'me lo pensaré dos veces', 'adiós para siempre', 'borro|borré|desinstalo|desinstalé la|vuestra app',
        // Irse dicho como veredicto: "no me volveréis a ver", "ya he pedido la portabilidad", "en cuanto acabe la permanencia me voy".
        'no me|nos volveréis|volvereis|volverán|volveran a ver', 'pedido|solicitado|pido|solicito la portabilidad',
        'acabe|termine .. permanencia|contrato me voy',
      ],
      except: [
        'cómo .. dar de baja', 'cómo .. darme|cancelar', 'puedo darme de baja', 'puedo cancelar',
        'cómo|puedo .. baja',
        // Quien se cambia a nosotros llega, no se va: "me cambio a vosotros".
        'cambio|cambiarme|cambiamos|paso|pasarme|pasamos|vengo|venimos a|con vosotros|ustedes|lumo', 'portabilidad a|con vosotros|ustedes|lumo',
      ],
      // El arrepentimiento de haberse cambiado a nosotros, que las excepciones de arriba leen como una llegada.
      despite: [
        'arrepiento|arrepentimos|arrepentido|arrepentida .. cambiado|cambiarme|pasado|pasarme|venido a|con vosotros|ustedes|lumo',
      ],
    },
    ironic: {
      match: [
        'gracias por nada', 'muchas gracias por nada', 'gracias por absolutamente|realmente nada', 'gracias por nada de nada', 'cómo no', 'justo lo que necesitaba', 'lo que faltaba',
        'qué suerte', 'sí claro',
      ],
    },
    praise: {
      match: [
        'genial', 'excelente', 'perfecto', 'perfecta', 'estupendo|estupenda', 'fantástic*', 'maravillos*',
        'increíble', 'buenísim*', 'bravo', 'buen trabajo', 'gran trabajo', 'enhorabuena', 'felicidades',
        'felicitaciones', 'muy amables', 'amable', 'amables', 'atentos', 'atenta', 'eficientes', 'los mejores',
        'el mejor', 'la mejor', 'me encanta', 'les quiero', 'un placer', 'de diez',
        'contento|contenta|contentos', 'satisfech*',
        'siempre es un placer', 'un placer volar|viajar con', 'tengo muchas ganas de volar|viajar|probar', 'lo aprecio mucho', 'vuelo tranquilo|perfecto|puntual',
      ],
    },
    ironyLead: {
      match: [
        'me encanta cuando|cómo|que', 'qué bien', 'menos mal que', 'qué bonito', 'qué maravilla', 'qué alegría',
        'qué lujo', 'qué ilusión', 'olé', 'muchas gracias', 'muchísimas gracias', 'mil gracias',
      ],
    },
    ironyTarget: {
      match: [
        // Un precio que sube, elogiado (ronda 25): "me subís la tarifa... la fidelidad tiene premio".
        'subís|subis|subido|subieron|subisteis|sube|suben .. precio|precios|tarifa|cuota|factura|recibo|prima', 'subida|aumento del precio|recibo', 'subida|aumento de la tarifa|cuota|factura|prima',
        // Gracias "por cobrarme": nadie agradece un cargo ("gracias por no cobrarme" lleva el "no" en medio).
        'por cobrarme|cobrarnos|facturarme|facturarnos',
        'recordarme|recordarnos por qué', 'conseguido|logrado perder|romper|cancelar',
        // Horas pasadas en algún sitio, una noche en el suelo, una ocasión perdida: "gracias por las 5 horas en Barajas".
        'las .. horas en|a|al|sobre', 'noche|noches .. suelo|aeropuerto|estación|terminal', 'hacerme|hacernos perder',
        // "Gracias por el asiento al lado del baño", "por la sorpresa en la factura".
        'lado del|de baño|baños', 'sorpresa|sorpresas .. factura|recibo|cuenta|cargo',
        // La espera misma: "gracias, tres semanas para un módem".
        'horas|días|semanas|meses para un|una|el|la|los|las|recibir|activar|instalar|arreglar|responder|contestar',
        'hacerme|haberme|tenerme|dejarme .. esperar|esperando|sin|tirado|tirada', 'dejarnos sin|tirados',
        'perder|perdido|perdieron', 'cancelar|cancelado', 'el retraso', 'la espera', 'arruinar*',
        'horas|días|semanas|meses .. espera|esperando|retraso',
        // "Gracias por la hora y media de espera".
        'hora .. de espera',
        'horas|días|semanas|meses para un|una|el|la|mi técnico|reembolso|respuesta|entrega|reparación|instalación|activación',
        // Un día especial pasado donde nadie quiere estar: "mi cumpleaños en el aeropuerto".
        'cumpleaños|aniversario|navidad|vacaciones .. en el aeropuerto', 'cumpleaños|aniversario|navidad|vacaciones .. en la estación',
        'luna de miel .. en el aeropuerto',
        ...FAMILY_SPLIT,
      ],
    },
    resolution: {
      match: [
        'ayuda', 'ayudar*', 'resolver', 'resuelto', 'solucion*', 'arregl*', 'respuesta', 'responder', 'información',
        'info', 'aviso', 'atención', 'rapidez', 'paciencia', 'amabilidad', 'disculpas', 'reembolso', 'explicación',
      ],
    },
    claim: {
      match: [
        'atención al cliente', 'servicio al cliente', 'servicio', 'rápido', 'rápida', 'ilimitado', 'ilimitada',
        'garantizad*', 'gratis', 'gratuito', 'fibra', 'oferta', 'calidad', 'soporte',
      ],
    },
    supposition: {
      // El "si" de la suposición, con quién o qué se supone: "si" solo es también el italiano "si blocca".
      match: [
        'si mi|mis|el|los|las|me|nos|tu|usted|vosotros|nuestro|nuestra|compro|cancelan|cancelais|pierdo|no|se',
        'en caso de', 'en el caso de', 'por si',
      ],
      except: [
        'como|incluso|aun si',
        // Qué hacer, preguntado por quien lo sufre: "¿cómo recargo si la tarjeta me la rechazan siempre?".
        'como .. si', 'que hago|hacemos|puedo .. si',
        // Dicho en pasado, ha pasado: "¿me devolvéis el dinero si mi vuelo fue cancelado?".
        'si .. fue|sido|fueron',
        // Una pregunta sobre cómo está ahora, no una suposición: "¿podéis mirar si mi vuelo está cancelado?".
        'saber|ver|comprobar|mirar|decirme|sabeis|sabes|pregunto|preguntaba|confirmar .. si',
      ],
    },
    contrast: {
      match: [
        'pero', 'sin embargo', 'aunque', 'lástima', 'lamentablemente', 'por desgracia', 'a pesar de', 'solo que',
        'excepto',
      ],
    },
    statusClaim: {
      match: [
        'destinatario ausente', 'ausente', 'intento de entrega',
        'entregad*', 'resuelt*', 'completad*', 'cerrad*', 'en reparto', 'enviad*', 'en camino', 'pronto', 'reembolsad*'],
    },
    quoteIntro: {
      match: [
        'dice', 'aparece', 'muestra', 'mensaje', 'error',
      ],
    },
    legal: {
      match: [
        // Una protesta pública va a una persona enseguida, como una amenaza legal: "esto lo sabrá la prensa".
        'a la prensa', 'sabrá|saber|sabrán la prensa', 'contaré|contar|diré|decir|llevaré|llevar|enviaré|enviar|acudiré|acudir .. a los medios|periódicos', 'a un|los periodista|periodistas', 'lo publico|publicaré|compartiré|comparto en todas partes',
        'abogad*', 'demanda*', 'denuncia*', 'tribunal*', 'juzgado', 'acciones legales', 'acción legal', 'facua', 'omic', 'ocu', 'profeco', 'sernac', 'defensa del consumidor', 'hoja de reclamaciones', 'aesa',
        // El paso formal antes del juicio y el juicio mismo: "burofax enviado", "nos vemos en juicio", "os demando".
        'burofax', 'a|al|en juicio', 'juez|jueza', 'juzgados', 'vía|via judicial', 'judicialmente', 'demando|demandaré|demandare|demandamos|demandaremos',
        // Una queja llevada a un organismo: "reclamación ante el Banco de España", la AEPD, la CNMC, consumo.
        'reclamación|reclamacion|reclamaciones|queja|quejas|denuncia ante', 'aepd', 'agencia .. protección|proteccion de datos', 'ley .. protección|proteccion de datos', 'lopd', 'rgpd', 'banco de españa', 'cnmc', 'cnmv', 'setsi',
        'oficina|oficinas del|de consumidor|consumo|consumidores', 'reclamación|reclamacion|denuncia|queja en|a consumo', 'arbitraje|arbitral de consumo', 'junta arbitral', 'defensor|defensora del pueblo|cliente|consumidor|usuario|asegurado',
        'asociación|asociaciones de consumidores|usuarios', 'libro de reclamaciones', 'indecopi', 'sancionar*', 'sancionen', 'sancione', 'reglamento|normativa .. 261', '261 2004',
        // La policía, llamada o por llamar.
        'policía|policia', 'guardia civil|urbana', 'mossos', 'ertzaintza', 'comisaría|comisaria', 'fiscalía|fiscalia',
        // Un contracargo pedido al banco.
        'pedir|pedido|pido|solicitar|solicitado|solicito|hacer|haré|hecho .. contracargo',
      ],
      // "Un juicio de valor" y "a juicio de los expertos" opinan, no litigan; la demanda alta de un producto no es una demanda judicial.
      except: ['juicio de valor|valores', 'a juicio de|del', 'alta|gran|mucha|elevada|tanta|fuerte demanda', 'demanda es|está|esta|sea .. alta|elevada|grande', 'oferta y demanda', 'bajo demanda'],
    },
    safety: {
      match: [
        // Ronda 23: un niño que se ha tragado una pieza, alguien que casi cae a la vía, la diálisis en casa.
        'tragado|tragó|trago un|una|el|la imán|iman|pieza|pila|botón|boton', 'se lo ha tragado', 'se cae|cayó|cayo|caía|caia a la vía|via',
        'diálisis|dialisis en casa',
        // Encontrados probando: "vuestro repartidor casi atropella a mi perro".
        'casi .. atropell*', 'por poco .. atropell*',
        // Un cable de la red colgando donde pasa la gente: "el cable de vuestra caja cuelga en la acera".
        'cable|cables .. cuelga|cuelgan|colgando .. acera|calle|poste|colegio|suelo|cabeza',
        'perdí|perdimos a mi|nuestro|nuestra hijo|hija|niño|niña en el|la aeropuerto|estación|avión|tren|tienda', 'no encuentro a mi hijo|hija|niño|niña',
        'acosando|acosa|molestando .. pasajeros|pasajeras|gente|chicas|niños',
        // Una batería hinchada puede incendiarse.
        'batería|baterías|bateria .. hinchada|hinchadas|hinchó|inflada|infló|abultada', 'batería|baterías|bateria de|del .. se hinchó|infló|hincharon|inflaron', 'desfibrilador', 'gente|pasajeros|todos|niños gritaban|gritando',
        'amenazando|amenazó|agredió .. azafata|azafatas|tripulación|conductor|piloto|personal', 'zigzagueando|zigzagueaba',
        // Un peligro preguntado con calma: la cabina huele a combustible, un niño que se golpeó la
        // cabeza, un pasajero que toca a una niña, frenos que fallan, una alergia ignorada.
        'huele|huela|olía|olor a combustible|gasolina|queroseno|quemado|humo', 'golpeó|golpeado|golpeé|dio|di la cabeza',
        'tocar|toca|tocando|tocó|manosea* a mi|nuestra|nuestro hija|hijo|mujer|niña|niño',
        'frenos|freno .. fallan|falla|rotos', 'frenos|freno .. no funcionan|funciona', 'pesar de .. alergia|alérgico|alérgica|alergias',
        'incendio', 'fuego', 'humo', 'derram* .. hirviendo|caliente|ardiendo', 'quemad*', 'descarga eléctrica', 'explot*', 'herid*', 'chispas', 'peligro',
        'intoxicación', 'intoxicad*', 'reacción alérgica', 'amenaz*', 'agredid*',
        'temí|temimos|miedo por mi|nuestra vida', 'alérgico|alérgica|alérgicos|alergia .. sirvieron|dieron|sirvió|dio',
        'alérgico|alérgica|alérgicos|alergia .. sin avisar|advertir',
        // A bordo o en la carretera: una emergencia, alguien que se encuentra mal o se queda solo,
        // quien conduce sin estar en condiciones, olor a combustible.
        'aterrizaje de emergencia|forzoso', 'evacuad*', 'evacuación', 'desmay*', 'perdió el conocimiento', 'desplomó|desplomado|desplomada',
        'inconsciente', 'infarto', 'ataque al corazón', 'convulsion*',
        'piloto|capitán|conductor|chofer|chófer .. borracho|borracha|ebrio', 'olor a gasolina|combustible|queroseno|gas',
        'exceso de velocidad', 'conducción temeraria|peligrosa', 'silla de ruedas .. abandonad*|olvidad*|dejaron|sola|solo',
        'demencia', 'alzheimer', 'alzhéimer', 'acosad*', 'acoso',
        'insulina|medicamentos|medicinas|medicación .. perdid*|robad*|extraviad*',
        'perdieron|perdió|robaron .. insulina|medicamentos|medicinas|medicación', 'sin insulina|medicamentos|medicinas|medicación',
        'menor|menores no acompañad* .. solo|sola|nadie|perdid*|olvidad*',
        'seguro volar|viajar|conducir', 'ruido|ruidos .. motor|motores', 'motor .. ruido|ruidos|vibra|vibraba|humo',
        'pelea a bordo', 'maleta|bolsa|equipaje|paquete desatendid*', 'aterrizaje .. abortado|abortada|interrumpido|cancelado',
        'accidente de tráfico|coche', 'tuvimos|tuve|tuvo un accidente', 'chocó|chocamos contra', 'latigazo cervical',
        // Un peligro dicho sin rodeos: olor a gas, amenazas a otros, una jeringuilla, puertas abiertas
        // en marcha, una salida de emergencia bloqueada, una ventanilla rota, algo que cae sobre un niño.
        'huele|olía a gas|gasolina|quemado', 'olor a quemado', 'jeringuilla', 'jeringuillas', 'jeringa', 'jeringas',
        'alergia .. ignorada|ignoraron', 'puerta|puertas .. en marcha',
        'conductor|chófer .. con el móvil', 'conductor|chófer .. mandando mensajes', 'conductor|chófer .. whatsapp', 'salida|salidas de emergencia .. bloqueada|bloqueadas|rota|rotas|cerrada|cerradas',
        'grieta|grietas en .. ventanilla|parabrisas|ala', 'cayó|cayeron encima de mi hijo|hija|bebé|niño|niña',
        // Un niño que se queda atrás o encerrado: "mi hijo se ha quedado en el andén", "el tren arrancó sin mi hija".
        'hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque .. se ha|han quedado solo|sola|solos|solas|dentro|encerrado|encerrada|encerrados|atrapado|atrapada|atrapados',
        'hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque .. se quedó|quedaron solo|sola|solos|solas|dentro|encerrado|encerrada|encerrados|atrapado|atrapada|atrapados',
        'hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque .. se ha|han quedado en .. andén|anden|estación|estacion|aeropuerto|tren|avión|avion|autobús|autobus|bus|metro|vagón|vagon|parada|coche', 'hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque .. se quedó|quedaron en .. andén|anden|estación|estacion|aeropuerto|tren|avión|avion|autobús|autobus|bus|metro|vagón|vagon|parada|coche',
        'arrancado|arrancó|arrancaron|salido|salió|marchado|marchó|cerrado|cerró .. sin mi|nuestro|nuestra|nuestros|nuestras hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque',
        'quedado|quedó|quedaron mi|nuestro|nuestra|nuestros|nuestras hijo|hija|hijos|hijas|niño|niña|niños|niñas|bebé|crío|cría|críos|crías|peque .. dentro|encerrado|encerrada|encerrados|atrapado|atrapada|atrapados|solo|sola|solos|solas',
        // Personas encerradas en un ascensor, o que se ponen mal: "estamos atrapados en el ascensor".
        'encerrad*|atrapad*|atascad*|bloquead* .. ascensor|ascensores|elevador', 'ascensor|ascensores|elevador .. con .. dentro',
        'se está|esta|están|estan mareando|desmayando|ahogando|asfixiando', 'atragant*', 'no puede|podía|podia|puedo respirar', 'me|le|nos|les cuesta|costaba respirar', 'le|les cuesta|costaba tragar',
        // La medicación que viajaba en la maleta perdida; quien depende de una máquina y se queda sin luz.
        'perdido|perdida|perdisteis|perdieron|perdió|extraviado|extraviada|extraviasteis|extraviaron .. maleta|maletas|equipaje|bolsa|bolso|mochila con .. medicación|medicacion|medicamentos|medicinas|insulina|pastillas|tratamiento',
        'maleta|maletas|equipaje|bolsa|mochila perdida|perdidas|perdido|extraviada|extraviadas|extraviado .. medicación|medicacion|medicamentos|medicinas|insulina|pastillas|tratamiento',
        'sin mi|su|sus|mis medicación|medicacion|medicamentos|medicinas|insulina|tratamiento',
        'electrodependiente*', 'concentrador|máquina|maquina de|del oxígeno|oxigeno|diálisis|dialisis',
        'depende|dependo|dependemos|dependen|necesita|necesito|necesitan .. oxígeno|oxigeno|respirador|respiradores|diálisis|dialisis',
        // Una silla de ruedas sin rampa ni ayuda.
        'nadie .. puesto|pone|ponen|pusieron|puso|sacado|saca|sacan|sacó|traído|trae|traen|trajo .. rampa|rampas',
        // Quien conduce con el móvil, corre o se salta semáforos: "iba mirando el móvil mientras conducía", "iba a 150".
        'móvil|movil|teléfono|telefono|celular|whatsapp|tablet|pantalla mientras conduce|conducía|conducia|conduciendo|maneja|manejaba|manejando',
        'conduciendo|conducía|conducia|conduce|manejando|manejaba|maneja|volante .. con|mirando|viendo|usando|tocando|escribiendo .. móvil|movil|teléfono|telefono|celular|whatsapp|tablet',
        'dormía|dormia|durmió|durmio|dormido|durmiendo|dormían .. volante',
        'conductor|conductora|chófer|chofer|taxista|camionero|autobusero .. mirando|viendo|usando|tocando|escribiendo|tecleando|chateando .. móvil|movil|teléfono|telefono|celular|whatsapp|tablet',
        'conductor|conductora|chófer|chofer|taxista|camionero|autobusero .. iba|va|circulaba|conducía|conducia|ponía|ponia|puso|corría|corria a 120|130|140|150|160|170|180|190|200',
        'a 130|140|150|160|170|180|190|200 km h', 'a 130|140|150|160|170|180|190|200 kmh',
        'conducía|conducia|conduce|conduciendo|conducir|conducen|conducían|manejaba|maneja|manejando|manejar .. a toda velocidad|pastilla|leche|hostia|ostia|mecha|castaña',
        'conducía|conducia|conduce|conduciendo|conducir|conducen|conducían|manejaba|maneja|manejando|manejar .. muy|demasiado|super|súper rápido|rapido|deprisa',
        'saltó|salto|saltaba|saltándose|saltandose|salta|saltaron|saltado .. semáforo|semaforo|semáforos|semaforos|stop|stops',
        'que frenara|frenase|frene|frenen|frenaran|frenasen|aflojara|aflojase',
        'sin cinturón|cinturon|cinturones', 'cinturón|cinturon|cinturones .. roto|rotos|rota|rotas', 'cinturón|cinturon|cinturones .. no funciona|funcionan|abrocha|abrochan|cierra|cierran',
        'en brazos .. km|kilómetros|kilometros|coche|carretera|autopista|autovía|autovia', 'sin silla|sillita|alzador|elevador .. coche|isofix',
        // Acoso, amenazas y seguimiento: "me siguió hasta casa", "dice que sabe dónde vivo", "va detrás de unas chicas".
        'que sabe|saben|sabía|sabia|sabían|sabian dónde|donde vivo|vivimos|vives|vive|trabajo|trabaja', 'sé|se dónde|donde vives|vivís|vivis',
        'me|nos|la|le|lo|les|te siguió|siguio|siguieron|persiguió|persiguio|persiguieron|seguía|perseguía|persigue hasta .. casa|portal|puerta|coche|calle|metro|parada|estación|estacion|hotel',
        'me|nos|la|le|lo|les|te ha|han seguido|perseguido hasta .. casa|portal|puerta|coche|calle|metro|parada|estación|estacion|hotel',
        'no me|nos atrevo|atrevemos a salir',
        'borracho|borracha|borrachos|ebrio|ebrios|drogado .. detrás de', 'borracho|borracha|borrachos|ebrio|ebrios|drogado .. molestando|acosando|persiguiendo|increpando|amenazando|tocando|manoseando',
        'va|iba|van|iban|anda|andaba|está|esta|estaba detrás de .. chica|chicas|chavala|chavalas|niña|niñas|mujer|mujeres|cría|crías|menor|menores|pasajera|pasajeras|adolescente|adolescentes',
        'persiguiendo|persigue|perseguía|persiguió|acosando|acosaba|increpando|manoseando|molestando .. chica|chicas|chavala|chavalas|niña|niñas|mujer|mujeres|cría|crías|menor|menores|pasajera|pasajeras',
        // Golpes: "el repartidor me ha empujado", "le dio un puñetazo".
        'me|nos|le|la|lo|les ha|han|he empujado|golpeado|zarandeado|abofeteado|pateado',
        'me|nos|le|la|lo|les empujó|empujo|empujaron|golpeó|golpearon|zarandeó|zarandearon|abofeteó|agarró|agarraron',
        'dio|dieron|dado|pegó|pego|pegaron|pegado|soltó|metió|metieron un|una|dos|varios|varias puñetazo|puñetazos|bofetada|bofetadas|bofetón|tortazo|tortazos|patada|patadas|cabezazo|empujón|empujones|guantazo',
        'agresión|agresion|agresiones|agredió|agredio|agredieron|agredir|agredirme',
        // Caídas y huesos rotos: "me he resbalado en el pasillo", "se ha roto la pierna".
        'resbalado|resbalé|resbale|resbaló|resbalo|resbalamos|resbalaron|resbalón|resbalon',
        'suelo|suelos|escalera|escaleras|escalón|escalon|rampa|andén|anden|pasillo .. resbaladizo|resbaladiza|resbaladizos|resbaladizas',
        'me he|hemos caído|caido', 'me caí|cai', 'nos caímos|caimos',
        'mujer|marido|madre|padre|abuela|abuelo|hijo|hija|niño|niña|bebé|pareja|novia|novio|suegra|suegro se ha|han caído|caido', 'mujer|marido|madre|padre|abuela|abuelo|hijo|hija|niño|niña|bebé|pareja|novia|novio|suegra|suegro se cayó|cayeron',
        'tengo|tiene|tienes|tenemos la|el pierna|brazo|tobillo|cadera|nariz|costilla|clavícula|rodilla|muñeca|dedo|pie roto|rota|rotos|rotas|fracturado|fracturada|partido|partida',
        'me|se|te|nos he|ha|han|hemos roto|partido|fracturado .. pierna|brazo|tobillo|cadera|nariz|costilla|costillas|clavícula|rodilla|muñeca|hueso',
        'fractura|fracturas|esguince|traumatismo|contusión|contusiones',
        // Sangre y cortes: "mi hija se ha cortado la encía y no para de sangrar".
        'cortado|cortó|corto|corté|corte|cortaste|cortamos|cortaron el|la|los|las|un|una dedo|dedos|mano|manos|labio|labios|boca|encía|encías|lengua|pie|pies|brazo|brazos|cara|pierna|piernas|cabeza',
        'no para|paraba|paró|deja|dejaba de sangrar', 'está|esta|estaba|estoy|sigue|seguía sangrando', 'sangrando mucho|muchísimo|muchisimo|sin',
        // Comida que enferma o hiere: cristal en el yogur, vómitos con fiebre, urgencias, una reacción alérgica.
        'trozo|trozos|trocito|trocitos|pedazo|pedazos|pedacito|pedacitos|esquirla|esquirlas|resto|restos de cristal|cristales|vidrio|vidrios|metal',
        'cristal|cristales|vidrio|vidrios en|dentro .. comida|yogur|plato|bebida|bocadillo|ensalada|pan|sopa|pizza|hamburguesa|botella|lata|pedido',
        'diarrea|vómitos|vomitos|vomitando|vomitado .. fiebre|sangre|urgencias|hospital|deshidratad*', 'fiebre .. diarrea|vómitos|vomitos|vomitando',
        'llevarlo|llevarla|llevarle|llevarles|llevarnos|llevé|llevaron|ido|fuimos|fui|acabado|acabamos|acabé|acabe|acabó|terminado|terminamos .. urgencias',
        'ingresado|ingresada|ingresados|ingresadas|ingresaron|ingresarle|ingresarla en|al .. hospital|uci|urgencias',
        'en urgencias', 'hospitalizad*', 'ambulancia|ambulancias', 'al 112', 'llamé|llame|llamamos|llamado|llamar|llamaron .. 112',
        'ronchas|habones|urticaria', 'anafil*',
        'hinchado|hinchada|hinchados|hinchadas|hinchó|hincho|hincharon|inflamado|inflamada|inflamados|inflamadas .. labio|labios|lengua|garganta|cara|párpados|parpados|ojos',
        'labio|labios|lengua|garganta|cara|párpados|parpados|ojos .. hinchado|hinchada|hinchados|hinchadas|hinchó|hincho|hincharon|inflamado|inflamada|inflamados|inflamadas',
        'lleno|llena|llenos|llenas|cubierto|cubierta|cubiertos|cubiertas de picaduras|ronchas', 'chinche|chinches',
        // Gas, monóxido, electricidad: "huele muchísimo a gas", "dolor de cabeza y mareos", "el detector de monóxido pita", cables pelados.
        'huele|huela|huelen|olía|olia|olían|olian|oliendo|apesta|apestaba|apestando .. a gas|butano|propano|gasolina|combustible|humo|quemado',
        'olor|peste|tufo|tufillo .. a gas|butano|propano|gasolina|combustible|humo|quemado', 'huele|olía|olia|olor a huevo|huevos podrido|podridos',
        'fuga|fugas|escape|escapes|pérdida|perdida de gas|butano|propano',
        'dolor|dolores de cabeza .. mareo|mareos|mareados|mareadas|mareado|mareada|náuseas|nauseas|vómitos|vomitos|somnolencia|adormilados|adormiladas',
        'familia|todos|todas|niños|ambos .. con|tenemos|tienen dolor|dolores de cabeza', 'familia|todos|todas|niños|ambos .. con|tenemos|tienen mareos|náuseas|nauseas|vómitos|vomitos',
        'detector|detectores|alarma|alarmas|sensor|sensores de|del monóxido|monoxido|humo|humos|gas|incendios .. pita|pitando|pitar|pitó|pito|suena|sonando|sonar|sonó|sono|saltado|saltó|salta',
        'hinchado|hinchada|hinchados|hinchadas|abombado|abombada|abombados|abombadas y|e .. caliente|calientes|quema|quemando|ardiendo|humo',
        'batería|bateria|baterías|baterias|cargador|cargadores|enchufe|enchufes|regleta|regletas|cable|cables .. ardiendo|quema|quemaba|derretido|derretida|derretidos|derretidas|derritió|derritio',
        'sobrecalent*', 'chisporrote*', 'calambrazo*', 'da|daba|dio|dan|daban|pega|pegaba|pegó corriente|calambre|calambres', 'en llamas', 'incendió|incendiado|incendiada|incendiados',
        'cable|cables .. colgando|pelado|pelados|pelada|descubierto|descubiertos', 'cable|cables .. al aire',
        'poste|postes|farola|farolas .. caído|caido|caída|caida|caidos|caídos|caídas|cayendo',
      ],
      except: [
        'amenaz* con',
        // Figuras: una factura "de infarto", "casi me da un infarto", "vender humo", "estoy quemado",
        // "echar chispas", "a fuego lento", la web que "explota de pedidos", explotar a la plantilla.
        'factura|facturas|recibo|recibos|precio|precios|tarifa|tarifas|cuota|cuotas|importe|subida|subidas|final|partido|susto|oferta|ofertas|cola|colas|espera|cifra|cifras|vistas|gasto|gastos|luz .. de infarto',
        'es|son|fue|era|eran|está|esta|están|estan|sería|seria de infarto', 'casi .. infarto', 'va|van|vais a dar .. infarto', 'me|nos da|dan un infarto',
        'vend* humo', 'puro|pura humo', 'estoy|estamos que echo|echamos humo|chispas', 'estoy|estamos echando humo|chispas',
        'estoy|estamos|ando|andamos|acabo|acabamos quemado|quemada|quemados|quemadas|quemadísim*|quemadisim*', 'me|nos tenéis|teneis|tienen|tienes quemad*',
        'pizza|pizzas|comida|hamburguesa|hamburguesas|papas|patatas|tostada|tostadas|pan|arroz|cena|almuerzo|plato|pollo|carne|galletas|bizcocho|tarta|empanada .. quemad*',
        'a fuego lento', 'jugar|jugando|juegan|jugáis|jugais|juega con fuego', 'fuego cruzado', 'alto el fuego', 'prueba de fuego',
        'explot* a|de .. risa|peticiones|pedidos|solicitudes|mensajes|visitas|demanda',
        'explotan|explotáis|explotais|explotando|explotar|explotaba|explotaban a .. trabajador*|emplead*|repartidor*|rider*|plantilla|personal|currante*', 'explotación|explotacion laboral|laborales|de datos',
        'siento|sentí|senti|sentimos|sentido herid*', 'orgullo herido',
        'caído|caido|caí|cai|caímos|caimos de culo|espaldas', 'caído|caido|caí|cai|caímos|caimos de la silla', 'caído|caido|caí|cai|caímos|caimos del guindo|burro',
        // El brazo de un sofá, el humo del tabaco en la habitación.
        'brazo|brazos|pie|pies|pata|patas del|de .. sofá|sofa|sillón|sillon|silla|sillas|lámpara|lampara|mesa|grúa|grua|mueble|butaca|gafas',
        'humo de|del tabaco|cigarro|cigarros|cigarrillo|cigarrillos|porro|porros',
        // Preguntar si venden detectores no es una alarma que suena.
        'tenéis|teneis|tienen|vendéis|vendeis|venden|vende|hay|comprar|instalar|instaláis|instalais|instalan|recomendáis|recomendais|recomiendan|precio|precios .. detector|detectores|alarma|alarmas|sensor|sensores de|del|contra humo|incendios',
      ],
    },
    abuse: {
      match: [
        // Un insulto dirigido a quien lee: "sois unos inútiles de mierda".
        'sois|eres .. de mierda',
        'idiota*', 'imbécil*', 'gilipollas', 'cabrón|cabrones', 'hijos de puta', 'hijo de puta',
      ],
      except: [
        'me llamó|llamaron|dijo|dijeron .. idiota|imbécil|estúpido|tonto',
        'me trató|trataron|tratan como .. idiota|imbécil|tonto', 'me siento|sentí .. idiota|tonto',
      ],
    },
    human: {
      match: [
        'persona real', 'un humano', 'contestadme', 'respondedme', 'contéstenme', 'respóndanme', 'contéstame', 'respóndeme',
        'hablar con|a un|una agente|operador|operadora|humano|persona|asesor|supervisor|responsable|encargado',
        'hablar con alguien', 'no un bot', 'eres un bot', 'atención humana', 'llámenme', 'que me llamen',
        'hay alguien', 'alguien que responda|conteste|lea', 'estáis ahí', 'están ahí',
      ],
    },
    bereavement: {
      match: [
        'marido|esposo|esposa|mujer|madre|padre|mamá|papá|hijo|hija|hermano|hermana|abuelo|abuela|tío|tía|amigo|amiga|primo|prima|sobrino|sobrina .. murió|falleció|fallecido|fallecida|muerto|muerta', 'falleció', 'fallecido', 'fallecida', 'fallecimiento',
        'luto', 'funeral', 'velorio', 'difunto', 'difunta', 'en paz descanse',
      ],
    },
    thanks: { match: ['gracias', 'muchas gracias', 'mil gracias', 'te agradezco', 'les agradezco', 'agradezco', 'agradecid*', 'agradecer'], except: ['no gracias', 'gracias por nada', 'gracias por absolutamente|realmente nada'] },
    greeting: { match: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas', 'saludos'] },
    urgent: {
      notForModels: [
        'y ahora qué|que',
      ],
      match: [
        'urgente', 'urgencia', 'cuanto antes', 'inmediatamente', 'emergencia', 'ya mismo', 'dense prisa', 'apúrense',
        // Prisa: un viaje o una cita que no espera a mañana.
        'en una|media hora', 'en dos|2|tres|3 horas', 'esta noche', 'mi vuelo', 'perder el vuelo|tren', 'pierdo el vuelo|tren',
        'perder la conexión', 'a punto de embarcar|salir',
      ],
    },
    positive: { match: ['genial', 'excelente', 'perfecto', 'perfecta', 'estupendo', 'contento|contenta', 'me|nos alegro|alegra|alegramos', 'resuelto', 'funciona de nuevo', 'todo bien', 'solucionado', 'arreglado'] },
    sinceWhen: {
      match: [
        // "Desde" is also "from" ("desde la app"): only with a time.
        'desde ayer|anoche|hoy|esta|este|entonces|siempre|hace', 'desde .. lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|semana|mes',
        'hace .. minutos|horas|días|semanas|meses', 'ayer', 'anoche', 'esta mañana|tarde|noche|semana',
        'todo el día', 'toda la noche|mañana|tarde|semana', 'minutos|horas|días|semanas sin',
        // Cuánto dura: "tengo más de ocho meses con el error", "llevo tres semanas esperando".
        'tengo|llevo|llevamos|tenemos|lleva|llevan .. meses|mes|días|dias|semanas|semana|horas|años|anos|minutos',
      ],
    },
    outrage: {
      match: [
        'vergüenza', 'vergonzos*', 'inaceptable', 'ridícul*', 'indignant*', 'indignad*', 'harto', 'harta', 'hartos',
        'furios*', 'enfadad*', 'cabread*', 'pésim*', 'estafador*', 'ladrones', 'incompetentes', 'asco', 'asqueros*',
        'el|la|lo peor',
      ],
    },
    loyalty: {
      match: ['fiel', 'fieles', 'fidelidad'],
      except: [
        'programa|programas|tarjeta|tarjetas|puntos|club|nivel de fidelidad',
      ],
    },
    noHarmDone: {
      match: [
        'no he pinchado|abierto|clicado|respondido|contestado',
        'solo quería|queria avisar|avisaros|avisarles|informar',
        'solo para avisar|avisaros|avisarles|informar',
      ],
    },
    negative: { match: ['mal', 'malo', 'mala', 'triste', 'desastre', 'lamentable', 'odio', 'preocupad*', 'desesperad*', 'lástima', 'por desgracia', 'lento', 'caro', 'perdido', 'esperando'] },
  },
  // Words by the part they play in telling of a failure (see Lexicon.failureWords).
  failureWords: {
    thing: [
      'app', 'web', 'página', 'teléfono', 'móvil', 'celular', 'router', 'módem', 'internet', 'wifi',
      'red', 'línea', 'fibra', 'conexión', 'señal', 'servicio', 'cuenta', 'tarjeta', 'pago',
      'pedido', 'paquete', 'entrega', 'vuelo', 'vuelos', 'avión', 'tren', 'autobús', 'maleta',
      'equipaje', 'billete', 'reserva', 'reembolso', 'actualización', 'correo', 'contraseña',
      'código',
    ],
    failing: [
      'roto', 'rota', 'caído', 'caída', 'bloqueado', 'bloqueada', 'perdido', 'perdida', 'retraso',
      'retrasado', 'cancelado', 'cancelada', 'lento', 'lenta', 'error', 'fallo', 'averiado',
      'averiada', 'colgado',
    ],
    working: [
      'funciona', 'funcionan', 'carga', 'llega', 'llegó', 'responde', 'conecta',
    ],
    duration: [
      'horas', 'hora', 'días', 'día', 'minutos', 'semanas', 'semana', 'todavía', 'aún', 'hoy',
      'ahora', 'ayer', 'desde',
    ],
    waiting: [
      'esperando', 'espera', 'esperamos', 'cola', 'fila',
    ],
  },
  subjects: {
    order: {
      match: [
        'pedido', 'pedidos', 'paquete', 'paquetes', 'envío', 'envíos', 'entrega*', 'entregad*', 'mensajero*',
        'mensajería', 'repartidor*', 'seguimiento', 'devolución', 'devoluciones', 'sustitución',
      ],
    },
    trip: {
      match: [
        'vuelo', 'vuelos', 'avión', 'aviones', 'aeropuerto*', 'puerta de embarque', 'embarque', 'equipaje*', 'maleta*',
        'piloto*', 'tripulación', 'tren', 'trenes', 'andén', 'billete', 'billetes', 'vacaciones', 'ferry', 'crucero',
        'reserva', 'reservas', 'hotel', 'hoteles', 'check in', 'pista', 'lanzadera', 'coche de alquiler',
        // A delay on its own is a journey's; an order's, a refund's or a reply's is excepted.
        'retraso', 'retrasos', 'retrasado', 'retrasada',
      ],
      except: ['pedido|pedidos|paquete|paquetes|envío|envio|envíos|entrega|entregas|reembolso|pago|pagos|respuesta .. retraso|retrasos|retrasado|retrasada'],
    },
    // A bag is the journey's, even when it is to be delivered: "my lost bag lands at 6, will it be delivered tonight?".
    baggage: { match: ['maleta', 'maletas', 'equipaje', 'equipajes'] },
    visit: {
      match: [
        'técnico', 'técnicos', 'instalador', 'instaladores', 'operario', 'operarios', 'cita', 'citas',
        'visita técnica', 'lector|lectores .. contador*',
        // El servicio de la visita: "el técnico para la instalación de la fibra", "el técnico de la fibra".
        'técnico|técnicos|instalador|instaladores|cita .. instalación|instalar|alta|activación|activar|conexión|conectar .. fibra|internet|línea|wifi|red',
        'técnico|técnicos|instalador|instaladores de|del|para .. fibra|internet|línea|wifi|red',
        'técnico|técnicos|instalador|instaladores .. venido|vino|venir|pasado|presentado|aparecido .. a|para .. instalación|instalar|alta|activación|activar|conexión|conectar .. fibra|internet|línea|wifi|red',
        'instalación|alta|activación|conexión .. fibra|internet|línea|wifi|red .. técnico|técnicos|instalador|instaladores|cita|citas',
      ],
      except: [
        // Un adjetivo, no una persona: "servicio técnico" (el teléfono de averías), "problema técnico".
        'servicio|soporte|problema|problemas|fallo|fallos|error|errores|motivo|motivos|departamento|equipo|incidencia|incidencias|atención técnico|técnicos',
        // Las citas del cliente, perdidas por otra cosa.
        'he|hemos|perdí|perdimos|perder .. cita*', 'cita* .. médico|médica|doctor|dentista|hospital',
      ],
    },
    service: {
      match: [
        'internet', 'wifi', 'web', 'wi fi', 'línea', 'señal', 'cobertura', 'app', 'aplicación', 'contraseña', 'red',
        'fibra', 'streaming', 'roaming', 'error',
      ],
      // Where the customer read about the trip or the order, not what fails.
      except: ['web|app|aplicación pone|ponía|dice|decía|indica|indicaba|muestra|mostraba', 'noticias|novedades|actualizaciones|información|info|notificación|notificaciones en|de .. web|app|aplicación'],
    },
  },
};
