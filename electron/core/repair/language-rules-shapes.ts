import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Round 8: known families in shapes the rules did not know, read in the fifteenth and sixteenth
 * blind batches' misses after they had been scored sealed (gyms, care homes, ride services, a
 * mayor, football and rugby players, a GAA body, forum staff, a scout troop, neighbours, a music
 * teacher). The shapes: a condition carried by a participle ("those of you hurt by my words"), an
 * intent denied as a disposition ("there was no malice at all", "I never try to hurt anyone"), a
 * priority or a standard claimed ("safety is a top priority for us", "not in line with our
 * standards", "we strive to uphold"), a first time ("the first time we have had such problems"), an
 * accident of nature ("a freak accident", "one of those things", "just a reaction"), an event as a
 * noun ("I apologise for its occurrence", "the events of last night"), a closure in a relative
 * clause ("an episode we would like to put behind us") and a rush nobody planned for ("busier than
 * a typical Friday"). Examples here are in our own words. Dialect: language-rules.ts; in a
 * character class write \x27 and \u2019, and never a space (the dialect widens a space).
 */

/** How a reader may have been affected, said of them: the condition's verb. */
const AFFECTED =
  '(?:hurt|offended|upset|annoyed|angered|insulted|harmed|affected|distressed|disappointed|troubled|worried|alarmed)'

/** What one does to a person on purpose. */
const HARM = '(?:hurt|injure|harm|upset|offend|insult|alienate|belittle|disrespect|embarrass|wound)'

export const SHAPE_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  conditional: [
    {
      // The condition carried by a participle or a modal, or by "any … that were": "for those of
      // you hurt by what I said", "to anyone else who was upset", "to the parents who could have
      // been worried", "for any remarks that were hurtful".
      pattern: `(?:for|to) (?:those|all those|any of those|anyone|anybody)(?: of you)?(?: else)? (?:who (?:was|were|felt|may have been|might have been|could have been) )?${AFFECTED} by|(?:who|that) (?:could|may|might) have been ${AFFECTED}(?! by (?:me|us|my|our) (?:not|failing|never)(?![a-z]))|(?:for|about) any (?:previous |past |earlier |recent )?(?:statements?|remarks?|comments?|words|posts?|choice of words|language|jokes?)(?: or (?:statements?|remarks?|comments?|words|choice of words))? (?:that|which) (?:were|was|may have been|might have been|could be|came across as) (?:divisive|offensive|hurtful|insensitive|upsetting|inappropriate|disrespectful)`,
      negatable: false,
    },
  ],
  'intent-defense': [
    {
      // An intent denied as a disposition: "there was no malice in it at all", "I had no malice
      // whatsoever", "it was just not meant", "I would never try to hurt anyone", "I never want
      // anyone to be hurt", "I don't wish to alienate anyone".
      pattern: `(?:I(?:'m| am)|we(?:'re| are)) not (?:always|usually|normally|generally) like (?:this|that)|(?:it's|it is) (?:just |simply )?not (?:my|our) (?:game|style|way|nature)|(?:there was|there is|there's|I had|I have|we had|with) (?:absolutely |genuinely |honestly |truly )?(?:no|not|not any|not a shred of|zero) (?:malice|maliciousness|ill will|ill-will|intention|intent|spite|nastiness)(?! (?:of|to) (?!(?:hurt|harm|upset|offend|insult|cause|disrespect|mock|belittle|wound|injur)[a-z]*)[a-z]+)(?:(?: [a-z]+){0,3}? (?:at all|whatsoever))?|(?:it|this|that) was (?:just |simply |honestly )?not meant(?! (?:for|as a joke to)(?![a-z]))|I (?:would )?never (?:try|want|wish|mean|set out|intend|aim) to ${HARM} (?:anyone|anybody|people|a soul|someone)(?! (?:ever )?again(?![a-z]))|I (?:would )?never (?:want|wish) (?:anyone|anybody|someone) to (?:be|get) (?:hurt|injured|harmed|upset)|I (?:certainly |really |truly )?(?:do not|don't) (?:want|wish|mean) to (?:be mean|${HARM} (?:anyone|anybody|people|a soul)|cause (?:division|offen[cs]e|harm|upset))(?! (?:ever )?again(?![a-z]))|(?:we|I) do not wish to (?:alienate|offend|upset|exclude) anyone`,
      negatable: false,
    },
    {
      // A priority, a standard or a belief claimed beside the lapse: "the comfort of our guests is a
      // top priority for us", "this is not in line with our standards", "we strive to offer the
      // best", "we are strong supporters of", "we are a family business first and foremost", "this
      // is the first time we have had such a problem", "we did all we could".
      pattern:
        "(?:is|are|remains?) (?:a|our|the) (?:top|high|first|number one|key) priority for(?<!(?:making|putting|fixing|repairing|rebuilding|earning|regaining|restoring|winning)(?: [a-z]+){1,3} (?:is|are|remains?) (?:a|our|the) (?:top|high|first|number one|key) priority for)|(?:is|was|are|were)(?:n't| not) in (?:line|keeping) with (?:our|my|the [a-z]+'s) (?:[a-z]+ )?(?:standards|values|ethos|policies|policy|principles|expectations)|(?:we|I) (?:always )?strive to (?:offer|uphold|provide|maintain|deliver|give|keep|ensure)|(?:we|I) (?:are|am) (?:strong|proud|passionate|long-time|committed) (?:supporters|advocates|believers|champions) of|first and foremost(?<=(?<![a-z])(?:we|I) (?:are|am) (?:a|an) (?:[a-z-]+ ){1,3}first and foremost)|(?:the|our) first time (?:we|I)(?: have|'ve) (?:had|seen|experienced|faced) (?:such|this|a)|(?:we|I) did (?:all|everything) (?:we|I) could(?!n't)(?! to (?:hide|avoid|ignore|cover|get out)(?![a-z]))",
      negatable: false,
    },
  ],
  minimizing: [
    {
      // An accident of nature: "it was a freak accident", "it was one of those things".
      pattern:
        '(?:a|an) (?:bungled|fumbled|misjudged|poorly judged) attempt (?:at|to)|(?:a|the|this|that) (?:genuine |complete |total |pure )?freak (?:accident|incident|occurrence|injury|collision|tackle|event)|(?:it|that|this) was (?:just |simply |honestly )?one of those things',
      negatable: false,
    },
  ],
  excuse: [
    {
      // A reason named as one, or a cause that stopped the writer: "my excuse is that", "that's why
      // I was short with you", "the only way I know to cope", "it was too late to call", "an
      // emergency prevented me from coming", "it had been presented to me as fact", "due to
      // technical difficulties, the show started late".
      pattern:
        "(?:my|our) (?:only |one )?excuse (?:is|was|would be)|(?:that's|that is|this is) why I(?:'m| am| was| get| got| acted| snapped| behave| behaved) (?:so )?(?:mean|rude|short|angry|distant|cold|snappy|grumpy|defensive|moody)|the only way I(?:'ve| have)? (?:ever )?(?:know|knew|learned|learnt) (?:how )?to cope|(?:it|that) was too late to (?:call|ring|reply|text|write|answer)|(?:emergency|illness|accident|traffic|weather|commitments?|circumstances|problems?|issues?|situation|delays?|storm|strike|flu|injury)(?: [a-z]+){0,3}? (?:that )?(?:prevented|stopped) (?:me|us) from (?:keeping|attending|coming|calling|making|getting|being)|(?:presented|given|told|sold) to (?:me|us) as (?:fact|true|the truth|certain)|due to (?:technical|unforeseen|unexpected|operational) (?:difficulties|issues|problems|circumstances|reasons)",
      negatable: false,
    },
    {
      // The act as a reflex, and a rush nobody planned for: "it was just a reaction", "we were far
      // busier than a normal Saturday", "demand was higher than anticipated".
      pattern:
        '(?:it|that) was (?:honestly |simply |purely |only )?(?:just )?(?:a|an) (?:reaction|reflex|instinct|instinctive reaction|knee-jerk reaction)(?! (?:to (?:your|her|his|their)|I (?:regret|own))(?![a-z]))|(?:busier|more crowded|more demand|higher demand|more orders) than (?:a |an |any )?(?:typical|usual|normal|average|expected|anticipated|ordinary)|(?:demand|turnout|traffic) was (?:far |much |a lot )?(?:higher|greater|bigger) than (?:anticipated|expected|usual|normal)',
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // The fault moved to those who did not tell: "no one ever told us about the noise", "we
      // cannot fix a problem we do not know about", "it is not possible to live up to your
      // expectations", "the actions of another group".
      pattern:
        "(?:no one|nobody|no-one) (?:had |has )?(?:ever )?(?:told|alerted|informed|warned|complained to|mentioned (?:it|this) to) (?:us|me)|(?:we|I) (?:can't|cannot|can not|couldn't) (?:fix|solve|address|help with|do (?:that|this|anything)) (?:a problem |anything |it )?(?:if|without|when) (?:(?:we|I) )?(?:don't |do not |didn't |did not )?(?:even )?(?:know|knowing)|(?:not possible|impossible) (?:for me )?to live up to your expectations|(?:we|I) (?:(?:didn't|did not) (?:receive|get|hear)|never (?:received|got|heard|had)) any (?:feedback|complaints?|concerns?) (?:from|about)|the actions of (?:another|other|a different|a separate) (?:troop|group|team|club|member|driver|company|school|crew|person)",
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // The act as an event with no doer: "I apologise for its occurrence", "an apology for the
      // events of last night".
      pattern:
        '(?:sorry|apologi[sz]e|apologies|apology|regret)(?: [a-z]+){0,2}? (?:for|about) (?:its|the|this|that) occurrence|(?:sorry|apologi[sz]e|apologies|apology|regret)(?: [a-z]+){0,3}? (?:for|about|over) the events of (?:last|that|the other|yesterday|this)',
      negatable: false,
    },
  ],
  'rushing-closure': [
    {
      // The closure in a relative clause: "an episode we would like to put behind us".
      pattern: '(?:we|I) (?:would like|want|wish|hope|would love|are keen) to (?:put|leave) behind us',
      negatable: false,
    },
  ],
}
