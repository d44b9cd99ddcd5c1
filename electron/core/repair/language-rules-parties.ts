import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Who else is brought into the apology, and on which side: a third party named as the one who did
 * it (a partner company, a staff member, "he started it"), the person hurt described by what they
 * did, and the writer's own standing set against the act (a record of good causes, a family, a
 * faith, "those who know me"). Each rule is a slot structure over a small lexicon of roles, never a
 * sentence from a corpus. Dialect: language-rules.ts; in a character class write \x27 and \u2019.
 */

/** People and organisations an apology can hand the act to, by their role. */
const ROLE =
  '(?:partners?|contractors?|subcontractors?|suppliers?|vendors?|providers?|agency|agencies|firms?|printers?|operators?|third[\\x20-]part(?:y|ies)|staff(?: members?)?|employees?|workers?|colleagues?|managers?|interns?|volunteers?|drivers?|compan(?:y|ies)|developers?|designers?|team members?|agents?|franchisees?|host(?:ing company)?|airlines?|system|software|computer system|[a-z]+ company)'

/** A passive verb of doing, before "by": the act done, run or failed by someone. */
const DONE =
  '(?:done|made|caused|handled|managed|run|sent|posted|written|issued|printed|operated|let down|failed|misled|misinformed|supplied|provided|installed|produced|created|designed|published|organi[sz]ed|booked|arranged|prepared|collected|carried out|decided|approved|chosen)'

/** What a person hurt might have done, told as the cause: "every time you tried to fight me". */
const THEIR_PROVOCATION =
  '(?:tried to (?:fight|argue|start|provoke|pick)|fight|fought|argue|argued|push|pushed|nag|nagged|yell|yelled|shout|shouted|critici[sz]e[sd]?|accuse[sd]?|attack(?:ed)?|provoke[sd]?|insult(?:ed)?|lash(?:ed)? out|pick(?:ed)? a fight|came at me|come at me|started (?:a fight|an argument|yelling|shouting|on me))'

export const PARTY_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'blame-other': [
    {
      // "This is done by our private partner", "the school has been let down by the coach company".
      pattern: `${DONE} by (?:the|our|a|an|its|their|one of (?:our|the|its|their))(?: [a-z-]+){0,2}? ${ROLE}`,
      negatable: false,
    },
    {
      // "He's the one that came onto me", "she started it", "they came at me first".
      pattern:
        '(?:he|she|they)(?:[\\x27\\u2019]s| is| was| were| are|[\\x27\\u2019]re) the ones? (?:who|that)|(?:he|she|they) (?:started|began|instigated|initiated) (?:it|this|that|the [a-z]+|things|everything|all)|(?:he|she|they) (?:came|come|comes) (?:on to|onto|at) me',
      negatable: false,
    },
    {
      // The account disputed: "I did not say the words attributed to me".
      pattern:
        '(?:words|remarks|comments|quotes?|statements?|language) (?:attributed|ascribed) to (?:me|us|him|her)|(?:I|we) (?:did not|didn[\\x27\\u2019]t|never) (?:say|use|write|make) (?:the|those|these|any such) (?:words|remarks|comments|things)',
      negatable: false,
    },
    {
      // Someone else's words judged against the rules: "X's comments are in direct violation of …".
      pattern:
        '(?:comments|actions|conduct|behaviou?r|remarks|words|posts?|tweets?|language)(?<=(?:[a-z][\\x27\\u2019]s|(?<![a-z])(?:his|her|their|these|those)) (?:comments|actions|conduct|behaviou?r|remarks|words|posts?|tweets?|language))(?: [a-z]+){0,6}? (?:are|were|was|is|have been) (?:in (?:direct |clear |complete |flagrant |total )?(?:violation|breach) of|contrary to|inconsistent with|not in line with|against (?:our|the|company|everything))',
      negatable: false,
    },
    {
      // Their part told as the trigger: "you convinced yourself", "every time you tried to fight me".
      pattern: `you (?:convinced|talked|told) yourself|(?:when|whenever|every time|each time|the moment) you (?:kept |started |would )?${THEIR_PROVOCATION}`,
      negatable: false,
    },
    {
      // Blame shared out, or handed to a few, to staff, to the press: "we were both in the wrong",
      // "one of my ushers was speaking too loud", "a very few individuals", "the impression given in the article".
      pattern:
        '(?:we|us) (?:were|are) both (?:in the wrong|to blame|at fault|wrong|responsible)|both (?:of us )?(?:probably |really |equally )?(?:share|shared|bear|have) (?:some of )?(?:the )?(?:blame|responsibility|fault)|(?:one of )?(?:my|our) (?:ushers?|staff|employees?|team members?|volunteers?|assistants?|managers?|leaders?|officers?|guards?|workers?|interns?|agents?|drivers?|security|moderators?|social media team|pr team|contractors?|producers?|editors?)(?: [a-z]+)? (?:was|were|had|did|made|told|said|got|spoke|acted|decided|failed|posted|sent|wrote)|(?:a (?:very )?few|a (?:small|tiny) minority of|a handful of) (?:individuals|people|students|fans|members|employees|staff|bad apples)|(?:a few|some) bad apples|rogue (?:employees?|staff|individuals?|officers?|members?)|(?:you|they|people|he|she)(?: (?:would|will|might|could))? take (?:it|this|that|things)(?: (?:so|too))? (?:personally|seriously|the wrong way|badly)|(?:after|when|once|because) (?:the|they|he|she|journalists?|reporters?|critics|fans|people|trolls|the media)(?: [a-z]+)? (?:replied|responded|attacked|started|provoked|came at|criticised|criticized|mocked|insulted|heckled|baited)|impression (?:given|created|left) (?:in|by) (?:the|an|a|this) (?:article|story|report|piece|media|press|headline)|(?:misreported|misquoted|misrepresented) (?:by|in) (?:the|an|a)|(?:have|has|had) been (?:doctored|fabricated|manipulated|altered|faked|photoshopped)',
      negatable: false,
    },
    {
      // Their behaviour, or others', set beside the apology: "you were rambunctious at times", "your mother on
      // the other hand", "we are surprised by the comments", "someone who doesn't know me".
      pattern:
        '(?:rambunctious|difficult|out of hand|rude|impossible|aggressive|stubborn|unreasonable|a handful|hard to (?:handle|deal with|live with)|disrespectful|nasty|demanding)(?<=(?<![a-z])you (?:were|got|had been|could be|can be)(?: (?:so|very|really|a bit|at times|sometimes))* (?:rambunctious|difficult|out of hand|rude|impossible|aggressive|stubborn|unreasonable|a handful|hard to (?:handle|deal with|live with)|disrespectful|nasty|demanding))|on the other hand(?<=(?<![a-z])(?:your|my|his|her) (?:mother|father|mum|mom|dad|sister|brother|friends?|boss|ex|wife|husband|partner) on the other hand)|(?:surprised|shocked|puzzled|disappointed) (?:by|at) (?:the|your|these|those) (?:comments|complaints|review|reviews|claims|allegations|reaction|accusations)|(?:doesn[\\x27\\u2019]t|does not|don[\\x27\\u2019]t|do not) know me(?: (?:personally|at all|well))?|(?:understand|see|realize|realise)(?<=(?<![a-z])you (?:would|will|[\\x27\\u2019]d) (?:understand|see|realize|realise)) (?:how much|that I|why I)',
      negatable: false,
    },
    {
      // Others told what they should do: "social media handlers should practise with decorum".
      pattern:
        '(?:they|he|she|people|critics|fans|customers|guests|parents|users|the media|social media(?: [a-z]+)?|(?:social media |media |online )?(?:handlers|users|critics|commentators|trolls)) should (?:have )?(?!(?:be|been|not|never|know|feel|get|expect|receive|have|always|rightly|all|contact|call|ring|phone|email|reach|write|visit|check|see|find|hear|now|already|soon)(?![a-z]))[a-z]+',
      negatable: false,
      // "balances did not update as they should have" compares; it tells no one what to do.
      unlessBefore: /(?:^|\s)as\s*$/i,
    },
  ],
  'intent-defense': [
    {
      // Character in place of the act: "I'm not that kind of person", "not who our family at X is".
      pattern:
        'not (?:that|the|this) (?:kind|sort|type) of (?:person|man|woman|guy|girl|people|company|organi[sz]ation|business|team|club|school|council|brand|friend|partner|husband|wife|leader)|not (?:who|what) (?:I|we|our|my)(?: [a-z]+){0,4}? (?:am|are|is|stands? for|do|does)(?![a-z])|not (?:the way|how) (?:in which )?(?:we|I|our [a-z]+|the [a-z]+) (?:conducts?|operates?|do|does|runs?|behaves?|works?|treats?)|not (?:standard|normal|usual|common|accepted|our) (?:practice|procedure|policy|behaviou?r)|(?:not|n[\\x27\\u2019]t)(?: [a-z\\x27\\u2019]+){0,6}? (?:tolerated|condoned)|(?:not|n[\\x27\\u2019]t|never)(?: [a-z]+){0,2}? (?:representative|reflective|indicative|typical|characteristic) of(?! (?:you|u)(?![a-z]))',
      negatable: false,
    },
    {
      // A character witness: "those who know me closely know that …".
      pattern:
        'knows? me(?<=(?<![a-z])(?:those|people|anyone|anybody|everyone|everybody|friends)(?: [a-z]+){0,2} (?:who|that) (?:really )?knows? me)(?: [a-z]+)? (?:know|knows|will tell|can tell|would tell|understand|understands)',
      negatable: false,
    },
    {
      // A record of good causes: "I have at all times acted in good faith", "often, I personally call for …".
      pattern:
        '(?:(?:I|we)(?:[\\x27\\u2019]ve| have)?(?: (?:always|at all times|consistently|long|often|personally|repeatedly|regularly|constantly|continually|tirelessly))+|(?:always|often|at all times|consistently|repeatedly|regularly),? (?:I|we)(?: personally)?) (?:call(?:ed)? for|campaign(?:ed)?|champion(?:ed)?|fight|fought|stand up|stood up|stand for|stood for|advocate[sd]?|support(?:ed)?|promote[sd]?|pray(?:ed)?|acted|worked to|spoken out|speak out|spoke out|condemn(?:ed)?)|(?:acted|act|acting|done|did|doing) in good faith',
      negatable: false,
    },
    {
      // A duty or a value taken seriously, offered as standing: "we take such matters very seriously",
      // "I take seriously my duty to them". Its own rule so that "I did not take it seriously" is not.
      pattern:
        '(?:take|takes) (?:very |extremely |incredibly |really )?seriously (?:my|our|the) (?:responsibilit|duty|obligation|commitment|role)[a-z]*|(?:take|takes) (?:my|our|the) (?:responsibilit[a-z]+|duty|obligations?|commitment|privacy|safety|security)(?: [a-z]+){0,4}? (?:very |extremely |incredibly )?seriously|(?:take|takes) (?:[a-z]+ ){0,2}(?:matters|safety|privacy|security|concerns|issues|complaints|allegations) (?:very |extremely |incredibly |really )?seriously',
    },
    {
      // Standing offered instead: a faith, a family.
      pattern:
        '(?:as|since|because) (?:I am|I[\\x27\\u2019]m|we are|we[\\x27\\u2019]re) (?:a|an) (?:devout|proud|loving|committed|loyal|practising|practicing|faithful|dedicated|caring|decent|god-fearing)|I have a (?:wife|husband) and(?: [a-z]+){0,2}? (?:daughters?|sons?|children|kids|girls|boys)|(?:father|mother|parent|husband|wife|grandfather|grandmother) (?:of|to) (?:\\d+|two|three|four|five|six|a|an|my)(?: [a-z]+)? (?:daughters?|sons?|girls?|boys?|children|kids)',
      negatable: false,
    },
    {
      // What the words were for, told instead of what they did: "the point was made in regards to …".
      pattern:
        '(?:the|my|our|that|this|his|her) (?:point|comment|remark|post|joke|tweet|reference|statement|message|video|photo|image|ad|advert|advertisement|campaign|sign|cartoon|quote|question)(?: [#0-9a-z]+)? (?:was|were|is) (?:made|meant|aimed|directed|intended|written|designed|posted|shared) (?:in regards? to|with regard to|about|at|in reference to|as an? (?:reference|comment|nod|tribute)|to (?:highlight|show|make|raise|draw|celebrate|poke|mock|satiri[sz]e|criticise|criticize))|(?:my|our|his|her|their) (?:own )?(?:[a-z]+ )?way of (?:showing|saying|expressing|telling|trying|protecting|getting)',
      negatable: false,
    },
    {
      // "I would never say something like that … and mean it", "I will not intentionally denigrate her".
      pattern:
        'would never (?:knowingly|intentionally|deliberately|purposely|consciously|try to|want to|mean to|say (?:something|anything|such|that|those|these))|would never (?:hurt|harm|disrespect|offend|denigrate|insult|demean|belittle|humiliate|embarrass) (?:anyone|anybody|you|her|him|them|a|any|my|our|women|people)(?! [a-z\\x20]*again)|(?:I|we|it|he|she|they)(?: (?:will|would|could|can|did|do|does|have|had|am|was|were))?(?: never| not|n[\\x27\\u2019]t|[\\x27\\u2019](?:d|ll|ve) never| won[\\x27\\u2019]t)(?: [a-z]+){0,3}? (?:intentionally|deliberately|knowingly|purposely|purposefully|consciously|maliciously|wil(?:l)?fully)',
      negatable: false,
    },
    {
      // Harm disclaimed outright, or the reason told as a belief: "I meant no harm", "a genuine mistake",
      // "because I thought I was bothering you", "I did my best to …".
      pattern:
        '(?:meant|mean|means|intended|intend) no (?:harm|offen[cs]e|disrespect|ill|malice|hurt)|(?:did not|didn[\\x27\\u2019]t|never|do not|don[\\x27\\u2019]t|does not|doesn[\\x27\\u2019]t) (?:have|had) (?:any|the|an?) (?:intention|intent|desire|wish|plan|aim|malice)|(?:with|had|have|has) any (?:intent|intention) (?:to|of)|(?:an?|the|this) (?:genuine|honest|innocent|inadvertent) (?:mistake|error|oversight|slip)|unintended|(?:wasn[\\x27\\u2019]t|was not|weren[\\x27\\u2019]t|were not|am not|I[\\x27\\u2019]m not|never) out to|(?:because|since|as) I (?:thought|believed|assumed|figured|felt like|didn[\\x27\\u2019]t want|did not want)(?! (?:I|I[\\x27\\u2019]d|I would) (?:could get away|wouldn[\\x27\\u2019]t get caught|was better|deserved|knew better))|I (?:just |honestly |really |actually )?thought I (?:needed to|had to|should|was (?:helping|protecting|being|doing))|(?:I|we) (?:did|tried|have done|have tried|[\\x27\\u2019]ve done|[\\x27\\u2019]ve tried) (?:my|our) (?:very )?(?:best|utmost|hardest)',
      negatable: false,
    },
    {
      // Character, record and purpose in other words: "it's not a reflection of our group", "I am not the
      // man I am being portrayed as", "judged on my record", "done without any kind of malice".
      pattern:
        '(?:reflection|representation|indication) of(?<=(?<![a-z])(?:not|isn[\\x27\\u2019]t|wasn[\\x27\\u2019]t|never) (?:a |an )?(?:reflection|representation|indication) of)(?! (?:you|u)(?![a-z]))|(?:man|person|woman|guy|monster|villain)(?<=(?<![a-z])I(?:[\\x27\\u2019]m| am) not (?:this|that|the) (?:man|person|woman|guy|monster|villain))|(?:being|been) (?:portrayed|painted|depicted|made out) (?:as|to be)|faith in (?:our|the)(?<=(?<![a-z])(?:I|we) (?:have|had|[\\x27\\u2019]ve)(?: (?:always|never))?(?: had)? (?:complete |full |total |great |every )?faith in (?:our|the))|in my life(?<=(?<![a-z])I(?:[\\x27\\u2019]ve| have)(?: got)? (?:a lot of|many|so many|plenty of) (?:important |strong |amazing )?(?:women|friends|people) in my life)|(?:misbehaved|touched|harassed|hit|been violent|done anything like)(?<=(?<![a-z])I(?:[\\x27\\u2019]ve| have) never (?:misbehaved|touched|harassed|hit|been violent|done anything like))|(?:judged|remembered|known) (?:on|by|for) (?:my|our) (?:record|work|actions|history|career|values)|(?:malice|ill will|bad intent|malicious intent)(?<=(?<![a-z])(?:done|said|made|written|posted)(?: [a-z]+)? (?:without|with no) (?:any (?:kind of )?)?(?:malice|ill will|bad intent|malicious intent))|(?:more grace|better|bigger)(?<=(?<![a-z])(?:I|we)(?: know I)? (?:have|am|are|[\\x27\\u2019]m) (?:more grace|better|bigger))(?: in (?:me|us))? than (?:that|this)|(?:extensively|rigorously|thoroughly|carefully|regularly|constantly)(?<=(?<![a-z])(?:we|I) (?:test|check|inspect|monitor|review|vet|train)(?: [a-z]+)? (?:extensively|rigorously|thoroughly|carefully|regularly|constantly))|for (?:the better of you|your (?:own )?(?:good|benefit))|(?:racial|racist|offensive|hurtful|a problem|an issue|wrong|inappropriate)(?<=(?<![a-z])I (?:didn[\\x27\\u2019]t|did not) think (?:it|this|that) (?:was|would be) (?:racial|racist|offensive|hurtful|a problem|an issue|wrong|inappropriate))|meant for(?<=(?<![a-z])(?:was|is|were) meant for) (?:our|my|your|their|his|her) (?:eyes|ears|friends|group|own)|private(?<=(?<![a-z])(?:was|were) (?:only |just )?(?:meant|intended) (?:to be )?private)|vouch for my (?:intention|intent|character|heart)',
      negatable: false,
    },
    {
      // What it was for, what was meant, what the writer stands for: "the intent was twofold",
      // "with good intent", "it was meant as a way to", "I was simply stating", "our values are clear".
      pattern:
        '(?:intent(?:ion)?s?|aim|goal|purpose|motivation|idea)(?<=(?<![a-z])(?:the|my|our|his|her|their|one|another|the other|the main|the only)(?: (?:true|real|sole|whole|original|honest|entire))? (?:intent(?:ion)?s?|aim|goal|purpose|motivation|idea))(?: (?:behind|of|with) [a-z\\x20]{1,30}?)? (?:was|were|is|had been)(?![a-z])|with (?:good|the best|honest|pure|kind|positive|the right) (?:intent|intentions?|motives?)|which (?:was|is) (?:my|our) (?:intent|intention|aim|goal|purpose)|(?:that[\\x27\\u2019]s|that is|this is|which is) (?:all |exactly |just )?what I meant|(?:about|aimed at|directed (?:at|towards?)|meant for|targeted at|a reference to)(?<=(?<![a-z])(?:it|that|this|they|these|my (?:words|comments|remarks))(?: (?:was|were|is|are))(?:n[\\x27\\u2019]t| not| never) (?:about|aimed at|directed (?:at|towards?)|meant for|targeted at|a reference to))|(?:meant|intended|designed|supposed) (?:as|to be)(?<=(?<![a-z])(?:it|this|that|the [a-z]+|my [a-z]+) (?:was|were) (?:meant|intended|designed|supposed) (?:as|to be))|meant (?:it|that|every word) at the time|at the time,? I (?:thought|believed|felt|meant)|(?:I|we) (?:tried|try|was trying|were trying|have tried)(?: (?:so hard|my best|our best|hard|really hard))? to be (?:a )?(?:good|better|great|decent|kind|loving|supportive|there|fair)|love(?<=(?<![a-z])(?:I|we) (?:have|had|feel|felt|hold)(?: [a-z]+)? (?:only|nothing but) love)|love in my heart|I (?:love|respect|support|admire)(?: and (?:love|respect|support|admire))? (?:the|all|every|our|my) [a-z]+ (?:community|people|fans|women|players|members)|(?:I|we) (?:was|were) (?:simply|just|only|merely) (?:stating|saying|asking|pointing out|trying|expressing|sharing|making|following|reporting|quoting|repeating|joking|kidding|teasing|doing (?:my|our) job|doing what|helping|answering|responding|offering|telling)(?![a-z])|(?:the )?(?:vast )?majority of (?:our|my) [a-z]+ (?:are|is|were)|(?:our|my) values(?: as [a-z\\x20]{1,20}?)? (?:are|is)|(?:we|I) (?:do|did|have done|try to do) (?:everything|all) (?:in|within) (?:our|my) power|(?:how|very|extremely) seriously (?:we|I) (?:take|regard|view)|(?:it was|it[\\x27\\u2019]s|was) (?:best|the best|better) for (?:all|everyone|everybody)(?: involved)?|in (?:the|everyone[\\x27\\u2019]s|their|your) best interests?',
      // A goal that is the remedy, still to come, is a promise: "our aim is to put it right" (not "was").
      unlessReadOn:
        /^(?:\S+\s+){1,12}?(?:is|are)\s+(?:(?:always|still|now)\s+)?(?:to\s+)?(?:correct|fix|repair|improve|rebuild|restore|regain|earn|learn|ensure|prevent|address|make\s+(?:this|it|things|amends)|put\s+(?:this|it|things)\s+right)\b/i,
      negatable: false,
    },
  ],
}
