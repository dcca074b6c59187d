"""The phrases the event finder reacts to (ingest/events.py), in one place to read and tune.

Trigger tuples are (event kind, role pattern, regex); role patterns: "host_first" ("X
received Y"), "guest_first" ("X called on Y", "X was received by Y"), "sym" (no roles)."""

from __future__ import annotations

import re

_GATHERING = r"(?:summit|session|assembly|conference|ceremony|meeting|gathering)s?"
# a day written between a verb and its partner: "spoke today with", "talked Sunday with"
WHEN_BETWEEN = (
    r"(?:today|yesterday|tonight|again|earlier today|this (?:morning|afternoon|evening)"
    r"|(?:on |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
)
SUMMIT_GATHER = (
    r"\b(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|presidents"
    r"|prime ministers|delegates|delegations)\s+(?:[\w-]+\s+){0,3}?(?:opened|gathered|convened"
    r"|assembled|attended|arrived for|met for|met at)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:summit|session|assembly|conference)\b"
)
SUMMIT_BY = (
    rf"\b{_GATHERING}\b[^.;]{{0,60}}?\b(?:was|were)\s+(?:also\s+)?(?:addressed|attended|opened)"
    r"\s+by\b"
)
# "the political consultations attended by A and B": talks named by who attended them
CONSULTATIONS_BY = re.compile(
    r"\b(?:political |bilateral |foreign office |inter-ministerial )?consultations\s+"
    r"(?:were\s+|was\s+)?(?:attended|held|led|co-?chaired)\s+by\b",
    re.I,
)
# "the signing took place in X on Monday and was witnessed by A and B"
SIGNING_WITNESSED = re.compile(
    r"\bsigning(?: ceremony)?\b[^.;]{0,120}?\b(?:was|were)\s+(?:also\s+)?witnessed\s+by\b",
    re.I,
)
# "A together with B co-chaired the 5th Foreign Office Consultations"
CO_CHAIRED = re.compile(
    r"\bco-?chair(?:ed|s)\s+(?:the|a|an|their)\s+[^.;]{0,60}?\b(?:consultations|talks|meeting"
    r"|dialogue|joint commission|session)\b",
    re.I,
)
TRIGGERS: list[tuple[str, str, re.Pattern[str]]] = [
    ("meeting", "sym", CONSULTATIONS_BY),
    ("meeting", "sym", CO_CHAIRED),
    ("signing", "sym", SIGNING_WITNESSED),
    (
        "call",
        "sym",
        re.compile(
            r"\b(?:spoke|talked|held (?:a )?(?:tele)?phone (?:call|conversation)s?)\s+(?:by|over the|on the)\s+(?:tele)?phone\b"  # noqa: E501
            r"|\b(?:tele)?phone (?:call|conversation)s? (?:with|from|between)\b|\bvideo (?:call|conference) with\b"  # noqa: E501
            # "a telephone conversation took place today between A and B"
            r"|\b(?:tele)?phone (?:call|conversation|talk)s? (?:took place|was held|were held)\b(?=[^.;]{0,40}?\bbetween\b)"  # noqa: E501
            r"|\b(?:received|receives|receiving|took|made|placed|had) (?:a |an )?(?:[\w-]+ )?(?:(?:tele)?phone|video) (?:call|conversation)\b(?=[^.;]{0,40}?\b(?:from|with)\b)"  # noqa: E501
            r"|\b(?:received|receives|receiving|took) (?:a |an )?call (?:from|on \w+ from)\b"
            r"|\b(?:spoke|spoken|talked) by (?:(?:tele)?phone|video (?:call|link)) with\b"  # noqa: E501
            # "held a telephonic conversation with X", "... on the request of X"
            r"|\bheld (?:a |an )?(?:telephonic|telephone|phone|video) (?:conversation|call|talks?)\b(?=[^.;]{0,40}?\b(?:with|request of)\b)",  # noqa: E501
            re.I,
        ),
    ),
    (
        "meeting",
        "guest_first",
        re.compile(
            r"\b(?:called|calls|calling) on\b|\bpaid (?:a |an )?(?:[\w-]+ )?call on\b"
            # "had an audience with the King": the one received is named first
            r"|\b(?:had|has|have)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+with\b",
            re.I,
        ),
    ),
    # "X was at the airport to receive Y", "X reached the aircraft to personally welcome Y":
    # a purpose told in the past, not a plan
    (
        "meeting",
        "host_first",
        re.compile(
            r"\b(?:(?:was|were)\s+(?:also\s+)?(?:at|on hand|present|there|in attendance)"
            r"|went|came|reached|drove|rushed|headed)\b[^.;,]{0,60}?\bto\s+(?:personally\s+)?"
            r"(?:receive|welcome|greet|see\s+off|bid\s+(?:\w+\s+)?farewell)\b",
            re.I,
        ),
    ),
    (
        "meeting",
        "guest_first",
        re.compile(
            r"\b(?:was|were) (?:\w+ ){0,2}?(?:received|welcomed|hosted|greeted|seen off|seen of)(?: [\w-]+){0,4}? by\b"  # noqa: E501
            # "was accorded a ceremonial welcome at the palace by A and B"
            r"|\b(?:was|were) (?:also )?(?:accorded|given) (?:a |an )?(?:[\w-]+ ){0,2}?(?:welcome|"
            r"reception)(?: (?:at|in) (?:the )?(?:[\w’'-]+ ){0,3}[\w’'-]+)? by\b",
            re.I,
        ),
    ),
    (
        "meeting",
        "host_first",
        re.compile(
            r"\b(?:received|welcomed|hosted)\b(?! (?:a|an|the|his|her|their)? ?(?:[\w-]+ )?"
            r"(?:call|visit|decision|news|award|report|move|proposal|letter|message|invitation|"
            r"briefing|support|aid|assurances?|request|statement|remarks|offer|prize|medal|"
            r"degree|summit|conference|forum|games|event)s?\b)",
            re.I,
        ),
    ),
    (
        "talks",
        "sym",
        re.compile(
            r"\b(?:held|holds|hold|holding) (?:[\w-]+ (?:and )?){0,4}?(?:talks|discussions?|consultations|dialogue)\b|\btalks (?:with|between)\b|\bdiscussions? between\b"  # noqa: E501
            # "A and B began their last round of one-on-one talks here today"
            r"|\b(?:began|started|resumed|concluded|wrapped up) (?:their|the|a) "
            r"(?:[\w-]+ ){0,5}?talks\b"
            # "held the third round of the Ruritania-Utopia Strategic Dialogue with X"
            r"|\b(?:held|holds|hold|holding|co-chaired|chaired|co-chair|chair)\s+the\s+(?:[\w'’-]+\s+){0,9}?(?:talks|dialogue|consultations|meeting|session|round|commission)\s+(?:with|between)\b",  # noqa: E501
            re.I,
        ),
    ),
    (
        "meeting",
        "host_first",
        re.compile(r"\breceived (?:a |an )?courtesy (?:call|visit)s? (?:from|by)\b", re.I),
    ),
    ("meeting", "sym", re.compile(r"\b(?:met|meets|meeting|meetings)\b", re.I)),
    # "it was a real pleasure to meet X", "Glad to meet X": a meeting reported after the fact
    (
        "meeting",
        "sym",
        re.compile(
            r"\b(?:pleasure|privilege|honou?r|delight|glad|delighted|pleased|nice|good)[\"”']?\s+"
            r"to\s+meet\b",
            re.I,
        ),
    ),
    # "A and B agreed on Monday during talks in Rome": talks named only as the occasion
    (
        "talks",
        "sym",
        re.compile(
            r"\b(?:during|after) (?:(?:their|formal|bilateral|official) )?talks\b"
            r"(?! (?:on|about|over)\b)",
            re.I,
        ),
    ),
    (
        "talks",
        "sym",
        re.compile(
            r"\b(?:(?:spoke|spoken|talked|conferred|exchanged views)"
            # "spoke today with", "talked Sunday with": the day between verb and partner
            rf"(?:\s+{WHEN_BETWEEN})?"
            # "X sat down with Y at the ministry": a face-to-face encounter
            r"|(?:sat|sits|sitting) down) with\b",
            re.I,
        ),
    ),
    # "A, B and C held a trilateral summit": named leaders meeting, a meeting (conventions)
    (
        "meeting",
        "sym",
        re.compile(
            r"\b(?:held|holds|hold|holding) (?:a |an |their )?(?:[\w-]+ ){0,3}summit\b", re.I
        ),
    ),
    # "as heads of state and government opened the annual session of the Assembly"
    ("summit", "sym", re.compile(SUMMIT_GATHER, re.I)),
    # "the opening session was addressed by X, Y and Z"; "X and Y attended the summit"
    ("summit", "sym", re.compile(SUMMIT_BY, re.I)),
    (
        "summit",
        "sym",
        re.compile(
            r"\b(?:attended|attending)\s+(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,6}?"
            r"(?:summit|conference)\b",
            re.I,
        ),
    ),
    (
        "visit",
        "guest_first",
        re.compile(
            r"\bvisited\b|\b(?:paid|pays|paying|on|began|concluded|during|wrapped up)\s+"
            r"(?:a |an |his |her |their )?(?:[\w-]+ ){0,2}visit to\b",
            re.I,
        ),
    ),
    (
        "call",
        "guest_first",
        re.compile(r"\bcalled\b(?! (?:for|upon|on|it|the|a|an|this|that|off)\b)", re.I),
    ),
    ("call", "sym", re.compile(r"\b(?:phoned|telephoned)\b", re.I)),
    # wire idioms of an encounter: "granted an audience to", "had an audience with", "held a
    # tete-a-tete", "was accorded a ceremonial welcome by", "gave a banquet in honour of"
    (
        "meeting",
        "host_first",
        re.compile(
            r"\b(?:granted|gave|accorded)\s+(?:an?\s+)?(?:private\s+|special\s+)?audience\s+to\b"
            r"|\b(?:gave|offered|threw)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:luncheon|lunch|dinner"
            r"|banquet|breakfast|reception)\s+in\s+honou?r\s+of\b"
            # "A decorated B with the Order of ...": a ceremony of the two
            r"|(?<!was )(?<!were )(?<!also )(?<!been )\bdecorated\b"
            r"(?=[^.;]{0,120}?\bwith\s+(?:the|his|her|its|[A-Z]))",
            re.I,
        ),
    ),
    (
        "meeting",
        "guest_first",
        re.compile(
            r"\b(?:had|was\s+granted|was\s+given)\s+(?:an?\s+)?(?:private\s+)?audience\s+with\b"
            r"|\b(?:was|were)\s+(?:accorded|given)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:welcome|reception)\s+by\b",
            re.I,
        ),
    ),
    (
        "talks",
        "sym",
        re.compile(
            r"\b(?:held|had|holds|have)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?"
            r"(?:t[eê]te-[aà]-t[eê]te)s?\b|\binteracted\s+with\b",
            re.I,
        ),
    ),
    # "a signed copy of the book": an adjective after a determiner tells no signing
    ("signing", "sym", re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:signed|inked)\b", re.I)),
    # "A and B affixed their signatures to the MoU": a signing told without "signed"
    ("signing", "sym", re.compile(r"\baffixed\s+(?:their|his|her)\s+signatures?\b", re.I)),
    # "The signing took place ... on Monday": more of the signing just told (anaphoric)
    (
        "signing",
        "sym",
        re.compile(r"\bsigning(?: ceremony)?(?= (?:took place|was held|was conducted)\b)", re.I),
    ),
    ("meeting", "sym", re.compile(r"\bcourtesy (?:call|visit)s?\b", re.I)),
    # "A and B agreed on Thursday to ...": two named people acting jointly have met (checked
    # in ingest/events.py: a compound subject right before the verb, nobody after counts)
    (
        "talks",
        "joint",
        re.compile(
            r"\b(?:agreed|pledged|vowed|discussed|reaffirmed|called for|underscored|reviewed"
            r"|exchanged (?:their |)(?:views|opinions|greetings|compliments|congratulations"
            r"|courtesies|pleasantries)"
            r"|witnessed"
            # "A, B and C spent two hours in talks"
            r"|spent\s+(?:[\w-]+\s+){1,4}?in\s+(?:talks|discussions|a\s+meeting))\b"
        ),
    ),
    # "A and B had a telephone conversation", "A and B have held a phone talk": a joint call
    (
        "call",
        "joint",
        re.compile(
            r"\b(?:had|held|hold|holds|holding|conducted)\s+(?:a |an |their )?(?:[\w-]+ )?"
            r"(?:(?:tele)?phone|video|telephonic)\s+(?:conversation|call|talk|negotiation"
            r"|discussion)s?\b",
            re.I,
        ),
    ),
]
# what may stand between two names of a compound subject: ", ", " and ", an apposition
# ("A, Y's minister, and B"), a possessive country ("A, Korea's B and China's C")
JOINT_LIST_GAP = re.compile(
    r"\s*(?:,[^,;]{0,80})?(?:,\s*|\s+)(?:and\s+)?"
    r"(?:visiting\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
)
# what may stand between a compound subject and its joint verb: "A and B on Thursday agreed"
JOINT_GAP = re.compile(
    r"^\s*(?:,[^,;]{1,80},\s*)?(?:(?:on|in|at|during)\s+(?:\w+\s+){1,3}?|also\s+|jointly\s+"
    r"|together\s+|have\s+|had\s+|both\s+)*$"
)
FUTURE = re.compile(
    r"\b(?:will|would|shall)\s+(?:\w+\s+){0,3}$"  # "will also pay a courtesy call"
    r"|(?:\b(?:will|would|shall|to|may|might|could|can|must|should|plans?|planning|set|due|expected|"
    r"scheduled|upcoming|planned|forthcoming|(?<!the )next|ahead of|before|proposed|not|never|"
    r"n't|if|unless|whether|refused|declined)\s+(?:\w+\s+){0,2})$",
    re.I,
)
INVITE = re.compile(r"\binvit\w*\b[^.;]*\bto\s*$", re.I)
ANAPHORIC = re.compile(
    r"\b(?:the|this|that|these|such)\s+"
    r"(?:(?!when\b|while\b|after\b|before\b|as\b|and\b|or\b|but\b|since\b)[\w-]+\s+)?$",
    re.I,
)
# "X called on A and was then received by B", "X was received by A and held talks with B": a
# second encounter of the same subject, told in a coordinated clause
CHAIN = re.compile(
    r"[,;]?\s+(?:and|before|then)\s+(?:(?:then|later|also|subsequently|afterwards|was|were|"
    r"he|she|they|has|had|have|went on to)\s+){0,3}$",
    re.I,
)
# ", and will meet Z": a planned encounter told after a real one ends its clause
PLANNED_CUT = re.compile(
    r",?\s+(?:and|but)\s+(?:\w+\s+){0,2}?(?:will|would|is expected to|are expected to|plans? to"
    r"|(?:is|are) (?:scheduled|due|set) to|intends? to)\s",
    re.I,
)
# a relative clause between commas (", who takes office in May,"): its date is not the event's
RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,;]*,", re.I)
# "had last met", "previously met": a flashback that "the meeting" does not refer back to
FLASHBACK = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:met|held|spoken|spoke|talked|visited)\b"
    r"|\b(?:last|previously|first|earlier)\s+(?:met|held|spoke|talked|visited)\b",
    re.I,
)
SPLIT = re.compile(r",?\s+and\s+(?:later\s+|then\s+|also\s+|again\s+)?with\b", re.I)
JOINERS = re.compile(
    r"\b(?:also|were|was)\s+(?:present|in attendance)\b|\balso (?:attended|included|joined|participated|took part)\b"  # noqa: E501
    r"|\b(?:accompanied by|attended by|joined by|witnessed by|in the presence of)\b|\bincluded\b"
    r"|^the presence of\b"
    # "The delegation is led by X": the leader of a delegation just received
    r"|\b(?:delegation|team|mission) (?:is|was) (?:being )?(?:led|headed) by\b"
    # "was accompanied at the call by", "was also there to welcome the guest"
    r"|\baccompanied (?:at|in|during|to) (?:the|this) (?:[\w-]+ )?(?:call|meeting|talks|audience"
    r"|ceremony|visit)\s+by\b|\b(?:was|were) (?:also )?(?:there|on hand|at the airport) to "
    r"(?:welcome|receive|greet|meet)\b"
    # "Also at the airport to receive the guest were A and B"
    r"|^also (?:at|on|in) [^.;]{0,40}?\bto (?:welcome|receive|greet|meet)\b"
    r"|\b(?:attended|joined) (?:the|this) (?:[\w-]+ )?(?:meeting|talks|ceremony|signing|session)\b"
    # "A and B witnessed the ceremony": joiners of the signing just told
    r"|\bwitnessed (?:the|this) (?:[\w-]+ )?(?:ceremony|signing)\b"
    # "A and B took part in the talks": joiners of the encounter being told
    r"|\b(?:took|take|takes|taking) part in (?:the|these|their) (?:[\w-]+ )?"
    r"(?:meeting|talks|discussions|ceremony|signing|session)\b"
    # "A, B and C joined the host for the talks"
    r"|\b(?:was|were) (?:also )?addressed by\b"
    r"|\bjoined\b[^.;]{0,60}?\bfor (?:the|their|a|an) (?:[\w-]+ )?"
    r"(?:meeting|talks|session|dialogue|discussions|summit)\b",
    re.I,
)
# "The outgoing Ambassador was accompanied by A and B": the delegation of the encounter told
ACCOMPANIED = re.compile(
    r"^(?:the\s+)?[^,;]{0,60}?\b(?:was|were)\s+(?:also\s+)?accompanied\s+(?:(?:at|in|during|to)\s+"
    r"(?:the|this)\s+(?:[\w-]+\s+)?(?:call|meeting|talks|audience|ceremony|visit)\s+)?by\b",
    re.I,
)
# "a meeting between A and B would take place": the encounter is still to come
TO_COME = re.compile(
    r"^[^.;,]{0,80}?\b(?:would|will|is to|are to|was to|were to|(?:is|are|was|were) (?:expected|"
    r"scheduled|set|due|planned) to)\s+(?:\w+\s+)?(?:take place|be held|happen|occur|go ahead)\b",
    re.I,
)
CONTINUATION = re.compile(
    r"^(?:they|the two|both|the officials|the ministers|the leaders|the two sides|both sides)\b|\b(?:during|at|after) the (?:meeting|talks|visit)\b",  # noqa: E501
    re.I,
)
# "X met Y on Tuesday, a day after meeting Z": another encounter of X, told as a participle
AFTER_MEETING = re.compile(
    r",?\s+(?:(?P<n>a|one|two|three|\d+) days?\s+|shortly\s+|hours\s+|days\s+)?after\s+"
    r"(?P<verb>meeting(?:\s+with)?|holding talks with|talks with)\b",
    re.I,
)
SEPARATE = re.compile(
    r"\b(?:separately|separate (?:meetings|talks|calls)|bilateral (?:meetings|talks) with"
    r"|in (?:separate|individual) (?:meetings|talks|calls)"
    # "received by A and B on November 15 and 16": one day each
    r"|on (?:[A-Z][a-z]+ \d{1,2} and \d{1,2}|\d{1,2} and \d{1,2} [A-Z][a-z]+))\b",
    re.I,
)
# "the meeting was postponed", "talks planned for May": no encounter took place
CANCELLED = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?(?:cancelled|canceled"
    r"|postponed|called off|scrapped|put off|delayed|suspended)\b|\bplanned for\b",
    re.I,
)
# "spoke with reporters": an audience, not a counterpart
AUDIENCE = re.compile(
    r"\s+(?:the\s+)?(?:reporters|journalists|press|media|students|supporters|lawmakers|crowds?"
    r"|audiences?|residents|troops|soldiers|workers|farmers|investors|executives|voters)\b",
    re.I,
)
PAIR_SUBJECT = re.compile(
    r"^(?:the two (?:leaders|ministers|men|women|presidents|sides|officials)|both leaders|they)\b",
    re.I,
)
HOST_OF_VISIT = re.compile(r"\bwelcomed (?:the|his|her|their) (?:[\w-]+ )?visit\b", re.I)
BREAK_LEDE = re.compile(
    r"^(?:earlier|meanwhile|separately|previously|last|in other|elsewhere|back in)\b", re.I
)
REPORTING = re.compile(r"\baccording to\b|\b(?:reported|said in a statement)\b", re.I)
CALL_WORDS = re.compile(r"\b(?:tele)?phone\b|\bvideo (?:call|link|conference)\b", re.I)
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|inside)\s+(?:the\s+)?|,\s*|\bcapital\s+"
    r"|\b(?:travell?ed|flew|went|came|headed|trip|visit|journeyed)\s+to\s+)$",
    re.I,
)
RECENT = 5  # sentences after which "the meeting" no longer refers back
SPEAKER_AFTER = re.compile(r"^\s*,?\s*(?:said|says|told|added|noted|stated|wrote|tweeted)\b")
GROUP_OBJECT = re.compile(
    r"\b(?:delegation|leadership|officials|government|leaders|authorities|counterparts)\b", re.I
)
REPEATED = re.compile(
    r"\b(?:several|multiple|many|numerous|two|three|four) times\b|\bon (?:several|many|numerous) "
    r"occasions\b|\b(?:repeatedly|regularly|frequently|routinely)\b",
    re.I,
)
CUT = re.compile(
    r",?\s+(?:and|while|but|whereas)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:visit|trip|meeting|call|talks)\s+(?:of|by|between)\b",
    re.I,
)
PLURAL = re.compile(r"\b(?:they|the (?:royal )?couple|the visitors|the guests)\b", re.I)
EARLIER = re.compile(
    r"\b(?:last|previously|first|earlier)\s+(?:met|held|spoke|talked|visited)\b", re.I
)
SINCE_MET = re.compile(
    r"\bsince (?:they|the two(?: leaders| men| sides)?|both) (?:last |first )?(?:met|held|spoke|talked)\b",  # noqa: E501
    re.I,
)

# "Z was also present at the palace to receive the guest": another host of the reception
ALSO_THERE = re.compile(r"(?:was|were)\s+also\s+(?:present|there|on hand|at)\b", re.I)
INVITED = re.compile(r"\b(?:are|is|were|was|been)\s+invited\s+to\b", re.I)
# "Z also hosted a luncheon for the guest": another host's meal is its own encounter
OWN_MEAL = re.compile(
    r"hosted\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:luncheon|lunch|dinner|banquet|breakfast)\b",
    re.I,
)
# "His plane touched down at noon and was received by Z": the traveller is the one received
HIS_PLANE = re.compile(
    r"\s*(?:his|her)\s+(?:special\s+|official\s+)?(?:plane|aircraft|flight|jet)\b", re.I
)
