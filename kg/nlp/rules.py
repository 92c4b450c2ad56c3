"""The relation rules: general English patterns for the 23 predicates of vocabulary v1.

Each rule is a :class:`~kg.nlp.patterns.Rule`; the pattern language is in
:mod:`kg.nlp.patterns`. Rules name no entity: which words are countries,
capitals or organisations is the gazetteer's business. Each rule has a test
with a sentence of its own in ``tests/test_rules.py``.

Roles ("Kazakh President X" -> leaderOf, "Kremlin aide Y" -> worksFor) are read
by :mod:`kg.extract.roles`, not here, because they hang on title phrases.
"""

from __future__ import annotations

from kg.nlp.lexicon import PART_NOUNS
from kg.nlp.patterns import Rule

BE = "is|are|was|were|remains|remain|remained|became|become|becomes|has|have|had|been|'s|being"
ARRIVE = "arrived|arrives|arrive|arriving|landed|lands|land|landing"
VISIT_V = "visit|visits|visited|visiting|toured|tours|tour|touring"
VISIT_N = "visit|visits|trip|trips|tour|tours|journey|stop|stopover"
#: (not "returned to": one returns home, "he returns to Moscow"; "returned from X" is read by visit-returned-from)
TRAVEL = "flew|flown|flies|fly|flying|travelled|traveled|travels|travel|travelling|traveling|headed|heads|head|heading|went|goes|go|going|came|comes"
SIGN = "sign|signs|signed|signing"
#: when and where an agreement was reached, between "agreed" and "to": "agreed at the summit to", "agreed on February 22 to"
_WHEN_NOUNS = ("summit|meeting|talks|weekend|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
               "february|march|april|may|june|july|august|september|october|november|december")
AGREED_WHEN = f"?formally|unanimously|tentatively|jointly|finally ?at|in|on|last|this ?the ?{_WHEN_NOUNS} ?{'|'.join(str(n) for n in range(1, 32))}"
#: what parties agree to that is no agreement yet: "agreed to meet again", "agreed to hold talks"
AGREE_NOT_SIGN = frozenset({"meet", "talk", "talks", "discuss", "hold", "resume", "continue", "consider", "study", "disagree",
                            "differ", "negotiate", "work", "cooperate", "keep", "further"})
#: who speaks for a state, after its name or demonym: "U.S. officials said", "Iraqi sources said"
SPEAKER_NOUNS = frozenset({"officials", "official", "sources", "source", "diplomats", "diplomat", "analysts", "authorities",
                           "spokesman", "spokeswoman", "officers", "military", "government", "embassy", "leaders", "negotiators",
                           "delegates", "experts", "bankers", "traders"})
#: a possessive after a slot: the name is an owner ("signed by PDVSA and Champlin's parent company")
POSSESSIVE = frozenset({"'s", "’s"})
#: nouns that name what kind of organisation the apposition after them names ("the Emirates news agency, WAM")
ORG_TYPE = "agency|newspaper|daily|broadcaster|company|firm|group|bank|airline|carrier|network|channel|website|site|weekly|conglomerate"
CEASEFIRE = "ceasefire|ceasefires|cease-fire|cease-fires|truce|truces|armistice"
#: a meeting's verbs and nouns, apart and together
MEET_V = "met|meets|meet|spoke|speaks|speak|spoken|talked|conferred|negotiated|negotiating"
#: what two parties named together do when they meet (not "speak": "only Reagan and Baker are authorized to speak")
PAIR_MEET_V = "met|meets|meet|talked|conferred|negotiated|negotiating"
MEET_NOUNS = "talks|talk|meeting|meetings|call|calls|conversation|negotiations|discussions|summit|consultations"
MEET_N = f"{MEET_NOUNS}|{MEET_V}|discussed"
#: what a person is to another, before the name ("his former rival, Joe Biden", "her longtime ally X")
DESCRIBED_PEOPLE = "rival|rivals|opponent|opponents|challenger|predecessor|successor|ally|allies|friend|colleague|boss|deputy|running-mate"
#: the agents a state talks through, after its adjective ("American and Soviet arms negotiators")
STATE_AGENTS = "negotiators|officials|delegations|delegates|diplomats|envoys|ministers|leaders"
HOLD = ("held|hold|holds|holding|had|have|has|having|began|begin|begins|opened|open|opens|resumed|resume|resumes|concluded|"
        "conclude|started|start|starts|continued|continue|continues|ended|end|ends|wrapped|completed|complete|attended|attend|attends")
DOCS = "documents|document|agreement|agreements|deal|deals|accord|accords|treaty|treaties|memorandum|memoranda|pact|contract|contracts|declaration"
CRITICIZE = "opposed|opposes|oppose|opposing|condemned|condemns|condemn|condemning|denounced|denounces|denounce|criticized|criticised|criticizes|criticises|criticize|criticise|accused|accuses|accuse|accusing|blamed|blames|blame|blaming|slammed|slams|rebuked|rebukes|censured|insulted|insults|mocked|mocks|ridiculed|derided|lambasted|lambasts|blasted|blasts|chided|scolded|berated|castigated|decried|decries|deplored|deplores|vilified|disparaged"
#: what one party puts forward and another rejects (CAMEO 12): "rejected Greece's proposal", "the Sharjah explanation"
CLAIMS = ("claim|claims|accusation|accusations|allegation|allegations|demand|demands|charges|remarks|criticism|assertion|"
          "proposal|proposals|explanation|version|account|offer|request|ultimatum|argument|arguments")
LAWSUIT = "lawsuit|lawsuits|suit|suits|complaint|complaints|charges|charge|indictment|indictments|case|petition"
SUPPORT = "praised|praises|praise|praising|endorsed|endorses|endorse|endorsing|backed|backs|backing|supported|supports|support|supporting|commended|commends|commend|commending|hailed|hails|lauded|lauds|recognized|recognised|recognizes|recognises|recognize|recognise"
SANCTION = "sanctioned|sanctions|sanction|sanctioning|banned|bans|banning|embargoed|expelled|expels|expel|expelling|blacklisted"
IMPOSE = "imposed|imposes|impose|imposing|slapped|slaps|levied|announced|introduced|extended|tightened|approved|approves|adopted|adopts|passed|ordered"
PENALTY = "sanctions|sanction|embargo|embargoes|ban|bans|tariffs|tariff|restrictions|penalties|boycott|boycotts"
#: penalties named with "of" their target ("its trade boycott of South Africa", "the blockade of Qatar")
PENALTY_OF = "boycott|boycotts|embargo|embargoes|blockade|blockades"
ATTACK = "attacked|attacks|attack|attacking|bombed|bombs|bomb|bombing|shelled|shells|shelling|invaded|invades|invade|invading|raided|raids|struck|strikes|striking|stormed|ambushed|targeted|targets|destroyed|sank|torpedoed"
#: past-tense attack verbs (never nouns: "its recent attack on Japanese ships" names no attacker)
ATTACKED = "attacked|bombed|shelled|invaded|raided|struck|stormed|ambushed|targeted|destroyed|sank|torpedoed|killed|downed|shot"
EXCHANGE_FIRE = "exchanged|exchange|exchanges|exchanging|traded|trade ?heavy|artillery|small-arms|gun|rocket|mortar fire|gunfire|shots|shells|rockets|artillery"  # not "traded blows": words
FIRE = "fired|firing|fires|fire|launched|launching|launches|launch"
WAR_N = "war|conflict|standoff|hostilities|fighting|clashes|confrontation|dispute|stand-off"
WAR_PLURAL = "wars|conflicts|standoffs|disputes|feud|feuds|confrontations"
#: the words of what a conflict is like, between "have" and the conflict ("have long-standing territorial disputes",
#: tokenized "long - standing"; not "have settled disputes")
WAR_ADJ = ("long|-|standing|longstanding|running|bitter|territorial|border|ongoing|unresolved|deep|serious|protracted|"
           "decades|years|old|frozen|armed|open|diplomatic|military|maritime|many|several|numerous")
OFFENSIVE = "offensive|invasion|occupation|war|aggression|incursion"
STRIKE_N = "attack|attacks|strike|strikes|airstrike|airstrikes|bombardment|bombing|assault|raid|raids|shelling|thrust|onslaught|offensive|counteroffensive|counter-offensive"
OUSTER = "resignation|ouster|removal|impeachment|arrest|prosecution|dismissal|overthrow"
TARGETS = "platform|platforms|ship|ships|tanker|tankers|vessel|vessels|position|positions|base|bases|troops|forces|soldiers|embassy|targets|territory|town|towns|city|cities|village|villages|convoy|aircraft|jet|jets|plane|planes|warplane|warplanes|drone|drones|helicopter|helicopters|bomber|bombers|fighter|installation|installations|facility|facilities|terminal|terminals|refinery|refineries|port|ports|airport|airports|airfield|airfields|oilfield|oilfields|depot|depots|outpost|outposts|headquarters"
USE = ("firing|fired|fires|using|used|uses|deploying|deployed|received|receives|receiving|got|operating|operates|fielding|"
       "emplaced|installed|flying|flew|flies|acquired|bought|buys|purchased")
SUPPLIED = "supplied|provided|donated|funded|financed|delivered|gifted|sent"
PROVIDE = "provided|provides|provide|providing|sent|sends|send|sending|supplied|supplies|supply|supplying|delivered|delivers|deliver|gave|give|gives|giving|donated|donates|pledged|pledges|pledge|granted|grants|offered|offers|shipped|ships|approved|extended|extends|sold|sells|sell|selling"
AID = "aid|weapons|arms|missiles|tanks|assistance|support|funding|loans|loan|ammunition|equipment|supplies|money|grants|grant|vaccines|vaccine|doses|medicine|medicines|relief|food|troops|jets|systems|credit|credits|line|financing|dollars|dlrs|euros|pounds|stg|yen|francs|marks|yuan|rupees"
#: what a borrower gets ("received", "drew down", "secured")
RECEIVE = ("receive|receives|received|receiving|obtain|obtains|obtained|get|gets|got|secure|secures|secured|win|wins|won|"
           "draw|draws|drew|drawn|disburse|disbursed|accept|accepts|accepted")
LOANS = "loan|loans|credit|credits|aid|grant|grants|assistance|financing"
MEMBER = "member|members|part|founding|full|fully|fledged"
JOINED = "joined|joins|acceded|accedes|admitted"
SEEK = "want|wants|wanted|seek|seeks|seeking|sought|hope|hopes|hoping|hoped|plan|plans|planning|planned|aspire|aspires|aspiring|applied|apply|applies|applying|bid|bids|eager|keen|intends|intend|intend|wish|wishes|wishing|push|pushes|pushing|pushed|try|tries|trying|tried"
REFUSE = "refused|refuses|refuse|refusing|declined|declines|decline|declining|rejected|rejects|reject|rejecting|ruled|rules"
LEAVE = "withdrew|withdraws|withdraw|withdrawing|withdrawn|quit|quits|quitting|left|leaves|leave|leaving|exited|exits|exit|exiting|pulled|pulls|pull|pulling"
SUSPEND = "suspended|suspends|suspend|suspending|froze|freezes|freeze|freezing|frozen|ended|ends|end|ending|terminated|renounced|renounces"
#: the presence verbs that say so on their own ("has" needs the troops right after it)
PRESENCE_DEPLOY = "retains|retain|retained|maintains|maintain|maintained|keeps|keep|kept|stations|stationed|station|deployed|deploys|deploy"
PRESENCE_V = "has|have|had|retains|retain|retained|maintains|maintain|maintained|keeps|keep|kept|stations|stationed|station|deployed|deploys|deploy|deploying|sent|sends|send|sending|based|operates|operate|operated"
FORCES = "troops|soldiers|forces|bases|base|guards|personnel|contingent|peacekeepers|garrison|units|battalions|brigades|warships|fleet|servicemen|marines|presence"
#: where a state's forces are kept
BASE_N = "base|bases|airbase|airbases|stronghold|strongholds|garrison|garrisons|outpost|outposts|positions|camp|camps|headquarters"
LOCATE_PREP = "in|into|inside|at|on|along|across|within|to"
BORDER_N = "border|borders|frontier|frontiers|boundary"
#: what of a firm changes hands when it is sold: the firm's unit, shares or station
UNIT = ("unit|units|subsidiary|subsidiaries|division|divisions|stake|shares|station|business|businesses|operations|arm|"
        "affiliate|plant|plants|holding|holdings|interest|brand|chain|group")
SELL = "sold|sells|sell|selling"
BUY = "acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|purchasing"
LED = "led|-led"
EXPRESS = "expressed|expresses|expressing|voiced|voices|voicing"
#: what a person does, as a noun: "the appointment of X", "the swearing-in of X"
OWN_ACTS = "appointment|nomination|swearing-in|in|candidacy|decision|plan|plans|proposal|policies|policy|election|re-election|actions|remarks|statement|conduct"
#: more acts a party is criticised for ("attacked the proclamation by the President")
NEW_ACTS = "move|moves|announcement|proclamation|recognition|comments|handling|treatment|refusal|annexation|invasion"
#: events one travels to: "attended a summit in Beijing", "competed in the 2019 Open in Gibraltar"
EVENTS = ("summit|conference|meeting|meetings|talks|forum|ceremony|funeral|inauguration|celebrations|festival|tournament|tournaments|"
          "championship|championships|olympiad|olympics|games|cup|race|match|marathon|open|congress|convention|session|assembly")
DISAPPROVAL = "opposition|objection|objections|disapproval|outrage|anger|displeasure|dismay"
#: the kinds of place a state has, singular and plural ("the Indian states of Kerala and Karnataka")
PLACE_KINDS = ("cities|towns|townships|villages|ports|islands|provinces|regions|districts|counties|municipalities|states|possessions|"
               "prefectures|governorates|oblasts|emirates|territories|departments|cantons")
PLACE_KIND = ("commonwealth|dependency|city|town|township|village|port|island|province|region|district|county|municipality|state|prefecture|governorate|"
              f"oblast|emirate|territory|department|canton|{PLACE_KINDS}")

RULES: tuple[Rule, ...] = (
    # visits -------------------------------------------------------------------------------
    Rule("visit-arrive", "visits", f"S:AGENT ~3 {ARRIVE} ~3. in|at ~4[np] O:LOC", 0.85),
    Rule("visit-verb", "visits", f"S:AGENT ~3 {VISIT_V} ~6. O:LOC", 0.8),
    # "Aqazadeh also visited OPEC members Gabon, Algeria and Libya": the states, named after their organisation
    Rule("visit-verb-members", "visits", f"S:AGENT ~3 {VISIT_V} ?fellow X:IGO member|members|states|countries|nations ?such ?as O:COUNTRY", 0.8),
    Rule("visit-noun", "visits", f"S:AGENT 's ~2 {VISIT_N} to ~6 O:LOC", 0.8),
    Rule("visit-made", "visits", f"S:AGENT ~2 made|makes|make|paid|pays|pay|making|paying ~4 {VISIT_N} to ~6 O:LOC", 0.8),
    Rule("visit-plans", "visits", f"S:AGENT ~2 plans|planned|planning|plan|scheduled|schedules|announced|announces ~4 {VISIT_N} to ~6 O:LOC", 0.75,
         modality="planned"),
    Rule("visit-travel", "visits", f"S:AGENT ~2 {TRAVEL} to ~4[np] O:LOC", 0.75),
    # a meeting held abroad: "Peruvian President Alan Garcia met President Miguel de la Madrid in Mexico City"
    Rule("visit-met-in", "visits", "S:PER ~3. met|meets|meeting ?with ~3[np] X:AGENT ~2. in|at ?the O:LOC", 0.65, away_only=True,
         not_followed_by=frozenset({"'s", "-"})),
    Rule("visit-talks-in", "visits", "S:PER ~3. held|holds|hold|holding ~2 talks|meeting|meetings ?with ~3[np] X:AGENT ~2. in|at ?the O:LOC", 0.65,
         away_only=True, not_followed_by=frozenset({"'s", "-"})),
    Rule("visit-fronted", "visits", f"during|on ~1 a|an|his|her|their ~4 {VISIT_N} to ~3[np] O:LOC , S:PER", 0.75),
    Rule("visit-treated", "visits", "S:PER ~3. hospitalised|hospitalized|treated|admitted|evacuated|flown ~5 to|in|at ~4 hospital|hospitals|clinic in|at ~1 O:LOC", 0.7),
    Rule("visit-treated-in", "visits", "S:PER ~3. hospitalised|hospitalized|treated ~4. in O:LOC", 0.7),
    # anchored on the noun: a subject slot before a long wildcard would cost the matcher more than all other rules
    Rule("visit-tour-includes", "visits", "tour|trip|tours|trips|visits ~2. which|that ?will include|includes|included|including|covers|covering ~1 O:LOC", 0.7,
         subject="sentence"),
    Rule("visit-is-in", "visits", "S:PER is|was|are|were ?currently|now|still in ?the O:LOC", 0.65, not_followed_by=frozenset({"'s", "-"})),
    # "Shintaro Abe, who has just returned from Washington", "on his way home from Vancouver": he was there
    Rule("visit-returned-from", "visits", "S:PER ~3. returned|returns|returning|back|home from ~2[np] O:LOC", 0.7,
         not_followed_by=frozenset({"-", "'s"})),
    # being at an event abroad: "attended the summit in Beijing", "played in a tournament in Gibraltar", "spent three days in Paris"
    Rule("visit-attend", "visits", f"S:PER ~2. attend|attends|attended|attending ?the|a|an ~4 {EVENTS} in|at ?the O:LOC", 0.7),
    Rule("visit-compete", "visits", f"S:PER ~2. played|plays|playing|competed|competes|competing|raced|races|racing|fought ~1 in|at ?the|a|an ~4 {EVENTS} in|at ?the O:LOC", 0.7),
    Rule("visit-spent", "visits", "S:PER ~2. spent|spends|spending ~2 days|day|weeks|week|months|nights|night|hours in|at ?the O:LOC", 0.7),
    Rule("visit-depart", "visits", "S:AGENT ~3. leaves|left|leaving|departed|departs|departing|sets|set|setting ?off|out for ~3[np] O:LOC", 0.75),
    Rule("visit-visiting", "visits", "visiting ~4 S:PER", 0.7, object="dateline"),
    Rule("visit-here", "visits", "S:AGENT ~3. arrived|arrives|arriving|came|comes|flew here", 0.75, object="dateline"),
    Rule("visit-here-who", "visits", "S:AGENT , who is|was|are|were here", 0.7, object="dateline"),
    Rule("visit-apposition-noun", "visits", f"S:AGENT , ~1 in|on|during|at ~7. a|an|his|her|their ~2 {VISIT_N} to ~3[np] O:LOC", 0.75),
    Rule("visit-arrived-for", "visits", f"S:AGENT ~3. {ARRIVE} ~2 for ~1 a|an|his|her|their ~4 {VISIT_N} to|in ~3[np] O:LOC", 0.8),
    Rule("visit-arrived-for-here", "visits", f"S:AGENT ~3. {ARRIVE} ~2 for ~1 a|an|his|her|their ~4 {VISIT_N}", 0.7, object="dateline",
         not_followed_by=frozenset({"to", "in", "of"})),
    # "... at the end of an official two-day visit to Mexico": the sentence's first actor made it
    Rule("visit-noun-sentence", "visits", f"during|on|with|amid|of ~1 a|an|his|her|their ~4 {VISIT_N} to|in ~3[np] O:LOC", 0.65, subject="sentence",
         not_followed_by=frozenset({"by"})),
    # meetsWith ----------------------------------------------------------------------------
    Rule("meet-with", "meetsWith", f"S:AGENT ~4 {MEET_N} ?by|on|over ?the ?telephone|phone|videoconference|video ~3. with ~6[np] O:AGENT", 0.8),
    # "it receives SEC approval": what is received is a thing, the name only its modifier
    Rule("meet-verb", "meetsWith", "S:AGENT ~2. met|meets|meet|meeting|hosted|hosts|host|hosting|received|receives ~6[np] O:AGENT", 0.75,
         not_followed_by=frozenset({"approval", "permission", "consent", "clearance", "backing", "support", "funding", "funds", "loan", "loans",
                                    "shares", "stock", "payment", "payments", "money", "aid", "credit", "credits", "grant", "grants",
                                    "award", "license", "licence", "approvals", "orders", "order", "contract", "contracts"})),
    # the pair's own verb ("met", "talked", "discussed"), or a meeting noun after a verb that holds it ("held talks");
    # not a meeting noun in a phrase of place or time ("agreed at the summit": the sentence says what they agreed)
    Rule("meet-pair", "meetsWith", f"S:AGENT and ~4[np] O:AGENT ~4 {PAIR_MEET_V}|discussed|discuss|discusses|discussing", 0.75,
         not_followed_by=frozenset({"with"})),  # "Iraq and Syria met with Turkey": they met Turkey
    Rule("meet-pair-held", "meetsWith", f"S:AGENT and ~4[np] O:AGENT ~3 {HOLD} ~3 {MEET_NOUNS}", 0.75, not_followed_by=frozenset({"with"})),
    # "Garcia and Mexican President Miguel de la Madrid issued a joint declaration": a joint text comes of a meeting
    # "American and Soviet arms negotiators will resume talks": two states named by their adjectives, their agents' talks
    Rule("meet-pair-demonyms", "meetsWith", f"S:DEM and O:DEM ~2 {STATE_AGENTS} ?also {HOLD} ~3 {MEET_NOUNS}", 0.7),
    Rule("meet-pair-demonyms-to-come", "meetsWith", f"S:DEM and O:DEM ~2 {STATE_AGENTS} will|to ?also {HOLD} ~3 {MEET_NOUNS}", 0.7,
         modality="planned"),
    Rule("meet-pair-demonym-group", "meetsWith", f"S:DEM and O:STATED ?also {HOLD} ~3 {MEET_NOUNS}", 0.7),
    Rule("meet-pair-demonym-group-to-come", "meetsWith", f"S:DEM and O:STATED will|to ?also {HOLD} ~3 {MEET_NOUNS}", 0.7, modality="planned"),
    Rule("meet-joint-statement", "meetsWith", "S:AGENT and ~3[np] O:AGENT ~3. issued|issue|issues|released|release|releases|adopted|adopt|published ~2 a|an|their ~2 joint statement|declaration|communique|communiqué", 0.75),
    Rule("meet-during-talks", "meetsWith", f"S:AGENT ~5. during|at|in|after|from ~5 {MEET_N} ~2. with ~4[np] O:AGENT", 0.75),
    # "Weizsaecker, speaking at a reception held for him by President Raul Alfonsin": a host meets the guest
    Rule("meet-hosted-by", "meetsWith", "S:AGENT ~5. at|during|to|for ?a|an|the ~2 reception|dinner|banquet|luncheon|lunch|breakfast|ceremony ~1. hosted|held|given|offered|thrown ~3. by ~3[np] O:AGENT", 0.7),
    # "X will hold talks with Thatcher and meet Queen Elizabeth": the second verb's subject is the sentence's
    Rule("meet-and-verb", "meetsWith", "and ?also ?later ?will meet|meets|met ~3[np] O:AGENT", 0.7, subject="sentence"),
    # an invitation to talks: "Kohl has invited the European Commission for talks in Bonn next month"
    Rule("meet-invited", "meetsWith", f"S:AGENT ~2. invited|invites|inviting ?the ~3[np] O:AGENT for|to ?talks|a|an ~2 {MEET_NOUNS}", 0.7,
         modality="planned"),
    # phone calls and visits received: "Macron telephoned Putin", "Putin was received by Macron", "sat down with"
    Rule("meet-telephoned", "meetsWith", "S:AGENT ~2. telephoned|telephones|phoned|phones ~4[np] O:AGENT", 0.75, not_followed_by=frozenset({"'s"})),
    # "Reagan spoke to Thatcher by telephone", "talked with Kohl on the phone"
    Rule("meet-spoke-by-phone", "meetsWith", "S:AGENT ~2. spoke|speaks|speaking|talked|talks|talking to|with ~4[np] O:AGENT ~2. by|on|over ?the ?a "
         "telephone|phone|videophone|videoconference|video", 0.75),
    Rule("meet-received-by", "meetsWith", "O:AGENT ~2. was|were|is|are|been|being ~1 received|hosted|welcomed|greeted by ~3[np] S:AGENT", 0.75),
    Rule("meet-sat-down", "meetsWith", "S:AGENT ~2. sat|sit|sits|sitting down with ~3[np] O:AGENT", 0.75),
    # "In a phone call with Vladimir Putin, Emmanuel Macron urged restraint": the talks before their subject
    Rule("meet-fronted", "meetsWith", f"in|during|after|at ?a|an|the|her|his|their|its ~2 {MEET_NOUNS} with ~3[np] O:AGENT ~4. , S:AGENT", 0.7,
         not_followed_by=frozenset({"'s"}), sentence_start=True),
    Rule("meet-call-on", "meetsWith", "S:AGENT ~2. paid|pays|pay|paying ~3 call|calls on ~2[np] O:AGENT", 0.75),
    Rule("meet-between", "meetsWith", f"{MEET_NOUNS} ~3 "
         "between ?the ~2. S:AGENT and ?the ~3[np] O:AGENT", 0.75),
    # "..., including an address at the UN and meeting with Pope Francis": the sentence's subject met them
    Rule("meet-participle", "meetsWith", "including|after|before|and|, meeting ?with ~3[np] O:AGENT", 0.7, subject="sentence"),
    Rule("meet-group", "meetsWith", f"S:AGENT ~4 {MEET_N}|discuss|discussed|discusses|discussing", 0.7, subject="group"),
    # signsAgreementWith -------------------------------------------------------------------
    Rule("sign-with", "signsAgreementWith", f"S:AGENT ~4 {SIGN} ~6 with ~3[np] O:AGENT", 0.8),
    # "VKW had struck an accord with KHI", "reached agreement with its creditors": an agreement made with a party
    Rule("sign-reached-with", "signsAgreementWith", f"S:AGENT ~3. struck|strikes|strike|reached|reaches|reach|concluded|concludes|clinched|clinches ~2 a|an|the ~3 {DOCS}|agreement with ~3[np] O:AGENT", 0.75,
         not_followed_by=frozenset({"'s"})),  # "concluded an agreement with Jamaica's creditor banks": with the banks
    Rule("sign-pair", "signsAgreementWith", f"S:AGENT and ~4[np] O:AGENT ~4 {SIGN} ~5 {DOCS}", 0.8),
    # "The United States, Japan, West Germany ... and Canada agreed at the summit to use ...": states reaching an agreement,
    # every pair (only states: underwriters agreeing to buy an issue agree with its seller); agreeing to meet or to talk is no
    # agreement yet
    Rule("sign-agreed-pair", "signsAgreementWith", f"S:STATE and ?the O:STATE ?have|has|had ?also ?formally agreed|agree {AGREED_WHEN} to|on|upon",
         0.7, not_followed_by=AGREE_NOT_SIGN),
    # "Brazil, Argentina, Uruguay and Paraguay signed the Treaty of Asuncion": a named treaty, every pair of the list
    Rule("sign-pair-named", "signsAgreementWith", f"S:AGENT and ~4[np] O:AGENT ~4 {SIGN} ?the X:DOC", 0.8),
    # "The agreement was signed by Brazil, Argentina and Uruguay", "The pact, signed by Brazil and Peru, took effect"
    Rule("sign-by-list", "signsAgreementWith", f"{DOCS} ~4 signed by ~2[np] S:AGENT ,|and ?the O:AGENT", 0.75, not_followed_by=POSSESSIVE),
    Rule("sign-by-list-named", "signsAgreementWith", "X:DOC ~4 signed by ~2[np] S:AGENT ,|and ?the O:AGENT", 0.75, not_followed_by=POSSESSIVE),
    Rule("sign-pair-of", "signsAgreementWith", f"S:PER of X:STATED and ?the O:PER of X:STATED ~3 {SIGN} ~5 {DOCS}", 0.8),
    # "NASA's contract with Boeing", "Kuwait's deal with Moscow"
    Rule("sign-possessive-with", "signsAgreementWith", "S:AGENT 's ~3 contract|contracts|agreement|deal|accord|treaty|pact with ~3[np] O:AGENT", 0.75),
    Rule("sign-between", "signsAgreementWith", f"{DOCS} ~4 between ?the S:AGENT *6 and ?the O:AGENT", 0.75,
         not_followed_by=frozenset({"would", "could", "might", "may"})),  # "A new agreement between the IMF and Zaire would pave the way"
    Rule("sign-between-again", "signsAgreementWith", f"{DOCS} *10 and between S:AGENT *6 and ?the O:AGENT", 0.75),
    # a ceasefire is signed only when the text says so ("sought a ceasefire between Iran and Iraq" is no signing)
    Rule("sign-ceasefire-between", "signsAgreementWith", f"{SIGN}|agreed|agree|reached|reach ~2 {CEASEFIRE} ~4 between S:AGENT *6 and ?the O:AGENT", 0.75),
    Rule("sign-group", "signsAgreementWith", f"S:AGENT ~4 {SIGN} ~5 {DOCS}", 0.7, subject="group"),
    Rule("sign-compound", "signsAgreementWith", "S:STATED -|–|/ O:STATED ~2. treaty|agreement|accord|accords|pact|armistice", 0.8),  # "the U.S.-Japan semiconductor pact"
    # criticizes / supports ----------------------------------------------------------------
    Rule("criticize-verb", "criticizes", f"S:AGENT ~2. {CRITICIZE} ~2[np] O:AGENT", 0.8),
    Rule("criticize-verb-described", "criticizes", f"S:AGENT ~2. {CRITICIZE} his|her|their|its ~2 {DESCRIBED_PEOPLE} ?, O:AGENT", 0.75),
    # "China condemned the Soviet invasion of Afghanistan", "condemned the Iraqi attack on the USS Stark": the state of the act
    Rule("criticize-demonym-act", "criticizes", f"S:AGENT ~2. {CRITICIZE} the|an|a ~1 O:DEM ~2 attack|attacks|invasion|occupation|bombing|bombings|raid|raids|strike|strikes|airstrike|airstrikes|aggression|intervention|interference|crackdown|annexation|incursion|offensive|blockade|embargo|sanctions|decision|move|policy|policies|actions",
         0.7),
    # "Kohl has written two letters to Delors, complaining that the plans would hit farmers": a written complaint
    Rule("criticize-wrote-complaining", "criticizes", "S:AGENT ~4. wrote|written|writes|sent|sends ~4 letter|letters|note|notes|message|messages "
         "to ~2[np] O:AGENT ?, complaining|protesting|objecting|criticising|criticizing|condemning", 0.7),
    # "Iran warned the United States not to intervene", "warned Britain against ...": a warning to stop is disapproval
    Rule("criticize-warned-not", "criticizes", "S:AGENT ~2. warned|warns|warning ~2[np] O:AGENT not|against", 0.7),
    # a protest made to a party (CAMEO 114): "France protested to Iran over the arrests", "Britain lodged a protest with
    # Iran" (not "complained to the EC about Japan": the complaint is about Japan, the EC is only told)
    Rule("criticize-protest-to", "criticizes", "S:ACTOR ~3. protested|protests|protest|protesting to ~3[np] O:ACTOR", 0.75,
         not_followed_by=frozenset({"about"})),
    Rule("criticize-lodged-protest", "criticizes", "S:ACTOR ~3. lodged|lodges|lodge|lodging|delivered|delivers|filed|files|made|makes "
         "~2 protest|protests with|to ~3[np] O:ACTOR", 0.75, not_followed_by=frozenset({"about"})),
    # the party's own act condemned: "Erdogan attacked the decision by Trump", "condemned the appointment of X"
    Rule("criticize-act-by", "criticizes", f"S:AGENT ~2. {CRITICIZE}|attacked|attacks|attacking ?the ~2 {OWN_ACTS}|{NEW_ACTS} by ~2[np] O:AGENT", 0.7),
    Rule("criticize-act-of", "criticizes", f"S:AGENT ~2. {CRITICIZE}|attacked|attacks|attacking ?the ~2 {OWN_ACTS}|{NEW_ACTS} of O:PER", 0.7),
    # refusing to recognise a state or government is a rejection of it: "Iran does not recognise the existence of Israel"
    Rule("criticize-not-recognise", "criticizes", "S:ACTOR ~2. does|do|did|has|have|had not|n't|never recognise|recognize|recognised|recognized ?the ~2 ?existence|legitimacy|sovereignty|independence ?of ?the O:ACTOR", 0.7),
    Rule("criticize-refuse-recognise", "criticizes", "S:ACTOR ~2. refuses|refused|refuse|refusing to recognise|recognize ?the ~2 ?existence|legitimacy|sovereignty|independence ?of ?the O:ACTOR", 0.7),
    Rule("criticize-blame", "criticizes", "S:AGENT ~2. blamed|blames|blaming|attributed|attributes|attributing ~5 on|to ~2[np] O:AGENT", 0.7),
    # "the U.S. Treasury regretted Brazil's interest payment moratorium": regret of another's act ("regretted Volcker had decided
    # to leave" is sympathy)
    Rule("criticize-regret", "criticizes", "S:AGENT ~2. regretted|regrets O:AGENT 's", 0.7),
    # "The government has blamed a spate of limpet mine blasts in South African cities in recent months on the ANC"
    Rule("criticize-blame-long", "criticizes", "S:AGENT ~2. blamed|blames|blaming ~12. on ~2[np] O:AGENT", 0.7),
    Rule("criticize-attack-verbal", "criticizes", "S:PER ~2. attacked|attacks|attacking ~2[np] O:AGENT", 0.7),
    Rule("criticize-critic", "criticizes", "O:ANY ?- critic ?and ~5[np] S:PER", 0.7),
    # "Bolton was also much more of a critic of Russia"
    Rule("criticize-critic-be", "criticizes", f"S:PER ~2. {BE} ~5 critic|critics|opponent|opponents of ~2[np] O:AGENT", 0.7),
    Rule("criticize-critic-apposition", "criticizes", "S:PER , a|an ~2 O:ANY ?- critic", 0.7),
    Rule("criticize-passive", "criticizes", "O:AGENT ~2. is|are|was|were|been|being ~1 criticized|criticised|condemned|denounced|accused|blamed|attacked|slammed|rebuked|censured by ~3[np] S:AGENT", 0.75),
    Rule("criticize-drew", "criticizes", "O:AGENT ~3. drew|draws|drawing|faced|faces|facing|received|receives|attracted ~2 criticism|condemnation|rebuke|rebukes from ~3[np] S:AGENT", 0.7),
    Rule("criticize-resign", "criticizes", "S:AGENT ~2. called|calls|calling|urged|urges|urging|told|tells ~1 on|for ?the O:PER to resign|quit|step", 0.7),
    Rule("criticize-resignation", "criticizes", f"S:AGENT ~2. called|calls|calling|demanded|demands|demanding ?for ~2[np] {OUSTER} of ~2[np] O:AGENT", 0.7),
    Rule("criticize-resignation-possessive", "criticizes", f"S:AGENT ~2. called|calls|calling|demanded|demands|demanding ?for O:AGENT 's {OUSTER}", 0.7),
    Rule("support-supporter", "supports", "O:ANY ?- supporter|supporters|loyalist|loyalists ?and ~5[np] S:PER", 0.7),
    # "Senator Kennedy's pro-Israel position"
    Rule("support-pro-possessive", "supports", "S:AGENT 's ~1 pro - O:STATED", 0.7),
    # "Juan Carlos Pugliese, speaker of the lower house and one of Alfonsin's top political allies"
    Rule("support-one-of-allies", "supports", "S:PER , *12 one of O:PER 's ~3 allies|supporters|backers|loyalists|confidants|lieutenants", 0.7),
    Rule("support-supporter-apposition", "supports", "S:PER , a|an ~2 supporter|backer|loyalist|admirer|ally of ~3[np] O:AGENT", 0.7),
    Rule("criticize-noun", "criticizes", "S:AGENT 's ~2 criticism|condemnation|denunciation|rebuke of ~2[np] O:AGENT", 0.75),
    # "Peacock was critical of Howard's leadership", "campaigned against Howard's leadership"
    Rule("criticize-critical-of", "criticizes", f"S:AGENT ~2. {BE} ~2 critical|scathing|dismissive of ~2[np] O:AGENT", 0.75),
    Rule("criticize-campaign-against", "criticizes", "S:AGENT ~2. campaigned|campaigns|campaigning|protested|protests|protesting|demonstrated|rallied ~1 against ~2[np] O:AGENT", 0.7),
    Rule("criticize-hit-out", "criticizes", "S:AGENT ~2. hit|hits|lashed|lashes|lashing|hitting out at ~2[np] O:AGENT", 0.75),
    Rule("criticize-reject", "criticizes", f"S:AGENT ~2. rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes ~3 O:AGENT ?'s ~2 {CLAIMS}", 0.7),
    # CAMEO 112 (accuse) and 115 (bring a lawsuit against): "the Senate filed a lawsuit against X", "Ohio sued X"; a federal
    # state is a party to a suit ("against the state of Montana"), though no agent elsewhere (LITIGANT slots)
    Rule("criticize-lawsuit", "criticizes", f"S:LITIGANT ~3. filed|files|filing|brought|brings|lodged|lodges|launched|unsealed|pressed ~2 {LAWSUIT} ~2 against ~3[np] O:LITIGANT", 0.7),
    Rule("criticize-lawsuit-by", "criticizes", f"{LAWSUIT} ~1 filed|brought|lodged|launched by ~3[np] S:LITIGANT ~6 against ~3[np] O:LITIGANT", 0.7),
    Rule("criticize-fire", "criticizes", "S:AGENT ~2. called|calls|calling|urged|urges|urging|demanded|demands|asked|asks ?on|for ?the X:ANY to fire|sack|dismiss|oust|expel ?the O:PER", 0.7),
    Rule("criticize-questioned", "criticizes", "S:AGENT ~3. questioned|questions|questioning|challenged|challenges|disputed|disputes ~1 O:AGENT 's ~2 authority|power|powers|legitimacy|competence|judgment|judgement|honesty|credibility|motives|integrity", 0.7),
    Rule("criticize-blamed-by", "criticizes", "blamed by ?both ?the S:AGENTD ~6 on ~2[np] O:AGENT", 0.7),
    Rule("criticize-sue", "criticizes", "S:LITIGANT ~2. sued|sues|suing ~3[np] O:LITIGANT", 0.7),
    # the accuser whose charges are denied criticised the one who denies them: "Zambia denied Botha's charges"
    Rule("criticize-charges-denied", "criticizes", "O:AGENT ~2. rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes|rebutted|rebuts "
         "S:AGENTD ?'s ~1 charges|charge|accusations|accusation|allegations|allegation|criticism|criticisms", 0.7),
    # the verb, not the adjective: "Calny alleges PepsiCo breached", not "Pretoria raided alleged ANC bases"
    Rule("criticize-alleged", "criticizes", "S:AGENT ?, ?which|who ?has|have|had|also|further ?also alleged|alleges|alleging ?that ?the O:AGENT", 0.7),
    Rule("support-noun", "supports", "S:AGENT 's ~2 endorsement|backing|support of|for ~2[np] O:AGENT", 0.75),
    Rule("support-welcome", "supports", "S:AGENT ~2. welcomed|welcomes|welcoming|applauded|applauds ~1 O:AGENT 's ~2 decision|move|election|victory|announcement|proposal|efforts|offer|plan|initiative|statement", 0.7),
    Rule("support-verb", "supports", f"S:AGENT ~2. {SUPPORT} ~2[np] O:AGENT", 0.75),
    # "Bloomberg endorsed his former rival, Joe Biden": the person described before the name
    Rule("support-verb-described", "supports", f"S:AGENT ~2. {SUPPORT} his|her|their|its ~2 {DESCRIBED_PEOPLE} ?, O:AGENT", 0.75),
    # "Kokesh supported the 2008 and 2012 presidential campaigns of Ron Paul": backing a person's campaign backs the person
    Rule("support-campaign-of", "supports", f"S:AGENT ~2. {SUPPORT}|joined|joins|endorsed ~6 campaign|campaigns|candidacy|candidacies of ~1[np] O:PER", 0.7),
    Rule("support-passive", "supports", "O:AGENT ~2. is|are|was|were|been|being ~1 backed|supported|endorsed|funded|armed by ~2[np] S:ACTOR", 0.75),
    # "X was praised by Y", "was thanked by the Reagan administration": praise names its giver, a person too
    Rule("support-passive-praise", "supports", "O:AGENT ~2. is|are|was|were|been|being ~1 praised|hailed|lauded|thanked|congratulated|commended by ~2[np] S:AGENT", 0.75),
    Rule("support-passive-who", "supports", "O:AGENT , who|which|that is|are|was|were|has|have ?been ~1 backed|supported|endorsed|funded|armed by ~2[np] S:ACTOR", 0.75),
    Rule("support-bid-backed", "supports", "O:AGENT ?'s ~2 application|bid|candidacy|nomination|proposal|request|plan ?, ?which ?is|was ~1 backed|supported|endorsed by ~2[np] S:ACTOR", 0.7),
    Rule("support-compound", "supports", "S:STATED - backed ~4[np] O:AGENT", 0.75),
    Rule("support-supportive-of", "supports", f"S:AGENT ~2. {BE} ~2 supportive|appreciative of ~2[np] O:AGENT", 0.7),
    # CAMEO 11 (disapprove): "expressed opposition to the swearing-in of X", "voiced concern over Iran's programme"
    # "concern" is no disapproval ("voiced concern about China's economy"); what is disapproved of is the named party's own
    Rule("criticize-express", "criticizes", f"S:AGENT ~2. {EXPRESS} ~2 {DISAPPROVAL} ~1 to|over|at|about|with ~2[np] O:AGENT", 0.7,
         not_followed_by=frozenset({"-", "'s"})),
    # a person's own act named before "of": "opposition to the swearing-in of Pedro Pierluisi" (not "outrage over the killing of X")
    Rule("criticize-express-of", "criticizes", f"S:AGENT ~2. {EXPRESS} ~2 {DISAPPROVAL} to|over|at|about|with ?the ~2 {OWN_ACTS} of O:PER", 0.7),
    # "Venezuela has shown solidarity with Brazil's decision"
    Rule("support-solidarity", "supports", "S:AGENT ~2. shown|showed|shows|show|showing|expressed|expresses|express|declared|declares|pledged ~2 solidarity with ~2[np] O:AGENT", 0.75),
    Rule("support-express", "supports", "S:AGENT ~2. expressed|expresses|voiced|reaffirmed|pledged ~2 support for ~2[np] O:AGENT", 0.75),
    # a running mate is chosen, backed: "Sarah Palin was chosen by John McCain as his running mate"
    Rule("support-running-mate", "supports", "S:PER ~3. chose|chooses|picked|picks|selected|selects|named|names|announced|announces ~1 O:PER as ~3 running mate", 0.75),
    Rule("support-running-mate-possessive", "supports", "O:PER ~2. is|was|became|becomes S:PER 's running mate", 0.75),
    Rule("support-running-mate-passive", "supports", "O:PER ~2. was|is|has|had ?been chosen|picked|selected|named by S:PER as ~3 running mate", 0.75),
    Rule("support-tribute", "supports", "S:AGENT ~2. paid|pays|pay|paying ~1 tribute|tributes|homage to ~2[np] O:AGENT", 0.75),
    Rule("support-congratulate", "supports", "S:AGENT ~2. congratulated|congratulates|congratulating|thanked|thanking ~2[np] O:AGENT", 0.7),
    # sanctions ----------------------------------------------------------------------------
    Rule("sanction-verb", "sanctions", f"S:ACTOR ~2. {SANCTION} ~3 O:AGENTD", 0.75),
    Rule("sanction-impose", "sanctions", f"S:ACTOR ~4. {IMPOSE} ~3 {PENALTY} ~1 on|against ~3[np] O:AGENTD", 0.8),
    Rule("sanction-cut-ties", "sanctions", "S:ACTOR ~4. halt|halted|halts|halting|cut|cuts|cutting|suspended|suspends|suspend|severed|severs|sever|broke|breaks|break ?off ~3 trade|ties|relations|links ?and ?diplomatic|economic|military|commercial|trade|all ?ties|relations|links with ~3[np] O:AGENTD", 0.75),
    Rule("sanction-withhold", "sanctions", "S:ACTOR ~3. withheld|withholds|withhold|withholding|suspended|suspends|suspend|suspending|froze|freezes|freeze|freezing|cut|cuts|cutting|halted|halts|halt ?off ~3 aid|credits|credit|loans|assistance|funding ~2 to|for ~3[np] O:AGENTD", 0.75),
    Rule("sanction-noun", "sanctions", f"S:ACTOR ?'s ~2 {PENALTY} on|against ~3[np] O:AGENTD", 0.75),
    Rule("sanction-noun-of", "sanctions", f"S:ACTOR ?'s ~2 {PENALTY_OF} of ~3[np] O:AGENTD", 0.75),
    # "American sanctions on Iran", "the Swedish boycott of South Africa"
    Rule("sanction-demonym-noun", "sanctions", f"S:DEM ~2 {PENALTY} on|against ~3[np] O:AGENTD", 0.7),
    Rule("sanction-demonym-noun-of", "sanctions", f"S:DEM ~2 {PENALTY_OF} of ~3[np] O:AGENTD", 0.7),
    # "Sweden's South Africa boycott", "the U.S. Cuba embargo"
    Rule("sanction-compound", "sanctions", f"S:ACTOR ?'s ?trade O:COUNTRY ?trade {PENALTY_OF}|sanctions", 0.7),
    Rule("sanction-boycott", "sanctions", "S:ACTOR ~2. boycotted|boycotts|boycott|boycotting ?the O:ACTOR", 0.7,
         not_followed_by=frozenset({"conference", "talks", "summit", "games", "olympics", "election", "elections", "meeting",
                                    "vote", "event", "events", "ceremony", "tournament", "cup", "world", "session", "forum"})),
    # "Peru has been barred from International Monetary Fund lending"
    Rule("sanction-barred-from", "sanctions", "O:ACTOR ~3. barred|banned|excluded|cut from ~1 S:ORG ?'s lending|loans|credits|credit|aid|funds|financing|assistance|membership", 0.75),
    # attacks ------------------------------------------------------------------------------
    Rule("attack-verb", "attacks", f"S:ACTOR ~2. {ATTACK} ~3[np] O:LOC", 0.75),
    # "X is serving a life sentence for the 1968 assassination of Senator Robert F. Kennedy"
    # anchored on the verb, the subject the sentence's first agent: a subject slot before a long wildcard costs the Matcher dearly
    Rule("attack-sentenced-for", "attacks", "sentence|sentenced|convicted|jailed|imprisoned|executed ~3 for|of ~3 assassination|murder|killing|assassinating|murdering ?of *8 O:PER", 0.7,
         subject="sentence"),
    Rule("attack-verb-demonym", "attacks", f"S:ACTORD ~4. {ATTACKED} ~3 O:STATED ~3 {TARGETS}|soldiers|troops|servicemen|fighters|civilians|police|policemen", 0.7),
    # "Iran started to attack Kuwaiti-connected vessels"
    Rule("attack-to-demonym", "attacks", f"S:ACTORD ~4. to attack|bomb|shell|raid|strike|target|sink ~3 O:STATED ~3 {TARGETS}", 0.7),
    # what a state or a group owns is it: "Pretoria has raided alleged ANC bases", "bombed Hezbollah positions"
    Rule("attack-targets-of", "attacks", f"S:ACTORD ~2. {ATTACKED}|raids|bombs|attacks ~2 O:ACTOR ~1 {TARGETS}", 0.7),
    Rule("attack-fire", "attacks", f"S:ACTOR ~1 {FIRE} *10 at|on|into|against ~3[np] O:LOC", 0.8),
    Rule("attack-noun", "attacks", f"S:ACTOR 's ~3 {STRIKE_N} on|against|in ~3[np] O:LOC", 0.75),
    Rule("attack-noun-compound", "attacks", f"S:STATED ~1 {STRIKE_N} on|against ~3[np] O:STATED", 0.7, not_followed_by=frozenset({"-"})),
    Rule("attack-carried-out", "attacks", f"S:ACTOR ~3. carried|launched|launches|orchestrated|staged|conducted|mounted|claimed|began|begun|begins|started|starts|opened|opens ~4 {STRIKE_N} ~1 on|against|in ~3[np] O:LOC", 0.75),
    Rule("attack-coordinated", "attacks", f"and carried|launched|orchestrated|staged|conducted|mounted|masterminded ~4 {STRIKE_N} ~1 on|against|in ~3[np] O:LOC", 0.7, subject="sentence"),
    Rule("attack-passive", "attacks", "O:AGENT ~2. was|were|been|being ~1 killed|attacked|bombed|shelled|struck|shot|targeted|invaded|assassinated|ambushed|raided by ~3[np] S:STATED", 0.75),
    # "Israeli jets struck targets in Gaza", "Turkey hit Kurdish positions in northern Iraq"
    Rule("attack-targets-in", "attacks", f"S:ACTORD ~2. {ATTACKED}|hit|hits|pounded|pounds|pounding|bombarded ~2 {TARGETS}|sites|areas|posts ~1 in|on|near|across ~2[part] O:LOC", 0.7),
    # "India and Pakistan exchanged fire across the border": each fired on the other, in a conflict
    Rule("attack-exchange-fire", "attacks", f"S:ACTORD and ?the O:ACTORD ~2. {EXCHANGE_FIRE}", 0.7),
    Rule("attack-exchange-fire-back", "attacks", f"O:ACTORD and ?the S:ACTORD ~2. {EXCHANGE_FIRE}", 0.7),
    Rule("conflict-exchange-fire", "inConflictWith", f"S:ACTORD and ?the O:ACTORD ~2. {EXCHANGE_FIRE}", 0.7),
    Rule("conflict-clashed", "inConflictWith", "S:ACTORD and ?the O:ACTORD ~2. clashed|skirmished", 0.7),
    Rule("attack-person", "attacks", f"S:ACTOR ~2. {ATTACK} ~3[np] O:PER", 0.7),
    Rule("attack-killed-in", "attacks", f"O:PER was|were|is|are|has|have|had ?been killed ~2 in|during|by a|an ~1 S:STATED ~3 operation|operations|{STRIKE_N}|forces|troops|drone", 0.7),
    Rule("attack-killed-in-apposition", "attacks", f"O:PER , *10 , was|were|is|are|has|have|had ?been killed ~2 in|during|by a|an ~1 S:STATED ~3 operation|operations|{STRIKE_N}|forces|troops|drone", 0.7),
    # inConflictWith -----------------------------------------------------------------------
    Rule("conflict-between", "inConflictWith", f"{WAR_N}|war between S:ACTOR and ?the O:ACTOR", 0.8),
    # "Greece and Turkey have long-standing disputes over the Aegean", "are locked in a border war"
    Rule("conflict-pair-have", "inConflictWith", f"S:ACTOR and ?the O:ACTOR have|has|had ?a|an|their ?{WAR_ADJ} ?{WAR_ADJ} ?{WAR_ADJ} ?{WAR_ADJ} {WAR_N}|{WAR_PLURAL}", 0.75),
    Rule("conflict-pair-locked", "inConflictWith", f"S:ACTOR and ?the O:ACTOR are|were|remain|remained ?still locked|embroiled|engaged|mired in ?a|an|their ?{WAR_ADJ} ?{WAR_ADJ} ?{WAR_ADJ} ?{WAR_ADJ} {WAR_N}|{WAR_PLURAL}", 0.75),
    # a ceasefire (sought, agreed or broken) stops a war between the two: "efforts to obtain a ceasefire between Iran and Iraq"
    Rule("conflict-ceasefire", "inConflictWith", f"{CEASEFIRE} ~2 between S:ACTOR and ?the O:ACTOR", 0.75),
    Rule("conflict-with", "inConflictWith", f"S:ACTOR 's ~3 {WAR_N} with|against ~3[np] O:ACTOR", 0.8),
    Rule("conflict-offensive", "inConflictWith", f"S:ACTOR 's ~5 {OFFENSIVE} on|against|of|in ~3[np] O:STATE", 0.8),
    # "the Soviet invasion of Afghanistan": a state named by its adjective
    Rule("conflict-offensive-demonym", "inConflictWith", f"S:DEM ~2 {OFFENSIVE} on|against|of|in ~3[np] O:STATE", 0.75,
         not_followed_by=frozenset({"'s", "-"})),
    # an invasion is an attack (the vocabulary's CAMEO 18-20): "the Soviet Union's invasion of Afghanistan", "the Iraqi invasion of Kuwait"
    Rule("attack-invasion", "attacks", "S:STATED ?'s ~1 invasion|invasions of ~2[np] O:STATE", 0.75, not_followed_by=frozenset({"'s", "-"})),
    Rule("conflict-led-war", "inConflictWith", f"S:STATED - {LED} ?the O:COUNTRY war|invasion|intervention", 0.75),
    Rule("conflict-led-movement", "inConflictWith", "S:AGENT ~2. led|leads|leading|waged|wages|waging|fought|launched ~4 movement|war|struggle|insurgency|rebellion|revolt|uprising|campaign against ~3[np] O:AGENT", 0.7),
    Rule("conflict-its", "inConflictWith", f"S:ACTOR ~2[np] {WAR_N} with|against ~3[np] O:ACTOR", 0.75),
    Rule("conflict-at-war", "inConflictWith", "S:ACTOR ~3. at war with ~3[np] O:ACTOR", 0.85),
    # the pair fights each other: "Iran and Iraq have fought since 1980", "Iran and Iraq have been at war since 1980"
    # (not "Iran and Iraq fought Kurdish rebels": a third party, see match_filters.pair_acts_on_another)
    Rule("conflict-pair-fought", "inConflictWith", "S:ACTOR and ?the O:ACTOR ~2. fought|battled|warred|feuded", 0.75),
    Rule("conflict-pair-at-war", "inConflictWith", "S:ACTOR and ?the O:ACTOR ~2. at war", 0.8, not_followed_by=frozenset({"with"})),
    Rule("conflict-fight", "inConflictWith", "S:ACTOR ~2. fought|fights|fight|fighting|battled|battles|battling ~1 against|with ?the O:ACTOR", 0.7),
    Rule("conflict-fight-direct", "inConflictWith", "S:ACTOR ~2. fought|fights|fighting|battled|battles|battling ?the ~3[np] O:ACTOR", 0.7),
    Rule("conflict-in-conflict", "inConflictWith", "S:ACTOR ~3. in ?armed|open|military conflict|war with|against ?the O:ACTOR", 0.75),
    Rule("conflict-enemy-apposition", "inConflictWith", "S:ACTOR , ~1 O:ACTOR 's ~3 enemy|enemies|foe|foes|adversary|arch-enemy", 0.75),
    Rule("conflict-enemy", "inConflictWith", "S:ACTOR ?'s ~3 enemy|foe|adversary|arch-enemy ?, O:ACTOR", 0.75),
    Rule("conflict-compound", "inConflictWith", "S:STATED -|–|/ O:STATED ?border|civil|territorial war|conflict|standoff|stand-off|hostilities", 0.75, not_followed_by=frozenset({"crossing", "crossings", "town", "region", "area", "trade", "guards", "agreement", "treaty", "talks", "commission"})),
    # providesAidTo ------------------------------------------------------------------------
    Rule("aid-supplied", "providesAidTo", f"O:AGENTD ~2 {USE} *3 S:STATED - {SUPPLIED}|made|built", 0.75),
    Rule("aid-arsenal", "providesAidTo", f"O:COUNTRY 's ~2 arsenal|arsenals|weapons|equipment|hardware|army|military|navy|force|forces ~6 S:STATED - {SUPPLIED}|made|built", 0.7),
    Rule("aid-supplier", "providesAidTo", f"S:ACTOR ~2. {BE} ~3 arms|weapons|military|aid|oil|food ~1 supplier|suppliers|donor|donors|provider|lender|creditor to|of ~3[np] O:AGENT", 0.75),
    Rule("aid-lend", "providesAidTo", "S:ACTOR ~4. lend|lends|lent|lending|loaned ~1 O:AGENT", 0.75),
    # the receiving side: "Indonesia will receive a 300 mln dlr loan from the World Bank", "Guyana has been unable to draw
    # down a 40 mln dlr World Bank loan"
    Rule("aid-received-from", "providesAidTo", f"O:ACTOR ~4. {RECEIVE} ~6 {LOANS} from ?the S:ACTOR", 0.7),
    Rule("aid-received-named", "providesAidTo", f"O:ACTOR ~4. {RECEIVE} ~6 S:ACTOR {LOANS}", 0.7),
    Rule("aid-lent-to", "providesAidTo", "S:ACTOR ~4. lend|lends|lent|lending|loaned ~6 to ~3[np] O:AGENT", 0.75),
    # "Japan will give Egypt 100 mln dlrs in aid", "granted Bangladesh 20 mln Ecus in food aid"
    # "Japan agreed to provide Indonesia with a loan of 500 million dollars", "armed Ukraine with missiles"
    Rule("aid-provide-with", "providesAidTo", f"S:ACTOR ~3. {PROVIDE}|equipped|equips|equip|armed|arms|arming|furnished|furnish ~1 O:AGENT with ~5 {AID}", 0.75),
    # "Japan's Export-Import Bank agreed a 900 mln dlr loan to Indonesia"
    Rule("aid-agreed-loan", "providesAidTo", "S:ACTOR ~2. agreed|signed|arranged|granted|announced ~5 loan|loans|credit|credits|grant|grants to ~3[np] O:AGENT", 0.7),
    # "Spain has granted Cuba a 25 mln dlr credit line": the receiver before the aid
    Rule("aid-give-double", "providesAidTo", f"S:ACTOR ~3. {PROVIDE}|lent|loaned O:AGENT a|an|its|their|new ~5 {AID}", 0.75),
    Rule("aid-give-in", "providesAidTo", f"S:ACTOR ~3. {PROVIDE} O:AGENT ~6 in|of ~3 {AID}", 0.75),
    # "the loan to Senegal, approved by the African Development Bank"
    Rule("aid-loan-by", "providesAidTo", "loan|loans|credit|credits|grant|grants|aid ~1 to ~2[np] O:AGENT ?, approved|granted|extended|provided|made|financed|arranged by ~2[np] S:ACTOR", 0.75),
    Rule("aid-sale", "providesAidTo", "S:STATED ~1 arms|weapons|missile|military sale|sales|shipment|shipments|deliveries to ~3[np] O:AGENT", 0.7),
    # the donor as the modifier of the aid: "U.S. arms to Iran", "American military aid to Israel", "the World Bank loan to Guyana"
    Rule("aid-noun", "providesAidTo", "S:ACTORD ?military|economic|humanitarian|financial|food|development|emergency|new|additional|bilateral "
         "arms|weapons|aid|assistance|loan|loans|credit|credits|grant|grants|funding to ~2[np] O:AGENT", 0.7),
    # a possessor's loans may be its debts ("Zambia's loans to the World Bank"): only what is given
    Rule("aid-noun-possessive", "providesAidTo", "S:ACTORD 's ?military|economic|humanitarian|financial|food|development|emergency|new|additional "
         "arms|weapons|aid|assistance|grants to ~2[np] O:AGENT", 0.7),
    Rule("aid-provide", "providesAidTo", f"S:ACTOR ~2. {PROVIDE} ~6 {AID} ~3 to|for ~3[np] O:AGENT", 0.75),
    Rule("aid-provide-amount", "providesAidTo", f"S:ACTOR ~2. {PROVIDE} ~6 {AID} totalling|totaling|worth|amounting ~4 to|for ~3[np] O:AGENT", 0.75),
    # memberOf / seeksMembership / refusesToJoin / leaves ----------------------------------
    Rule("member-of", "memberOf", f"S:AGENT ~3. {BE} ~2 a|an|the ~3 {MEMBER} ~2 of|in ~4[np] O:IGO", 0.85),
    Rule("member-no-object", "memberOf", f"S:ACTOR {BE} ~1 a|an ~2 member|members", 0.7, object="context", not_followed_by=frozenset({"of", "in", "state", "states", "country", "countries"})),
    # a player is a member of the team or federation he plays for: "Borna plays for the English Chess Federation"
    Rule("member-plays-for", "memberOf", "S:PER ~2. plays|played|playing|play|competes|competed|competing|races|raced for ?the O:ORG", 0.7),
    Rule("member-title", "memberOf", "O:IGO ?member member|members|state|states|country|countries|nation|nations ?such ?as|including S:ACTOR", 0.8),
    Rule("member-of-plural", "memberOf", "S:AGENT ~1. are|were|remain|remained|became|become ~1 ?all|both ?of ?them members of|in ~3[np] O:PARTY", 0.8),
    # a state's fellow members make it one: "Turkey's fellow NATO members" ("Ukraine's NATO allies" may be outsiders' allies)
    Rule("member-igo-partners", "memberOf", "S:COUNTRY ?'s fellow O:IGO partners|allies|members|states|countries", 0.7),
    Rule("member-apposition", "memberOf", "S:AGENT , a|an|the ~4 O:PARTY member|members", 0.75),
    # "Ecuador, which is an OPEC member", "Turkey is a NATO member state"
    Rule("member-copula-title", "memberOf", f"S:ACTOR ~3. {BE} ~1 a|an|the ~2 O:IGO member|members|state|country", 0.75,
         not_followed_by=frozenset({"of", "'s"})),
    # "The alliance's members include Britain and France", "OPEC's members are Iran, Iraq, ..."
    Rule("member-bloc-include", "memberOf", "O:IGO 's ~2 member|members ~1 include|included|including|are|were ?: S:ACTOR", 0.8),
    # "The leaders of the G-7, the United States, Britain, Canada, ... and Japan, are expected to ..."
    Rule("member-bloc-apposition", "memberOf", "O:IGO , ?the S:COUNTRY", 0.75, listed_members=True),
    # "Saudi Arabia, a member of OPEC,", "Mali and Niger, both members of the Islamic Development Bank,"
    Rule("member-apposition-of", "memberOf", "S:AGENT , ?both|all ?a|an|the ~2 member|members of|in ?the O:PARTY", 0.75),
    Rule("member-of-body", "memberOf", f"S:PER ~3. {BE} ~2 a|an|the ~3 member|members of|in ~4[np] O:BODY", 0.8),
    Rule("member-belongs", "memberOf", "S:AGENT ~2. belongs|belonged|belong|belonging to ?the ~2 O:PARTY", 0.75),
    Rule("member-co-founded", "memberOf", "S:PER ~2. co - founded|founds ?the O:PARTY", 0.75),
    Rule("member-running-for", "memberOf", "S:PER ~3. running|standing|ran|stood|campaigning|contesting ~1 for|as ?the O:PARTY", 0.7),
    Rule("member-elected", "memberOf", "S:PER ~3. elected|re-elected ~1 to ?the O:BODY", 0.8),
    Rule("member-joined-person", "memberOf", "S:PER ~2. joined|joins|rejoined ?the O:PARTY", 0.75),
    Rule("member-served-in", "memberOf", "S:PER ~2. served|serves ~1 in|with ?the O:PARTY", 0.7),
    Rule("member-joined", "memberOf", f"S:ACTOR ~2. {JOINED} ~1 to ~3[np] O:IGO", 0.8),
    Rule("member-joined-direct", "memberOf", f"S:ACTOR ~2. {JOINED} ~3[np] O:IGO", 0.8),
    Rule("seek-join", "seeksMembership", f"S:ACTOR ~3. {SEEK} ~2 to join|joining|membership|become ~5 O:IGO", 0.8),
    Rule("seek-join-no-object", "seeksMembership", f"S:ACTOR ~2. {SEEK} ~2 to join", 0.7, object="context", not_followed_by=frozenset({"the"})),
    # "China's admission to the GATT", "Spain's entry into the EC"
    Rule("seek-admission", "seeksMembership", "S:ACTOR 's ~2 admission|accession|entry|readmission to|into ?the O:IGO", 0.75),
    Rule("seek-bid", "seeksMembership", "S:ACTOR 's ~2 bid|application|aspirations|ambition|request|drive ~2 to|for ~2 join|membership|accession ~3 O:IGO", 0.8),
    Rule("refuse-join", "refusesToJoin", f"S:ACTOR ~2. {REFUSE} ~2 to|out join|joining ~3[np] O:IGO", 0.85),
    Rule("leave-verb", "leaves", f"S:ACTOR ~3 {LEAVE} ~1 out|from|of ~3[np] O:ORGA", 0.8),
    Rule("leave-direct", "leaves", "S:ACTOR ~6. withdrew|withdraws|quit|quits|quitting|left|leaves|leave|leaving|exited|exits|exit|exiting ~3[np] O:ORGA", 0.75),
    Rule("leave-noun", "leaves", "withdrawal|exit|departure|secession of ~2[np] S:ACTOR from ~2[np] O:ORGA", 0.75),
    # "the UK would cease to be part of the European Union" (still a member, see kg.extract.relations._still_member)
    Rule("leave-cease", "leaves", "S:ACTOR ~3. cease|ceases|ceased|ceasing to be ?a|an ~1 part|member of ?the O:ORGA", 0.8),
    Rule("leave-membership", "leaves", f"S:ACTOR ~3 {SUSPEND} ~2 membership in|of|with ~3[np] O:ORGA", 0.85),
    # allyOf / partnerOf -------------------------------------------------------------------
    Rule("ally-pair", "allyOf", "S:ACTOR and ?the O:ACTOR ~3. are|were|remain|remained|became|become ~3 allies", 0.8),
    Rule("ally-of", "allyOf", f"S:ACTOR ~2. {BE} ~1 a|an|the ~4 ally of ~3[np] O:ACTOR", 0.8),
    Rule("ally-apposition-of", "allyOf", "S:ACTOR , ~1 a|an|the ~3 ally|allies of ~3[np] O:ACTOR", 0.75),
    Rule("ally-apposition", "allyOf", "S:ACTOR 's ~3 ally ?, O:ACTOR", 0.75),
    Rule("ally-possessive-apposition", "allyOf", "S:ACTOR , ~1 O:ACTOR 's ~3 ally|allies", 0.75),
    # "the SPD and their Greens party allies", "the Christian Democrats (CDU) and their liberal Free Democrat Party (FDP) allies"
    Rule("ally-and-their", "allyOf", "S:ACTOR ~3 and its|their ~2 O:ACTOR ~3 ally|allies", 0.75),
    Rule("ally-and-its", "allyOf", "S:ACTOR ~3 and X:ACTOR ~2 O:ACTOR ~3 ally|allies", 0.75),  # "its" read as the subject
    Rule("ally-as", "allyOf", "S:ACTOR ~5 have|has|had|having|see|sees|saw|consider|considers|regard|regards O:ACTOR as ~1 a|an|their|its ~3 ally", 0.7),
    Rule("partner-of", "partnerOf", f"S:ACTOR ~2. {BE} ~1 a|an|the ~5 partner|partners of|to|with ~3[np] O:ACTOR", 0.8),
    Rule("partner-pair", "partnerOf", "S:ACTOR and ?the O:ACTOR ~3. are|were|remain|remained|became|become ~4 partners", 0.8),
    Rule("partner-apposition", "partnerOf", "S:ACTOR 's ~3 partner ?, O:ACTOR", 0.75),
    # "Belgium, Zaire's former colonial ruler and its main trading partner"
    Rule("partner-possessive-apposition", "partnerOf", "S:ACTOR , ~1 O:ACTOR 's ~7. partner|partners", 0.75),
    Rule("partner-associate-apposition", "partnerOf", "S:PER , ~1 a|an|the ~3 associate|confidant|confidante|partner of ~4 O:PER", 0.7),
    # "Boeing is also collaborating with NASA"
    Rule("partner-collaborate", "partnerOf", "S:ACTOR ~4. collaborating|collaborates|collaborated|collaborate|cooperating|cooperates|cooperated|cooperate|co-operating|co-operates|co-operate|teamed|teaming|teams|partnered|partnering ?up with ?the O:ACTOR", 0.7),
    Rule("partner-ship", "partnerOf", "S:ACTOR 's ~3 partnership with ~3[np] O:ACTOR", 0.75),
    Rule("partner-ties", "partnerOf", "S:ACTOR and ?the O:ACTOR ~3. opened|established|forged|strengthened|deepened|signed|launched ~3 economic|trade|military|security|strategic|defence|defense ties|cooperation|partnership", 0.7),
    Rule("partner-ship-between", "partnerOf", "partnership between S:ACTOR and ?the O:ACTOR", 0.75),
    Rule("partner-linked", "partnerOf", "S:ORG , which|who is|are|was|were ~1 linked|affiliated|allied|tied to|with ?the O:ORG", 0.7),
    Rule("partner-linked-compound", "partnerOf", "O:ORG - linked|affiliated|allied ~3[np] S:ORG", 0.7),
    Rule("partner-joint-venture", "partnerOf", "S:ACTOR ~4. formed|forms|form|set|sets|setting|entered|enters|enter|established|establishes|create|created|creates ?up ~2 a|an ~3 joint venture|ventures with ~3[np] O:ACTOR", 0.75),
    # "Siemens and Philips submitted a joint offer", "a company jointly owned by PDVSA and Champlin"
    Rule("partner-joint-pair", "partnerOf", "S:ACTOR and ~4[orgmod] O:ACTOR ~6. a|an|their ~3 joint bid|bids|offer|offers|venture|ventures|takeover|stake", 0.7),
    Rule("partner-jointly", "partnerOf", "jointly owned|controlled|operated|run|held|developed|built by ?the S:ACTOR and ?the O:ACTOR", 0.7),
    # hasMilitaryPresenceIn ----------------------------------------------------------------
    Rule("presence", "hasMilitaryPresenceIn", f"S:ACTOR ~2. {PRESENCE_V} ~4 {FORCES} ~3. {LOCATE_PREP} ~3[np] O:LOC", 0.8),
    Rule("presence-protect", "hasMilitaryPresenceIn", f"S:ACTOR ~2. {PRESENCE_V} ~4 {FORCES} to protect|guard|defend|patrol ~2[np] O:LOC", 0.75),
    Rule("presence-coordinated", "hasMilitaryPresenceIn", f"and {PRESENCE_V} ~4 {FORCES} ~3. {LOCATE_PREP}|protect|guard|defend|patrol ~3[np] O:LOC", 0.7, subject="sentence"),
    # "the Gulf, where the United States has stationed forces", "Kenya, where Britain maintains a training base"
    Rule("presence-where", "hasMilitaryPresenceIn", f"O:LOC , where ?the S:ACTOR ?has|have|had|now|still {PRESENCE_DEPLOY} ~3 {FORCES}", 0.75),
    Rule("presence-occupy", "hasMilitaryPresenceIn", "S:ACTOR ~2. occupies|occupied|occupying|occupy|annexed|annexes ~2[np] O:LOC", 0.75),
    Rule("presence-occupied-by", "hasMilitaryPresenceIn", "O:LOC ~3. is|are|was|were|been|remains|remained ~1 occupied|annexed by ~2[np] S:ACTOR", 0.75),
    Rule("presence-occupied-compound", "hasMilitaryPresenceIn", "S:STATED - occupied|controlled|held ~2[np] O:LOC", 0.75),
    # "Libya's best-defended and vitally important air base at Ouadi Doum", "Libyan troops are evacuating their last
    # stronghold in northern Chad": a state's own base or stronghold somewhere
    Rule("presence-possessive-base", "hasMilitaryPresenceIn", f"S:STATED 's ~6 {BASE_N} in|at|near ~2[part] O:LOC", 0.7),
    Rule("presence-their-base", "hasMilitaryPresenceIn", f"S:STATED ~1 {FORCES}|force ~4. their|its ~4 {BASE_N} in|at|near ~2[part] O:LOC", 0.7),
    Rule("presence-noun", "hasMilitaryPresenceIn", f"S:STATED ~1 {FORCES} ~2. {LOCATE_PREP} ~2[np] O:LOC", 0.7),
    # borders ------------------------------------------------------------------------------
    Rule("border-possessive", "borders", f"S:COUNTRY 's ~3 {BORDER_N} with ~3[np] O:COUNTRY", 0.85),
    Rule("border-has", "borders", f"S:COUNTRY ~3 has|have|shares|share|sharing ~12 {BORDER_N} with ~3[np] O:COUNTRY", 0.8),
    # "Iran and Iraq share a 1,200 km border"
    Rule("border-pair-share", "borders", f"S:COUNTRY and ?the O:COUNTRY ~1 share|shared|sharing|have|has ~6 {BORDER_N}", 0.8,
         not_followed_by=frozenset({"with"})),
    Rule("border-coordinated", "borders", f"and has|have|shares|share ~12 {BORDER_N} with ~3[np] O:COUNTRY", 0.75, subject="sentence"),
    Rule("border-verb", "borders", "S:COUNTRY ~2. borders|bordered|bordering|border O:COUNTRY", 0.8),
    Rule("border-between", "borders", f"{BORDER_N} between ?the S:COUNTRY and ?the O:COUNTRY", 0.85),
    # "Tunisia's neighbouring African countries including Algeria and Morocco", "its neighbours Iran and Iraq"
    Rule("border-neighbours-including", "borders", "S:COUNTRY ?'s ~1 neighbouring|neighboring ~4 countries|states|nations ?, including|such|like ?as O:COUNTRY", 0.75),
    Rule("border-neighbours", "borders", "S:COUNTRY ?'s ~1 neighbours|neighbors ?, ?including|such ?as O:COUNTRY", 0.75),
    Rule("border-compound", "borders", f"S:STATED -|–|/ O:STATED ?land|common|shared|disputed|long|porous {BORDER_N}", 0.8),
    # worksFor (titles and appositions are read by kg.extract.roles) ---------------------------------
    Rule("works-at", "worksFor", "S:PER ?, ?who ?also ?previously ?once ?had works|worked|working|taught|teaches|teaching|lectured|lectures ~5 at|for ?the O:ORG", 0.7,
         not_followed_by=frozenset({"'s"})),
    # "X, a lawyer representing Y": counsel and delegates serve whom they represent (an athlete representing Jamaica does not)
    Rule("works-representing", "worksFor", "S:PER , ?a|an|the|another ~2. lawyer|lawyers|attorney|attorneys|counsel|solicitor|barrister|agent|"
         "envoy|delegate|delegates|negotiator|negotiators representing|represents|for ?the O:AGENT", 0.7, not_followed_by=frozenset({"'s", "-"})),
    # "Howard Rubel, a Toronto lawyer representing Spanton": where the counsel practises, before the word
    Rule("works-representing-from", "worksFor", "S:PER , ?a|an|the|another X:LOC ~1. lawyer|lawyers|attorney|attorneys|counsel|solicitor|barrister "
         "representing|represents|for ?the O:AGENT", 0.7, not_followed_by=frozenset({"'s", "-"})),
    # joining or being hired by a firm or an outlet: "Tom Hale joined Goldman Sachs in 1990", "was hired by Vexa Corp"
    Rule("works-joined", "worksFor", "S:PER ~2. joined|joins|rejoined ?the O:EMPLOYER", 0.7),
    Rule("works-hired-by", "worksFor", "S:PER ~2. hired|recruited|employed by ?the O:EMPLOYER", 0.7),
    Rule("works-contributor", "worksFor", "S:PER ~3. contributor|contributed|contributes|contributing|correspondent|columnist to|for ?the O:MEDIA", 0.7),
    # "Maynard Glitman, who heads the American team", "the Soviet team headed by Lem Masterkov"
    Rule("works-heads-team", "worksFor", "S:PER , ?who heads|headed|leads|led ?the O:STATED ~2 team|side|mission|panel", 0.75),
    Rule("works-team-headed-by", "worksFor", "O:STATED ~1 team|side|mission|panel ~5 headed|led by S:PER", 0.75),
    # leaderOf (organisations led by a state) -------------------------------------------------
    Rule("led-by-compound", "leaderOf", f"S:STATED - {LED} ~3[np] O:IGO", 0.8),
    Rule("leader-headed-by", "leaderOf", "O:ORG ?, ?which|who|that ?is|was|are|were ~1 headed|led|lead|chaired|run by ~4[np] S:PER", 0.75),  # "lead": the news misspells it
    # "Tom Hale, who heads the Peterson Institute", "Nazarbayev led Kazakhstan for three decades"
    Rule("leader-heads", "leaderOf", "S:PER ~2. heads|headed|leads|led|chairs|chaired|runs|ran ?the O:ACTORN", 0.7,
         not_followed_by=frozenset({"'s", "-", "delegation", "team", "talks", "list", "polls", "vote", "charge", "protest", "protests"})),
    Rule("leader-ruled", "leaderOf", "S:PER ~2. ruled|rules|ruling|governed|governs ~1 O:COUNTRY", 0.75, not_followed_by=frozenset({"'s", "-"})),
    # capitalOf ----------------------------------------------------------------------------
    Rule("capital-demonym", "capitalOf", "O:STATED capital ?, S:CITY", 0.9),
    Rule("capital-demonym-of", "capitalOf", "the O:DEM capital ?city of S:CITY", 0.85),  # "the Indian capital city of New Delhi"
    Rule("capital-of", "capitalOf", "S:CITY , ~1 the|its capital ?city of ~1 O:COUNTRY", 0.9),
    Rule("capital-possessive", "capitalOf", "O:COUNTRY 's capital ?, S:CITY", 0.9),
    Rule("capital-apposition", "capitalOf", "S:CITY , ~1 O:COUNTRY 's capital", 0.9),
    Rule("capital-apposition-demonym", "capitalOf", "S:CITY , the O:DEM capital", 0.85),
    Rule("capital-apposition-own", "capitalOf", "S:CITY , ~1 the|its country|nation|state|kingdom|republic 's capital", 0.8,
         object="own-state"),
    Rule("capital-the-capital", "capitalOf", "the|its ?country|nation ?'s capital ?city ?, S:CITY", 0.75, object="own-state"),
    # locatedIn ----------------------------------------------------------------------------
    Rule("located-in", "locatedIn", "S:CITY ~3[facility] in ?the ~2[np] O:LOC", 0.7, no_list=True),
    # "the towns of Beni, Butembo and Katwa in the Democratic Republic of the Congo": the list's last item is read,
    # its siblings come with it
    Rule("located-kinds-of-in", "locatedIn", f"{PLACE_KINDS} of *8 S:CITY in ?the O:COUNTRY", 0.7),
    # "the Tigray region of northern Ethiopia", "the New England region of the northeastern United States"
    Rule("located-region-of", "locatedIn", "S:LOC region|province|state|district|county|area of ?the ~2[part] O:LOC", 0.75),
    # not "in the Persian Gulf, U.S. officials said": a state that qualifies the speakers after the comma
    # "Reading, Berkshire, UK": the town lies in the state its region lies in (the gazetteer vouches for the region)
    Rule("located-comma-chain", "locatedIn", "S:CITY , X:REGION , O:COUNTRY", 0.7, not_followed_by=frozenset({"-"}) | SPEAKER_NOUNS,
         no_list=True, nearest_subject=True),
    Rule("located-comma", "locatedIn", "S:CITY , O:LOC", 0.7, not_followed_by=frozenset({"-"}) | SPEAKER_NOUNS, no_list=True,
         no_city_named_like_state=True, nearest_subject=True),
    Rule("located-possessive", "locatedIn", "O:COUNTRY 's ~2[np] S:CITY", 0.7),
    Rule("located-in-part", "locatedIn", "S:CITY , in ~2[part] O:LOC", 0.75, no_list=True),
    # "Maidan Shahr in the centre of Afghanistan", "a village in the north of England"
    Rule("located-in-part-of", "locatedIn", f"S:CITY in the ~1[part] {'|'.join(sorted(PART_NOUNS))} of O:LOC",
         0.75, no_list=True),
    # "Calicut International Airport at Karipur", "the Costa Sur power plant at Guayanilla"
    Rule("located-facility-at", "locatedIn", "S:CITY at O:LOC", 0.7, no_list=True, facility_subject=True,
         not_followed_by=frozenset({"'s", "-"})),
    # "Kerala in southern India", "Florida in the southeastern United States"
    Rule("located-in-part-adjective", "locatedIn", "S:CITY ~3[facility] in ?the ~1[part] northern|southern|eastern|western|central|"
         "northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western O:LOC", 0.7,
         no_list=True),
    Rule("located-in-region-of", "locatedIn", "S:CITY in the province|region|state|district|county|governorate|prefecture|oblast of O:LOC", 0.75),
    Rule("located-territory-of", "locatedIn", f"S:LOC {BE} ~1 ?a|an|the ~4 {PLACE_KIND}|part|territory|dependency|possession of ~2[np] O:COUNTRY", 0.7, part_of=True),
    Rule("located-noun-of", "locatedIn", f"O:STATED ?'s ~2 {PLACE_KIND} of S:LOC", 0.75, part_of=True),
    Rule("located-noun-such-as", "locatedIn", f"O:STATED ~2 {PLACE_KINDS} ?, such|including|like ?as S:LOC", 0.75, part_of=True),
    # a list the place kind is said to be: "The US states that voted were Texas, Ohio and Utah", "Canadian provinces
    # affected include: Ontario and Quebec"
    Rule("located-kinds-are", "locatedIn", f"O:STATED ~2 {PLACE_KINDS} ~6 were|are|include|included ?: S:LOC", 0.75, part_of=True,
         static=True),
    # the same list with the kind bare, in a story that names the state the gazetteer puts every item in:
    # "The states scheduled to vote are Alabama, Texas and Utah"
    Rule("located-the-kinds-are", "locatedIn", f"the {PLACE_KINDS} ~6 were|are|include|included ?: S:LOC", 0.7,
         object="list-country", part_of=True, static=True),
    # "American Samoa is an unincorporated U.S. territory"
    Rule("located-demonym-territory", "locatedIn", f"S:LOC {BE} ~1 a|an|the ~3 O:STATED ~1 territory|possession|dependency|colony|province|state|region", 0.7, part_of=True),
    Rule("located-city-in", "locatedIn", "S:CITY , a|an ~2 city|town|village|port|region|province ~5 in|of ~3[np] O:LOC", 0.8),
    # "Groom is located in the state of Queensland"
    Rule("located-situated-in-kind-of", "locatedIn", f"S:LOC ~2 located|situated|lies|sits ~1 in ?the {PLACE_KIND} of O:LOC", 0.75),
    # basedIn ------------------------------------------------------------------------------
    Rule("based-possessive", "basedIn", "O:LOC ?'s ~5[orgmod] S:BASED", 0.75),
    # a state's own outlet or firm named with no state: the story's ("the official news agency Tass reported" in a story
    # about the Soviet Union; the gazetteer rules out a known outlet of another state)
    Rule("based-state-outlet", "basedIn", "the official|state|state-run|state-owned|government|government-run|government-owned "
         "~2 newspaper|daily|agency|radio|television|broadcaster S:BASED", 0.7, object="story-state"),
    # "the United Kingdom's (UK) Conservative Party"
    Rule("based-possessive-acronym", "basedIn", "O:LOC 's ( X:ANY ) ~3[orgmod] S:BASED", 0.75),
    # "the legislature of Taiwan, the Legislative Yuan"
    Rule("based-of-apposition", "basedIn", "parliament|legislature|assembly|congress|senate|army|military|navy|police|court|government|cabinet|broadcaster|airline of ?the O:COUNTRY , ?the S:BASED", 0.75),
    # "the Court of Session in Scotland", "the Centers for Disease Control and Prevention in the United States"
    Rule("based-body-in", "basedIn", "the S:BASED in ?the O:LOC", 0.7, no_list=True, not_followed_by=frozenset({"'s", "-"}), no_party_subject=True),
    Rule("based-possessive-pair", "basedIn", "O:LOC 's ~3[orgmod] and|& ~3[orgmod] S:BASED", 0.75),
    Rule("based-possessive-apposition", "basedIn", "O:COUNTRY 's ~2 parliament|legislature|assembly|congress|senate|army|military|navy|police|court|government|cabinet|party|broadcaster|airline , ?the S:BASED", 0.75),
    Rule("based-demonym", "basedIn", "O:DEM ~4[orgmod] S:BASED", 0.75),
    Rule("based-type-apposition", "basedIn", f"O:STATED ?'s ~3[orgmod] {ORG_TYPE} , S:BASED", 0.75),
    Rule("based-apposition-demonym", "basedIn", "S:BASED , a|an|the ~2 O:DEM ~3. firm|company|bank|group|carrier|airline|maker|producer|broadcaster|newspaper|agency|insurer|conglomerate|brewer|lender|retailer|manufacturer|broker",
         0.75),
    Rule("based-apposition-place", "basedIn", "S:BASED , a|an|the ~1 O:LOC ?- ?based|listed|registered ~3. firm|company|bank|group|carrier|airline|maker|producer|broadcaster|newspaper|agency|insurer|conglomerate|brewer|lender|retailer|manufacturer|broker",
         0.75),
    # "Blue Channel Inc, a Beaufort, S.C., producer of canned crabmeat": a town and its state before the firm's noun
    Rule("based-apposition-town", "basedIn", "S:BASED , a|an|the ~1 O:CITY , X:LOC ?, ~3. firm|company|bank|group|carrier|airline|maker|producer|broadcaster|newspaper|agency|insurer|conglomerate|brewer|lender|retailer|manufacturer|broker|distributor|operator|developer|publisher|supplier",
         0.75),
    Rule("based-in", "basedIn", "S:BASED , ?a|an ~3 based|headquartered in|at O:LOC", 0.85),
    # "The company, which has its headquarters in Chicago", "X has its head office in Y", "X, with headquarters in Y"
    Rule("based-headquarters", "basedIn", "S:BASED ?, ?which|that has|have|had ~1 its|their headquarters|seat|head ?office in|at ?the O:LOC", 0.8),
    Rule("based-with-headquarters", "basedIn", "S:BASED , with ?its|their headquarters|seat|head ?office in|at ?the O:LOC", 0.8),
    Rule("based-is", "basedIn", "S:ORG is|are|was|were ~1 based|headquartered in|at ~2[np] O:LOC", 0.85),
    Rule("based-which-is", "basedIn", "S:ORG , which|that is|are|was|were ~1 based|headquartered in|at ~2[np] O:LOC", 0.85),
    Rule("based-apposition", "basedIn", "S:ORG , *10 , is|are|was|were ~1 based|headquartered in|at ~2[np] O:LOC", 0.8),
    # "the Liberal National Party, Queensland's dominant conservative party"
    Rule("based-apposition-possessive", "basedIn", "S:BASED , ~1 O:LOC 's ~3 party|company|firm|bank|airline|newspaper|broadcaster|carrier|agency|insurer|brewer|lender", 0.75),
    Rule("based-compound", "basedIn", "O:LOC - based ~3[orgmod] S:ORG", 0.85),
    # "the National Cancer Institute, of Bethesda, Maryland": the wire's way of giving an institution's town
    Rule("based-of-town", "basedIn", "S:BASED , of O:CITY", 0.7, no_named_insertion=True),
    # "Continental AG of Hanover, West Germany": its town and its state
    Rule("based-of-town-state", "basedIn", "S:BASED of O:CITY , X:LOC", 0.7, no_named_insertion=True, nearest_subject=True),
    Rule("based-of-state-after-town", "basedIn", "S:BASED of X:CITY , O:COUNTRY", 0.7, no_named_insertion=True, nearest_subject=True),
    Rule("based-of", "basedIn", "S:BASED ?group|company|firm|concern of ?the O:COUNTRY", 0.7, no_list=True, not_followed_by=frozenset({"'s", "-"}),
         no_named_insertion=True),
    # "Gunze Sangyo Inc of Tokyo", "United Security Financial Corp of Illinois": the wire gives a firm its seat with "of"
    Rule("based-of-city", "basedIn", "S:COMPANY of O:CITY", 0.7, no_list=True, not_followed_by=frozenset({"'s", "-", ","}),
         no_named_insertion=True),
    Rule("based-is-type", "basedIn", f"S:BASED {BE} ?once|also|still|now|currently|itself|primarily|mainly|essentially|principally|chiefly|largely|already a|an|the ~6 {ORG_TYPE}|broadcaster|broadcasting|publisher|operator|producer|maker|manufacturer|retailer|lender|insurer in|of ?the O:COUNTRY", 0.75),
    # acquires -----------------------------------------------------------------------------
    Rule("acquire-verb", "acquires", f"S:ACTOR ~3. {BUY} ~4 O:ORGA", 0.75),
    # "Kaufhof is considering taking a stake in Hapag-Lloyd", "acquired a 12.5 pct stake in"
    Rule("acquire-stake", "acquires", f"S:ACTOR ~3. {BUY}|took|takes|take|taking ~1 a|an|its ~4 stake|stakes|interest|holding in ~3[np] O:ORGA", 0.75),
    Rule("acquire-takeover", "acquires", "S:ACTOR ~2. took|takes|take|taking over ~3[np] O:ORGA", 0.75),
    Rule("acquire-deal", "acquires", f"S:ACTOR ~4 deal|agreement|offer|bid to {BUY}|take ~2 ?over O:ORGA", 0.75),
    # "signed an agreement for Continental to buy Gencorp's General Tire unit": the buyer named inside the deal
    Rule("acquire-deal-for", "acquires", f"deal|agreement|agreements|accord|contract|offer|plan for S:ACTOR to {BUY}|take ?over ?its|their|the|a|an ~2 O:ORGA",
         0.7, modality="planned"),
    Rule("acquire-bid-verb", "acquires", "S:ACTOR ~3. bid|bids|bidding ~2 for ~5 O:ORGA", 0.7, modality="planned"),
    # "Cyacq Corp, an investor group bidding for Cyclops Corp, said"
    Rule("acquire-bid-apposition", "acquires", "S:ACTOR , a|an|the ~4 bidding for ~2[np] O:ORGA", 0.7, modality="planned"),
    Rule("acquire-bid-noun", "acquires", "S:ACTOR ~3. made|makes|make|launched|launches|launch|raised|raises|sweetened|submitted|tabled ~5 bid|bids|offer|offers ~1 for ~5 O:ORGA",
         0.7, modality="planned"),
    Rule("acquire-bid-possessive", "acquires", "S:ACTOR 's ~3 bid|bids|offer|offers for ~5 O:ORGA", 0.7, modality="planned"),
    Rule("acquire-bid-to", "acquires", "S:ACTOR 's ~3 bid|bids|offer|offers|attempt|plan|plans|effort to take|buy|acquire ?over ~3 O:ORGA", 0.7,
         modality="planned"),
    # "X said it has signed a definitive agreement to be acquired by Y", "X agreed to be bought by Y": a purchase agreed
    Rule("acquire-agreed-passive", "acquires", f"O:ORGA ~5. agreement|agreements|deal|accord|agreed|agrees|voted|approved to be {BUY}|taken|absorbed ?over by ~2[np] S:ACTOR", 0.75,
         modality="planned"),
    Rule("acquire-passive", "acquires", f"O:ORGA ~2. is|was|were|been|being|are ~1 {BUY}|absorbed by ~2[np] S:ACTOR", 0.75),
    # "Gencorp agreed to sell RKO's KHJ-TV station to Walt Disney Co", "the sale of its Lazada unit to Alibaba": the buyer
    # acquires; what follows the seller's name may only be a unit of it ("sold Boeing jets to Iran" sells no Boeing)
    Rule("acquire-sold-to", "acquires", f"{SELL} ?its|their|the|a|an ?{UNIT} ?in|of O:ORGA ?{UNIT} to ~2[np] S:ACTOR", 0.7),
    Rule("acquire-sold-possessor-to", "acquires", f"{SELL} X:ORGA 's O:ORGA ?{UNIT} to ~2[np] S:ACTOR", 0.7),
    Rule("acquire-sale-possessor-to", "acquires", f"sale|sales of X:ORGA ~3 ?'s ?{UNIT} ~1 O:ORGA ~1 ?{UNIT} to ~2[np] S:ACTOR", 0.7),
    Rule("acquire-sale-to", "acquires", f"sale|sales of ?its|their|the|a|an ?{UNIT} ?in|of ?< O:ORGA ?> ?{UNIT} to ~2[np] S:COMPANY", 0.7),  # not "to Japan's Fujitsu Ltd": the firm is the buyer, not its state
    # "the sale of Fairchild Semiconductor Corp to Japan's Fujitsu Ltd": the buyer named with its state
    Rule("acquire-sale-to-possessive", "acquires", f"sale|sales of ?its|their|the|a|an ?{UNIT} ?in|of ?< O:ORGA ?> ?{UNIT} to X:STATED 's ~2[orgmod] S:COMPANY", 0.7),
)
