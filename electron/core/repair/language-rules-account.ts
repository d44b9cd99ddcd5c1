import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * How the story around the act is told: the families the first three rounds still missed on words
 * they had not met. A day told as the reason ("by Friday I snapped"), a record of service set
 * against the act ("I have served this town for twenty years"), their words told as the trigger
 * ("after what was said to me"), a coined soft name ("a lapse in tone"), a machine as the only
 * actor ("a configuration change propagated"), and how others "took" the words. Each is a slot
 * structure over a small lexicon, never a sentence from a corpus. Dialect: language-rules.ts; in a
 * character class write \x27 and \u2019.
 */

/** Someone close whose trouble is told beside the apology. */
const KIN =
  '(?:dad|mum|mom|father|mother|wife|husband|son|daughter|brother|sister|grandmother|grandfather|gran|nan|grandma|grandpa|partner|best friend|boss|baby|child|kids?|family)'

/** What befell them, told as the backdrop. */
const TROUBLE =
  '(?:in (?:hospital|the hospital|intensive care|a bad way)|ill|sick|unwell|dying|diagnosed|admitted|rushed to|taken ill|in and out of)'

/** Positive standing: what a record of service is made of. */
const SERVICE =
  '(?:served|supported|represented|worked (?:for|with|in|hard for|tirelessly for)|championed|fought for|campaigned for|volunteered|stood up for|defended|cared for|looked after|provided|delivered|been (?:a |an )?(?:loyal|proud|committed|dedicated|faithful|strong|vocal|passionate|devoted|lifelong|tireless|staunch)(?: [a-z]+){0,2}?)'

/** How long, or how always: the span of the record. */
const SPAN =
  '(?:for (?:over |more than |almost |nearly |about |around |well over |the (?:past|last) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|many|several) (?:years|decades)|since (?:\\d{4}|I was (?:a |an )?[a-z]+)|all (?:my|our) (?:life|lives|career)|(?:throughout|my whole|my entire|our whole|our entire) (?:my |our )?(?:life|career|history|time)|over the (?:years|decades))'

export const ACCOUNT_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  excuse: [
    {
      // The day or the week told as the reason: "the week had been one thing after another",
      // "by Friday I snapped", "my dad had just been in hospital".
      pattern: `(?:day|week|month|year|night|morning|evening|shift|weekend)(?<=(?<![a-z])(?:the|that|this|my|a) (?:whole |entire |last |previous )?(?:day|week|month|year|night|morning|evening|shift|weekend)) (?:had been|was|has been)(?: (?:just|so|really|very|such))* (?:one thing after another|a nightmare|hell|awful|horrible|terrible|exhausting|stressful|chaotic|crazy|hectic|long|rough|hard|difficult|a mess|a blur|a disaster)(?! for (?:you|u|her|him|them))|one thing after another|by (?:friday|the end of (?:the|that) (?:day|week|night|shift)|that (?:point|stage|evening|night|time)|then),? (?:I|we) (?:had had enough|snapped|lost it|broke|exploded|lashed out|boiled over|was done|was at breaking point|could not|couldn[\\x27\\u2019]t)|${KIN}(?<=(?<![a-z])(?:my|our) ${KIN})(?: had)? (?:just |recently |only just )?(?:been|was|were|had been|got) ${TROUBLE}|I had (?:just |only just |recently )?(?:lost my (?:job|mum|mom|dad|father|mother|wife|husband|friend)|been (?:told|dumped|fired|diagnosed|laid off|let go|made redundant)|found out (?:that )?(?:my|I)|come (?:off|back from) (?:a|an|the) (?:[a-z]+ )?(?:shift|flight|trip|funeral))`,
      negatable: false,
    },
    {
      // Temperament as the reason: "I am a passionate person", "I cared too much".
      pattern:
        '(?:I|we)(?:[\\x27\\u2019]m| am| was|[\\x27\\u2019]re| are| were) (?:a |an )?(?:very |really |deeply |quite |naturally |extremely |incredibly )?(?:passionate|sensitive|emotional|fiery|competitive|direct|blunt|outspoken|private|shy|intense|hot-headed|protective|loyal|proud|straight-talking|plain-spoken|impulsive)(?: [a-z]+)? (?:person|people|man|woman|guy|girl|individual|character|player|leader|family|group|team|bunch|soul)|I(?:[\\x27\\u2019]m| am) passionate about|(?:I|we) (?:cared|care|loved|love) (?:too much|so much that|you too much|him too much|her too much|them too much)|(?:I|we) (?:was|were) (?:gripped|seized|blinded|overcome|overtaken|carried) by(?! (?:my|our)(?![a-z]))',
      negatable: false,
    },
    {
      // Their words told as what set it off: "I responded to remarks I felt were slighting",
      // "under the strain of what I perceived to be …".
      pattern:
        '(?:responded|reacted|replied|retaliated|hit back|lashed out)(?<=(?<![a-z])(?:I|we) (?:only |just |simply )?(?:responded|reacted|replied|retaliated|hit back|lashed out))(?: [a-z,]+){0,4}? (?:to|at|after) (?:remarks|comments|what|a (?:comment|remark|post|message|provocation)|his|her|their|your|those|the (?:comments|remarks|provocation|abuse|attacks?|insults?|taunts?))|(?:under|with) the (?:strain|pressure|weight|stress) of|in (?:response|reaction|retaliation) to (?:remarks|comments|what|his|her|their|your|a (?:comment|remark|provocation)|the (?:comments|remarks|provocation|abuse|attacks?|insults?|taunts?))',
      // "You were living under the weight of your worries": their burden, not the writer's reason.
      unlessBefore: /(?<![A-Za-z])(?:you|he|she|they) (?:were|was|are|is|had been|have been)(?: [a-z]+){0,3} *$/i,
      negatable: false,
    },
  ],
  'intent-defense': [
    {
      // A record of service set against the act: "I have served this town for twenty years",
      // "throughout our history we have provided", "this council has a good reputation for".
      pattern: `(?:I|we)(?:[\\x27\\u2019]ve| have)(?: (?:always|proudly|faithfully|loyally|tirelessly|consistently|long|also))* ${SERVICE}(?: [a-z0-9,\\x27\\u2019-]+){0,8}? ${SPAN}|(?:throughout|over|in) (?:our|my|its|the club[\\x27\\u2019]s|the company[\\x27\\u2019]s) (?:\\d+-year |long |proud |whole |entire )?(?:history|career|existence|time in office)(?: [a-z,]+){0,3}?,? (?:I|we|it|this [a-z]+|our [a-z]+) (?:have|has|had)(?: always)? (?:provided|served|delivered|maintained|kept|worked|supported|been|stood)|(?:has|have|enjoys?|enjoyed|earned|built) (?:a |an )?(?:good|great|strong|proud|long|excellent|outstanding|enviable|impeccable|unblemished|spotless|solid) (?:reputation|record|track record|history|tradition) (?:for|of|in)|(?:I|we)(?:[\\x27\\u2019]ve| have) always been (?:a |an )?(?:loyal|good|faithful|devoted|supportive|decent|kind|caring|proud|strong|vocal|committed|dedicated) (?:friend|supporter|advocate|ally|servant|champion|member|defender)s?|(?:I|we) have always had (?:nothing but )?(?:the )?(?:greatest|utmost|highest|deepest|most|great|deep|huge) (?:respect|regard|admiration|love)`,
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // Their part told as the trigger, without naming it: "after what had been said to me",
      // "in light of what she did".
      pattern:
        '(?:after|given|considering|in light of|in view of) (?:what|everything|all (?:that|the things))(?: (?:he|she|they|you|had been|was|has been|were|people|others))? (?:had |have |has )?(?:said|done|did|wrote|written|posted|put (?:me|us) through)(?: (?:to|about) (?:me|us|my|our))?|(?:see|look) (?:through|past) the (?:politics|spin|noise|hype|agenda)',
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // Others as the ones who read it wrong: "some took it as an attack", "how it landed with some".
      pattern:
        '(?:took|read|saw|heard|understood|interpreted|perceived|viewed|received|treated|construed)(?<=(?<![a-z])(?:some|many|others|people|a few|readers|viewers|fans|listeners|some people|several people|a number of people|certain people|a minority) (?:have |had |may have |might have )?(?:took|taken|read|saw|seen|heard|understood|interpreted|perceived|viewed|received|treated|construed)) (?:it|this|that|my [a-z]+|our [a-z]+|the [a-z]+|them) (?:as|to be|to mean|the wrong way|wrongly|badly|personally)|(?:landed|was received|went down)(?<=(?<![a-z])(?:how|the way) (?:it|this|that|my [a-z]+|our [a-z]+|the [a-z]+) (?:landed|was received|went down))',
      negatable: false,
    },
  ],
  minimizing: [
    {
      // A coined soft name: "a lapse in tone", "an error of judgement" (not "a serious lapse in judgement"), "a poorly worded post",
      // "in a somewhat inflammatory manner" ("a bit harsh" is a hedge: HEDGING), "humans are not perfect".
      pattern:
        '(?:lapse|failure|error|breakdown|misjudg(?:e)?ment)(?<=(?<![a-z])(?:a|an|the|my|our|this|that)(?: (?!(?:critical|serious|grave|major|huge|terrible|massive|catastrophic|inexcusable|unforgivable|significant|big|appalling|shocking|colossal|fundamental|gross|complete|total|real)(?![a-z]))[a-z-]+)? (?:lapse|failure|error|breakdown|misjudg(?:e)?ment)) (?:in|of) (?:tone|judg(?:e)?ment|taste|concentration|focus|attention|decorum|etiquette|wording|phrasing|communication|professionalism|manners)|(?:poorly|badly|clumsily|awkwardly|carelessly|hastily|inelegantly|inartfully|loosely|lazily) (?:worded|phrased|expressed|chosen|written|timed|executed|constructed|made|put|framed)|(?:somewhat|slightly|rather|mildly|a (?:little|bit|tad)(?: too)?) (?:inflammatory|inappropriate|offensive|clumsy|heated|intemperate|injudicious|crude|colou?rful|robust|cheeky|provocative|undiplomatic|ill-judged|ill-advised|unfortunate|unhelpful)(?![a-z])|(?:humans|people|we|everyone|everybody|we all|none of us|nobody|I)(?: [a-z]+)?(?:[\\x27\\u2019]re|[\\x27\\u2019]m| are| is| am)(?:n[\\x27\\u2019]t| not) (?:perfect|infallible|saints?|robots?|machines|angels?)|(?:nobody|no one|none of us)(?:[\\x27\\u2019]s| is| are) (?:infallible|a saint|saints|a robot|robots|an angel|angels)',
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // A machine as the only actor: "a configuration change propagated", "the cause was an internal
      // DNS error", "an image presented on the screen".
      pattern:
        '(?:propagated|cascaded|spread|rolled out|went out|took down|brought down|knocked out|knocked over|affected|impacted|disrupted|prevented|overloaded|corrupted|presented|appeared|popped up|displayed)(?<=(?<![a-z])(?:an?|the)(?: [a-z-]+){0,3} (?:change|update|bug|error|issue|fault|failure|glitch|script|process|configuration|misconfiguration|deployment|patch|setting|image|video|message|file|job|alert|link|email) (?:propagated|cascaded|spread|rolled out|went out|took down|brought down|knocked out|knocked over|affected|impacted|disrupted|prevented|overloaded|corrupted|presented|appeared|popped up|displayed))|(?:cause|source|origin|trigger)(?<=(?<![a-z])(?:the|its) (?:cause|source|origin|trigger))(?: of [a-z\\x20]{1,30}?)? (?:was|is|has been|turned out to be) (?:an?|the) (?:[a-z-]+ ){0,2}(?:error|issue|bug|fault|failure|problem|glitch|misconfiguration|defect|outage|mistake|oversight|incident)',
      negatable: false,
    },
  ],
}
