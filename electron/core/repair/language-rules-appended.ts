import type { LanguageRule } from './language-rules'

/*
 * An account set beside the apology with no word to mark it: "Sorry I snapped, I'd been juggling
 * three deadlines", "Apologies for the late reply; work has been mad this week", "I regret the
 * remarks, made at the end of a long day". In messages and drafts most excuses look like this
 * (public statements tell theirs in a sentence of its own; see the real corpus's README): a comma
 * or a semicolon after the apology, then the writer's day, body, workload or world. A lexicon of
 * such days never ends, so this rule keys on the place instead (a clause joined straight onto an
 * apology) and on the clause's shape (a state, a past or perfect tense, a setting). It lets through
 * what an honest apology puts in that place: the fault named ("I was being selfish"), behaviour
 * toward them, the harm to them, what the writer will do or has done. Dialect: language-rules.ts;
 * in a character class write \x27 and \u2019.
 */

/**
 * Where an appended clause starts: right after an apology and its object, at a comma, semicolon,
 * colon or dash. Tried backwards from each word, it fails at the first character unless a
 * separator is just before the word, so the scan stays fast.
 */
const AFTER_APOLOGY =
  '(?<=(?:sorry|apologi[sz]e|apologies|soz|my bad|regret|forgive me|pardon me)[^.!?\\n;:,\\u2014\\u2013]{0,90}(?:[;:,\\u2014\\u2013]| -) )'

/**
 * What an honest apology says in that place about itself: the fault, named ("I was selfish",
 * "I was out of order", "I have been a terrible friend"). A degree word before it changes nothing.
 */
const FAULT =
  '(?:(?:so|completely|totally|utterly|really|very|just|such|being|absolutely|incredibly|extremely|deeply|horribly|terribly|truly) )*(?:wrong|rude|unkind|unfair|selfish|careless|thoughtless|cruel|mean|harsh|nasty|horrible|awful|terrible|disgraceful|vile|cowardly|arrogant|stupid|foolish|childish|petty|possessive|controlling|insensitive|dismissive|aggressive|hurtful|abusive|toxic|ungrateful|negligent|dishonest|deceitful|disloyal|unfaithful|disrespectful|inconsiderate|irresponsible|reckless|lazy|late|impatient|lying|cheating|out of (?:line|order)|in the wrong|not (?:there|honest|fair|kind|thinking about you|listening)|the one|to blame|at fault|responsible|ashamed|embarrassed|mortified|horrified|devastated|heartbroken|sorry|trying|thinking|reflecting|learning|listening|reading|absent|distant|short with|cold|defensive|careless with|unprofessional|unacceptable|slow|too slow|quick to (?:judge|blame|assume)|unclear|(?:a|an|the) [a-z-]+(?: [a-z-]+)?)'

/** Words an account's subject is never: the people in the apology, the act itself, a new clause's opener. */
const NOT_A_SETTING =
  '(?:I|we|my|our|the|a|an|you|your|yours|it|its|that|this|these|those|there|here|he|she|they|his|her|their|him|them|what|which|who|whom|and|but|so|because|as|since|if|when|while|please|thank|thanks|sorry|no|not|nothing|everything|all|none|nobody|anyone|everyone|yes|honestly|truly|really|again|also|too|then|now|today|going|from|for|to|in|on|at|by|with|of|or|just|only|even|still|especially|particularly|whatever|whoever|words?|behaviou?r|response|actions?|comments?|tone|conduct|reply|email|message|post|tweet|remarks?|joke|decision|choices?|handling|language|reaction|outburst|mistakes?|errors?|failure|lies?|silence|absence|treatment|attitude|way|report|work)'

/** What a setting's verb is followed by when the clause is repair or fault, not an account. */
const NOT_AN_ACCOUNT =
  '(?:my (?:fault|doing|responsibility|choice|decision|mistake)|on me|our (?:fault|doing|responsibility|mistake)|wrong|unacceptable|inexcusable|indefensible|not|n\\x27t|no|never|fixed|resolved|restored|refunded|returned|corrected|credited|reversed|removed|deleted|updated|sent|attached|enclosed|processed|issued|paid|arranged|booked|completed|rescheduled|replaced|repaired|handled|sorted|waived|reinstated|(?:caused|created|made|done|started|triggered|brought about) by (?:me|us|my|our|myself|ourselves)|now|back|available|working|running (?:again|normally|as normal)|being|under (?:review|investigation)|investigated|reviewed|real|valid|right|true|important|entirely (?:mine|ours|my|our)|mine|ours|hurtful|cruel|painful|awful for you|hard for you|terrible for you|yours|what|who|how|why|where)'

export const APPENDED_ACCOUNT_RULES: LanguageRule[] = [
  {
    // "Sorry I missed it, I was handling two releases", "sorry, I'd been up all night": the
    // writer's own state or doing, in a past or perfect tense.
    pattern: `${AFTER_APOLOGY}(?:(?:and|just|honestly|actually|basically|tbh|only|truthfully) )?(?:I|we)(?:'ve| have|'d| had)? (?:been|was|were) (?!(?:${FAULT}|not|n't|never)(?![a-z]))(?:(?!(?:and|but|or|so|because|I|we|you|u|he|she|they|it)(?![a-z]))[a-z-]+ ){0,2}(?!(?:and|but|or|so|because|I|we|you|u|he|she|they|it|her|him|them|me|us)(?![a-z]))[a-z-]+(?![a-z-])(?! (?:(?:to|with|towards?|at|on) )?(?:you|u|her|him|them)(?![a-z]))`,
    negatable: false,
  },
  {
    // "Apologies for the delay; staffing shortages this term have been severe", "sorry, work has
    // been mental", "the traffic was something else": a setting in the writer's world, and how it was.
    pattern: `${AFTER_APOLOGY}(?:(?:and|just|honestly|actually|basically|tbh|only|truthfully) )?(?:(?:my|our|the|a|an|this|that|these|those|last|all) )?(?!${NOT_A_SETTING}(?![a-z]))(?!(?:is|was|were|are|has|have|had)(?![a-z]))[a-z-]+(?: (?!(?:has|have|had|was|were|is|are|which|whom|who|that|I|we|you|u|he|she|they|me|us|him|her|them|it)(?![a-z]))[a-z-]+){0,4}?(?:'s been| has been| have been| had been| was| were| had| meant| decided| left| kept| got)(?: (?:always|just|so|really|absolutely|completely|totally|very|incredibly|utterly|pretty|quite|beyond|all))* (?!(?:${NOT_AN_ACCOUNT}|${FAULT})(?![a-z]))[a-z0-9-]+(?![a-z0-9-])(?! (?:for|to|on) (?:you|u|her|him|them))`,
    negatable: false,
  },
  {
    // "I regret my language, spoken at the end of an eighteen-hour day", "made under the
    // pressures of a pandemic", "which occurred during a period of migration".
    pattern: `${AFTER_APOLOGY}(?:(?:(?:which|that) (?:occurred|happened|came|arose|were made|was made|was written|were written) )?(?:at the end of(?! the day)|at the height of|in the middle of|under the|during|amid|amidst|after a|after an|at \\d)|(?:spoken|made|written|sent|said|typed|posted|tweeted|uttered|taken|decided|done) (?:late|at|after|during|under|amid|amidst|in the (?:heat|middle|midst)|while|on (?:the|a)|when|before|without))(?![a-z])(?: [a-z0-9-]+){1,3}`,
    negatable: false,
  },
]
