import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Round 5: the families round 4's closing note listed as still missed, each seen on pages of two
 * or more independent batches, written as slot structures in our own words before a sixth blind
 * batch was read: a cause outside the writer ("cancelled due to snow"), necessity ("delays are
 * unavoidable"), the act shrunk to its manner ("in the way I did"), a cheerful name for it ("a
 * light-hearted remark"), a small count ("a small number of posts"), forgiveness offered to the
 * person hurt, sorrow that they "never saw" it, and credentials with no span of years.
 * Dialect: language-rules.ts; in a character class write \x27 and \u2019.
 */

/** Events an organisation apologises for, as nouns and as what happened to a service. */
const DISRUPTION =
  '(?:cancell?ed|delayed|postponed|diverted|closed|suspended|interrupted|disrupted|grounded|held up|rescheduled|late|unavailable|offline|down|delays?|cancell?ations?|disruptions?|outages?|interruptions?|closures?|postponements?|downtime)'

/** What names the writer's own side as the cause: then "due to" is ownership, not an excuse. */
const OWN_CAUSE =
  '(?:my|our|me|us|myself|ourselves|what (?:I|we)|something (?:I|we)|(?:a |an )?(?:mistake|error|failure|oversight|decision) (?:by|on the part of|of) (?:me|us|my|our))(?![a-z])'

/** A cheerful name for remarks. */
const LIGHT =
  '(?:light-hearted|lighthearted|tongue-in-cheek|playful|jokey|jokily|throwaway|throw-away|off-the-cuff|offhand|off-hand|harmless|innocent|innocuous|good-natured|cheeky|jovial|flippant)'

/** What such a name is given to. */
const REMARK =
  '(?:comments?|remarks?|discussion|exchange|joke|jibe|post|tweet|conversation|chat|teasing|question|aside|quip|banter|message|reference|gesture|moment|video|sketch|piece|observation)'

/** What works without a person: "the system flagged your account". */
const MACHINE =
  '(?:system|software|algorithm|filter|tool|app|platform|computer|bot|program|automated (?:process|system|check))'

export const REASON_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  excuse: [
    {
      // A cause outside the writer for what went wrong: "the meeting was cancelled due to heavy
      // snow", "delays caused by a backlog" (not "due to my carelessness").
      pattern: `${DISRUPTION}(?: [a-z,]+){0,5}? (?:due to|caused by|owing to|because of|as a result of|on account of|the result of|thanks to) (?!${OWN_CAUSE})[a-z]+`,
    },
    {
      // Necessity: "sometimes these delays are unavoidable", "mistakes become inevitable".
      pattern:
        '(?:is|are|was|were|be|been|become|becomes|became|seem|seems|seemed)(?: (?:sometimes|occasionally|often|simply|just|always|sadly|unfortunately|regrettably|largely|entirely))* (?:unavoidable|inevitable|beyond (?:our|my|anyone\x27s|their|anybody\x27s) control|out of (?:our|my) hands)',
    },
    {
      // Reasons announced instead of the act: "there were good reasons for the decision".
      pattern:
        '(?:there (?:are|were|was|is|have been) )(?:good|valid|legitimate|sound|understandable|perfectly good|very good) (?:reasons?|explanations?) (?:why|for)',
    },
    {
      // Hurt passed on as a law of nature: "hurt people hurt people".
      pattern: '(?:hurt|broken|damaged|wounded|hurting) people (?:hurt|break|damage|wound) (?:people|others)',
      negatable: false,
    },
    {
      // The body or a condition as the reason: "I had barely slept", "I was on new medication",
      // "my anxiety makes me …", "I panicked".
      pattern:
        "(?:I|we)(?: had|'d) (?:barely|hardly|not|only just) (?:slept|eaten)|(?:I|we) (?:hadn't|had not) (?:slept|eaten)|(?:I was|I'm|I am|I had been|I've been) on (?:new |strong |heavy |some |different )?(?:medication|meds|painkillers|antidepressants|steroids|sleeping pills)|(?:my|our) (?:adhd|anxiety|depression|ocd|autism|bipolar|ptsd|trauma|illness|condition|diagnosis|medication|meds|disorder|mental health|insomnia|grief|hormones) (?:makes|made|causes|caused|means|meant|gets|got|took|takes|can make)|(?:I|we) (?:panicked|froze|freaked out|blanked|went into panic)",
      negatable: false,
    },
    {
      // The times or the upbringing as the reason: "that was a different time", "that's how I was
      // brought up", "back then nobody thought twice".
      pattern:
        "(?:it|that|those|these) (?:was|were) (?:a |very )?different (?:time|times|era|days|world)|times were different|back then,? (?:nobody|no one|everyone|everybody|people|that was|it was)|(?:I was|I wasn't|I was not|we were|we weren't) (?:raised|brought up|taught) (?:to|that|not to)|how I (?:was|were) (?:raised|brought up)|the way I was (?:raised|brought up)",
      negatable: false,
    },
    {
      // The rules, the others or the custom as the reason: "we were following the guidance",
      // "I was told it was fine", "everyone was doing it", "a common practice".
      pattern:
        "(?:following|followed|in line with|in accordance with|acting on|according to) (?:the |our |his |her |their |my )?(?:usual |normal |standard |existing |current |official )?(?:guidance|advice|instructions|protocol|procedures?|policy|rules|process|orders|practice|training)|(?:I|we) (?:was|were) told (?:that )?(?:it|this|that) was (?:fine|ok|okay|allowed|acceptable|alright|all right|normal|safe)|(?:everyone|everybody|all of us|others)(?: [a-z]+){0,3}? (?:was|were|is|are) doing (?:it|the same)|(?:instructions|guidance|information|advice|directions|briefing|signage)(?: [a-z]+){0,4}? (?:was|were) (?:unclear|confusing|ambiguous|misleading|incomplete|out of date|outdated|contradictory)|(?:a |an )?(?:common|standard|normal|usual|accepted|widespread|established) (?:practice|thing to do)|(?:I've|I have|we've|we have) (?:never|always) been (?:good|great|bad|terrible|hopeless|useless|awful) (?:with|at)",
    },
    {
      // A feeling or a day set beside the act: "I felt cornered", "my mind was elsewhere", "the
      // pressure got to me", "money was tight", "my phone had died".
      pattern:
        "I felt (?:so |really |very |completely |totally )?(?:cornered|attacked|provoked|disrespected|belittled|judged|pressured|trapped|ignored|unheard|invisible|unappreciated|backed into a corner|threatened|humiliated|rejected|got at|picked on)|my (?:head|mind) (?:was|wasn't|was not) (?:elsewhere|somewhere else|all over the place|in the right place|on other things|not in it)|(?:the|my|all the|all that) (?:pressure|stress|anger|jealousy|emotions?|nerves|pride|ego|grief|exhaustion|tiredness) (?:got|gets|had got|had gotten) to me|(?:things|money|work|life|home|times) (?:was|were|had been) (?:so |really |very )?(?:tense|tight|hard|difficult|rough|crazy|hectic|mad|chaotic|stressful)(?! for (?:you|her|him|them))|my (?:phone|battery) (?:had )?died|my alarm (?:didn't|did not|never) go off|(?:the|my) (?:traffic|train|bus|flight|car|internet|wifi|signal)(?: [a-z]+)? (?:was|were|had been) (?:awful|terrible|late|delayed|dead|down|bad|horrendous|a nightmare)",
      suggestion:
        'Keep the circumstances out of the apology; if they would help later, offer them then and say they do not excuse it.',
    },
    {
      // Life or work as the reason: "something came up", "my boss kept me late", "I had to work
      // late", "we were under enormous time pressure", "it happens when I'm ignored".
      pattern:
        "something (?:came|had come|has come|just came) up|(?:my|the) (?:boss|manager|supervisor|work|job|kids?|children|meeting) (?:kept|held) me (?:late|back|up)|I had to (?:work|stay) (?:late|on|over)|I was covering (?:for|a shift)|(?:we|I) (?:were|was|are|am) under (?:[a-z]+ )?(?:time )?(?:pressure|strain)|(?:when|whenever) I(?:'m| am| get| feel) (?:ignored|provoked|pushed|attacked|criticised|criticized|disrespected|cornered|tired|hungry|stressed)",
    },
    {
      // An organisation's strain: "our team was stretched thin", "an unprecedented volume of calls".
      pattern:
        '(?:stretched|spread) (?:too )?thin|under-?resourced|overstretched|unprecedented (?:volume|demand|levels?|numbers?|surge)|(?:volume|number) of (?:calls|orders|requests|customers|enquiries|inquiries|bookings)(?: [a-z]+){0,3} (?:was|were) (?:unprecedented|exceptional|extraordinary|overwhelming|higher than)',
    },
  ],
  minimizing: [
    {
      // The act shrunk to its manner: "I regret writing it in the way I did", "I did not choose my
      // words properly", "an unfortunate turn of phrase".
      pattern:
        "in the (?:way|manner) (?:I|we) did(?! (?:to|with|it to))|the (?:way|manner) (?:in which )?(?:I|we) (?:phrased|worded|framed|expressed|put|communicated) (?:it|that|this|things|my|our)(?![a-z])|(?:didn't|did not|failed to) (?:choose|pick|select|weigh) (?:my|our) words(?: (?:properly|carefully|well|wisely|correctly))?|(?:unfortunate|poor|clumsy|bad|careless|ill-chosen|ill-judged|awkward|infelicitous|regrettable|unhappy|loose|sloppy) (?:turn of phrase|choice of phrase|phrasing|wording)",
      negatable: false,
    },
    {
      // A cheerful name for the words: "they were light-hearted comments", "said in jest".
      pattern: `${LIGHT} ${REMARK}|(?:said|meant|intended|written|posted|done|made) (?:only |purely |just |entirely |simply )?(?:in jest|in fun|in good fun|as banter|tongue in cheek|light-heartedly|in good humou?r)`,
    },
    {
      // A small count of what was posted or of who did it: "a small number of old posts".
      pattern:
        '(?:a (?:small|tiny|limited|very small|relatively small) (?:number|handful|minority|fraction|percentage|proportion)|only a (?:few|handful|couple)) of(?: (?:my|our|the|these|those|his|her|their))?(?: [a-z-]+)? (?:tweets|posts|comments|remarks|messages|emails|texts|photos|videos|students|pupils|fans|supporters|members|customers|users|people|accounts|cases|instances|incidents|individuals|staff|employees|players|officers|words)',
      negatable: false,
    },
    {
      // Error as a law of nature: "mistakes happen", "to err is human".
      pattern:
        '(?:mistakes|accidents|these things|things like (?:this|that)|such things) (?:happen|do happen|will happen|can happen)|to err is human',
    },
    {
      // What did not follow, set against what did: "no one was actually hurt", "it was a private
      // conversation", "I only had two drinks".
      pattern:
        '(?:no one|nobody|no-one) (?:was|were|got) (?:actually |really |seriously |physically |even )?(?:hurt|harmed|injured)|no (?:real |lasting |actual )?harm (?:was )?done|(?:it|this|that) was (?:a |only a |just a |meant as a )?private (?:conversation|message|chat|joke|remark|comment|email|text|exchange|group)|(?:I|we) (?:only|just) had (?:a |one |two |three |a couple of |a few )?(?:small )?(?:drinks?|beers?|glasses|pints?|glass of wine)',
    },
  ],
  'blame-other': [
    {
      // Forgiveness offered to the person hurt: "I forgive you for everything", "I have forgiven
      // all those who wronged me". It says they owe an apology too.
      pattern:
        "(?:I|we)(?: (?:have|had|now|also|already|truly|fully|completely|can|will|do|am willing to|'ve|'ll))* (?:forgive|forgiven|forgave) (?:you|him|her|them|all (?:those|of you|who)|everyone|everybody|anyone|those|each of you)(?![a-z])(?! (?:too|as well) for (?:not|being))",
      negatable: false,
      message: 'Offering them forgiveness in an apology says they wronged you too, and asks them to answer for it.',
      suggestion: 'Keep what they did for another conversation; in this one, speak only of what you did.',
    },
    {
      // What they did to the writer, told inside the apology: "everything you put me through",
      // "how you treated me", "those who wronged me".
      pattern:
        "(?:you|he|she|they) (?:have |had |'ve )?(?:put|puts) (?:me|us) through|how (?:you|he|she|they) (?:have |had )?treated (?:me|us)|(?:sinned|trespassed) against (?:me|us)|(?:those|all those|people|anyone|everyone|everybody) who (?:have |has |had )?(?:wronged|betrayed|sinned against) (?:me|us)",
      negatable: false,
    },
    {
      // Their reaction as the reason: "I raised my voice because you wouldn't listen", "I lied
      // because I knew you would be angry".
      pattern:
        "(?:because|since|as|cause|'cause|cos) (?:you|he|she|they) (?:wouldn't|would not|won't|kept|keep|refused to|ignored|started|were being|was being)(?! deserve)|because I (?:knew|thought|was afraid|feared|was scared) (?:that )?(?:you|he|she|they)(?: would|'d| might) (?:be angry|be mad|be upset|get angry|get mad|get upset|react|overreact|freak out|explode|leave|yell|shout|judge)",
      negatable: false,
    },
    {
      // Someone junior as the one who acted: "the tweet was written by a member of my team", "an
      // employee acted outside our policies", "the error originated with a vendor".
      pattern:
        "(?:written|posted|sent|shared|made|drafted|published|approved|caused) by (?:a|one of our|an?|one|the) (?:junior |individual |single |former |new |temporary )?(?:member of (?:staff|my team|our team|the team)|employee|staff member|team member|intern|volunteer|contractor|aide|staffer|trainee)|(?:a|one of our|an individual|a junior|a single|one|an?)(?: (?:junior|individual|single|former|new|temporary))? (?:member of (?:staff|my team|our team|the team)|employee|staff member|team member|intern|volunteer|contractor|staffer|trainee) (?:made|acted|posted|shared|wrote|sent|failed|did not|didn't|breached|ignored|went|mistakenly|accidentally|wrongly)|(?:originated|came|stemmed|arose) (?:with|from) (?:a|an|the|our|one of our) (?:[a-z-]+ )?(?:vendor|supplier|contractor|provider|partner)|provided to (?:us|me) by",
      negatable: false,
    },
    {
      // Disputing how others described it: "I do not accept the characterisation of my remarks".
      pattern:
        "(?:do not|don't|cannot|can't|won't|will not|did not|didn't) (?:accept|agree with) (?:the|their|his|her|your|this|that) (?:characteri[sz]ation|portrayal|description|depiction|version|interpretation|framing|narrative|account)",
      negatable: false,
    },
    {
      // Their part or the crowd's, told inside the apology: "you shouldn't have read my phone",
      // "your mother didn't help either", "the media blew it out of proportion", "an agenda".
      pattern:
        "(?:you|he|she|they) (?:shouldn't|should not|should never) have(?! (?:had|needed|been|to))|(?:didn't|did not|doesn't|does not) help (?:either|matters)|(?:you|he|she|they) (?:always|constantly|keep|kept|never stop|never stopped) (?:bringing up|bring up|nagging|nag|pushing|push|criticising|criticizing|criticise|criticize|interrupting|interrupt|ignoring|ignore|twisting|twist|picking on|pick on|provoking|provoke|exaggerating|exaggerate)|(?:blown|blew|blowing|blow) (?:this|it|things|that|everything) (?:all )?out of (?:all )?proportion|(?:looking|waiting) for (?:reasons?|an excuse|any excuse|something) to (?:be offended|take offen[cs]e|complain|attack|criticise|criticize)|(?:have|has|with|had) (?:an|their own|a political|a personal|a hidden) agenda|(?:nobody|no one|no-one) (?:told|warned|informed|reminded) (?:me|us)|(?:our|the|a) (?:supplier|contractor|vendor|courier|subcontractor|third[- ]party(?: [a-z]+)?|partner|provider|manufacturer)s? (?:failed|did not|didn't|was unable|were unable|let (?:us|you) down|made an? (?:error|mistake))",
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // Sorrow that they could not see it: "I'm sorry you never saw things the way I did".
      pattern:
        "sorry (?:that )?(?:you|he|she|they) (?:never|couldn't|could not|could never|can't|cannot|didn't|did not|were unable to|was unable to|failed to|weren't able to|won't|will not|would never|will never)(?: (?:ever|always|really|fully))? (?:see|saw|understand|understood|appreciate|realise|realize|recognise|recognize|accept|believe)",
      negatable: false,
      message: 'Being sorry that they could not see or understand puts the failure in them, not in what you did.',
    },
  ],
  'passive-vague': [
    {
      // A machine as the one that acted on them: "the system flagged your account automatically".
      pattern: `(?:the|our|an?) (?:[a-z-]+ )?${MACHINE} (?:automatically |wrongly |mistakenly |incorrectly )?(?:flagged|blocked|suspended|deleted|removed|charged|rejected|declined|locked|cancell?ed|closed|marked|misread|misidentified|overcharged|sent)`,
    },
  ],
  'rushing-closure': [
    {
      // Closing it for them: "I hope we can put this behind us", "I hope this clears the air".
      pattern:
        'put (?:this|it|that|all this|all of this|everything) behind (?:us|me)|(?:clears?|cleared) (?:things|the air|this|it|everything|matters) up|clears? the air|consider (?:this|the) matter (?:closed|settled|resolved)|(?:draw|drew) a line under',
    },
  ],
  'intent-defense': [
    {
      // Credentials with no span of years: "I grew up among people of every faith", "some of my
      // closest friends are …".
      pattern:
        "(?:to|so as to|in order to) (?:protect|spare|shield) (?:you|her|him|them)(?! from (?:me|myself))|so (?:that )?(?:you|he|she|they) (?:wouldn't|would not|won't) (?:worry|stress|be hurt|get hurt|be upset|get upset|panic|freak out)|(?:a|an) [a-z-]+ bone in (?:my|his|her|our) body|(?:have|had|has) nothing but (?:the (?:utmost|greatest|highest|deepest) )?(?:respect|love|admiration|affection|praise) for|(?:I|we) (?:have )?always (?:treated|respected|valued|supported|championed|welcomed) (?:everyone|everybody|people|all|women|them|her|him|you|every)|(?:I|we) (?:grew up|was raised|were raised|have lived|'ve lived|have always lived|have worked|'ve worked) (?:with|among|alongside|around|in) (?:people|friends|families|neighbou?rs|colleagues|many|every|all (?:kinds|sorts)|(?:a |an )?(?:diverse|mixed|multicultural|multi-cultural|multiracial|multi-racial|ethnically[a-z-]*)|communities)|some of my (?:best|closest|dearest|oldest) friends (?:are|were)|(?:I|we) (?:have|had|'ve) (?:many|lots of|plenty of|countless|numerous|a lot of) (?:friends|colleagues|relatives|family members|loved ones) (?:who are|who were|from|in the)",
      negatable: false,
    },
  ],
}
