// English word lists for triage. Syntax of the phrases: see lexicon.ts.
import { QUOTED_AMOUNTS, type Lexicon } from './lexicon.ts';

// Backing up is something to do, not a service back online: "my iphone won't back up to icloud".
const BACKING_UP = [
  'to|not|i|we|you back up',
  'back up to|my|your|the|our|all|automatically|everything|data|files|photos|pictures|contacts|messages|chats|phone|iphone|device|icloud',
];

// A double charge told in more words than "charged twice": "you billed me twice", "my direct debit
// came out twice". Both an account matter and a complaint.
const DOUBLE_CHARGE = [
  'billed|charged|debited|invoiced me|us twice|double',
  'billed|invoiced twice',
  'debit|payment|payments|money|amount|charge|subscription|fee|bill came|come|went|gone|taken out twice',
  'payment|payments|charge|transaction|order went|gone|come|came through twice',
  'took|taken|charged|billed|debited|deducted the|my|our money .. two times', 'charged|billed|debited me|us two times',
];

// A family split up on a journey: a fault, and what sarcastic thanks are for ("big thanks for
// splitting up my family on a 10 hour flight"). Kept together, it is neither.
const FAMILY_SPLIT = [
  'splitting|split|separating|separated up my|our family|kids|children', 'splitting|split|separating|separated my|our family|kids|children',
];
const NOT_SPLIT = 'not|never splitting|split|separating|separated';

export const english: Lexicon = {
  functionWords: [
    'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did',
    'i', 'you', 'my', 'your', 'me', 'we', 'our', 'it', 'its', 'this', 'that', 'what', 'how', 'when', 'where',
    'why', 'who', 'which', 'can', 'could', 'would', 'should', 'will', 'not', 'and', 'or', 'of', 'to', 'in',
    'on', 'for', 'with', 'from', 'at', 'by', 'thanks', 'thank', 'hi', 'hello', 'hey', 'help', 'please',
    'since', 'still', 'again', 'any', 'there', 'just', 'get', 'got', 'why', 'yesterday', 'today', 'up',
    'out', 'about', 'if', 'but', 'so', 'no', 'all', 'working', 'work', 'need', 'want', 'some', 'they',
    'them', 'he', 'she', 'am', 'being', 'off', 'into', 'than', 'then', 'now', 'know', 'anyone', 'guys', 'yes',
    'yep', 'yeah', 'thx', 'pls', 'plz', 'u', 'ur',
  ],
  markerWords: ['refund', 'order', 'waiting', 'broken', 'cancelled', 'canceled', 'delayed', 'charged', 'bill', 'outage', 'package', 'delivery', 'flight'],
  fillerWords: [
    'help', 'problem', 'problems', 'issue', 'issues', 'question', 'info', 'information', 'please', 'pls',
    'plz', 'urgent', 'something', 'anything', 'thing', 'things', 'stuff', 'work', 'works', 'working', 'ok',
    'okay', 'hmm', 'um', 'sorry', 'hello', 'hi', 'hey', 'thanks', 'anyone', 'someone', 'guys', 'there',
    'here', 'know', 'going', 'wrong', 'happened', 'happening', 'again', 'still', 'need', 'want', 'get',
    'got', 'answer', 'reply', 'respond', 'morning', 'afternoon', 'evening', 'good', 'bad', 'yes', 'ya', 'ask',
  ],
  negators: ['not', 'no', 'never', 'none', 'nothing', 'without', 'nobody', 'neither', 'nor', 'hardly', 'barely'],
  phrases: {
    question: {
      match: [
        'i would like to know', 'i want to know', 'i wanted to know', 'i wonder', 'i was wondering',
        'any idea', 'any ideas', 'anyone know', 'does anyone know', 'let me know if', 'tell me how',
        'tell me if', 'tell me why', 'wondering if', 'wondering whether', 'can someone explain',
        // Requests that end in thanks are still requests: "status please, thanks", "any help is appreciated".
        'just wondering', 'wondering how|what|when|where|why', 'any help', 'help please|pls|plz', 'please|pls|plz help',
        'status please|pls|plz', 'see if i|we can', 'would appreciate a|an call|callback|reply|response|update|answer',
      ],
    },
    request: {
      notForModels: [
        'let|tell .. employees|staff|team|crew|agents|agent|management|manager|people know',
        'pass .. on to|onto your|the employees|staff|team|crew|agents|management',
      ],
      // A need or a plea said as a statement: "I need help with my bill, thanks" asks for something.
      match: [
        'i|we need', 'need help|assistance', 'need some help|assistance',
        'please send|check|help|fix|call|tell|look|reply|respond|refund|cancel|change|confirm|update|advise|dm|contact|sort|explain|let',
        'i|we would like',
      ],
      except: ['need to say|thank|tell', 'would like to say|thank|praise|compliment|commend|give|express'],
    },
    questionStart: {
      match: [
        'how', 'what', 'when', 'where', 'why', 'which', 'who', 'whom', 'whose', 'can|could|may i|we|you',
        'do|does|did you|i|we|they|it', 'is|are|was|were it|there|this|that|you|my|the', 'will|would|should i|you|it|my|we|there',
        'any way', 'is it possible',
      ],
      except: ['what a', 'how dare', 'who cares', 'how rude', 'how annoying', 'how lovely|nice|great|wonderful|sweet|cool|kind|awesome|brilliant|fantastic|amazing|exciting|ridiculous|embarrassing|sad|funny|typical|disappointing|frustrating'],
    },
    howTo: {
      notForModels: [
        'can|could not find .. option|options|setting|settings|button|toggle|menu',
        'can|could not find it|that|this in|under .. settings|menu|app',
      ],
      match: [
        'how do|can|should|would i|we|you', 'how to', 'where do|can i|we', 'where is|are the', 'is it possible',
        'can|could i', 'does|do|will|can|would my', 'what is the best way', 'what does .. mean', 'how much', 'how many', 'what are the',
        'abroad', 'roaming', 'overseas', 'in europe', 'include|includes|cover|covers',
      ],
    },
    account: {
      match: [
        // Found by probing (round 21): a name misspelled on a ticket, an infant to add, a fee to reverse,
        // a renewal at full price or on a removed card, points or a voucher that never posted or applied.
        'name .. misspelled|misspelt', 'name .. wrong on', 'my|our name is spelled|spelt|written', 'spelled|spelt .. on my|our boarding|ticket|tickets|booking|reservation',
        'lap infant|infants|child|baby', 'add|adding .. infant|baby|toddler|child to|on my|our|the booking|reservation|trip|flight',
        'hit|slapped|stung with a|an .. fee|charge|surcharge|penalty', 'card on file',
        'renewed at|for full price', 'renewed at|for the full price', 'renewed on|with|to a|my|the card|account',
        'stay|stays|trip|trips|flight|flights never posted|credited', 'not attached|added|linked to my|our trip|booking|reservation|flight|account',
        'on my|our last|latest|recent order|bill|invoice|statement|receipt',
        // Money still taken after the end, a debit that jumped: "contract ended and you still took £45".
        'you still took|charged|billed|taking|charging|billing', 'debit|bill|payment|payments|premium|tariff jumped|doubled|tripled|skyrocketed',
        // Found by probing: "why was I charged a bag fee?", "I was double booked on two flights".
        'was|were i|we charged|billed|debited', 'have|has i|we been charged|billed|debited',
        'i|we was|were|got|been|am|are double booked', 'double booked me|us',
        // Their own file or booking, or asking to talk privately: the details belong in a DM.
        // A bill of their own ("I got a bill for three years of adjustments, why?").
        'i|we got|received a|an|this bill|invoice|statement',
        'case|booking|reservation|ticket|claim|reference number|no|ref', 'my booking|reservation|case|claim',
        'recover|recovering .. account|accounts', 'account recovery',
        'help with a|my|our reservation|reservations|booking|bookings', 'help with booking|reservation', 'until|unless you|u follow me|us|back', 'connect|link|merge|combine these|the|our|my two|both reservations|bookings', 'connect|link|merge|combine these|our reservations|bookings',
        'money|payment|amount|funds was|were|got|been taken|deducted|debited|withdrawn', 'took|taken|deducted my money|payment', 'follow for|me dm', 'follow me back', 'you|u|please|pls|plz follow back|followback', 'dm me', 'can i|we dm you',
        // The conversation is already private: "sent you a DM", "check your DMs", "replied to your DM".
        'sent|send you|u .. dm|dms|message|messages|pm|pms', 'messaged|dmed|pmed you|u', 'dm|pm d you|u', 'check|checking your|ur dm|dms|inbox|pm|pms',
        'replied|responded to your|ur dm|dms|message|messages', 'answer|reply|respond to my dm|dms|pm|pms',
        // A charge told by what it cost, a service switched on for them, bills that keep coming.
        'cost|costs me|us .. euro|euros|pounds|dollars|quid|bucks', `${QUOTED_AMOUNTS} euro|euros|pound|pounds|dollar|dollars|quid|buck|bucks fee|fees|surcharge|penalty`, 'you|u|they activated|added|enabled|subscribed', 'sending|send|sent me|us bills|bill|invoices|invoice',
        'charged me', 'charging me|us', 'keep|keeps|kept charging', 'i|we was|were|have|got|been charged', 'been charged', 'charged twice', 'double charged',
        'double charge', 'double charges', 'double payment', 'paid twice',
        'charged double', ...DOUBLE_CHARGE,
        'overcharg*', 'refund*', 'i paid', 'i have paid', 'i already paid', 'i ordered',
        'i have ordered', 'i have bought', 'i have purchased', 'i bought', 'i purchased', 'i cancelled', 'i canceled', 'has|have not .. arrived', 'never arrived',
        'never received', 'not received', 'did not receive', 'have not received', 'has not been delivered',
        'not been delivered', 'still not arrived', 'still waiting for my', 'cancel my', 'close my account',
        'locked out', 'account locked', 'account suspended', 'account blocked', 'account hacked', 'sim blocked',
        'unauthori* charge*', 'unauthori* payment*', 'unauthori* transaction*', 'order number', 'account number',
        'tracking number', 'took money', 'took my money', 'taken money', 'direct debit taken', 'debited twice',
        'lost my sim', 'stolen phone', 'phone stolen', 'sim swap', 'port my number', 'porting my number',
        'getting|get|got charged', 'keep getting charged', 'roaming charges', 'charges for roaming',
        // Their card stopped by the bank's own fraud checks: their account, not a fraud against them.
        'fraud protection|prevention|alert|alerts|department|team|check|block .. stopped|blocked|declined|froze|frozen|flagged|locked',
        // Their own minimum term, even asked with "does my": "when does my minimum term end?".
        'my|our minimum|contract term|period',
      ],
      // How refunds work in general is answered in public: "how long do refunds usually take?".
      except: ['how long do|does|will|would .. refund|refunds', 'refund|refunds|return|returns policy|policies'],
    },
    accountItem: {
      notForModels: [
        'can|could|would you|u move|switch|put|transfer|rebook|swap|bump me|us|him|her|them|my|our',
        'can|could|would you|u add|change|extend|upgrade|merge|combine|link|update|correct|split|pause .. my|our|his|her|me|us|them|booking|bookings|reservation|reservations|stay|contract|line|plan|tariff|membership|policy|rental|ticket|tickets|room|bill|delivery|check',
        'like|need|want|have to change|move|switch|add|extend|upgrade|transfer|pause .. my|our|the booking|order|line|reservation|contract|delivery|rental|plan|tariff|membership|policy|stay',
        'put my|our .. on hold',
        'merge|combine them|our|my|the bookings|reservations',
        'two|2 separate bookings|reservations',
      ],
      match: [
        // Found by probing (round 25): money taken again or still, a fee to have back, a credit or a
        // compensation that never reached the bill, a plan or a policy changed on its own, something
        // bought that the account does not show.
        'charged|billed|debited|taken|took .. twice|again', 'still taking|charging|billing|debiting', 'still|keep|keeps getting|being billed|charged',
        'getting|being|got|get billed|charged for|at|a|an|the', 'was|were|is|are charged|billed at|for',
        'want|wants|need|asked|asking .. fee|fees|money|deposit|charge|charges back', 'want|wants|asked|asking .. it|them back',
        'compensation|credit|voucher|refund|repayment|cashback|discount .. never|not .. came|arrived|applied|showing|paid|credited|received',
        'not|never .. on .. bill|statement|invoice',
        'membership|subscription|plan|policy|contract|tariff|cover|insurance|sim .. paused|downgraded|inactive|deactivated|suspended|cancelled|canceled',
        'not|never showing|appearing|show|shows|appear|appears in|on the|my|our app|account|bill|statement|confirmation|booking|card',
        'fee|fees|charge|charges on the|my|our|this|final|latest bill|statement|account|savings',
        'money .. left|went out of|from the|my|our bank|account',
        // A booking to change, a receipt for it, a gift card balance: "can you help me change my flight to tomorrow?", "my gift card balance shows zero".
        'receipt|receipts|invoice|invoices for my|our .. flight|flights|trip|booking|order|stay|ticket|tickets|purchase|purchases|room|rental',
        // A name to correct on a booking, a rebooking asked for: "I need to change the name on my ticket", "nobody can rebook me".
        'change|correct|fix|update the|my|our name on my|our|the ticket|tickets|booking|reservation', 'rebook me|us|them|him|her',
        'change|move|switch|rebook my|our flight|flights|booking|reservation|ticket|tickets',
        'gift card|cards|voucher|vouchers balance|credit',
        'giftcard|voucher balance|credit',
        'file|filed|submit|submitted a|my claim', 'request|requesting|claim|claiming|get|getting a|my flight|travel voucher|vouchers|credit|credits',
        'ff number', 'frequent flyer number', 'upgrade|upgrading my|our seat|seats',
        // Their seats and what they may claim: "why did my seat assignment change?", "am I eligible for a refund?".
        'my|our seat|seats|seating assignment|assignments|selection|selections', 'am i|we eligible for a|an|my|our upgrade|refund|compensation|credit|voucher|rebate',
        // What a bill, a booking or a loyalty account holds, asked after: points never posted, a credit not
        // applied, a copy of the invoices, a confirmation code, an appointment to move, a request pending.
        'points|miles|credit|credits|bonus|voucher|cashback|rewards|reward|refund|coupon|discount|promo|nights .. never|not|nt .. posted|credited|applied|added|showed|shown|showing|arrived|attached',
        'never|not got|received|get|receive my|our .. bonus|credit|credits|points|miles|voucher|cashback|rewards|rebate|statement|invoice|invoices',
        'copy|copies of my|our .. invoice|invoices|bill|bills|receipt|receipts|statement|statements', 'my|our confirmation code|number|no',
        'move|change|reschedule|cancel my|our appointment|installation|visit', 'my|our .. request|application|claim is|still .. pending',
        'still goes|go|going|sent|arrives|arriving|comes|coming to .. old|previous address|one|house|flat',
        // A trip of theirs to change or a credit of theirs missing: "can you move them up?", "the funds on the ticket".
        'move|switch|rebook|put|get me|us|them|him|her .. earlier|later|next|different|another flight|flights|one', 'move|moving me|us|them|him|her up',
        'funds|credit|credits|value|money on|from the|my|our ticket|tickets|booking|reservation',
        'showing|shows|shown|show up as earned|credited|applied|posted', 'not|nothing .. showing|shows|shown as earned|credited|applied|posted', 'chance|possibility of|for an|a upgrade', 'upgrade me|us|to first|business|premium',
      ],
    },
    accountWeak: {
      match: [
        'change|update|changing|updating the|my|our mailing|billing|home|email|postal address',
        // "can you merge my two accounts?" asks for a change to them; "how do I link my bookings" is a how-to.
        'merge|combine|link|join my|our .. account|accounts|profile|profiles|booking|bookings|reservation|reservations',
        // Devices ("my phone", "my router") are faults or how-tos, not the customer's account.
        'my bill|bills|order|orders|account|payment|payments|subscription|contract|plan|sim|number|card|package|parcel|delivery|invoice|invoices|balance|credit|password|profile|money|refund|tariff|booking|reservation',
        // A named loyalty or online account ("my Elevate account", "my frequent flyer account"), a booking already made.
        'my|our .. account|itinerary|miles', 'existing|current reservation|reservations|booking|bookings|ticket|tickets|itinerary',
        // Eligibility depends on their own contract: "I want to upgrade my phone, am I eligible?".
        'am i|we eligible',
      ],
    },
    complaint: {
      match: [
        // Round 22: "5 emails, 0 replies", "paying for premium and still getting ads".
        'zero|0 replies|reply|response|responses|answers|answer', 'still getting|get|seeing|see ads|adverts',
        // Loyalty that counts for less than a newcomer's deal; a way out hidden from the customer.
        'loyalty .. worth less|nothing', 'loyalty .. counts|means for nothing', 'better|best|cheaper deals|deal|prices|offers for new customers',
        'hiding|hide|hid|hidden the|your cancel|cancellation|unsubscribe button|option|link|page',
        // Found by probing: "been told 3 different things by 3 different agents", "your chat bot keeps
        // sending me in circles", "I've explained this 4 times now", "you said it would be fixed by monday".
        'told|given .. different things|answers|stories|information|versions', 'different answers|stories|versions each|every time',
        'me|us in|round|around circles', 'explained|repeated|explaining|repeating .. times',
        'said|promised .. would be fixed|sorted|done|resolved|delivered|back|here|ready|refunded by',
        // "cheers for the wet seat, lovely touch": a seat or a room no one would thank for.
        'wet|soaked|soaking|damp|dirty|filthy|stained|sticky seat|seats|blanket|blankets|tray|toilet|toilets|bathroom|sheets',
        // Praise next to how long an answer took is irony: "amazing service as always, 2 hours to get a reply".
        'hour|hours|hrs|day|days|week|weeks|months to get|for .. reply|response|answer|callback',
        // Staff mocking the customer: "the guy at your store laughed at me".
        'laughed at me|us',
        // What the thanks or the FAQ did not stop: "thanks for the spam call blocker, I still get 5 calls a day", "so voicemail now costs money?".
        'still got|get|getting|gets|been charged|billed',
        'still get|getting|receive|receiving .. calls|texts|messages|spam|emails',
        'now cost|costs money|extra',
        'whenever it|they feels|feel like',
        'terrible', 'awful', 'horrible', 'horrendous', 'worst', 'pathetic', 'disgrace*', 'shameful',
        // Help that came late is no help: "thanks for the update... 6 hours later".
        'hours|days|weeks|months later',
        // Food that arrives inedible: "thanks a bunch for the cold fries".
        'cold|soggy|stale|burnt|raw fries|food|meal|pizza|burger|nuggets|chips|dinner|lunch|breakfast',
        // A product the shop never has: "perpetual supply issue", "always out of stock".
        'supply issue|issues|problem|problems', 'always|constantly|permanently|perpetually out of stock', 'never in stock',
        // Found in the crowd's negative airline tweets that waited at low (dev): "a complete joke",
        // "you just rip me off", "too little too late", "nope I gave up", "same robotic
        // answer", "a slap in the face".
        'complete|total|absolute|biggest joke', 'such|what a joke', 'rip|ripping|ripped me|us|people|customers|everyone off',
        'too little too late', 'gave|given up', 'slap in the face', 'promises are free',
        'same|robotic|canned|scripted|automated answer|answers|response|responses|reply|replies',
        'did nothing', 'doing nothing', 'shame on you', 'ridiculous', 'unacceptable', 'outrageous', 'appalling', 'useless', 'rubbish', 'a joke',
        'is a joke', 'garbage', 'inedible', 'complaint', 'complain*', 'disappoint*', 'frustrat*', 'annoyed', 'annoying', 'angry',
        'furious', 'fed up', 'sick of', 'sick and tired', 'tired of', 'still waiting', 'no one', 'nobody',
        'no response', 'no reply', 'no answer', 'no answers', 'never answer', 'never reply', 'not good enough', 'rip off', 'ripoff',
        // Nobody reads them: "do you even read your messages?", "is anyone reading this?".
        'you|u even read', 'anyone even read', 'does|do anyone|anybody read|check .. messages|dms|tweets|these|this', 'is anyone|anybody reading|there',
        // Nobody answers: "why don't you answer me?", "you never reply", "still not replying".
        'do|does|did not you|u answer|reply|respond', 'here we go again', 'not again', 'do|does|did you|u not answer|reply|respond', 'you|u do|did not answer|reply|respond', 'not|never answering|replying|responding',
        'scam', 'scams', 'scammers', 'a scam', 'let me down', 'let down', 'for days', 'for weeks',
        'for months', 'yet again', 'every time', 'every single time',
        'poor service', 'bad service', 'sucks', 'charged twice', 'double charged', 'double charge', 'paid twice', 'overcharg*', 'incorrect',
        'hidden fees', 'hidden charges', 'what s wrong with|w', 'whats wrong with|w', 'what is wrong with|w',
        'pure|total|complete|utter fiction|fantasy',
        'unreliable', 'incompetent', 'misleading', 'lied', 'lies', 'lying', 'not happy', 'unhappy', 'wtf',
        'seriously', 'again and again', 'worse', 'cowboys', 'formal complaint',
        'is wrong', 'are wrong', 'wrong amount', 'wrong charge', 'wrong bill',
        // How it feels.
        'not impressed', 'unimpressed', 'nothappy', 'dissatisfied', 'disgusted', 'disgusting', 'appalled', 'horrified',
        'shocking', 'pissed', 'so mad', 'really mad', 'upset', 'gutted', 'livid', 'fuming', 'infuriat*', 'irritat*',
        'had enough', 'enough is enough', 'over it', 'smh', 'ffs', 'what the hell|heck|fuck', 'for god s sake',
        'unbelievable', 'beyond a joke', 'a nightmare', 'nightmare', 'a disaster', 'disastrous', 'what a mess',
        'such a mess', 'a mess', 'what a shame', 'such a shame', 'shame on', 'should be ashamed', 'embarrassing',
        // How it was: quality, service, staff.
        'is|was|are|were|so|absolute|total|utter|complete crap|trash|garbage|junk|shit', 'piece of .. crap|junk|garbage|shit|trash',
        'crap|shit|trash|garbage|junk service|company|customer|quality|app|product|experience|support|website|site|airline|phone', 'crappy', 'shitty', 'suck', 'sucked', 'lousy', 'abysmal', 'atrocious', 'dreadful', 'diabolical', 'pitiful', 'laughable', 'shoddy', 'sloppy',
        'poor quality|customer|communication|experience|response|standard|standards|support|show', 'very poor',
        'bad experience', 'bad customer', 'worst experience', 'terrible experience', 'awful experience', 'epic fail',
        'fail', 'failed me|us', 'letdown', 'not acceptable', 'not ok', 'not okay', 'not cool', 'not right', 'not fair',
        'unfair', 'bush league', 'amateur*', 'clowns', 'incompetence', 'lack of', 'non existent', 'nonexistent',
        'rude', 'rudest', 'rudely', 'unprofessional', 'unhelpful', 'not helpful', 'no help', 'zero help', 'condescending',
        'disrespect*', 'mistreated', 'treated me|us badly|poorly|terribly|horribly|like', 'treat|treats|treated|treating .. like .. dirt|idiots|idiot|criminals|children|rubbish',
        'yelled|screamed|shouted|swore at', 'hung up', 'hangs up', 'hang up on', 'ignored', 'ignoring', 'ignore my|our|me|us',
        'called|calls|calling me|us .. idiot*|moron*|stupid|dumb|liar*|names|thief|thieves',
        'dirty', 'filthy', 'stale', 'smelly', 'smells|smelt|smell|tastes|tasted|taste .. bad|awful|terrible|disgusting|funny|off|horrible',
        // Waiting, chasing and no answer.
        'waited|waiting|wait .. hours|days|weeks|months|ages|forever|hour|week|month', 'been waiting', 'waiting since',
        'on hold', 'hold times|time|music', 'long wait', 'long queue|queues',
        // The wait measured: "2 hour wait for the Platinum line", "2 hours to be answered on a call?".
        'hour|hours|hr|hrs|minute|minutes|min|mins wait|waits|hold|queue', 'hour|hours|hr|hrs|minute|minutes|min|mins|days|weeks to be|get answered|served|connected|seen',
        'never heard back', 'not heard back', 'have not heard', 'has not heard', 'not heard anything', 'heard nothing',
        'no call back', 'no callback', 'never called|call|rang|phoned back', 'not called back', 'never got back', 'no one got back',
        'never followed up', 'no follow up', 'no update|updates', 'no news', 'no info', 'no information', 'no feedback',
        'not replied', 'not responded', 'not answered', 'unanswered', 'still no|nothing|unable|broken|stuck|missing|pending',
        'still not', 'still can not', 'still have not', 'still has not', 'still does not', 'still did not', 'still is not',
        'can not reach|contact', 'unable to reach|contact', 'not able to reach|contact', 'can not|unable speak|talk to|with', 'unable to speak|talk to|with', 'can not get through|hold', 'unable to get through|hold', 'no way to contact|reach',
        'turned|turning|turn me|us away', 'runaround', 'run around', 'loops|looped|looping|sends|sent|takes|took me|us back to the start|beginning', 'loops|looped|looping me|us back|round|around', 'bounced around', 'passed around', 'pillar to post', 'transferred .. times',
        'called|emailed|phoned|contacted|tried|asked|chased .. times',
        // Plans changed again and again: "the gate changed 4 times".
        'changed|moved|rescheduled|delayed|cancelled|canceled|postponed|rebooked|bumped .. times',
        // Rhetorical: "are you ever going to answer the phone?", "what's the point?", "it would be nice if...".
        'you|anyone|anybody|someone|they ever going to', 'what is|s the point', 'would be nice if',
        // What should have happened and did not, or the usual standard missed: "would have been
        // nice had the supervisor offered one", "not the usual great service".
        'could|would|should have|of been nice|nicer|better|good|great|helpful|polite|courteous|appreciated|informed|told',
        'not your|the usual|normal', 'not usual|normal', 'not up to .. usual|standard|standards|par', 'below par',
        'not enough legroom|space|room|staff|agents|seats|cushion|food|information|info|notice',
        'get|hire|need more agents|staff|people|employees|crew', 'behind schedule', 'h|hr|hrs|hour|hours|min|mins|minutes after schedule',
        // A promise not kept, staff who sent them away, a price that rose again.
        'you|they said|promised .. days|weeks|months|hours|minutes', 'you|they told me|us .. days|weeks|months|hours|minutes',
        'told me|us to go away', 'told me|us to leave', 'told me|us to get lost',
        'went|gone|going up again',
        'paying|paid|pay for .. and|but getting|get|got',
        'took|taken|deducted|debited|withdrew|withdrawn .. twice|double', ...DOUBLE_CHARGE,
        'not .. getting|got|given much|any info|information|help|answers|updates|news',
        // Advice to the brand is a complaint: "your staff should realise a please can go a long way".
        'should realize|realise|learn', 'would|could|can go a long way',
        'for the second|third|fourth|fifth|sixth|nth|umpteenth|millionth|hundredth|2nd|3rd|4th|5th|6th|10th time',
        'second|third|fourth|2nd|3rd|4th|5th time this|in|that|now',
        // Money.
        'overpriced', 'too expensive', 'price hike', 'price increase', 'hiked', 'ripped off', 'extortion*', 'robbery', 'greedy',
        'cash grab', 'late fee', 'my money back', 'waste of time|money', 'wasted my|our .. time|money',
        'false advertising', 'bait and switch', 'misled', 'mislead*', 'liars', 'dishonest', 'cheated', 'you are a fraud',
        // What they ask of the company.
        'sort it out', 'sort this out', 'get your act together', 'do better', 'step up', 'get it together',
        'why is it so hard|difficult', 'how hard is it', 'how difficult is it', 'too much to ask',
        'what is|s going on with', 'what is|s wrong|happening|up with', 'whats going on with', 'whats wrong|up with',
        'messed up', 'mess up', 'screwed up', 'screw up', 'botched', 'ruined', 'ruin my|our',
        'screaming|yelling|shouting|swearing at', 'baffl*', 'exasperat*', 'longest .. line|queue|wait|hold|delay',
        'uncomfortable', 'total|absolute|utter|complete bs|bullshit|nonsense', 'i was|am|were shocked', 'nasty',
        'really|very|so|too bad', 'not the right|correct one|item|size|product|part|model|order',
        'still asking|demanding|charging|showing|saying|telling|having|happening|occurring', 'messing with|around',
        'duped', 'deceiv*', 'deceptive', 'worthless', 'spamming', 'spam me|us',
        'stop sending|calling|emailing|texting|charging|adding|changing|spamming|hassling|harassing|bothering|messaging|ringing',
        'hassling', 'harass*', 'relentless', 'unorganized', 'disorganized', 'disorganised', 'no respect',
        'never get|got|receive|received', 'will|would|does|do|did|can|could not even', 'stupidity',
        'what kind of service|company|joke|nonsense|stupidity|support',
        'do|does|did|will|would not reply|respond|answer|help|care|listen',
        'do|does|did|will|would not call|get back', 'not a happy|satisfied customer',
        'make|making|made people|customers|us|me wait', 'bullying', 'boo to',
        'charging|charged me|us extra|more|double|twice', 'whole|entire day|week|month|weekend without',
        'total|complete|absolute mess', 'fucked up', 'fuck up', 'bullshit',
        'you clearly|obviously did|do|does|can not',
        'reply|respond|answer my|to .. dm|dms|message|messages|email|emails', 'uncooperative', 'i hate',
        'hate your|this|that|when|how', 'hate it when', 'not what i|we want|wanted|expected|ordered|paid', 'discriminat*',
        'is impossible', 'creepy', 'disturbing', 'driving me nuts|crazy|mad', 'bill shock', 'poor',
        'not great|good|ideal|impressed|acceptable|helpful|fun|amused|cool',
        'doubled', 'tripled', 'bill|price|charge|charges|tariff|rate .. doubled|increased|higher|tripled',
        'bill|price|charges .. went|gone up',
        'bill|bills|price|charge|charges|payment|debit .. more|higher than',
        'bill|bills|invoice|invoices|price|charge|charges .. double|triple|treble',
        'changed|raised|raise|raising|increased|upped the|its|my|our price|prices', 'changed|raised|increased|upped price|prices', 'price|prices changed|rose|risen', 'price|prices went up',
        'cost|costs|costing more than my|our|the old|previous|last|current',
        'more than last|usual|normal|expected|agreed|quoted',
        'charged|charging|charge me|us for .. returned|cancelled|canceled|never|not|something',
        'should be included|free', 'supposed to be included|free',
        'without .. notice|warning|explanation|notification|reason', 'given|sold|gave .. to someone else',
        'unreachable', 'impossible to reach|contact',
        'food|meal|burger|pizza|coffee|sandwich|fries .. cold|raw|undercooked|burnt|stale|soggy|inedible|disgusting',
        // Prices going up, insults to the company, damage left behind, fees for leaving.
        'price rise', 'price rises', 'price increases', 'price hikes', 'another rise|increase|hike', 'thieves', 'crooks',
        'con artists', 'engineer|technician|installer|driver|courier|staff .. broke|damaged|smashed|scratched|ruined|dented',
        'charged|charging .. cancellation|termination|exit|admin|penalty fee|fees|charge|charges',
        // Accused of theft or of making things to break: "did you steal my data?", "made to break".
        'you stole', 'you have stolen', 'did you steal', 'you are stealing', 'stealing my|our money|data|credit',
        'made|designed|built to break|fail', 'planned obsolescence',
        // A bill that doubled: "why is my bill twice as much?".
        'twice as much|high|expensive|big',
        // "Or will you rob me again?", "you keep eating my credit", "did you lose that too?".
        'rob|robbing|robbed me|us', 'eating|eats|ate|eaten my|our credit|data|balance|money|minutes', 'lose|lost that|this|it too',
        // Praise for a rival, a concession that says it is not enough, politeness denied.
        'unlike you|u|yours', 'least you|u could|can do', 'the best you|u can|could do|offer|tell|say', 'the best .. could|can do|offer|tell|say|manage',
        // "Well done, you have taken the fun out of air travel", "downgraded my upgrade".
        'taken|took|takes|taking the fun|joy out of', 'downgrad*',
        'less than friendly|helpful|pleasant|polite|professional|courteous|ideal|stellar|great|good|impressed|satisfied|happy',
        'had to switch|change airlines|airline|carriers|provider|providers',
        'might|may want to fix|check|train|rethink|reconsider|look', 'wretched', 'egregious', 'usurious',
        // A queue left to one person: "down to only one agent".
        'only one|1 agent|agents|person|employee|desk|counter|cashier|till|lane|checkout|gate',
      ],
      except: [
        // A promise kept: "you said it would be fixed by monday and it was, thanks!".
        'said|promised .. would be fixed|sorted|done|resolved|delivered|back|here|ready|refunded by .. and it|they was|were|did',
        // What customers are glad to see doubled.
        'speed|speeds|data|allowance|bandwidth|download|upload|gb|points|miles|bonus doubled',
        'a mess of', 'fail safe', 'still not sure', 'can not speak for', 'crap out of', 'holy crap',
        'poor thing|guy|girl|kid|man|woman|baby|dog|cat|people|soul', 'not great at|with', 'not good at|with',
        // The customer's own replying: "how do I reply to a message in the app?", "I forgot to answer".
        'how do|can|to i|we|you .. reply|respond|answer', 'how to reply|respond|answer', 'forgot to reply|respond|answer',
        // A rule asked about: "is there a 24 hour wait before I can port my number?".
        'there|be a .. hour|hours|hr|hrs|minute|minutes|min|mins wait|waits|hold|queue',
      ],
    },
    problem: {
      match: [
        'problem', 'problems', 'issue', 'issues', 'trouble', 'troubles', 'delay', 'delays', 'inconvenience',
        'took|takes|taking|take .. hours|days|weeks|months|ages|forever', 'stuck',
        'too large|small|big|tight|slim|short|long|loose|thin', 'instead of', 'takes|took longer',
        'did not receive', 'never|not received', 'never receive', 'yet to receive|arrive|hear|get|be', 'confus*', 'unclear',
        'not clear', 'no clear', 'lacks', 'lacking', 'fixing|fix this|it',
        'for 2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple days|weeks|months|hours',
        'was|were|is|are supposed|meant to', 'was|were promised', 'promised',
        'after the estimated|expected|promised|scheduled|agreed', 'rescheduled', 'postponed', 'banned',
        'why can not i|we',
        'not', 'never', 'no longer',
        'why this|it happened', 'why this|it is|keeps happening', 'is|keeps happening', 'should have|be',
        'randomly',
        'was|were told',
        'been trying', 'keep trying', 'tried everything', 'have tried', 'tried .. times', 'was|were closed',
        'it is|s|has been .. days|weeks|months|hour|hours|minutes|mins|ages|forever',
        // Slowness measured: "loaded one email in an hour".
        'one|1|single .. in an|one|1|2|two|3|three hour|hours',
        'pay|paying|paid more for less',
        // Already done what an answer would say: "I did and it still says wrong password".
        'i did|tried and|but .. still', 'did|tried|followed|done that|this|it and|but .. still',
      ],
      except: [
        'no problem', 'no problems', 'resolving|resolved|resolve|fixing|fixed|fix|solving|solved|sorting|sorted my|the|this|that issue|issues|problem|problems',
        'problem|problems|issue|issues .. resolved|fixed|sorted|solved|gone', 'not a problem', 'not an issue', 'lack of problems|issues',
        'sorry for the delay|inconvenience|trouble', 'delay in replying|getting back|responding', 'the latest issue|issues', 'back issues|issue',
        'not sure', 'never mind', 'can|could not wait', 'not bad', 'not too bad', 'not only',
        'not just', 'if not', 'or not', 'not yet', 'do not worry', 'not to worry', 'why not', 'whether or not',
        'not that', 'can not thank', 'can not recommend', 'do|did not know|think|recall|remember|mind|need',
        'not needed', 'do not have to', 'never disappoint*', 'never fail* to',
        'never had a|any problem|problems|issue|issues|complaint|complaints', 'not really',
        'would not|never have .. without', 'can not fault', 'not a fan of waiting',
        // A setting not found is why a how-to is asked: "how do I turn on X? Can't find it in settings".
        'can not find|see the|an|any|that|this option|setting|settings|button|toggle|menu|link', 'can not find|see it anywhere|in',
      ],
    },
    resolved: {
      match: [
        // Round 24: "been perfect since", "flawless ever since".
        'been perfect|flawless since', 'been spot on since', 'perfect|flawless ever since',
        'works now', 'working now', 'works again', 'working again', 'working fine now', 'is|are|was|got|been|now fixed', 'fixed now', 'fixed it',
        'sorted now', 'all sorted', 'sorted it', 'got it sorted', 'is|was|been|now resolved', 'resolved now', 'problem solved', 'back up',
        'back online', 'up and running', 'finally arrived', 'arrived today|safely|finally', 'got my .. back', 'found my', 'all good now',
        'problem|problems|issue|issues .. resolved|fixed|sorted|solved|gone', 'got it|them fixed|repaired|working',
        // Money back, told as done: "my refund came through today".
        'refund|money came through|arrived|landed', 'got my refund|money back',
        // Found after all: "it did turn up", "the bag turned up eventually".
        'did turn|show up', 'turned|showed up eventually|today|yesterday|finally',
        // A quick fix told as a story: "card got blocked abroad, called, sorted in 5 min".
        'sorted|fixed|solved|resolved in|within 1|2|3|5|10|15|20|30|a|two|five|ten|few min|mins|minutes|minute|seconds|secs',
      ],
      except: [
        ...BACKING_UP,
        // Part of an order is no order arrived: "only half of my order arrived".
        'half|part|some .. arrived|came|landed',
        // A fix promised is no fix: "they said it would be sorted in 10 mins".
        'be|get|gets|getting .. fixed|sorted|solved|resolved',
      ],
    },
    faulty: {
      notForModels: [
        'is|s|was also|too full|cancelled|canceled|delayed|gone|sold',
        'what happened to|with|w my|our|the|this|flight|order|account|library|bag|bags|files|photos',
        'keeps|keep coming back', 'keeps|keep reappearing|reverting|resetting',
        'luggage|bag|bags|suitcase|suitcases|stroller you|u forgot|lost|left|misplaced|sent',
      ],
      match: [
        // Round 25 (replies in a thread): a stream that cut out, a drop every evening, a parcel sent to the old address.
        'stream|signal|call|line|wifi|internet|tv|picture|sound|connection|feed|broadband|power .. cut out', 'drops|disconnects|dies|crashes|freezes|reboots every evening|night|morning|afternoon|day|weekend', 'delivered|sent|shipped .. to my|our|the old|wrong|previous|former address',
        // Something owed that never came (round 25): "I haven't got my sign-up bonus 3 months after ...".
        'have|has|still not got|gotten|received my|our|the|any .. refund|bonus|points|miles|credit|voucher|reimbursement|compensation|cashback|replacement',
        // Round 24: a router's red light.
        'flashing|blinking|solid|steady red',
        // A router's warning lights, a folder emptied, hours spent in the terminal.
        'light|lights|led|leds are|is|still|keep|keeps .. orange|red|flashing|blinking',
        'folder|folders|photos|library|drive|playlist|playlists|files|contacts .. empty|vanished|disappeared',
        'hours|hrs|6hrs|5hrs|4hrs|3hrs|8hrs|10hrs|12hrs in the|this terminal|airport',
        // "the signal disappears as soon as I get home".
        'signal|reception|connection|network|wifi|internet|service .. disappears|disappeared|vanishes|vanished',
        'deleted|wiped|erased everything', 'deleted|wiped|erased all my|our', 'deleted|wiped|erased every|all .. file|files|photo|photos|contact|contacts|message|messages|email|emails',
        'something is|s wrong|off', 'something not right', 'something wrong with',
        // Refused again, worked until yesterday, tried twice already: the how-to answer is behind them.
        'got|was|were|keeps|keep|been refused|declined|rejected', 'worked|working fine|perfectly|great|ok|okay until|till',
        'worked|was working until|till yesterday|today|this|last',
        'tried|done|did|reset|restarted|rebooted|reinstalled|changed|updated|called|rang .. twice|times already',
        // A device or a card the brand's machine kept, a flickering screen, a wiped save.
        'ate|swallowed|eaten my|the card', 'atm|machine .. kept|retained|took my|the card', 'flicker*', 'corrupt*', 'wiped', 'save|saves|progress .. gone|lost|deleted',
        // A SIM or line that stopped after too many PIN or PUK tries, or that the brand cut off.
        'sim|simcard|line|card .. is|was|got|gets|been blocked|locked|deactivated|disabled|barred',
        // A delivery that failed in its details: someone else's order, an empty box, a courier who
        // "tried to deliver", a parcel sent back, tracking that stopped, an order past its due date.
        'got|received|sent someone|somebody else s|elses order|package|parcel|item|items', 'box|package|parcel arrived|came|was empty',
        'tried|attempted to deliver', 'attempted delivery', 'returned to sender', 'tracking .. not updated|moved|changed|updating|moving',
        'order|parcel|package|delivery|item|items .. was|were due',
        'card|payment|transaction declined|rejected|refused',
        // A service that stopped all at once: "internet stopped all of a sudden".
        'stopped|died|dropped|froze|crashed all of a sudden', 'internet|wifi|signal|data|connection|broadband|network stopped|died|dropped',
        // A journey held up while they wait: "waiting 3+ hours for a maintenance crew".
        'waiting|waited .. for a|the|our|my .. crew|pilot|pilots|plane|aircraft|mechanic|mechanics|maintenance',
        // A problem still there after the brand said it was handled: "thanks, but it is not fixed".
        // Close to the negation only: "not sure how you fixed it, thanks" is praise.
        'not|never solved|resolved|fixed|sorted|repaired', 'not been|yet solved|resolved|fixed|sorted|repaired',
        'never been|got solved|resolved|fixed|sorted|repaired', 'still broken', 'unresolved',
        'you|u|update|upgrade .. broke|broken|ruined .. everything|it|app|phone|service|internet|wifi', 'broke everything',
        'not working', 'does|do|did|is|are|was not work*', 'stopped working', 'quit working', 'no signal',
        'no service', 'no internet', 'no connection', 'no wifi', 'no wi fi', 'no network', 'no dial tone',
        'no broadband', 'no coverage', 'no reception', 'no power', 'no data', 'no calls', 'will not turn on',
        'does not turn on', 'not turning on', 'will not connect', 'can not connect', 'not connecting',
        'unable to connect', 'keeps disconnecting', 'keeps dropping', 'keeps crashing', 'keeps freezing',
        'dropped calls', 'dropping calls', 'calls drop',
        'connection|signal|line|call|calls|wifi|internet|network|broadband .. drops|dropping|dropped|disconnects', 'outage', 'outages', 'down', 'broken', 'faulty',
        'defective', 'crashed', 'crashing', 'crashes', 'frozen', 'freezing', 'error message', 'error code',
        'getting an error', 'gives an error', 'slow internet', 'slow broadband', 'slow connection', 'very slow',
        'so slow', 'super slow', 'painfully slow', 'not loading', 'will not load', 'can not log in',
        'can not login', 'can not make calls', 'can not call', 'can not get online', 'unable to log in',
        'unable to make calls', 'offline', 'line is dead', 'dead line', 'is dead', 'intermittent', 'buffering',
        'glitch*', 'bug', 'bugs', 'bugged', 'buggy', 'cut off', 'went off', 'disconnected', 'not responding', 'blank screen', 'black screen', 'white screen', 'screen went|goes|turns|turned|keeps black|blank|white',
        // Without service, or the service is out.
        'without internet|wifi|power|electricity|service|signal|phone|landline|tv|cable|broadband|connection|network|heating|heat|water|gas|data|coverage|reception|fibre|fiber',
        'without any|a internet|wifi|power|service|signal|connection|network',
        'no heat|heating|tv|cable|picture|sound|audio|video|landline|bars|4g|5g|lte|3g',
        'no hot water', 'no phone service', 'no mobile service', 'no cell service', 'no internet access',
        'power|internet|wifi|electricity|signal|cable|tv|lights|network|broadband|service|phones|landline|fibre|fiber|connection|coverage|reception|heating is|are|was|were|went|been|goes|still out',
        'is|are|been|was|were|still out in|across|around|throughout my|our|the|this|whole .. area|neighborhood|neighbourhood|street|town|city|building|block|region|county|zone|village|estate|postcode|road|country',
        'outage*', 'power cut', 'power cuts', 'blackout', 'service interruption', 'interruption', 'disruption*',
        // Water, power and gas missing, weak or cut off: "no water since this morning", "water
        // pressure is really low", "you shut off our water".
        'no water|electricity|gas|heating|heat', 'water|gas .. is|are|was|been|went|still off|out', 'water|power|electricity|gas|heating .. cut|shut|turned off',
        'cut|shut|turned off my|our|the water|power|electricity|gas|heating', 'low|weak|no water pressure', 'water pressure .. low|weak|dropped|gone',
        'out of order', 'out of service', 'service unavailable', 'temporarily unavailable', 'currently unavailable',
        'something went wrong', 'went wrong', 'error', 'errors', 'fails to|when|every', 'failing to', 'failed to load|connect|send|update|install|download|work|open|process|go',
        // It will not do what it should.
        'will|would|does|did|can|could|is|are|was not load|open|start|boot|play|connect|sync|update|download|install|stream|charge|print|send|respond|register|launch|pair|scan|upload|refresh|save|display|function|verify|activate|unlock|turn|switch|power|accept|recognize|recognise|let|work|ring|dial',
        'will|would|does|did|can|could|is|are|was not even|ever|always|really|fully|properly|actually|still|just load|open|start|boot|play|connect|sync|update|download|install|stream|charge|print|send|respond|register|launch|pair|scan|upload|refresh|save|display|function|verify|activate|unlock|turn|switch|power|accept|recognize|recognise|let|work|ring|dial',
        // Half a device: "my airpods only play out of one ear".
        'only play|plays|playing|work|works|working|sound|sounds|charge|charges|charging .. one|1|left|right ear|side|speaker|earbud|bud|earphone|channel',
        // Days without a service: "thank you so much for the 2 weeks without a landline".
        'day|days|week|weeks|month|months|night|nights without .. internet|wifi|signal|power|service|phone|landline|line|tv|water|heating|electricity|gas|broadband|connection|network|coverage|data',
        // A tool that does nothing, a filter that lets everything through.
        'does|do nothing', 'you|it|they|control|controls|filter|filters|app|firewall blocked|blocks|blocking my|our', 'keep|keeps blocking', 'let|lets|letting .. everything|anything through', 'let|lets|letting my|our|the kid|kids|child|children|son|daughter .. everything|anything',
        'will|would|does|did|can|could|is|are|was not back up', 'will|would|does|did|can|could|is|are|was not backup', 'is|are|was|were not backing up',
        'will|would|does|did|can|could not log|sign in|on|into', 'will|would|does|did not stay on|connected|lit|charged',
        // Tech support's everyday phrasings: "does not appear", "won't finish", "doesn't seem to register".
        'will|would|does|did|can|could|is|are|was not appear|finish|complete|detect|read|share|record|cast|link|submit|restore|transfer|apply|come',
        'will|would|does|do|did|can|could not seem to work|load|open|register|connect|sync|play|charge|send|update|download|install|share|appear|respond|recognise|recognize|save|print|stream|log|sign|access|turn|start',
        'can|could not get into .. on iphone|ipad|phone|laptop|mac|pc|tv|xbox|ps4|console|android', 'can|could not get into .. on my|the iphone|ipad|phone|laptop|mac|pc|tv|xbox|ps4|console|android',
        'kill|kills|killing|killed|drain|drains|drained|eats|eating my|the battery', 'bricked', 'borked',
        'phone|laptop|computer|pc|device|console|tablet|tv|screen|router|modem|app|site|website .. fucked|screwed|jacked',
        'dots|lines|spots|stripes|line .. on|across my|the screen|display', 'dead pixel*',
        'streaming|picture|video|call|sound|audio|signal|connection|reception .. quality .. crap|poor|bad|terrible|awful|horrible|shit|shitty|lousy',
        'crap|poor|bad|terrible|awful|horrible|shit|shitty|lousy streaming|picture|video|call|sound|audio|signal|connection|reception quality',
        'sync|syncing|signal|connection|reception|wifi|internet|network|coverage|streaming is|so|very|really .. bad|poor|terrible|awful|slow',
        'on|about restoring', 'when .. restore|restoring|restored', 'not|still|yet restored',
        'out of internet|wifi|power|service|signal|electricity|water|gas|heating|cable|tv', 'needs|need to be fixed|repaired',
        'get|have|has my|our|the internet|wifi|phone|line|tv|cable|broadband|connection|service|router|modem|laptop|boiler .. fixed|repaired',
        'unable|impossible to work|function', 'can|could not export|import|edit|copy|paste|attach|scan',
        'not getting .. texts|emails|calls|messages|codes|notifications|alerts|signal|service|reception', 'bugfest', 'bug fest',
        'renewal|payment|transaction|upload|download|installation|install|update|sync|backup|transfer|checkout|login|verification .. failed|fails',
        'can|could not access|log|login|logon|sign|connect|load|open|download|install|update|stream|watch|play|print|send|receive|call|text|browse|pay|order|book|check|redeem|activate|verify|register|use|top|reset|upload|submit|complete|select|add|remove|cancel|change|buy|purchase|hear|make|claim|see|view|access',
        'unable|impossible to access|log|login|logon|sign|connect|load|open|download|install|update|stream|watch|play|print|send|receive|call|text|browse|pay|order|book|check|redeem|activate|verify|register|use|top|reset|upload|submit|complete|select|add|remove|cancel|change|buy|purchase|hear|make|claim|see|view|access',
        'can|could not get online|connected|signal|service|internet|wifi|reception|coverage', 'can|could not get .. work|load|connect|open|turn|charge|start|sync|play',
        'can|could not get into|in .. account|app|email|site|website|profile|inbox', 'not able to access|log|login|logon|sign|connect|load|open|download|install|update|stream|watch|play|print|send|receive|call|text|browse|pay|order|book|check|redeem|activate|verify|register|use|top|reset|upload|submit|complete|select|add|remove|cancel|change|buy|purchase|hear|make|claim|see|view|access',
        'no longer work*|load*|open*|show*|display*|connect*|sync*|charg*|turn*|respond*|remember*|accept*|let*|recogni*|available',
        'not charging|opening|syncing|showing|updating|sending|receiving|accepting|playing|streaming|downloading|printing|registering|recognizing|recognising|displaying|letting|starting|booting|connecting', 'not going through', 'not turning|powering|switching on', 'not working properly',
        'keeps|keep|kept crash*|freez*|drop*|disconnect*|logging|restart*|reboot*|buffer*|cutting|cuts|fail*|paus*|stopping|stops|turning|shutting|switching|hang*|lagg*|glitch*|spinning|loading|disappear*|vanish*|draining|deleting|losing|timing|resetting|skipping|rejecting|declining',
        // Going somewhere on its own, not going back to a seat: "it keeps going offline", not "can I keep going back".
        'keeps|keep|kept going off|offline|down|dead|out|blank|black|quiet|silent|flat|missing|wrong', 'keeps|keep|kept going to voicemail', 'keeps|keep|kept going on and off',
        'stopped responding|loading|charging|syncing|connecting|playing|updating|showing|displaying|recognising|recognizing|turning|receiving|sending',
        // Found by probing everyday reports: "it just stops playing after a minute", "the song stops
        // halfway through", "I click submit and nothing happens", "the box arrived crushed".
        'stops|stopped|quits|quit playing|streaming|loading|downloading|responding|recording',
        'stop|stops|stopped|cut|cuts|freeze|freezes|froze|die|dies|died .. halfway|midway|partway through',
        'click|clicked|clicking|press|pressed|pressing|tap|tapped|tapping|hit .. nothing happens|happened',
        'nothing happens|happened when|if|after .. click|clicked|press|pressed|tap|tapped|hit|try|tried',
        'arrived|came|delivered .. crushed|squashed|soaked|melted',
        // Found by probing: "my bag came out on the carousel soaked", "only half showed up", "my TV lost all its channels".
        'carousel|belt|claim .. soaked|ripped|torn|crushed|smashed|broken|damaged|open|opened', 'only half|part|some|one|two|three|1|2|3 .. showed|arrived|came|turned|delivered',
        'lost|losing all|its|the .. channel|channels|picture|sound|apps|settings',
        'checkout|machine|kiosk|screen|terminal|scanner|reader|meter|printer|router|modem|tv keeps|keep|kept saying|showing|asking|beeping',
        'aircon|ac|heating|heater|heaters|aircondition*|cooling is|s|are off|out|dead|broken',
        // "my bag went to Denver, I went to Dallas", "dropped me at the wrong terminal", "split me from my 5 year old".
        'my|our bag|bags|luggage|suitcase|suitcases went|flew to', 'my|our bag|bags|luggage|suitcase|suitcases ended up',
        'dropped|dropping|left me|us .. wrong terminal|place|address|stop|station|hotel|airport|gate|side',
        'split|separated|seated me|us from my|our', 'split|separated|seated me|us away from',
        ...FAMILY_SPLIT,
        'arrived|came|delivered in pieces', 'arrived|came|delivered open|opened',
        // Hours at the carousel said the other way round: "I waited 3 hrs for my bags".
        'waited|waiting|wait .. hour|hours|hr|hrs|minutes|mins for|on .. bag|bags|luggage*|baggage|suitcase|suitcases',
        // Left behind or kept in the air: "they bumped me off my flight", "overbooked and I got kicked off", "been circling for an hour".
        'bumped|kicked|thrown|booted me|us|him|her|my .. off', 'got|been|was|were|get|being bumped|kicked|thrown|booted off', 'got|been|was|were|being bumped',
        'been circling|holding', 'circling for|over', 'fuel stop',
        // "spotify premium keeps reverting to free", "apple music deleted half my library", "the keyboard sticks on every other key".
        'keeps|kept reverting|downgrading', 'keeps|kept switching back', 'reverted|downgraded me|us to', 'reverted|downgraded my|our account|plan|subscription to',
        'deleted|wiped|erased|removed half|most|some my|our', 'deleted|wiped|erased|removed half|most|some|part of my|our',
        'deleted|wiped|erased|removed my|our .. library|playlists|playlist|photos|files|songs|music|contacts|messages|saves|progress',
        'key|keys|keyboard|button|buttons .. sticks|sticking|stuck',
        'itself off|on', 'turns off|on by itself', 'shuts off|down randomly', 'went dead|blank|black|offline', 'goes dead|blank|black|offline',
        'went out on me', 'died on me', 'battery .. died|dead|dies|drain*', 'phone|laptop|device|console|tv|screen|router|modem|charger|headphones|car|engine|tablet|watch .. died|dead|dies',
        'broke down', 'broke again', 'already broke', 'it broke', 'just broke', 'has broke', 'broke after|within|on', 'breaking down', 'keeps breaking', 'damaged', 'cracked', 'smashed', 'shattered', 'dented', 'leaking', 'leaks',
        'ripped', 'torn', 'has a hole', 'holes in', 'falling apart', 'fell apart', 'coming apart', 'came apart',
        'coming off', 'came off', 'peeling', 'rotten', 'mouldy', 'moldy', 'expired', 'out of date', 'undercooked', 'raw inside',
        'lag', 'lagging', 'laggy', 'freezes', 'froze', 'stuck on .. screen|logo|loading|update|page', 'stuck in transit|customs', 'stuck at|in the depot|warehouse',
        'please fix', 'fix it asap|now|already|please', 'fix this asap|now|already|please|shit|mess',
        // Orders and deliveries that failed.
        'has|have|had not arrived|come|shipped|dispatched', 'has|have|had not been delivered|shipped|dispatched|received',
        'has|have|had not turned|shown up', 'has|have|had not got here', 'did not arrive|come|ship|deliver', 'did not turn|show up',
        'did not get here', 'never arrived|came|shipped|delivered', 'never showed|turned up', 'never got here',
        'not arrived', 'not delivered', 'not shipped', 'not dispatched', 'not here yet', 'still not here', 'still no sign',
        'never|not receive*|got .. order|package|parcel|item|items|delivery|goods|product|products|card|sim|router|modem|tickets|box|shipment|purchase|replacement',
        'did|have|has|had not receive*|got|get .. order|package|parcel|item|items|delivery|goods|product|products|card|sim|router|modem|tickets|box|shipment|purchase|replacement',
        'still waiting for|on my|our|the .. order|package|parcel|delivery|engineer|technician|replacement|item|items|tickets|bag|luggage*',
        'wrong item|items|order|size|product|color|colour|address|package|parcel|one|model|parts', 'sent|delivered|received|got the wrong', 'gave me the wrong',
        'item|items|parts|pieces|piece|part|order|package|parcel|bag|bags|luggage*|suitcase|baggage .. missing|lost|late|delayed|damaged|broken|stolen',
        'missing item|items|parts|pieces|piece|part|order|package|parcel|bag|luggage*|suitcase|baggage', 'is missing', 'are missing', 'was missing', 'were missing',
        'lost|losing|misplaced .. bag|bags|luggage*|suitcase|baggage|package|parcel|order|delivery|booking|reservation',
        'lost luggage*|baggage|bag|bags', 'late delivery', 'delivery is|was late', 'order is|was late',
        'says|shows|showing|saying|marked|states|tracking .. delivered', 'it|tracking|app|website|site|email|status|order|parcel|package said|showed|stated .. delivered', 'left .. outside', 'left .. in the rain', 'left .. at the wrong address|door|house',
        'engineer|technician|tech|installer|courier|driver|fitter|plumber .. never|no showed|turned|came|arrived|show',
        'engineer|technician|tech|installer|courier|driver|fitter|plumber .. not show*|turn*|come|came|arrive*',
        'no show', 'no shows', 'missed appointment|delivery|installation',
        // Trips that failed.
        'flight|flights|train|trains|bus|buses|ferry|plane|departure|connection|trip .. delayed|cancelled|canceled|late|diverted|overbooked|postponed|grounded|stuck|missed',
        'delayed|cancelled|canceled|late|diverted|overbooked|missed .. flight|flights|train|trains|bus|buses|ferry|departure|connection|connecting',
        'you|they cancelled|canceled my|our', 'cancelled|canceled order|orders|appointment|booking|reservation|delivery|installation',
        'order|appointment|booking|reservation|delivery|installation .. cancelled|canceled', 'delayed',
        'hour|hours|hr|hrs|minute|minutes|min|mins delay', 'missed connection', 'stranded', 'on the tarmac', 'denied boarding',
        'bumped from|off', 'stuck at|in|on the .. airport|station|gate|plane|train|runway',
        'unusable', 'less usable', 'destroyed my', 'wrecked',
        // A failure the customer is still living with, or one that spoiled what they had planned.
        'still no update|updates|news|word|info|information|refund', 'not the right one|item|size|product|model|part|parts|plug|charger|order',
        'holiday|holidays|trip|vacation|weekend|honeymoon|wedding|birthday|christmas|journey .. ruined', 'ruined my|our .. holiday|holidays|trip|vacation|weekend|honeymoon|wedding|birthday|christmas|journey',
        'for the 2nd|3rd|4th|5th|6th|second|third|fourth|fifth|sixth|nth time', 'complained repeatedly', 'again and again', 'time and again', 'keeps happening', 'happened again',
        'not properly|correctly|fully work*|sync*|load*|connect*|display*|show*|charg*|open*|play*|updat*|sav*',
        'not allowing|letting me|us', 'will|does|did|would not allow|let me|us',
        'fix your|the .. app|site|website|service|system|servers|server|network|wifi|internet|signal|coverage|platform|page|checkout|login',
        'is|are|does|will|can|could not .. anymore',
        'can|could not adjust|set|delete|edit|scroll|type|turn|sync|charge|pair|unlock',
        'will|would|does|did not take|accept my|the|our|any|payment|card|code|password|order',
        'suddenly|randomly|arbitrarily|just|completely stopped', 'failing', 'endless|infinite loop', 'disappeared',
        'nothing works|worked|loads|loaded|connects|connected', 'nothing is|was working|loading|connecting', 'vanished', 'gone missing', 'deleted my', 'gone|disappeared|vanished from my|the|our', 'why did|does|do|would .. disappear', 'not being allowed|able',
        'when will .. back on|up', 'when will .. restored|fixed|working', 'never load*|work*|open*|connect*|show*', 'lags',
        'kicks|kicked|kicking me|us off|out', 'sent|sending|send|delivered|delivering|received|got|given the wrong',
        'gone off|dead|offline|down', 'off|down|out again', 'no trains|flights|buses|trams|service to', 'no sign of',
        'hr|hrs|hour|hours|minutes|mins|days|day|week|weeks|month|months late', 'really|too|extremely|incredibly|ridiculously slow',
        'slow performance|speeds|speed', 'buffers', 'cuts|cut|cutting .. off',
        'shreds|shredded|tears|tore|comes|falls apart',
        'flight|train|bus|ferry delay|delays', 'you|they .. cancelled|canceled',
        'mess|messed|messing up .. flight|flights|booking|order|delivery',
        'miss|missed|missing my|our|the connection|flight|train|bus|connecting|ferry', 'stutter*',
        'none of my|the|our .. work|works|working|load|loads|loading|download|downloads|downloading|play|plays|playing|show|shows|showing|open|opens|opening',
        'says|saying|shows|showing|getting|get|got|keeps .. incorrect|invalid|error|failed|unavailable|denied|declined|expired|wrong',
        'lost|losing .. internet|signal|service|connection|power|wifi|network|reception|coverage|data', 'by itself',
        'on its own', 'takes|took|taking .. to load|open|start|boot|connect|respond|download',
        'since updating|upgrading', 'since|after the .. update|upgrade', 'after updating|upgrading',
        'might|may|gonna|will miss',
        'crack', 'cracks',
        'dropping|drops|dropped out', 'cutting|cuts out',
        'speed|speeds|signal|reception|coverage|connection|wifi|broadband|internet|network .. awful|terrible|horrendous|rubbish|poor|dreadful|useless|appalling|shocking|atrocious|nonexistent|patchy|weak',
        'nobody showed|turned|came|arrived', 'no one showed|turned|came|arrived', 'flashing|blinking .. red|orange|amber',
        'red|orange|amber light|lights',
        'has|have not been activated|connected|installed|ported|transferred|switched|set',
        'not activated|connected|installed yet',
        'problem|problems|issue|issues|fault|faults .. with|on|in the network|signal|broadband|internet|service|wifi|app|website|site|line|lines|connection|servers|system',
        'debit|payment|transaction|top|topup|order|delivery|installation|activation .. failed|declined|rejected|bounced',
        'did|does|will|would not go through', 'not go through',
        'flight|flights|train|bus|booking|appointment|delivery|installation .. moved|changed|rescheduled',
        'sat|sitting|stuck|waiting|held .. on the runway|tarmac',
        'bag|bags|luggage*|suitcase|baggage .. did not make|arrive|come|show',
        'bag|bags|luggage*|suitcase|baggage .. never made|arrived|came|showed',
        'threw|thrown|tossed|dumped|chucked .. parcel|package|box|delivery|order',
        'spins|spinning|loading|loads|hangs|hanging|stuck .. forever|endlessly', 'just spins|spinning|hangs|hanging',
        'another|more delay|delays|outage|outages|cancellation|cancellations|cancelation|cancelations',
        // Disruption told by its symptoms: stuck on board, a forced rebooking, "what's up with the 8:05?".
        'sat|sitting|stuck|waiting|held .. on tarmac|runway', 'hour|hours|hr|hrs on .. plane|tarmac|runway',
        'all the cancellations|cancelations|delays', 'so many cancellations|cancelations|delays', 'these cancellations|cancelations|delays',
        'rebooked me|us', 're booked me|us', 'had to rebook',
        'what is|s up with .. train|trains|flight|flights|delays|cancellations|cancelations',
        'what is|s going on with .. train|trains|flight|flights|delays|cancellations|cancelations',
        'whats up with .. train|trains|flight|flights|delays|cancellations|cancelations',
        'what is|s with .. delays|cancellations|cancelations',
        // Something the customer had is no longer there ("logged in and my booking is gone").
        'having|have|had|getting issues|problems|trouble .. logging|signing|connecting|loading|accessing|streaming|downloading',
        // Not "has gone out for delivery", "has gone through": gone right after the verb.
        'logged|signed in|into .. is|are|s gone', 'logged|signed in|into .. it|they is|are|s gone', 'logged|signed in|into .. disappeared|vanished',
        'booking|bookings|reservation|reservations|order|orders|account|money|music|songs|playlist|playlists|photos|pictures|files|data|contacts|messages|emails|credit|balance|points|miles is|are|s|was|were gone',
        'booking|bookings|reservation|reservations|order|orders|account|money|music|songs|playlist|playlists|photos|pictures|files|data|contacts|messages|emails|credit|balance|points|miles is|are|s|was|were all|just|completely gone',
        'all my .. is|are|s|were gone', 'all my .. disappeared|vanished',
        'skip|skips|skipping|freeze|freezes|freezing|crash|crashes|crashing|buffer|buffers|buffering|lag|lags|lagging so much',
        'skips|skipping|freezes|freezing|crashes|crashing|buffers|buffering|lags|lagging constantly',
        // Sarcasm often wraps these ("love how your app logs me out every day", "brilliant, cancelled again").
        'logs|logged|logging|signs|signed|signing me|us out', 'cancelled|canceled|delayed|late|overbooked|stuck|crashed|failed again',
        'wifi|internet|broadband|connection|signal|network|app|line|service .. died|dies|dying', 'wifi|internet|broadband|connection|signal|network|app|line|service to die',
        'attempt|attempts .. failed|failing|unsuccessful',
        'speed|speeds|signal|reception|coverage|connection|wifi|broadband|internet|network|app .. trash|garbage|crap|nonexistent', 'speed|speeds|signal|reception|coverage|connection|wifi|broadband|internet|network .. non existent',
        // An order stuck, or the wrong one: "still says processing", "the order was wrong".
        'still says|shows|showing|saying processing|pending|preparing|dispatched|shipped', 'still says|shows|showing|saying in transit', 'still processing|pending',
        'order|orders was|is|were|are wrong|incomplete', 'wrong order',
        'stops|stopped|pauses|paused|freezes|froze|cuts|drops|disconnects every .. seconds|minutes|second|minute|hour', 'no crew|pilot|pilots|staff|agent|agents for .. flight|flights|train', 'left|leaving|departed without me|us', 'left|drove|went without my|our|the order|food|delivery|package|parcel|meal',
        'train|trains|bus|buses|tram|trams|metro|plane|ferry .. is|are|has|have|was|were stopped|halted', 'took off without me|us',
        'waiting|waited for .. bag|bags|luggage*|baggage|suitcase for .. hour|hours|hr|hrs|minutes|mins', 'carousel for .. hour|hours|hr|hrs|minutes|mins',
        // Data an update or a sync took away, a bag nobody can find, wifi that is not really there.
        'lost|wiped|erased .. contacts|photos|pictures|playlists|songs|messages|files|saves',
        'do|does|did not know where .. bag|bags|luggage*|baggage|suitcase', 'slower than|then dial up', 'slower than|then dialup',
        'rebook my|our connection|connecting',
        // A bag asked after or left behind, broken on the way; a flight the airline cancels
        // ("where are my bags?", "you broke my suitcase", "my flight just got cancelled").
        'where is|are my|our bag|bags|luggage*|baggage|suitcase|suitcases|stuff|belongings', 'find|locate my|our bag|bags|luggage*|baggage|suitcase|suitcases',
        'need|want my|our|her|his|their bag|bags|luggage*|baggage|suitcase|suitcases', 'you|u|they|someone has|have my|our bag|bags|luggage*|baggage|suitcase|suitcases',
        // Bags still away: "are my bags here yet?", "getting those bags to Lusaka", "holding my luggage hostage", "100 people with no luggage".
        'are|is my|our|her|his bag|bags|luggage*|baggage|suitcase|suitcases here|there yet', 'get|getting|got those|the|my|our|her|his bag|bags|luggage*|suitcase|suitcases to',
        'holding|holds|held my|our|her|his .. hostage', 'no luggage*|bags|baggage|suitcase|suitcases',
        'left|leaving|lose|forgot|forgetting|sent|sending my|our .. bag|bags|luggage*|baggage|suitcase|suitcases|gear|belongings',
        // Told from the bag's side: "our stroller was left in Dallas".
        'bag|bags|luggage*|baggage|suitcase|suitcases|stroller|pram|buggy|carseat|wheelchair|gear|belongings was|were|got|been|is|are left|forgotten|offloaded|misrouted|mislabeled|mislabelled',
        'bag|bags|luggage*|baggage whereabouts', 'losing|lost|lose one|two|three|some|all|both|half of my|our', 'still waiting on|for bag|bags|luggage*|baggage|suitcase|suitcases',
        'waiting on|for my|our bag|bags|luggage*|baggage|suitcase|suitcases', 'not know|knowing where my|our .. bag|bags|luggage*|baggage|suitcase|suitcases',
        'broke|broken|destroyed|destroy|ruined|damaged|smashed|ripped|tore|torn|wrecked|totaled|totalled my|our|the|your|her|his .. bag|bags|luggage*|suitcase|suitcases|baggage|wheelchair|stroller|pram|guitar',
        'ruined|torn|ripped|smashed bag|bags|suitcase|suitcases|luggage*',
        // Bags sent somewhere else: "my bags went to the wrong city", "my luggage ended up at the wrong airport".
        'bag|bags|luggage*|baggage|suitcase|suitcases .. wrong city|airport|destination|country|flight|plane', 'ended|ending up at|in the wrong airport|city|destination|country',
        'you|u|they cancel|canceling|cancelling|cxl|cxld my|our', 'cancelling|canceling flights', 'stop|keep|kept|now|by canceling|cancelling my|our|all',
        'flight|flights|ticket|tickets|trip|reservation|connection .. got|been|was|were|is|are cancelled|canceled',
        'got|been|being cancelled|canceled',
        // A journey stuck as it is told: still sitting on the plane, hours and counting, a plane
        // being repaired, a connection missed, a departure that keeps moving.
        'still sitting|sat|stuck', 'sitting|sat|waiting on|at|in the runway|tarmac|gate|plane|aircraft', 'keep|keeping|kept us sitting|siting|waiting',
        'hours|hrs|minutes|mins|days and counting', 'trapped', 'mechanical|technical|engine|maintenance problem|problems|issue|issues|failure|delay',
        'fixing|repairing|replacing the engine|plane|aircraft|tire|tyre|door|part', 'engine leaking|trouble|failure',
        'miss|missed|missing .. connection|connections', 'miss|missed|missing my|our|the connecting flight',
        'lack of crew|pilot|pilots|staff', 'lack of ground crew', 'no ground crew', 'no gate agent|agents', 'lack of gate agent|agents',
        'supposed 2|to leave|depart|takeoff|arrive|land at', 'supposed 2|to take off at', 'min|mins|minutes|hour|hours|hr|hrs late',
        'delaying my|our|the flight|flights', 'hours|hrs now',
        'update|updates|upgrade|ios|firmware .. breaks|broke|bricked|killed|wiped|screwed|messed|fucked|ruined',
        // Asked whether it will ever work: "is this ever gonna be fixed on iOS?".
        'ever going|gonna be fixed|sorted|resolved|working', 'ever get|be fixed|sorted|resolved',
        // Asked as a question, still a fault: "what's up with the 8:05?", "why do I keep getting
        // logged out?", "is the shuttle even running?", "stopped outside Reading for 40 minutes".
        'what s|is going on with|at', 'what s|is up with', 'what s|is wrong with', 'what s|is happening with|to',
        'keep|keeps getting|being logged|kicked|signed|thrown out', 'is|are .. even running|working|operating',
        'stopped|stuck|held outside|at|on|in .. for .. minutes|mins|hours|hrs|hour',
        'sitting|sat on|in the|a|this|our plane|train|tarmac|runway|bus|aircraft for',
        // Stranded, or sent the wrong thing: "sleeping at the gate", "the 3rd wrong delivery".
        'sleeping|slept|sleep at|in|on the airport|terminal|gate|floor|station|platform', 'sleeping|slept|sleep on|in a .. bench|street|car|floor|chair|chairs',
        'spend|spent|spending the night at|in|on the airport|terminal|gate|floor|station|platform',
        'wrong delivery|deliveries|item|items|parcel|parcels|package|packages|product|products|meal|meals',
        // A promise broken, a cancellation nobody announced, money held back.
        'neither happened|came|arrived', 'none of it|that|this happened', 'nothing of the sort|kind happened',
        'cancel* .. and do|did|does not tell|inform|notify|warn|let', 'cancel* .. and not telling|notifying|informing|warning',
        'withholding|withheld|holding|held|froze|frozen|freezing|blocked|blocking my|our money|funds|fund|deposit|salary|wages|payment|payments',
        'release|unfreeze|unblock my|our money|funds|fund|deposit|salary|wages|payment|payments',
        // Something the brand got wrong on the customer's booking or order, or a trip to replace.
        'mess|messed|messing up my|our|the ticket|tickets|booking|bookings|reservation|reservations|order|orders|flight|flights|account',
        'you|u|guys|they .. mixed up', 'need|needs a new|another flight|connection',
      ],
      except: [
        'watch|watching|download|downloads|downloading|play|listen|use|save|read .. offline', 'offline mode|downloads|viewing|playback|maps|access',
        // A bag sent ahead on purpose: "my bag went to the hotel by taxi".
        'went|flew to the|my|our hotel|room|house|home|apartment|flat',
        NOT_SPLIT,
        // What the customer did is no fault: "I deleted my playlists by mistake".
        'i|we deleted|wiped|erased|removed',
        // A delivery announced is no delivery missed: "the email said it would be delivered tomorrow".
        'will|would|should be delivered',
        // An upgrade is good news: "got bumped up to 1st!".
        'bumped|bump up', 'bumped|bump to first|1st|business|premium',
        'no luggage*|bags|baggage|suitcase|suitcases allowance|fee|fees|charge|charges|limit|included',
        'nothing works|worked better|like|as',
        'dropped in price|cost|prices',
        // A bill that did not come is an account matter to look at in private, not a fault.
        'bill|bills|invoice|invoices|statement|statements .. never|not arrived|came|come|received',
        // What the customer wiped themselves: "I deleted everything before trading it in".
        'i|we deleted|wiped|erased everything|all',
        // Spanish praise: "un crack", "sois unos cracks" (an ace, aces).
        'un|unos|eres|sois|es|son crack|cracks',
        'double down', 'counting down', 'count down', 'button down', 'calm down', 'slow down', 'shut down', 'upside down', 'let down', 'let me down', 'let us down',
        'break down', 'down payment', 'down to', 'down the', 'turned down', 'turn down', 'back down', 'down the line',
        'down under', 'put down', 'write down', 'sit down', 'hold down', 'scroll down', 'is down to',
        'tracking number', 'not working from home', 'working on it', 'is not working out',
        'human error', 'my error', 'in error', 'error of', 'i am broke', 'am broke', 'so broke', 'are broke', 'go broke',
        'breaking news', 'broke the news', 'broke the record', 'breaks my heart', 'broke my heart', 'can not get enough',
        'can not wait', 'unable|impossible to work out', 'not getting any younger|better', 'can not see why|the|how', 'can not find the words', 'can not make it', 'could not get a|an|any reply|answer|response',
        'can not get through', 'could not get through', 'can not get hold', 'can not get in touch', 'can not get a|an reply|answer|response',
        'can not use the|this|that as', 'can not see it in|on', 'could not be happier|better', 'can not complain',
        'can not thank', 'can not recommend', 'can not say', 'can not believe', 'could not believe', 'can not help',
        'left .. outside of', 'was not late', 'not late', 'no show tickets', 'will|would not let you|it|this|that go',
        'on its own website|site|app|page',
        'i|we ordered|bought|picked|chose|selected|clicked the wrong',
        'airport|terminal|station hotel|hotels|lounge|lounges',
      ],
    },
    security: {
      notForModels: [
        'please .. block|freeze|lock|stop my|the|our account|accounts|card|cards',
        'block|freeze|lock|cancel it|them now|asap|immediately',
        'that|which i|we am|are not making|sending|authorising|authorizing|doing',
        'on my|our account .. another|other city|country|state',
        'happening|appearing|coming|going on my|our account right now',
        'card is|was|s|sits|sitting|lies|lying|right .. in my|our wallet|pocket|hand|purse',
        'i|we clicked|opened|tapped|followed a|the|that|this|their|your link',
        'my|our account is|keeps posting|sending|dming|messaging', 'my|our account has been posting|sending|dming|messaging',
        'email|phone|number|password|address on it .. changed',
        'another|more .. just went|gone|left|came out',
      ],
      match: [
        // Round 23: a fake site or page in the brand's name, codes given to a caller.
        'fake site|website|page|account|shop|store|profile|app', 'site|website|page|account|advert|ad with your|ur logo|name',
        'gave|told|read him|her|them|the caller the|my code|codes|pin|password|passcode',
        // A card used where the customer never was: "my card was just used in 3 countries in the last hour".
        'card|cards .. used in|at .. countries|cities|states|places',
        // Lines opened in their name: "there are 3 lines on my account I never opened".
        'line|lines|sim|sims|number|numbers|contract|contracts .. i|we never opened|activated|requested|ordered',
        // Signs someone else is in the account: a code or reset nobody asked for, details the customer
        // does not recognise, their number being moved away (not one ported on their request), a courier
        // taking the parcel back.
        // A stolen SIM or phone still live: whoever holds it can take codes sent to the number.
        'stolen .. still .. not blocked|deactivated|cancelled|canceled|suspended|disabled',
        'code|codes|otp|pin|verification|reset .. i|we did not ask|request|requested|ask for', 'code|codes|otp|pin|verification|reset .. i|we never asked|requested',
        'address|email|device|devices|phone|login|logins|name|card .. on|in|to my account .. i|we do not recognise|recognize',
'someone|somebody else s|elses .. on|in|to my|our account',         'my|our son|daughter|kid|kids|child|children bought|spent|purchased|ordered .. euros|pounds|dollars|worth|games|credits|coins|apps|without', 'my|our number is being moved|ported|transferred', 'took|takes|taking my|the|our parcel|package|order|delivery back',
        // A message in the brand's name that asks for secrets: phishing.
        'asking|asked|asks for my|your|the password|passwords|pin|passcode|login|otp', 'asking|asked|asks me for my|your|the password|passwords|pin|passcode|login|otp',
        'asking|asked|asks .. for my|your card|bank details',
        'hacked', 'hacker', 'hackers', 'hacking', 'hack', 'compromised', 'breach', 'breached', 'data leak', 'data breach',
        'leaked my|our', 'took over my|our', 'taken over', 'account takeover', 'hijack*',
        // A change or a purchase the customer disowns, a message that poses as the brand.
        'not by me|us', 'it|that|this was not me|us', 'i|we did not authori*|request|make this|that|it|these|those',
        'claiming|claims|claimed|pretending|pretends to be you|u', 'claiming|claims|claimed|pretending|pretends .. from you|u',
        'someone|somebody .. used|using|bought|ordered|accessed|accessing|logged|changed|took|stole|hacked|made|opened|ported|activated|withdrew|spent|paid|charged',
        // "They" and "people" are mostly the brand at work ("they made us wait", "they charged me
        // twice", "they opened a new lounge"): only intrusion itself is said of them.
        'people|person|they .. accessed|accessing|stole|hacked|withdrew',
        // Said of a stranger only: "they booked me for tomorrow" is the airline at work.
        'someone|somebody .. booked|moved|transferred|redeemed|removed|deleted|emptied|cashed', 'someone|somebody got|broke into',
        'unauthori*', 'did not authori*', 'never authori*', 'never|not approved|approve|okayed', 'never agreed to', 'never ordered', 'did not order', 'did not make|buy|purchase .. charge|charges|payment|payments|purchase|purchases|transaction|transactions|order|orders',
        'do|does|did not recogni* .. charge|charges|payment|payments|transaction|transactions|purchase|purchases|order|orders|debit|debits|this|these|login',
        'unknown|unrecogni*|suspicious|mysterious|fraudulent charge|charges|payment|payments|transaction|transactions|debit|debits|purchase|purchases|login|logins|activity|order|orders|account|accounts',
        'suspicious email|emails|text|texts|call|calls|message|messages|link|sms', 'was|were|is|it not me', 'was not us',
        'fraud', 'fraudulent', 'fraudster*', 'phishing', 'phish*', 'smishing', 'vishing', 'spoof*', 'impersonat*',
        'scam call|calls|text|texts|email|emails|message|messages|link|site|website|sms', 'got|been|was|were|being scammed',
        'identity theft', 'stolen identity', 'stole my identity', 'identity stolen', 'identity fraud',
        'sim swap*', 'sim card swap*', 'swapped my sim', 'ported without', 'ported my number', 'ported out without',
        'number was|got ported|transferred|stolen|taken|hijacked', 'number has been ported|transferred|stolen|taken|hijacked', 'without my consent|permission|authorisation|authorization|knowledge',
        'sold|selling|sell my|our .. data|info|information|details|number|personal',
        'gave|given|giving|sold|shared|sharing|passed|leaked|handed .. number|data|details|info|information|address|email .. away|out|without',
        'gave|given|giving|sold|shared|sharing|passed|leaked|handed .. number|data|details|info|information|address|email .. to other|third|others',
        'gave|given|giving|shared|passed|leaked|handed away|out my|our .. number|data|details|info|information|address|email',
        'exposed my|our', 'my|our data|details|information|info .. exposed|leaked|sold|shared|stolen',
        'stolen package|parcel|delivery|order|card|phone|sim', 'package|parcel|delivery|order .. stolen', 'stole my|our package|parcel|delivery|order|card',
        'stolen from my|our porch|doorstep|door|mailbox', 'wallet|purse|handbag|laptop|jewelry|jewellery|money|cash|valuables .. was|were|got|been stolen', 'stealing|stole|stolen from .. bag|bags|luggage*|suitcase|suitcases|passengers|people', 'someone stole', 'fake email|emails|text|texts|website|site|account|page|profile|app',
        'security breach|flaw|hole|vulnerability|issue|bug|risk', 'vulnerability', 'password was|got changed', 'password has been changed',
        'account email|password|phone|number|address was|got changed', 'account email|password|phone|number|address has|have been changed',
        // With what was bought named: "I didn't make a reservation yet", "I didn't buy first class" are no fraud.
        'i|we never made|ordered|bought|purchased this|that|it|these|those|them|any|anything', 'i|we did not make|order|buy|purchase this|that|it|these|those|them|any|anything',
        'charge|charges|payment|payments|purchase|purchases|transaction|transactions|order|orders .. i|we never made|authori*',
        // Told after the thing they are about: "3 orders on my account that I didn't make", "payments I don't recognise".
        'that|which i|we did not place|order|authorise|authorize', 'that|which i|we never placed|ordered|authorised|authorized',
        'charge|charges|payment|payments|purchase|purchases|transaction|transactions|order|orders .. that|which i|we did not make',
        'charge|charges|payment|payments|purchase|purchases|transaction|transactions|order|orders i|we do|did not recognise|recognize', 'charge|charges|payment|payments|purchase|purchases|transaction|transactions|order|orders .. i|we did not make|authori*',
        'without me asking|knowing|agreeing|consenting', 'without being asked',
        'someone|somebody .. using|ordering|buying|spending|accessing|opening|taking',
        'someone|somebody .. has|had|have|got access', 'phone|sim|mobile|handset|iphone .. was|got|been stolen', 'mine|it was|got|been stolen', 'stole my phone|sim|mobile|handset|iphone',
        'opened|taken|ordered|bought .. in my name', 'is this|it real|legit|genuine', 'is this|it a scam',
        'is this text|email|call|message|link from you',
        'i|we never placed|requested', 'i|we did not place|request',
        'card|account|details|identity|paypal|bank .. stolen|cloned|compromised|accessed',
        'order i|we never|did not',
        // A SIM swapped, a subscription never signed up to, another customer's bills on view.
        'sim was|got swapped|replaced', 'sim has been swapped|replaced', 'subscription|subscriptions|service|plan|membership|trial i|we never signed|subscribed|asked',
        'subscription|subscriptions|service|plan|membership|trial i|we did not sign|subscribe|ask', 'signed me|us up .. without',
        'someone|somebody else s|elses bill|bills|account|data|details|orders|information|address|invoices|payments',
        // Other people's documents shown to me, my miles spent by a stranger, a login from afar.
        'someone|somebody else s|elses passport|boarding|booking|bookings|reservation|ticket|tickets|card',
        'other people s passport|passports|bill|bills|account|accounts|data|details|orders|information|addresses|bookings',
        'other peoples|customers passport|passports|bill|bills|account|accounts|data|details|orders|information|addresses|bookings',
        'redeemed|used|spent|booked|accessed|transferred|withdrawn .. by someone|somebody else', 'account .. logged|signed in from',
        // A stranger behind a charge or a signature, an account emptied, another customer's data shown.
        'by someone|somebody i|we do not know', 'emptied|drained|cleared my|our .. account|accounts|bank|card|balance|wallet|savings',
        'another|other customer|customers|person|user|users|passenger|passengers s address|details|data|information|info|account|bill|bills|booking|bookings|name|number',
        // My documents sent to a stranger, a stranger's bank details sent to me.
        'sent|emailed|mailed|posted|showed|shown|disclosed my|our .. details|data|passport|information|info|documents|statement|statements to|with another|other|others|someone|somebody|strangers|stranger',
        'someone|somebody else s|elses bank|banking|card|payment|personal|contact|medical|transactions|transaction|orders|history|messages|photos|profile|statement|statements|prescription|porch|camera|cameras|doorbell|feed|house|home',
        'stranger s|strangers booking|bookings|account|data|details|orders|order|passport|history|address|transactions|prescription|porch|camera|home|house',
        'another|other customer|customers|person|user|users|passenger|passengers s statement|statements|transactions|prescription|history|passport|card',
        'customers|users names|numbers|addresses|emails|details|data', 'people s names|numbers|addresses|emails|details|data',
        // Disowned, told without "I": "didn't buy it", "never applied for", "who authorised this?".
        'and|but did|have|had not|never buy|order|purchase|book|authori* it|this|that|them|these|those|anything',
        'i|we have|had never redeemed|used|spent|transferred|booked|withdrawn|added|changed|requested|applied|opened|ordered|bought|authori*|linked',
        'i|we never redeemed|transferred|withdrew|added|changed|requested|applied|linked|set', 'never applied for', 'did not apply for', 'never set up', 'who authori*',
        'i|we requested|reported nothing', 'i|we asked for nothing', 'i|we did not request|change|add this|that|it|anything', 'i|we did not ask for this|that|it|anything',
        // Someone else in the account or on the line: a login alert, a code nobody asked for, a
        // number or an address that is not mine, a new eSIM, a password reset by someone else.
        'login|signin alert|alerts|attempt|attempts|notification|notifications', 'log|sign in alert|alerts|attempt|attempts|notification|notifications', 'not|never trying to log|sign|login',
        'number|email|phone|device|account|address|sim|esim|line|payee|wallet that|which is|was not mine|ours',
        'address|number|email|device|phone|name|person|account|payee|card|wallet i|we do|did not know|recogni*|recognize',
        'address|account|wallet|payee|device|number|email i|we have|had never seen|used', 'esim activated|transferred|swapped|moved',
        'password|passwords|pin was|were|got reset', 'password|passwords|pin has|have been reset', 'email|password|phone|number|address on|for|of my|our account has|have|was|were|got been|changed',
        'kick them|him|her|someone|somebody off|out', 'how did|do|does they|he|she|someone|somebody get|have my', 'how did|does they|he|she|someone|somebody know',
        'knew|knows my home|address|number|details|location', 'new|another|second account|contract|loan|line|card .. in my name',
        // Phishing and fake support: asked for card details or codes, someone posing as the brand or
        // the customer, a message that uses the brand's name, a link that looks off.
        'asking|asked|asks|wants|wanted|requested for login|password|passwords|pin|passcode|card|bank|otp|cvv|code|codes',
        'asking|asked|asks|wants|wanted|requested .. full|whole|long card|bank|login|password|pin|cvv', 'asking|asked|asks .. card number|numbers|details',
        'is that|this|it actually|really you|u|legit|real', 'claiming|claims|claimed|pretending|pretends|pretended|posing|posed to be your|me', 'posing|posed|poses as your|me',
        'said|says|saying they|he|she were|was|are|is your', 'said|says|saying they|he|she were|was|are|is from your', 'using|uses|used your name|logo|branding', 'redelivery fee', 'in gift cards',
        'sketchy|dodgy|fishy|shady|scammy text|email|call|link|message|site|website|refund|request|number|account|page', 'is this|that|it sketchy|dodgy|fishy|shady|scammy',
        'is|was a|an scammer|fraudster|imposter|impostor', 'scam number|account|page|profile', 'read|gave|told them|him|her the|my pin|otp|password|passcode|verification|security',
        // A card copied or shown in full, a parcel handed to a stranger, a login left open.
        'skimmer*', 'skimming', 'full card number|details', 'not masked', 'unmasked', 'charges|transactions|payments in .. countries',
        'took|taking|taken|snapped photo|photos|pictures|picture of my|our card|cards|id|passport', 'pin letter|letters .. gone|stolen|missing|opened',
        'card|cards|points|miles|balance has|have already been used|redeemed', 'card|cards|points|miles|balance was|were|is already used|redeemed', 'last|previous customer|person|user .. logged|signed in',
        'handed|gave|given my|our|the parcel|package|order|delivery to some|random|another', 'handed|gave|given my|our|the parcel|package|order|delivery to a random|stranger', 'porch pirate|pirates|thief|thieves', 'thief|thieves took|stole',
        'walking|walked|ran|running|run off with my|our|the parcel|package|delivery|bag|bags|order', 'walking|walked|ran|running off with it', 'hidden cam|camera|cameras',
        'ex|stalker|stranger .. logs|logged|logging|access|accessing|reads|reading|tracking|tracks',
        // Found by probing: a device that is not theirs, a loyalty balance emptied, their papers sent to a
        // stranger, a "safe account" to move money to, a payee they never added.
        'new device|phone|login .. logged|signed|accessed', 'logged|signed into my|our account from another|a different|an unknown',
        'points|miles|avios|rewards|voucher|vouchers .. went|dropped|emptied|drained .. zero|nothing|0',
        'sent|emailed|gave|shared|forwarded|posted|leaked|showing|shows|showed my|our .. details|data|passport|payslips|references|documents|records|information|info|statement|statements|results|papers|id|contract|policy|file|files to|with another|someone|some|strangers|stranger',
        'sent|emailed|gave|shared|forwarded|posted|leaked|showing|shows|showed my|our .. details|data|passport|payslips|references|documents|records|information|info|statement|statements|results|papers|id|contract|policy|file|files to|with a|the stranger|wrong',
        'safe account', 'move|moving|transfer|transferring my|our .. savings|money|funds .. safe|protected|secure account',
        'new payee|payees appeared|added', 'payee|payees i|we never added|set|made',
      ],
      except: [
        'other|another phone|company|companies|bank|provider|operator|network .. got|was|were|been hacked|breached',
        // The app asking for a password is a log-in, not phishing.
        'app|application|site|website|browser|login|page .. keeps|keep|always|still|just|now asking|asks',
        // The customer's own sign-in, a balance they spent: "the login alert was me", "my points went to zero after I redeemed".
        'alert|alerts|notification|notifications|login|logins|email was|were me|us|mine', 'not change|changed|touch|touched anything', 'i|we sent|emailed|forwarded|gave|shared|posted', 'zero|0|nothing after i|we redeemed|used|spent|booked',
        // Approving "of" something is an opinion: "never approved of the old logo".
        'approved|approve of',
        // A wrong item is a fault, not a purchase someone else made: "I did not order this colour".
        'did not order this|that|the|these|those colour|color|size|sizes|model|flavour|flavor|one|item|items',
        'life hack*', 'hack for', 'hackathon', 'fraud protection|prevention|department|team|check|checks|detection|filter|system|hold|alert|alerts|block',
        'anti fraud', 'antifraud', 'a fraud', 'frauds', 'people .. used to', 'they .. used to', 'someone .. used to', 'someone .. made a mistake', 'someone .. made an error', 'someone|somebody .. made my|our day|trip|morning|night|week',
        'they .. paid me', 'they .. charged my phone|phones|battery',
        // A stranger asked for, a person who is someone else, disbelief: "talk to someone when you changed my flight",
        // "a passenger that is not me", "is this real life?".
        'someone|somebody when|after|because|since|if|about|before', 'passenger|person|someone|somebody|anyone|traveller|traveler who|that is not me',
        'is this real life',
        'never made it', 'did not make it', 'never ordered from you before', 'never bought|ordered from you|u before',
        // Prices called a scam, a shortcut called a hack: complaints and jokes, not fraud.
        'scammed by your|the prices|price|fees|fee|pricing', 'hacked together', 'hack together',
      ],
    },
    cancelAsk: {
      match: [
        // What leaving costs, asked: "what's the exit fee?".
        'exit|termination|cancellation fee|fees', 'get|getting out of my|our|the contract',
        'how do|can|to i|we cancel|terminate|leave|close', 'how to cancel|terminate|leave|close', 'how do|can i|we get out of',
      ],
      // Cancelling an order or a booking is no leaving.
      except: [
        'cancel|terminate|close my|our|the|an|a|this order|orders|booking|bookings|flight|flights|reservation|appointment|delivery|payment|return|ticket|tickets|trip|card',
        'cancel|terminate|close an|a|this|my|our|the .. order|booking|flight|reservation|appointment|delivery|ticket|trip',
      ],
    },
    churn: {
      notForModels: [
        'spend|spending|spent .. elsewhere',
        'close|closing|cancel|cancelling|canceling|end|ending my|our .. policy|account|contract|subscription|membership|plan',
        'retention offer|offers|deal|deals|team|call|calls',
        'made my|our decision .. easy|easier',
        'cheaper|better quote|quotes|offer|offers|deal|deals elsewhere',
        'convince me|us to stay',
        'give me|us one|a|any reason to stay',
      ],
      match: [
        // Round 24: "the final straw", "you've lost me", "you won't be keeping me", "consider this my last order",
        // "paying it feels cheaper than staying", "good luck keeping customers", "trying a rival", "ditching you".
        'final straw', 'you|u have lost me|us', 'will not be keeping me|us', 'consider this|that my|our last',
        'cheaper|better than staying', 'good luck keeping|retaining customers|me|us', 'try|trying|tried a|the|another rival|competitor',
        'pausing|ditching|dumping you|u',
        // Crowd tweets (dev): "Learned my lesson", "losing trust in you", "Loyal flier for 10 years - time for change",
        // "Plenty of other airlines".
        'learned|learnt my|our lesson', 'losing|lost trust|faith in you|u', 'time for change', 'time for a change', 'plenty of other airlines|companies|providers|options|carriers',
        // Round 22: "enjoy my last bill", "enjoy my £65 a month while it lasts", "nice knowing you", "who's a
        // decent broadband provider?", "booked my next 3 trips with Jet2", "gonna switch to Octopus", "my new bank".
        'enjoy my|our last bill|payment|month|invoice', 'enjoy my|our .. while it lasts', 'nice knowing you|ya|u',
        'do not bother .. renewal|renewing|renew', 'who is|s a|an decent|good|reliable|better|proper .. provider|providers|broadband|bank|airline|isp|network|supplier|insurer',
        'booked|booking|book my|our next .. with', 'gonna|gotta switch|move|leave|cancel|port',
        'my|our new provider|bank|airline|network|carrier|isp|supplier|insurer',
        // Leaving told in passing or as done: "enjoy your last month of my money", "moved the family plan
        // elsewhere", "already ordered a sim from someone else", "was a loyal customer. was.", "don't renew me".
        'last month|months|payment|payments|bill|bills of my|our money|business|custom',
        'moved|moving|move|switched|ported|porting|took|taking .. elsewhere', 'went|gone elsewhere', 'plan|plans|line|lines|account|accounts|number|numbers|savings|family elsewhere',
        'ordered|booked|bought|flew|went|switched|moved|got .. from|with someone|somebody else',
        'flying|fly|booking|book|flew|booked someone|somebody else',
        'was|were a|your loyal|faithful customer|customers|member|members',
        'moving|move|moved|taking|take|took my|our savings|money|funds|pension|mortgage out|away',
        'recs|recommendations for a|another|better bank|provider|airline|carrier|network|isp|company|insurer',
        'do not renew me|my|it|the|our', 'bye felicia', 'byefelicia',
        // Leaving weighed aloud: "thinking of leaving after 10 years", "give me a reason to stay".
        'thinking|considering of|about leaving|cancelling|canceling',
        'reason|reasons to stay',
        'stopped|quit flying|shopping|buying|ordering with|from|at', 'stopped using your|you',
        'cancel*|terminat*|close|closing|closed my|our|the account|accounts|subscription|subscriptions|contract|service|membership|plan|policy|line|broadband|package|card|cards',
        // Leaving now, not a flight cancelled today: "cancelled" is what happened to a booking.
        'cancel|cancelling|canceling|switching tomorrow|today|now|asap|immediately|everything', 'cancelled|canceled everything', 'cancel|cancelling|canceling|switching next month',
        'i|we am|are|will|shall|have|ll .. switching|porting|quitting|cancelling|canceling|terminating|switch|port|quit|unsubscribe|unsubscribing',
        'time to switch|leave|cancel', 'time to move on', 'switching|switch|changing provider|providers|supplier|suppliers|carrier|carriers',
        'leaving you|u|ya|your', 'leave you|u|ya', 'take|taking my|our business|money|custom elsewhere|somewhere', 'my|our business elsewhere',
        'lost my|our|a|another|two|2|three|3 .. business|custom|customer|customers', 'losing|lose|lost a|another|my|our .. customer|customers|business',
        'find|finding|look|looking .. another|other|new|different provider|providers|carrier|carriers|bank|airline|airlines|company|supplier|network|operator|isp',
        'look|shop|go|going|shopping elsewhere', 'never again', 'never .. again', 'last time i|we .. fly|flew|shop|shopped|order|ordered|buy|bought|use|used|book|booked|stay|stayed|eat|ate',
        'will|would not .. recommend', 'will not be renewing|returning|using|buying|ordering|back|flying|shopping|booking', 'not renewing', 'will not renew',
        'done with you|your|this|u', 'i am done', 'we are done', 'im done', 'port out', 'porting out', 'pac code',
        'better off with', 'to another|other provider|providers|carrier|network|company|bank|operator|supplier|airline|isp', 'to a different|new provider|carrier|network|company|bank|operator|supplier|airline|isp',
        'guess i will|ll have to cancel|switch|leave', 'losing|lose|lost my|our biz|custom',
        'switching|switched to another|other|a', 'switching|switched over',
        'switching|switched to', 'had|have to switch to',
        // Leaving, told in passing: "my last flight with you", "booking with someone else next time".
        'last flight|order|booking|trip|purchase|stay with|from you', 'lost me|us as a customer|customers',
        'book|booking|fly|flying|shop|shopping|order|ordering|go|going with|at|from someone|somebody else', 'book|booking|fly|flying|shop|shopping|order|ordering|go|going with|at|from another airline|company|provider|carrier|store|shop',
        'think twice before .. flying|booking|ordering|buying|shopping', 'goodbye|bye forever',
        // "Flying Delta from now on", "taking my miles elsewhere", "another airline next time", "the last straw".
        'fly|flying|shop|shopping|bank|banking|book|booking .. from now on',
        'take|taking|took my|our miles|points|loyalty|family|dollars|cash elsewhere', 'another|different airline|carrier|provider|company|bank|network|operator|store .. next time',
        'last straw', 'deleting|deleted|uninstalling|uninstalled your|the app',
        // Leaving for a competitor named as such: "I'll fly with a competitor".
        'fly|flying|flew|book|booking|booked|go|going|went|switch|switching|switched|move|moving|moved|ordered|bought .. competitor|competitors|competition',
        // Leaving for a brand named by its handle, which triage does not read: "going with @Other from now on".
        'going|go|sticking|stick with .. from now on', 'taking|take|took my|our business|custom to',
        // "why would I stay with you after this", "consider this my notice", "you lost my loyalty today".
        'why would|should i|we stay|remain with you|u|ya', 'why would|should i|we stay|remain loyal', 'why would|should i|we stay|remain a|your customer|customers|member|members',
        'consider this my|our notice', 'lost|losing|lose my|our loyalty',
        // Leaving said as a verdict on the future: "don't expect me back", "first and last time", "I regret switching to you".
        'not expect me|us back', 'never recommending|recommend .. anyone|anybody',
        'first and last time using|flying|ordering|booking|buying|shopping|staying|eating',
        'first and last time i|we .. use|used|fly|flew|order|ordered|book|booked|buy|bought|shop|shopped|stay|stayed',
        'regret|regretting switching|joining|choosing|picking|moving',
        'should have stayed with my|our|the old|previous|last provider|bank|airline|carrier|network|company|operator|isp|supplier',
        'considering|exploring|weighing|researching other|alternative options', 'looking at other options', 'looking into other options',
        'years i am leaving', 'years we are leaving', 'i am leaving you|u', 'we are leaving you|u',
        'friends|family|everyone|everybody|people to avoid|boycott you|u|ya|your|this|lumo|them',
        'time to shop|go|look|fly|bank|book somewhere|elsewhere', 'i|we will .. shop|go|fly|bank|book somewhere else',
        'why do i|we .. stay|remain with you|u|ya', 'last chance i|we gave|give you|u|ya',
        'can not wait .. contract|subscription|lease|plan .. end|ends|over|up|expires', 'porting|port|ported my|our number|numbers|line out|away',
      ],
      except: [
        'next .. with you|u|ya|lumo', 'my|our new provider|bank|airline|network|carrier|isp|supplier|insurer .. is you|u|lumo',
        // Points, not loyalty: "I lost my loyalty points when the app reset".
        'loyalty points|card|cards|status|tier|number|account|scheme|program|programme|membership|miles|discount',
        // Staying, said the same way: "flying with you from now on!".
        'with|at you|u|your .. from now on',
        'how do|can|to|should|would i|we .. cancel*|close|terminat*|switch*|leave|port', 'how to cancel|close|terminate|switch|leave|port',
        'can|could|may i|we cancel*|close|terminat*|switch*', 'is it possible to cancel|close|terminate|switch', 'if i cancel|close|terminate|switch',
        'want|need|like to know how', 'never .. again .. thanks|thank|great|good|amazing', 'never had|have|has .. again', 'never .. problem|issue|issues|problems again',
        'switching|switch|switched to dark|light|wifi|data|4g|5g|mobile|airplane|flight',
        'cancel|cancelled|cancelling my|our|the order|booking|flight|reservation|appointment|delivery|payment|return', 'done with you guys .. thanks|thank',
        'switching|switched|switch to the|your|new|our|my', 'switching|switched|switch to a new',
        // Joining us is the opposite of leaving: "finally switched to you, so far so good".
        'switching|switched|switch|moved|moving|ported|porting|came|coming over to you|lumo', 'switching|switched|switch|moved|moving|ported|porting to you|lumo',
        'switch|switching|switched off|on', 'switch|switching|switched it off|on',
        'switching|switched|switch to dark|light|wifi|data|4g|5g|mobile|airplane|flight',
        'what|when|where|which was|is|s my|our last',
        // Options weighed for a purchase, a place or a job left: "other options for my upgrade", "leaving the company".
        'options for|on|to', 'leaving the|my|our job|company|country|city|town|area|house|flat|university|school|office',
        'leaving you|u a|an|my|some|this|feedback',
      ],
      // Regret at having joined us, which the exceptions above read as joining.
      despite: [
        'regret|regretting switching|moving|coming|porting to|over you|lumo', 'regret|regretting switching|moving|coming|porting over to you|lumo',
      ],
    },
    ironic: {
      match: [
        'thanks for nothing', 'cheers for nothing', 'thanks for bugger all', 'thank you for nothing', 'thanks a lot for nothing', 'thanks for absolutely nothing', 'yeah right', 'yea right',
        'said no one ever', 'said nobody ever', 'just what i|we needed', 'exactly what i|we needed', 'oh great', 'oh wonderful',
        'oh joy', 'oh goody', 'oh fantastic', 'oh brilliant', 'surprise surprise', 'what a surprise', 'big surprise', 'shocker',
        'who would have thought|guessed', 'colour|color me surprised', 'so much for', 'love that for me', 'living the dream',
        'thanks a bunch for .. nothing|wait|waiting|delay',
        'oh good', 'oh perfect', 'oh lovely', 'oh nice',
        // "the Jurassic period called and they want their plane back".
        'called .. want|wants their', 'they want|wants their .. back',
      ],
      except: [
        'thanks|thank|you|u|ya|appreciate|appreciated|grateful|love|enjoyed so much for',
      ],
    },
    praise: {
      match: [
        'great job', 'good job', 'nice job', 'great work', 'good work', 'nice work', 'well done', 'bravo', 'way to go', 'nice going',
        'nice one', 'good one', 'well played', 'kudos', 'congrats', 'congratulations', 'keep it up', 'keep up the good work',
        'great', 'awesome', 'amazing', 'fantastic', 'brilliant', 'wonderful', 'perfect', 'lovely', 'excellent', 'superb', 'impressive',
        'outstanding', 'stellar', 'genius', 'top notch', 'at its finest', 'at its best', 'you rock', 'you guys rock', 'rocks', 'the best',
        'best airline|service|customer|company|experience|team|staff|crew|app|store|shop|coffee|burger|pizza|food|flight|ever', 'favourite|favorite',
        'shout out', 'shoutout', 'props to', 'please acknowledge|commend|recognise|recognize', 'hats off', 'thumbs up', 'legend', 'legends', 'above and beyond', 'helpful', 'friendly',
        'pleasant', 'delicious', 'tasty', 'yummy', 'impressed', 'so refreshing', 'a pleasure', 'a refreshing pleasure|change', 'delighted', 'pleased', 'satisfied', 'happy with', 'highly recommend',
        'love you|it|this|the|your|my|our|these|that', 'loved it|the|your|my|our|this|that', 'i love', 'we love', 'loving the|my|this|it', 'a star',
        'impress me|us', 'could not be nicer|better|happier', 'could not have been nicer|better|kinder|friendlier|happier|more', 'could not be more helpful', 'can not fault',
        'helped me|us', 'saved the day', 'saved my day', 'made my day', 'made our day', 'life saver', 'lifesaver',
        'so far so good', '5 stars', 'five stars',
        // Fan posts: looking forward, a smooth trip, appreciation said plainly.
        'smooth flight|ride|trip|journey|process|experience|landing', 'landed|arrived early', 'ahead of schedule',
        'appreciate you|u|ya|yall|it|this|that|your', 'much appreciated', 'always a pleasure', 'a pleasure to fly|deal|do',
        'can not wait to fly|travel|try|see|visit|go', 'excited for|about my|our|the', 'so excited', 'nailed it',
      ],
      except: [
        'great deal of', 'great britain', 'perfect storm', 'the great', 'great grand*', 'the best way',
        'best regards', 'best wishes', 'love to know', 'would love', 'i would love', 'would be great|awesome|lovely|perfect|amazing',
      ],
    },
    ironyLead: {
      match: [
        'love how', 'love that', 'love it when', 'loving how', 'gotta love', 'got to love', 'have to love', 'just love', 'love being',
        'love waiting', 'so glad', 'so happy', 'really glad', 'how nice', 'how great', 'just great', 'just perfect', 'just brilliant',
        'fastest', 'best customer service', 'thanks a lot', 'thanks so much', 'thank you so much', 'what a great way',
        'nice to see|know|hear',
      ],
    },
    ironyTarget: {
      match: [
        // A price that went up, praised (round 25): "so grateful my premium went up 40%", "love the surprise €300 charge".
        'premium|price|prices|bill|bills|tariff|fee|fees|rent|subscription|plan|rate|rates|cost went|gone|goes|going|shot up', 'raising|raised|hiking|hiked|increasing|increased|doubling|doubled my|our|the price|prices|premium|bill|tariff|fee|fees|rate|subscription', 'surprise .. charge|charges|fee|fees|bill',
        'taking|took .. hours|days|weeks|months|ages|forever|years', 'making|made|keeping|kept|leaving|left me|us .. wait|waiting|hanging|stranded|without|stuck', 'making|made|keeping|kept|leaving|left me|us .. on hold',
        // The wait itself, after thanks: "thanks guys, two weeks for a modem" ("2 weeks for my
        // holiday" is a trip, not a wait).
        'hours|days|weeks|months|hrs for a|an|the|one|each|every',
        'losing|lost my|our', 'cancelling|canceling|cancelled|canceled my|our', 'ruining', 'ruined', 'delaying', 'the delay', 'the delays',
        'the wait', 'breaking', 'broke my', 'ignoring', 'hanging up', 'charging|charged me', 'overcharging', 'wasting|wasted my|our',
        'the runaround', 'the hassle', 'the stress', 'the headache', 'the inconvenience', 'another outage', 'refusing', 'refused',
        'the wrong',
        // "thanks a lot, 3 weeks for an engineer": the wait itself is the target.
        'hours|days|weeks|months for a|an|the|my engineer|technician|tech|refund|reply|response|answer|delivery|repair|callback|installation|fix',
        // "thanks for the 2 hour wait", "thanks for another update that breaks the app".
        'hour|hours|hr|hrs|minute|minutes|min|mins|day|days|week|weeks wait|delay|queue|hold|layover', 'breaks|broke the|my|your',
        // Found by probing: "thanks for the 3 hour tarmac tour", "big thanks for splitting up my family", "kudos to whoever decided the wifi should cost $30".
        'hour|hours|hr|hrs tarmac|runway', ...FAMILY_SPLIT, 'splitting|split|separating|separated up my|our party|group',
        'splitting|split|separating|separated my|our party|group', 'decided .. should cost|charge',
        // "thanks for the middle seat next to the toilet", "so grateful for the surprise fee".
        'next to the toilet|toilets|bathroom|bathrooms|lavatory|loo', 'surprise .. fee|fees|charge|charges|bill',
        // A day that should be special spent where nobody wants to be: "my birthday at the airport".
        'birthday|anniversary|honeymoon|christmas|holiday|vacation .. at|in|on the airport|tarmac|gate|station|terminal',
        // Hours spent somewhere, a night on the floor, a missed occasion, the count of calls, paying
        // more for less: "thanks for the wonderful 5 hours in Newark", "for making me miss the wedding".
        'the .. hours|hrs in|at|on', 'night|nights .. on|at the|an .. floor|airport|terminal|station',
        'making|made|make me|us miss', 'more for less', 'time i|we am|are|have|called|calling|rang|tried',
        // What they "managed" to do, an update that wiped everything, being reminded why they left.
        'managed to lose|break|cancel|delay|miss|forget|lose', 'lose my|our', 'deleted|wiped|erased everything|all',
        'reminding|reminded me|us why',
        // Thanks for being made to do something: "thank you for making me check my bag", "for
        // causing us to miss our connection", "for helping me miss my friend's birthday".
        'causing|caused|forcing|forced me|us', 'making|made me|us check|pay|sit|stand|run|sleep|waste|spend|lose',
        'helping|helped me|us miss|lose|waste', 'asking|asked me|us to pay', 'allowing|letting me|us to spend|pay|wait|miss',
        'leaving|leaves|departing|departs|arriving|arrives|landing|lands later than', 'leaving|left my|our bag|bags|luggage*|baggage|suitcase',
      ],
      except: [NOT_SPLIT],
    },
    resolution: {
      match: [
        'help*', 'found the fault|problem|issue|cause', 'fix*', 'resolv*', 'solv*', 'sorting', 'sorted', 'restor*', 'repair*', 'replac*', 'refund*', 'updat*', 'info*', 'waiv*',
        'know', 'explain*', 'respon*', 'repl*', 'answer*', 'heads up', 'patience', 'understanding', 'support', 'assist*', 'apolog*',
        'sorry', 'compensat*', 'voucher', 'looking into', 'look into', 'getting back', 'get back', 'following up', 'follow up',
        'reaching out', 'advice', 'tip', 'tips', 'quick*', 'fast', 'speedy', 'prompt*', 'taking care', 'the time', 'effort*', 'kind*',
        'concern', 'works again|now', 'working again|now', 'back up', 'back online', 'found', 'finding', 'got it back', 'returned',
        'let me|us know', 'letting me|us know',
      ],
      except: ['help* me|us miss|lose|waste', ...BACKING_UP],
    },
    claim: {
      match: [
        'customer service', 'customer care', 'customer support', 'help desk', 'helpdesk', 'helpline', 'express', 'superfast', 'super fast',
        'unlimited', 'guaranteed', 'premium', 'priority', 'next day', 'high speed', 'fast', 'fastest', 'professional*', 'experts', 'expert',
        'quality', 'on time', 'reliable', 'best', 'upgrade', 'improvement', 'improved', 'service',
      ],
    },
    supposition: {
      match: ['if', 'in case', 'suppose', 'supposing', 'hypothetically'],
      except: [
        'as|even if', 'if you|u|anyone|someone|somebody could|can|would|will|please', 'if possible',
        // "Why board anyone if there's something wrong with the plane?", "what's the point if your crew
        // doesn't read them?": an "if" about the company or what is there states a fact, with a why.
        'if you|your|u|ur|yall|they|their|there|theres',
        // What to do about it is asked by whom it happens to: "what do I do if my parcel says delivered but isn't here?".
        'what|how do|should|can|could i|we .. if', 'what|how do|should|can|could i|we do .. if',
        // Told in the past, it happened: "can I get a refund if my flight was cancelled?".
        'if .. was|were|did|didn|had|has|got',
        // A question about what is so now, not a supposition: "can you check if my flight is delayed?".
        'see|check|know|tell|sure|wonder|wondering|ask|asking|find|confirm|advise .. if',
      ],
    },
    contrast: {
      match: [
        'but', 'however', 'though', 'although', 'even though', 'except', 'unfortunately', 'sadly', 'only issue|problem|thing|complaint',
        'apart from', 'aside from', 'other than', 'despite', 'wish', 'shame that', 'pity',
        'while i|we appreciate|understand', 'not so much',
      ],
    },
    statusClaim: {
      match: [
        // A delivery said attempted: "nobody home" (I was in all day).
        'attempted', 'nobody home', 'no one home', 'recipient not available', 'customer not available', 'not at home',
        'delivered', 'resolved', 'completed', 'complete', 'closed', 'fixed', 'arrived', 'collected', 'dispatched', 'out for delivery', 'on its way', 'arriving', 'soon', 'in transit', 'refunded'],
    },
    quoteIntro: {
      match: [
        'says', 'saying', 'shows', 'showing', 'get', 'getting', 'message', 'reads', 'displays',
        'displaying', 'pops up', 'error', 'status', 'states',
      ],
    },
    legal: {
      match: [
        // A public protest goes to a person at once, as a legal threat does, with PR and legal (playbook,
        // Priorities): "the press will hear about this", "my MP will be hearing about this".
        'the press|media will hear|know', 'the press|media will be hearing|told', 'going|go|went|gone|take|taking|took this to the press|media|papers|newspapers',
        'contact|contacting|contacted|call|calling|tell|telling|email|emailing|write|writing to the press|media|papers|newspapers|bbc|cnn',
        'contact|contacting|contacted|call|calling|tell|telling a|the journalist|journalists|reporter|reporters', 'my|our mp|congressman|congresswoman|senator|councillor|councilor',
        'posting|post|share|sharing|tweeting|tweet this everywhere', 'make|making this go viral', 'until this goes viral',
        'lawyer*', 'attorney*', 'solicitor*', 'sue you', 'sue them', 'i will sue', 'going to sue', 'gonna sue',
        'suing', 'lawsuit', 'legal action', 'legal proceedings', 'take you to court', 'see you in court',
        'in court', 'court case', 'small claims', 'ombudsman', 'trading standards', 'ofcom', 'fcc', 'ftc',
        'bbb', 'better business bureau', 'class action', 'report you to', 'consumer rights', 'consumer protection',
        'the police', 'police report', 'regulator', 'watchdog', 'legal team', 'cease and desist',
        // Aviation regulators (US, UK): where passengers take a complaint an airline ignored.
        'faa', 'caa', 'department of transportation', 'complaint with|to the dot|faa|caa|ftc|fcc|cfpb',
        // Data-protection rights with a deadline, a claim in court, a letter before action, the
        // financial regulators, discrimination named as unlawful.
        'gdpr request|requests|article|art|breach|complaint|violation', 'under|per|breaching|violating gdpr', 'breach|violation of gdpr', 'subject access', 'data protection act|request|officer', 'the ico', 'to the ico',
        'court claim|claims|action|proceedings', 'letter before action', 'commence|start|issue|begin proceedings', 'fca', 'cfpb',
        'unlawful', 'equality act', 'ada violation', 'disabilities act', 'expect a claim|lawsuit|letter',
        // A payment disputed with the bank, a consumer body: "filing a chargeback with my bank".
        'filing|file|filed|doing|did|opened|opening|making|made|requesting|requested|raising|raised a|the chargeback',
        'taking|take|took|going|contacted|contacting|reporting|report|writing|wrote .. consumer association|associations|group|groups|council',
      ],
      // Consumer rights read about, not invoked: "is there a consumer rights page on your site?".
      except: ['consumer rights|protection page|pages|section|info|information|leaflet|policy|link'],
    },
    safety: {
      match: [
        // Round 23: a door shut on a pram, home dialysis without power or heat.
        'shut|closed .. on my|our|a pram|buggy|stroller|son|daughter|child|kid|baby', 'home dialysis',
        // Speeding told by the numbers: "your driver is doing 90 in a 50".
        'doing|going 70|80|90|100|110|120 in a',
        // Found by probing: "your delivery guy nearly ran over my dog", "my phone got hot and swelled up", "the seat belt won't lock".
        'nearly|almost ran|run over', 'nearly|almost hit|knocked|struck|ran me|us|him|her',
        'nearly|almost hit|knocked|struck|ran .. child|kid|kids|son|daughter|baby|dog|cat|pedestrian|cyclist|someone|somebody|people|man|woman|girl|boy',
        'phone|battery|laptop|tablet|charger .. swelled|swollen|swelling|bulging', 'hot and swelled|swollen|swelling|bulging',
        'seatbelt .. will|does|did not lock|close|fasten|buckle|work', 'seat belt .. will|does|did not lock|close|fasten|buckle|work',
        // Lives that hang on the line: emergency calls that cannot be made, a telecare alarm or a heart monitor on a dead line (Ofcom's priority fault repair for telecare users).
        'can not call|ring|dial|reach 112|911|999|ambulance|emergency',
        'emergency|medical|telecare|panic alarm|alarms|pendant|pendants',
        'heart|cardiac monitor|monitors',
        'pacemaker',
        // A child gone missing on the way: "I lost my son at the airport" (without the place, "lost my
        // son" may be a death).
        'lost my|our son|daughter|child|kid|kids|children|baby|boy|girl at|in|on the airport|station|terminal|gate|plane|train|store|shop|mall|park|crowd|security', 'can|could not find my|our son|daughter|child|kid|kids|children|baby',
        // On board and on the road, told calmly: harassment, a child travelling alone sent astray, no
        // one able to use the defibrillator, people screaming, a threat to the crew, severe turbulence,
        // a driver swerving.
        'harassing|harasses', 'flying|travelling|traveling alone was|got|is put|sent|left|lost|stranded|missing', 'unaccompanied .. wrong flight|plane|train',
        'defibrillator', 'defib', 'first aid', 'cpr', 'people|passengers|everyone|kids|children were|are screaming',
        'threatening|threatened|attacking|attacked|assaulting|assaulted .. crew|attendant|attendants|driver|pilot|staff',
        'hit|banged .. the ceiling', 'severe turbulence', 'swerving', 'swerved',
        // A danger asked about calmly: a cabin that smells like fuel, a child who hit their head on
        // landing, a passenger touching a child, spongy brakes, an allergy served anyway.
        'smell|smells|smelled|smelling|smelt like fuel|gas|petrol|kerosene|smoke|burning',
        'hit|banged|bumped|knocked|cracked his|her|my|their|our head',
        'keeps|kept|keep touching|grabbing|groping', 'touching|grabbing|groping my|our daughter|son|child|kid|wife|girlfriend',
        'brake|brakes .. spongy|failed|failing|gone', 'brake|brakes not working', 'though|despite .. allergy|allergic|allergies',
        'door|doors opened|open|opening between stations|stops',
        'fire', 'fires', 'on fire', 'caught fire', 'smoke', 'smoking', 'smoked', 'burning', 'burnt', 'burned',
        'electric shock', 'electrocut*', 'shocked me', 'exploded', 'explosion', 'explode*',
        'injured', 'injury', 'injuries', 'hurt myself', 'got hurt', 'was hurt', 'sparks', 'sparking', 'overheat*',
        'melted', 'melting', 'gas leak', 'dangerous', 'danger', 'hazard', 'live wire', 'live wires',
        'exposed wires', 'fallen pole', 'pole fell', 'cable|cables|wire|wires .. hanging|exposed|down|sparking', 'cable|cables|wire|wires .. on the ground', 'pole|poles .. down|fell|fallen|leaning', 'cables on the ground', 'hospital', 'ambulance', 'emergency services',
        'safety concern|concerns|issue|issues|risk|risks|hazard|hazards|regulations', 'safety of .. children|kids|passengers|customers|child|son|daughter|family|staff', 'unsafe', 'not safe',
        'allergic reaction', 'anaphyla*', 'food poisoning', 'made me|us|my .. sick|ill', 'got sick|ill from',
        // A danger told by its effect: "I feared for my life", "nuts served to a peanut allergy".
        'feared|fearing|scared|afraid|terrified for my|our life|lives|safety', 'texting|phone while driving',
        'allergy|allergies|allergic .. served|gave|given|contained', 'allergy|allergies|allergic .. without warning',
        'choking', 'choked', 'glass in', 'metal in', 'threatened me|us', 'assault*', 'attacked me|us',
        // Something alive or foreign in food: a food-safety matter, whatever the tone.
        'slug|slugs|maggot|maggots|worm|worms|cockroach|cockroaches|roach|insect|insects|beetle|frog|frogs|snail|snails|mouse|mice|rat|rats|spider|spiders in|inside my|our|the|this',
        'slug|slugs|maggot|maggots|worm|worms|cockroach|cockroaches|roach|insect|insects|beetle came|crawled out of',
        'found a|an|some slug|maggot|maggots|worm|worms|cockroach|roach|insect|insects|beetle', 'found a|an .. live|dead frog|snail|mouse|rat|spider|insect|bug',
        'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization',
        'manhole|manholes', 'open|uncovered|unguarded hole|pit|trench',
        // On board or on the road: an emergency, a person unwell or left without help, a driver
        // or pilot unfit, a smell of fuel. Care managers put each first, however calmly told.
        'emergency landing|landed', 'evacuated', 'evacuation', 'loud bang',
        'fainted', 'passed out', 'he|she|someone|passenger|mum|mom|dad|wife|husband|son|daughter collapsed', 'unconscious', 'seizure', 'heart attack', 'medical emergency',
        'drunk|intoxicated pilot|pilots|captain|driver|drivers|crew|attendant|attendants|conductor', 'pilot|captain|driver|crew|attendant|conductor .. drunk|intoxicated|asleep',
        'smelled|smelt|smells|smelling|reeked|reeks|stank|stinks of alcohol|booze|liquor',
        // A battery that swells can catch fire: "my phone battery is bulging", "swollen battery".
        'battery|batteries .. swelling|swollen|swelled|bulging|bulged|puffed|puffing|expanding|expanded', 'swollen|swelling|bulging|puffed battery|batteries',
        // Food that can make people ill: raw meat, mould on it.
        'chicken|meat|pork|burger|burgers|fish .. raw|undercooked', 'undercooked', 'mould|mold|mouldy|moldy .. food|bread|baby|formula|milk|cheese|fruit|sandwich|meal|salad',
        'cut|sliced|gashed my|his|her|their|our .. hand|hands|finger|fingers|leg|foot|head|face|arm|lip', 'bleeding', 'stitches',
        'nearly|almost crashed|crash|died|killed|drowned', 'glass|oven|door|window|windscreen|windshield shattered|exploded',
        'buckle|harness|seatbelt .. snapped|failed', 'buckle|harness|seatbelt .. came loose', 'brake|brakes on the .. failed|failing|gone', 'trapped|stuck in the|a|an|your|this lift|elevator|lifts|elevators',
        'escalator|lift|elevator .. threw|fell|dropped|injured|hurt',
        'smell|smells|smelled|smelling of fuel|gas|petrol|kerosene', 'fuel smell|leak', 'speeding', 'reckless|dangerous driving|driver',
        'oxygen mask|masks .. fell|dropped|deployed|came|broken|missing', 'recall notice', 'been recalled',
        'unaccompanied minor|child|kid .. missing|alone|lost|stranded|nobody|abandoned|forgotten',
        'wheelchair .. left|stranded|abandoned|forgotten|alone', 'dementia', 'harassed', 'harassment', 'groped',
        'insulin|epipen|inhaler|medication|medications|medicine|meds .. lost|missing|stolen',
        'lost|missing|stolen .. insulin|epipen|inhaler|medication|medications|medicine|meds',
        'without my|her|his insulin|epipen|inhaler|medication|medications|medicine|meds',
        // A safety worry asked as a question: "is it safe to fly in this storm?", an engine noise,
        // an aborted landing, a fight on board, a bag left unattended, a tired crew.
        'safe to fly|travel|drive|board|land|eat|drink', 'safe to take off', 'worried|concerned|scared about .. noise|engine|smell|wing|wings|tyre|tyres|tire|tires|brakes',
        'engine .. noise|noises|sound|sounds|vibration|vibrating|shaking|rattling|leak|leaking', 'cabin .. fill|filled|filling|full .. fog|fumes|mist',
        'aborted|abort|aborting .. landing|landings|takeoff', 'fight|fights|fighting|brawl on board', 'fight|fights|fighting|brawl onboard',
        'punched|slapped me|my|us|her|him', 'unattended bag|bags|luggage*|package|suitcase', 'bag|bags|luggage*|package|suitcase .. unattended', 'cracked windshield|windscreen|window|windows|wing',
        'hours on duty', 'pilot|pilots|captain|driver|drivers .. hours straight', 'fatigued|exhausted pilot|pilots|crew|driver|drivers',
        // A crash and what it did to the customer: "the driver hit the car in front", "strained my back".
        'driver .. hit|crashed|rammed', 'crashed into', 'car accident|crash', 'had an accident', 'rear ended', 'whiplash',
        'strained|sprained|bruised|fractured|injured|hurt .. my|his|her|our .. back|neck|leg|legs|arm|arms|wrist|ankle|knee|head|shoulder|hand|foot',
        'broke my|his|her|our arm|arms|leg|legs|wrist|ankle|knee|nose|foot|hand|ribs',
        'driver|pilot|captain .. playing|fiddling with|on his|her|their phone', 'driver|pilot|captain|conductor .. on his|her|their phone',
        // A ride gone wrong: kept in, followed, touched, left on the motorway, a driver high or impaired.
        'not let me|us out of|off the|this car|taxi|cab|bus|vehicle|plane|train', 'not let me|us leave the|this car|taxi|cab|bus|vehicle|plane|train', 'doors|door .. not let me|us out', 'locked me|us in', 'followed me|us home|to my|our door|house|flat|car',
        'touching|touched|grabbed|grabbing|groping|groped my leg|legs|thigh|knee|body|hair|chest|breast|breasts|bum|butt',
        'stopped in the middle of the highway|motorway|freeway', 'left|dropped|kicked|abandoned me|us .. middle of the highway|motorway|freeway|road|nowhere',
        'was|were|been in an accident', 'no seatbelt|seatbelts',
        'driver|pilot|captain .. smelled|smelt|smells|smelling|reeked|stank .. weed|marijuana|cannabis|alcohol|booze|liquor',
        'driver|pilot|captain .. impaired', 'impaired driver|driving',
        // Danger on the way, told plainly: a gas smell, a threat to others, a needle, doors open
        // while moving, a blocked emergency exit, a cracked window, something falling on a child.
        'gas|fuel|burning smell', 'smell|smells|smelled|smelling gas', 'needle|needles in|under|inside|on the|my|our|this', 'syringe', 'syringes',
        'threatening|threatened .. passengers|people|staff|customers|children|kids|everyone', 'threatening me|us',
        'fainting', 'allergy|allergies|allergic .. ignored|reaction', 'door|doors opened|open|opening while|whilst .. moving',
        'driver|drivers .. texting', 'emergency exit|exits .. broken|blocked|locked|jammed', 'broken|blocked|locked|jammed emergency exit|exits',
        'crack|cracks in|on .. window|windows|windscreen|windshield|wing|fuselage', 'onto my|our|her|his baby|head|face', 'fell|falling|dropped .. onto|on my|our|her|his son|daughter|child|kid',
        'not de iced', 'not deiced', 'without de icing', 'without deicing',
        // Whoever de-ices or flies the plane on their phone.
        'de icing .. texting|text|phone', 'deicing .. texting|text|phone', 'pilot|captain|crew .. texting',
        // A burn from a hot drink, a broken seatbelt, medicine in a lost bag, a vulnerable traveller
        // left alone, a child put on the wrong flight.
        'hot|boiling|scalding coffee|tea|water|soup|drink|drinks on|over me|him|her|us|them', 'scald*',
        'hot|boiling|scalding coffee|tea|water|soup|drink|drinks on|over my|our|his|her son|daughter|child|baby|kid|kids|wife|husband|leg|legs|lap|arm|hand|face|chest',
        'seatbelt|seatbelts .. broken|missing|torn|jammed', 'seat belt|belts .. broken|missing|torn|jammed',
        'medication|medications|medicine|meds|insulin|epipen|inhaler in it|inside|there|them',
        'left|stranded|abandoned|forgotten .. wheelchair', 'elderly|disabled|blind|pregnant .. left|stranded|abandoned|forgotten',
        'son|daughter|child|kid|boy|girl|old .. put|sent|placed on|onto|to the wrong',
        // The body tells it: symptoms, a trip to A&E, an EpiPen used, a swelling throat.
        'nosebleed|nosebleeds', 'dizzy', 'throwing up', 'vomiting', 'can|could not breathe', 'struggling to breathe', 'asthma attack|attacks', 'asthma .. awful|worse|flared|flaring|terrible|bad', 'hives', 'welts',
        'to|in|at a e', 'emergency room', 'the er', 'urgent care', 'used|gave|give|needed .. epipen|epipens', 'lips|throat|face|tongue .. swelling|swollen|swelled',
        'drink|drinks .. spiked', 'spiked my|our|her|his drink|drinks', 'drugged', 'no memory of', 'chipped|broke|cracked a|my tooth|teeth', 'plastic|metal|glass|wire in|inside my|it|the',
        'piece|bit|shard of plastic|metal|glass|wire', 'raw|pink chicken|pork|meat|burger|sausage|sausages',
        'too hot to touch|hold', 'left a red mark|burn|blister', 'burn mark|marks', 'blister|blisters', 'small parts', 'choking hazard',
        // Homes and rooms: gas told by its smell, carbon monoxide, bed bugs, mould, a loose railing,
        // a needle left behind, a key to the room given to a stranger.
        'rotten egg|eggs', 'sulphur|sulfur smell', 'carbon monoxide', 'co alarm|detector', 'smoke|fire|co|gas|monoxide alarm|alarms|detector|detectors .. went|going|goes off',
        'bed bug|bugs', 'bedbug|bedbugs', 'bites all over', 'mould|mold|mouldy|moldy .. ceiling|wall|walls|room|bathroom|cot|mattress|bed|carpet|shower', 'black mould|mold',
        'railing|railings|balcony|handrail|banister|bannister .. wobble*|loose|broken|collapsed', 'railing|railings|balcony|handrail|banister|bannister .. gave way|out', 'uncapped needle|needles|syringe|syringes', 'used needle|needles|syringe',
        'needle|needles down|behind|between', 'gave|given|handed .. key|keys|keycard to my|our room|cabin|flat|apartment',
        'tried|trying|tries the|our|my door handle|handles', 'tried|trying to get|break into our|my room|cabin|flat|apartment|house', 'no lifeguard|lifeguards', 'pulled out of the|a pool|water|deep',
        'mouse|mice|rat|rats|cockroach|cockroaches|roach|roaches running|ran|crawling|crawled|scurrying|scurried',
        'little|tiny|small|moving|live|brown|black|crawling bugs|insects|flies|worms|larvae', 'weevil*',
        'leaking|leaks|leaked .. onto|into|on the plug|socket|outlet|electrics|wiring',
        // On the road: a driver who will not slow down, a child without a car seat, someone hit.
        'hands|hand off the wheel', 'asked|told .. to slow down', 'refused|refuses|would not to slow down', 'taken|took|taking|driving|drove a|the route i|we do not recogni*|know',
        'turned|showed up without a|the|any car|child seat|carseat|booster', 'came|arrived without a|the|any car|child seat|carseat|booster',
        'clipped|hit|struck a|the cyclist|pedestrian|kid|child|woman|man|dog|person', 'ran|run|knocked over|into|down a|the cyclist|pedestrian|kid|child|woman|man|dog|person', 'hit and run',
        'knocked|knocks|knocking over|down a|the|my pram|buggy|stroller|child|kid|pedestrian|cyclist|person|woman|man|lady|girl|boy|me|us',
        'locked|trapped|stuck .. with my|our|a son|daughter|child|kid|baby|toddler|mum|mom|dad inside', 'onto the tracks|track|rails', 'on the tracks',
        'nearly|almost fell|stepped|walked|tripped|slipped', 'out on|onto the ring|motorway|highway|freeway|hard',
        // People who rely on a supply: medical equipment, an alarm pendant, a priority register.
        'oxygen concentrator|machine|tank|supply .. battery|dead|flat|died|dying|off|out|running', 'priority services register', 'priority register', 'dialysis', 'ventilator',
        'alarm pendant|pendants', 'care alarm|pendant', 'no heating|heat|power .. elderly|vulnerable|newborn|baby',
        'brown|black|discoloured|discolored water', 'smells|smell|smelled|smelling|tastes|tasted|tasting like|of diesel|chemicals|bleach|sewage',
        // Found by probing: a recalled item still sold, locked exits, a child dropped at the wrong stop, a threat from a rider, a shower that tingles, brakes that do nothing.
        'went bang', 'flashed|sparked .. in my|her|his hand|hands',
        'still selling|sold|sell .. recalled', 'that|which was|were recalled', 'exits|exit|doors are|were|is|was locked|blocked', 'fire exit|exits|door|doors .. locked|blocked',
        'left|went|departed|sailed|drove without my|our .. parents|grandparents|grandma|grandad|nan|child|children|kid|kids|toddler|baby',
        'dropped|left my|our .. old|child|kid|son|daughter|boy|girl .. wrong stop|place|station|school', 'knows|know where i|we live',
        'shower|tap|taps|sink|bath|radiator|oven|fridge|washer .. tingle|tingles|tingling|shocks|shocked|zaps|zapped',
        'brake|brakes did|do|does nothing', 'brake|brakes lever|levers|pedal did|do|does nothing', 'scalp|skin|face|lips .. blistering|blistered|blisters|swelling|swollen', 'gave|given|dispensed .. wrong dose|dosage|strength|medicine|medication|tablets|pills',
        'chairlift|gondola|rollercoaster|telecabin|funicular .. stuck|stopped|hanging',
        // A dose told with spaces: "they gave her 50 mg instead of 5".
        'mg|ml instead of',
      ],
      except: [
        'absolutely|literally|actually|honestly fire', 'have|has|any small parts',
        'harassing|harasses me|us with .. calls|emails|texts|messages|offers|ads', 'first aid kit|kits|course|courses',
        // Weather on the skin, not a reaction: "my lips are swollen from the cold".
        'swollen|swelling|blistered|blistering|chapped from|because|cause .. cold|wind|weather|winter',
        'fire tv', 'fire stick', 'firestick', 'kindle fire', 'fire hd', 'fire tablet', 'burn through', 'burning through',
        'fire exit|exits|escape sign|signs|plan|plans|route|routes|drill|drills',
        'burn data', 'smoke and mirrors', 'fire away', 'fired up', 'burned|burnt out', 'burning out', 'burning question', 'burn a hole',
        // Dismissals and figures of speech: "fire the captain", "adding insult to injury", "burned an hour on hold".
        'fire the|your|that|this|him|her|them|whoever|everyone', 'insult to injury', 'burned|burnt|burning|burn .. time|minutes|hours|money|cash|miles|points|credits',
        'threatened me|us with .. fee|fees|charge|charges|collection|collections|disconnection|debt|late|bailiffs',
        'speeding ticket|tickets|fine|fines|up|things',
        'threatening me|us with .. fee|fees|charge|charges|collection|collections|disconnection|debt|late|bailiffs',
        // Figures of speech: "bleeding me dry", "nearly died laughing", "almost crashed the website".
        'bleeding me|us|money|cash|customers', 'bleeding .. dry', 'died laughing', 'died of laughter|boredom|embarrassment|shame',
        'crashed the|your website|site|app|server|servers|system', 'lift|elevator queue|queues|line|lines|lobby|music',
        'no seatbelt|seatbelts sign|signs|light|lights', 'accident of',
        // Slang and shopping: "this album is fire", "my feed is on fire", smoke alarms for sale, a
        // bill that exploded, an alarm that chirps for a battery.
        'is|s|so|was pure|straight|absolute fire', 'this|that|it|album|song|track|drop|menu|burger|deal|offer|offers|collection|fit|outfit|look is|s|was|so fire',
        'on fire with', 'sell|buy|bought|recommend|stock|selling .. smoke|fire|co|monoxide alarm|alarms|detector|detectors|extinguisher|extinguishers',
        'smoke|fire|co alarm|alarms|detector|detectors .. chirp|chirps|chirping|beep|beeps|beeping|battery',
        'bill|bills|price|prices|costs|usage|data|fees .. exploded|explode|exploding|explodes', 'nearly|almost fell asleep', 'nearly|almost fell off my|the chair|seat|sofa|couch',
        'mouse .. running slow|slowly', 'bugs in the|your|this app|site|website|update|software|game|system',
      ],
    },
    abuse: {
      match: [
        'idiot*', 'moron*', 'imbecile*', 'you|u stupid|dumb', 'you are stupid|dumb', 'stupid|dumb people|staff|company',
        'fuck you', 'fuck off', 'f off', 'screw you',
        'go to hell', 'piece of shit', 'pieces of shit', 'asshole*', 'arsehole*', 'dickhead*', 'bastard*',
        'cunt*', 'shut up', 'bitch*', 'stfu', 'scumbag*', 'wanker*', 'twat*', 'motherfucker*',
        'die in a fire', 'kill yourself', 'kys',
        'retarded', 'retards', 'you|u retard', 'such|what a retard', 'fucking retard',
      ],
      // Staff who insulted the customer, or the customer's own mistake: a complaint, not abuse.
      except: [
        'called|calls|calling|call me|us|him|her|my .. idiot*|moron*|imbecile*|stupid|dumb|bitch*|asshole*|retard*',
        // A meme of eagerness, not an insult: "shut up and take my money".
        'shut up and take',
        'like a|an idiot*|moron*|imbecile*|fool', 'like idiots|morons|imbeciles', 'i am|was|feel|felt|look|looked .. idiot*|moron*|stupid|dumb',
        'i|we am|was|were|are|feel|felt|look|looked .. idiot*|moron*|stupid|dumb', 'my stupid|dumb mistake', 'stupid|dumb mistake|question|me', 'stupid|dumb of me',
      ],
    },
    human: {
      match: [
        // A request for a person, not any mention of staff ("your rep told me").
        'a human', 'real human', 'actual human', 'human being', 'human please', 'real person', 'actual person',
        // Or for an answer at last: "answer me!", "reply to my DM".
        'answer|reply|respond me', 'answer|reply|respond to me', 'answer|reply|respond to my dm|dms|message|messages|email|emails|tweet|tweets',
        'live person', 'live agent', 'speak|talk|chat to|with someone|somebody|anyone',
        'speak|talk|chat to|with a|an|the|your person|human|manager|supervisor|agent|rep|representative|operator',
        'want|need|request|demand .. agent|operator|representative|rep|manager|supervisor|human|person', 'get|give me .. agent|operator|representative|rep|manager|supervisor|human|person',
        'not a bot', 'are you a bot', 'is this a bot', 'talking to a bot', 'stop the bot', 'automated reply',
        'automated replies', 'automated response', 'canned response', 'copy paste', 'call me', 'call me back',
        'ring me', 'phone me', 'please escalate', 'escalate this', 'escalate it', 'escalate to',
        // "Just sent you a DM": look at the messages already sent (a person, not a fault).
        'sent you|u .. dm|dms|message|messages|email|emails', 'messaged|emailed|tweeted|dmed you|u', 'dm d you|u',
        // "Is anyone there?": a person is what they ask for.
        'is anyone|anybody there|real|listening|awake|home', 'anyone|anybody real', 'agent|representative|operator|rep please|pls|plz',
      ],
      except: [
        'human error', 'human rights',
        'answer|reply|respond me a|an|one|this|some|quick', 'how do|can|to i|we|you .. reply|respond|answer', 'forgot to reply|respond|answer',
      ],
    },
    bereavement: {
      match: [
        // A relative who died, told in any order; "died" alone is also what phones and batteries do,
        // "passed" alone what a son does with an exam, and a child "lost" at the airport is missing.
        'passed away', 'husband|wife|mother|father|mum|mom|dad|son|daughter|partner|brother|sister|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|friend|child|baby|fiance|fiancee|nephew|niece|cousin .. died|dying|deceased', 'dying husband|wife|mother|father|mum|mom|dad|son|daughter|partner|brother|sister|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|friend|child|baby|fiance|fiancee|nephew|niece|cousin',
        'my|our late husband|wife|mother|father|mum|mom|dad|son|daughter|partner|brother|sister|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|friend|child|baby|fiance|fiancee|nephew|niece|cousin', 'lost my|our husband|wife|mother|father|mum|mom|dad|partner|brother|sister|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|fiance|fiancee', 'death of my|our', 'death in the family',
        'deceased', 'bereavement', 'bereaved', 'funeral',
        // A child lost with a time, not a place: "I lost my son last year".
        'lost my|our son|daughter|child|baby|kid last|this year|month|week|summer|winter|spring|autumn',
      ],
      except: ['lost my|our husband|wife|mother|father|mum|mom|dad|partner|brother|sister|grandmother|grandfather|grandma|grandpa|nan|uncle|aunt|fiance|fiancee s'],
    },
    thanks: {
      match: [
        'like to thank', 'want to thank', 'wanted to thank',
        'thanks', 'thank you', 'thankyou', 'thank u', 'thanku', 'thank ya', 'thx', 'thnx', 'thanx', 'thnks', 'tnx', 'ty', 'many thanks', 'cheers', 'much appreciated',
        'appreciate it', 'appreciate your help', 'appreciate the help', 'appreciated', 'grateful', 'tysm',
        'appreciate the|your reply|replies|response|responses|update|updates|info|support|quick|prompt|patience',
      ],
      except: [
        'no thanks', 'no thank you', 'would appreciate', 'thanks|thank anyway|anyways', 'thank you anyway|anyways', 'thanks for nothing', 'thank you for nothing', 'thanks a lot for nothing',
        'thanks to you .. not|no|without|lost|stuck', 'thanks to your .. not|no|without|lost|stuck', 'thanks to you|your .. had|have to',
      ],
    },
    greeting: {
      match: [
        'hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'yo', 'good morning', 'good afternoon', 'good evening',
        'morning', 'greetings', 'hi there', 'hello there', 'hey there', 'dear',
      ],
    },
    urgent: {
      notForModels: [
        'what now',
      ],
      match: [
        'urgent*', 'asap', 'emergency', 'immediately', 'right now', 'right away', 'as soon as possible',
        'time sensitive', 'critical', 'desperate', 'desperately', 'today please', 'need it today', 'life support',
        'medical alarm', 'vulnerable', 'hurry .. up',
        // Time pressure: a trip, an appointment or a deadline that will not wait for a reply tomorrow.
        'in an|one|two|2|3 hour|hours|minutes', 'tonight', 'leaving today|tomorrow|tonight', 'supposed to be leaving|flying',
        'make it on|to the|my|our flight|flights|train|connection', 'today s flight|train', 'make my|our|the flight|flights|connection|train',
        'miss my|our|the flight|flights|connection|train', 'about to board', 'at the gate', 'my flight is|leaves',
        'leaves|departs|boards|boarding|closes in .. min|mins|minutes|hour|hours', 'flight|train|bus|ferry leaves|departs|boards in',
      ],
      // An evening told in the past presses nothing: "the pizza tonight was elite".
      except: ['tonight was|were'],
    },
    positive: {
      match: [
        'great', 'excellent', 'amazing', 'awesome', 'perfect', 'love', 'lovely', 'happy', 'glad', 'pleased',
        // Good news of a delivery: "arrived a day early and well packed".
        'arrived|came|delivered|landed .. early', 'well packed|packaged',
        'satisfied', 'helpful', 'fantastic', 'brilliant', 'good job', 'well done', 'kudos', 'fixed', 'resolved',
        'works now', 'working now', 'working again', 'back up', 'back online', 'sorted', 'best', 'nice', 'good',
        'superb', 'outstanding', 'impressed', 'fast', 'quick', 'smooth', 'legend', 'legends', 'star', 'stars',
        'wonderful', 'recommend',
      ],
      except: [
        'good morning', 'good afternoon', 'good evening', 'good night', 'would love', 'i would love', 'best way',
        'the best way', 'best regards', 'best wishes', 'not fixed', 'nice one', 'best price|offer|deal|plan|rate|tariff', 'good enough',
        // Gone, blocked or lost "for good" is for ever, not good.
        'for good',
        'not good enough', 'back up plan', 'backup', ...BACKING_UP, 'fast broadband', 'quick question', 'kind regards', 'how fast', 'as fast as', 'as quick as',
      ],
    },
    sinceWhen: {
      match: [
        'since', 'for .. minutes|hours|days|weeks|months|mins|hrs|min|hr|hour|day|week|month', 'all day|night|morning|afternoon|evening|week|weekend',
        'yesterday', 'last night|week|weekend|month', 'this morning|afternoon|evening|week', 'earlier today',
        'minutes|hours|days|weeks|months ago', 'hours|days|weeks now',
        // How long, told as "it's been 8 months".
        'been .. minutes|hours|days|weeks|months|years|mins|hrs|hour|day|week|month|year',
      ],
    },
    outrage: {
      match: [
        'disgrace*', 'disgusting', 'disgusted', 'shameful', 'shame on you|u', 'outrageous', 'outraged', 'unacceptable',
        'ridiculous', 'pathetic', 'appalling', 'appalled', 'furious', 'fuming', 'livid', 'infuriat*', 'pissed', 'wtf',
        'fed up', 'sick of', 'sick and tired', 'worst', 'absolute|absolutely|complete|total joke', 'a joke', 'angry',
        'so mad', 'incompetent', 'incompetence', 'rip off', 'ripoff', 'scammers', 'suck', 'sucks', 'sucked', 'greedy',
        'garbage', 'get your act together|right', 'so|very|extremely|beyond frustrated',
      ],
      except: ['worst case'],
    },
    negative: {
      match: [
        'bad', 'sad', 'hate', 'hated', 'unfortunately', 'sadly', 'poor', 'annoying', 'upset', 'worried',
        'stressed', 'stressful', 'nightmare', 'disaster', 'mess', 'hell', 'painful', 'slow', 'expensive',
        'missing', 'lost', 'waiting', 'waste', 'wasted', 'fail', 'failed', 'failing', 'failure', 'hopeless',
        'sigh', 'ugh', 'fuming', 'has|have not .. arrived', 'never arrived', 'still not arrived', 'livid', 'nonsense', 'bs',
        // Blame and disbelief: no thank-you after them, and no fault hidden by them either ("I'll miss
        // a meeting because of your constant delays" is still a delay).
        'because of you|u|your', 'can|could not believe you|u|your|they|how|that|this|what', 'stagnant',
      ],
      except: ['not bad', 'slow down', 'try again'],
    },
    loyalty: {
      match: ['loyal', 'loyalty', 'loyally', 'loyalties'],
      except: [
        'loyalty program|programs|programme|programmes|points|card|cards|number|numbers|account|tier|tiers|status|scheme|schemes|member|members|membership|club|reward|rewards|bonus|app|level|levels',
      ],
    },
    noHarmDone: {
      match: [
        'did not|never click|clicked|open|opened|tap|tapped|reply|replied|respond|responded|answer|answered .. anything|it|the|that|this|them|link|links',
        'have not clicked|opened|tapped|replied|responded|answered .. anything|it|the|that|this|them|link|links',
        'just flagging|reporting it|this|that',
        'just flagging|reporting so|to',
        'just wanted to flag|report|warn',
        'no harm done',
      ],
    },
    spamBait: {
      match: [
        'free', 'win', 'winner', 'won', 'giveaway', 'click here', 'click the link', 'tap the link', 'limited offer', 'limited time',
        'promo', 'discount', 'prize', 'earn', 'crypto', 'bitcoin', 'btc', 'eth', 'nft', 'nfts', 'token', 'dm me',
        'check my bio', 'link in bio', 'follow me', 'sign up', 'bonus', 'casino', 'betting', 'investment',
      ],
    },
    spamScheme: {
      match: [
        // Money made from home: a scheme's pitch ("earn 5000$ a week from home, DM me for details").
        'earn|make .. a|per week|day|month|hour from home',
        'buy followers', 'free followers', 'gain followers', 'get followers', 'more followers', 'follow for follow',
        'f4f', 'follow back', 'followback', 'send btc', 'send eth', 'dm for promo',
        // A scheme's words, not a product's: Apple's AirDrop, "did you double your prices?", a creator paid by OnlyFans.
        'crypto|token|tokens|nft|free|coin|coins airdrop|airdrops', 'airdrop|airdrops claim|live|token|tokens|link|wallet|eligible|giveaway', 'claim .. airdrop|airdrops',
        'double your btc|eth|bitcoin|crypto|money|investment|investments|income|profit|profits|earnings|deposit|savings|cash',
        'check|visit|join my onlyfans', 'subscribe|sub to my onlyfans', 'check out my onlyfans', 'onlyfans link|links|promo', 'onlyfans in bio',
        'dm for collab', 'promo for promo', 'guaranteed profit', 'guaranteed returns',
        'earn money from home', 'make money from home', 'work from home and earn', 'investment opportunity',
        'crypto signals', 'trading signals', 'forex signals', 'passive income', 'claim your prize',
        'claim your reward', 'wallet connect', 'connect your wallet',
      ],
      // A customer asking the brand to follow back so they can send a DM is no follower scheme.
      except: [
        'you|u|please|pls|plz follow back', 'you|u|please|pls|plz followback',
        'follow back so|to|and|please|pls|plz|thanks|thank', 'followback so|to|and|please|pls|plz|thanks|thank',
        'follow back in order to', 'followback in order to', 'follow back .. dm|message|pm', 'followback .. dm|message|pm',
      ],
    },
  },
  // Words by the part they play in telling of a failure (see Lexicon.failureWords).
  failureWords: {
    thing: [
      'app', 'apps', 'website', 'site', 'page', 'phone', 'iphone', 'android', 'laptop', 'tablet',
      'tv', 'router', 'modem', 'internet', 'wifi', 'broadband', 'fibre', 'fiber', 'signal',
      'service', 'network', 'connection', 'data', 'line', 'account', 'login', 'card', 'payment',
      'checkout', 'order', 'package', 'parcel', 'delivery', 'item', 'flight', 'flights', 'plane',
      'train', 'bus', 'bag', 'bags', 'luggage', 'luggages', 'baggage', 'suitcase', 'booking',
      'reservation', 'ticket', 'tickets', 'seat', 'refund', 'email', 'code', 'password', 'update',
      'system', 'server', 'screen', 'battery', 'charger', 'device', 'console', 'game', 'stream',
      'streaming', 'channel',
    ],
    failing: [
      'broken', 'broke', 'down', 'dead', 'died', 'crashed', 'crash', 'crashes', 'crashing', 'froze',
      'frozen', 'freezes', 'freezing', 'stuck', 'failed', 'fails', 'failing', 'failure', 'error',
      'errors', 'glitch', 'bug', 'bugs', 'outage', 'offline', 'lost', 'missing', 'late', 'delayed',
      'delay', 'delays', 'cancelled', 'canceled', 'stopped', 'stops', 'stalled', 'disconnected',
      'disconnects', 'dropped', 'drops', 'dropping', 'slow', 'unusable', 'unavailable', 'blank',
      'locked', 'blocked', 'declined', 'rejected', 'damaged', 'wrong', 'gone', 'lagging', 'lag',
      'buffering', 'diverted', 'stranded',
    ],
    working: [
      'work', 'works', 'working', 'load', 'loads', 'loading', 'open', 'opens', 'connect', 'connects',
      'arrive', 'arrived', 'arriving', 'show', 'showed', 'come', 'came', 'start', 'starts', 'turn',
      'charge', 'charging', 'sync', 'send', 'sending', 'receive', 'received', 'answer', 'answered',
      'respond',
    ],
    duration: [
      'hours', 'hour', 'hrs', 'hr', 'days', 'day', 'minutes', 'mins', 'min', 'weeks', 'week',
      'since', 'still', 'again', 'yet', 'now', 'today', 'tonight', 'currently', 'ago', 'morning',
    ],
    waiting: [
      'waiting', 'waited', 'wait', 'hold', 'queue', 'sitting', 'sat', 'standing',
    ],
  },
  subjects: {
    order: {
      match: [
        'order', 'orders', 'ordered', 'package', 'packages', 'parcel*', 'deliver*', 'shipment*', 'shipping', 'shipped',
        'courier*', 'tracking', 'porch', 'doorstep',
        // What was bought and sent back: "the replacement you sent is broken too", "my return still isn't processed".
        'replacement', 'replacements', 'my|our return|returns|exchange', 'you|u sold|sent me|us',
      ],
      except: [
        'in order to', 'in order for', 'out of order',
        // A journey's return and a replacement bus are the trip's.
        'return flight|flights|trip|journey|ticket|tickets|leg|train|trains', 'replacement bus|buses|coach|coaches|train|trains|service|flight|flights',
      ],
    },
    trip: {
      match: [
        'flight*', 'flew', 'fly', 'flying', 'plane', 'planes', 'airport*', 'gate', 'boarding', 'layover*', 'tarmac',
        'runway', 'pilot*', 'crew', 'baggage', 'luggage*', 'suitcase*', 'my|her|his|our|their|lost bag|bags', 'checked bag*', 'carry on',
        'bag claim', 'passenger*', 'pax', 'bus', 'delay|delayed from|at|into',
        'departure*', 'departing', 'train', 'trains', 'railway', 'journey', 'itinerary', 'rebook*', 'stranded',
        'missed .. connection', 'catch .. connection', 'ticket', 'tickets', 'holiday', 'vacation', 'airline*', 'ferry', 'cruise',
        // Stays, rides and what a trip is made of: "our room isn't ready", "the shuttle never came", "the seat doesn't recline".
        'hotel', 'hotels', 'check in', 'checked in', 'overbook*', 'boarding pass*', 'bag tag*', 'lounge', 'carousel', 'shuttle',
        'rental car*', 'car rental*', 'hire car*', 'tray table*', 'seatback', 'reservation', 'reservations', 'my|our|the connecting|connection flight|flights',
        'my|our seat|seats', 'cabin crew', 'terminal', 'terminals',
        // A delay on its own is a journey's; an order's, a refund's or a reply's is excepted.
        'delays', 'delayed', 'delay',
      ],
      // A parcel delayed at the depot is an order's delay, not a journey's.
      except: ['order|orders|parcel*|package*|delivery|deliveries|shipment*|item|items .. delay|delayed', 'refund|refunds|payment|payments|reply|replies|response|responses|answer|update|updates|email|emails .. delay|delayed|delays'],
    },
    // A bag is the journey's, even when it is to be delivered: "my lost bag lands at 6, will it be delivered tonight?".
    baggage: { match: ['luggage', 'baggage', 'suitcase', 'suitcases', 'checked|lost bag|bags', 'lost my|our|her|his bag|bags', 'bag|bags claim'] },
    visit: {
      match: [
        'technician', 'technicians', 'engineer', 'engineers', 'installer', 'installers', 'fitter', 'fitters',
        'no|cable|repair|field|onsite tech|techs', 'tech|techs never|came|come|coming|showed|arrived|turned|cancelled|canceled|left|who|visit|appointment',
        'meter reader*', 'surveyor*', 'appointment', 'appointments', 'appt',
        'home|site|install|installation visit|visits', 'install|installation date|slot|day|window|appointment', 'install|installation no show',
        // The service the visit was for is not the one failing: "the engineer never came to install
        // my broadband", "the technician never showed up for the fibre installation".
        'technician*|engineer*|installer*|tech|techs|appointment* .. install*|activat*|connect*|setup|set .. fibre|fiber|broadband|internet|wifi|line|landline|network',
        'technician*|engineer*|installer*|tech|techs|appointment* .. fibre|fiber|broadband|internet|wifi|line|landline|network install*|activation|connection|setup',
        'technician*|engineer*|installer*|tech|techs .. for|to .. fibre|fiber|broadband|internet|wifi|line|landline|network .. install*|activation|connection|setup',
        'technician*|engineer*|installer* for .. fibre|fiber|broadband|internet|wifi|line|landline|network',
        'technician*|engineer*|installer*|tech|techs .. came|come|turned|showed|arrived|appeared|up .. to|for .. install*|activat*|connect*|setup|set .. fibre|fiber|broadband|internet|wifi|line|landline|network',
        'fibre|fiber|broadband|internet|wifi|line|landline|network install*|activation|connection|setup .. technician*|engineer*|installer*|appointment*|tech|techs',
      ],
      except: [
        // The customer's own appointments, missed or reached because of something else.
        'i|we .. miss|missed|missing .. appointment*', 'doctor|doctors|dr|dentist|hospital|medical|job|court|business|hair|vet appointment*',
        'appointment* .. doctor|doctors|dr|dentist|hospital|gp', 'late for|to .. appointment*',
        'drive|driving|drove|get|getting|go|going|take|taking|took|make|making to .. appointment*',
        // Technology, not a technician.
        'tech|techs support|team|teams|issue|issues|problem|problems|prob|probs|glitch*|error*|fault*|department|desk|help',
        'software|sound|network|social|it|support|sales|solutions engineer*',
      ],
    },
    service: {
      match: [
        'wifi', 'wi fi', 'website', 'site', 'sign in', 'internet', 'signal', 'app', 'apps', 'login', 'log in',
        'password', 'network', 'broadband', 'streaming', 'stream', 'download*', 'roaming', 'error', 'bug',
      ],
      // Where the customer read about the trip or the order, not what fails: "the website still says
      // it's on time", "no news on the app".
      except: [
        'website|site|app|apps still|now says|said|shows|showed|showing|displays|lists', 'website|site|app|apps says|said|shows|showed|showing|displays|lists',
        'news|updates|update|info|information|notification|notifications on|in|via|from .. website|site|app|apps',
      ],
    },
  },
};
