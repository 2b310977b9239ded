"""Speakers on unseen news (issue 14), `helpers.quotes.referents` and the centering it feeds: brackets before
"who", reduced relative clauses, passive hearers, a body speaking for the person in its complement, a quotation-only
sentence between "he" and its antecedent, cataphora, and a cue in a clause of the next sentence.

Each row is text written for the test in the style of the articles audited in /work/notes/speakers5_audit.md
(names, numbers and wording changed) and the speaker `find_quotes` must give the quotation; rows that must not
change say so in their name.
"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of as _speaker_of


ROWS = [
    ("a relative 'who' after a party-and-state bracket",
     "Several members objected, including Rep. Dale Horvath (R-OH), who said “we needed another week to read it.”",
     "we needed another week to read it.", "Dale Horvath"),
    ("a relative 'who' after a party-and-state tag between commas",
     "Sen. Rhea Holloway, R-S.C., who served two terms in the House, said: “Do not ignore the issue.”",
     "Do not ignore the issue.", "Rhea Holloway"),
    ("'he' after 'X's chief spokesman, Name, said' is the spokesman",
     ("Mr Dalton’s chief spokesman, Owen Pryce, said the leaks followed weekly meetings.\n\nSpeaking after one of "
      "the debates between Mr Dalton and Mark Reeve, he said: “This time it leaked from that meeting.”"),
     "This time it leaked from that meeting.", "Owen Pryce"),
    ("a relative 'who' after a comma and an age (unchanged)",
     "Linda Moss, who is a pastor in Denver, said the plan was “a disgrace to the city.”",
     "a disgrace to the city.", "Linda Moss"),
    ("a reduced relative: the document sent to the ministers speaks, not the ministers",
     "“Voters expect us to deliver on housing,” the memo sent out to all ministers said on Monday.",
     "Voters expect us to deliver on housing,", "the memo"),
    ("a reduced relative with 'by': its author speaks (unchanged)",
     "A campaign email sent out by Senator Ray Lindqvist on Friday warned of the race ahead: “We cannot let up now.”",
     "We cannot let up now.", "Ray Lindqvist"),
    ("a passive hearer after the quotation is no speaker; the participle's subject is",
     ("Premier Joanna Kettering spoke in Hobart.\n\nThe Premier keeps hinting at an early poll, warning MPs "
      "“they will not like what comes next”, but that is not what her ministers have been told to say."),
     "they will not like what comes next", "Joanna Kettering"),
    ("a bench speaks with its judge's voice",
     "The single-judge bench of Justice Anil Raghavan said, “The petitioner has shown no ground for relief.”",
     "The petitioner has shown no ground for relief.", "Anil Raghavan"),
    ("a spokesman for a person is not that person (unchanged)",
     "Tom Ellery, a spokesman for Governor Ruth Abbey, said, “The governor will sign the bill.”",
     "The governor will sign the bill.", "Tom Ellery"),
    ("'he continued' after a quotation-only sentence goes back past it to the speaker, not the interviewer",
     ("Speaker Mark Delaney denied that the launch had been chaotic.\n\n“It was not chaos,” Delaney said in an "
      "interview with Fox host Brian Kessler. “We spent a year on this plan. Everyone had a say.”\n\n"
      "“It is modelled on a bill we passed in 2015,” he continued."),
     "It is modelled on a bill we passed in 2015,", "Mark Delaney"),
    ("cataphora: 'he said' before anyone is named means the next sentence's subject",
     "“We will not back down on this,” he said. Opposition leader Craig Hanlon was speaking in Geelong on Friday.",
     "We will not back down on this,", "Craig Hanlon"),
    ("an earlier person still wins over cataphora (unchanged)",
     ("Coach Peter Mills was pleased. “We will not back down on this,” he said. Opposition leader Craig Hanlon "
      "was speaking in Geelong."),
     "We will not back down on this,", "Peter Mills"),
    ("a cue after 'but' in the next sentence is another clause's",
     "“That was the turning point,” coach Liam Barr said. “We never gave up.” The visitors led early, but Redcliffe "
     "hit back.",
     "We never gave up.", "Liam Barr"),
    ("'and' right before the next sentence's cue keeps its subject (unchanged)",
     "“We never gave up.” The coach smiled and added: “Never.”",
     "We never gave up.", "The coach"),
    ("a pronoun in a fronted clause means the main clause's subject",
     ("The Premier keeps hinting at an early poll.\n\nDespite conceding there is no bill before the House that could "
      "see her act on her vow to “win back the state” if her plan is blocked, Ms Kettering held firm."),
     "win back the state", "Kettering"),
    ("the same voice goes on past a picture's caption and credit",
     ("Health Minister Owen Tate said he wanted “no part” of it.\n\n“I do not want a snap poll,” he told local radio."
      "\n\nPremier Joanna Kettering speaks at a science fair on May 2.\n\nPhoto: Sam Reid\n\n“The crossbench "
      "has to see the state needs jobs.”\n\nThat is what the talking points told ministers to say."),
     "The crossbench has to see the state needs jobs.", "Owen Tate"),
    ("'in which he said' after a name is that name, not an apposition's head",
     ("The campaign reacted to a report on Thursday by NBC’s Dan Whitlock, in which he said “the idea that charges are "
      "near” was wrong."),
     "the idea that charges are near", "Dan Whitlock"),
    ("a text that signs and hats 'have stated' has no speaker",
     "They want to, as some signs and hats have stated, literally “Make Ohio Great Again.”",
     "Make Ohio Great Again.", None),
    ("a pronoun inside a quotation is no evidence of the gender of the name before it",
     ("Robin Alvarez spoke to the convention on Thursday.\n\nRight-wing outlets, including Fox, have covered the "
      "story.\n\n“They keep coming after me,” Alvarez said.\n\n“So now his lawyers have left him, and the noise "
      "gets louder,” she continued."),
     "So now his lawyers have left him, and the noise gets louder,", "Robin Alvarez"),
    ("'she said' goes back past a two-sentence quotation to the woman who said it",
     ("Jane Holt said the interview was odd.\n\n“It was a conversation,” Jane Holt said. “It was an odd interview. We "
      "said so afterwards.”\n\nShe also played down her husband’s remarks about Governor Ann Price. “Senator Ruiz "
      "has a plan,” she said."),
     "Senator Ruiz has a plan,", "Jane Holt"),
    ("an indefinite role opening a story is the person an apposition gives that role next",
     ("A minister has said a radio quiz show is “completely one-sided” in the latest row over impartiality.\n"
      "Dan Whitfield, a health minister, also cited the coverage of pensions when asked for more examples."),
     "completely one-sided", "Dan Whitfield"),
    ("'the minister' after 'Name, a transport minister,' (unchanged: the names stage links the title)",
     ("Dan Whitfield, a transport minister, spoke to Sky News on Tuesday. Presenter Kay Burton asked him for "
      "examples. Later the minister said the show was “plainly partisan”."),
     "plainly partisan", "Dan Whitfield"),
    ("an indefinite role after someone was named stays as written (unchanged)",
     ("Police named the driver as John Smith. A police officer said the road was “closed all night”. Ann Lee, a "
      "police officer, said it was not."),
     "closed all night", "A police officer"),
    ("a description with a proper-noun modifier names the one person the text gave its words (tests/"
     "test_quotes_descriptions.py)",
     ("Ann Lee, a Labour MP, spoke on Monday. Tom Hart, a Green MP, spoke too. The Labour MP said the plan was "
      "“a disgrace”."),
     "a disgrace", "Ann Lee"),
    ("'the Premier' is the person a heading titled, past the heading's last word",
     ("Tasmanian Premier Karen Dowd clashes with reporter over audit reports\n\nKaren Dowd has traded blows with a "
      "reporter.\n\nThe Tasmanian Premier made the comments on Monday.\n\n“Seriously? You are answering the "
      "questions now,” the Premier quipped."),
     "Seriously? You are answering the questions now,", "Karen Dowd"),
    ("'he' after a sentence opening with a fronted phrase and a comma is that sentence's subject",
     ("Peter Stone, the Conservative MP for Kettleby, has backed the prime minister.\n\nIn recent weeks, Mr Stone "
      "has appeared on several programmes, including the BBC's Nightline, to defend him.\n\nHe told Nightline: "
      "“It was a very short party.”\n\nOn another occasion he told the BBC: “Nobody raises it on the doorstep.”"),
     "Nobody raises it on the doorstep.", "Peter Stone"),
    ("a fronted phrase holding an apposition ends at the comma before the subject (unchanged)",
     ("Rival Ben Sawyer won the caucus on Saturday.\n\nWith her husband, former Governor Bill Marsh, standing by her "
      "side, Helen Marsh has told supporters that the race goes on.\n\n“This is your campaign,” she said."),
     "This is your campaign,", "Helen Marsh"),
    ("a fronted phrase before a name with a relative clause: the name, not the relative clause",
     ("Harry Redd spoke to the paper on Monday.\n\nIn the interview, Redd, who backed Jane Hill in February, praised "
      "Sam Bader. He said Bader had been “a tremendously important part of my caucus.”"),
     "a tremendously important part of my caucus.", "Harry Redd"),
    ("'she' after 'The finance minister further countered' is the person the text titled so",
     ("Union finance minister Nora Sethi on Sunday hit out at the opposition. Rahul Mehra talks about a love shop, "
      "Sethi said.\n\nThe finance minister further countered the criticism, saying that Modak speaks "
      "to people like a servant.\n\n“There is no politics in the radio talk,” she said."),
     "There is no politics in the radio talk,", "Nora Sethi"),
    ("a role after a quotation does not take the subject from before it (unchanged)",
     ("Jane Porter was interviewed by the hosts on Tuesday. She has since said she liked him.\n\n“I said she was "
      "right. He is fun, he is an interesting guy,” the host said."),
     "I said she was right. He is fun, he is an interesting guy,", "the host"),
]


@pytest.mark.parametrize("name, text, quote, speaker", ROWS, ids=[row[0] for row in ROWS])
def test_referents(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
