import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Families read in the sixth blind batch's misses, after its first score was recorded: the
 * statements of MPs, banks and telecoms, and letters to a best friend. Each is written as a
 * structure over small word classes, with examples here in our own words: values asserted beside
 * the act ("we pride ourselves on service"), a motive denied in other words ("no ulterior motive"),
 * error as everyone's ("human beings who make mistakes"), the other person accused in the second
 * person ("you were so careless about it"), a cause named as a thing ("because of personal
 * problems"), and an event with no doer ("for operational reasons"). Dialect: language-rules.ts;
 * in a character class write \x27 and \u2019.
 */

/** How much respect: "the greatest", "the highest possible". */
const HIGHEST =
  '(?:greatest|utmost|highest|highest possible|deepest|most|great|deep|huge|enormous|immense|tremendous|profound)'

export const LETTER_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'intent-defense': [
    {
      // Values and respect asserted beside the act: "I have the greatest respect for the court",
      // "we pride ourselves on service", "we place the highest priority on safety", "I take my duties
      // seriously", "I hold every faith in the highest regard".
      pattern: `(?:I|we) (?:have|hold|had|'ve)(?: always)?(?: had)? (?:nothing but )?(?:the )?${HIGHEST} (?:respect|regard|admiration|esteem)|(?:in|with) the ${HIGHEST} (?:respect|regard|esteem)|(?:we|I) pride (?:ourselves|myself) on|(?:place|put|give) (?:the )?(?:highest|greatest|utmost|top) (?:priority|importance|value) on|(?:I|we) take (?:my|our) (?:duties|responsibilities|role|obligations|job|work|commitments?)(?: [a-z]+){0,4}? (?:very )?seriously`,
      negatable: false,
    },
    {
      // A motive denied in other words: "there was no intention of wrongdoing", "I had no ulterior
      // motive", "I had every intention of telling you", "a genuine attempt to help", "I only ever
      // wanted to …", "I couldn't bear to see her hurt", "I would never make light of it".
      pattern:
        "no (?:[a-z]+ )?(?:intention|intent|motive|design) (?:of|to) (?:wrongdoing|harm|hurt|hurting|offend|offending|cause|causing|upset|upsetting|mislead|misleading|deceive|deceiving|disrespect|insult|belittle|embarrass|do wrong|doing wrong|do harm|doing harm|doing anything wrong)|no (?:[a-z]+ )?(?:intention|intent|motive) behind|no (?:ulterior|hidden|improper|personal|sinister|malicious|bad|ill) (?:motives?|intentions?|intent|agenda|purpose)|(?:had|have) every intention of|(?:a|an) (?:genuine|honest|sincere|well-meant|well-meaning|earnest) (?:attempt|effort)|(?:I|we) (?:only|just|simply) ever (?:wanted|meant|tried|hoped|intended)|(?:I|we) (?:didn't|did not|couldn't|could not) (?:want|bear|stand) to see (?:him|her|them|you|anyone) (?:hurt|suffer|upset|struggle)|(?:would|could) (?:never|not)(?: (?:intentionally|knowingly|deliberately|ever))*(?: have)? (?:wanted to|want to|set out to|make light of|mock|disrespect)|reason (?:I|we) [a-z]+(?: [a-z]+){0,4}? was (?:not|never) to",
      negatable: false,
    },
  ],
  minimizing: [
    {
      // Error as everyone's, or as no error: "we are, after all, only human beings who make mistakes",
      // "we all grow up and learn from our mistakes", "I don't think I did anything wrong", "that's
      // all I did", "I did you a favour", "the outage was short in duration".
      pattern:
        "human beings? (?:who|that) (?:do |all )?make mistakes|we all (?:grow|learn|make mistakes|get things wrong|slip up)|(?:don't|do not|didn't|did not) (?:think|believe|feel) (?:that )?(?:I|we) (?:have |had )?(?:done|did) (?:anything|something) wrong|(?:that's|that is|thats) all (?:I|we) (?:did|said|meant)|did (?:you|u) a favou?r|(?:short|brief|limited) in (?:duration|scope)|short-lived|(?:were|was) (?:rather|a bit|slightly|somewhat) (?:silly|daft)",
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // The other person accused in the second person: "you were so careless about it", "you both
      // ignored my feelings", "you could betray a friend like that", "when you are moody".
      pattern:
        "(?:you|u)(?: both| all| two)?(?: (?:just|basically|really|totally|completely|always))* (?:ignored|betrayed|deceived|used|abandoned|disrespected|humiliated) (?:my|me|a|his|her|our|everyone)|(?:you|u)(?: both| all)? (?:were|are|was|have been|'re)(?: (?:so|basically|really|just|being|totally|completely|always|such))* (?:careless|lying|selfish|cruel|moody|crabby|two-faced|fake|deceitful|manipulative|hypocritical|vindictive|spiteful)|(?:you|u) could (?:betray|lie to|do that to|turn on)",
      negatable: false,
    },
    {
      // Others' acts against the writer, or their failings, set in the apology: "proceedings were
      // brought against me by the club", "the attacks on me", "we apologise for their negligence".
      pattern:
        '(?:taken out|brought|made|filed|launched|levell?ed|directed) against (?:me|us)(?: by)?|(?:the|these|continued|constant|relentless|ongoing) attacks on (?:me|us|my|our|the office)|(?:for|by) (?:their|his|her) (?:incompetence|negligence|carelessness|failings)',
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // Their reading of it, as the thing regretted: "a remark taken out of context by a reader", "I
      // was appalled that anyone would think …".
      pattern:
        'taken out of context|(?:appalled|shocked|saddened|dismayed|astonished|disappointed) (?:that|by how) (?:someone|anyone|people|some|others|anybody) (?:would|could|might) (?:think|believe|suggest|assume|imply)',
      negatable: false,
    },
  ],
  excuse: [
    {
      // A cause named as a thing: "which is a result of cable damage", "because of personal and
      // family problems", "hampered by the fact that", "had I known", "in the face of thousands of
      // messages", "I did not feel loved back then".
      pattern:
        "(?:is|was|are|were) (?:as |a |the )?(?:a )?(?:direct )?result of(?! (?:my|our|me|us|what (?:I|we))(?![a-z]))|(?:personal|family|health|medical|financial|domestic)(?: and (?:personal|family|health|medical))? (?:problems|issues|reasons|matters|circumstances|difficulties|pressures)|(?:hammered|hampered|compounded|complicated|exacerbated|worsened|hindered) by (?:the fact that|a|an|the|two|several|multiple)|had I (?:been|known|had|realised|realized|understood)|in the face of (?:so many|many|thousands|hundreds|intense|enormous|huge|overwhelming)|I (?:didn't|did not) feel (?:loved|seen|appreciated|valued|heard|wanted|supported|respected|listened to|cared for|important)",
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // An event with no doer: "for operational reasons", "we suffered an outage", "the problems of
      // the week have caused disruption", "how bad things got between us", "I put myself in a situation".
      pattern:
        'for (?:logistical|operational|technical|unforeseen|unavoidable|security|safety|various) reasons|(?:we|I) suffered (?:a|an|some)(?: [a-z-]+){0,2} (?:outage|disruption|incident|failure|breach|setback|glitch)|(?:the|these|this|those) (?:[a-z]+ )?(?:problems?|issues?|difficulties|failures?|faults?)(?: of [a-z ]{1,30}?)? (?:have |has |had )?caused|caused by (?:the|these|this|those) (?:[a-z]+ )?(?:problems?|issues?|difficulties|failures?|faults?|glitch(?:es)?)|how (?:ugly|bad|heated|messy|nasty|toxic) (?:things|it) (?:got|became)|put (?:myself|ourselves) in (?:a|this|that|such a) (?:situation|position)',
    },
  ],
  conditional: [
    {
      // "for any shortfall", "for any distress": a harm made hypothetical by "any".
      pattern:
        '(?:for|about) any (?:[a-z]+ )?(?:shortfall|shortcomings?|distress|upset|embarrassment|anxiety|frustration|disappointment|trouble|damage|concern|worry|misunderstanding)',
    },
  ],
}
