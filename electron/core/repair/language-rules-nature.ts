import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Appeals to how things usually are, read in the eighth blind batch's misses after its first
 * score was recorded (clubs, cafés, universities, neighbours, letters to family). Each is a family,
 * written over small word classes, with examples here in our own words: the writer's usual
 * standard or record set against the lapse ("we usually get this right", "we take hygiene very
 * seriously", "I have worn this shirt with pride"), the lapse as rare or as the way of the world
 * ("such mix-ups are rare", "that's cricket for you"), the act as a reflex or a coincidence
 * ("instinctively, I grabbed it"), an event nobody did ("the errors somehow slipped through", "you
 * were let down"), the other person asked to behave ("please do not shout at our staff"), and an
 * appeal that closes it ("life is too short", "roll on Sunday"). Dialect: language-rules.ts.
 */

/** What an organisation or a person says it values: the object of "we take … seriously". */
const VALUE =
  '(?:safety|security|quality|privacy|welfare|well-?being|standards?|duty|duties|responsibilit(?:y|ies)|integrity|obligations?|hygiene|compliance|accuracy|conduct|reputation|care)'

/** How strongly. */
const VERY = '(?:very |extremely |incredibly |really |most |so |deeply )?'

/** Verbs of serving something, told as a record: "I have worn this shirt with pride". */
const SERVED =
  '(?:honou?red|served|represented|worn|sung|carried|played for|supported|led|coached|captained|given|dedicated|devoted)'

/** An act told as done without a choice, at the start of its sentence: "Instinctively, I …". */
const REFLEX = '(?:instinctively|reflexively|on instinct|out of instinct|by reflex|automatically|out of habit|by habit)'

/** The hurt party, named as a group an organisation asks to behave. */
const THEM =
  '(?:customers|fans|supporters|guests|patrons|diners|parents|residents|passengers|shoppers|members|visitors)'

export const NATURE_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'intent-defense': [
    {
      // A value held in general, set beside this lapse: "the school takes pupil welfare very
      // seriously", "I take my duties as a councillor seriously", "we take very seriously our duty
      // to you". Not "we take this matter seriously": that is about the harm in front of them. The
      // older, narrower rule in language-rules-parties ("we take such matters very seriously", present
      // tense only) overlaps it; the check joins the two into one finding.
      pattern: `(?:take|takes|taking|took) ${VERY}(?:the |our |my |its |their |all )?(?:[a-z-]+ ){0,4}?${VALUE}(?: [a-z-]+){0,5}? ${VERY}seriously|(?:take|takes|took) ${VERY}seriously (?:the |our |my |its |their )?(?:[a-z-]+ ){0,2}?${VALUE}`,
    },
    {
      // The usual standard set against the lapse: "as we normally provide a fast service", "we
      // usually get this right", "we do check every order", "this is not typical of us".
      pattern:
        "(?:as |since )?(?:we|I) (?:normally|usually|generally|always|typically|ordinarily)(?: try to| strive to| aim to| pride ourselves on)? (?:provide|deliver|offer|get (?:[a-z]+ ){0,3}?right|run|give|serve|ensure|maintain)|(?:we|I) do (?:check|test|review|monitor|audit|vet|screen|proofread|inspect)(?! not)|(?:this|that|it) (?:is|was)(?:n't| not) (?:typical|representative|characteristic) of (?:us|me|our|my|the service|the standard)",
      negatable: false,
    },
    {
      // A record of devotion told beside the act: "I have represented this club with pride for ten
      // years", "a song I have sung all my life with joy".
      pattern: `(?:I|we) have (?:always |proudly |faithfully )?${SERVED}(?: (?:and|or) [a-z]+)?(?: [a-z,\\x27\\u2019-]+){0,8}? with (?:great |such |immense |enormous |real |the utmost |nothing but )?(?:pride|joy|delight|distinction|honou?r|dedication|passion|devotion|commitment)|(?:all|most of) (?:my|our) (?:life|lives|career) with (?:joy|pride|honou?r|passion)`,
      negatable: false,
    },
    {
      // Character claimed, or the act declared beyond the writer: "I know I'm better than this",
      // "I could never even imagine saying that to you".
      pattern:
        "(?:I|we)(?:'m| am|'re| are) better than (?:this|that)(?! [a-z])|(?:could|would|can) never (?:even )?(?:fathom|imagine|conceive of|dream of|contemplate) (?:uttering|saying|doing|hurting|harming|treating|speaking|wishing|calling)",
      negatable: false,
    },
  ],
  minimizing: [
    {
      // The lapse as rare: "such errors are unusual", "mix-ups like this are very rare", "this
      // rarely happens".
      pattern:
        '(?:errors?|mistakes?|incidents?|lapses?|mix-ups?|problems?|issues?|failures?|complaints?|outages?|delays?|cases?) (?:like (?:this|these|that) |of this (?:kind|sort|nature) )?(?:are|is) (?:very |extremely |incredibly |really |thankfully |fortunately )?(?:rare|unusual|uncommon|infrequent|few and far between|a rarity)|(?:this|it|that|such a thing) (?:very )?(?:rarely|seldom|hardly ever) (?:happens|occurs|goes wrong)',
      negatable: false,
    },
    {
      // The way of the world: "well, that's cricket for you", "such is life", "that's life".
      pattern:
        "(?:that|this)(?:'s| is) (?:just )?(?:football|rugby|cricket|sport|life|showbiz|show business|politics|the game|racing|golf|tennis) for (?:you|ya)|(?:that|this)(?:'s| is) (?:just )?(?:life|football|rugby|cricket|sport|showbiz|politics)(?=[.!;]|$)|such is (?:life|football|sport|the game)",
      negatable: false,
    },
    {
      // The act told as only a failed attempt at something better, or a fault of its wording:
      // "my clumsy attempt at humour", "a poorly phrased post", "it was the only contact I had".
      pattern:
        '(?:flippant|clumsy|misguided|ill-judged|ill-conceived|awkward|botched|ham-fisted|cack-handed) attempt (?:at|to)|poorly (?:articulated|phrased|expressed|timed|judged|executed|chosen|put)|(?:it|that|this) was the only (?:interaction|contact|exchange|conversation|dealing|dealings|encounter) (?:I|we) (?:had|have)',
      negatable: false,
    },
  ],
  excuse: [
    {
      // The act as a reflex or a coincidence: "Instinctively, I grabbed it", "it was a pure
      // reflex", "it was by chance that I was there".
      pattern: `${REFLEX}(?<=(?:^|[.!?\\n])\\s*${REFLEX})(?=,| I | we )|(?:it|that|this) was (?:something |a thing )?(?:(?:so|purely|completely|totally|just|simply|a|an) ){0,2}(?:instinctive|reflexive|automatic|reflex|pure reflex|knee-jerk reaction|gut reaction|instinct)(?! [a-z]+ (?:I|we) (?:should|ought|could)n?)|(?:it was|was it) (?:by|pure|sheer|just|purely) (?:coincidence|chance)|by (?:sheer |pure )?coincidence`,
      message: 'Calling it a reflex or chance says you did not choose it, when what they need to hear is that you did.',
      suggestion: 'Tell it as your own act: "I grabbed your phone", not "instinctively, I grabbed it".',
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // An event nobody did: "the errors somehow slipped through", "you have been let down", "I'm
      // sorry for being in this situation", "we apologise for the past".
      pattern:
        "(?:has |have |had )?somehow(?<!(?:I|we|me|us|I had|I have|we had|we have|I'd|I've|we'd|we've) (?:has |have |had )?somehow) (?:got|gotten|slipped|crept|made (?:it|its way)|found (?:its|their) way|fell|went|ended up|happened)|(?:you|customers|fans|supporters|students|patients|passengers|people|everyone) (?:have |has )?(?:been|were|was|got) let down(?! by (?:me|us|my|our|the people|the [a-z]+ (?:I|we)))|(?:being|find (?:myself|ourselves)|found (?:myself|ourselves)|ended up|landed (?:myself|ourselves)) in (?:this|that|the|such a) (?:situation|predicament|mess)|the (?:situation|predicament|position|mess) (?:I|we)(?:'ve| have| had)? (?:ended up|found (?:myself|ourselves)|got (?:myself|ourselves)|landed (?:myself|ourselves)) in|(?:sorry|apologi[sz]e|apologies|regret)(?: [a-z]+){0,2}? for the past(?=[.,;!]|$| and)",
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // Their part, put politely: "it would have helped if you had rung us", or the hurt party asked
      // to behave: "we ask that customers remain calm", "please do not shout at our staff".
      pattern: `it would have been (?:nice|helpful|good|better|great|lovely|courteous|polite|kind|easier) (?:if|had) (?:you|he|she|they|the customer|the guest|${THEM}) (?:had|could have|would have|have)|(?:could|would|can|ask that|ask) (?:the |all |our )?${THEM} (?:please )?(?:remain calm|be patient|be respectful|be polite|be kind|be courteous|refrain|behave|calm down)|please (?:do not|don't|refrain from) (?:shout|shouting|be abusive|being abusive|abuse|abusing|swear|swearing|harass|threaten)`,
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // The fault moved to how it was explained or read: "I should have explained myself better",
      // "we could have explained the change more clearly".
      pattern:
        '(?:should|could) have (?:done (?:a )?better (?:job )?(?:at|of) explaining|explained (?:myself|ourselves|things|it|this|that|my point|our position|what I meant|what we meant) (?:better|more clearly))',
      negatable: false,
    },
  ],
  'rushing-closure': [
    {
      // An appeal that closes it: "life is too short to stay angry", "roll on Saturday", "let's not
      // let the past get in the way".
      pattern:
        "life(?:'s| is) (?:too|so) short|roll on (?:the |next |to )?(?:\\d[0-9a-z:.]*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|season|game|match|summer|christmas)|let(?:'s| us) not (?:let|allow) (?:this|it|that|emotions?|the past|what happened|anger|feelings|one [a-z]+)(?: [a-z]+){0,10}? (?:get in the way|define|spoil|ruin|overshadow|come between)",
      negatable: false,
    },
  ],
  conditional: [
    {
      // Words between "any" and the harm: "sorry to any Welsh fans I upset".
      pattern:
        'to any (?:[a-z-]+ ){1,4}?(?:who |that |whom )?(?:I|we) (?:may |might )?(?:have )?(?:upset|offended|hurt|insulted|let down|disappointed|wronged)',
    },
  ],
}
