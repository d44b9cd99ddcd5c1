import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Families read in the sixth blind batch's misses, after its first score was recorded: the
 * statements of MPs, banks and telecoms, and letters to a best friend. Each is written as a
 * structure over small word classes, with examples here in our own words: values asserted beside
 * the act ("we pride ourselves on service"), a motive denied in other words ("no ulterior motive"),
 * error as everyone's ("human beings who make mistakes"), the other person accused in the second
 * person ("you were so careless about it"), a cause named as a thing ("because of personal
 * problems"), and an event with no doer ("for operational reasons"). The seventh batch's misses, read
 * after its first score, added the second group of each category. Dialect: language-rules.ts; in a
 * character class write \x27 and \u2019.
 */

/** How much respect: "the greatest", "the highest possible". */
const HIGHEST =
  '(?:greatest|utmost|highest|highest possible|deepest|most|great|deep|huge|enormous|immense|tremendous|profound)'

export const LETTER_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'intent-defense': [
    {
      // Seventh batch: "anyone who knows me will confirm", "I never wanted it to be taken literally",
      // "it has never been my intent", "I did it for my party", "what I was trying to do was",
      // "I just meant", "I come from a background that", "I consider her my own daughter",
      // "I have been scrupulous in", "I will continue to devote myself to", "not a personal failing".
      pattern:
        "(?:anyone|anybody|those|people|everyone) who (?:knows?|know) (?:me|us)(?: (?:well|personally))? (?:will|would|can|could) (?:tell you|confirm|say|agree|attest|vouch)|(?:never|didn't|did not) (?:want|wanted|mean|meant|intend|intended) (?:these|my|the|those|them|it|this|that)(?: [a-z]+){0,2}? to be (?:taken|read|seen|understood|heard)|(?:has|have|had|would|will)(?: never| not)(?: ever)? be(?:en)? (?:my|our|the) (?:intention|intent|aim|goal|wish)|(?:I|we) did (?:it|this|that|so) (?:for|in) (?:the )?(?:interests?|good|sake|benefit) of|(?:I|we) did (?:it|this|that) for (?:my|our|the) (?:party|family|team|club|country|kids|children|people|fans|company|community)|what (?:I|we) (?:was|were) (?:attempting|trying|aiming|hoping|seeking) to (?:do|say|convey)|I (?:just|only|simply) meant(?: that| to)|(?:I|we) (?:come|have come|came) from a background|(?:I|we) (?:consider|regard|see|treat) (?:her|him|them|you) (?:as|like) (?:my|our|a) (?:own )?(?:daughter|son|sister|brother|family|friend|child|children)|(?:I|we) have (?:always )?been (?:scrupulous|meticulous|diligent|transparent) (?:in|about|with)|(?:continue to|always) (?:dedicate|devote|commit) (?:myself|ourselves)|(?:was|is)(?:n't| not) a personal (?:failing|failure)|(?:did not|didn't|never) (?:try|set out|seek|attempt) to (?:hurt|offend|upset|insult|point fingers|blame|mock|belittle)|(?:wasn't|was not) being (?:dismissive|disrespectful|insensitive|flippant|personal|malicious|nasty)",
      negatable: false,
    },
    {
      // Values and respect asserted beside the act: "I have the greatest respect for the court",
      // "we pride ourselves on service", "we place the highest priority on safety", "I take my duties
      // seriously", "I hold every faith in the highest regard".
      pattern: `(?:I|we) (?:have|hold|had|'ve)(?: always)?(?: had)? (?:nothing but )?(?:the )?${HIGHEST} (?:respect|regard|admiration|esteem)|(?:hold|held|holds|regard|regarded|treat|treated)(?: [a-z,]+){1,8}? (?:in|with) the ${HIGHEST} (?:respect|regard|esteem)|(?:we|I) pride (?:ourselves|myself) on|(?:place|put|give) (?:the )?(?:highest|greatest|utmost|top) (?:priority|importance|value) on|(?:I|we) take (?:my|our) (?:duties|responsibilities|role|obligations|job|work|commitments?)(?: [a-z]+){0,4}? (?:very )?seriously`,
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
      // Seventh batch: "briefly in attendance", "for approximately 15 minutes", "this is the way I speak".
      pattern:
        "(?:brief|briefly) (?:attendance|in attendance|appearance|visit|stop|moment)|(?:for|of) (?:approx(?:imately)?\\.?|only|just|barely|a mere) \\d|(?:this|that)(?:'s| is) (?:just |simply )?(?:the way|how) I (?:speak|talk|write|joke)",
    },
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
      // Seventh batch: "he could have emailed me privately", "others used his question as a
      // platform", "only to be ignored", "despite the extreme provocation", "none of you ever loved me".
      pattern:
        '(?:he|she|they|you) could have (?:just |simply |easily |privately )?(?:emailed|called|asked|told|come to|spoken to|talked to|messaged|rung|texted)|(?:used|using|uses) (?:this|it|my [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+) as a (?:platform|weapon|stick|excuse|springboard)|only to be (?:ignored|rejected|rebuffed|shut out|blocked|turned away)|(?:regardless of|despite|in spite of|notwithstanding|in the face of|under) (?:the|such|their|his|her|this|that) (?:extreme |severe |considerable |clear |obvious |serious |grave )?provocation|none of you (?:ever )?(?:loved|cared|listened|supported|helped)',
      negatable: false,
    },
    {
      // The other person accused in the second person: "you were so careless about it", "you both
      // ignored my feelings", "you could betray a friend like that", "when you are moody".
      pattern:
        "(?:you|u)(?<=(?:^|[.!?,;:\\u2014\\u2013(]|(?<![a-z])(?:and|but|because|when|that|so|cause|cos|if|since|while|as|then|honestly|tbh|just|even|how))[^\\S\\r\\n]*(?:you|u))(?: both| all| two)?(?: (?:just|basically|really|totally|completely|always))* (?:ignored|betrayed|deceived|used|abandoned|disrespected|humiliated) (?:my|me|a|his|her|our|everyone)|(?:you|u)(?<=(?:^|[.!?,;:\\u2014\\u2013(]|(?<![a-z])(?:and|but|because|when|that|so|cause|cos|if|since|while|as|then|honestly|tbh|just|even|how))[^\\S\\r\\n]*(?:you|u))(?: both| all)? (?:were|are|was|have been|'re)(?: (?:so|basically|really|just|being|totally|completely|always|such))* (?:careless|lying|selfish|cruel|moody|crabby|two-faced|fake|deceitful|manipulative|hypocritical|vindictive|spiteful)|(?:you|u) could (?:betray|lie to|do that to|turn on)",
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
      // Seventh batch: "trying to misconstrue my words", "has riled some fans", "where you felt like".
      pattern:
        '(?:misconstrue|misconstrued|misconstruing|distort|distorted|distorting|misrepresent|misrepresented|misrepresenting) (?:my|our) (?:words|comments|remarks|statement|position)|(?:riled|angered|irked|irritated) some(?: [a-z]+)?|where (?:you|u) felt like',
      negatable: false,
    },
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
      // Seventh batch: "it was led by anger", "whilst feeling very upset", "letting my grief override
      // my judgement", "the shock of finding out", "during the heat of", "my only defence is",
      // "I understood the event was within the rules", "we are a small and very new shop".
      pattern:
        "(?:led|driven|fuell?ed|motivated|prompted|clouded) by (?:anger|grief|frustration|emotions?|fear|pain|hurt|jealousy|rage|despair|exhaustion|stress)|(?:whilst|while) (?:I was )?feeling (?:very |so |really |extremely )?[a-z]+|(?:let|letting|allowed|allowing) (?:my )?(?:grief|anger|emotions?|pain|fear|hurt|jealousy|frustration|pride|ego) (?:override|cloud|get the better of|take over|dictate|control|rule|get in the way)|the (?:grief|pain|shock|stress|trauma|anger|hurt) (?:I was (?:experiencing|feeling|going through|under)|of (?:finding out|losing|learning|hearing))|during the heat of|my only (?:defen[cs]e|excuse|explanation) (?:is|was)|temporary insanity|momentary madness|(?:I|we) (?:understood|believed|thought|assumed) (?:that )?(?:the|it|this|that) (?:[a-z]+ )?(?:was|were) (?:within|allowed|permitted|compliant|in line with)|(?:we are|we're) (?:a|an) (?:small|new|young|tiny|little)(?: and (?:very )?(?:small|new|young))? (?:restaurant|business|company|team|shop|charity|start-?up|club|organi[sz]ation|family business)",
      negatable: false,
    },
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
      // Seventh batch: "yesterday's events", "the recent matter", "the turn of events", "there were
      // opportunities missed", "the systems failed", "could and should have been better".
      pattern:
        "(?:yesterday|last night|last week|the weekend|this week|friday|saturday|sunday)'s (?:events|incident|happenings)|the recent (?:matter|events|incident|situation|controversy)|(?:the|this) turn of events|(?:opportunities|chances|signs|warnings) (?:were )?missed|missed opportunities|(?:systems?|processes|procedures|communications?)(?: [a-z\\x27\\u2019]+){0,5}? (?:failed|fell short|broke down|could have been better|could have and should have been better)",
    },
    {
      // An event with no doer: "for operational reasons", "we suffered an outage", "the problems of
      // the week have caused disruption", "how bad things got between us", "I put myself in a situation".
      pattern:
        'for (?:logistical|operational|technical|unforeseen|unavoidable|security|safety|various) reasons|(?:we|I) suffered (?:a|an|some)(?: [a-z-]+){0,2} (?:outage|disruption|incident|failure|breach|setback|glitch)|(?:the|these|this|those) (?:[a-z]+ )?(?:problems?|issues?|difficulties|failures?|faults?)(?: of [a-z ]{1,30}?)? (?:have |has |had )?caused|caused by (?:the|these|this|those) (?:[a-z]+ )?(?:problems?|issues?|difficulties|failures?|faults?|glitch(?:es)?)|how (?:ugly|bad|heated|messy|nasty|toxic) (?:things|it) (?:got|became)|put (?:myself|ourselves) in (?:a|this|that|such a) (?:situation|position)',
    },
  ],
  conditional: [
    {
      // Seventh batch: "to anyone I offended", "the people who were offended by my remarks".
      pattern:
        'to (?:anyone|anybody|whoever) (?:I|we) (?:may have |might have )?(?:offended|hurt|upset|insulted|let down|disappointed|wronged)|who (?:were|felt|was|may have been|might have been|have been) (?:offended|insulted|upset|hurt) by (?:my|our|the|these|those)',
    },
    {
      // "for any shortfall", "for any distress": a harm made hypothetical by "any".
      pattern:
        '(?:for|about) any (?:[a-z]+ )?(?:shortfall|shortcomings?|distress|upset|embarrassment|anxiety|frustration|disappointment|trouble|damage|concern|worry|misunderstanding)',
    },
  ],
  'rushing-closure': [
    {
      // Seventh batch: "he has accepted my apology", told as the end of it.
      pattern: '(?:has|have|had) (?:already |now )?accepted (?:my|our) apolog(?:y|ies)',
    },
  ],
}
