import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Known families in other words, read in the ninth to twelfth blind batches' misses after their
 * first scores were recorded (rail and ferry operators, broadcasters, charities, game studios, tour
 * operators, festivals, referees, letters to family, roommates, neighbours and teachers). Most were
 * families the rules already had, said in a shape they did not know: a motive denied with "at no
 * point" or "in no way", values as an organisation's foundation ("we are built on care"), a
 * credential in years or in training, a reading regretted ("the way it was taken"), a cause outside
 * the writer ("outside our control"), the harm shrunk by a count ("one of 200 trains"), an ending
 * nobody caused ("things didn't work out"), their failure named ("you failed to tell me"), and,
 * from the eleventh and twelfth, years of service told beside the lapse, a motive for their own
 * good ("I only wanted you to learn"), and a fight made normal ("friends fall out"). Examples here
 * are in our own words. Dialect: language-rules.ts; in a character class write \x27 and \u2019.
 */

/** An organisation or a group speaking of itself. */
const BODY =
  '(?:organi[sz]ation|company|charity|club|team|business|school|church|trust|family|firm|brand|service|party)'

/** What an organisation says it stands on. */
const VIRTUE =
  '(?:kindness|respect|trust|compassion|care|caring|integrity|honesty|fairness|inclusion|inclusivity|faith|love|community|service|excellence|safety|values|principles|dignity|equality|diversity|openness|transparency)'

/** Ways of being let down by a third party, named as a body or a trade. */
const THIRD =
  '(?:shipyard|supplier|suppliers|contractor|contractors|builder|builders|manufacturer|council|operator|landlord|agency|airline|airport|courier|printer|venue|partner|partners|sub-?contractors?|network rail|the network)'

export const VARIANT_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'intent-defense': [
    {
      // Eleventh and twelfth batches: years of service, hard work, a priority or an inspiration told
      // beside the lapse, or a motive for their own good: "we have been running this camp for over
      // 30 years", "your safety is always our priority", "while the logo was inspired by", "in no
      // way, shape or form", "I only wanted you to learn".
      pattern:
        "(?:I|we) have been (?:providing|serving|running|operating|coaching|teaching|organi[sz]ing|offering|refereeing|officiating|representing|supporting|training|managing|hosting)(?: [a-z-]+){0,4}? for (?:more than |over |nearly |almost |well over )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|many) (?:years|decades|seasons)|(?:have|has) worked (?:so |very )?(?:hard|tirelessly|relentlessly) (?:over|for|to make|to build)|(?:is|are|remains?|has always been) (?:always )?(?:our|my) (?:top |first |number one |highest |main |absolute )?priority|(?:though|while|although) the (?:design|post|campaign|joke|photo|image|video|ad|advert|collection|piece|logo|costume|name|outfit|sketch) was (?:inspired by|meant as|intended as|designed to|a nod to|a tribute to)|in no way,? shape,? or form|(?:as|because|since) I (?:deeply |truly |really )?respect (?:every|all|everyone|each)|I (?:only |just |simply )?wanted (?:you|them|him|her) to (?:be (?:a good|safe|happy|better|strong|the best|ready|prepared)|learn|strive|grow|succeed|do well|improve|understand|work hard)|I (?:didn't|did not) want (?:you|them|him|her) to (?:go astray|fall behind|miss (?:out|the)|fail|get hurt|struggle|waste)|I thought it would (?:challenge|help|motivate|teach|toughen|protect|push) (?:you|them|him|her)",
      negatable: false,
    },
    {
      // A motive denied in other words (the first from language-rules-voice, widened; it lives here
      // because widening it there doubled the scan of a 20,000-character draft, 8 to 20 ms: that
      // expression is near the size past which the engine optimises a pattern less): "at no point
      // did I mean to mock them", "in no way was it meant to", "it was neither meant to wound nor
      // to", "there is no way this was deliberate", "it is not our style", "I only said it out of
      // concern".
      pattern:
        "(?:in no way|at no (?:time|point|stage|moment)) (?:was|were|did|does|do|is|am|are|have|has|had|would)(?: (?:I|we|it|this|that|he|she|they|there|the [a-z]+|my [a-z]+|our [a-z]+|[a-z&]+))?(?: ever)? (?:any (?:intention|intent|wish|desire|malice)|state|say|suggest|imply|claim|trying|intended|intending|meant|meaning|intend|mean|want|wanted|wanting|designed|aimed|supposed|out to|malicious|deliberate|intentional|condone|endorse|support|share|seek|sought|try|attempt|think|thought|believe|believed|reflect|reflects|represent|represents|a reflection|(?:my|our|the) (?:intention|intent|aim|wish))|in no way (?:intended|meant|designed|wanted|sought)|(?:was|is|were) neither (?:intended|meant|designed) to|(?:there is|there's) (?:absolutely |simply )?no way (?:that )?(?:this|it|that) (?:is|was) (?:a|an) (?:[a-z]+ )?(?:stunt|deliberate|intentional|planned|calculated)|(?:is|was|are)(?:n't| not) (?:our|my) (?:style|way|nature|character|ethos|culture)(?![a-z])|(?:said|did|wrote|asked|meant) (?:it|that|this) (?:only |purely |simply )?out of (?:concern|love|care|worry|kindness)|(?:the way|how) I said it was out of (?:concern|love|care|worry)|(?:with|out of) (?:(?:the|only the|nothing but the) )?best (?:of )?(?:interests|intentions)(?! (?:at heart )?(?:for|of) (?:you|u)(?![a-z]))",
      negatable: false,
    },
    {
      // Values and training set beside the lapse: "our club is built on respect", "these values
      // define us", "it is at the heart of what we stand for", "we have a zero tolerance policy",
      // "all our staff are trained in first aid", "I always try to be a good friend", "we are always
      // mindful of", "I work hard every day to", "I have tirelessly worked for".
      pattern: `(?:our|my|the|this) ${BODY} (?:is|was|has been) (?:built|founded|based) on (?:the )?(?:values of )?${VIRTUE}|(?:these|our|my|those) values (?:define|are|shape) (?:who|what) (?:we|I)|at the (?:heart|core) of (?:what|who) (?:we|I|our [a-z]+|the [a-z]+) (?:stands?|are|am|represents?) (?:for)?|(?:I|we) (?:have|operate|run|keep) a zero(?:-| )tolerance (?:policy|approach)|(?:all )?(?:our|my) (?:staff|drivers|employees|team|people|nurses|teachers|crew|stewards|volunteers)(?<!(?:none|few|some|not all|not enough|many) of (?:our|my) [a-z]+) (?:are|were) (?:all )?(?:fully |highly |well |properly )?(?:trained|qualified|vetted|committed|dedicated)|(?:I|we) (?:always|really|genuinely) (?:try|strive|aim|work hard) to be (?:a |the )?(?:good|kind|considerate|decent|responsible|caring|respectful)|(?:I am|I'm|we are|we're) (?:always|very|extremely|ever) (?:mindful|careful|conscious|considerate|respectful) (?:of|about|with)|(?:I|we) work (?:hard|tirelessly|day and night) every day to|(?:I|we) have (?:tirelessly|always|consistently|relentlessly) (?:worked|fought|campaigned|strived|striven) for|(?:my|our) \\d+-year (?:career|history|record|tenure)|(?:it|this|that) was an innocent (?:[a-z]+ )?(?:design|post|mistake|joke|comment|question|remark|photo|picture|gesture)|in no way (?:represents?|reflects?) the (?:great |deep |high |huge )?(?:respect|regard|admiration|esteem|love)`,
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // The reading as the thing regretted: "my post was mis-read", "I regret the way it was taken",
      // "most people took it as the joke it was".
      pattern:
        '(?:were|was|been|being|is|are) mis-(?:interpreted|understood|read|construed|quoted|represented)|(?:regret|sorry about|sorry for) (?:the way|how) (?:it|this|that|my [a-z]+|the [a-z]+) (?:was|were|has been|have been) (?:interpreted|received|taken|read|perceived|understood|heard|seen)|(?:take|took|takes) on (?:a )?different meanings?|(?:most|many|the majority of) (?:people|viewers|readers|listeners|fans|followers) (?:understood|knew|saw|took) (?:that )?(?:it|this|that|the [a-z]+) (?:was|as) (?:a |the )?(?:joke|banter|satire|humou?r|tongue-in-cheek)',
      negatable: false,
    },
  ],
  conditional: [
    {
      // "to all who have been hurt by this error": the hurt made a group that may not exist.
      pattern:
        '(?:anyone|anybody|those|all those|everyone|all) who (?:have|has|had|may have|might have) (?:been|felt) (?:offended|insulted|upset|hurt|let down) by (?:this|that|any|such)|(?:if|in case) (?:ever|in any way|at any (?:point|time)),? (?:I|we|my|our)(?![a-z])|(?:to|for) (?:anyone|anybody|those|all those) who (?:feel|feels|felt|may feel|might feel|believes?|thinks?) (?:alienated|excluded|hurt|offended|upset|let down|that)',
    },
  ],
  excuse: [
    {
      // Eleventh and twelfth batches: "I wasn't in a good head space", "under a huge amount of
      // stress", "I drank far too much", "the kitchen was swamped", "we couldn't cope with the demand".
      pattern:
        '(?:wasn[\\x27\\u2019]t|was not|weren[\\x27\\u2019]t|were not) in (?:a|the|my|our) (?:good|great|right|healthy|best) head ?space|under (?:a )?(?:huge|great|enormous|massive|tremendous|lot of) (?:amount of )?(?:stress|pressure)|(?:I|we) drank (?:way |far |much )?too much|(?:the|our) (?:team|staff|kitchen|system|servers?|site|crew|website|phone lines|call cent(?:re|er)) (?:was|were) (?:completely |totally |simply |just )?(?:overwhelmed|overloaded|swamped|understaffed|short-staffed|stretched)|(?:couldn[\\x27\\u2019]t|could not|were unable to|was unable to) (?:handle|cope with) the (?:load|demand|volume|numbers|traffic|crowds)',
    },
    {
      // A state that acted for the writer, or a cause outside them: "a victim of nerves", "the
      // tension of the moment", "I don't know what came over me", "in a burst of temper", "beyond
      // anyone's control", "my nerves got the best of me", "I didn't know how hurtful it was back
      // then".
      pattern:
        "(?:a |the )?victim of (?:my |the )?(?:nerves|circumstances?|the moment|emotions?|stress|pressure|exhaustion|my temper|my emotions)|the (?:tension|pressure|stress|heat|excitement|adrenaline) of the (?:moment|day|game|match|occasion|night)|(?:I|we) (?:don't|do not|didn't|did not|still don't) know what (?:happened (?:to )?me|came over (?:me|us)|got into (?:me|us)|possessed (?:me|us))|(?:in|out of) (?:a|an) (?:outburst|fit|burst|flash|moment|surge) of (?:frustration|anger|rage|temper|madness|pique|passion|emotion|jealousy|panic)|(?:outside|beyond) (?:of )?(?:our|my|anyone[\\x27\\u2019]s|anybody[\\x27\\u2019]s|everyone[\\x27\\u2019]s|the company[\\x27\\u2019]s|their) (?:control|power|hands)|(?:extraordinary|exceptional|unprecedented|unforeseen|unusual) circumstances|got the best of (?:me|us|my|our)|(?:didn't|did not) (?:realise|realize|know|understand|see) (?:how|that it was|it was) (?:so )?(?:offensive|hurtful|racist|insensitive|inappropriate|harmful|wrong)(?: (?:it|this|that) (?:was|were))? (?:back then|at the time|then)",
    },
  ],
  minimizing: [
    {
      // Eleventh and twelfth batches: "it was in poor taste", "we seldom make mistakes", "mix-ups of
      // this sort are rare", "only a handful of staff", "friends fall out sometimes".
      pattern:
        '(?:was|were|is) (?:a bit |rather |somewhat )?in (?:poor|bad|questionable) taste|(?:we|I) (?:very )?(?:rarely|seldom|hardly ever) (?:cancel|make|get|have|do|miss|forget|run late)|(?:errors?|mistakes?|incidents?|cases?|failures?|complaints?) of (?:[a-z-]+ ){1,2}(?:are|is) (?:very |extremely |incredibly )?(?:rare|unusual|uncommon)|(?:only|just) a (?:very |tiny |small )?(?:few|handful|minority)(?![a-z])(?! of (?:the )?(?:times|days|hours|minutes|visits|weeks|months|years|occasions))|(?:brothers|sisters|siblings|friends|couples|families|teammates|best friends) (?:sometimes |all |always |will )?(?:fight|argue|fall out|disagree|bicker|have their ups and downs)',
      negatable: false,
    },
    {
      // Error as everyone's, the act as a passing madness, the harm shrunk by a count: "we all do
      // it", "everyone can get it wrong", "a moment of madness", "one of 200 flights affected",
      // "we kept the wait to a minimum", "my remark was unfortunate", "so be it".
      pattern:
        "we all (?:make|do|say) (?:them|it|that|those)(?![a-z])|everyone (?:can be|gets it|gets things|is sometimes|has been) wrong|(?:we are|we're|I am|I'm) (?:only |just |all )?(?:human|human beings?)(?:,)? and (?:we|I) (?:all )?(?:make|made) mistakes|(?:a|one|my|spontaneous|brief) moment of (?:madness|mad [a-z]+)|(?:was|were) one of (?:the )?\\d[\\d,]* (?:services|flights|trains|sailings|customers|orders|accounts|people|passengers|users) (?:affected|impacted|delayed|cancell?ed)|(?:kept|keeping|keep) the (?:delay|disruption|wait|impact|inconvenience|damage|outage) to a minimum|(?:my|our|the|that|this) (?:statement|comment|remark|tweet|post|choice of words|words|joke) (?:is|was|were) (?:most |very |deeply |rather )?(?:unfortunate|regrettable|ill-advised|not ideal)|so be it(?<=[,;\\u2014] so be it)",
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // Eleventh and twelfth batches: "the distress that has been caused", "this was handled badly",
      // "the row went further than it should have".
      pattern:
        'the (?:hurt|harm|distress|upset|offen[cs]e|pain|damage|anger|anxiety) (?:that )?(?:has|have|had|[\\x27\\u2019]s) been caused(?! by (?:me|my|us|our))|the (?:distress|upset|anxiety|anger) caused by (?:the|this|one|some|a|an)|(?:this|it|that|(?:the|your|our) (?:situation|matter|complaint|incident|booking|case)) (?:was|were|has been|had been|should have been) (?:handled|managed|dealt with)(?: (?:so|very|really|extremely))? (?:badly|poorly|wrongly)|should have been (?:handled|managed|dealt with) (?:in a (?:more|much more|far more) [a-z]+ (?:manner|way)|better|differently)|went (?:a lot |much |way |so much )?further than (?:it|they|things) (?:should|ought to)',
    },
    {
      // An ending nobody caused, or an event nobody did: "I'm sorry things didn't work out", "we had
      // an incident", "too few checks were made".
      pattern:
        "things (?:just )?(?:didn't|did not|never|couldn't|could not) (?:work out|turn out|go to plan|go as planned|go our way)(?! because (?:I|of me|of what I))|(?:we|I) had (?:an|a) (?:[a-z]+ )?(?:incident|situation)(?! (?:where|in which|when) (?:I|we))|(?:insufficient|inadequate|too few|not enough|no) (?:attempts|efforts|checks|steps|enquiries|inquiries) (?:were|was) (?:made|taken|carried out)",
    },
  ],
  'rushing-closure': [
    {
      // Eleventh batch: "I hope we can move on from this", "we are looking to move forward", "there
      // is no need to prolong this".
      pattern:
        '(?:we|you) (?:can|could|will|may) (?:all )?(?:now )?(?:move on|move past)(?: from)?(?: (?:this|it|that))?|(?:(?:we are|we[\\x27\\u2019]re|I am|I[\\x27\\u2019]m) (?:now |all )?(?:looking|ready|keen)|time) to (?:move (?:forward|on)|put (?:this|it) behind)|(?:no need|don[\\x27\\u2019]t need|do not need) to (?:prolong|dwell on|drag out|rehash|revisit) (?:this|the|it)',
    },
    {
      // Closing it for them: "let's leave it there and move on", "in full and final settlement",
      // "to draw a line under this matter", "I'd like to turn your attention to".
      pattern:
        "(?:leave|drop|park) (?:it|this|that)(?: (?:there|here|now))? and move on|(?:in )?full and final settlement|to (?:conclude|close|settle|end) (?:this|the) (?:matter|chapter|issue|episode)|(?:I would|I'd|we would|we'd) (?:like to|love to) (?:turn|draw|direct) your attention to",
    },
  ],
  'blame-other': [
    {
      // Twelfth batch: their part made to cancel the writer's: "so we're even", "I call it quits".
      pattern:
        '(?:consider|call) (?:us|it) (?:even|quits|square)|(?:we[\\x27\\u2019]re|we are) (?:even|quits|square) now',
      negatable: false,
    },
    {
      // Their failure, or a third party's, named in the apology: "you failed to tell me", "we were
      // badly let down by our supplier", "I'm disappointed that the club has decided", "I wish you
      // weren't so angry", "but you never respected mine", "I wanted to teach you a lesson".
      pattern: `(?:you|he|she|they|the customer|the caller) (?:failed|neglected|forgot) to (?:tell|inform|say|identify|mention|leave|let|give|provide|notify)|(?:very |badly |sorely |truly )?let down by (?:the|our|a|their|its) (?:[a-z]+ )?${THIRD}|(?:I am|I'm|we are|we're) (?:very |deeply |extremely )?disappointed that (?:the|[A-Z][A-Za-z]+) (?:[a-z]+ )?(?:has|have|had) (?:decided|chosen|opted)|I wish (?:you|he|she|they) (?:weren't|were not|wasn't|was not) so (?:angry|upset|sensitive|touchy|defensive|hostile|quick to)|(?:and|but) (?:you|he|she|they) (?:didn't|did not|never|couldn't|could not|wouldn't|would not) (?:understand|respect|appreciate|listen to|consider|hear|see) (?:mine|my|me)(?![a-z])|(?:wanted|tried|meant) to teach (?:you|him|her|them) a lesson`,
      negatable: false,
    },
  ],
}
