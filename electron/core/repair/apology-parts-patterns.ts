/**
 * Phrase tables for the apology-parts helper (apology-parts.ts). Data, not logic: each part is a
 * list of phrases in a tiny notation so the tables stay readable and easy to extend.
 *
 * Notation: a space means "one or more whitespace characters"; `{name}` expands to a MACRO below;
 * everything else is regular-expression syntax. Matching is case-insensitive and runs on text
 * whose curly apostrophes were already straightened, so `'` in a phrase also matches `’`.
 */

const MACROS: Record<string, string> = {
  // Informal spellings ("im sorry") are common in drafts typed in a hurry, so they count too.
  "i'm": "i(?:'m|\\s+am|m)",
  "i'll": "i(?:'ll|\\s+will|\\s+shall)",
  "i'd": "i(?:'d|\\s+would)",
  "i've": "i(?:'ve|\\s+have)",
  "won't": "(?:won't|wont|will\\s+not)",
  // Intensifiers between the speaker and the feeling: "I'm so, so sorry", "I am truly sorry".
  adv: '(?:(?:so|very|really|truly|deeply|terribly|genuinely|sincerely|incredibly|extremely|awfully|honestly|completely|profoundly|just)[\\s,]+)*',
  // "I'm going to", "I'm gonna", "I will", "I promise to": the ways a commitment starts.
  will: "(?:i(?:'ll|\\s+will|\\s+shall)|i(?:'m|\\s+am)\\s+(?:going\\s+to|gonna)|i\\s+promise\\s+(?:to|i(?:'ll|\\s+will)))",
  // "I want to", "I'd like to", "let me": offers.
  offer:
    "(?:i(?:'ll|\\s+will)|i(?:'m|\\s+am)\\s+(?:going\\s+to|gonna)|i\\s+(?:really\\s+)?(?:want|need|intend|plan|promise|offer)\\s+to|i(?:'d|\\s+would)\\s+(?:really\\s+)?(?:like|love)\\s+to|let\\s+me|i\\s+can)",
}

/**
 * Things people own up to, as [past form, -ing form, what must follow]. The third column keeps
 * everyday uses out: "I missed you" is not a wrongdoing, "I missed your recital" is.
 */
const WRONGDOINGS: ReadonlyArray<readonly [string, string, string?]> = [
  ['lied', 'lying'],
  ['cheated', 'cheating'],
  ['stole', 'stealing'],
  ['betrayed', 'betraying'],
  ['deceived', 'deceiving'],
  ['misled', 'misleading'],
  ['manipulated', 'manipulating'],
  ['gaslit', 'gaslighting'],
  ['yelled', 'yelling'],
  ['shouted', 'shouting'],
  ['screamed', 'screaming'],
  ['snapped', 'snapping'],
  ['swore at', 'swearing at'],
  ['insulted', 'insulting'],
  ['humiliated', 'humiliating'],
  ['embarrassed', 'embarrassing', '(?:you|him|her|them)'],
  ['belittled', 'belittling'],
  ['mocked', 'mocking'],
  ['ignored', 'ignoring'],
  ['dismissed', 'dismissing'],
  ['interrupted', 'interrupting'],
  ['blamed', 'blaming'],
  ['abandoned', 'abandoning'],
  ['neglected', 'neglecting'],
  ['ghosted', 'ghosting'],
  ['ruined', 'ruining'],
  ['wrecked', 'wrecking'],
  ['damaged', 'damaging'],
  ['dented', 'denting'],
  ['gambled', 'gambling'],
  ['overreacted', 'overreacting'],
  ['skipped', 'skipping', '(?:your|our|the|my)'],
  ['forgot', 'forgetting', '(?:your|our|to|about|the|my|that)'],
  ['missed', 'missing', '(?:your|our|the|my|it)'],
  ['hurt', 'hurting', '(?:you|your|him|her|them)'],
  ['broke', 'breaking', '(?:your|our|my|the|it|a|that|this|his|her|their)'],
  ['hid', 'hiding', '(?:it|this|that|the|my|things|something)'],
  ['lost', 'losing', '(?:my\\s+temper|it|your|our|the\\s+money)'],
  ['took', 'taking', '(?:your|it\\s+out\\s+on|the\\s+money|money|credit|advantage)'],
  ['spent', 'spending', '(?:the\\s+money|our|your|all)'],
  ['read', 'reading', '(?:your|her|his)'],
  ['went', 'going', '(?:through\\s+your|behind\\s+your)'],
  ['gave', 'giving', 'away\\s+your'],
  ['made', 'making', '(?:fun|you\\s+(?:cry|wait)|a\\s+(?:scene|mess))'],
  ['hit', 'hitting', '(?:you|him|her|them)'],
  ['pushed', 'pushing', '(?:you|him|her|them)'],
  ['grabbed', 'grabbing', '(?:you|him|her|them)'],
  ['let', 'letting', 'you\\s+down'],
  ['stood', 'standing', 'you\\s+up'],
  ['raised', 'raising', 'my\\s+voice'],
  ['crossed', 'crossing', 'a\\s+line'],
  ['treated', 'treating', 'you (?:badly|poorly|terribly|unfairly|like)'],
  // Acts that real letters name (the real-letter corpus): cheating, leaving, lashing out.
  ['cheated on', 'cheating on'],
  ['lied to', 'lying to'],
  ['walked out', 'walking out'],
  ['lashed out', 'lashing out'],
  ['strayed', 'straying'],
  ['disgraced', 'disgracing'],
  ['offended', 'offending'],
  ['deprecated', 'deprecating'],
  ['upset', 'upsetting', '(?:you|him|her|them|some|people|everyone)'],
  ['used', 'using', '(?:the|that|a|an|those|inappropriate|offensive|some) (?:\\w+ )?(?:word|words|term|language|slur)'],
  ['said', 'saying', '(?:some|those|such|horrible|hurtful|cruel|nasty|vile|terrible|awful|mean|things|it)'],
  ['took', 'taking', 'the\\s+bait'],
  ['expected', 'expecting', 'too\\s+much'],
  ['left', 'leaving', '(?:you|him|her|them|my|our)'],
  ['messed', 'messing', 'around'],
  ['pushed', 'pushing', 'way\\s+too'],
  ['closed', 'closing', 'myself\\s+off'],
  ['demanded', 'demanding'],
  ['argued', 'arguing'],
  ['drove', 'driving', '(?:a|the|after|drunk)'],
  ['posted', 'posting', '(?:the|that|a|it)'],
  ['disappointed', 'disappointing', '(?:you|him|her|them|everyone|my|our)'],
  ['told', 'telling', "you (?:that )?(?:i|you) (?:didn't|did not|hated|never|were)"],
  ['kept', 'keeping', '(?:it|this|that|secrets|things|the\\s+truth)\\s+from\\s+you'],
]

const join = (forms: string[]): string => `(?:${forms.join('|')})`
const wrongdoing = (form: 0 | 1): string =>
  join(WRONGDOINGS.map((row) => (row[2] ? `${row[form]} ${row[2]}` : row[form])))

// "I didn't call" owns a failure; "I didn't lie" denies one, so only omissions are listed.
const OMISSIONS =
  '(?:tell you|call|text you|show up|come|listen|keep my (?:word|promise)|follow through|answer|reply|check|ask|pay|stand up for you|defend you|back you up|think about you|plan ahead|pick up)'
const OMITTED_ING =
  '(?:listening|calling|being there|showing up|telling you|standing up for you|keeping my (?:word|promise)|following through|asking|checking|answering)'
// Regret or a plea naming the act owns it too: "sorry for lying", "forgive me for not listening".
const OWNED_WITH_FEELING =
  '(?:sorry|apologi[sz]e|regret|ashamed|forgive me|feel (?:so |really )?(?:terrible|awful|bad|horrible|sick|guilty))(?: so much| deeply)?'
const FAULT_WORDS =
  'a fool|foolish|stupid|immature|self-centered|self centered|insensitive|arrogant|awful|horrible|terrible|blind|harsh|unprofessional|ungrateful|out of control|(?:a )?(?:terrible|horrible|bad|awful|lousy) (?:friend|husband|wife|partner|boyfriend|girlfriend|father|mother|son|daughter|person)|wrong|selfish|careless|thoughtless|unfair|unkind|cruel|mean|rude|dishonest|disrespectful|inconsiderate|irresponsible|reckless|out of line|a jerk|an idiot|a coward|cowardly|controlling|dismissive|petty|hurtful'
const FAULTS = `(?:${FAULT_WORDS})`

export const PART_PHRASES = {
  responsibility: [
    `i(?:'ve|'d| have| had)?(?: (?:deliberately|knowingly|repeatedly|actually|really|also|even|then|both|just))? ${wrongdoing(0)}`,
    `i(?: was| am|'m|'ve been| have been| had been|'d been)(?:,? \\w+,)? (?:so |really |completely |being |very |such )?${FAULTS}`,
    `(?:that|this|it|what i (?:did|said)) (?:was|is|'s) (?:so |really |completely |totally )?${FAULTS} of me`,
    '(?:my|what i) (?:actions|words|behaviou?r|say|said|did)(?: \\w+){0,4}? (?:hurt|hurts|caused|upset|damaged)',
    'my (?:biggest |greatest |real )?(?:failure|mistake|fault) was',
    'i made (?:some |those |these |the |a few )?(?:comments|remarks|jokes?|statements?)',
    "(?:(?:it|that|this)(?:'s| is| was) )?(?:all |entirely |completely |totally )?my (?:own )?(?:fault|mistake|doing|bad)",
    "(?:it|that|this)(?:'s| is| was) (?:all |entirely )?(?:on me|my responsibility|my (?:choice|decision))",
    'the (?:fault|blame) (?:is|was) (?:all |entirely )?mine',
    `{i'm} (?:fully |entirely |solely )?(?:responsible|to blame|at fault)`,
    'i (?:take|accept|bear|own) (?:full |complete |all |the )?(?:responsibility|blame)',
    'i own (?:it|this|that|what i did|my part)',
    'i (?:did (?:something )?wrong|made (?:a|the) (?:\\w+ )?(?:mistake|wrong (?:choice|call|decision)))',
    "(?:i|we)(?:'ve| have)? made (?:a|an|the|some|many|plenty of|my|our)(?: \\w+){0,2}? (?:mistakes?|errors?)",
    "(?:i|we)(?:'ve| have)? (?:got|gotten) (?:this|it|that) (?:so )?wrong",
    '(?:the )?(?:choices?|decisions?|mistakes?) (?:that )?i made',
    "i(?:'ve| have)? let (?:\\w+ ){1,4}?down",
    '(?:my|our) (?:actions|behaviou?r|outburst|comments|words|conduct)(?: \\w+){0,3}? (?:was|were) (?:totally |completely |utterly |very |so )?(?:wrong|inexcusable|unacceptable|unprofessional|despicable|hurtful|insensitive|uncalled for|out of line|inappropriate)',
    // "sorry I walked out", "sorry for talking behind your back": regret that names an act.
    "(?:sorry|apologi[sz]e|regret|ashamed)(?: so much| deeply)? (?:that )?i (?!(?:can|could|will|won't|am|'m|feel|felt|have to|had to|know|think|was not|wasn't)\\b)(?:\\w+ed|\\w+t|was (?:so |too |such )?\\w+|did|didn't|never|wasn't|lied|hurt|left|broke|let|made|took|said|told)",
    '(?:sorry|apologi[sz]e|regret|ashamed)(?: so much| deeply)? (?:for|about) (?:not |never |ever )?(?!everything|anything|any\\b|whatever|what happened|the way things|making (?:you|anyone|people) feel)(?:\\w+ing|the way i|how i|what i|my (?:actions|behaviou?r|comments|words|outburst|lies|choice|previous)|being)',
    '(?:i (?:messed|screwed|fucked) (?:up|it up|this up|things up)|i blew it|i broke your trust)',
    "i (?:should(?: have|'ve)|shouldn't have|should not have) \\w+",
    `i (?:didn't|did not|never|failed to|neglected to) (?:even )?${OMISSIONS}`,
    "i(?: was not| wasn't| have not been| haven't been) (?:honest|truthful|faithful|fair to you|kind to you|there for you|upfront|straight with you|open with you)",
    `i (?:started|kept|began) ${wrongdoing(1)}`,
    // A promise ("I will never decide without asking you") is not an admission, so no modals.
    'i(?: (?!(?:will|would|shall|should|can|could|never|always|promise|not)\\b)\\w+){1,6}? without (?:asking|telling|checking with|consulting) you',
    'i (?:had|have) no (?:right|business|excuse)',
    `${OWNED_WITH_FEELING} (?:for |about |of )?(?:not |never )?(?:${wrongdoing(1)}|being (?:late|${FAULT_WORDS}))`,
    `${OWNED_WITH_FEELING} (?:for |about |of )?(?:not |never )${OMITTED_ING}`,
    `${OWNED_WITH_FEELING} (?:for |about |of )what i (?:did|said|did to you)`,
    'my (?:drinking|lying|gambling|temper|jealousy|affair|behaviou?r) (?:has |have )?(?:hurt|damaged|cost) you',
  ],
  repair: [
    '(?:make|set|put) (?:it|this|that|things|everything) (?:up to you|right|better)',
    'make (?:amends|up for (?:it|this|that|what i did))',
    'let me (?:fix|repair|replace|pay|cover|make|help|take you|buy|clean|undo|sort|handle|take care)',
    `{offer} (?:\\w+ )?(?:pay|replace|fix|repair|cover|reimburse|refund|return|give (?:it|you|the \\w+) back|give back|transfer|send (?:it|you|the)|clean|buy you|cancel|undo|take (?:it|that) back|take you (?:out|to)|take care of|correct|tell (?:everyone|them|her|him) the truth|apologi[sz]e to (?:her|him|them|your|everyone))`,
    "{i'm} (?:paying|giving (?:it|you|the \\w+) back|replacing|fixing|repairing|returning|covering|refunding|cancell?ing)",
    "{i've} (?:already )?(?:paid|replaced|fixed|repaired|returned|refunded|cancell?ed|given (?:it|the \\w+) back|set up (?:a|the) (?:transfer|payment|repayment))",
    '(?:what|anything) (?:(?:can|could) i|i (?:can|could)) do',
    'i owe you (?:the|\\$|\\d|money|what)',
    'how (?:can|could) i (?:make|fix|repair|help|earn)',
    '(?:tell me|let me know) (?:what (?:would|might|could) help|what you need|how i can)',
    "(?:it's|it is) (?:on|up to) me to (?:fix|make|repair|put)",
    '(?:do|doing) whatever (?:it takes|you need)',
  ],
  regret: [
    `{i'm} {adv}sorry`,
    `(?<=(?:^|[.!?;:,\\n(])\\s*)(?:so |very |really |truly )*sorry`,
    `i {adv}(?:regret|apologi[sz]e)`,
    `i (?:feel|felt) {adv}(?:sorry|terrible|awful|horrible|sick|bad|guilty|ashamed|dreadful|wretched)`,
    `{i'm} {adv}(?:still )?(?:ashamed|devastated|gutted|heartbroken that i)`,
    '(?:how|so) {adv}sorry (?:i|we) (?:am|are|was|were)',
    `we {adv}(?:are )?(?:sorry|apologi[sz]e|regret|apologetic)`,
    '(?:a million|sincere|sincerest|deepest|humble|heartfelt) apolog(?:y|ies)',
    "(?:i|we) (?:\\w+ ){0,2}?(?:want|wanted|need|needed|'d like|would like) to (?:\\w+ ){0,2}?apologi[sz]e",
    '(?:is|do|to) apologi[sz]e (?:for|to)',
    'i owe (?:you|everyone|\\w+) (?:an|my) apology',
    '(?:my|our|please accept (?:my|our)) (?:sincere |deepest |heartfelt |sincerest |humble )?apolog(?:y|ies)',
    "i (?:want|wanted|need|needed|'d like|would like) to (?:say (?:i'm |that i'm )?sorry|apologi[sz]e)",
    'i owe you (?:an|my) apology',
    "i (?:can't|cannot) (?:tell|express|say|begin to (?:tell|say|express))(?: you)? how (?:sorry|much i regret)",
    "(?:i hate (?:that|what|how) i|i wish i (?:hadn't|had not|had never|could take (?:it|that) back|could undo)|it kills me that i)",
  ],
  explanation: [
    "(?:'?cause|because|since) (?:i|i'm|i'd|i was|my)",
    'because of my',
    '(?:the|my) reason (?:why |i |for |was |is )',
    "(?:what happened was|here's what happened|the truth is|what was going on)",
    "i(?: was| felt| got|'d been| had been) (?:so |really |too |very )?(?:afraid|scared|frightened|terrified|worried|anxious|ashamed|embarrassed|panicked|panicking|overwhelmed|stressed|exhausted|drunk|jealous|angry|furious|insecure|desperate|lonely|distracted|defensive|frustrated|confused|caught up|carried away|in a bad place|trying to)",
    "i (?:panicked|froze|wasn't thinking|didn't think|didn't know how to|didn't want (?:you|to)|wanted to (?:avoid|protect|spare|look|seem|impress|keep)|thought (?:that |you|it|i|this|if)|told myself|convinced myself|had too much to drink|got caught up|got carried away|lost track of)",
    'out of (?:fear|jealousy|pride|anger|shame|habit|spite|insecurity)',
    '(?:that|which) (?:is|was) why i',
    'let (?:my|our) \\w+(?: and \\w+)? get the (?:best|better) of (?:me|us)',
    "i (?:did not|didn't|never) (?:realize|realise|notice|see|think about|know)",
    'i (?:honestly |really )?never thought (?:about|that|it|of)',
  ],
  repentance: [
    "(?:it|this|that)(?:'ll| will)? (?:{won't}|will never|is never going to|'s never going to|isn't going to|is not going to) happen again",
    'never again',
    "(?:it|this|that)(?: (?!probably|maybe|possibly|perhaps|hopefully|might|may)\\w+){1,3}? (?:{won't}|will never|is never going to) happen again",
    "(?:ensure|make sure|making sure) (?:that )?(?:this|it) (?:never|doesn't|does not|{won't}) happens? again",
    'i (?:could|would) never (?:\\w+ ){0,4}?(?:do|say) (?:it|that|this) again',
    '(?:taken|taking|take) (?:the )?(?:necessary |immediate |concrete )?steps to',
    '(?:my|our) (?:absolute |full |total )?commitment to',
    'ready to do the (?:hard |important |necessary )?work',
    '(?:to be|being|become|becoming) a better \\w+',
    'how (?:we|i) can (?:improve|do better|change)',
    "{i'll} spend the rest of my life",
    // "I'll never forget how you looked" remembers; it does not commit to anything.
    "{i'll} never (?!(?:forget|know|understand|forgive|get over|be able)\\b)\\w+",
    "i(?: {won't}|'m not going to| am not going to|'m never going to| am never going to)(?: ever)?(?: \\w+){1,5}? again",
    '(?:from now on|going forward|moving forward|from here on(?: out)?|from today on)',
    "(?:in the future|next time),? (?:{i'll}|i {won't}|i(?:'m| am) going to)",
    `{will} (?:really )?(?:try (?:hard )?to )?(?:change|stop|start|always|be (?:more|less|honest(?!\\s*[:,])|there|on time|careful|better|home|upfront|open)|do better|work on|get help|make sure|keep (?:my|you)|check (?:in|with)|ask (?:first|before|you before)|tell you|call|text|listen|show up|put|share|let you know|talk to you|learn|see a|go to (?:therapy|counseling|meetings)|come home|come with you|go with you|join you|earn back|win back|rebuild|show you)`,
    'i promise (?:it|that|this|to|i)',
    "{i'm} (?:working (?:every day |hard |each day )?(?:on|to)|getting help|seeing a|in therapy|going to (?:therapy|counseling|meetings)|learning to|committed to|changing)",
    "(?:i|i've|i have) (?:started (?:going|seeing|therapy|counseling|attending|working on)|stopped (?:drinking|gambling|lying|seeing|talking to)|quit (?:drinking|gambling|smoking)|deleted (?:the|that) apps?|deleted my (?:account|profile)|ended (?:it|things|the affair|contact)|joined (?:a|an) \\w+|signed up for|learned my lesson)",
    'i (?:want|need) to (?:change|do better|be better|be a better)',
    'no more (?:lies|lying|secrets|drinking|gambling)',
  ],
  forgiveness: [
    '(?:please,? )?forgive me',
    '(?:can|could|will|would) you (?:ever |please |possibly |someday |one day |eventually )*(?:find it in your heart to )?forgive',
    "i hope (?:that )?(?:one day |someday |in time |eventually )?you(?:'ll| will| can| could| might| would)? (?:ever |someday |one day |eventually )?(?:find it in your heart to )?forgive",
    "(?:i(?:'d| would) like to|i want to|i(?:'m| am)|let me|may i|can i|i) (?:ask|asking|beg|begging|seek|seeking) (?:for )?your forgiveness",
    'i hope (?:for|to earn|to have) your forgiveness',
  ],
} satisfies Record<string, string[]>

/** Compiles one phrase of the notation above to a global, case-insensitive RegExp. */
export function compilePhrase(phrase: string): RegExp {
  const body = phrase.replace(/ /g, '\\s+').replace(/\{([a-z']+)\}/g, (_, name: string) => {
    const macro = MACROS[name]
    if (macro === undefined) throw new Error(`Unknown macro {${name}} in apology phrase table`)
    return macro
  })
  return new RegExp(`\\b${body}\\b`, 'gi')
}
