"""Speakers on unseen news (issue 14): which clause a quotation belongs to, and which noun phrase speaks it.

Each row is a sentence written for the test (or a Wikinews sentence, CC BY 2.5, with its URL) and the speaker
the whole pipeline (`find_quotes`) must give the quotation; rows that must not change say so in their name.
"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of as _speaker_of


# a cue in a clause that does not govern the quotation: a that-clause, a relative clause
CLAUSES = [
    # https://en.wikinews.org/wiki/Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union
    ("a cue tied by 'before' to the next sentence's own verb tells of that sentence",
     ("\"It's a better performance than last week\", Wynnum coach Matt Myers said. \"We're a forty minute team "
      "at the moment.\" Caloundra opened the game with two tries before Wynnum hit back with tries of their own."),
     "We're a forty minute team at the moment.", "Matt Myers"),
    ("a parenthetical cue in the next sentence still attributes (unchanged)",
     ("Editor Jim Smith spoke in May. Journalists are \"killing journalism.\" They're doing this, he says, by "
      "clinging to old ways."),
     "killing journalism.", "Jim Smith"),
    ("the subject of a that-clause is no speaker",
     ("Defence Secretary John Reid spoke on Monday. Mr Reid denied that the document signalled any change, "
      "stating that, “We will stay as long as we are needed.”"),
     "We will stay as long as we are needed.", "John Reid"),
    ("the subject of a noun's that-clause is no speaker",
     ("Mr Rao refuted the criticism that the government had presented a full budget in an election year, "
      "saying “we have not announced any new scheme.”"),
     "we have not announced any new scheme.", "Rao"),
    ("the subject of a relative clause after a noun is no speaker",
     "Jane Hill criticised the plan that the council approved, arguing that there is “no money for it”.",
     "no money for it", "Jane Hill"),
    ("a that-clause before 'warning:'",
     ("Anna White said that the army could be deployed in the city, warning: “They are already there.”\n\n"
      "“We have enough power to end the unrest.”"),
     "We have enough power to end the unrest.", "Anna White"),
    ("a cue in a relative clause that ends before the quotation",
     ("A British spokeswoman, Capt. Kelly Goodall, said British soldiers who responded came “under attack by a "
      "variety of weapons.”"),
     "under attack by a variety of weapons.", "Kelly Goodall"),
    ("unchanged: a cue in a relative clause with a prepositional phrase",
     "Anna White said the people who spoke on Monday were “very angry indeed”.", "very angry indeed", "Anna White"),
    ("unchanged: a relative clause that reports the words",
     "Tom Baker condemned remarks by a campaign aide who said voters shouldn’t “elect corporate cronies” again.",
     "elect corporate cronies", "a campaign aide"),
    ("unchanged: a relative clause whose that-clause holds the words",
     "The ad stars an actor who promises that Tom Baker won’t “send you to fight wars overseas” at all.",
     "send you to fight wars overseas", "an actor"),
    ("unchanged: a that-clause that reports another's words",
     "Anna White said that Tom Baker told her, “I am leaving the party.”", "I am leaving the party.", "Tom Baker"),
]


@pytest.mark.parametrize("name, text, quote, speaker", CLAUSES, ids=[row[0] for row in CLAUSES])
def test_cue_in_a_clause_that_does_not_govern(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# coordination and the passive
COORDINATION = [
    # https://en.wikinews.org/wiki/Iraqis_celebrate_deaths_of_British_troops (CC BY 2.5)
    ("a quotation coordinated with the one before",
     ("Members of the crowd allegedly shouted slogans such as \"victory for the Mehdi Army!\" and \"we are all "
      "soldiers of al-Sayed\" in support of local militants lead by Shi'ite Muslim cleric Moqtada al-Sadr."),
     "we are all soldiers of al-Sayed", "Members of the crowd"),
    ("coordinated agents of one passive: each quotation its own",
     ("The incident was described as a \"disgraceful act\" by the Labor candidate, David Bradbury, and "
      "\"deceitful\" by Ikebal Patel, chairman of the Australian Federation of Islamic Councils."),
     "deceitful", "Ikebal Patel"),
    ("coordinated agents: the first keeps its agent",
     ("The incident was described as a \"disgraceful act\" by the Labor candidate, David Bradbury, and "
      "\"deceitful\" by Ikebal Patel, chairman of the Australian Federation of Islamic Councils."),
     "disgraceful act", "David Bradbury"),
    ("names coordinated in a complement: the noun before them",
     ("Academics at NSW University and the University of Technology Sydney have said, “Nuclear power is too slow "
      "to build.”"), "Nuclear power is too slow to build.", "Academics at NSW University"),
    ("places coordinated in a complement", "Officials in Kabul and Islamabad said the talks were “very productive”.",
     "very productive", "Officials"),
    ("unchanged: coordinated people, the nearer speaks", "Hillary Clinton and Bernie Sanders said, “We agree.”",
     "We agree.", "Bernie Sanders"),
    ("an agentless passive right before the quotation names nobody",
     ("Although flights were continuing and passengers were told to \"check in as normal\", the company stopped "
      "taking bookings."), "check in as normal", None),
    ("'was asked' names nobody", "Sidney Blumenthal was asked, “Would you have told her it is not a good idea?”",
     "Would you have told her it is not a good idea?", None),
    ("an active 'quoted' names the one quoted", "Tom Baker quoted Anna White: “It is better to live one day.”",
     "It is better to live one day.", "Anna White"),
    ("'X quoted Y as saying' after the quotation",
     "“They were able to move so quickly,” the Financial Times quoted an insider in the talks as saying.",
     "They were able to move so quickly,", "an insider"),
    ("'was quoted' names the one quoted",
     "On July 7th, the remarks were debated. Strategist Bob Beckel was quoted \"Why didn't he just apologize?\"",
     "Why didn't he just apologize?", "Bob Beckel"),
    ("'was quoted by X as' names the one quoted, not the one quoting",
     "Frank Wright has been quoted by archivist Bruce Pfeiffer as calling the couple ``ideal clients'' at home.",
     "ideal clients", "Frank Wright"),
]


@pytest.mark.parametrize("name, text, quote, speaker", COORDINATION, ids=[row[0] for row in COORDINATION])
def test_coordination_and_passive(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# "he"/"she" after an unnamed speaker ("another witness"), and not after a title the text gave a named person
PRONOUNS = [
    ("'he' after an unnamed witness",
     ("Koon Midam, a witness to this incident, commented: \"The man went into a violent rage.\"\n\n"
      "Another male witness described the events. \"I could see two policemen sprinting,\" he said."),
     "I could see two policemen sprinting,", "Another male witness"),
    ("'she' does not take a man's description",
     ("Anna White spoke to the press on Monday.\n\nA spokesman for the ministry declined to comment. "
      "\"We will win,\" she said."),
     "We will win,", "Anna White"),
    ("unchanged: 'the senator' is the senator named before",
     ("Bernie Sanders spoke in Nashua.\n\nInstead, the Vermont senator is sticking to his message.\n\n"
      "“We have come a long way,” he told supporters."),
     "We have come a long way,", "Bernie Sanders"),
]


# "it" as a speaker: the organisation that is the subject of the sentence before, else nobody
IT = [
    # https://en.wikinews.org/wiki/Welsh_air_route (sentences from the 2010 Highland Airways article, CC BY 2.5)
    ("'it said' after a company's sentence",
     ("Although flights were continuing, the company stopped taking bookings for future flights yesterday.\n\n"
      "However, it also said that trading conditions were \"difficult\"."), "difficult", "the company"),
    ("'it said' after an organisation's name",
     "Highland Airways stopped taking bookings. It said the conditions were \"very difficult\".",
     "very difficult", "Highland Airways"),
    ("'it said' after a thing names nobody", "The plan failed. It said “we will win” on every page.",
     "we will win", None),
    ("'it' in a relative clause is not the sentence before's subject",
     ("The Acme Party spent $890,000 on ads. The group builds what it calls “psychographic profiles of voters” for "
      "clients."), "psychographic profiles of voters", None),
    ("a subject that is not the sentence's own",
     ("A letter this month to the bank board from the staff association reflected both concerns. ''We have "
      "accepted decades of back-room deals,'' it said."), "We have accepted decades of back-room deals,", None),
]


@pytest.mark.parametrize("name, text, quote, speaker", IT, ids=[row[0] for row in IT])
def test_it_is_an_organisation_or_nobody(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize("name, text, quote, speaker", PRONOUNS, ids=[row[0] for row in PRONOUNS])
def test_pronoun_after_an_unnamed_speaker(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# sentences cut at an abbreviation lose their speaker ("the No. 2 in the GOP leadership", "Lieut. Colonel ...")
ABBREVIATIONS = [
    ("'As X, the No. 2 in ..., put it:'",
     "As John Cornyn, the No. 2 in the GOP leadership, put it: \"This person will not be confirmed.\"",
     "This person will not be confirmed.", "John Cornyn"),
    # https://en.wikinews.org/wiki/Iraqis_celebrate_deaths_of_British_troops (CC BY 2.5)
    ("'according to' a spokesman with a rank written short",
     ("According to Basra police spokesman Lieut. Colonel Kareem al-Zaidi, \"a multinational forces helicopter was "
      "hit by a rocket and went down on houses in central Basra\"."),
     "a multinational forces helicopter was hit by a rocket and went down on houses in central Basra",
     "Kareem al-Zaidi"),  # the rank is a title, "al-Zaidi" part of the name
]


@pytest.mark.parametrize("name, text, quote, speaker", ABBREVIATIONS, ids=[row[0] for row in ABBREVIATIONS])
def test_abbreviations_keep_the_sentence_and_its_speaker(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# the possessor of a speech noun right before the quotation (with "to", "that", "of" or a colon) or after it
POSSESSORS = [
    # https://en.wikinews.org/wiki/Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution
    ("a statement speaks with its author's voice (after the quotation)",
     ("Judge Gray Miller ruled on Friday. \"While restrictions may have justified past discrimination,\" reads "
      "Judge Miller's statement, \"that time has passed.\""),
     "While restrictions may have justified past discrimination,", "Gray Miller"),
    ("a statement's author before the quotation",
     "Acme Corp cut 200 jobs. \"We have done our best,\" the company's press release said.",
     "We have done our best,", "the company"),
    ("part of a statement speaks for the whole",
     "Mayor Jane Smith resigned on Monday. Part of her letter said: \"I thank everyone who helped.\"",
     "I thank everyone who helped.", "Jane Smith"),
    ("'X's call to “…”'", "Barack Obama spoke in May. Organizers cited President Obama's call to “begin again.”",
     "begin again.", "Barack Obama"),
    ("'the minister's statement that “…”'", "The minister's statement that “the border is closed” surprised many.",
     "the border is closed", "The minister"),
    ("'her plea: “…”'", "Anna White spoke on Monday. Her plea: “Please come home.”", "Please come home.",
     "Anna White"),
    ("'X's “…” promise'", "It is the pull of Tom Baker's \"you can keep your plan\" promise that matters.",
     "you can keep your plan", "Tom Baker"),
    ("unchanged: a speech noun as the subject of the quoted words",
     "House Speaker Paul Ryan told CNN Tuesday that Ginsburg’s comments “shows bias to me.”", "shows bias to me.",
     "Paul Ryan"),
    ("unchanged: a speech noun as the object of a cue, no link word",
     "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed him as a passing affliction.",
     "racially toxic,", "Scott"),
]


@pytest.mark.parametrize("name, text, quote, speaker", POSSESSORS, ids=[row[0] for row in POSSESSORS])
def test_possessor_of_a_speech_noun(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# the cue lexicon: verbs of speech that take no quotation in their own sentence
LEXICON = [
    # https://en.wikinews.org/wiki/Anti-China_protesters_clash_with_police_in_Tibet (CC BY 2.5)
    ("'alluded to' before a quotation that follows",
     ("French foreign minister Bernard Kouchner alluded to a connection between the protests and the 2008 Summer "
      "Olympics. \"France can draw attention to the link between the Olympic Games and this Tibetan aspiration.\""),
     "France can draw attention to the link between the Olympic Games and this Tibetan aspiration.",
     "Bernard Kouchner"),


    # https://en.wikinews.org/wiki/British_court_'threatened'_by_United_States (CC BY 2.5)
    ("'reaffirmed that ... would “…”'",
     ("David Miliband denied the threat had occurred. He reaffirmed that the government did not want the material "
      "released because doing so would \"cause real and significant damage to the national security\"."),
     "cause real and significant damage to the national security", "David Miliband"),
]

# the sentence after a quotation attributes it only when its cue does not introduce a quotation of its own
TAILS = [
    # https://en.wikinews.org/wiki/Turks_and_Caicos_Islands_Premier_resigns (CC BY 2.5)
    ("the next sentence's cue is its own quotation's",
     ("A retired British judge is leading an inquiry, with an interim report pointing to a \"high probability of "
      "systemic corruption.\" Misick also called the suspension of the constitution \"tantamount to being "
      "re-colonised\"."), "high probability of systemic corruption.", None),
    ("'X agreed: “…”' is the next quotation's",
     ("“It’s a totally different muscle,” Kate York said. “You have to take yourself out of it.” Caitlyn Smith "
      "agreed: “It’s a different job altogether.”"), "You have to take yourself out of it.", "Kate York"),
    # https://en.wikinews.org/wiki/Ulster_Volunteer_Force_announces_it_will_put_weapons_%22beyond_reach%22
    ("the quotation's own cue before one in the sentence after",
     ("Irish Prime Minister Bertie Ahern suggested the UVF work with the Commission \"with a view to full "
      "decommissioning\". Sinn Fein welcomed the news of UVF's disarmament."),
     "with a view to full decommissioning", "Bertie Ahern"),
    ("unchanged: a cue right after the quotation in the sentence after",
     ("If Russia is indeed attempting it — as Democrats are alleging, but Moscow strongly denies — “why wouldn’t you "
      "want to raise it?” asked Anita Dunn, now a partner at a firm."), "why wouldn’t you want to raise it?",
     "Anita Dunn"),
    ("unchanged: the first cue of the next sentence is this quotation's",
     ("Maddow asked about it. “I’m not sure Leo is available, but we’ll see, right?” Hillary Clinton remarked, "
      "alluding to the actor's latest turn as a rugged frontiersman in “The Revenant.”"),
     "I’m not sure Leo is available, but we’ll see, right?", "Hillary Clinton"),
]


@pytest.mark.parametrize("name, text, quote, speaker", TAILS, ids=[row[0] for row in TAILS])
def test_the_next_sentence_attributes_only_its_own(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize("name, text, quote, speaker", LEXICON, ids=[row[0] for row in LEXICON])
def test_cue_lexicon(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# noun phrases around the cue: a suffix's full stop, a participle as an adjective, a sentence opening "Adding,"
PHRASES = [
    ("a name ending 'Jr.' before an apposition",
     "''Twitter sells books,'' James B. Comey Jr., the director of the F.B.I., said at a news conference.",
     "Twitter sells books,", "James B. Comey Jr"),
    ("'another leading advocate, Name'",
     "''The odds are against it,'' said another leading Supreme Court advocate, Andrew J. Pincus of Mayer Brown.",
     "The odds are against it,", "Andrew J. Pincus"),
    ("unchanged: 'by saying' is no part of the agent",
     "A Chinese official responded by saying Japan should be careful “not to stir up problems” in the waterway.",
     "not to stir up problems", "A Chinese official"),
    # https://en.wikinews.org/wiki/Warner_Brothers_ban_movie_previews_in_Canada (CC BY 2.5)
    ("a name after the quotation, the verb left out",
     ("\"Canada is the number one priority in terms of anti-camcording legislation,\" Darcy Antonellis, Senior Vice "
      "President of Warner Bros. Worldwide Anti-Piracy Operations."),
     "Canada is the number one priority in terms of anti-camcording legislation,", "Darcy Antonellis"),
    ("unchanged: an epithet before a name is no attribution",
     ("Trump won on the strength of his willingness to savage the 16 people running against him (\"Low energy\" "
      "Jeb Bush, \"Little Marco\" Rubio, \"Lyin' \" Ted Cruz)."), "Little Marco", None),
    ("a sentence opening 'Adding,' goes on with the speaker before",
     ("Later in the show, after the interview concluded, Bill Maher stated that the report “wasn’t good.” Adding, "
      "“Now, what they actually do is never that bad.”"), "Now, what they actually do is never that bad.",
     "Bill Maher"),
]


@pytest.mark.parametrize("name, text, quote, speaker", PHRASES, ids=[row[0] for row in PHRASES])
def test_noun_phrases_around_the_cue(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# "he"/"she": the subject of the sentences before, not the last man or woman named (helpers.quotes.centering)
CENTERING = [
    # https://en.wikinews.org/wiki/Australia_Votes_2007:_Outgoing_Deputy_PM_steps_down_from_party_leadership
    ("the subject two sentences back, through 'He said'",
     ("Mr Mark Vaile also dismissed Liberal Wilson Tuckey's suggestion that the parties should amalgamate. He said "
      "he continued to oppose the idea.\n\n\"As far as amalgamation is concerned I've opposed it,\" he said."),
     "As far as amalgamation is concerned I've opposed it,", "Mark Vaile"),
    # https://en.wikinews.org/wiki/Sai_Baba_upsets_Telangana_activists (CC BY 2.5)
    ("the subject, not the object named after it",
     ("Swami Agnivesh, social activist, voiced his criticism against the Baba for focusing on something "
      "unnecessary. \"As he is not a political leader he should not make such comments,\" he said."),
     "As he is not a political leader he should not make such comments,", "Swami Agnivesh"),
    ("a quotation over two sentences: the subject before its opening",
     ("K. Kesava Rao, President of the Congress Committee, maintained that the comments had been misread. "
      "\"All that Baba wanted was unity. But reference to it was misread,\" he said."),
     "All that Baba wanted was unity. But reference to it was misread,", "Kesava Rao"),
    ("a name that describes a noun is no subject",
     ("Barack Obama won in 2008. Obama consultant Cornell Belcher picked up a similar thread at the time. "
      "“Voters have a lot in common,” he said."), "Voters have a lot in common,", "Cornell Belcher"),
    ("a possessor is no subject: the last mention decides",
     ("Donald Trump’s accusation had imperiled the lives of US troops, Joe Biden said.\n\n“If my son were still "
      "in Iraq, I would be angry,” he said."), "If my son were still in Iraq, I would be angry,", "Joe Biden"),
    ("unchanged: a subject that is no person leaves it to the last mention",
     ("Wanda Hudson spoke to reporters. The hospital had blocked the media from the child. \"I wanted you to see "
      "my son,\" she said."), "I wanted you to see my son,", "Wanda Hudson"),
]


@pytest.mark.parametrize("name, text, quote, speaker", CENTERING, ids=[row[0] for row in CENTERING])
def test_pronoun_is_the_subject_before(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
