"""Speakers and reporting verbs: every attribution pattern, pronouns, role compounds and
appositives, clustering of mentions, and saying unresolved rather than guessing."""
from __future__ import annotations

import pytest
from support.quote_texts import quotes



# (case, text, speaker of the last quote, its verb as written)
PATTERNS = [
    ("quote, name said", "“We will win the vote,” Anna Berg said.", "Anna Berg", "said"),
    ("quote, said name", "“We will win the vote,” said Anna Berg.", "Anna Berg", "said"),
    ("name said colon", "Anna Berg said: “We will win the vote.”", "Anna Berg", "said"),
    ("according to", "The talks were “useful”, according to Anna Berg.", "Anna Berg", "according to"),
    ("a name with two particles", "“Our tariffs will stay,” said Pieter van der Berg, the trade minister.",
     "Pieter van der Berg", "said"),
    ("a given name before a particle is no job", "“Our tariffs will stay,” Pieter van Berg said.",
     "Pieter van Berg", "said"),
    ("a given name ending like a job is no job", "“We won the appeal,” Christopher Lloyd Hale said.",
     "Christopher Lloyd Hale", "said"),
    ("dotted initials open a name", "“We will appeal,” J.D. Lowe said.", "J.D. Lowe", "said"),
    ("spaced initials open a name", "“We will appeal,” said A. J. Lowe.", "A. J. Lowe", "said"),
    ("a dotted place is no one's initials", "“We will appeal,” said U.S. Sen. Ann Lowe.", "Ann Lowe", "said"),
    ("titles joined by a hyphen", "“We will appeal,” said U.N. Secretary-General Ann Lowe.", "Ann Lowe", "said"),
    ("a name in initials is the full name before it",
     "Lionel Hart, a former governor, disagreed with Tom Hart.\n\n“We will appeal,” said L.J. Hart.", "Lionel Hart",
     "said"),
    ("a reporting-verb form after a possessive is a noun",
     "Ann Lowe said Tom Lee's remarks were “reckless and dangerous.”", "Ann Lowe", "said"),
    ("a possessive's saying as the object of a reporting verb",
     "Ann Lowe called Tom Lee’s comments “reckless and dangerous.”", "Ann Lowe", "called"),
    ("a particle joined by a hyphen", "“We will fight,” said Omar al-Hadi, the militia's leader.", "Omar al-Hadi",
     "said"),
    ("a name opened by a joined particle",
     "Omar al-Hadi spoke on Monday. “We will fight,” al-Hadi said.", "Omar al-Hadi", "said"),
    ("a name ending in a joined particle heads its phrase",
     "In the video, cleric Omar al-Hadi says: “We will fight.”", "Omar al-Hadi", "says"),
    ("a dash attribution, a role after the name", "“We will appeal.” — Ann Lowe, party leader", "Ann Lowe", None),
    ("a dash attribution, the name after a role", "“We will appeal.” — the party leader, Ann Lowe", "Ann Lowe",
     None),
    ("two people as one subject", "“We will appeal,” Lowe and Lee said in a joint statement.", "Lowe and Lee", "said"),
    ("two people, the first the object of another verb",
     "The mayor met Ann Lowe and Tom Lee said: “We will appeal.”", "Tom Lee", "said"),
    ("a party word before a given name is no part of the name",
     "“We will win the vote,” said Texas Republican Anna Berg.", "Anna Berg", "said"),
    ("a party word alone before a full name", "“We will win the vote,” said Democrat Tom Lee.", "Tom Lee", "said"),
    ("a place and a party word describe someone",
     "“We will win the vote,” said a New Hampshire Republican, who asked not to be named.",
     "a New Hampshire Republican", "said"),
    ("a description after a place and a party word",
     "Ada Berg arrived with Tom Lee.\n\n“We will win the vote,” the Iowa Democrat said.", "the Iowa Democrat", "said"),
    ("a short line with a lower-case reporting verb is no headline",
     "The hall was full.\n\nReporter Jo Lind says:\n\n“We counted every vote twice.”", "Jo Lind", "says"),
    ("an adjective of origin before a name", "“We will win the vote,” said Oslo-born Anna Berg.", "Anna Berg", "said"),
    ("an abbreviated rank after a service", "“We will win the vote,” said Army Capt. Tom Reyes.", "Tom Reyes", "said"),
    ("a clergy title", "Rabbi Tom Reyes said: “We will win the vote.”", "Tom Reyes", "said"),
    ("a counsel's office before the name",
     "“We will respond,” Halden Bank General Counsel Tom Reyes wrote in a letter.", "Tom Reyes", "wrote"),
    ("a plural possessive ends an organisation's name", "“It is a mess,” said Halden Times’ Anna Berg.",
     "Anna Berg", "said"),
    ("even before a name", "Even Tom Lee, who had backed the plan, said: “It is a mess.”", "Tom Lee", "said"),
    ("a group before the names of its members",
     "During the event, Democrats Anna Berg and Tom Lee spoke. “It is a mess,” Berg said.", "Anna Berg", "said"),
    ("a participle's subject after a city, its state and a time",
     "At a town hall in Dover, Ohio, on Sunday, Anna Berg thanked her staff, saying the result was "
     "“a good start for all of us.”", "Anna Berg", "saying"),
    ("a club's name runs on over 'for'",
     "One Club for Fair Roads ad, which is airing now, argues that “only Tom Lee can fix the bridge.”",
     "Club for Fair Roads", "argues"),
    ("pressed after a question", "“Would the toll be negotiable?” Tom Lee pressed.", "Tom Lee", "pressed"),
    ("press before a role is a noun", "“We will reopen the road,” White House press secretary Tom Lee said.",
     "Tom Lee", "said"),
    ("a possessive name owning a saying after the quote",
     "Anna Berg spoke first. It is the pull of Tom Lee's “if you keep the bridge, you keep the town” promise.",
     "Tom Lee", "promise"),
    ("a possessive name's slogan introduced by 'is'",
     "Anna Berg spoke first. Tom Lee’s campaign slogan is “Keep the bridge open.”", "Tom Lee", "slogan"),
    ("a slogan owned by no one named", "Anna Berg spoke first. The campaign’s slogan is “Keep the bridge open.”",
     None, None),
    ("a programme is not its host", "The Anna Berg Show aired on Monday.\n\n“We will win the vote,” Berg said.",
     "Berg", "said"),
    ("told reporters that", "Anna Berg told reporters that “the deal is close now”.", "Anna Berg",
     "told reporters"),
    ("described as ... by", "The plan was described as “bold” by minister Anna Berg.", "Anna Berg",
     "described as ... by"),
    ("possessive statement", "Anna Berg’s statement that “the deal is close” surprised many.", "Anna Berg",
     "’s statement"),
    ("wrote", "Anna Berg wrote: “The deal is close, but not done.”", "Anna Berg", "wrote"),
    ("added after pronoun", "Anna Berg spoke first.\n\n“The deal is close, but not done,” she added.",
     "Anna Berg", "added"),
    ("participle telling", "Anna Berg rejected the plan, telling reporters: “It is not ready yet.”",
     "Anna Berg", "telling reporters"),
    ("colon introduction", "Tom Lee arrived late. Anna Berg was blunt: “It is not ready.”", "Anna Berg", None),
    ("role compound", "The plan was described as “bold” by Berg aide Tom Lee.", "Tom Lee", "described as ... by"),
    ("appositive", "Tom Lee, a Berg aide, called the plan “bold and overdue”.", "Tom Lee", "called"),
    ("an aide of X's resolves to the one aide named nearby",
     "Tom Lee, a Berg aide, met farmers. The farmers were “angry”, according to an aide of Berg’s.",
     "Tom Lee", "according to"),
    ("a X adviser resolves to the one aide named nearby",
     "Tom Lee, a Berg aide, met farmers. According to a Berg adviser, the farmers were “angry”.",
     "Tom Lee", "According to"),
    ("the X adviser resolves to the one aide",
     "Tom Lee, a Berg aide, met farmers. According to the Berg adviser, the farmers were “angry”.",
     "Tom Lee", "According to"),
    ("title and role description", "Finance Minister Anna Berg met Tom Lee.\n\n"
     "“The budget is ready,” the finance minister said.", "Anna Berg", "said"),
    ("reacted", "“This is a lie,” reacted Ann Berg.", "Ann Berg", "reacted"),
    ("an infinitive in a coordinated clause",
     "Ann Berg smiled and went on to say “There are places in town you cannot go.”", "Ann Berg", "say"),
    ("inverted verb opening the sentence, a long relative clause before the quote",
     "The old mill was turned into a museum. Said Dora Lamb, who grew up with him in the old quarter "
     "near the river, “We were all so proud of him.”", "Dora Lamb", "Said"),
    ("sings", "Ann Berg sings, “Don't go changing.”", "Ann Berg", "sings"),
    ("welcomed", "Tom Hale, a farmer, welcomed “the end of the tolls at last.”", "Tom Hale", "welcomed"),
    ("a surname that is also a nationality", "Ruth French owns a bakery.\n\n“It is too early,” French said.",
     "Ruth French", "said"),
    ("an inverted surname that is also a nationality",
     "Ruth French owns a bakery.\n\n“It is too early,” said French, who also bakes bread.", "Ruth French", "said"),
    ("a nationality word before a noun is no surname", "“It is too early,” said German officials.",
     "German officials", "said"),
    ("a nationality word after a modifier is no surname",
     "Ann Berg met them.\n\n“It is too early,” one senior Democrat said.", "one senior Democrat", "said"),
    ("surname clusters with full name", "Trade Minister Anna Berg arrived.\n\n“We will win,” Berg said.",
     "Anna Berg", "said"),
    ("spokesperson of an organisation is described, not named",
     "“We regret the long delay,” a Rail Board spokesperson said.", "a Rail Board spokesperson", "said"),
    ("organisation with acronym", "The World Health Organization (WHO) spoke. The WHO’s website said: "
     "“Wash your hands often.”", "World Health Organization", "said"),
    ("loaded verb", "“We did nothing wrong,” Tom Lee claimed.", "Tom Lee", "claimed"),
    ("had said", "Tom Lee had said, “We did nothing wrong.”", "Tom Lee", "had said"),
    ("inverted with appositive", "“We did nothing wrong,” said Tom Lee, one of the owners.", "Tom Lee", "said"),
    ("description kept as written", "“We will keep asking,” one local resident told reporters.",
     "one local resident", "told reporters"),
    ("unresolved pronoun", "“We will keep asking,” he said.", None, "said"),
    ("told the council", "“We cut nothing that matters,” Linda Park told the council on Monday.", "Linda Park",
     "told the council"),
    ("told a named outlet", "“We cut nothing,” Linda Park told the Daily Mail.", "Linda Park", "told the Daily Mail"),
    ("dash attribution", "“We will rebuild every house.” ― Jane Doe", "Jane Doe", None),
    ("a hyphen line under a quoted paragraph", "“We will rebuild every house by winter.”\n\n- Jane Doe.\n\n"
     "The claim is hard to check.", "Jane Doe", None),
    ("quoted as saying, role resolves", "Health Minister Mary Jones met nurses.\n\nThe minister, who spoke "
     "in Leeds, was quoted as saying: “Talks will continue next week.”", "Mary Jones", "saying"),
    ("unnamed organisation kept as written", "The traders' association called the vote “a betrayal”.",
     "the traders' association", "called"),
    ("Mr and surname", "Union leader John Smith arrived.\n\n“We are not moving,” Mr Smith said.",
     "John Smith", "said"),
    ("present tense", "Mary Jones spoke first.\n\n“We are not there yet,” Jones says.", "Mary Jones", "says"),
    ("one-word answer", "Asked whether he would resign, minister Tom Lee replied: “No.”", "Tom Lee", "replied"),
    ("inverted, description then name", "“It is a sad day,” said the council's chief executive, Tom Hill.",
     "Tom Hill", "said"),
    ("a long appositive between name and verb",
     "“The bridge will not reopen before spring,” Tom Hill, who has chaired the harbour board's transport "
     "committee since the flood of 2009 and sits on two regional councils, said on Monday.", "Tom Hill", "said"),
    ("city and state after the name", "“The mill paid our bills for forty years,” Mary Jones, 58, of Dayton, "
     "Ohio, who worked there as a clerk, said.", "Mary Jones", "said"),
    ("city and abbreviated state after the name", "“The mill paid our bills,” Mary Jones, 58, of Durham, "
     "N.H., who worked there as a clerk, said.", "Mary Jones", "said"),
    ("retired in a city of an abbreviated state", "“It was a long winter,” Mr. Lind, now 81 and retired in "
     "Salem, Ore., said.", "Lind", "said"),
    ("a participle of a noun between verb and quote", "As the mayor, Anna Berg, put it in her letter to "
     "residents explaining the closure, “The bridge is older than all of us.”", "Anna Berg", "put it"),
    ("a title with its department before the name", "Former Secretary of State Anna Berg urged voters to "
     "turn out, saying, “Every vote counts.”", "Anna Berg", "saying"),
    ("a department with an article", "“Every vote counts,” said Speaker of the House Tom Lee.", "Tom Lee", "said"),
    ("a country's abbreviation before a title and department", "“The talks were useful,” U.S. Secretary of "
     "State Anna Berg said.", "Anna Berg", "said"),
    ("a body's acronym before a title and department", "“Every vote counts,” OPP Chief of Staff Tom Lee "
     "explained.", "Tom Lee", "explained"),
    ("a country's abbreviation and one plain word are a company", "“We will keep the mill open,” U.S. Steel "
     "said on Monday.", "U.S. Steel", "said"),
    ("told a noun phrase", "“Inflation is still too high,” Governor Anna Berg told a news conference on Monday.",
     "Anna Berg", "told a news conference"),
    ("told a noun phrase, then a clause", "“We will act,” Anna Berg told the paper she would stay.", "Anna Berg",
     "told the paper"),
    ("an appositive name with its affiliation", "“Nothing has changed,” said Berg’s colleague, Professor Tom "
     "Hale of Oakley University.", "Tom Hale", "said"),
    ("a statement from an organisation", "“We have met every standard,” a statement from the Oakley Water "
     "Company said.", "Oakley Water Company", "said"),
    ("the website of an organisation", "“We are monitoring it,” the website of the Oakley Health Board says.",
     "Oakley Health Board", "says"),
    ("a statement from a person's office stays a description", "“No comment,” a statement from the office of "
     "Senator Ann Hale said.", "a statement from the office of Senator Ann Hale", "said"),
    ("a councillor's abbreviated title", "The council’s leader, Cllr Maria Costa, insisted: “No one will be "
     "forced out.”", "Maria Costa", "insisted"),
    ("a councilman's title", "“The road stays shut,” said Councilman Tom Lee.", "Tom Lee", "said"),
    ("a relative clause's verb before the reporting verb", "“I think it's fair,” one nurse, who asked not to "
     "be named, said.", "one nurse", "said"),
    ("a relative clause's reporting verb before the reporting verb", "“We are done,” Ann Lowe, who said little "
     "all week, added.", "Ann Lowe", "added"),
    ("a given name that ends like a nationality", "“We need a plan,” Brian Fallon said.", "Brian Fallon", "said"),
    ("a given name in -ian after the quote", "“The rules matter,” said Vivian Lowe, a teacher.", "Vivian Lowe",
     "said"),
    ("a nationality before a title is still stripped", "“We need a plan,” Ukrainian President Anna Berg said.",
     "Anna Berg", "said"),
    ("a capitalised title after “the” is a description", "Anna Berg and Tom Lee met on Monday.\n\n"
     "“The talks went well,” the President said.", "the President", "said"),
    ("a title after an owner is a description", "“It changes nothing,” Oakley Steel’s CEO said.",
     "Oakley Steel’s CEO", "said"),
    ("a surname that is also a title stays a name", "Author Tom King spoke last.\n\n“Write every day,” King "
     "said.", "Tom King", "said"),
    ("a country's abbreviation before a place is no company", "Anna Berg toured the U.S.-Mexico border.\n\n"
     "“The fence is useless,” she said.", "Anna Berg", "said"),
    ("a name before “of” keeps its place", "“Every vote counts,” Representative Tom Q. King of New Hampshire "
     "said.", "Tom Q. King", "said"),
    ("a verb's form after “of” is a noun", "Anna Berg spoke first.\n\n“Every vote counts,” the secretary of "
     "state said.", "the secretary of state", "said"),
    ("released a statement, then a participle", "In Salem, Mayor Anna Berg released a statement on Thursday "
     "condemning "
     "“a cowardly attack on our city.”", "Anna Berg", "statement"),
    ("issued the following statement", "Tom Lee issued the following statement: “We are saddened by the news.”",
     "Tom Lee", "statement"),
    ("a surname in -ly is no adverb", "Retired pilot Tom Daly spoke next.\n\n“The rules matter,” Daly said. "
     "“Look at the record.”", "Tom Daly", "said"),
    ("a quotation that closes after a nested one, spaced", "The rally was loud.\n\n\"They ask what he said "
     "years ago, 'Is this important?' \" Anna Berg said at the rally.", "Anna Berg", "said"),
    ("a verb's form inside a name after the verb", "“Hale out-talked everyone on stage,” said Dunmore State "
     "University political scientist Brigid Hollis.", "Brigid Hollis", "said"),
    ("a pronoun in an opening subordinate clause is not the subject", "Anna Berg met voters.\n\nWhen asked whom "
     "she supported, Ms. Lind smiled and said, “I am waiting for the mayor.”", "Lind", "said"),
    ("a participle right after a quotation", "Anna Berg told the Gazette that Tom Lee “had a reckless plan,” "
     "adding, “He lost every vote.”", "Anna Berg", "adding"),
    ("issued a statement after an opening adverbial", "Immediately after the storm, Tom Lee issued a statement, "
     "“Last night our town was tested.”", "Tom Lee", "statement"),
    ("a group named after someone", "Governor Chris Hale spoke at the rally.\n\n“He will lose,” Hale "
     "protesters shouted.", "Hale protesters", "shouted"),
    ("a question, then the name, an appositive and the verb", "Tom Lee spoke first.\n\n“Why now?” Anna Berg, "
     "a retired teacher from Salem, asked.", "Anna Berg", "asked"),
    ("charged", "“You have broken every promise you made,” Anna Berg charged.", "Anna Berg", "charged"),
    ("wondered", "“Who will pay for all of it?” Anna Berg wondered.", "Anna Berg", "wondered"),
    ("remembered", "“We slept in the car for a week,” remembered Anna Berg.", "Anna Berg", "remembered"),
    ("a quotation closing a clause with its comma", "Mayor Ruth Hale spoke on Monday.\n\nAfter Dora Lamb "
     "spoke of “smaller markets,” Hale said: “I do not like what she said.”", "Ruth Hale", "said"),
    ("a modal before the verb is no part of the description",
     "The new mayor will tell the council on Monday, “The bridge stays open.”", "the new mayor", "tell the council"),
    ("did not before the verb is no part of the description",
     "The mayor's office did not say “when the bridge would open,” a spokesman said.", "the mayor's office", "say"),
    ("an infinitive's subject ends at the clause's verb",
     "The email went on to say that “the vote was rigged.”", "the email", "say"),
    ("a participle's subject is the main clause's noun phrase, not the clause",
     "The senator sought to calm the crowd, saying “We will get through this.”", "the senator", "saying"),
    ("a participle after what a clause's subject sent is the subject's",
     "The town council released a statement saying “The bridge stays open.”", "the town council", "saying"),
    ("a participle after a message to someone is the sender's", "Mayor Ruth Hale spoke first.\n\n"
     "Her campaign sent a text to supporters saying: “We won the vote tonight.”", "her campaign", "saying"),
    ("a participle after a person in the clause is that person's", "Ruth Hale spoke in Dover.\n\n"
     "What do you make of Hale quietly saying “we will see” today?", "Ruth Hale", "saying"),
    ("a reporting noun before a reporting verb is its subject", "Ruth Hale chairs the panel.\n\n"
     "“The files were lost,” the congressional report said, referring to Hale.", "the congressional report", "said"),
    ("a role's plural describes the speakers", "Ruth Hale kept the files.\n\n"
     "“The harm is beyond measure,” federal prosecutors wrote in seeking a long sentence.",
     "federal prosecutors", "wrote"),
    ("a count of a role's plural", "The poll has bad news for Hale — 25 percent of likely Republican primary voters "
     "say they would “never support” her.", "25 percent of likely Republican primary voters", "say"),
    ("riffed reports", "Ruth Hale spoke.\n\n“Let me help you out,” the Republican nominee riffed on Hale’s answer.",
     "the Republican nominee", "riffed"),
    ("a dateline is no part of the main clause", "DOVER, Dec. 8 (AP) — Ruth Hale’s chief aide rallied "
     "supporters, saying: “We have to be ready.”", "Ruth Hale’s chief aide", "saying"),
    ("an opening prepositional phrase is no part of the main clause", "In response to Tom Reyes’s plan, "
     "Ruth Hale’s chief aide rallied supporters, saying: “We have to be ready.”", "Ruth Hale’s chief aide", "saying"),
    ("a dash parts a dateline from a name", "ATLANTIC CITY — Ruth Hale spoke first.\n\n"
     "“We will win,” Hale said.", "Ruth Hale", "said"),
    ("a group named after someone before its verb", "Ruth Hale and Tom Reyes spoke.\n\nThe trouble came "
     "later, when Reyes protesters interrupted her speech, shouting “she wins, we lose!”", "Reyes protesters", "shouting"),
    ("a reporting form after a preposition is a noun", "Ruth Hale spoke first.\n\nHale supporters responded "
     "with chants of “four more years” until she spoke up.", "Hale supporters", "responded"),
    ("a bare form opening a sentence is a name, not an inverted verb", "Tom Reyes runs Echo Point Books.\n\n"
     "Echo Point is now running a campaign for the book: “Publish the book nobody wants you to read,” "
     "the pitch says.", "the pitch", "says"),
    ("where opens a clause of its own", "Ted Marsh and Ruth Hale ran. Marsh backers watched the screens from "
     "Hale’s party, where his supporters were shown chanting “Ruth! Ruth!”", "his supporters", "chanting"),
    ("a name and a reporting phrase after a question closing its sentence",
     "Ruth Hale and Tom Reyes spoke.\n\n“You know, it happens, right?” Hale went on, as if she did not hear him.",
     "Ruth Hale", "went on"),
    ("a participle right after a quote speaks for the clause's subject",
     "Tom Reyes spoke.\n\nReyes has delivered a defense of “Dover values,” saying the city embodied the values.",
     "Tom Reyes", "saying"),
    ("the phrase after said ends before a preposition once it names someone", "Ruth Hale spoke.\n\n"
     "“The wall is done,” said former tech executive Tom Reyes during the second GOP debate.", "Tom Reyes", "said"),
    ("as X, an appositive, put it", "Ruth Hale spoke.\n\nAs Tom Reyes, the No. 2 in the party leadership, "
     "put it: “This will not pass.”", "Tom Reyes", "put it"),
    ("an appositive without its closing comma", "Ruth Hale spoke.\n\nTom Reyes, president and CEO of the "
     "Dover Restaurant Association stated, “It is a math problem.”", "Tom Reyes", "stated"),
    ("an opening prepositional phrase names no speaker", "Ruth Hale spoke.\n\nLike Hale, officials said "
     "“It is a math problem.”", "officials", "said"),
    ("an opening clause's name is not the subject", "Ruth Hale and Tom Reyes spoke.\n\nAs Reyes attacked "
     "Hale, the attendees chanted, “Lock her up!”", "the attendees", "chanted"),
    ("so far as to say: the main clause's subject, the name after its role",
     "Investors fled.\n\nThe Dover technology columnist Tom Reyes went so far as to say: “The paper is over.”",
     "Tom Reyes", "say"),
    ("a role's appositive name, with a bare form before the role a noun", "Ruth Hale hired staff.\n\n"
     "In early October, Hale’s Dover state director, Tom Reyes, reached out to the firm, writing in an email: "
     "“We want to use this now.”", "Tom Reyes", "writing"),
    ("a dash written against the name under a quote", "The mayor spoke after the vote.\n\n"
     "“The whole idea needs to stop.”\n\n-Ruth Hale, Philadelphia.", "Ruth Hale", None),
    ("a person's office is staff, not the person", "Speaker Tom Reyes invited Hale.\n\n"
     "“We will meet on Thursday,” Reyes’s office said in a statement.", "Reyes’s office", "said"),
    ("someone described", "Ruth Hale joked with the crowd.\n\nWhen someone in the audience shouted, "
     "“Reyes is the one!” Hale laughed.", "someone in the audience", "shouted"),
    ("a capitalised conjunction opening the sentence is no part of the subject",
     "Ruth Hale ran the firm.\n\nAs one employee told the weekly, “She never listened.”", "one employee",
     "told the weekly"),
    ("a past form after the noun is the verb, after the determiner a description",
     "The retired teacher addressed the crowd, saying “We will get through this.”", "the retired teacher", "saying"),
    ("a past form before a preposition describes the noun",
     "One official involved in the talks went on to say “Nothing is agreed.”",
     "one official involved in the talks", "say"),
    ("a reporting clause after the quote, not the colon before it", "Mayor Ruth Hale spoke first. Later she "
     "turned to the costs, above all the bridge: “There is a ton of waste in this plan,” she said.",
     "Ruth Hale", "said"),
    ("a relative clause's antecedent speaks: the noun phrase before it",
     "The group handed out water bottles that said, “Vote early.”", "water bottles", "said"),
    ("a relative clause after a dash", "Ruth Hale held up the sign — which read “Build the bridge.”",
     "the sign", "read"),
    ("a relative clause after a comma", "The release linked to the Daily Post report, which notes, "
     "“The mayor was right.”", "the Daily Post report", "notes"),
    ("a relative clause's antecedent after a verb and a preposition", "The listing was replaced on Thursday "
     "by a message that said, “Sorry, the item is gone.”", "a message", "said"),
    ("a relative clause's antecedent with a participle as adjective", "Her campaign plans to reprint a withering "
     "Daily Post editorial that accuses Hale of running a “fiction-filled campaign” in the town.",
     "a withering Daily Post editorial", "accuses"),
    ("that says: a verb, not a noun", "Rudy Hale now wears a campaign hat that says “Make the town great.”",
     "a campaign hat", "says"),
    ("that states: a noun, not a verb", "Ruth Hale said on Monday that states can pass such laws because "
     "“men should not decide.”", "Ruth Hale", "said"),
    ("a share of those asked", "Asked how likely Hale was to win, 21 percent said “not too likely.”",
     "21 percent", "said"),
    ("Fred opening a segment is a name, not a participle", "“Nothing would help now,” Fred Lamb, director of "
     "the Harbour Project at the Dale Institute, said in an interview.", "Fred Lamb", "said"),
    ("boomed", "Ruth Hale leaned in and boomed: “We will win this town.”", "Ruth Hale", "boomed"),
    ("demurred", "Asked which street was her favourite, Ruth Hale demurred: “They are all lovely.”",
     "Ruth Hale", "demurred"),
    ("gloated", "And Ruth Hale gloated: “I told you so.”", "Ruth Hale", "gloated"),
    ("an introduction after a headline's dash", "TOWN POLLS NOT WRONG, JUST TOO EARLY - Ruth Hale and Dora Lamb: "
     "“Although the polls failed, they were not wrong.”", "Dora Lamb", None),
    ("a headline's verb before the dash is not the introduction's", "Pollsters agree - Ruth Hale: “One of the "
     "biggest lessons was a simple one.”", "Ruth Hale", None),
    ("no name after the dash: the sentence's subject", "Ruth Hale has been described -- as a “climate skeptic”; "
     "as a friend of farmers: “I like farmers.”", "Ruth Hale", None),
    ("what X called", "The town sought the fair in the hopes of shedding what Ruth Hale called “a perception "
     "problem.”", "Ruth Hale", "called"),
    ("a sign that read", "Aubrey Lamb, 14, hoisted a sign that read “15%!”", "a sign", "read"),
    ("surmised", "“People are afraid of wasting their votes,” Brad Lamb surmised.", "Brad Lamb", "surmised"),
    ("a title after an organisation word: the person, not the organisation",
     "Senate Majority Leader Ruth Hale spoke first.\n\n“We will pass it,” Hale said.", "Ruth Hale", "said"),
    ("a role after a place and an organisation word, then the name", "Dale County Police Chief Calvin Lamb "
     "spoke first.\n\n“We are ready,” Lamb said.", "Calvin Lamb", "said"),
    ("a noun in -s far from the name is no group named after it", "When Ruth Hale tried to defend her remarks "
     "calling the council “strong,” the crowd booed.", "Ruth Hale", "calling"),
    ("a title-case headline with a verb is no name", "Post: Ruth Hale Is No Different Than Dora Lamb.\n\n"
     "Hale spoke on Monday.\n\n“We are ready,” Hale said.", "Hale", "said"),
    ("said in a statement: the verb is said", "Dale Telecom said in a statement: “We raise up working families.”",
     "Dale Telecom", "said"),
    ("a relative clause whose closing comma is left out", "Ruth Hale, who is chairman of Our Harbour Pac said "
     "in a statement: “This new ad raises new questions.”", "Ruth Hale", "said"),
    ("a relative clause's own reporting verb", "Mayor Tom Lee spoke first.\n\nDora Lamb, who has in the past "
     "described Lee as “a danger to the town,” said nothing.", "Dora Lamb", "described"),
    ("who, then a pronoun as the subject", "Ruth Hale attacked the deal made by Mayor Tom Lee, who she noted was "
     "“in his final year, yay.”", "Ruth Hale", "noted"),
    ("Will before the verb is a name, not a modal", "Columnist George Will watched the debate.\n\n"
     "Will described the night as “a disaster for the party.”", "George Will", "described"),
]


@pytest.mark.parametrize("text, speaker, verb", [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS])
def test_pattern(text, speaker, verb):
    quote = quotes(text)[-1]
    assert quote.speaker == speaker
    assert quote.verb == verb


# (case, text, speakers of all quotes in order)
PRONOUNS = [
    ("previous reporting subject",
     "Anna Berg said the talks went well. Tom Lee was not there.\n\n“We are close,” she said.",
     ["Anna Berg"]),
    ("never a name inside a quote",
     "Tom Lee spoke next.\n\n“Anna Berg is wrong about the budget,” he said.", ["Tom Lee"]),
    ("not a compound modifier",
     "Tom Lee praised the Berg-Jansen meeting.\n\nHe told reporters, “It went very well.”", ["Tom Lee"]),
    ("subject, not object of a preposition",
     "Foreign Secretary Mia Cole raised the matter with Secretary Dan Rhee.\n\n"
     "“We expect an answer soon,” she said.", ["Mia Cole"]),
    ("he skips an organisation",
     "Broadcaster NBC reported that President Omar Haddad accepted the blame. "
     "Speaking to NBC, he said, “It happened on my watch.”", ["Omar Haddad"]),
    ("continuation inherits",
     "“We are ready,” Anna Berg said. “The plan starts today.”", ["Anna Berg"]),
    ("continuation paragraph inherits",
     "Anna Berg said: “We will win the vote.”\n\n“The votes are there, and we counted them twice.”",
     ["Anna Berg", "Anna Berg"]),
    ("quote before its paragraph's attribution",
     "“We will win.” “The votes are there,” Anna Berg said.", ["Anna Berg", "Anna Berg"]),
    ("no neighbour, no guess", "The hall was full.\n\n“The votes are there, and we counted them twice.”", [None]),
    ("chain of pronouns",
     "Anna Berg opened the session. She said the vote was close.\n\n“We need two more days,” she added.",
     ["Anna Berg"]),
    ("she is never the state of a city in a relative clause",
     "Mia Lund, who lost her brother in a flood in Aurora, Colorado, in May 2019, said the town had "
     "forgotten him. “We know the work is not done,” she said.", ["Mia Lund"]),
    ("he is never the White House, even when it spoke",
     "Tom Berg, the trade envoy, arrived on Monday. The White House said the talks had gone well.\n\n"
     "“There was no progress at all,” he said.", ["Tom Berg"]),
    ("he is never a country, even when it spoke",
     "Tom Berg, the trade envoy, arrived on Monday. Norway said the talks had gone well.\n\n"
     "“There was no progress at all,” he said.", ["Tom Berg"]),
    ("a participle opening the sentence is no name",
     "Walking to the next house, Lund smiled at her old school and said they were happy.\n\n"
     "“We all wanted to leave,” she said.", ["Lund"]),
    ("she is never a group of people, even when it spoke",
     "Ada Berg met the mayor on Monday. Latino Republicans said the plan was fair.\n\n“We were heard,” she said.",
     ["Ada Berg"]),
    ("the reporting subject of the sentence before, not the quote of the paragraph before",
     "“It was nothing,” Tom Lee replied.\n\nAnna Berg looked surprised and noted that his picture was on the "
     "site. “Does that not speak to your judgment?”", ["Tom Lee", "Anna Berg"]),
    ("he skips a woman known by her given name",
     "Council leader Ravi Shah defended the budget. His deputy, Clara Voss, had resigned in March. "
     "“We balanced the books,” he said.", ["Ravi Shah"]),
    ("the main clause reports, not a subordinate clause opening the sentence",
     "When Ravi Lowe spoke, Arjun Lee said the plan was dead. “It is over,” he added.", ["Arjun Lee"]),
    ("he is the main clause's subject before a subordinate clause's",
     "When Ravi Lowe pointed out that Arjun Lee had voted for it, Ashok Hart seized upon the reference, "
     "repeating his line: “It is not a tax,” he said.", ["Ashok Hart"]),
    ("an adverb opening the sentence is no name",
     "Ben Hale studied the closures.\n\nNationally, there is no sign of new jobs.\n\n"
     "“The towns never recovered,” they argued.", ["Ben Hale"]),
]


@pytest.mark.parametrize("text, speakers", [p[1:] for p in PRONOUNS], ids=[p[0] for p in PRONOUNS])
def test_pronouns(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


FORMS = [
    ("full after colon", "Anna Berg said: “We will win the vote.”", "full"),
    ("full before attribution", "“We will win the vote,” Anna Berg said.", "full"),
    ("partial", "Anna Berg said the vote was “almost certainly won” by now.", "partial"),
    ("that-clause", "Anna Berg told reporters that “we will win the vote”.", "that-clause"),
]


@pytest.mark.parametrize("text, form", [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_form(text, form):
    assert quotes(text)[-1].form == form


@pytest.mark.parametrize("text, verb_class", [
    ("“We did nothing wrong,” Tom Lee claimed.", "loaded"),
    ("“We did nothing wrong,” Tom Lee admitted.", "loaded"),
    ("“We did nothing wrong,” Tom Lee insisted.", "loaded"),
    ("“We did nothing wrong,” Tom Lee said.", "neutral"),
    ("“You broke every promise,” Tom Lee charged.", "loaded"),
    ("“We did nothing wrong,” Tom Lee told reporters.", "neutral"),
])
def test_verb_class(text, verb_class):
    assert quotes(text)[-1].verb_class == verb_class


def test_a_quote_after_its_speaker_s_sentence_continues_the_verb_of_the_quote_before():
    text = ("“We worked hard,” Anna Berg said.\n\nBerg noted that the vote was close. “We will win.”")
    assert [(q.speaker, q.verb) for q in quotes(text)] == [("Anna Berg", "said"), ("Anna Berg", "said")]


def test_speaker_span_points_at_the_name():
    text = "“We will win the vote,” Anna Berg said."
    quote = quotes(text)[0]
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == "Anna Berg"
    assert quote.verb_span is not None and text[slice(*quote.verb_span)] == "said"
