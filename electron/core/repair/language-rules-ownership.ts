import type { CategoryRules } from './language-rules'
import { EXCUSE_TAKEN_BACK, INTENT_TAKEN_BACK, NOT_A_DEMAND, REPORTED_TO_THEM } from './language-text'

/*
 * Phrases that weaken step 1, taking ownership: the apology depends on a condition, comes with
 * a reason attached, defends what was meant, leaves out who did it, or hedges. The pattern
 * dialect (spaces, apostrophes, boundaries) is described in language-rules.ts.
 */

/** Words that say someone was hurt, after "if anyone was …". */
const HARMED =
  '(?:hurt|offended|upset|bothered|harmed|affected|wounded|insulted|uncomfortable|embarrassed|let down|left out|disappointed|annoyed|slighted|excluded|ignored|disrespected|belittled)'

export const CONDITIONAL: CategoryRules = {
  category: 'conditional',
  message: 'An "if" makes the harm sound uncertain, as though it might not have happened at all.',
  suggestion: 'Say what you did and that it hurt: "I\'m sorry I …" rather than "sorry if …".',
  rules: [
    {
      pattern: '(?:sorry|apologi[sz]e|apologies|regret it|regret that) if',
      suggestion: 'Drop the "if" and name the act: "I\'m sorry if you were hurt" becomes "I\'m sorry I hurt you".',
    },
    {
      pattern: `if (?:anyone|anybody|someone|somebody|you|people|any of you|others|everyone|everybody|he|she|they|those) (?:was|were|got|felt|feels|feel|is|are|has been|have been|had been|ended up|may have been|might have been|may have felt|might have felt)(?: (?:a bit|a little|at all|in any way|somehow|so|too))? ${HARMED}`,
    },
    {
      pattern:
        "(?:if|in case) I(?:'ve| have| had| may have| might have| may've| might've)?(?: (?:in any way|ever|somehow|accidentally|unintentionally|inadvertently))? (?:hurt|upset|offended|bothered|harmed|insulted|disappointed|embarrassed|wronged|caused|made (?:you|anyone|anybody|someone|people) feel|came (?:across|off)|come (?:across|off)|seemed|sounded|was (?:rude|harsh|unkind|mean|insensitive|out of line|dismissive|hurtful|cold|short|disrespectful|inappropriate|unfair|thoughtless|careless|wrong)|said (?:something|anything)|did (?:something|anything)|done (?:something|anything)|overstepped|crossed a line|let (?:you|anyone) down|neglected you|ignored you)|if I(?:'ve| have)? been (?:(?:a bit|a little|so|too|very|really) )?(?:distant|cold|short|rude|harsh|unkind|mean|absent|distracted|off|quiet|moody|grumpy|difficult|unavailable|selfish|insensitive|dismissive|hard to (?:reach|live with|be around)|a (?:bad|lousy|terrible|poor) [a-z]+)|if I (?:ever )?(?:wasn't|was not|didn't|did not|haven't|have not|failed to)(?! (?:already|say|said|tell|told|apologi[sz]e|thank|mention|express|show)(?![a-z]))|should I have (?:hurt|upset|offended|bothered|insulted|caused|disappointed|embarrassed)",
    },
    {
      pattern:
        '(?:if|in case) (?:that|this|it|any of (?:this|that|it)|anything I (?:said|did|wrote)|something I (?:said|did|wrote)|my (?:words|tone|comments?|jokes?|messages?|behaviou?r|actions?|post|reaction|email|text)|what I (?:said|did|wrote))(?: (?:in any way|somehow|at all|ever))?(?: (?:has|have|may have|might have))? (?:hurt|upset|offended|bothered|insulted|came (?:across|off)|sounded|seemed|was (?:hurtful|offensive|upsetting|rude|insensitive|too much)|caused)',
    },
    {
      pattern:
        "if (?:that's|that is|this is|it's|it is|that was|this was) (?:how|the way) (?:you|it) (?:took|take|heard|hear|read|saw|came across|landed|seemed|sounded)(?: it)?",
    },
    { pattern: 'to (?:the|whatever|any) extent(?: that)?' },
    {
      pattern:
        'to (?:anyone|anybody|everyone|those|whoever|any of you|people) (?:who|that) (?:was|were|felt|got|may have|might have|took)(?! (?:and (?:are|is) )?(?:in(?! (?:any|some) way)|within|part|members?|at|on|here|there|present|with us)(?![a-z]))',
    },
  ],
}

/** After a "but", what follows is not a reason but more apology, or the writer refusing an excuse. */
const BUT_NOT_EXCUSE =
  "(?! (?:actions|I (?:did|said|went ahead and did) it anyway|I(?: (?:do|still))? (?:am|mean it)(?=[^\\S\\r\\n]*(?:[.!?;)]|$))|(?:I )?should(?: have|'ve)|(?:those|these|my|the) words|for (?:a |the )?(?:few|couple|moment|second|minute)|(?:perhaps|maybe) (?:it|this) (?:could|can|might|would) be a (?:start|beginning)|here (?:it )?goes|what (?:matters|counts)|I know|I understand|I reali[sz]e|I see|also|more|most|above|especially|even|mostly|mainly|not (?:only|just)|that's no|that is no|there's no|there is no|it's no|I know that's|I(?: also|'m also| am also| will|'ll| want| promise| hope| am going|'m going)|saying sorry|sorry|an apology|words|it (?:wasn't|isn't|is not|was not) enough|(?:that|it)(?:'s| is| would be|'d be| was) (?:fake|hollow|empty|meaningless|not (?:enough|true|right|fair|an apology))))"

/** An apology or an admission, in the same sentence, shortly before a "but". */
const APOLOGY_OR_ADMISSION =
  "(?:sorry|wish I (?:had|hadn't|had not|could take)|apologi[sz]e|apologies|my bad|I regret|wrong|a mistake|my fault|messed up|screwed up|let you down|shouldn't have|should not have|should've|I lied|I cheated|I forgot|I snapped|I yelled|I shouted|hurt you|out of line|not okay|not ok|unfair|selfish|on me)"

const CIRCUMSTANCE_HINT =
  'Leave the circumstances out of the apology; if an explanation would help them, offer it later and say it does not excuse what you did.'

export const EXCUSE: CategoryRules = {
  category: 'excuse',
  message: 'A reason attached to an apology turns attention from the harm to your side of the story.',
  unlessBefore: REPORTED_TO_THEM,
  suggestion: 'Drop the "but" and what follows, or say it another time, once the hurt has been heard.',
  retractedAfter: EXCUSE_TAKEN_BACK,
  rules: [
    {
      // "but" first and the look back after it: a look-behind at the start would run at every position.
      pattern: `(?:but|however|though|although)(?<!(?:nothing|anything|all|everything)(?: [a-z]+)? but)(?<!(?<![a-z])not (?:just|only|simply|merely|for)[^.!?;\\n]{1,80}but)(?<=${APOLOGY_OR_ADMISSION}[^.!?\\n]{0,80}(?:but|however|though|although))${BUT_NOT_EXCUSE}`,
      message: 'A "but" or a "however" after an apology tends to cancel it: the listener hears what comes after it.',
      // The admission before it may carry its own negation ("I shouldn't have said it, but").
      negatable: false,
    },
    {
      pattern:
        "I(?: was|'d been| had been|'ve been| have been|'m| am)(?: (?:just|so|really|very|too|completely|totally|incredibly|super|absolutely|quite|pretty|extremely|a bit|a little|feeling))* (?:stressed(?: out)?|tired|exhausted|drunk|tipsy|wasted|hungover|overwhelmed|busy(?! (?:thinking|worrying|caring) (?:about|of) (?:myself|me)(?![a-z]))|swamped|distracted|sleep-deprived|sleep deprived|burnt out|burned out|run down|overworked|under (?:a lot of |so much |too much |a ton of |huge |enormous )?(?:pressure|stress)|going through (?:a lot|so much|a hard time|a rough time|a rough patch|a lot of stuff|stuff|something|things)|having a (?:bad|hard|rough|terrible|awful|long|horrible|tough) (?:day|week|time|month|year)|in a (?:bad|dark|weird|rough) (?:place|headspace|mood)|on edge|at my limit|at the end of my (?:rope|tether)|half asleep|half-asleep|barely awake|hangry|jet-lagged|jet lagged|running late|a bit drunk|a little drunk|buzzed|high|hammered|mad(?! at myself)|hungry|nervous|rushed|annoyed|irritated|impatient|rattled|flustered|frazzled|preoccupied|burnt-out|burned-out|triggered|wound up|worked up|out of it|in a (?:rush|hurry)|low|frantic|panicking|panicky|suspicious|curious|insecure)(?! of| to (?:be|see|hear)| on)",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      pattern:
        "I(?: (?:just|simply|really|clearly|obviously|honestly))? (?:wasn't|was not) (?:myself|thinking(?: straight| clearly| properly)?|in (?:a good|the right) (?:place|headspace|frame of mind|state))",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      pattern:
        "I(?: had|'d|'ve| have) no (?:other )?(?:choice|option|way|alternative)|I (?:didn't|did not) have (?:a|any|much|another|any other) (?:choice|option|way|alternative)|(?:what|how) else (?:was|could|should) I (?:supposed to |have )?(?:do|act|react|have done)|what was I supposed to do|my hands were tied|(?:anyone|anybody)(?: else)? would(?:'ve| have) done the same|I was forced to",
      suggestion: 'Own the choice: "I chose to …" says you could have done otherwise, which is what they need to hear.',
    },
    {
      pattern:
        "I (?:really )?(?:didn't|did not|don't|do not|haven't|have not) (?:really )?(?:have|had) (?:the |any |enough )?(?:time|energy|headspace|bandwidth)",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      pattern:
        "I had (?:my|a|good|my own) (?:good )?reasons?|the (?:only |real )?reason (?:I|why I) (?:lied|did it|did that|said it|said that|kept it|hid it|didn't tell you|left|cheated|yelled|snapped|forgot) (?:was|is)",
    },
    {
      pattern:
        "I was running on (?:empty|fumes|no sleep|little sleep|(?:[a-z]+ )?hours? of sleep)|I(?: had| got|'d had)(?: only| just| barely)? (?:no|little|[a-z]+ hours?(?: of)?) sleep|I (?:hadn't|had not|haven't|have not) (?:slept|eaten)|I(?:'d| had)(?: had)? (?:a few|some|too many|a couple of|several|one too many|a lot of) (?:drinks|beers|glasses|wines|pints|shots)",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      // The main clause's "never" or "wouldn't" does not take back the excuse in the "if".
      pattern:
        "if I (?:hadn't|had not|wasn't|was not|weren't) (?:been )?(?:so |that )?(?:drinking|drunk|tired|stressed|exhausted|overwhelmed|busy|distracted|under (?:so much |that much )?pressure)",
      suggestion: CIRCUMSTANCE_HINT,
      negatable: false,
    },
    {
      pattern:
        "(?:work|life|things|my job|school|uni|home|everything) (?:has been|'s been|was|had been|is|have been) (?:(?:so|really|very|pretty|completely|absolutely|just) )*(?:insane|crazy|hectic|mad|chaotic|nuts|intense|busy|stressful|overwhelming|a lot|hard|rough|tough|brutal|full on|full-on|manic)(?! (?:for|on) (?:you|us))",
      suggestion: CIRCUMSTANCE_HINT,
      // "I'm sorry your life has been so hard" is their life: compassion, not a reason.
      unlessBefore: /(?:^|\s)(?:your|their|his|her)\s*$/iu,
    },
    { pattern: "I (?:couldn't|could not|can't|cannot) help (?:it|myself|the way I (?:am|feel|reacted))" },
    {
      // Feelings themselves are not excuses; handing the act over to them, or to the moment, is.
      pattern:
        "in the heat of the moment|(?:I was|I got) (?:so |really |too )?(?:angry|upset|worked up|heated|emotional|triggered|caught up) (?:in the moment|at the time)|(?:my|the) (?:anxiety|temper|depression|adhd|emotions|nerves|jealousy|insecurity|insecurities|anger) (?:got the better of me|took over|got the best of me|made me)|you know (?:how I (?:get|am|can be)|what I'm like)",
    },
    {
      pattern:
        "my (?:phone|battery) (?:was (?:on silent|dead|off)|died|ran out)|my (?:alarm|phone) (?:didn't|did not) go off|(?:the|my) (?:train|bus|traffic|car) (?:was (?:late|cancelled|canceled|delayed|terrible)|broke down)",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      pattern:
        "(?:that's|that is|it's|it is) (?:just )?(?:who|how|the way) I am|I(?:'m| am) (?:just )?(?:like that|wired that way|made that way|built that way)",
    },
    {
      pattern:
        "(?:it's|it has|it had|it was|I've|I have|I had|I'd|I just|I had just)(?: just)?(?: been| had)? (?:a|such a|the|one of the) (?:(?:really|very|so|super|pretty|crazy) )?(?:long|hard|rough|tough|crazy|stressful|busy|horrible|terrible|awful|difficult|bad|hectic|exhausting|worst|longest|hardest) (?:day|days|week|weeks|month|year|time|few days|few weeks|couple of weeks|couple of days|stretch|shift)(?! (?:for|on) (?:you|us|both))",
      suggestion: CIRCUMSTANCE_HINT,
    },
    {
      pattern:
        '(?:the )?(?:alcohol|drink|drinks|wine|beer|booze|whisky|whiskey|pills|stress|exhaustion|tiredness|anger) (?:was|were) (?:talking|to blame|speaking)|(?:it|that) was (?:just )?the (?:alcohol|drink|drinks|wine|beer|booze|stress|exhaustion|tiredness)(?: talking)?|I blame (?:the|my) (?:alcohol|drink|drinks|wine|beer|booze|stress|exhaustion|job|work|tiredness)|I was under the influence',
    },
    { pattern: 'in my (?:own )?defen[cs]e|to be fair(?! to you)|in (?:all )?fairness(?! to you)' },
    {
      pattern:
        "(?:because of|due to) (?:(?:all )?the |my )?(?:stress|pressure|deadlines?|workload|drinking|alcohol|work)|with (?:everything|all that|all this|so much) (?:going on|that's going on|that was going on|on my plate)|(?:I had|I've had|I have|I'd had|there was|there's been) (?:a lot|so much|too much|loads) (?:on my (?:plate|mind)|going on)",
      suggestion: CIRCUMSTANCE_HINT,
    },
  ],
}

export const INTENT_DEFENSE: CategoryRules = {
  category: 'intent-defense',
  message: 'Defending what you meant moves the focus from how it landed on them to your good intentions.',
  suggestion: 'Speak to the effect instead: "Whatever I meant, I hurt you."',
  retractedAfter: INTENT_TAKEN_BACK,
  rules: [
    {
      pattern:
        "I(?: (?:honestly|really|truly|genuinely|just|simply|actually|seriously|swear I|promise I))? (?:didn't|did not|never) (?:mean|meant|intend|intended)(?: (?:to|it|that|this|harm|any(?: harm| of (?:it|that))?|for (?:it|that|this|you|that to|it to|this to)|you any harm|anything(?: by it)?))?",
    },
    {
      pattern:
        "(?:it|that|this)(?: was|'s| is)(?:n't| not| never) (?:my (?:intention|intent|plan|aim|goal|purpose)|(?:what|how) I (?:meant|intended|wanted|planned)(?: it)?|meant (?:that way|like that|to (?:hurt|upset|offend|come across|be)))|my (?:intention|intent|aim|goal|plan) (?:was|is)(?:n't| not| never)|(?:it|that|this)(?: was|'s| is)(?:n't| not| never) the (?:goal|intention|idea|plan|aim)",
    },
    {
      pattern:
        "I(?: was| were|'m| am)(?: (?:just|only|merely|simply))? (?:joking|kidding|teasing|messing(?: (?:around|about|with you))?|having (?:a laugh|fun|a bit of fun)|playing around|being funny|trying to be funny|pulling your leg)|(?:just|only) (?:joking|kidding|teasing|messing around)",
    },
    {
      pattern:
        'I meant well|I (?:had|have) (?:good|the best|only good|nothing but good) intentions|my intentions were (?:good|pure|right|honest|kind)|my heart was in the right place',
    },
    // "I'm not trying to relive the past" disclaims a demand on them, not the intent behind the act.
    { pattern: `I(?: wasn't| was not| was never| never was|'m not| am not) trying to(?! ${NOT_A_DEMAND})` },
    {
      // A denial that it was on purpose, with the denial in the phrase itself.
      pattern:
        "(?:I|it)(?:'d| would)? (?:never|not|didn't|did not|wasn't|was not|wouldn't|would not)(?: [a-z]+){0,4}? (?:on purpose|deliberately|intentionally|knowingly|purposely|purposefully|consciously|maliciously)|(?:it|that) (?:wasn't|was not) (?:deliberate|intentional|planned|personal)",
      negatable: false,
    },
    {
      pattern:
        "I was (?:just |only |simply )?being (?:honest|truthful|funny|playful|friendly|helpful|real|myself)|I (?:honestly |genuinely |really |truly )?thought (?:you'd|you would|it would|it'd|it was) (?:find it |be )?(?:funny|a laugh|fine|okay|ok|harmless|no big deal|nice|helpful|laugh|a joke)",
    },
    {
      pattern:
        'I (?:thought|believed|assumed) I was (?:helping|being (?:helpful|kind|nice|honest|funny)|doing the right thing|protecting you)|I was (?:just |only |simply )?trying to (?:help|protect|be honest|be nice|be kind|be helpful|be funny|look out|do the right thing|make things better|keep the peace|spare you|do what was best|do my best)',
    },
    {
      pattern:
        'no (?:offen[cs]e|harm|disrespect|malice|ill will|insult) (?:was )?(?:meant|intended)|(?:it|that) was (?:meant|supposed|intended) (?:as|to be) (?:a joke|funny|a compliment|helpful|harmless|a laugh|kind|affectionate|a bit of fun|a surprise|a good thing|nice)|meant (?:it )?as a joke',
    },
    {
      pattern:
        "(?:it|that|this|the words|what I said) came out (?:the )?wrong(?: way)?|(?:it|that) (?:didn't|did not) come out (?:right|the way I meant(?: it)?)",
    },
    {
      pattern:
        "I(?: was| had been|'d been) (?:going|planning|about|meaning) to tell you|I meant to tell you|I would(?:'ve| have) told you",
    },
    {
      pattern:
        'I had no intention(?: (?:of|to))?|I (?:never|did not|didn[\x27\u2019]t|would never) (?:wanted|want|intended|planned|set out) to (?:hurt|upset|offend|embarrass|humiliate|deceive|lie)',
    },
    { pattern: 'it was (?:an|just an|only an|purely an|a genuine) accident|it was accidental' },
  ],
}

export const PASSIVE_VAGUE: CategoryRules = {
  category: 'passive-vague',
  message: 'Vague or passive wording leaves out who did what, so it never quite says that you did it.',
  suggestion: 'Name the act and yourself as the one who did it: "I lied to you about …".',
  rules: [
    {
      pattern:
        '(?:mistakes|errors|things|words|lines|feelings|promises|boundaries|lies|decisions|comments|bad choices|hurtful things|some things) (?:were|have been|got|had been) (?:made|said|crossed|hurt|broken|told|done|exchanged)|(?:some |certain |bad )?things (?:happened|went (?:wrong|badly))',
    },
    {
      pattern:
        '(?:how|the way) (?:things|it|everything|stuff) (?:turned out|went(?: down)?|ended(?: up)?|played out|got (?:out of hand|messy))',
    },
    {
      // The act in the passive, so that nobody did it: "your messages were read".
      pattern:
        '(?:the|your|our|my) (?:money|savings|rent|card|car|phone|secret|messages|letters|diary|emails|photos|promise|plans?) (?:got|was|were|has been|have been) (?:spent|used|taken|lost|broken|read|told|shared|opened|leaked|moved|borrowed|missed|forgotten|deleted|damaged|wrecked|crashed|scratched|sold|gambled)',
    },
    {
      pattern:
        '(?:things|it|everything|stuff|the situation|the evening|the argument|the night|the conversation) (?:got|went|spiral(?:l)?ed)(?: (?:a bit|a little))? (?:out of hand|out of control|too far|sideways|south|pear-shaped|wrong|off the rails|heated)',
    },
    {
      pattern:
        "(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:everything(?! (?:that )?I(?: have|'ve)? (?:done|did|said|put you))|all of (?:it|this|that)|it all|all that|anything(?: and everything)?|whatever(?: (?:I did|I said|happened|I may have done|I might have done|it was|I've done|I have done))?|what happened|what went on|what took place|(?:how|the way) things (?:turned out|went|ended|happened|got|are)|the situation|the whole (?:thing|situation|mess|business))",
    },
    {
      pattern:
        "(?:for|about) whatever (?:I did|I said|I've done|I have done|I may have done|I might have done|happened|it was)",
    },
    { pattern: 'whatever (?:happened|I did|it was)(?=,)' },
    {
      pattern:
        'any (?:hurt|pain|harm|offen[cs]e|upset|distress|inconvenience|damage|trouble) (?:that )?(?:was|may have been|might have been|has been) caused',
    },
    {
      pattern:
        "(?:it|this|that|which) (?:was|is|'s) (?:(?:really|very|so|just|a bit|deeply|most) )?(?:unfortunate|regrettable)|(?:an|this|that|the) (?:unfortunate|regrettable) (?:situation|incident|event|episode|misunderstanding|business)",
    },
    {
      pattern:
        "(?:it|this|that|things|the situation|everything)(?: (?:could|should|might)(?:'ve| have) been| was(?:n't| not)| were(?:n't| not)) (?:handled|managed|done|dealt with|communicated) (?:better|well|differently|properly|more carefully)",
      negatable: false,
    },
    {
      pattern:
        "there(?: was| were| has been| had been|'s been| seems to have been) (?:a |some |a bit of a |a bit of )?(?:miscommunication|breakdown in communication|communication breakdown|mix-up|mixup|misunderstanding|confusion|incident)s?",
    },
    {
      pattern:
        '(?:for|about) (?:my|our) part in (?:it|this|that|all this|all of this|what happened|the mess|everything)',
    },
    {
      pattern:
        '(?:trust|your trust|my word|the promise|your confidence|your privacy) (?:was|got|has been) (?:broken|betrayed|abused|violated|damaged|breached)|(?:mistakes|errors) (?:happened|occurred)',
    },
  ],
}

/** Words in front of "kind of" that make it a noun ("that kind of behaviour"), not a hedge. */
const KIND_OF_AS_NOUN =
  '(?<!(?<![a-z])(?:what|that|this|the|any|some|every|a|which|no|one|same|other|these|those|my|your|his|her|their|our|whatever|different|certain|all|each) )'

export const HEDGING: CategoryRules = {
  category: 'hedging',
  message: 'Hedges like "maybe" or "might have" leave room to doubt that you did it or that it hurt.',
  suggestion: 'Say it outright: "I was harsh with you" rather than "maybe I was a bit harsh".',
  rules: [
    {
      pattern:
        "(?:maybe|perhaps|possibly|probably) I(?!'ll|'d| (?:can|will|would|should(?! have| not have|n't have| never have)|could(?! have|'ve)|might|may|need to|am going|want|hope|(?:just |simply )?(?:don't|do not|didn't|did not|never) deserve))",
    },
    { pattern: "I (?:probably|possibly|perhaps|maybe)(?! (?:will|won't|can|could(?! have|'ve)|need|should(?! have)))" },
    {
      pattern:
        "I guess|I suppose|I reckon|I think I(?:'ve| have| had| was| did| may| might| probably| kind of| sort of| went| got| hurt| made| said| let| crossed| overreacted| messed| screwed| overstepped| treated| lied| owe you)",
    },
    {
      pattern:
        "(?:might|may)(?: well)?(?: have|'ve| of) (?:been|felt|hurt|upset|offended|said|done|made|come|came|crossed|overreacted|gone|taken|acted|caused|let|lied|misled|broken|embarrassed|seemed|sounded|given|left|pushed|ignored|missed|forgotten|failed|overstepped|misspoke|spoken|reacted|snapped|blown|messed|screwed|dismissed|neglected|overlooked|hidden|kept)",
    },
    { pattern: `${KIND_OF_AS_NOUN}(?:kind of|sort of|kinda|sorta)(?! (?:you|them|him|her)(?![a-z]))` },
    {
      pattern:
        '(?:a (?:little )?bit|a little|slightly|somewhat|mildly|a tad|a touch)(?: too)? (?:harsh|rude|short|snappy|sharp|unfair|unkind|mean|cold|careless|thoughtless|selfish|insensitive|dismissive|out of line|over the top|strong|blunt|defensive|angry|loud|late|dishonest|distant|off|abrupt|cruel|wrong|hurtful|inconsiderate|impatient|critical|judgmental|judgemental|aggressive|grumpy|irritable|moody|short-tempered|jealous|controlling|pushy|forgetful|distracted|absent|neglectful|self-absorbed|tactless|far|over the line)',
    },
    {
      pattern:
        '(?:partly|partially|somewhat|a little|a bit|kind of|sort of|slightly|half|maybe) (?:my fault|to blame|responsible|at fault|in the wrong|on me|my doing|down to me)',
    },
    {
      pattern:
        "in (?:a|some) ways?(?! (?:that|which|you|I|we|they|he|she|it|nobody|no one|only|most|I'll|to)(?![a-z]))(?! [a-z]+ (?:find|finds|feel|feels|see|sees|can|could|will|would|might|may|deserve|deserves|need|needs)(?![a-z]))|to (?:some|a certain|a) (?:extent|degree)|more or less|I feel like I (?:may|might)(?: have)?|arguably|technically|in a sense|in some sense|debatably",
    },
  ],
}
