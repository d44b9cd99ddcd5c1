import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * How real apologies hide a flaw in who is speaking and who acted, rather than in a stock phrase
 * (the families 1 to 4): words between the apology and its condition, the third person and
 * the institutional "we", reception framing, and events that happened to nobody. Each rule names a
 * structure (a verb and its slots), never a sentence from a corpus. Dialect: language-rules.ts;
 * inside a character class write \x27 and \u2019 for apostrophes, never a literal one.
 */

/** Words that say someone was hurt or put out. */
const HARM =
  '(?:offended|offensive|offen[cs]e|hurt|upset|affected|impacted|inconvenienced|harmed|bothered|disappointed|let down|distressed|insulted|troubled|uncomfortable)'

/** What an apology can say it caused, as a possibility: "any aggravation I've caused". */
const HARM_NOUN =
  '(?:hurt|pain|harm|offen[cs]e|confusion|inconvenience|upset|distress|damage|trouble|misunderstanding|behaviou?r|embarrassment|discomfort|disappointment|aggravation|frustration|anxiety|stress|concern|disruption|difficult(?:y|ies)|mistakes?|errors?|wrongdoing|insensitivity|disrespect|worry|grief|anguish|suffering)'

/** An apology word, for look-behinds: the flaw sits after it, with other words between. */
const APOLOGY = '(?:sorry|apologi[sz]e[sd]?|apologi[sz]ing|apolog(?:y|ies)|regret(?:s|ted)?)'

/** A word of an ordinary sentence (letters, apostrophes, brackets a quotation added, hyphens). */
const WORD = '[a-z\\x27\\u2019\\[\\]-]+'

export const VOICE_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  conditional: [
    {
      // "I'm sorry to my fans if I let you down": the condition, however far from the apology.
      pattern: `if(?<=(?<![a-z\\u00C0-\\u024F])${APOLOGY}[^.!?\\n]{0,80}[\\s,]if)(?<!${APOLOGY}(?: it| that)? if)(?! (?:only|ever|possible|necessary|need be|you (?:ever|will|want|need|can|would|like|let|are willing|have(?! been| felt))|you\\x27(?:ll|d)|I (?:could|can|may|were|had known|am honest)|I\\x27m honest)(?![a-z]))(?: ${WORD}){1,6}`,
      unlessBefore: /(?:even|as|see|know|knew|wonder|ask|asked|check|sure|matter|whether)\s*$/iu,
      // Nor an "if" about their forgiving: "forgive me, and if you don't, that's okay".
      unlessEarlier: /forgive (?:me|us)[,;]?\s*(?:and|but)?\s*$/iu,
    },
    {
      pattern: `(?:if|in case) (?:my|our|the|this|that|what) (?:${WORD} ){0,3}?(?:has |have |had |may have |might have )?(?:caused|causes|hurt|hurts|offended|offends|upset|upsets|insulted|came across)|if I(?: ever)? (?:${WORD} )?let (?:[^.!?\\n]{1,50}?) down|(?:if|even if) (?:even )?(?:a single|one|a few|some|any) (?:person|people|one|individual|reader|viewer|fan|member)s? (?:is|are|was|were|has been|have been|felt|feels|feel)(?: [a-z]+)? (?:hurt|offended|upset|affected|insulted|bothered)|(?:to|for) whoever (?:I|we)(?: [a-z]+)? (?:have |may have |might have )?(?:caused|hurt|offended|upset)`,
    },
    {
      // "to anyone who was offended", "everyone who has found my comments to be offensive".
      // One word per repetition, so that a long run-on draft cannot be split into words many ways.
      pattern: `(?:any|every|all)(?<!that (?:any|every|all))(?:(?<=any|every)(?:one|body)(?: of you)?|(?<=all)(?: the)? (?:folks|people|those)|(?<=any|every)(?<!all) (?!(?:night|day|time|morning|evening|week|year|moment|minute|single day|day and night)(?![a-z]))${WORD}(?:,? (?:or |and )?${WORD}){0,5}?|(?<=all) the ${WORD}(?:,? (?:or |and )?${WORD}){0,5}?) (?:who|whom|that)(?:[\\x27\\u2019](?:s|ve|d))?(?: ${WORD}){0,8}? ${HARM}|any(?: other)? ${WORD} (?:affected|impacted|inconvenienced|offended|hurt) by|(?:those|people)(?: of you)? (?:who|that) (?:were|was|have been|felt|may have been|took) ${HARM}`,
    },
    {
      // "any hurt I may have caused": the harm as a possibility.
      pattern: `(?:for|about|regrets?|regretted) any(?: [a-z-]+){0,2}? ${HARM_NOUN}|any(?: [a-z-]+)? ${HARM_NOUN} (?:that )?(?:(?:I|we)(?:[\\x27\\u2019](?:ve|d))?|my [a-z]+|this(?: [a-z]+)?|it|these [a-z]+)(?: may| might| has| have)?(?: have)?(?: [a-z]+ly)? caused`,
    },
  ],
  'intent-defense': [
    {
      // Any subject: "the post was not meant to offend", "that was never our intention".
      pattern:
        "(?:was|were|is|are|'s)(?:n't| never| not)(?: (?:ever|really|at all|in any way|remotely|meant|intended|designed))* (?:meant|intended|designed|supposed|our intention|my intention|our intent|my intent|the intention|the intent)(?: (?:to|as|that|for))?",
      negatable: false,
    },
    {
      pattern:
        "(?:never|not|didn't|did not|doesn't|does not|don't|do not|wasn't|was not)(?: (?:ever|really|once|in any way))? (?:intended|intend|meant|mean) (?:to|for|any|it|that|this|harm|offen[cs]e)",
      // "I won't say I didn't mean it" takes it back; the negation inside the phrase is its own.
    },
    {
      pattern:
        '(?:my|our|his|her|their|the) (?:intent(?:ion)?s?|goal|aim|purpose)(?: (?:with|of|behind|for) [a-z\\x20]{1,30}?)? (?:was|is|were|has always been|was always|is always)(?: (?:certainly|definitely|absolutely|clearly|obviously|genuinely|honestly|really|truly))?(?: (?:never|not|only|just|simply|always))? (?:to|never|not)',
      // A goal that is the remedy, still to come, is a promise: "our goal is to fix this" (not "was").
      unlessReadOn:
        /^(?:\S+\s+){1,12}?(?:is|are)\s+(?:(?:always|still|now)\s+)?(?:to\s+)?(?:correct|fix|repair|improve|rebuild|restore|regain|earn|learn|ensure|prevent|address|make\s+(?:this|it|things|amends)|put\s+(?:this|it|things)\s+right)\b/i,
      negatable: false,
    },
    {
      pattern:
        "(?:does|do|did)(?: not|n't)(?: in any way)? (?:reflect|represent) (?:our|my|the|who|what|how)|not (?:in keeping with|reflective of|representative of|consistent with) (?:who|what|our|my)",
      negatable: false,
    },
    {
      // Character offered instead of the act: "that's not who I am", "I'm not a racist".
      pattern:
        "not (?:who|what) (?:I|we) (?:really )?(?:am|are|stand for)|(?:that|this|it)(?:'s| is| was)(?: just)? not (?:me|us|the real me)(?![a-z])|not who (?:my|our) [a-z]+ raised me|(?:I'm|I am|we're|we are) (?:still )?(?:the same (?:person|people|guy|man|woman)|not the kind of)|are not the kind of (?:people|person)|out of (?:my )?character|(?:I'm|I am)(?: really| just)?(?: not| never)(?: a| an)? (?:racist|bigot|sexist|homophobe|hateful|violent|cruel|malicious|bad)(?: (?:person|man|woman|guy))?|I am not about|(?:I'm|I am)(?: really)? (?:a|such a) (?:loving|good|kind|caring|nice|decent|gentle) (?:person|man|woman|guy|girl)",
      negatable: false,
    },
    {
      // Credentials set against the act: "I have long been a supporter of …", "the last thing I want".
      pattern:
        "(?:I|we)(?:'ve| have)(?: (?:always|long|consistently))? (?:been a (?:champion|supporter|advocate|friend)|worked with|fought for|stood for|worked (?:so |very )?hard to|tried (?:so |very )?hard to|always made it a point)|I (?:have )?spent (?:the best of|years|my (?:life|career)) [a-z0-9\\x20]{0,20}?(?:to help|helping|fighting|working)|the last thing (?:I|we) (?:would |could )?(?:ever )?(?:want|wanted|intend)|(?:I|we) (?:have|has) (?:no|zero) tolerance for|(?:we|I) (?:do not|don't|would never|will never|never) (?:condone|tolerate|endorse)|I (?:never|would never|don't ever) (?:want|wanted) to (?:hurt|embarrass|demean|offend|upset|disrespect|humiliate)|(?:we|I) (?:deeply |strongly |firmly )?(?:believe in|consider|value|celebrate|stand for) (?:diversity|inclusion|equality|respect|tolerance|kindness)|a (?:global )?(?:brand|company|business) that (?:embraces|values|celebrates|respects)|as an? (?!apology)[a-z]+(?: [a-z]+){0,2}(?: for \\d+ years)?,? (?:I|we) (?:have|am|know|would never|never)(?!(?: [a-z]+){0,4} (?:responsibility|responsibilities|obligation|duty|excuses?|defen[cs]e|justification|above reproach|example)(?![a-z]))",
      negatable: false,
    },
    {
      // What was tried or wanted, set against what it did: "in trying to relate to my students".
      pattern:
        '(?:in (?:trying|attempting) to|(?:my|our) (?:attempts?|efforts?) (?:to|at)|(?:I|we) (?:attempted|was attempting|were attempting|tried|was trying|were trying) to (?:make fun|be (?:funny|humorous|topical|playful)|joke|lighten|relate|raise awareness|draw|point out|make a point|highlight|start a conversation))|(?:I|we) (?:just |only |simply )?wanted to (?:raise awareness|make (?:a point|people laugh|this|it)|start a conversation|be funny|celebrate|highlight|point out|have (?:some )?fun|joke|lighten)|(?:was|were) (?:posted|meant|intended|written|said|shared) as an? (?:lighthearted|joke|harmless|funny|playful|light)|it was (?:a|just a|only a) joke (?:about|aimed at|directed at)',
      // "we will double our efforts to" promises; it defends nothing.
      unlessBefore: /(?:will|shall|going to|must|need to|commit to|promise to)\s+(?:[a-z]+\s+){0,2}$/i,
    },
    {
      pattern:
        "I (?:didn't|did not|never) (?:do|post|say|write|share) (?:it|this|that|the [a-z]+) (?:for|to get|because|out of)|I did (?:it|this|that) because I (?:thought|believed|wanted|felt)|(?:I|we) (?:didn't|did not|never) (?:know|realize|realise|think|expect|imagine)(?: that)?(?: [a-z\\x27\\u2019]+){0,4}? (?:would|was going to|could|might) (?:hurt|offend|upset|cause|be (?:hurtful|offensive|taken))|(?:never|didn[\\x27\\u2019]t|did not) (?:think|thought|imagine|imagined|expect|expected|dream|dreamed|dreamt)(?: that)? (?:it|this|that|my [a-z]+|the [a-z]+|these [a-z]+|those [a-z]+|anyone|people)(?: [a-z\\x27\\u2019]+){0,2}? (?:would|could|might|was going to)|(?:if|had) (?:I|we) (?:had )?(?:known|realised|realized|understood)(?: (?:then|that|how|it|this|what))?(?! (?:better|sooner))|I (?:actually |honestly |genuinely |really )?thought I (?:could|would|had|was doing)|(?:know|knows) what I (?:meant|mean|was trying to say)|(?:know|knows) what(?:'s| is) in my heart|(?:said|say|saying) (?:things|something|words|stuff)(?: that)? I (?:do not|don't|didn't|did not|never) (?:believe|mean|meant)|(?:however|even if|though|albeit) unintentional(?:ly)?|(?:unintentionally|inadvertently|accidentally|by mistake)|(?:from )?what (?:it|this|that|I|we) (?:was|were) (?:intended|meant) to|(?:was|were|is) (?:purely |completely |entirely )?(?:accidental|unintentional|inadvertent)(?: in nature)?",
      negatable: false,
    },
  ],
  'blame-feelings': [
    {
      // Reception framing: the words are said to have been received wrongly.
      pattern:
        '(?:was|were|has been|have been|had been|got|get|can be|could be|may have been|might have been|could have been|(?:would|will)(?: still| always| also)? (?:have been|be))(?: (?:so|completely|totally|wrongly|widely|clearly|deliberately|somehow|easily))? (?:misinterpreted|misunderstood|misconstrued|misread|misrepresented|misreported|misquoted|mischaracteri[sz]ed|misused|twisted|taken out of context|taken the wrong way|taken wrong|(?:interpreted|received|perceived|heard|read|seen|taken|construed) (?:as|that way|in that way|in a way|the wrong way|wrong|badly|differently|by many|by some|negatively|poorly|to mean))',
      negatable: false,
    },
    {
      pattern:
        '(?:came|come|coming|comes) (?:across|off) (?:as|that way|this way|wrong|badly|poorly|like|in a way)|(?:the way|how) (?:my|our|the|his|her|these|those) (?:[a-z]+ ){0,2}(?:have|has|had|were|was)(?: been)? (?:received|perceived|taken|interpreted|read|heard|understood)',
      negatable: false,
      // "I came across as cold" describes the writer; "might have come across" is a hedge, not a reading.
      unlessBefore: /(?:(?:^|\s)I(?: [a-z]+)?|(?:might|may|could)(?: have|'ve)?)\s*$/iu,
    },
    {
      // Sorry for their reaction: "I do apologize that you feel …", "I regret that Ministers have felt hurt".
      pattern: `(?:sorry|apologi[sz]e|apologies|regret) (?:that )?(?:you|people|anyone|anybody|some people|many people|others|ministers|fans|readers|viewers|customers|folks|they) (?:feel|felt|feels|think|thought|have felt|has felt|were|are|weren't|aren't|got|found|took)|(?:some|people|others|many)(?: (?:may|might|will))? (?:believe|think|feel|say|claim) (?:that )?(?:my|our) (?:words|remarks|comments|joke|post|tweet|actions)|(?:people|many|some|fans|customers|folks|others)(?: [a-z]+){0,2}? (?:are|were|got|have been|felt|feel|became)(?: (?:so|very|really|understandably))? (?:upset|offended|hurt|angry|disappointed|bothered|confused) (?:about|by|over|with)|(?:that|which)(?<=${APOLOGY}[^.!?\\n]{0,80}(?:that|which)) (?:people|some|many|others|folks) (?:feel|felt|experienced)`,
      negatable: false,
      // "I realize many are angry with me" acknowledges their anger; it does not blame it.
      unlessBefore: /(?:realize|realise|understand|know|see|accept|recogni[sz]e)(?: that)?\s*$/iu,
      // Sorry for what was done to them, not for how they took it: "sorry you were turned away",
      // "sorry you found out from your aunt".
      unlessReadOn:
        /^(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that\s+)?you\s+(?:(?:were|got)\s+(?:turned|sent|charged|overcharged|billed|kept\s+waiting|told|treated|put|asked|refused|denied|ignored|spoken|shouted|yelled|woken|subjected|dragged|misled|lied|blamed|accused)\b|found\s+out\b)/i,
    },
    {
      // Their reaction as what happened: "the post stirred strong feelings", "triggering you to be upset".
      pattern:
        '(?:brought out|stirred(?: up)?|sparked|generated|elicited|evoked|drew|triggered)(?<=(?<![a-z])(?:the|this|that|my|our) (?:donation|post|image|photo|picture|ad|advert|joke|comment|remark|tweet|video|words?|decision|news|story|sign|campaign|statement) (?:has |have |had )?(?:brought out|stirred(?: up)?|sparked|generated|elicited|evoked|drew|triggered)) (?:deep |strong |a lot of |some |many |mixed |intense |such |a range of |an? )?(?:emotions?|feelings|reactions?|responses|debate|controversy|outrage|passions?)|trigger(?:ing|ed) (?:you|them|people) (?:to|into)|(?:hurt|wronged|offended|upset|uncomfortable|disrespected)(?<=(?<![a-z])(?:someone|somebody|some people|others|many|anyone) (?:has |have |had )?(?:felt|feels|feel|got|gets|get) (?:hurt|wronged|offended|upset|uncomfortable|disrespected))|(?:coming|being) (?:across|taken|received|read|heard|seen|perceived)(?<=(?<![a-z])(?:the way|how) (?:it|this|that|my [a-z]+) (?:is|was|has been) (?:coming|being) (?:across|taken|received|read|heard|seen|perceived))|took(?<!(?<![a-z])(?:I|we|you|u) took) (?:offen[cs]e|umbrage|exception|it (?:personally|the wrong way|badly|to heart))|(?:for|about) the times? (?:when )?you(?:[\\x27\\u2019]ve| have)? (?:felt|thought|believed|perceived)',
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // Events that happened to nobody: "I'm sorry this occurred", "it got out of hand".
      pattern:
        '(?:what|how|why|whatever|everything that|all that|things that|the things that)(?: (?:or why|or how|[a-z]+)){0,3}? (?:has |have |had )?(?:happened|occurred|took place|went down|unfolded|transpired)(?! (?:was|is|because|when|after|while|since)(?![a-z]))(?<!happened(?= to (?:be|have|find|see|come|catch|meet|notice|get|hear|know|run|pass|look)(?![a-z])))|(?:this|it|that|the (?:incident|situation|evening|night|argument|conversation|discussion|fight|party|meeting)|things|everything)(?<!(?:like|as if|as though|as) (?:this|it|that|the [a-z]+|things|everything))(?<!(?<![a-z])(?:thing|things|everything|one|day|moment|person|all) that)(?:[\\x27\\u2019]s| (?:had|has|(?:would|should|could|must)(?:n[\\x27\\u2019]t| not| never)? (?:have|[\\x27\\u2019]ve)|should[\\x27\\u2019]ve)(?: never)?)?(?: (?:just|simply|ever))? (?:occurred|happened|fell apart|fell through|went (?:wrong|sideways|south)|spiral(?:l)?ed|escalated|got (?:out of hand|outta hand|heated|messy|ugly))(?! (?:because|when|after|while|since)(?![a-z]))|before I knew it|things (?:ended|turned out|went|happened|played out) the way they did',
      // "What happened on Friday was my fault" owns the event in the same breath.
      unlessReadOn:
        /^\S+(?:\s+\S+){0,8}?\s+(?:was|is)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+)?(?:my|our)\s+(?:own\s+)?(?:fault|doing|responsibility|choice)\b/i,
      // Offering to talk about it, or telling it, is not leaving the act unnamed.
      // Nor is "it shouldn't have happened" right after the act told with the writer as its doer ("I
      // lost my temper in training, and it shouldn't have happened").
      unlessEarlier:
        /(?:postmortem|post-mortem|full account|full report)|(?:^|\s)I (?:[a-z]+ ){0,2}?(?:lost|said|did|made|broke|hit|shouted|yelled|lied|cheated|took|forgot|missed|sent|posted|wrote|used|called|snapped)\b[^.!?]{0,120}\band\s*$/iu,
      unlessBefore:
        /(?:^|\s)(?!sorry|apologi|regret|ashamed|embarrassed|guilty|bad)[a-z]+ about\s*$|(?:tell|told|explain|explained to) you\s*$|(?:wanted|wants|want|needed|needs|need) to know\s*$|(?:identif(?:y|ied|ying)|establish(?:ed|ing)?|determin(?:e|ed|ing)|f(?:i|ou)nd(?:ing)? out|investigat[a-z]*|understand(?:ing)?|understood|learn(?:ed|t|ing)?|review(?:ed|ing)?|look(?:ed|ing)? into|examin(?:e|ed|ing))\s*$|(?:let (?:everyone|you|them|people|the club) know|tell (?:everyone|them|people)|told (?:everyone|them|people))\s*$/iu,
    },
    {
      pattern:
        "(?:sorry|apologi[sz]e|apologies|regret)(?: [a-z]+){0,3}? (?:(?:for|about|over) )?(?:the|this|that|our|last (?:week|night)'s)(?: (?:current|whole|recent|unfortunate))? (?:incident|situation|episode|matter|events?|occurrence)|(?:the|this|that) incident(?: (?:last|on|at|that|this|in|of|involving|with))?|(?:this|the|that) (?:situation|thing|mess)(?: \\[?that\\]?)? (?:me and|we were|happened)",
      // Learning from an incident, or looking into it, is work on it, not a way of leaving it unnamed;
      // "the people involved in this incident" only points at it.
      unlessBefore:
        /(?:learn|learned|learnt|learning|lessons|investigat[a-z]*|review[a-z]*|look(?:ing)? into|reflect(?:ing)? on|clarif[a-z]*|questions?|details|information|involved in|witness(?:es|ed)?(?: (?:to|of))?)(?: (?:from|of|into|on|about))?\s*$/iu,
    },
    {
      // The act in the passive: "the picture was taken", "our routines haven't been followed".
      pattern:
        "(?:was|were|has been|have been|had been|got|haven't been|hasn't been|have not been|has not been|weren't|wasn't|was not|were not)(?<=(?<![a-z])(?:the|this|that|our|an?|earlier)(?: [a-z]+){0,4}? (?:was|were|has been|have been|had been|got|haven't been|hasn't been|have not been|has not been|weren't|wasn't|was not|were not))(?: (?:then|later|ever|mistakenly|properly))? (?:(?<=(?:not|n[\\x27\\u2019]t|never) )(?:included|caught|detected|noticed|checked|reviewed|communicated|addressed|considered|informed|notified|contacted|returned|answered)|taken|sent|posted|published|said|used|made|shared|written|tweeted|released|printed|done|broken|crossed|followed|exchanged|told|leaked|uploaded|avoided|prevented|insulted|hurt|offended|harmed|humiliated)(?! by )|the (?:offen[cs]e|hurt|harm|pain|damage|confusion) (?:that was )?caused by (?:the|this|our|a|an)",
      // "The email that was sent by our office" names the doer.
      unlessReadOn: /^(?:\S+\s+){1,6}?by\s+(?:me|us|our|my|myself|ourselves)\b/i,
      // "who were offended" names the people hurt; "before the booklet was published" dates the act;
      // "all possible steps have been taken" is the remedy, not the act.
      unlessBefore:
        /(?:^|\s)who\s*$|(?:^|\s)(?:before|after|until|once|since)\s+(?:the|this|that|our|an?)\s+(?:[a-z]+\s+){0,3}$|(?:^|\s)(?:steps|measures|precautions|actions?)\s*$/iu,
    },
    {
      // The cause as a thing: "due to an administrative error", "this unfortunate error", "lessons have been learnt".
      pattern:
        'due to (?:an?|the|some|a few)(?: [a-z-]+){0,2}? (?:error|mistake|oversight|glitch|issue|problem|fault|failure|malfunction|mix-?up|misunderstanding|miscommunication|breakdown|bug|lapse|misconfiguration)s?|as a result of (?:an?|the)(?: [a-z-]+){0,2}? (?:error|mistake|oversight|glitch|mix-?up)|(?:arose|arisen|arising|stemmed|stems|stemming) from|(?:unfortunate|regrettable)(?<=(?<![a-z])(?:an?|this|that|the|some|these|those|such an?) (?:unfortunate|regrettable))(?: [a-z-]+){1,2}|(?:this|it|that) (?:is|was|has been) (?:an?|the) (?:[a-z]+ )?(?:event|incident|occurrence|episode)(?![a-z])|(?:event|incident|episode|occurrence)s? (?:that|which) (?:has |have |had )?(?:occurred|happened|took place|transpired|unfolded)|lessons (?:have been|were|are being|will be|had been) (?:learnt|learned)|(?:was|were|has been|have been|had been) unfortunately(?: not)? [a-z]+(?:ed|en|t)(?![a-z])|apart(?<=(?<![a-z])(?:we|things|it|everything|our (?:friendship|relationship|marriage)) (?:just |slowly |eventually )?(?:drifted|grew|fell|came) apart)|(?:the|this|that) (?:whole )?(?:mess|situation|thing|saga|episode|drama) (?:that )?(?:we|I) (?:got|found (?:ourselves|myself)|ended up|were|was) (?:into|in)|aware of (?:an?|the) (?:issue|incident|problem|error|situation)|(?:it|things|this|that|everything) (?:slowly |quickly |just )?(?:developed|turned|grew|evolved|escalated|spiral(?:l)?ed) into|(?:sorry|apologi[sz]e|apologies|regret)(?: [a-z]+){0,3}? (?:for|about) (?:the|your|this|that) (?:[a-z]+ )?experience(?! (?:I|we) (?:put|caused|gave))',
      negatable: false,
    },
    {
      // Things as the ones who acted: "our customers experienced downtime", "a change introduced an error",
      // "there was a lot of yelling", "the relationship became estranged", "it fell through the cracks".
      pattern:
        'experienced (?:[0-9]+ (?:minutes|hours|days|seconds) of )?(?:an? |some |unexpected |intermittent |significant |a complete |a partial |several )*(?:outages?|downtime|disruptions?|issues?|problems?|errors?|delays?|difficulties|interruptions?|failures?)|(?:was|were) caused by (?:an?|the|some)(?: [a-z-]+){0,3}? (?:issue|error|problem|fault|bug|failure|glitch|misconfiguration|change|mistake|oversight)|root cause(?: of [a-z\\x20]{1,30}?)? (?:was|is)|(?:change|update|deployment|configuration|misconfiguration|event|error|upgrade|migration)(?<=(?<![a-z])(?:an?|the)(?: [a-z-]+){0,3} (?:change|update|deployment|configuration|misconfiguration|event|error|upgrade|migration))(?: (?:in|to|of|on) (?:our|the|a|an)(?: [a-z]+){1,3}?)? (?:introduced|created|caused|triggered|increased|resulted in|led to|broke)|what happened (?:was|is) (?:(?:very|so|deeply|truly|extremely|really) )?(?:unfortunate|regrettable|wrong|terrible|sad|a mistake|an accident|awful|bad)|(?:numerous|many|countless|so+ many|a number of) mistakes|there (?:was|were|has been|have been) (?:a lot of|lots of|some|too much|so much|constant|endless|a great deal of)(?: [a-z-]+)? (?:yelling|shouting|fighting|arguing|screaming|drinking|lying|tension|conflict)|(?:relationship|friendship|marriage|communication|trust)(?<=(?<![a-z])(?:the|our) (?:relationship|friendship|marriage|communication|trust))(?: between us)? (?:became|got|grew|was|has become) (?:estranged|strained|distant|broken|damaged|rocky|tense|complicated)|mistakes (?:keep|kept|continue to) (?:happening|repeating|occurring|coming)|never (?:received|got) (?:a|any) (?:call back|callback|reply|response|answer|follow-up)|ran (?:longer|late|over) than (?:expected|planned|scheduled)|(?:fell|falls|fall) (?:by the wayside|through the cracks)|slipped (?:through the cracks|my mind)|got lost in the shuffle|(?:was|were) involved in (?:an?|the)(?: [a-z]+)? (?:incident|altercation|situation|accident|matter)|(?:sorry|apologi[sz]e|apologies|responsibility) for (?:my|our) part(?! in)',
      negatable: false,
    },
    {
      // Decisions and events that led nowhere in particular: "how we got here", "that bet didn't pay off",
      // "the events that led to this", "what was written", "a perfect storm".
      pattern:
        '(?:how|why) we got here|(?:bet|gamble|strategy|plan|decision)s? (?:didn[\\x27\\u2019]t|did not|never) (?:pay off|work out)|(?:the )?events (?:that|which) (?:led|lead) (?:to|up to)|(?:written|said|posted|done|shared)(?<=(?<![a-z])(?:what|everything) (?:was|had been|has been) (?:written|said|posted|done|shared))|(?:a|the) perfect storm',
      negatable: false,
    },
    {
      pattern:
        'there (?:are|were|is|was|have been|has been)(?: (?:some|a few|many|certain|a lot of|plenty of))? (?:actions|behaviou?rs|things|mistakes|moments|words|comments|decisions|errors|issues) (?:in my past|(?:that|which)(?! I (?:should|could|did|said|regret|wish|have|had|am|was)(?![a-z])))|(?:plenty of|my share of|lots of|a lot of|so many) mistakes|(?:inappropriate|hurtful|offensive|racist|insensitive|unkind|cruel)(?:,| and)? (?:hurtful )?(?:language|comments|words|behaviou?r|remarks|jokes?) (?:is|are|was|were)(?: (?:totally|completely|simply|absolutely|just))*(?:,? (?:totally|completely|simply|absolutely))? (?:unacceptable|wrong|inexcusable|not okay|not ok)|(?:the|that|this|my) (?:anger|rage|hate|frustration|emotions?|temper)(?: and [a-z]+)*(?: and how it)? (?:coming|came|come|comes) (?:through|out)',
      unlessBefore: /(?:my|our)\s*$/iu,
    },
  ],
}
