// English word lists for triage. Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

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
      ],
    },
    questionStart: {
      match: [
        'how', 'what', 'when', 'where', 'why', 'which', 'who', 'whom', 'whose', 'can|could|may i|we|you',
        'do|does|did you|i|we|they|it', 'is|are|was|were it|there|this|that|you|my|the', 'will|would|should i|you|it|my|we|there',
        'any way', 'is it possible',
      ],
      except: ['what a', 'how dare', 'who cares', 'how rude', 'how annoying'],
    },
    howTo: {
      match: [
        'how do|can|should|would i|we|you', 'how to', 'where do|can i|we', 'where is|are the', 'is it possible',
        'can|could i', 'does|do|will|can|would my', 'what is the best way', 'what does .. mean', 'how much', 'how many', 'what are the',
      ],
    },
    account: {
      match: [
        'charged me', 'i|we was|were|have|got|been charged', 'been charged', 'charged twice', 'double charged',
        'double charge', 'double charges', 'double payment', 'paid twice',
        'charged double', 'overcharg*', 'refund*', 'i paid', 'i have paid', 'i already paid', 'i ordered',
        'i have ordered', 'i have bought', 'i have purchased', 'i bought', 'i purchased', 'i cancelled', 'i canceled', 'has|have not .. arrived', 'never arrived',
        'never received', 'not received', 'did not receive', 'have not received', 'has not been delivered',
        'not been delivered', 'still not arrived', 'still waiting for my', 'cancel my', 'close my account',
        'locked out', 'account locked', 'account suspended', 'account blocked', 'account hacked', 'sim blocked',
        'unauthori* charge*', 'unauthori* payment*', 'unauthori* transaction*', 'order number', 'account number',
        'tracking number', 'took money', 'took my money', 'taken money', 'direct debit taken', 'debited twice',
        'lost my sim', 'stolen phone', 'phone stolen', 'sim swap', 'port my number', 'porting my number',
      ],
    },
    accountWeak: {
      match: [
        // Devices ("my phone", "my router") are faults or how-tos, not the customer's account.
        'my bill|bills|order|orders|account|payment|payments|subscription|contract|plan|sim|number|card|package|parcel|delivery|invoice|invoices|balance|credit|password|profile|money|refund|tariff|booking|reservation',
      ],
    },
    complaint: {
      match: [
        'terrible', 'awful', 'horrible', 'horrendous', 'worst', 'pathetic', 'disgrace*', 'shameful',
        'shame on you', 'ridiculous', 'unacceptable', 'outrageous', 'appalling', 'useless', 'rubbish', 'a joke',
        'is a joke', 'complaint', 'complain*', 'disappoint*', 'frustrat*', 'annoyed', 'annoying', 'angry',
        'furious', 'fed up', 'sick of', 'sick and tired', 'tired of', 'still waiting', 'no one', 'nobody',
        'no response', 'no reply', 'no answer', 'no answers', 'never answer', 'never reply', 'not good enough', 'rip off', 'ripoff',
        'scam*', 'let me down', 'let down', 'problem', 'problems', 'issue', 'issues', 'for days', 'for weeks',
        'for months', 'yet again', 'every time', 'every single time', 'switching provider', 'switch provider',
        'poor service', 'bad service', 'sucks', 'charged twice', 'double charged', 'double charge', 'paid twice', 'overcharg*', 'incorrect',
        'hidden fees', 'hidden charges', 'never ordered', 'did not order', 'unauthori*', 'delay', 'delayed',
        'unreliable', 'incompetent', 'misleading', 'lied', 'lies', 'lying', 'not happy', 'unhappy', 'wtf',
        'seriously', 'again and again', 'worse', 'cowboys', 'formal complaint', 'thanks for nothing',
        'thank you for nothing', 'is wrong', 'are wrong', 'wrong amount', 'wrong charge', 'wrong bill',
      ],
      except: [
        'no problem', 'no problems', 'resolving|resolved|resolve|fixing|fixed|fix|solving|solved|sorting|sorted my|the|this|that issue|issues|problem|problems',
      ],
    },
    faulty: {
      match: [
        'not working', 'does|do|did|is|are|was not work*', 'stopped working', 'quit working', 'no signal',
        'no service', 'no internet', 'no connection', 'no wifi', 'no wi fi', 'no network', 'no dial tone',
        'no broadband', 'no coverage', 'no reception', 'no power', 'no data', 'no calls', 'will not turn on',
        'does not turn on', 'not turning on', 'will not connect', 'can not connect', 'not connecting',
        'unable to connect', 'keeps disconnecting', 'keeps dropping', 'keeps crashing', 'keeps freezing',
        'dropped calls', 'dropping calls', 'calls drop', 'outage', 'outages', 'down', 'broken', 'faulty',
        'defective', 'crashed', 'crashing', 'crashes', 'frozen', 'freezing', 'error message', 'error code',
        'getting an error', 'gives an error', 'slow internet', 'slow broadband', 'slow connection', 'very slow',
        'so slow', 'super slow', 'painfully slow', 'not loading', 'will not load', 'can not log in',
        'can not login', 'can not make calls', 'can not call', 'can not get online', 'unable to log in',
        'unable to make calls', 'offline', 'line is dead', 'dead line', 'is dead', 'intermittent', 'buffering',
        'glitch*', 'bug', 'bugged', 'cut off', 'went off', 'disconnected', 'not responding', 'blank screen',
      ],
      except: [
        'calm down', 'slow down', 'shut down', 'upside down', 'let down', 'let me down', 'let us down',
        'break down', 'down payment', 'down to', 'down the', 'turned down', 'turn down', 'back down', 'down the line',
        'down under', 'put down', 'write down', 'sit down', 'hold down', 'scroll down', 'is down to',
        'tracking number', 'not working from home', 'working on it', 'is not working out',
      ],
    },
    legal: {
      match: [
        'lawyer*', 'attorney*', 'solicitor*', 'sue you', 'sue them', 'i will sue', 'going to sue', 'gonna sue',
        'suing', 'lawsuit', 'legal action', 'legal proceedings', 'take you to court', 'see you in court',
        'in court', 'court case', 'small claims', 'ombudsman', 'trading standards', 'ofcom', 'fcc', 'ftc',
        'bbb', 'better business bureau', 'class action', 'report you to', 'consumer rights', 'consumer protection',
        'the police', 'police report', 'regulator', 'watchdog', 'legal team', 'cease and desist',
      ],
    },
    safety: {
      match: [
        'fire', 'fires', 'on fire', 'caught fire', 'smoke', 'smoking', 'smoked', 'burning', 'burnt', 'burned',
        'electric shock', 'electrocut*', 'shocked me', 'exploded', 'explosion', 'explode*',
        'injured', 'injury', 'injuries', 'hurt myself', 'got hurt', 'was hurt', 'sparks', 'sparking', 'overheat*',
        'melted', 'melting', 'gas leak', 'dangerous', 'danger', 'hazard', 'live wire', 'live wires',
        'exposed wires', 'fallen pole', 'pole fell', 'cables on the ground', 'hospital', 'ambulance', 'emergency services',
      ],
      except: [
        'fire tv', 'fire stick', 'firestick', 'kindle fire', 'fire hd', 'fire tablet', 'burn through', 'burning through',
        'burn data', 'smoke and mirrors', 'fire away', 'fired up', 'burned|burnt out', 'burning out', 'burning question', 'burn a hole',
      ],
    },
    abuse: {
      match: [
        'idiot*', 'moron*', 'imbecile*', 'you|u stupid|dumb', 'you are stupid|dumb', 'stupid|dumb people|staff|company',
        'fuck you', 'fuck off', 'f off', 'screw you',
        'go to hell', 'piece of shit', 'pieces of shit', 'asshole*', 'arsehole*', 'dickhead*', 'bastard*',
        'cunt*', 'retard*', 'shut up', 'bitch*', 'stfu', 'scumbag*', 'wanker*', 'twat*', 'motherfucker*',
        'die in a fire', 'kill yourself', 'kys',
      ],
    },
    human: {
      match: [
        // A request for a person, not any mention of staff ("your rep told me").
        'a human', 'real human', 'actual human', 'human being', 'human please', 'real person', 'actual person',
        'live person', 'live agent', 'speak|talk|chat to|with someone|somebody|anyone',
        'speak|talk|chat to|with a|an|the|your person|human|manager|supervisor|agent|rep|representative|operator',
        'want|need|request|demand|get me|give me .. agent|operator|representative|rep|manager|supervisor|human|person',
        'not a bot', 'are you a bot', 'is this a bot', 'talking to a bot', 'stop the bot', 'automated reply',
        'automated replies', 'automated response', 'canned response', 'copy paste', 'call me', 'call me back',
        'ring me', 'phone me', 'please escalate', 'escalate this', 'escalate it', 'escalate to',
      ],
      except: ['human error', 'human rights'],
    },
    thanks: {
      match: [
        'thanks', 'thank you', 'thankyou', 'thx', 'thnx', 'tnx', 'ty', 'many thanks', 'cheers', 'much appreciated',
        'appreciate it', 'appreciate your help', 'appreciate the help', 'appreciated', 'grateful', 'tysm',
      ],
      except: [
        'no thanks', 'no thank you', 'would appreciate', 'thanks for nothing', 'thank you for nothing', 'thanks a lot for nothing',
        'thanks to you .. not|no|without|lost|stuck', 'thanks to your .. not|no|without|lost|stuck',
      ],
    },
    greeting: {
      match: [
        'hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'yo', 'good morning', 'good afternoon', 'good evening',
        'morning', 'greetings', 'hi there', 'hello there', 'hey there', 'dear',
      ],
    },
    urgent: {
      match: [
        'urgent*', 'asap', 'emergency', 'immediately', 'right now', 'right away', 'as soon as possible',
        'time sensitive', 'critical', 'desperate', 'desperately', 'today please', 'need it today', 'life support',
        'medical alarm', 'vulnerable',
      ],
    },
    positive: {
      match: [
        'great', 'excellent', 'amazing', 'awesome', 'perfect', 'love', 'lovely', 'happy', 'glad', 'pleased',
        'satisfied', 'helpful', 'fantastic', 'brilliant', 'good job', 'well done', 'kudos', 'fixed', 'resolved',
        'works now', 'working now', 'working again', 'back up', 'back online', 'sorted', 'best', 'nice', 'good',
        'superb', 'outstanding', 'impressed', 'fast', 'quick', 'smooth', 'legend', 'legends', 'star', 'stars',
        'wonderful', 'recommend',
      ],
      except: [
        'good morning', 'good afternoon', 'good evening', 'good night', 'would love', 'i would love', 'best way',
        'the best way', 'best regards', 'best wishes', 'not fixed', 'nice one', 'best price', 'good enough',
        'not good enough', 'back up plan', 'backup', 'fast broadband', 'quick question', 'kind regards', 'how fast', 'as fast as', 'as quick as',
      ],
    },
    negative: {
      match: [
        'bad', 'sad', 'hate', 'hated', 'unfortunately', 'sadly', 'poor', 'annoying', 'upset', 'worried',
        'stressed', 'stressful', 'nightmare', 'disaster', 'mess', 'hell', 'painful', 'slow', 'expensive',
        'missing', 'lost', 'waiting', 'waste', 'wasted', 'fail', 'failed', 'failing', 'failure', 'hopeless',
        'sigh', 'ugh', 'fuming', 'has|have not .. arrived', 'never arrived', 'still not arrived', 'livid', 'nonsense', 'bs',
      ],
      except: ['not bad', 'slow down', 'try again'],
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
        'buy followers', 'free followers', 'gain followers', 'get followers', 'more followers', 'follow for follow',
        'f4f', 'follow back', 'followback', 'airdrop', 'double your', 'send btc', 'send eth', 'dm for promo',
        'dm for collab', 'promo for promo', 'onlyfans', 'guaranteed profit', 'guaranteed returns',
        'earn money from home', 'make money from home', 'work from home and earn', 'investment opportunity',
        'crypto signals', 'trading signals', 'forex signals', 'passive income', 'claim your prize',
        'claim your reward', 'wallet connect', 'connect your wallet',
      ],
    },
  },
};
