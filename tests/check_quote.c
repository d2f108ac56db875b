/* check_quote.c -- unit tests of the quote scanner and the attribution. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "quote.h"

/*
 * Each case is an article: a title (or NULL) and up to four paragraphs.
 * The result is every quote found, scare quotes included, as
 * `TEXT@SPEAKER` joined by ` | `; scare quotes are `~TEXT`; the pieces of
 * a quote across paragraphs are joined by `/`.
 */
struct qcase {
	const char	*title;
	const char	*para[5];
	const char	*want;
};

static char *
summary(const char *title, const char *const *para)
{
	struct qseg seg[5];
	struct quote_list ql;
	size_t nseg = 0, i, p, from, to, spklen, len = 0;
	const struct quote *q;
	const char *spk;
	char *out = calloc(1, 4096);

	memset(&ql, 0, sizeof(ql));
	if (title != NULL) {
		seg[nseg].text = title;
		seg[nseg].len = strlen(title);
		seg[nseg++].head = 1;
	}
	for (i = 0; i < 4 && para[i] != NULL; i++) {
		seg[nseg].text = para[i];
		seg[nseg].len = strlen(para[i]);
		seg[nseg++].head = 0;
	}
	quote_find(seg, nseg, &ql);
	for (i = 0; i < ql.n; i++) {
		q = &ql.q[i];
		if (i > 0)
			len += (size_t)sprintf(out + len, " | ");
		if (q->flags & QUOTE_SCARE)
			out[len++] = '~';
		for (p = q->p0; p <= q->p1; p++) {
			from = p == q->p0 ? q->s :
			    quote_reopen(seg[p].text, seg[p].len,
			    q->flags & QUOTE_SINGLE);
			to = p == q->p1 ? q->e : seg[p].len;
			if (p > q->p0)
				out[len++] = '/';
			memcpy(out + len, seg[p].text + from, to - from);
			len += to - from;
		}
		if (!(q->flags & QUOTE_SCARE)) {
			spk = quote_speaker(&ql, i, &spklen);
			out[len++] = '@';
			memcpy(out + len, spk, spklen);
			len += spklen;
		}
	}
	out[len] = '\0';
	quote_free(&ql);
	return out;
}

static void
check(const struct qcase *c)
{
	char *got = summary(c->title, c->para);

	ck_assert_str_eq(got, c->want);
	free(got);
}

/* The marks: every style, apostrophes, nesting, unbalanced marks. */
static const struct qcase scan_cases[] = {
	{ NULL, { "\"We will win the vote,\" Smith said.", NULL },
	  "We will win the vote,@Smith" },
	{ NULL, { "\xe2\x80\x9cPrices will fall next year,\xe2\x80\x9d said "
	    "Jane Roe, an economist.", NULL },
	  "Prices will fall next year,@Jane Roe" },
	{ NULL, { "''It is over for the season,'' Mr. Pratt said.", NULL },
	  "It is over for the season,@Pratt" },
	{ NULL, { "\xc2\xab" "We are ready to sign it,\xc2\xbb the minister "
	    "said.", NULL },
	  "We are ready to sign it,@the minister" },
	{ NULL, { "Macron's plan, rock 'n' roll and the '90s were cited by "
	    "the Joneses' lawyer.", NULL },
	  "" },
	{ NULL, { "Tom O\xe2\x80\x99Neil said the \xe2\x80\x99" "80s were "
	    "different and didn't last.", NULL },
	  "" },
	{ NULL, { "\"He told me, 'Never again,' and walked out,\" Lee said.",
	    NULL },
	  "He told me, 'Never again,' and walked out,@Lee" },
	{ NULL, { "\xe2\x80\x9cShe asked, \xe2\x80\x9cWhere is it?\xe2\x80\x9d "
	    "and nobody knew,\xe2\x80\x9d Ray Holt said.", NULL },
	  "She asked, \xe2\x80\x9cWhere is it?\xe2\x80\x9d and nobody knew,"
	  "@Ray Holt" },
	{ NULL, { "\xe2\x80\x9d" "Backwards marks work as well,"
	    "\xe2\x80\x9d Ito said.", NULL },
	  "Backwards marks work as well,@Ito" },
	{ NULL, { "Noor Aziz arrived. She said \"this never ends", NULL },
	  "this never ends@Noor Aziz" },
	{ NULL, { "A stray \" mark and a 6'2\" player.", NULL },
	  "" },
	{ "Pell: \xe2\x80\x98We Are Not Done Yet\xe2\x80\x99",
	  { "Ana Pell spoke on Monday.", NULL },
	  "We Are Not Done Yet@Ana Pell" },
	{ "Voters Call the Plan 'Terrible'", { "Nothing here.", NULL },
	  "Terrible@Voters" },
	/* A plural of people ends a headline's subject. */
	{ "Angry Parents Rally Downtown To \xe2\x80\x98Save Our Parks"
	  "\xe2\x80\x99",
	  { "Nothing here.", NULL },
	  "Save Our Parks@Angry Parents" },
	{ NULL, { "", "\"", "''", NULL },
	  "" },
	{ NULL, { "<post author=\"jdoe\" id=\"7\">Read it.</post>", NULL },
	  "" },
	{ NULL, { "\"They asked us, 'Why now?' \" Pia Roth said.", NULL },
	  "They asked us, 'Why now?'@Pia Roth" },
	/* An opening mark run into the punctuation before it, or set apart. */
	{ NULL, { "Ito said,\xe2\x80\x9cLook, it is done.\xe2\x80\x9d", NULL },
	  "Look, it is done.@Ito" },
	{ NULL, { "\"It was a lie,\" said a shop owner.\"We were deceived.\"",
	    NULL },
	  "It was a lie,@a shop owner | We were deceived.@a shop owner" },
	{ NULL, { "\xe2\x80\x9cIt is hard,\xe2\x80\x9d Ito said. \xe2\x80\x9c "
	    "You know, we try.\xe2\x80\x9d", NULL },
	  "It is hard,@Ito | You know, we try.@Ito" },
	/* French marks set apart close too; the spaces are not words. */
	{ NULL, { "« Nous allons gagner », Jo Kent said, « et vite. »", NULL },
	  "Nous allons gagner@Jo Kent | et vite.@Jo Kent" },
	{ NULL, { "“ We won the vote.\u00a0” Jo Kent said.", NULL },
	  "We won the vote.@Jo Kent" },
	/*
	 * Paragraphs run together in one line: a quote open at a stop, then
	 * a mark that opens, ends there and a new one opens; so does one
	 * before a wire's label in capitals (`JO KENT, ACME, BOSTON "`).
	 */
	{ NULL, { "Kent said: \"We won. It was good. \"We go on,\" Roe said. "
	    "\"It is fine.", NULL },
	  "We won. It was good.@Kent | We go on,@Roe | It is fine.@Roe" },
	{ NULL, { "AMY LEE, ECONOMIST, ACME, BOSTON: \"Prices fell. BEN ITO, "
	    "ANALYST AT BAYCO IN NEW YORK \"Extremely weak.\"", NULL },
	  "Prices fell.@AMY LEE | Extremely weak.@BEN ITO" },
	/* A straight mark after a quote's last stop, run into the tag */
	{ NULL, { "\"It is fine,\"said Kent. 'She was born in Salem,'the post "
	    "read. Acme Corp.'s chief, Jo Roe, and Bayco Inc.'s boss agreed.",
	    NULL },
	  "It is fine,@Kent | She was born in Salem,@the post" },
	/* but not a nested mark inside a sentence */
	{ NULL, { "\"He said \"no\" and left,\" Ito said.", NULL },
	  "He said \"no\" and left,@Ito" },
};

/* Quotes across paragraphs. */
static const struct qcase para_cases[] = {
	{ NULL, { "\"The first part has no end.",
	    "\"The second part ends here,\" Kato Ren said.", NULL },
	  "The first part has no end./The second part ends here,@Kato Ren" },
	{ NULL, { "Lia Moss said: \"One.", "\"Two.", "\"Three.\"", NULL },
	  "One./Two./Three.@Lia Moss" },
	{ NULL, { "He said \"this is open", "A new paragraph, no mark.",
	    NULL },
	  "this is open@He" },
	{ NULL, { "\"HOST: Are you running again?",
	    "\"GUEST: I have not decided.\"", NULL },
	  "HOST: Are you running again?@HOST | "
	  "GUEST: I have not decided.@GUEST" },
	/* A paragraph broken off in mid-sentence goes on in the next. */
	{ NULL, { "\"Voters will take part", "in the caucus,\" Lia Moss said.",
	    NULL },
	  "Voters will take part/in the caucus,@Lia Moss" },
	/* but not over a whole sentence into a line with a name */
	{ NULL, { "\"Voters will take part.", "Lia Moss, Acme Institute.\"",
	    NULL },
	  "Voters will take part.@Lia Moss" },
	/* Single marks run on the same way, over a quote inside them. */
	{ NULL, { "Lia Moss said: 'One.", "'Two, with no ‘safe’ place.",
	    "'Three.' The end.", NULL },
	  "One./Two, with no ‘safe’ place./Three.@Lia Moss" },
	/*
	 * A single mark left open before a paragraph with none quotes to
	 * its paragraph's end after a colon, not elsewhere, nor one word.
	 */
	{ NULL, { "Lia Moss told the crowd on Monday: 'We won it all, and "
	    "we did it together.", "The end.", NULL },
	  "We won it all, and we did it together.@Lia Moss" },
	{ NULL, { "Lia Moss said: 'One.", "Her 'friends and family too.",
	    NULL }, "" },
	{ NULL, { "Lia Moss said: 'One.", "'90s bands were the best.", NULL },
	  "" },
};

/* Speakers: before, after, inside, pronouns, surnames, descriptions. */
static const struct qcase speaker_cases[] = {
	{ NULL, { "Park told reporters: \"We have the votes.\"", NULL },
	  "We have the votes.@Park" },
	{ NULL, { "The plan is \"dead on arrival,\" according to Senator "
	    "Mia Park.", NULL },
	  "dead on arrival,@Mia Park" },
	{ NULL, { "The mayor's office said in a statement: \"Roads will "
	    "reopen on Friday.\"", NULL },
	  "Roads will reopen on Friday.@The mayor's office" },
	{ NULL, { "Ilham Bayo spoke first.", "Later, Bayo wrote on "
	    "Twitter: \"We stand firm and we will not move.\"", NULL },
	  "We stand firm and we will not move.@Ilham Bayo" },
	{ NULL, { "Maria Lund arrived late.", "\"Traffic was terrible,\" she "
	    "said. \"Next time I will walk.\"", NULL },
	  "Traffic was terrible,@Maria Lund | Next time I will walk."
	  "@Maria Lund" },
	{ NULL, { "\"Our budget,\" Nils Berg said, \"is balanced at last.\"",
	    NULL },
	  "Our budget,@Nils Berg | is balanced at last.@Nils Berg" },
	{ NULL, { "\"We are not going anywhere at all\" \xe2\x80\x94 Dana Cole",
	    NULL },
	  "We are not going anywhere at all@Dana Cole" },
	{ NULL, { "Ema Cole called for an end to the fighting \"in order to "
	    "exchange prisoners.\"", NULL },
	  "in order to exchange prisoners.@Ema Cole" },
	{ NULL, { "\"We will appeal the ruling,\" said Ruth Ames, a lawyer "
	    "for the family.", NULL },
	  "We will appeal the ruling,@Ruth Ames" },
	{ NULL, { "Omar Said, who leads the union, said, \"The strike goes "
	    "on.\"", NULL },
	  "The strike goes on.@Omar Said" },
	{ NULL, { "\"Nobody asked us,\" officials said.", NULL },
	  "Nobody asked us,@officials" },
	{ NULL, { "\"It was a mistake,\" a spokesman for the ministry said.",
	    NULL },
	  "It was a mistake,@a spokesman for the ministry" },
	{ NULL, { "Rep. Gil Soto (D-Ohio) said the bill was \"a good "
	    "start.\"", NULL },
	  "a good start.@Gil Soto" },
	{ NULL, { "\"It is time,\" Soto's campaign said.", NULL },
	  "It is time,@Soto's campaign" },
	{ NULL, { "\"The count was fair,\" Sen. Lu Park (D-N.M.) said on "
	    "Friday.", NULL },
	  "The count was fair,@Lu Park" },
	{ NULL, { "\"Both camps misread the map,\" Ana Ruiz and Ben Ode "
	    "wrote.", NULL },
	  "Both camps misread the map,@Ana Ruiz and Ben Ode" },
	{ NULL, { "The governor, Rosa Vidal, spoke after the vote. She said:",
	    "\"We will sign the bill this week.\"", NULL },
	  "We will sign the bill this week.@Rosa Vidal" },
	{ NULL, { "Carl Moss visited the plant on Monday. \"The jobs stay "
	    "here,\" he said.", NULL },
	  "The jobs stay here,@Carl Moss" },
	{ NULL, { "\"Ask me again next year,\" mused Radio host Eli Grant.",
	    NULL },
	  "Ask me again next year,@Eli Grant" },
	{ NULL, { "Foreign Minister Ola Dahl met the envoys.", "\"Talks "
	    "will go on,\" the minister said.", NULL },
	  "Talks will go on,@Ola Dahl" },
	{ NULL, { "Sen. Ivy Long voted no.", "\"It was rushed,\" the senator "
	    "told reporters.", NULL },
	  "It was rushed,@Ivy Long" },
	{ NULL, { "\"Cuts do not pay for themselves,\" Tim Oyo of the "
	    "Budget Institute wrote.", NULL },
	  "Cuts do not pay for themselves,@Tim Oyo" },
	{ NULL, { "An aide who saw the memo said it was \"a draft.\"", NULL },
	  "a draft.@An aide" },
	{ "Mayor Jo Kent Calls the Plan \xe2\x80\x98" "A Good Start"
	  "\xe2\x80\x99",
	  { "Nothing else.", NULL },
	  "A Good Start@Jo Kent" },
	/* A headline's opening name before any capitalised verb. */
	{ "Kent: Roe Would Put Cuts First, 'We Cannot Allow It'",
	  { "Nothing else.", NULL },
	  "We Cannot Allow It@Kent" },
	/* A second quote in a headline has the first one's speaker. */
	{ "Jo Kent calls the plan 'weak', 'costly.'", { "Nothing else.", NULL },
	  "weak@Jo Kent | costly.@Jo Kent" },
	/* Verbs that speak with a particle; base forms after a plural. */
	{ NULL, { "\"Sit down,\" Lou Tam shot back.", NULL },
	  "Sit down,@Lou Tam" },
	{ NULL, { "\"It happens,\" Lou Tam went on.", NULL },
	  "It happens,@Lou Tam" },
	{ NULL, { "\"Not now,\" the lawyers argue.", NULL },
	  "Not now,@the lawyers" },
	/* A possessive `Reyes'` is no closing mark. */
	{ NULL, { "\"We are ahead,\" Ana Ruiz, Reyes' campaign manager, "
	    "said in a statement.", NULL },
	  "We are ahead,@Ana Ruiz" },
	{ NULL, { "\"We are ahead,\" Ana Ruiz, Reyes\xe2\x80\x99 campaign "
	    "manager, said.", NULL },
	  "We are ahead,@Ana Ruiz" },
	/* A verb after the first name is no description of the second. */
	{ NULL, { "Ana Ruiz attacked Tom Reyes, calling him \"a coward.\"",
	    NULL },
	  "a coward.@Ana Ruiz" },
	/* Sentence openers that name no one. */
	{ NULL, { "Growing up in Tulsa, Ana Ruiz learned to farm.",
	    "\"It was hard work,\" she said.", NULL },
	  "It was hard work,@Ana Ruiz" },
	{ NULL, { "Tom Reyes spoke first. Soon Ana Ruiz came.",
	    "\"I\xe2\x80\x99m late,\" she said.", NULL },
	  "I\xe2\x80\x99m late,@Ana Ruiz" },
	{ NULL, { "\"We won,\" Chelsea Manning said.", NULL },
	  "We won,@Chelsea Manning" },
	/* A surname in -ed before a speech verb is a name. */
	{ NULL, { "\"We won,\" Husted said.", NULL },
	  "We won,@Husted" },
	{ NULL, { "\"I disagree,\" Will wrote.", NULL },
	  "I disagree,@Will" },
	/* A description and a past-tense verb before a quote's tag. */
	{ NULL, { "\"We will fight on,\" former Gov. Ana Ruiz of Utah said.",
	    NULL },
	  "We will fight on,@Ana Ruiz" },
	/* The phrase after the quote is the subject across appositions. */
	{ NULL, { "''It was cold,'' Mr. Reyes, now 80 and retired in Provo, "
	    "Utah., said by phone.", NULL },
	  "It was cold,@Reyes" },
	{ NULL, { "\"No deal,\" Senate Majority Leader Ana Ruiz, R-Utah., "
	    "said.", NULL },
	  "No deal,@Ana Ruiz" },
	/* A sentence that opens with an inverted `Said`. */
	{ NULL, { "Said Ana Ruiz, who grew up here, \"We were proud.\"",
	    NULL },
	  "We were proud.@Ana Ruiz" },
	/* A sentence of only a speaker and a verb, after a whole one. */
	{ NULL, { "\"We will win the vote.\" Ana Ruiz said.", NULL },
	  "We will win the vote.@Ana Ruiz" },
	{ NULL, { "\"We will win the vote.\" Ana Ruiz said the vote was "
	    "close.", NULL },
	  "We will win the vote.@" },
	/* A closing glyph run into the next word still closes. */
	{ NULL, { "\xe2\x80\x9cWe won,\xe2\x80\x9d" "Ana Ruiz said.", NULL },
	  "We won,@Ana Ruiz" },
	/* A relative clause: the name it is about speaks. */
	{ NULL, { "Tom Reyes got help from Ana Ruiz, who said, \"We are "
	    "ready.\"", NULL },
	  "We are ready.@Ana Ruiz" },
	/* The quotation dash after a whole sentence names its writer. */
	{ NULL, { "\xe2\x80\x9cWe need better schools.\xe2\x80\x9d "
	    "\xe2\x80\x95 Ana Ruiz", NULL },
	  "We need better schools.@Ana Ruiz" },
	/* Not a byline after a quote inside a sentence. */
	{ NULL, { "Ana Ruiz said the party was \"still strong.\"--Tom Reyes.",
	    NULL },
	  "still strong.@Ana Ruiz" },
	/* A tag with a party and state, or a day, after a whole sentence. */
	{ NULL, { "\"The bill is dead.\" Sen. Ana Ruiz (D-Mo.) said Friday.",
	    NULL },
	  "The bill is dead.@Ana Ruiz" },
	/* `the president` is not the vice president the article named. */
	{ NULL, { "Vice President Tom Reyes met President Ana Ruiz.",
	    "\"We agree,\" the president said.", NULL },
	  "We agree,@Ana Ruiz" },
	/* A capitalised pronoun after a bare fragment starts a sentence. */
	{ NULL, { "\"It is over,\" said the ruling.", "In a statement, Jo Kent "
	    "said the ruling \"will force us\" He said more.", NULL },
	  "It is over,@the ruling | will force us@Jo Kent" },
	/* A quote inside a sentence whose tag comes after it. */
	{ NULL, { "''I admire the method'' of the plan, Mr. Roe said.", NULL },
	  "I admire the method@Roe" },
	/* A sentence that ends in a colon: its subject speaks. */
	{ NULL, { "On Monday, Jo Kent made the following comment:",
	    "\"We are ready.\"", NULL },
	  "We are ready.@Jo Kent" },
	{ NULL, { "\"It is weak,\" said 9/11 widow Ana Ruiz.", NULL },
	  "It is weak,@Ana Ruiz" },
	/* `he` is not the woman the article calls `Ms.`, `she` not `Mr.` */
	{ NULL, { "\"We will win,\" said Mr. Dan Hale.",
	    "Ms. Lia Park, his rival, disagreed with him on Monday.",
	    "\"Not a chance,\" he said.", NULL },
	  "We will win,@Dan Hale | Not a chance,@Dan Hale" },
	{ NULL, { "\"It is late,\" said Lia Park, who runs the board.",
	    "Mr. Sam Cho, her deputy, left the room.",
	    "\"We stay,\" she said.", NULL },
	  "It is late,@Lia Park | We stay,@Lia Park" },
	/* A noun phrase that ends in a preposition is no subject. */
	{ NULL, { "\"We are ready,\" said Tim Ober.",
	    "Ann Lowe had a chance to reply \"with care\" to the storm.",
	    NULL },
	  "We are ready,@Tim Ober | with care@Ann Lowe" },
	{ NULL, { "\"We are ready,\" said Tim Ober.",
	    "He was the only mayor to say \"we are done\" after the storm.",
	    NULL },
	  "We are ready,@Tim Ober | we are done@Tim Ober" },
	/* A second partial quote in a sentence is the subject's too. */
	{ NULL, { "Jo Kent says his \"old friend\" Tom Roe ran \"a clean "
	    "and honest race.\"", NULL },
	  "old friend@Jo Kent | a clean and honest race.@Jo Kent" },
	{ NULL, { "Ana Ruiz said on Monday that Tom Roe was \"a weak man\" "
	    "while Jo Kent is \"a real danger to us.\"", NULL },
	  "a weak man@Ana Ruiz | a real danger to us.@Ana Ruiz" },
	/* Not the subject of the quote that opens the sentence. */
	{ NULL, { "\"My aide, Tom Roe, will call,\" she said, \"and then we "
	    "go.\"", NULL },
	  "My aide, Tom Roe, will call,@she | and then we go.@she" },
	/* A phrase of time between the speaker and the verb. */
	{ NULL, { "Jo Kent at the time said the plan was \"a real mess.\"",
	    NULL },
	  "a real mess.@Jo Kent" },
	{ NULL, { "Ana Ruiz on Sept. 5 said she was \"done with it.\"",
	    NULL },
	  "done with it.@Ana Ruiz" },
	{ NULL, { "The council two weeks ago said that \"all is well.\"",
	    NULL },
	  "all is well.@The council" },
	/* A quote with no tag: who the sentence before is about. */
	{ NULL, { "\"We won,\" said Ann Lowe.", "Tom Roe praised the plan "
	    "in a long speech.", "\"It works for us all.\"", NULL },
	  "We won,@Ann Lowe | It works for us all.@Tom Roe" },
	{ NULL, { "\"We won,\" said Ann Lowe. Tom Roe disagreed on every "
	    "point. \"It was a fraud.\"", NULL },
	  "We won,@Ann Lowe | It was a fraud.@Tom Roe" },
	/* Not a sentence that starts inside the last quote. */
	{ NULL, { "\"Is it over? Is there a plan at all?\" said Ann Lowe. "
	    "\"The answer is no.\"", NULL },
	  "Is it over? Is there a plan at all?@Ann Lowe | "
	  "The answer is no.@Ann Lowe" },
	/* A pronoun and a verb of any kind after the quote. */
	{ NULL, { "Tom Roe spoke last.", "\"It is over,\" he mocks.",
	    NULL },
	  "It is over,@Tom Roe" },
	/* No sentence starts with a word in lower case: `(R-Ky.) said`. */
	{ NULL, { "Others joined in. Sen. Jo Kent (R-Ky.) said the plan "
	    "would fail, and called it \"a gift to the rich.\"", NULL },
	  "a gift to the rich.@Jo Kent" },
	/* `Is` opening a question is no name. */
	{ NULL, { "Tom Roe spoke first.", "\"Is there a plan? Is Ann Lowe "
	    "ready?\" he said. \"The answer is no.\"", NULL },
	  "Is there a plan? Is Ann Lowe ready?@Tom Roe | "
	  "The answer is no.@Tom Roe" },
	/* A clause after the quote with a verb of its own is no tag. */
	{ NULL, { "Tom Roe called his aide a \"very decent man\" on "
	    "Tuesday, hours after the aide was charged.", NULL },
	  "very decent man@Tom Roe" },
	{ NULL, { "\"We are done here,\" Ann Lowe sang before asking the "
	    "crowd to leave.", NULL },
	  "We are done here,@Ann Lowe" },
	/* A dateline is not the subject. */
	{ NULL, { "BOSTON, May 2 (AP) \xe2\x80\x94 Jo Kent offered \"a full "
	    "apology\" on Monday.", NULL },
	  "a full apology@Jo Kent" },
	{ NULL, { "Lyon (AFP) - Ana Ruiz has called the law \"a trap.\"",
	    NULL },
	  "a trap.@Ana Ruiz" },
	/* The name that opens a headline, up to its verb, speaks in it. */
	{ "Jo Kent Delivers Defense of \xe2\x80\x98Old Values\xe2\x80\x99",
	    { "Nothing here.", NULL },
	  "Old Values@Jo Kent" },
	{ "The Latest: Kent to frame vote as \xe2\x80\x98" "a test\xe2\x80\x99",
	    { "Nothing here.", NULL },
	  "a test@Kent" },
	{ "Kent on Roe Plan: \xe2\x80\x98I Think It Will Pass\xe2\x80\x99",
	    { "Nothing here.", NULL },
	  "I Think It Will Pass@Kent" },
	{ "Guns Are \xe2\x80\x98" "A Crisis,\xe2\x80\x99 Jo Kent Tells Crowd",
	    { "Nothing here.", NULL },
	  "A Crisis,@Jo Kent" },
	{ "Jo Kent Speaks \xe2\x80\x98" "Directly to Voters\xe2\x80\x99 "
	  "After Vote",
	    { "Nothing here.", NULL },
	  "Directly to Voters@Jo Kent" },
	/* A surname's full name from the text before the headline's. */
	{ "Donor Roe Backs the Plan", { "The plan won Tom Roe over.",
	    "\"It is fine,\" Roe said.", NULL },
	  "It is fine,@Tom Roe" },
	{ "Tom Roe: The Plan Is Fine", { "\"It is fine,\" Roe said.",
	    NULL },
	  "It is fine,@Tom Roe" },
	/* A subject with a parenthesis after the name. */
	{ NULL, { "\"We won,\" said Ann Lowe.", "Sen. Tom Roe (D-Ohio) "
	    "wants a vote on \"every single line\" of the bill.", NULL },
	  "We won,@Ann Lowe | every single line@Tom Roe" },
	/* A quote that is a speech verb's object has its speaker before. */
	{ NULL, { "Under what Jo Kent termed ''the old model of the club,'' "
	    "the Lake Club, a golf club, said it would open.", NULL },
	  "the old model of the club,@Jo Kent" },
	/* A passive speech verb: the agent speaks. */
	{ NULL, { "Tom Roe was asked by host Ann Lowe whether the plan would "
	    "\"cost us far too much.\"", NULL },
	  "cost us far too much.@Ann Lowe" },
	/* `compared to` is no tag. */
	{ NULL, { "Jo Kent told the crowd the fine was \"peanuts,\" compared "
	    "to what the rebels are doing.", NULL },
	  "peanuts,@Jo Kent" },
	/* A place after a place is not the subject after them. */
	{ NULL, { "Speaking at a rally in Salem, New Hampshire, Jo Kent went "
	    "after Roe, calling him \"a total stiff.\"", NULL },
	  "a total stiff.@Jo Kent" },
	{ NULL, { "At a meeting in Boston, Ann Lowe, the head of the group, "
	    "told a student that \"this is not the first time.\"", NULL },
	  "this is not the first time.@Ann Lowe" },
	{ NULL, { "Jo Kent later Thursday told the paper: \"We are done.\"",
	    NULL },
	  "We are done.@Jo Kent" },
	/* One apposition after another. */
	{ NULL, { "\"It is a grab for power,\" Jo Kent, the head of the "
	    "board, one of five members, said on Monday.", NULL },
	  "It is a grab for power,@Jo Kent" },
	/* A speech verb in -s after a determiner or adjective is a noun. */
	{ NULL, { "Ann Lowe says Tom Roe's flurry of late-night tweets was "
	    "\"out of hand.\"", NULL },
	  "out of hand.@Ann Lowe" },
	{ NULL, { "Ann Lowe cited \"the worst of them all\" as examples of "
	    "Roe's disrespectful comments about women.", NULL },
	  "the worst of them all@Ann Lowe" },
	/* Base forms speak; after a possessive a speech verb is a noun. */
	{ NULL, { "A voter would now ask: \"Why is he still here?\"", NULL },
	  "Why is he still here?@A voter" },
	{ NULL, { "Fans also chanted, \"Go home,\" referring to the "
	    "mayor's vow to close the port.", NULL },
	  "Go home,@Fans" },
	/* A verb in -ing: the subject after an opening phrase. */
	{ NULL, { "On Sunday, Jo Kent shared a page from a class called \"Art "
	    "and Life\" on his site, writing \"Look at this.\"", NULL },
	  "~Art and Life | Look at this.@Jo Kent" },
	/* `he` is a person, not a group named in one word. */
	{ NULL, { "\"We will win,\" said Tom Roe.", "Delegates cheered for "
	    "an hour.", "\"It is our year,\" he said.", NULL },
	  "We will win,@Tom Roe | It is our year,@Tom Roe" },
	/* A name set off by commas after its post; a post over `of`. */
	{ NULL, { "\"We will appeal,\" the firm's chief lawyer, Rhea Dunn, "
	    "said.", NULL },
	  "We will appeal,@Rhea Dunn" },
	{ NULL, { "\"The talks go on,\" said Secretary of State Omar Velt.",
	    NULL },
	  "The talks go on,@Omar Velt" },
	{ NULL, { "\"We flew at dawn,\" said Air Force 1st Lt. Kim Sato.",
	    NULL },
	  "We flew at dawn,@Kim Sato" },
	{ NULL, { "\"The road is open,\" said Cmdr. Sean Roe.", NULL },
	  "The road is open,@Sean Roe" },
	/* A post before a name is not part of it; a surname finds the name. */
	{ NULL, { "\"We will build it,\" said Home Secretary Ada Quill.",
	    "\"Soon,\" Ms Quill added.", NULL },
	  "We will build it,@Ada Quill | Soon,@Ada Quill" },
	{ NULL, { "\"No,\" Utah Gov. Lars Fenn told reporters.", NULL },
	  "No,@Lars Fenn" },
	{ NULL, { "\"Not this year,\" said Labour MP Dee Rook.", NULL },
	  "Not this year,@Dee Rook" },
	{ NULL, { "\"The talks failed,\" the White House said.", NULL },
	  "The talks failed,@White House" },
	{ NULL, { "\"We agree,\" Sen. Ina Bold and Rep. Cy Marr wrote.",
	    NULL },
	  "We agree,@Sen. Ina Bold and Rep. Cy Marr" },
	/* `and` inside a post: `Trade and Industry Minister Jo Kent` */
	{ NULL, { "Trade and Industry Minister Yuki Eda said: \"We will.\"",
	    "Former Securities and Exchange Chairman Hal Pitt said: \"No.\"",
	    "Lord Wolf and Lord Falk wrote: \"We agree.\"", NULL },
	  "We will.@Yuki Eda | No.@Hal Pitt | We agree.@Lord Wolf and Lord "
	  "Falk" },
	{ NULL, { "Acme CEO and IIF First Vice-Chairman Will Rhode called on "
	    "them to \"overshoot\" now.", NULL },
	  "overshoot@Will Rhode" },
	/* Capitalised words before a plural of people describe a group. */
	{ NULL, { "\"Not one cent more,\" said Labour lawmakers.", NULL },
	  "Not one cent more,@Labour lawmakers" },
	{ NULL, { "\"We were not told,\" said Harbor Board officials.",
	    NULL },
	  "We were not told,@Harbor Board officials" },
	{ NULL, { "Green Party leaders met and called the levy \"a tax on "
	    "bread\" on Friday.", NULL },
	  "a tax on bread@Green Party leaders" },
	{ NULL, { "\"Wait,\" said Ava Quill's aides.", NULL },
	  "Wait,@Ava Quill's aides" },
	/* A verb after `, and` starts a clause of its own: not the tag. */
	{ NULL, { "Kim Lee said she would \"fight on,\" for one, and Roe "
	    "vowed to \"win it all.\"", NULL },
	  "fight on,@Kim Lee | win it all.@Roe" },
	/* Nor past `what`: `engaging in what critics call` is no tag. */
	{ NULL, { "Ana Ruiz asked whether the judges will be \"fair\" to her, "
	    "engaging in what critics call spin.", NULL },
	  "fair@Ana Ruiz" },
	/* A spaced mark after punctuation closes the quote it ends. */
	{ NULL, { "''We won, '' said Kim Lee. ''We won again.''", NULL },
	  "We won,@Kim Lee | We won again.@Kim Lee" },
	{ NULL, { "\"It was fair. \" Ana Ruiz said.", "\"Yes,\" Roe said.",
	    NULL },
	  "It was fair.@Ana Ruiz | Yes,@Roe" },
	{ NULL, { "\"Wait,\" Kim Lee said.", "The memo affirmed: \"No more "
	    "delay.\"", NULL },
	  "Wait,@Kim Lee | No more delay.@The memo" },
	/* `he` is who spoke last, though he was not quoted. */
	{ NULL, { "\"We lead,\" said Tom Roe.", "The race is close in the "
	    "west, Ben Ito said.", "\"It will be tight,\" he said.", NULL },
	  "We lead,@Tom Roe | It will be tight,@Ben Ito" },
	/* The nearer of two men, though only one was called `Mr.` */
	{ NULL, { "Mr. Dale Roe wrote that Ben Ito had lost $9 million.",
	    "\"Loopholes help the rich,\" said Ben Ito.", "\"It is time to "
	    "end them,\" he said.", NULL },
	  "Loopholes help the rich,@Ben Ito | "
	  "It is time to end them,@Ben Ito" },
	/* `of Republican claims` is a noun, not the verb of a speaker. */
	{ NULL, { "FactCo rated 40% of Republican claims as \"false.\"", NULL },
	  "false.@FactCo" },
	/* The object of a preposition is not who speaks: the subject is. */
	{ NULL, { "Marchers walking through the streets chanted \"Not one "
	    "more.\"", NULL },
	  "Not one more.@Marchers" },
	/* An opening participle before the subject of a verb in -ing. */
	{ NULL, { "Following a short meeting, the harbor board issued a "
	    "statement calling the plan \"a clear danger.\"", NULL },
	  "a clear danger.@the harbor board" },
	{ NULL, { "Following a swiftly called, late meeting, the Harbor Board "
	    "issued a statement calling the test \"a clear danger.\"", NULL },
	  "a clear danger.@the Harbor Board" },
	/* `first` before a noun is part of a description. */
	{ NULL, { "The former first lady and U.S. senator said it was \"a "
	    "mistake.\"", NULL },
	  "a mistake.@The former first lady and U.S. senator" },
	/* A first name finds the full name, when one person has it. */
	{ NULL, { "Joan Ruiz and Tom Ito arrived.", "\"Yes,\" Joan said.",
	    NULL },
	  "Yes,@Joan Ruiz" },
	{ NULL, { "Joan Ruiz and Joan Ito arrived.", "\"Yes,\" Joan said.",
	    NULL },
	  "Yes,@Joan" },
	/*
	 * A word that no list knows as a first name stands for a full name
	 * of a person (`Zorba Quill`), not of a place, a body or a thing
	 * (`Roe Tower`, `Acme Awards`) nor one in capitals.
	 */
	{ NULL, { "Roe Tower opened.", "\"No,\" Roe said.", NULL },
	  "No,@Roe" },
	{ NULL, { "Zorba Quill and Acme Awards arrived. ZEV KANE spoke.",
	    "\"Yes,\" Zorba said. \"No,\" Acme said. \"Hi,\" Zev said.",
	    NULL },
	  "Yes,@Zorba Quill | No,@Acme | Hi,@Zev" },
	/*
	 * A name in -ly is a name when the article says so (`Kelly`, used
	 * inside a sentence); `Critically, however, she said` is no name.
	 */
	{ NULL, { "Ann Roe smiled.", "Earlier this week, Kelly revealed that "
	    "she was dubbed \"Smelly\" at school.", "Ann Roe spoke. "
	    "Critically, however, she said that it has \"no role in this.\"",
	    NULL },
	  "Smelly@Kelly | no role in this.@Ann Roe" },
	/*
	 * A surname of two letters ends a description's name (`spokeswoman
	 * Ann Wu`); `in a note` is the medium, not the speaker.
	 */
	{ NULL, { "\"We insist,\" said spokeswoman Ann Wu.", "\"We win,\" "
	    "wrote analysts at Acme Capital in a note to clients.", NULL },
	  "We insist,@Ann Wu | We win,@analysts at Acme Capital" },
	/* `prosecutors blamed Acme's staff`: a verb ends the description */
	{ NULL, { "In court papers, prosecutors blamed Acme's staff for "
	    "failing to ask about the \"legal issues\" there.", "\"We won,\" "
	    "the embattled minister said.", NULL },
	  "legal issues@prosecutors | We won,@the embattled minister" },
	/* `Kent campaign officials`: a word between the name and the group */
	{ NULL, { "Jo Kent spoke.", "Kent campaign officials said that Roe is "
	    "\"clearly rattled,\" and more.", NULL },
	  "clearly rattled,@Kent campaign officials" },
	/*
	 * `Agent in Charge Jo Kent of Acme's Field Division said`: the name
	 * before `of`; `Twice he promised`: no name.
	 */
	{ NULL, { "Agent in Charge Ann Rook of Acme's Field Division said: "
	    "\"We ask for help.\"", "Jo Willis spoke. Twice Willis was asked. "
	    "Twice he promised to publish \"guidance\" soon.", NULL },
	  "We ask for help.@Ann Rook | guidance@Jo Willis" },
	/*
	 * A caption's label before a colon is no speaker: `Defence: Acme
	 * boss Jo Kent defended ...`; after it a sentence opens, so
	 * `Tearful Ann Roe` is Ann Roe.
	 */
	{ NULL, { "Defence: Acme boss Jo Kent defended her pay rise, saying it "
	    "was a \"punchy\" market.", "Farewell: Tearful Ann Roe said it had "
	    "\"been a pleasure\" to work there.", NULL },
	  "punchy@Jo Kent | been a pleasure@Ann Roe" },
	/*
	 * `Alarmed by it, Senator Harry Reid, the minority leader, said`:
	 * a name set off by commas after its post is no post to pass over;
	 * a description's full name at its end is not cut.
	 */
	{ NULL, { "Alarmed by the unrest in Ohio, Senator Harry Reid, the "
	    "minority leader, said that Kent faced a \"test of leadership\" "
	    "over it.", "\"There was cause,\" according to a court document "
	    "filed by state attorney Dave Aron.", NULL },
	  "test of leadership@Harry Reid | There was cause,@a court document "
	  "filed by state attorney Dave Aron" },
	/* `Jo Kent of the Center for Policy`, `the Department for Education` */
	{ NULL, { "\"It is a stretch,\" Jo Kent of the Acme Center for Policy "
	    "Studies said.", "\"We expect exams,\" the Department for "
	    "Education said.", NULL },
	  "It is a stretch,@Jo Kent | We expect exams,@Department for "
	  "Education" },
	/* `reveals`: a verb of speech */
	{ NULL, { "Between tasks, the old man reveals what his goal is: "
	    "\"Well, it is to be first.\"", NULL },
	  "Well, it is to be first.@the old man" },
	/* `But a spokeswoman insisted ... "...," she said.`: the spokeswoman */
	{ NULL, { "\"It must end,\" said Amy Lee.", "But a spokeswoman "
	    "insisted the plan was fine. \"It works,\" she said.", NULL },
	  "It must end,@Amy Lee | It works,@a spokeswoman" },
	/*
	 * A name in a wire's label in capitals is written as the article
	 * writes it elsewhere, when it does.
	 */
	{ NULL, { "Angela Merk met leaders.", "ANGELA MERK, CHANCELLOR: \"We "
	    "will act.\"", "JO KENT, ANALYST, ACME: \"It is weak.\"", NULL },
	  "We will act.@Angela Merk | It is weak.@JO KENT" },
	/* `Joan's outing comes after she said`: she is Joan. */
	{ NULL, { "Joan Ruiz smiled.", "Joan's outing comes after she said "
	    "she is \"not worried\" at all.", NULL },
	  "not worried@Joan Ruiz" },
	/* A name ends at a possessive: `Ben Ito’ Safe Plan` is no name. */
	{ NULL, { "Ben Ito\xe2\x80\x99 Safe Plan failed.", "\"No,\" Ben "
	    "said.", NULL },
	  "No,@Ben Ito" },
	/* and after one, the name is what follows the owner. */
	{ NULL, { "KXT\xe2\x80\x99s Lead Anchor Ana Ruiz spoke.", "\"Go,\" "
	    "said Ruiz.", NULL },
	  "Go,@Ana Ruiz" },
	/* A name inside a who-clause between the speaker and the verb. */
	{ NULL, { "Ann Roe, who lives near the capital, Salem, said she "
	    "\"hopes for the best.\"", NULL },
	  "hopes for the best.@Ann Roe" },
	{ NULL, { "\"We lost,\" her campaign manager, Ben Ito, said.", NULL },
	  "We lost,@Ben Ito" },
	/* A title inside the apposition between a name and its verb. */
	{ NULL, { "As Ann Amar, a judge and author of ''The Long Road,'' put "
	    "it, ''Courts should wait.''", NULL },
	  "~The Long Road, | Courts should wait.@Ann Amar" },
	/* Opening words before the subject of a verb in -ing. */
	{ NULL, { "And then Ito went fully on the attack, saying, \"Is it "
	    "over?\"", NULL },
	  "Is it over?@Ito" },
	/* but not over a verb: `It was` opens no name. */
	{ NULL, { "It was Ito's rejection of \"a politics of fear\" that won.",
	    NULL },
	  "a politics of fear@" },
	/* A first name tells `she` from `he`, though the man spoke last. */
	{ NULL, { "Susan Okoro met the mayor on Monday.", "\"It went well,\" "
	    "said Robert Lind.", "\"We will see,\" she said.", NULL },
	  "It went well,@Robert Lind | We will see,@Susan Okoro" },
	{ NULL, { "\"No,\" said Linda Marsh.", "Peter Abel rose to speak.",
	    "\"Yes,\" she said.", NULL },
	  "No,@Linda Marsh | Yes,@Linda Marsh" },
	/* A capitalised word that the article writes in lower case too. */
	{ NULL, { "People want more than people can get, Ben Goff said.",
	    "\"It is hard,\" he said.", NULL },
	  "It is hard,@Ben Goff" },
	/* A dateline is no person, though a verb in -ing follows. */
	{ NULL, { "LIMA (AP) \xe2\x80\x94 The new ad, featuring voters telling "
	    "their stories, aired on Monday.", "\"We won,\" he said.", NULL },
	  "We won,@he" },
	/* A surname alone has the sex of the first name it stands for. */
	{ NULL, { "Ana Ruiz spoke first.", "Tom Marsh arrived. Marsh waved.",
	    "\"We won,\" she said.", NULL },
	  "We won,@Ana Ruiz" },
	/* `he` is the man named before a speaker that is no name. */
	{ NULL, { "Mr. Ito said the police had said the cards could \"stop "
	    "a plot.\" He added: \"We must listen.\"", NULL },
	  "stop a plot.@the police | We must listen.@Ito" },
	/* `Mrs. Roe` is not the `Tom Roe` named before her. */
	{ NULL, { "Tom Roe spoke first.", "\"No,\" Mrs. Roe said.", NULL },
	  "No,@Roe" },
	/* but the Roe, a woman, named after him */
	{ NULL, { "Tom Roe spoke first; then Mary Roe did.",
	    "\"No,\" Mrs. Roe said. \"Yes,\" Mr. Roe said.", NULL },
	  "No,@Mary Roe | Yes,@Tom Roe" },
	/* A subject at the start of a long sentence. */
	{ NULL, { "Ana Ruiz, a Lima-based builder and spokeswoman for the "
	    "Grey Street Builders Group, which is made up of builders, "
	    "lenders and the owners of many small shops along the river "
	    "and the city's two largest banks, "
	    "said many of the cases that critics point to as signs of "
	    "trouble in the city failed to note that the plan helped to "
	    "transform places that were poor.", "\"It takes time,\" she "
	    "said.", NULL },
	  "It takes time,@Ana Ruiz" },
	/* `he` is who spoke in the sentence before, named after its verb. */
	{ NULL, { "\"We won,\" said Ana Ruiz. The vote may not change much, "
	    "noted Tom Marsh.", "\"It counts,\" he said.", NULL },
	  "We won,@Ana Ruiz | It counts,@Tom Marsh" },
	/* A name after a possessive: `NBC's Jo Kent`. */
	{ NULL, { "\"It counts,\" said CBS's Jo Kent.", "Said "
	    "NBC's Tom Marsh: \"It does not.\"", NULL },
	  "It counts,@Jo Kent | It does not.@Tom Marsh" },
	/* `in Ames, Iowa, on Sunday,`: a place after a place is no subject. */
	{ NULL, { "At a rally in Salem, Ore., on Monday, Jo Kent backed the "
	    "plan, saying it would \"work for everyone.\"", NULL },
	  "work for everyone.@Jo Kent" },
	/* `with Jo Kent telling reporters`: the one who tells. */
	{ NULL, { "The vote split the board, with Jo Kent telling reporters "
	    "the plan was \"a disaster.\"", NULL },
	  "a disaster.@Jo Kent" },
	/* `That's why` is no name for `he` to stand for. */
	{ NULL, { "Tom Marsh runs the mill. That's why he stays.",
	    "\"It pays,\" he said.", NULL },
	  "It pays,@Tom Marsh" },
	/* `he` is the owner of a thing, but `she` the wife herself. */
	{ NULL, { "Tom Marsh's remarks angered many.", "\"It pays,\" he "
	    "said. Jo Kent's wife spoke next.", "\"It does not,\" she "
	    "said.", NULL },
	  "It pays,@Tom Marsh | It does not,@Jo Kent's wife" },
	/* `Jo Kent threw her support behind Tom Roe, saying`: Jo Kent. */
	{ NULL, { "Jo Kent threw her support behind Tom Roe on Monday, saying "
	    "it was time for \"a real leader.\"", NULL },
	  "a real leader.@Jo Kent" },
	/* A share that spoke before is not who `she` stands for. */
	{ NULL, { "Most said they were \"very worried.\" The race is close.",
	    "\"We will win,\" she said.", NULL },
	  "very worried.@Most | We will win,@she" },
	/* `Jo Kent of the Bar Group of Salem told`: Jo Kent. */
	{ NULL, { "As Bishop Jo Kent of the Mill Group of Salem told the "
	    "paper, \"We will stay.\"", NULL },
	  "We will stay.@Jo Kent" },
	/* `Tom Roe, 30, of Raleigh, N.C., who ..., said`: Tom Roe. */
	{ NULL, { "Tom Roe, 30, of Raleigh, N.C., who was among those polled, "
	    "said it was \"very good.\"", NULL },
	  "very good.@Tom Roe" },
	/* No one of her sex: `she` stays. */
	{ NULL, { "\"No,\" said Tom Roe. The vote is on Monday.", "\"Yes,\" "
	    "she said.", NULL },
	  "No,@Tom Roe | Yes,@she" },
	/* `In a statement, presidential nominee Ana Ruiz was ...`: Ruiz. */
	{ NULL, { "\"No,\" said Tom Roe.", "In a statement on Tuesday, "
	    "presidential nominee Ana Ruiz was more careful. \"We will see,\" "
	    "she said.", NULL },
	  "No,@Tom Roe | We will see,@Ana Ruiz" },
	/* `with finance minister Jo Kent telling parliament:` */
	{ NULL, { "Paris was more subdued, with finance minister Jo Kent "
	    "telling parliament: \"We must save.\"", NULL },
	  "We must save.@Jo Kent" },
	/* `Alongside a photo, she wrote:` opens with no name. */
	{ NULL, { "\"It was a surprise,\" said Ana Ruiz.", "Alongside a photo "
	    "of the ring, she wrote: \"So happy.\"", NULL },
	  "It was a surprise,@Ana Ruiz | So happy.@Ana Ruiz" },
	/* `von der Leyen` is the surname of `Ursula von der Leyen`. */
	{ NULL, { "\"We act,\" said Ursula von der Leyen.", "\"Now,\" von der "
	    "Leyen said.", NULL },
	  "We act,@Ursula von der Leyen | Now,@Ursula von der Leyen" },
	/* `..., Jo Kent said, adding "..."`: who said it. */
	{ NULL, { "Salem is a model town, Jo Kent said, adding, \"We must "
	    "keep it so.\"", NULL },
	  "We must keep it so.@Jo Kent" },
	/* `Maybe Tom Roe knows`: Maybe is no part of the name. */
	{ NULL, { "Maybe Tom Roe knows best. \"We will see,\" he said.",
	    NULL },
	  "We will see,@Tom Roe" },
	/* `The spokesman refused to ..., adding:` is the spokesman's. */
	{ NULL, { "The spokesman refused to comment on the plan, adding: \"If "
	    "one is made we will read it.\"", NULL },
	  "If one is made we will read it.@The spokesman" },
	/* A long description cut at eight words ends in no `of`. */
	{ NULL, { "\"It was late,\" says the daughter of the late Lord "
	    "Kent of Salem.", NULL },
	  "It was late,@the daughter of the late Lord Kent" },
	/* `US-based Jo Kent said`: where she is, not her name. */
	{ NULL, { "\"We will go back,\" US-based Jo Kent said.", NULL },
	  "We will go back,@Jo Kent" },
	/* `"Song" - WINNER`: a label after a dash, no speaker. */
	{ NULL, { "Jo Kent - \"Long Road Home\" - WINNER", NULL },
	  "~Long Road Home" },
	/* A wire's comment block: the name comes first, the city last. */
	{ NULL, { "COMMENTS: JO KENT, HEAD OF TRADING, ACME BANK, NEW YORK: "
	    "\"Rates will fall.\"", NULL },
	  "Rates will fall.@JO KENT" },
	/* and one with no colon of its own, after a heading's */
	{ NULL, { "Comments from traders: COMMENTS: JO KENT, ECONOMIST AT ACME "
	    "\"Rates will fall,\" speaking of the bank.", NULL },
	  "Rates will fall,@JO KENT" },
	/* `according to` later in the sentence names the source. */
	{ NULL, { "The mayor was met with chants of \"Go home!\" at a rally "
	    "last month, according to Jo Kent, a union leader.", NULL },
	  "Go home!@Jo Kent" },
	/* A place that opens a sentence is not who `she` stands for. */
	{ NULL, { "Ana Ruiz spoke to the crowd. Iowa votes next week.",
	    "\"We will win,\" she said.", NULL },
	  "We will win,@Ana Ruiz" },
	/* `''...''' Doe said`: the inner quote closes, then the outer. */
	{ NULL, { "''They say, 'Wait and see,''' Jo Kent said.", NULL },
	  "They say, 'Wait and see,'@Jo Kent" },
	/* `But Roe did not respond in kind.` is no tag of the quote. */
	{ NULL, { "Jo Kent mocked him, saying, \"You lost.\" But Tom Roe "
	    "did not respond in kind.", NULL },
	  "You lost.@Jo Kent" },
	/* A share of those asked speaks: `31 percent`, `40%`, `most`. */
	{ NULL, { "Of the voters asked, 31 percent said \"very likely\" and "
	    "40% of women said \"not likely.\"", NULL },
	  "very likely@31 percent | not likely.@40% of women" },
	{ NULL, { "Prices rose again; most said they were \"fed up.\"",
	    NULL },
	  "fed up.@most" },
	/* but a year is no share, and a named source comes first */
	{ NULL, { "The 2014 survey by Ana Ruiz found that 12 percent "
	    "say the town is \"doing fine.\"", NULL },
	  "doing fine.@Ana Ruiz" },
	{ NULL, { "Our 1998 report said the mill was \"dying.\"", NULL },
	  "dying.@Our 1998 report" },
	/* A share runs to its people, no further, and yields to a name. */
	{ NULL, { "With 53% of homes now online, the council, suggests Jo "
	    "Kent, could act as a \"middleman.\"", NULL },
	  "middleman.@Jo Kent" },
	/* A share later in the sentence is no tag of the quote. */
	{ NULL, { "Jo Kent wrote that 20 percent find him \"too loud\" at "
	    "times and 30 percent say he is \"fine.\"", NULL },
	  "too loud@Jo Kent | fine.@Jo Kent" },
	/* `X paused and said`: who paused, not who was asked before. */
	{ NULL, { "Last week, when Tom Roe asked about the fee, Jo Kent "
	    "frowned at him and said, \"Ask the council.\"", NULL },
	  "Ask the council.@Jo Kent" },
	/* but not a subject after a verb (`said the plan failed`) */
	{ NULL, { "Tom Roe said the plan failed and said \"It will pass.\"",
	    NULL },
	  "It will pass.@Tom Roe" },
	/*
	 * A word that only opens sentences is no person for `he`; a lone
	 * surname that a verb follows is.
	 */
	{ NULL, { "Jo Kent put her bike up for sale. Used bikes sell for less.",
	    "\"It is worth more,\" she said.", NULL },
	  "It is worth more,@Jo Kent" },
	{ NULL, { "Jo Kent spoke first. Roe then took the stage.",
	    "\"We won,\" he said.", NULL },
	  "We won,@Roe" },
	/*
	 * Such a word opens a description (`Industry groups`), but not
	 * one that goes on to a name (`Pop star Jo Kent`), and no one
	 * (`Late in May he said`) ends at a pronoun.
	 */
	{ NULL, { "Industry groups call it a \"tax grab\" on farms.", NULL },
	  "tax grab@Industry groups" },
	{ NULL, { "Pop star Jo Kent shared a tale of the \"wild\" night.",
	    "Late in May she said the fee was \"too high.\"", NULL },
	  "wild@Jo Kent | too high.@Jo Kent" },
	/* A tag at the end of the sentence, after a clause. */
	{ NULL, { "Polls show Tom Roe ahead.", "\"It would hurt Roe\" if he "
	    "lost by that much, said Jo Kent, an analyst.", NULL },
	  "It would hurt Roe@Jo Kent" },
	{ NULL, { "\"He had many fans,\" Tom Roe, after a pause, said of Jo "
	    "Kent.", NULL },
	  "He had many fans,@Tom Roe" },
	/* A nickname is part of the name, and no quote. */
	{ NULL, { "Rep. Henry \"Hank\" Roe said it was \"a disgrace.\"",
	    "\"We will win,\" said state Del. Ana \"Cia\" Ruiz (D-Salem).",
	    NULL },
	  "~Hank | a disgrace.@Henry \"Hank\" Roe | "
	  "We will win,@Ana \"Cia\" Ruiz | ~Cia" },
	/* A description ends before a verb in the present and its object. */
	{ NULL, { "The poster shows the two men beside a line that reads "
	    "\"we can spend it twice.\"",
	    "The big firms that are \"too big\" will pay.", NULL },
	  "we can spend it twice.@The poster | too big@The big firms" },
	/*
	 * `the 28-year-old`: the person the article gave that age, after
	 * the name or before it; else the words as they are.
	 */
	{ NULL, { "Ana Ruiz, 28, and Tom Roe, 41, opened a shop.",
	    "\"It took years,\" the 28-year-old said.",
	    "\"We are proud of it,\" the 41-year-old added.", NULL },
	  "It took years,@Ana Ruiz | We are proud of it,@Tom Roe" },
	{ NULL, { "She met 35-year-old Jo Kent in May.",
	    "\"He was late,\" the 35-year-old wrote. \"So late,\" the "
	    "50-year-old wrote.", NULL },
	  "He was late,@Jo Kent | So late,@the 50-year-old" },
	/* A long opening phrase after `with` or `when` before the subject. */
	{ NULL, { "With leaders more and more worried about the lack of zeal "
	    "for the plan among the young voters of the north, Jo Kent is "
	    "out with a new message: \"It is about you.\"", NULL },
	  "It is about you.@Jo Kent" },
	/* but not after a phrase that opens with a name */
	{ NULL, { "Tom Roe met the young voters of the north and the south, "
	    "and the old ones too, and then Jo Kent came out with a new "
	    "message: \"It is about you.\"", NULL },
	  "It is about you.@Tom Roe" },
	/* A body is no `he` (`The Group also found`). */
	{ NULL, { "Jo Kent led the mission. The Group also found that the "
	    "polls were slow.", "\"We will report it,\" he said.", NULL },
	  "We will report it,@Jo Kent" },
	/* `the nation.Jo Kent said`: a space lost after a period */
	{ NULL, { "It was a win for the nation.Jo Kent said the team was "
	    "\"ready for more.\"", NULL },
	  "ready for more.@Jo Kent" },
	/* A post alone, capitalised: who the article gave that title. */
	{ NULL, { "Chief Adviser Prof Jo Kent thanked the party. Health "
	    "Secretary Tom Roe did not.", "In a statement, the Chief Adviser "
	    "said, \"Thank you.\" \"No,\" the Foreign Secretary said.",
	    NULL },
	  "Thank you.@Jo Kent | No,@Foreign Secretary" },
	/* but not one in a line written as a headline */
	{ NULL, { "Finance Adviser Flags New Risks",
	    "\"Risks grow,\" the adviser said.", NULL },
	  "Risks grow,@the adviser" },
	/*
	 * A name after a possessive, before the verb too; but a post after
	 * one keeps it; and a wire's heading in capitals is no name.
	 */
	{ NULL, { "\"Prices will fall,\" Acme Group's Jo Kent said. \"Yes,\" "
	    "said Qatar's Prime Minister.", "PRICE HIKES Tom Roe said they "
	    "were \"too high.\"", NULL },
	  "Prices will fall,@Jo Kent | Yes,@Qatar's Prime Minister | "
	  "too high.@Tom Roe" },
	/*
	 * A line with a name alone and the closing mark of a quote left
	 * open before it; but not a line without the mark (a credit).
	 */
	{ NULL, { "\"We must act before the next storm comes.",
	    "Jo Kent, Acme Institute.\"", NULL },
	  "We must act before the next storm comes.@Jo Kent" },
	{ NULL, { "\"We must act before the next storm comes.",
	    "Getty Images", NULL },
	  "We must act before the next storm comes.@" },
	/* A name, its party and a colon before the quote. */
	{ NULL, { "Rep. Jo Kent (R-Ohio):\"Who told you that figure?\"", NULL },
	  "Who told you that figure?@Jo Kent" },
	/* but not a word in quotes in a wire's headline in capitals */
	{ NULL, { "RATES \"TOO HIGH\" Kent says", NULL },
	  "TOO HIGH@Kent" },
	/* A verb after a partial quote, and its object clause: no tag. */
	{ NULL, { "Jo Kent said in the letter that the ad \"wrongly\" "
	    "suggests that Salem backs the plan.", NULL },
	  "wrongly@Jo Kent" },
	/* A name just before an -ing verb of speech, after `of`. */
	{ NULL, { "The ad closes with footage of Jo Kent saying at a rally, "
	    "\"I like it.\"", NULL },
	  "I like it.@Jo Kent" },
	/*
	 * Quotes joined by `and` share the tag after the last of them; but
	 * not in a clause of `as` or `after` whose sentence goes on.
	 */
	{ NULL, { "Taxes are \"too high\" and \"unfair,\" Jo Kent, the "
	    "former mayor, told the crowd.", NULL },
	  "too high@Jo Kent | unfair,@Jo Kent" },
	{ NULL, { "As Jo Kent went on about \"jobs\" and \"wages,\" Tom "
	    "Roe said yes.", NULL },
	  "jobs@Jo Kent | wages,@Jo Kent" },
	/* `remarks` after `more` and a word is a noun. */
	{ NULL, { "It tried \"hope\" and \"change,\" playing on Jo Kent's "
	    "more divisive remarks.", NULL },
	  "hope@ | change,@" },
	/* A description set off by dashes; a firm after `, of`. */
	{ NULL, { "Jo Kent \xe2\x80\x94 a teacher from Salem \xe2\x80\x94 says "
	    "it was \"a big deal.\"", NULL },
	  "a big deal.@Jo Kent" },
	{ NULL, { "Tom Roe - who chairs the panel - said the plan was "
	    "\"unfair\".", NULL },
	  "unfair@Tom Roe" },
	{ NULL, { "Jo Kent, of estate agents Acme - which has the sale - "
	    "said: \"It is a fine home.\"", NULL },
	  "It is a fine home.@Jo Kent" },
	{ NULL, { "Tom Roe, chief executive, of Acme Partners told us it was "
	    "\"a big step.\"", NULL },
	  "a big step.@Tom Roe" },
	/* A paragraph that is a quote, and a line of a dash and a name. */
	{ NULL, { "\"We hear it all the time, and it must stop.\"",
	    "-Jo Kent, Salem.", "\"She is ready.\"",
	    "\xe2\x80\x93 Tom Roe, writing after the speech.", NULL },
	  "We hear it all the time, and it must stop.@Jo Kent | "
	  "She is ready.@Tom Roe" },
	/* but not a list of points after a quote in running text */
	{ NULL, { "Jo Kent said the plan \"will not work.\"",
	    "- Tom Roe, the mayor, left early.", NULL },
	  "will not work.@Jo Kent" },
	/*
	 * `with` a person and an -ing verb of speech: that person, not the
	 * sentence's subject; but not a thing (`stark warning`).
	 */
	{ NULL, { "Salem was on their minds, with many marchers chanting "
	    "\"Disarm hate now.\"", "The star is angry, with a source "
	    "telling us: \"She is furious.\"", NULL },
	  "Disarm hate now.@many marchers | She is furious.@a source" },
	{ NULL, { "Jo Kent spoke, with the stark warning that \"time is "
	    "short.\"", NULL },
	  "time is short.@Jo Kent" },
	/* A relative clause after a name and its place. */
	{ NULL, { "It gave fodder to Sen. Jo Kent of Ohio, who mused that "
	    "Roe was \"unfit to serve.\"", NULL },
	  "unfit to serve.@Jo Kent" },
	/*
	 * A quote with no tag of its own takes the tag after the next
	 * quote of its sentence; not after a question that ends its own.
	 */
	{ NULL, { "Next year will be an \"awful mess\" for Acme, \"but it "
	    "will pass,\" said Jo Kent.", NULL },
	  "awful mess@Jo Kent | but it will pass,@Jo Kent" },
	{ NULL, { "\"We lost,\" Jo Kent said. \"Who are they trying to "
	    "kid?\" The question is: \"Should we go on?\" asked Tom Roe.",
	    NULL },
	  "We lost,@Jo Kent | Who are they trying to kid?@Jo Kent | "
	  "Should we go on?@Tom Roe" },
	/*
	 * `Kent's claim that` holds the quote: Kent's words; not when the
	 * quote is what is said of the claim.
	 */
	{ NULL, { "The site checked Jo Kent's claim that there have been "
	    "\"thousands of thefts\" in Salem.", NULL },
	  "thousands of thefts@Jo Kent" },
	{ NULL, { "Tom Roe said Jo Kent's claim that taxes fell is \"simply "
	    "untrue.\"", NULL },
	  "simply untrue.@Tom Roe" },
	{ NULL, { "The court upheld Jo Kent's claim of bias, but said it saw "
	    "no \"rude culture\" at the firm.", NULL },
	  "rude culture@The court" },
	/*
	 * `Acme's pollster, Tom Roe,`: the subject a pronoun stands for is
	 * the name, not the post; but `Roe's company, Acme Farms,` is no
	 * person, and its owner is.
	 */
	{ "Title", { "Bob Acme is rich.", "Acme's pollster, Tom Roe, says "
	    "the money is there.", "\"It will last,\" he says.", NULL },
	  "It will last,@Tom Roe" },
	{ "Title", { "Tom Roe's company, Acme Farms, runs 400 farms.",
	    "\"It is booming,\" he said.", NULL },
	  "It is booming,@Tom Roe" },
	/*
	 * No subject in the words after a quote that leave its sentence
	 * open; but a dash that opens a paragraph is a bullet.
	 */
	{ NULL, { "His friends jeered, \"Ciao!\" - Italian for \"goodbye.\"",
	    NULL },
	  "Ciao!@His friends | goodbye.@His friends" },
	{ NULL, { "- Singles may have one person to their home as part of a "
	    "\"social bubble\" for now.", NULL },
	  "social bubble@Singles" },
	/* A description and its verb that end the sentence, after `and`. */
	{ NULL, { "Jo Kent has been \"wrongly held\" by Salem since May, "
	    "and should be freed, the rights group says.", NULL },
	  "wrongly held@the rights group" },
	/*
	 * A description ends before a verb that helps another, a verb in
	 * the past that ends its clause, and a word of time.
	 */
	{ NULL, { "The late night host wisecracked, \"Germs burn off.\"",
	    "The MP for Salem tonight apologised for it, calling it a "
	    "\"mistake\".", "The driver can be heard saying: \"Stop!\"",
	    NULL },
	  "Germs burn off.@The late night host | mistake@The MP for Salem | "
	  "Stop!@The driver" },
	/*
	 * The verbs of posts and letters: `penned`, `exhorted`; and a post
	 * `captioned` is its poster's.
	 */
	{ NULL, { "On Twitter, one fan penned: \"Best show ever.\"", "\"It is "
	    "time,\" exhorted the host, Jo Kent.", "Ann Lee posted a short "
	    "video captioned: \"Tired again.\"", NULL },
	  "Best show ever.@one fan | It is time,@Jo Kent | "
	  "Tired again.@Ann Lee" },
	/* `Texas-born` is where, no name; `Jo Kent captioned` a verb. */
	{ NULL, { "Texas-born Jo Kent is to wed.", "\"So happy,\" Kent "
	    "said.", "Sweet: Ann Lee captioned the post: \"We love it so "
	    "much.\"", NULL },
	  "So happy,@Jo Kent | We love it so much.@Ann Lee" },
	/*
	 * A name after a party label set off by commas names the post
	 * before it; `with sources saying`; `after receiving reports`.
	 */
	{ NULL, { "The state's attorney general, Democrat Jo Kent, said it "
	    "was \"outrageous\".", "It cut the plan, with sources saying it "
	    "was \"not the time\".", "Police were called to Tom Roe's home "
	    "after receiving reports of \"a loud party\".", NULL },
	  "outrageous@Jo Kent | not the time@sources | a loud party@Police" },
	/* A sentence that ends in an abbreviation ends a name there too. */
	{ NULL, { "Sources tell the FT. But Acme told us the reports were "
	    "\"speculation\".", NULL },
	  "speculation@Acme" },
	/*
	 * A name in running text and a long dash just before the quote;
	 * not a name after `the`.
	 */
	{ NULL, { "Many said so, including the mayor Jo Kent -- \"It is "
	    "wrong to hide them\" -- and others.", "Two aides confirmed it "
	    "to the Salem Star \xe2\x80\x93 \"all of it.\"", NULL },
	  "It is wrong to hide them@Jo Kent | all of it.@Two aides" },
	/*
	 * A pronoun that no one fits is written as it is, for a quote
	 * whose tag comes after the next one too.
	 */
	{ NULL, { "Tom Roe left. The year will be an \"awful mess\" for "
	    "Acme, \"but it will pass,\" she said.", NULL },
	  "awful mess@she | but it will pass,@she" },
	/* `he` or `she` is no body, people, or thing of a name's. */
	{ NULL, { "Kent came to Salem. \"Walls are bad,\" the Mexican "
	    "government said.", "\"We will not pay,\" he said.", NULL },
	  "Walls are bad,@the Mexican government | We will not pay,@Kent" },
	{ NULL, { "Ann Lee spoke. \"Not now,\" Roe's campaign aides said.",
	    "\"No,\" she said.", NULL },
	  "Not now,@Roe's campaign aides | No,@Ann Lee" },
	/* An -ing verb's subject is the main clause's, after `When ...,` */
	{ NULL, { "When Kent died, President Tom Roe led the tributes, saying "
	    "he \"had a deep influence.\"", NULL },
	  "had a deep influence.@Tom Roe" },
	/* `a spokesperson for the Foreign Office` speaks, not the office */
	{ NULL, { "A spokesperson for the Home Office reiterated that it was "
	    "\"not true\".", NULL },
	  "not true@A spokesperson for the Home Office" },
	/*
	 * A name and a long description set off after it, joined by `and`,
	 * before the verb; but `and said` after a name is a clause.
	 */
	{ NULL, { "\"These tests work,\" Jo Kent, a fellow at the Max Planck "
	    "Institute for Physics in Munich, Germany, and co-author of the "
	    "study, said in a statement.", "Her aide denied Roe had ever "
	    "\"attacked\" Kent, and said he \"is a friend.\"", NULL },
	  "These tests work,@Jo Kent | attacked@Her aide | "
	  "is a friend.@Her aide" },
	/*
	 * `it said`: the last speaker when a body or a writing, or a body
	 * that a sentence before has for subject; else `it`.
	 */
	{ NULL, { "\"Profits will rise,\" the company said. \"We are sure,\" "
	    "it said.", "The committee met on Friday. \"No deal,\" it said.",
	    NULL },
	  "Profits will rise,@the company | We are sure,@the company | "
	  "No deal,@The committee" },
	{ NULL, { "Jo Kent left. \"All is well,\" it added.", NULL },
	  "All is well,@it" },
	/*
	 * or a firm's name the sentence before has for subject: one word,
	 * no first name, no full name's; not `Oil prices`, `Critics`.
	 */
	{ NULL, { "Acmeco said its results would be late. \"We regret it,\" "
	    "it said.", NULL },
	  "We regret it,@Acmeco" },
	{ NULL, { "Oil prices rose again. \"Demand is weak,\" it said.",
	    NULL },
	  "Demand is weak,@it" },
	/* `said Tuesday in Paris, noting`: who said, over a time and place */
	{ NULL, { "Roe's \"plans\" are sickening, Jo Kent said Tuesday in "
	    "Paris, noting the nominee \"makes you want to retch.\"", NULL },
	  "plans@Jo Kent | makes you want to retch.@Jo Kent" },
	/*
	 * A description ends before a verb in the past and its object; not
	 * before `issued by`, nor inside `the newly elected mayor`.
	 */
	{ NULL, { "The party chairman attacked Roe's new pledges, saying they "
	    "were \"a con\".", "The newly elected mayor called it \"a "
	    "mess\".", NULL },
	  "a con@The party chairman | a mess@The newly elected mayor" },
	/*
	 * A post of two words or more that no list has, before a first
	 * name; not a middle name, nor a body's name.
	 */
	{ NULL, { "\"Rates will stay low,\" Salem Central Bank Mario Roe "
	    "said.", "\"Fine,\" Norbert Leo Kent said.", NULL },
	  "Rates will stay low,@Mario Roe | Fine,@Norbert Leo Kent" },
	/* `advisor`, as US copy spells it, is a post as `adviser` is */
	{ NULL, { "Security Advisor Tom Roe met them. \"Yes,\" the advisor "
	    "said.", NULL },
	  "Yes,@Tom Roe" },
	/* Where a description spoke is no part of who. */
	{ NULL, { "The reality star in her caption wrote: \"Best day ever.\"",
	    "The group on Twitter said: \"We regret it.\"", NULL },
	  "Best day ever.@The reality star | We regret it.@The group" },
	/* A verb in the present before `no` or `up` ends a description. */
	{ NULL, { "The crib sheet makes no attempt to hide the \"override\" "
	    "plan.", NULL },
	  "override@The crib sheet" },
	/* A headline's name before a colon runs up to its verb. */
	{ "Jo Kent Endorses Tom Roe: I Am \xe2\x80\x98Thrilled\xe2\x80\x99",
	    { "Nothing here.", NULL },
	  "Thrilled@Jo Kent" },
	/*
	 * A quote in an opening clause with a verb of speech of its own is
	 * that verb's, not the main clause's; but `When asked` has none.
	 */
	{ NULL, { "After Kent said students might do better at \"other "
	    "schools,\" Roe said he was shocked.", "When asked if it was "
	    "\"a mess,\" Roe said no.", NULL },
	  "other schools,@Kent | a mess,@Roe" },
	/* `As Jo Kent puts it,`: whose words they are. */
	{ NULL, { "As The Post's Jo Kent puts it, Roe is making them \"an offer "
	    "they can't refuse.\"", NULL },
	  "an offer they can't refuse.@Jo Kent" },
	/*
	 * `Black voters, he said, can "..."`: the pronoun of the parenthesis
	 * speaks, not the subject before it; a description drops a `while`
	 * at its end.
	 */
	{ NULL, { "Tom Roe spoke of inflation.", "Inflation, he said, is "
	    "\"a problem.\"", "\"We voted,\" said the former mayor while "
	    "presenting the report.", NULL },
	  "a problem.@Tom Roe | We voted,@the former mayor" },
	/* `she was told "..."`: not she, but who told. */
	{ NULL, { "A contestant, who asked not to be named, told us she was "
	    "told she would have \"no chance\" of a role.", NULL },
	  "no chance@A contestant" },
	/*
	 * `Chief of Staff Ann Walsh`: a post of two titles joined by `of`
	 * runs on to the name, in a tag before or after the quote.
	 */
	{ NULL, { "That, Acme Chief of Staff Ann Walsh explained, is the "
	    "plan.", "\"We have a head start,\" she said.", NULL },
	  "We have a head start,@Ann Walsh" },
	{ NULL, { "\"We win,\" Chief of Staff Ann Walsh said.", NULL },
	  "We win,@Ann Walsh" },
	/*
	 * `Somewhere in there, he tossed in`: words before a comma and a
	 * pronoun open the sentence; the pronoun is its subject.
	 */
	{ NULL, { "\"We won,\" said Tom Kent.", "Later Kent met Ann Roe. "
	    "Somewhere in there, he tossed in a \"fraud\" remark.", NULL },
	  "We won,@Tom Kent | fraud@Tom Kent" },
	/*
	 * `And campaign Chairman Jo Pode offered`: the words in lower case
	 * before a title and a name describe the subject.
	 */
	{ NULL, { "\"We won,\" said Ann Roe.", "And campaign Chairman Tom "
	    "Pode offered a slogan.", "\"She will fight,\" he said.", NULL },
	  "We won,@Ann Roe | She will fight,@Tom Pode" },
	/*
	 * A pronoun that tags a quote after another quote of its sentence
	 * is not the subject before that quote (`Kent's support means
	 * "...," she says, "..."`).
	 */
	{ NULL, { "Tom Kent ran.", "\"I am not sure,\" says Ann Acs, a "
	    "student. Kent's support nationwide means \"he must be doing "
	    "something right,\" she says, \"but I will not vote.\"", NULL },
	  "I am not sure,@Ann Acs | he must be doing something right,@Ann "
	  "Acs | but I will not vote.@Ann Acs" },
	/* `said Acme's deputy campaign manager, Tom Roe,`: the name. */
	{ NULL, { "\"We are ready,\" said Acme's deputy campaign manager, "
	    "Tom Roe, who ran the last one.", NULL },
	  "We are ready,@Tom Roe" },
	/*
	 * `--` is one dash: `Jo Kent -- a rival -- said`; and a name set
	 * off by dashes after a description is the speaker, not a list of
	 * names.
	 */
	{ NULL, { "Jon Main -- a former candidate -- said the plan \"offered "
	    "nothing.\"", NULL },
	  "offered nothing.@Jon Main" },
	{ NULL, { "\"We ran,\" said Tom Kent.", "A former candidate -- Jon "
	    "Main, who lost in May -- said the plan \"offered nothing.\"",
	    NULL },
	  "We ran,@Tom Kent | offered nothing.@Jon Main" },
	{ NULL, { "\"We ran,\" said Tom Kent.", "The leaders of the bloc -- "
	    "Brazil, Peru and Chile -- said they \"agreed to pay.\"", NULL },
	  "We ran,@Tom Kent | agreed to pay.@The leaders of the bloc" },
	/* `he` is no word in capitals alone: `BLS`, a body. */
	{ NULL, { "\"We will see,\" Tom Hall said of the data. BLS -- the "
	    "statistics arm of the department -- said payrolls fell. \"It "
	    "is job loss,\" he said.", NULL },
	  "We will see,@Tom Hall | It is job loss,@Tom Hall" },
	/*
	 * `Before Kent's turn in the video,`: a thing of a name in an
	 * opening phrase is no subject; but `If Kent's wobbly`: Kent is.
	 */
	{ NULL, { "\"We ran,\" said Tom Kent.", "Before Kent's turn in the "
	    "video, the cleric Ali Awl is shown lecturing: \"Take heed.\"",
	    NULL },
	  "We ran,@Tom Kent | Take heed.@Ali Awl" },
	{ NULL, { "\"We ran,\" said Tom Roe.", "If Ann Kent's wobbly on "
	    "trade, she's Roe's equal on jobs.", "She wants a \"trade "
	    "prosecutor\" in the cabinet.", NULL },
	  "We ran,@Tom Roe | trade prosecutor@Ann Kent" },
	/*
	 * A verb of naming in the passive, then `by`: by whom (`has been
	 * called "..." by Jo Vale`), though the quote is short and `called`
	 * comes before it; not `a film called "..." by Jo Vale`.
	 */
	{ NULL, { "\"We ran,\" said Tom Kent.", "The plan has been called "
	    "\"a quiet coup\" by Jo Vale, a professor at Salem.", NULL },
	  "We ran,@Tom Kent | a quiet coup@Jo Vale" },
	{ NULL, { "The tax, called \"a sham\" by critics, passed. It was "
	    "widely described as \"a grab\" by rivals.", NULL },
	  "a sham@critics | a grab@rivals" },
	{ NULL, { "A film called \"Dark Days\" by Jo Vale opens today.",
	    NULL },
	  "~Dark Days" },
	/*
	 * A description stops at a verb in the present (`seeks to`, `runs
	 * more than`), at one in the past (`caught`), and, read back from
	 * a verb of speech, at an auxiliary (`the bank was aware of reports
	 * suggesting`).
	 */
	{ NULL, { "The draft bill seeks to protect \"kept animals\" from "
	    "harm.", NULL },
	  "kept animals@The draft bill" },
	{ NULL, { "A bystander caught the man's row with two officers on "
	    "camera, shouting \"Go away\" at them.", NULL },
	  "Go away@A bystander" },
	{ NULL, { "\"Sales are up,\" said Tom Lynn, the chief executive. "
	    "Yet Evan Mann, an analyst at Acme, said Mr Lynn's job would "
	    "not be easy, as the bankruptcy would surely put off buyers. \"The "
	    "big issue is cash,\" he said.", NULL },
	  "Sales are up,@Tom Lynn | The big issue is cash,@Evan Mann" },
	/* `People` is a group, not `she`. */
	{ NULL, { "\"We won,\" said Tom Roe.", "People fell out of their "
	    "chairs after Ann Kent revealed the news.", "\"Men, you will not "
	    "cease to exist,\" she wrote.", NULL },
	  "We won,@Tom Roe | Men, you will not cease to exist,@Ann Kent" },
	/* `when Jo Kent in his speech called`: where, after the name. */
	{ NULL, { "\"We ran,\" said Tom Roe.", "The break came when Jo Kent "
	    "in his speech called the rivals \"losers\" and left.", NULL },
	  "We ran,@Tom Roe | losers@Jo Kent" },
	/* A headline's first verb: `Calls`, not `Remarks` after it. */
	{ "Kent Calls Remarks 'Troubling'", { "Jo Kent spoke on Monday.",
	    NULL },
	  "Troubling@Jo Kent" },
	/*
	 * A description read back from its verb stops at a word that opens
	 * a clause (`That is why critics say`, `when people asked`).
	 */
	{ NULL, { "That is why critics say he had tried to \"dismantle\" the "
	    "law.", "\"We won,\" said Tom Roe. It was hard to answer when "
	    "people asked \"What have you done?\"", NULL },
	  "dismantle@critics | We won,@Tom Roe | What have you done?@people" },
	/* `Kent's suggestion that`, as `Kent's claim that`: Kent's words. */
	{ NULL, { "Tom Roe was thrown by Jo Kent's suggestion that drunks "
	    "should be \"left to die\" in the street.", NULL },
	  "left to die@Jo Kent" },
	/*
	 * An -ing verb of speech takes the subject of the main clause,
	 * though the clause of `after` does not open the sentence.
	 */
	{ NULL, { "In June, after Ann Roe fell ill, Tom Axel wrote to her, "
	    "telling her, \"you are a star!\"", NULL },
	  "you are a star!@Tom Axel" },
	/* `of Ben Cole privately saying`: an adverb before the verb. */
	{ NULL, { "\"We won,\" said Tom Roe.", "What do you make of Ben Cole "
	    "privately saying \"pray for him\" after that?", NULL },
	  "We won,@Tom Roe | pray for him@Ben Cole" },
	/* `and since then Ben Carr has`: the subject after the adverbs. */
	{ NULL, { "\"We won,\" said Tom Kase.", "But that was last fall, and "
	    "since then Ben Carr has seen his poll ratings fall.", "\"I am "
	    "still here,\" he said.", NULL },
	  "We won,@Tom Kase | I am still here,@Ben Carr" },
	/*
	 * A full name before `'s` is the article's first of its surname
	 * (`Ann Kent's health`), and `Kent` is she, not the Bob Kent after;
	 * a first name finds its full name among the later ones too.
	 */
	{ NULL, { "Ann Kent's health is fine, her doctor says.", "Dr. Lee "
	    "worked for Bob Kent. \"It was a clot,\" Kent said.", NULL },
	  "It was a clot,@Ann Kent" },
	{ NULL, { "Joe Bid's son was there.", "Naomi Bid spoke later. \"I "
	    "love him,\" Naomi said.", NULL },
	  "I love him,@Naomi Bid" },
	/* `In her book, Living Days, Ann Kent noted`: not the title. */
	{ NULL, { "\"We won,\" said Tom Roe.", "In her 2003 book, Living "
	    "Days, Ann Kent noted the clot.", "After saying her foot was "
	    "\"so swollen,\" she was \"rushed off\" to a hospital.", NULL },
	  "We won,@Tom Roe | so swollen,@Ann Kent | rushed off@Ann Kent" },
	/* A name that ends in `Capital`, `Police`, `Authority` is `it`. */
	{ NULL, { "Roe Capital said it was \"pleased.\" \"This is a simple "
	    "case,\" it said.", "Salem Police said: \"We sealed off the "
	    "road.\" \"We are on it,\" it added.", NULL },
	  "pleased.@Roe Capital | This is a simple case,@Roe Capital | "
	  "We sealed off the road.@Salem Police | We are on it,@Salem Police" },
	/* `The company's shares fell after it said`: it is the company. */
	{ NULL, { "The company's shares fell after it said it had \"run out "
	    "of cash.\"", NULL },
	  "run out of cash.@The company" },
	/*
	 * A verb just before the next quote introduces it, and is no tag
	 * of the quote before (`"..." It is a view shared by Roe, who says
	 * "..."`); and `thinks` after a clause is an inverted verb of speech.
	 */
	{ NULL, { "Tom Ferg is sure. \"We have a chance,\" he declared. \"We "
	    "must win.\" It is a view shared by Wayne Roon, who says \"we "
	    "can win\".", NULL },
	  "We have a chance,@Tom Ferg | We must win.@Tom Ferg | "
	  "we can win@Wayne Roon" },
	{ NULL, { "The shares will grow, thinks Paolo Pesca, an analyst. "
	    "\"The key is chat,\" he said.", NULL },
	  "The key is chat,@Paolo Pesca" },
	/* `"..." now that it thinks`: a clause after the quote, no tag. */
	{ NULL, { "Minister Ann Lag said the group must face \"all the "
	    "consequences\" now that it thinks it was tricked.", NULL },
	  "all the consequences@Ann Lag" },
	/*
	 * Police ranks are posts, left out of the name; and a name set off
	 * by commas after a post in capitals is the speaker.
	 */
	{ NULL, { "\"We are on it,\" said Det Supt Ann Lee.", "The head of "
	    "the unit, Acting Chief Superintendent, Mick Deats, said: \"It "
	    "ends here.\"", "\"Stay away,\" said Inspector Tom Gee.", NULL },
	  "We are on it,@Ann Lee | It ends here.@Mick Deats | "
	  "Stay away,@Tom Gee" },
	/*
	 * A capitalised word that opens a sentence before a first name
	 * describes the person (`Pensioner Harry Hart`); inside one, a
	 * middle name stays (`said Norbert Leo Butz`).
	 */
	{ NULL, { "Pensioner Harry Hart, 70, said: \"It is too dear.\"",
	    "\"We sang,\" said Norbert Leo Butz.", "\"It is late,\" said "
	    "Chancellor of the Exchequer Nigel Lamb.", NULL },
	  "It is too dear.@Harry Hart | We sang,@Norbert Leo Butz | "
	  "It is late,@Nigel Lamb" },
	/* `in Forbes' words,`, `in the words of an aide,`: whose words. */
	{ NULL, { "It met in Salem because, in Forbes' words, \"it is the "
	    "best place.\" She was, in the words of a senior aide, \"the "
	    "torchbearer\" of his legacy.", NULL },
	  "it is the best place.@Forbes | the torchbearer@a senior aide" },
	/* `Bernie Sanders' campaign called`: a possessive in `s'`. */
	{ NULL, { "Bernie Sanders' campaign called the report a \"rush to "
	    "judgment,\" and more.", NULL },
	  "rush to judgment,@Bernie Sanders' campaign" },
	/*
	 * `"...," Jo Marsh, Acme's chief officer told`: the name before
	 * the description, not the post; but `Acme's CEO, Jo Muss, told`:
	 * the name after the post.
	 */
	{ NULL, { "\"It is a nice business,\" Bryan Marsh, Lehman Brothers' "
	    "chief officer told a meeting.", "\"It works,\" Acme's CEO, Jo "
	    "Muss, told the BBC.", "\"It sells,\" Tom Roe, an analyst at "
	    "Nomura said.", NULL },
	  "It is a nice business,@Bryan Marsh | It works,@Jo Muss | "
	  "It sells,@Tom Roe" },
	/*
	 * A description that ends in a first name and a surname is that
	 * person (`the network's spokesman Scott Grogin`); not after a
	 * preposition (`the son of Diana Ross`).
	 */
	{ NULL, { "\"It stays on the air,\" said the network's spokesman Scott "
	    "Grog.", "\"I am in love,\" said the son of Diana Roe.", NULL },
	  "It stays on the air,@Scott Grog | I am in love,@the son of Diana "
	  "Roe" },
	/*
	 * A wire's label in capitals: who speaks, then `ON` and the topic
	 * (`BERN ON RATES:`), or the topic alone, for the last speaker.
	 */
	{ NULL, { "\"We must act,\" said Ben Bern. BERN ON RATES IN U.S. "
	    "OF DEBT: \"They will rise.\" ON JOBS: \"It is slow.\"", "SENATE "
	    "CHAIRMAN Chris Dodd ON THE BILL: \"We are aware.\"", NULL },
	  "We must act,@Ben Bern | They will rise.@Ben Bern | It is slow.@Ben "
	  "Bern | "
	  "We are aware.@Chris Dodd" },
	/*
	 * Chair, Comptroller, Captain and Boss are posts; a name after
	 * `including` is no subject a pronoun may mean.
	 */
	{ NULL, { "\"Rates stay,\" said Comptroller Tom DiNap.", "\"We won,\" "
	    "said Phil Andre. Now he fears it could hurt, after eight players, "
	    "including captain Jason Robb, were away. \"We are in the "
	    "final,\" he added.", NULL },
	  "Rates stay,@Tom DiNap | We won,@Phil Andre | "
	  "We are in the final,@Phil Andre" },
	/*
	 * `A Tory spokeswoman said ... She said:`: a person new to the story,
	 * of the pronoun's sex; but `the actress` is the one named before.
	 */
	{ NULL, { "\"We are sure,\" said Tom Roe.", "A Tory spokeswoman said "
	    "the party kept the rules. She said: \"We obey the law.\"", NULL },
	  "We are sure,@Tom Roe | We obey the law.@A Tory spokeswoman" },
	{ NULL, { "Ann Sara came to the rally.", "\"We won,\" said Tom Roe. "
	    "The actress was not shy. \"I like him,\" she said.", NULL },
	  "We won,@Tom Roe | I like him,@Ann Sara" },
	/* `Wait, it gets better:` names no one. */
	{ NULL, { "\"We won,\" said Tom Roe.", "Wait, it gets better:",
	    "\"By law, the president sets the number.\"", NULL },
	  "We won,@Tom Roe | By law, the president sets the number.@Tom Roe" },
	/*
	 * `it said` after a one-word name that is no first name nor a
	 * surname of the article: a firm's; never a person's.
	 */
	{ NULL, { "\"Profits will rise,\" said Seagate. \"It is sexy,\" it "
	    "said.", "\"We won,\" said Tom Roe. \"It works,\" it said.",
	    NULL },
	  "Profits will rise,@Seagate | It is sexy,@Seagate | "
	  "We won,@Tom Roe | It works,@it" },
	/*
	 * A transcript's paragraph that opens with a name and a colon: its
	 * quotes with no tag are that person's; not `Note:` or `Carey
	 * Tweeted:`.
	 */
	{ NULL, { "\"We will tax them,\" said Ben Sand.", "Luciana Lopa: It "
	    "is odd.", "Lopa: Well, no one is like, \"My pension is a bet.\"",
	    "Note: Jo Kent said it \"was best.\"", NULL },
	  "We will tax them,@Ben Sand | My pension is a bet.@Luciana Lopa | "
	  "was best.@Jo Kent" },
	/*
	 * `Early in the race,` and `Late last week,` open a sentence, but
	 * `says Early` names someone.
	 */
	{ NULL, { "Early in his race, Jo Kent hit Tom Roe, calling him \"a "
	    "failed man.\"", "\"It is a mess,\" says Early.", "Late last "
	    "week, Amy Lee hit him, calling it \"a joke.\"", NULL },
	  "a failed man.@Jo Kent | It is a mess,@Early | a joke.@Amy Lee" },
	/*
	 * `Now Jo Kent, the candidate, is`: the name before its
	 * description; `Amy Lee, whose town, Dover, is`: the name the
	 * clause is about.
	 */
	{ NULL, { "Now Jo Kent, the oddest man in years, is promising \"a big "
	    "show\" for all.", "Amy Lee, whose town, Dover, is near, argues "
	    "that it will \"wreck the place.\"", NULL },
	  "a big show@Jo Kent | wreck the place.@Amy Lee" },
	/*
	 * `76-year-old Mo Blane, founder of ..., endorsed`: the name after
	 * its age; `Sam Solo, a host on the show "The Boss," who ...,
	 * said`: a title in the apposition is no speaker.
	 */
	{ NULL, { "76-year-old Mo Blane, founder of the Lead Institute, YAF "
	    "member in 1960 and member from Ohio, backed Cruz, saying he \"has "
	    "shown his faith.\"", "Sam Solo, a host on Kent's TV show, \"The "
	    "Boss,\" who went on to work with Kent, said his boss was \"always "
	    "kind.\"", NULL },
	  "has shown his faith.@Mo Blane | ~The Boss, | "
	  "always kind.@Sam Solo" },
	/*
	 * `Yahoo News and former TV network anchor Kay Couric`: a word of
	 * the description before the full name; `... to the paper NRC
	 * Handel: "..."`: the colon after an object, not a speaker; but
	 * `an order by Judge Jed Rak: "..."`.
	 */
	{ NULL, { "Yahoo News and former TV network anchor Kay Couric has "
	    "promoted a style, advising them to \"be humble,\" and more.",
	    "Former candidate Jeb Bush broke down what was wrong to the Dutch "
	    "paper NRC Handel: \"He was insensitive.\"", "It is set out in an "
	    "order by Judge Jed Rak: \"two suits and shoes.\"", NULL },
	  "be humble,@Kay Couric | He was insensitive.@Jeb Bush | "
	  "two suits and shoes.@Jed Rak" },
	/*
	 * `Nothing he said "will help," the senator said.`: the short tag
	 * after, though a verb comes before; `the bespectacled, 71-year-old
	 * diplomat said`: one description; not `the aide, however, said`.
	 */
	{ NULL, { "Jo Kent spoke. Nothing the president said \"will calm "
	    "fears,\" the Ohio senator said.", "\"I made it the top goal,\" "
	    "the bespectacled, 71-year-old diplomat said.", "\"We won,\" the "
	    "aide, however, said.", NULL },
	  "will calm fears,@the Ohio senator | I made it the top goal,@the "
	  "bespectacled, 71-year-old diplomat | We won,@the aide" },
	/*
	 * A surname that is also a post (`Craig White`, `Jim Press`) after
	 * a first name is indexed; `the White House` is no one's name.
	 */
	{ NULL, { "Jim Press told reporters in Salem. \"We are under attack,\" "
	    "Press said.", "The White House spoke. \"No,\" the press secretary "
	    "said. \"We go,\" said White.", "Craig White told Reuters it was "
	    "good. \"The value is the best,\" White said.", NULL },
	  "We are under attack,@Jim Press | No,@the press secretary | "
	  "We go,@Craig White | The value is the best,@Craig White" },
};

/* Not speech: scare quotes, names and titles. */
static const struct qcase scare_cases[] = {
	/* A transcript's note in brackets ends the quote before it. */
	{ NULL, { "\"KENT: We will see.", "\"(CROSSTALK.)",
	    "\"KENT: If I may.", NULL },
	  "KENT: We will see.@KENT | ~(CROSSTALK.) | KENT: If I may.@KENT" },
	/* A title after its owner's name, though a speaker follows. */
	{ NULL, { "Speaking on KXT's \"Good Day Today,\" Jo Kent said no.",
	    NULL },
	  "~Good Day Today," },
	{ NULL, { "The so-called \"experts\" disagreed.", NULL },
	  "~experts" },
	{ NULL, { "Talks in the \"Minsk Group\" stalled again.", NULL },
	  "~Minsk Group" },
	{ NULL, { "She appeared on \"Meet the Press\" on Sunday.", NULL },
	  "~Meet the Press" },
	{ NULL, { "He wrote a book titled \"Tomorrow Is Late.\"", NULL },
	  "~Tomorrow Is Late." },
	{ NULL, { "Kim Lee called the deal \"a disaster.\"", NULL },
	  "a disaster.@Kim Lee" },
	/* Small words with no capital are speech; `13th` is a title. */
	{ NULL, { "Kim Lee called it \"a con\" on Monday.", NULL },
	  "a con@Kim Lee" },
	{ NULL, { "Kim Lee reviewed the film \"13th\" on Monday.", NULL },
	  "~13th" },
	/* `called` after a thing names it; after a person, it reports. */
	{ NULL, { "Dan Orr runs a site called \"Vote Early\" now.", NULL },
	  "~Vote Early" },
	{ NULL, { "Dan Orr set up a club, called \"the yard,\" in May.",
	    NULL },
	  "~the yard," },
	{ NULL, { "It was what Ina Bold called \"a sorry mess.\"", NULL },
	  "a sorry mess.@Ina Bold" },
	{ NULL, { "Roe mocked Ina Bold, whom he dubbed \"Lady Tax.\"",
	    NULL },
	  "Lady Tax.@Roe" },
	/* `called "X" by some`: by whom, not the plan so called. */
	{ NULL, { "The plan has been called \"Easy Street\" by some.", NULL },
	  "Easy Street@some" },
	/* `what critics called "X"` reports what they said. */
	{ NULL, { "The bank did what critics called \"a sham\" for years.",
	    NULL },
	  "a sham@critics" },
	/* Capitalised words just after a speech verb are what was said. */
	{ NULL, { "Pat Wynn shouted \"Go Home Now\" at the crowd.", NULL },
	  "Go Home Now@Pat Wynn" },
	/* though not after `told`: that is who was told. */
	{ NULL, { "Pat Wynn told \"Evening News\" that she would stay.",
	    NULL },
	  "~Evening News" },
	/* A capitalised sentence with `I` or `We` in it is speech. */
	{ NULL, { "Asked again, Ito said only \"Neither Do I.\" and left.",
	    NULL },
	  "Neither Do I.@Ito" },
	{ NULL, { "He watched \"Modern Times.\" last night.", NULL },
	  "~Modern Times." },
	/* A quote joined by `and` to one that is speech is speech too. */
	{ NULL, { "Ito calls rivals \"losers\" and \"sad.\"", NULL },
	  "losers@Ito | sad.@Ito" },
	{ NULL, { "She watched \"Modern Times\" and \"Big Daddy\" twice.",
	    NULL },
	  "~Modern Times | ~Big Daddy" },
	/* A short paragraph of its own in single marks is a subheading. */
	{ NULL, { "\"We will win,\" Ito said.", "'A fight to the end.'",
	    "\"It is close,\" Ito added.", NULL },
	  "We will win,@Ito | ~A fight to the end. | It is close,@Ito" },
	/* A cue word as part of a name, or after `called`, is no cue. */
	{ NULL, { "Ito said the remark by Dr. Ana Song \"was out of line.\"",
	    NULL },
	  "was out of line.@Ito" },
	{ NULL, { "Ana Ruiz called the new program \"worse than nothing.\"",
	    NULL },
	  "worse than nothing.@Ana Ruiz" },
	{ NULL, { "Ana Ruiz praised the new program \"Safe Streets.\"", NULL },
	  "~Safe Streets." },
	/* A title may hold `with`; any possessive may own it. */
	{ NULL, { "Ty Marr said on \"Late Night with Ana Ruiz\" he was "
	    "done.", NULL },
	  "~Late Night with Ana Ruiz" },
	{ NULL, { "Ty Marr said on the network's \"Sunday Desk\" that he "
	    "was done.", NULL },
	  "~Sunday Desk" },
	/*
	 * A few words in lower case with no speaker nor subject in their
	 * sentence, before a word that is no joining word: a term that
	 * names a kind of thing; not before `and`, nor with a speaker.
	 */
	{ NULL, { "The \"sex tape\" reference was about a video. The "
	    "\"carried interest\" loophole helps funds.", NULL },
	  "~sex tape | ~carried interest" },
	{ NULL, { "Jo Kent said the deal was \"quite good\" news.", "The "
	    "plan is \"dead on arrival\" and will fail.", NULL },
	  "quite good@Jo Kent | dead on arrival@The plan" },
};

START_TEST(test_scan)
{
	check(&scan_cases[_i]);
}
END_TEST

START_TEST(test_para)
{
	check(&para_cases[_i]);
}
END_TEST

START_TEST(test_speaker)
{
	check(&speaker_cases[_i]);
}
END_TEST

START_TEST(test_scare)
{
	check(&scare_cases[_i]);
}
END_TEST

/* Bounded work: a 10 MB quote and 10 MB of marks finish quickly. */
START_TEST(test_big)
{
	size_t n = 10u << 20, i;
	char *s = malloc(n);
	struct qseg seg = { s, n, 0 };
	struct quote_list ql;

	memset(&ql, 0, sizeof(ql));
	memset(s, 'a', n);
	for (i = 0; i < n; i += 7)
		s[i] = ' ';
	s[0] = '"';
	ck_assert_uint_eq(quote_find(&seg, 1, &ql), 1);
	for (i = 0; i < n; i++)
		s[i] = "\"' a,\xe2\x80\x9c"[i % 8];
	quote_find(&seg, 1, &ql);
	quote_free(&ql);
	free(s);
}
END_TEST

/*
 * First names: each list sorted and found in any case.  A name in both
 * lists would be found as a man's in the women's: they are disjoint.
 */
START_TEST(test_firstnames)
{
	const char *const *v;
	size_t n, i;
	char up[16];
	int g = _i == 0 ? G_MALE : G_FEMALE;

	v = firstname_list(g, &n);
	ck_assert_uint_gt(n, 100);
	for (i = 0; i < n; i++) {
		if (i > 0)
			ck_assert_str_lt(v[i - 1], v[i]);
		ck_assert_int_eq(firstname_sex(v[i], strlen(v[i])), g);
		snprintf(up, sizeof(up), "%s", v[i]);
		up[0] = (char)(up[0] - 'a' + 'A');
		ck_assert_int_eq(firstname_sex(up, strlen(up)), g);
	}
	/* Names both men and women bear, and words, are neither. */
	ck_assert_int_eq(firstname_sex("Kelly", 5), G_NONE);
	ck_assert_int_eq(firstname_sex("Chris", 5), G_NONE);
	ck_assert_int_eq(firstname_sex("Senate", 6), G_NONE);
	ck_assert_int_eq(firstname_sex("Annex", 5), G_NONE);
	ck_assert_int_eq(firstname_sex("Ann", 2), G_NONE);
}
END_TEST

/* Places: found in any case, with a space or an inner period; no name. */
START_TEST(test_places)
{
	ck_assert(place_name("Iowa", 4));
	ck_assert(place_name("NEW YORK", 8));
	ck_assert(place_name("N.H", 3));
	ck_assert(!place_name("N.H.", 4));	/* the caller drops it */
	ck_assert(!place_name("New", 3));
	ck_assert(!place_name("Jo Kent", 7));
	ck_assert(!place_name("Iowan", 5));
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

static Suite *
quote_suite(void)
{
	Suite *s = suite_create("quote");
	TCase *tc;

	tc = tcase_create("scan");
	tcase_add_loop_test(tc, test_scan, 0, N(scan_cases));
	tcase_add_loop_test(tc, test_para, 0, N(para_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("speaker");
	tcase_add_loop_test(tc, test_speaker, 0, N(speaker_cases));
	tcase_add_test(tc, test_places);
	tcase_add_loop_test(tc, test_scare, 0, N(scare_cases));
	tcase_add_loop_test(tc, test_firstnames, 0, 2);
	suite_add_tcase(s, tc);
	tc = tcase_create("bounds");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_big);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(quote_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
