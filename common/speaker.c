/* speaker.c -- attribution: who said each quote the scanner found. */
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "quote.h"
#include "text.h"
#include "util.h"
#include "wordlist.h"

/*
 * The text around a quote is cut into tokens: words (with their inner
 * apostrophes, hyphens and abbreviation periods) and punctuation.  Only a
 * bounded window around each quote is looked at, so the work per quote is
 * bounded whatever the length of the paragraph.
 */
#define WINDOW	300		/* bytes looked at before or after a quote */
#define TAIL	40		/* bytes before a quote looked at first */
#define MAXTOK	256
#define NCW	8		/* words word_seen remembers */
#define NALT	16		/* second full names of a surname kept */
#define TRIES	6		/* sentences looked back for a subject */
#define W_BODY	99		/* a subject wanted for `it`: a body */
#define NO_FLOOR	((size_t)-1)	/* recent_subject() looks back freely */

#define N(a)	(sizeof(a) / sizeof((a)[0]))

enum { T_WORD = 'w', T_COMMA = ',', T_COLON = ':', T_STOP = '.',
    T_QUOTE = 'q', T_DASH = '-', T_OTHER = 'o' };

struct tok {
	size_t		 s, e;
	int		 k;
	int		 sv;	/* is_verb(): 0 unknown, 1 no, 2 yes */
	int		 st;	/* tok_stop(): the same */
	unsigned	 h;	/* tok_in(): the word's hash, 0 unknown */
};

struct toks {
	const char	*text;
	size_t		 len;
	int		 head;		/* a headline: verbs are capitalised */
	struct ctx	*c;		/* its article, or NULL */
	struct tok	 t[MAXTOK];
	size_t		 n;
};

/* A noun phrase naming a speaker: tokens a..b (inclusive) of a list. */
enum { NP_NONE, NP_PRON, NP_NAME, NP_DESC };

struct np {
	int		 type;
	size_t		 a, b;
	size_t		 name;	/* NP_NAME: first token after the titles */
	size_t		 last;	/* NP_NAME: the name's last word */
};

/* The speaker names of one article, for pronouns and surnames. */
struct fullname {
	size_t		 seg, s, e;	/* the full name */
	size_t		 ks, ke;	/* its last word, the key */
	int		 sex;		/* G_*: from `Mr.`, `Ms.` before it */
	int		 age;		/* `Jo Kent, 28,`: 28, or 0 */
};

/* What the article tells of a person: `Mr. Doe` is a man. */

struct toks;
struct ctx;
static size_t	bare_len(const struct toks *, size_t);
static int	apostrophe_end(const struct toks *, size_t);
static int	tok_owner(const struct toks *, size_t);
static int	lone_first(const struct toks *, size_t);

struct ctx {
	const struct qseg	*seg;
	size_t			 nseg;
	struct quote_list	*ql;
	struct fullname		*names;	/* open hash table on the last word */
	size_t			 ncap;
	size_t			 nnames;
	struct fullname		 alt[NALT];	/* others of a surname */
	size_t			 nalt;
	size_t			 indexed;	/* segments indexed so far */
	int			 headsindexed;	/* and the headlines */
	size_t			 lastspk, lastlen;	/* last named speaker */
	size_t			 lastseg, lastpos;	/* and where */
	int			 haslast;
	int			 lastdesc;	/* no name: `the police` */
	int			 lastone;	/* it may be `he` or `she` */
	int			 lastit;	/* it may be `it` */
	size_t			 cwbudget;	/* bytes word_seen reads */
	struct cword {				/* and what it found */
		char		 w[16];
		size_t		 len;
		int		 seen;		/* SEEN_*, of */
		int		 asked;		/* these */
	}			 cw[NCW];
	size_t			 cwnext;
	size_t			 fnbudget;	/* names firstname_lookup may */
	struct toks		*tb, *ta, *tmp;	/* before, after, scratch */
	struct toks		*tsub;		/* an earlier sentence */
	size_t			 sstq;		/* quote sstq - 1 opens a */
	size_t			 sst;		/* sentence at byte sst */
};

static const char *const speech_verbs_w[] = {
	"accused", "accuses", "acknowledge", "acknowledged",
	"acknowledges", "add", "added", "adds", "admit", "admits",
	"admitted", "advised", "affirmed", "affirms", "agreed",
	"agrees", "alleged", "alleges", "announced", "announces",
	"answered", "answers", "argue", "argued", "argues", "ask",
	"asked", "asks", "asserted", "asserts", "assured", "barked",
	"beamed", "began", "begged", "believes", "bellowed", "bemoaned",
	"blared",
	"blasted", "boasted", "boasts", "boomed", "bragged", "branded",
	"called", "calls", "cautioned",
	"cautions", "chanted", "characterized", "charged", "chided",
	"chimed", "chirped", "claimed", "claims", "clarified",
	"commented", "comments", "compared", "complain", "complained",
	"complains", "conceded", "concedes", "concluded", "concludes",
	"confessed", "confesses", "confided", "confirmed", "confirms",
	"contend", "contended", "contends", "continued", "continues",
	"cooed", "countered", "counters", "cracked", "cried",
	"criticised", "criticized", "crowed", "declared", "declares",
	"decried", "demanded", "demands", "demurred", "denied",
	"denies", "denounced", "described", "describes", "disclosed",
	"dismissed", "dubbed", "echoed", "emailed", "emphasised",
	"emphasized", "emphasizes", "enthused", "exclaimed", "exclaims",
	"exhorted", "explain", "explained", "explains", "found",
	"fumed", "fumes", "gloated", "griped", "groaned", "groused",
	"grumbled", "gushed", "hailed", "hinted", "hollered",
	"implored", "informed", "inquired", "insist", "insisted",
	"insists", "interjected", "interrupted", "intoned", "jeered",
	"joked", "jokes", "labeled", "labelled", "lamented", "laments",
	"laughed", "lectured", "likened", "maintain", "maintained",
	"maintains", "marveled", "marvelled", "mocked", "murmured",
	"mused", "muses", "muttered", "narrates", "noted", "notes",
	"observed", "observes", "opined", "penned", "pens",
	"pleaded", "pleads", "pledged", "pointed", "posted", "posts",
	"praised", "predict", "predicted", "predicts", "pressed",
	"proclaimed", "proclaims", "promised", "promises", "protested",
	"purred", "put", "questioned", "quipped", "quips", "quoted",
	"raged", "rambled", "ranted", "raved", "read", "reads",
	"reasoned", "recall", "recalled", "recalls", "recollects",
	"recommended", "recommends", "recounted", "recounts",
	"referred", "refers", "reiterated", "rejoined", "remarked",
	"remarks", "remembered", "remembers", "reminded", "repeated",
	"replied", "replies", "reply", "reported", "reports", "respond",
	"responded", "responds", "retaliated", "retorted", "revealed",
	"reveals",
	"ridiculed", "roared", "ruled", "said", "say", "says",
	"scoffed", "scolded", "screamed", "shouted", "sighed",
	"slammed", "snapped", "snarled", "sneered", "sniffed", "sniped",
	"stated", "states", "stressed", "stresses", "suggest",
	"suggested", "suggests", "summarised", "summarized",
	"summarizes", "taunted", "teased", "tell", "tells", "termed",
	"testified", "texted", "thinks", "thundered", "told", "touted",
	"trilled",
	"tweeted", "tweets", "urge", "urged", "urges",
	"uttered", "vented", "ventured", "volunteered", "vow", "vowed",
	"vows", "wailed", "warn", "warned", "warns", "whined",
	"whispered", "wondered", "write", "writes", "wrote", "yelled"
};
WORDLIST(speech_verbs);

/*
 * -ing forms, and `captioned` (`She posted a photo captioned "..."`):
 * their speaker is the subject of the sentence.
 */
static const char *const speech_ing_w[] = {
	"accusing", "acknowledging", "adding", "admitting", "alleging",
	"announcing", "answering", "arguing", "asking", "blasting",
	"boasting", "calling", "captioned", "captioning", "cautioning",
	"chanting", "charging", "claiming", "complaining", "conceding",
	"crying", "declaring", "demanding", "describing", "emailing",
	"emphasizing", "explaining", "insisting", "joking", "labeling",
	"lamenting", "noting", "pleading", "posting", "praising",
	"predicting", "promising", "quipping", "recalling", "remarking",
	"reminding", "replying", "responding", "saying", "screaming",
	"shouting", "stating", "stressing", "suggesting", "telling",
	"texting", "tweeting", "urging", "vowing", "warning",
	"wondering", "writing", "yelling"
};
WORDLIST(speech_ing);

/* Words between a speaker and the verb: `Smith also said`. */
static const char *const adverbs_w[] = {
	"again", "allegedly", "also", "always", "angrily",
	"apparently", "are", "been", "being", "bluntly", "candidly",
	"correctly", "could", "did", "directly", "do", "does",
	"earlier", "emphatically", "even", "falsely", "famously",
	"finally", "first", "flatly", "frequently", "further", "had",
	"has", "have", "immediately", "initially", "is", "jokingly",
	"just", "later", "loudly", "may", "memorably", "might",
	"never", "not", "now", "often", "once", "only", "openly",
	"pointedly", "previously", "privately", "publicly", "quickly",
	"quietly", "recently", "repeatedly", "reportedly", "rightly",
	"sarcastically", "should", "simply", "subsequently",
	"succinctly", "tersely", "then", "told", "ultimately", "was",
	"were", "will", "would", "wrongly", "wryly"
};
WORDLIST(adverbs);

static const char *const pronouns_w[] = {
	"he", "i", "she", "they", "we"
};
WORDLIST(pronouns);

static const char *const determiners_w[] = {
	"a", "an", "another", "both", "each", "every", "few", "four",
	"her", "his", "its", "many", "most", "my", "one", "other",
	"our", "several", "some", "the", "their", "three", "two", "your"
};
WORDLIST(determiners);

/* Words that speak for part of those asked: `most said`. */
static const char *const quantifiers_w[] = {
	"many", "most", "several", "some",
};
WORDLIST(quantifiers);

/* Nouns that name speakers without a determiner: `officials said`. */
static const char *const roles_w[] = {
	"activists", "administration", "advocates", "aides",
	"analysts", "authorities", "both", "critics", "democrats",
	"economists", "experts", "investigators", "lawmakers",
	"lawyers", "leaders", "many", "members", "neither", "nobody",
	"observers", "officers", "officials", "organizers", "others",
	"parents", "people", "police", "president", "prosecutors",
	"protesters", "republicans", "researchers", "residents",
	"senators", "some", "someone", "sources", "spokesman",
	"spokesperson", "spokeswoman", "supporters", "voters",
	"witnesses"
};
WORDLIST(roles);

/* Verbs that make the next one passive: `was asked`, `being told`. */
static const char *const passives_w[] = {
	"been", "being", "is", "was", "were"
};
WORDLIST(passives);

/* Verbs that help another: `has shared`, `will say`. */
static const char *const auxiliaries_w[] = {
	"are", "can", "cannot", "could", "did", "does", "had", "has",
	"have", "is", "may", "might", "must", "should", "was", "were",
	"will", "would"
};
WORDLIST(auxiliaries);

static const char *const preps_w[] = {
	"at", "for", "from", "in", "of", "on", "to", "with"
};
WORDLIST(preps);

/* Where one speaks: `in her caption`, `in a statement`. */
static const char *const media_w[] = {
	"address", "blog", "caption", "column", "email", "essay",
	"interview", "instagram", "letter", "memo", "note", "podcast",
	"post", "remarks", "report", "speech", "statement", "tweet",
	"twitter", "video"
};
WORDLIST(media);

/* Capitalised words that start sentences, not names. */
static const char *const stopcaps_w[] = {
	"a", "about", "according", "across", "additionally", "after",
	"again", "against", "ahead", "all", "almost", "along",
	"alongside", "already", "also", "although", "always", "amid",
	"among", "an", "and", "another", "any", "anyone", "april",
	"are", "around", "as", "asked", "at", "august", "back",
	"because", "before", "behind", "between", "beyond", "both",
	"but", "by", "can", "check", "come", "consider", "contrast",
	"could", "currently", "days", "dear", "december", "despite",
	"did", "do", "does", "dozens", "drove", "during", "each",
	"earlier", "editor", "eight", "eighteen", "either", "eleven",
	"elsewhere", "embrace", "especially", "even", "ever", "every",
	"everybody", "everyone", "everything", "february", "felt",
	"fifteen", "fifty", "finally", "first", "five", "follow",
	"following", "for", "forget", "forty", "four", "fourteen",
	"friday", "from", "full", "further", "furthermore", "given",
	"going", "good", "has", "have", "he", "hence", "her", "here",
	"herself", "himself", "his", "hours", "how", "however",
	"hundreds", "i", "if", "imagine", "in", "including", "indeed",
	"inside", "instead", "is", "it", "its", "january", "july",
	"june", "just", "last", "later", "less", "let", "like",
	"likewise", "listen", "look", "loves", "many", "march", "may",
	"maybe", "meanwhile", "minutes", "moments", "monday", "months",
	"more", "moreover", "most", "much", "multiple", "my", "nearly",
	"neither", "nevertheless", "next", "nine", "nineteen", "no",
	"nobody", "none", "nonetheless", "nor", "not", "notably",
	"nothing", "november", "now", "october", "of", "often", "oh",
	"ok", "okay", "on", "once", "one", "only", "or", "other",
	"others", "otherwise", "our", "outside", "over", "overall",
	"particularly", "perhaps", "photo", "please", "plus",
	"previously", "put", "rather", "read", "recently", "regarding",
	"related", "remember", "restore", "said", "saturday", "says",
	"scroll", "second", "separately", "september", "seven",
	"seventeen", "she", "should", "similarly", "since", "six",
	"sixteen", "so", "some", "somebody", "someone", "something",
	"sometimes", "soon", "sooner", "speaking", "specifically",
	"still", "subscribe", "such", "sunday", "sure", "take", "ten",
	"thank", "thanks", "that", "the", "their", "themselves", "then",
	"there", "these", "they", "things", "third", "thirteen",
	"thirty", "this", "those", "though", "thousands", "three",
	"through", "throughout", "thursday", "thus", "time", "to",
	"today", "tomorrow", "tonight", "toward", "towards", "tuesday",
	"twelve", "twenty", "twice", "two", "uh", "ultimately", "under",
	"unless", "unlike", "until", "update", "upon", "video", "wait",
	"was", "watch", "we", "wednesday", "weeks", "well", "were", "what",
	"whatever", "when", "whenever", "where", "wherever", "whether",
	"while", "who", "whoever", "why", "with", "within", "without",
	"would", "yeah", "years", "yes", "yesterday", "yet", "you",
	"your"
};
WORDLIST(stopcaps);

/* Titles before a name: dropped from the speaker. */
static const char *const titles_w[] = {
	"acting", "adm", "adviser", "advisor", "agent", "ambassador",
	"anchor",
	"archbishop", "assemblyman", "assemblywoman", "attorney",
	"billionaire", "bishop", "boss", "brig", "brother", "businessman",
	"candidate", "capt", "captain", "cardinal", "ceo", "chair",
	"chairman",
	"chairperson", "chairwoman", "chancellor", "chief", "cmdr",
	"coach", "col", "commander", "commentator", "commissioner",
	"comptroller",
	"congressman", "congresswoman", "constable", "councilman",
	"councilwoman", "cpl",
	"delegate", "democrat", "democratic", "deputy", "detective",
	"director", "dr", "exchequer", "executive", "father", "federal",
	"foreign",
	"former", "gen", "general", "gop", "gov", "governor", "hon",
	"host", "house", "imam", "inspector", "judge", "justice", "king",
	"lady",
	"leader", "lord", "lt", "maj", "majority", "mayor", "mep",
	"minister", "minority", "miss", "mla", "mp", "mps", "mr", "mrs",
	"ms", "msp", "nominee", "observer", "officer", "pastor", "pm",
	"pope", "president", "president-elect", "presidential", "press",
	"prime", "prince", "producer", "prof", "professor", "pvt", "queen",
	"rabbi",
	"rep", "representative", "reps", "republican", "rev",
	"secretary", "sen", "senate", "senator", "sens", "sergeant", "sgt",
	"sheikh", "sheriff", "sir", "sister", "speaker", "staff", "state",
	"superintendent", "supt", "treasurer", "u.s",
	"vice", "vice-chair", "vice-chairman", "vice-president", "white"
};
WORDLIST(titles);

/* Who a person's own may be: `Doe's wife`, `Doe's spokesman`. */
static const char *const kin_w[] = {
	"adviser", "advisor", "aide", "boss", "brother", "daughter",
	"deputy", "envoy", "father", "friend", "husband", "lawyer",
	"manager", "mother", "pollster", "sister", "son", "spokesman",
	"spokesperson", "spokeswoman", "strategist", "widow", "wife"
};
WORDLIST(kin);

/* Posts that a title names and `the minister` refers back to. */
static const char *const posts_w[] = {
	"adviser", "advisor", "ambassador", "chairman", "chairwoman",
	"chancellor",
	"commissioner", "congressman", "congresswoman", "director", "gov",
	"governor", "judge", "king", "mayor", "minister", "pope", "premier",
	"president", "prince", "queen", "rep", "secretary", "sen", "senator",
	"sheriff", "speaker"
};
WORDLIST(posts);

/* Tokenising. */

static int
tok_isword(const char *s, size_t n, size_t i)
{
	return i < n && (txt_isalnum(s[i]) || txt_isletter_at(s, n, i));
}

/* The end of the word at s[i]: letters, digits, and inner ' ’ . - & */
/*
 * `the nation.Tarique said`: a period between a word in lower case and a
 * capitalised one ends a sentence whose space was lost, unlike `U.S.` or
 * `e.g.`.
 */
static int
missing_space(const char *s, size_t n, size_t i)
{
	return i > 0 && i + 2 < n && txt_islower(s[i - 1]) &&
	    txt_isupper(s[i + 1]) && txt_islower(s[i + 2]);
}

static size_t
word_end(const char *s, size_t n, size_t i)
{
	size_t k;

	for (;;) {
		i += txt_word_len(s, n, i);
		if (i >= n)
			return i;
		k = 0;
		if (s[i] == '\'' || s[i] == '-' || s[i] == '&' ||
		    (s[i] == '.' && !missing_space(s, n, i)))
			k = 1;
		else if ((unsigned char)s[i] == 0xe2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99)
			k = 3;
		if (k == 0 || !tok_isword(s, n, i + k)) {
			/* Keep the period of `Mr.`, `J.` and `U.S.`. */
			if (s[i] == '.' && txt_is_abbrev(s, n, i))
				i++;
			return i;
		}
		i += k;
	}
}

/* An apostrophe at s[i] that ends a word: followed by a space. */
static size_t
apostrophe_at(const char *s, size_t n, size_t i)
{
	size_t k = 0;

	if (i < n && s[i] == '\'')
		k = 1;
	else if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
		k = 3;
	if (k == 0 || i + k >= n || txt_space_at(s, n, i + k) == 0)
		return 0;
	return k;
}

/*
 * `Henry "Hank" Johnson`: does the mark at s[a] open a nickname, one or
 * two capitalised words in quotation marks between two capitalised words,
 * the last of a name, the first not in capitals (`EURO BONDS "POINTLESS"
 * Merkel` is a wire's headline)?  Returns the end of its closing mark, or
 * 0.
 */
static size_t
nickname_at(const char *s, size_t n, size_t a)
{
	size_t i, k, w;

	if (a < 3 || s[a - 1] != ' ' || !txt_islower(s[a - 2]) ||
	    (k = quote_mark_at(s, n, a)) == 0)
		return 0;
	for (i = a - 2; i > 0 && txt_isalpha(s[i - 1]); i--)
		;
	if (!txt_isupper(s[i]))
		return 0;
	for (i = a + k, w = 0; w < 2; w++) {
		if (i >= n || !txt_isupper(s[i]))
			return 0;
		i = word_end(s, n, i);
		if (w > 0 || i + 1 >= n || s[i] != ' ' ||
		    !txt_isupper(s[i + 1]))
			break;
		i++;
	}
	if ((k = quote_mark_at(s, n, i)) == 0)
		return 0;
	i += k;
	if (i + 1 >= n || s[i] != ' ' || !txt_isupper(s[i + 1]))
		return 0;
	/* and the surname is the name's last word: not a headline's */
	k = word_end(s, n, i + 1);
	k += txt_space_at(s, n, k);
	return k >= n || !txt_isupper(s[k]) ? i : 0;
}

static void
tokenize_max(struct toks *tk, const char *s, size_t n, size_t a, size_t b,
    size_t max)
{
	struct tok *t;
	size_t k, nick;
	unsigned char c;

	tk->text = s;
	tk->len = n;
	tk->n = 0;
	tk->head = 0;
	while (a < b && tk->n < max) {
		if ((k = txt_space_at(s, b, a)) != 0) {
			a += k;
			continue;
		}
		t = &tk->t[tk->n++];
		t->s = a;
		c = (unsigned char)s[a];
		if (tok_isword(s, b, a)) {
			t->k = T_WORD;
			a = word_end(s, b, a);
			/* `Sanders' aide`: a possessive, not a closing mark. */
			if (s[a - 1] == 's' &&
			    (k = apostrophe_at(s, b, a)) != 0)
				a += k;
		} else if ((k = quote_mark_at(s, b, a)) != 0) {
			/* `Henry "Hank" Johnson`: one name, read as such. */
			if ((nick = nickname_at(s, b, a)) != 0) {
				tk->n--;
				a = nick;
				continue;
			}
			t->k = T_QUOTE;
			a += k;
		} else {
			t->k = c == ',' ? T_COMMA : c == ':' ? T_COLON :
			    c == '.' || c == '!' || c == '?' || c == ';' ?
			    T_STOP : c == '-' ? T_DASH : T_OTHER;
			if (c >= 0x80)
				(void)txt_utf8(s, b, a, &k);
			else	/* `--`, a dash typed as two hyphens, is one */
				for (k = 1; c == '-' && a + k < b &&
				    s[a + k] == '-'; k++)
					;
			/* En dash, em dash, and the quotation dash `―`. */
			if (c == 0xe2 && a + 2 < b && (unsigned char)s[a + 1] ==
			    0x80 && (unsigned char)s[a + 2] >= 0x93 &&
			    (unsigned char)s[a + 2] <= 0x95)
				t->k = T_DASH;
			if (c == 0xe2 && a + 2 < b && (unsigned char)s[a + 1] ==
			    0x80 && (unsigned char)s[a + 2] == 0xa6)
				t->k = T_STOP;
			a += k;
		}
		t->e = a;
		t->sv = t->st = 0;
		t->h = 0;
	}
}

static void
tokenize(struct toks *tk, const char *s, size_t n, size_t a, size_t b)
{
	tokenize_max(tk, s, n, a, b, MAXTOK);
}

/* Token tests. */

/* tok_is(tk, i, "word"): is token i that word?  The length is known. */
#define tok_is(tk, i, w)	tok_isn((tk), (i), (w), sizeof(w) - 1)

static int
tok_isn(const struct toks *tk, size_t i, const char *w, size_t l)
{
	const struct tok *t = &tk->t[i];

	return i < tk->n && t->k == T_WORD && t->e - t->s == l &&
	    txt_ncaseeq(tk->text + t->s, w, l);
}

/*
 * tok_in: is token i a word of the list?  The token keeps its word's
 * hash for the other lists it is looked up in.
 */
static int
tok_in(const struct toks *tk, size_t i, const struct wordlist *list)
{
	struct tok *t;
	size_t l;

	if (i >= tk->n || tk->t[i].k != T_WORD)
		return 0;
	t = (struct tok *)&tk->t[i];
	l = t->e - t->s;
	if (l > 1 && tk->text[t->e - 1] == '.')
		l--;			/* `Sen.` is `sen` */
	return wl_has_hashed(list, tk->text + t->s, l, &t->h);
}

static int	tok_cap(const struct toks *, size_t);
static int	is_verb(const struct toks *, size_t);

/*
 * A capitalised word that names no one: a sentence's first word from
 * the list, a contraction (`I'm`, `We'll`), or a participle or adverb
 * (`Growing`, `Pressed`, `Shortly`) of some length.
 */
static int	tok_stop1(const struct toks *, size_t);
static int	tok_possessive(const struct toks *, size_t);

/*
 * tok_stop1(), or lone_first(), asked many times of a token: the answer
 * is kept in it, 3 for a lone_first() word.
 */
static int
tok_stop(const struct toks *tk, size_t i)
{
	struct tok *t;

	if (i >= tk->n || tk->t[i].k != T_WORD)
		return 0;
	t = (struct tok *)&tk->t[i];
	if (t->st == 0)
		t->st = tok_stop1(tk, i) ? 2 : lone_first(tk, i) ? 3 : 1;
	return t->st >= 2;
}

/* Does token i open a description as `the` would (`Legal observers`)? */
static int
tok_lone(const struct toks *tk, size_t i)
{
	return tok_stop(tk, i) && tk->t[i].st == 3;
}

/* Does token i, of min bytes or more, end in suf? */
static int
tok_ends(const struct toks *tk, size_t i, const char *suf, size_t min)
{
	size_t l = tk->t[i].e - tk->t[i].s, sl = strlen(suf);

	return l >= min && l >= sl &&
	    memcmp(tk->text + tk->t[i].e - sl, suf, sl) == 0;
}

/* Does token i, of min bytes or more, end in -ing or -ed? */
static int
tok_ing_ed(const struct toks *tk, size_t i, size_t min)
{
	return tok_ends(tk, i, "ing", min) || tok_ends(tk, i, "ed", min);
}

static int
tok_stop1(const struct toks *tk, size_t i)
{
	const struct tok *t = &tk->t[i];
	const char *s = tk->text;
	size_t k;

	if (tok_in(tk, i, &stopcaps))
		return 1;
	if (i >= tk->n || t->k != T_WORD)
		return 0;
	/* `That's why`, `Here's Clinton`: a stop word and `'s`. */
	if (tok_possessive(tk, i) && wl_has(&stopcaps, s + t->s,
	    bare_len(tk, i)))
		return 1;
	for (k = t->s; k + 1 < t->e; k++)
		if (s[k] == '\'' || (unsigned char)s[k] == 0x99) {
			k++;
			if ((t->e - k == 1 && (s[k] == 'm' || s[k] == 'd')) ||
			    (t->e - k == 2 && (memcmp(s + k, "ll", 2) == 0 ||
			    memcmp(s + k, "ve", 2) == 0 ||
			    memcmp(s + k, "re", 2) == 0)))
				return 1;
		}
	/*
	 * Only first in its phrase and not before a name or a speech verb:
	 * `Chelsea Manning`, `Fleming Cole`, `Husted said` are names.
	 */
	if ((i > 0 && tk->t[i - 1].k == T_WORD) || tok_cap(tk, i + 1) ||
	    is_verb(tk, i + 1))
		return 0;
	/* `Early in the race, Kent`, but `says Early` names someone */
	if (tok_is(tk, i, "early") || tok_is(tk, i, "late"))
		return 1;
	return tok_ing_ed(tk, i, 6);
}

static int
tok_cap(const struct toks *tk, size_t i)
{
	unsigned char c;

	if (i >= tk->n || tk->t[i].k != T_WORD)
		return 0;
	c = (unsigned char)tk->text[tk->t[i].s];
	return txt_isupper(c) || (c >= 0xc3 && c <= 0xd4);
}

static int
tok_lower(const struct toks *tk, size_t i)
{
	return i < tk->n && tk->t[i].k == T_WORD &&
	    txt_islower(tk->text[tk->t[i].s]);
}

static int
tok_digit(const struct toks *tk, size_t i)
{
	return i < tk->n && tk->t[i].k == T_WORD &&
	    txt_isdigit(tk->text[tk->t[i].s]);
}

/* A noun that opens with a number: `17-year-old`, `20-something`. */
static int
tok_age(const struct toks *tk, size_t i)
{
	const char *d;

	if (!tok_digit(tk, i))
		return 0;
	d = memchr(tk->text + tk->t[i].s, '-', tk->t[i].e - tk->t[i].s);
	return d != NULL && d + 1 < tk->text + tk->t[i].e &&
	    txt_islower(d[1]);
}

/* `shot back`, `cut in`, `went on`: verbs that speak only so. */
static int
phrasal_verb(const struct toks *tk, size_t i)
{
	if (tok_is(tk, i + 1, "back"))
		return tok_is(tk, i, "shot") || tok_is(tk, i, "fired") ||
		    tok_is(tk, i, "hit") || tok_is(tk, i, "pushed") ||
		    tok_is(tk, i, "shoots") || tok_is(tk, i, "fires") ||
		    tok_is(tk, i, "hits");
	if (tok_is(tk, i + 1, "on"))
		return tok_is(tk, i, "went") || tok_is(tk, i, "goes");
	return tok_is(tk, i + 1, "in") && (tok_is(tk, i, "cut") ||
	    tok_is(tk, i, "weighed") || tok_is(tk, i, "jumped"));
}

/* `compared to`, `compared with`: a comparison, not a tag. */
static int
compared_to(const struct toks *tk, size_t i)
{
	return tok_is(tk, i, "compared") && (tok_is(tk, i + 1, "to") ||
	    tok_is(tk, i + 1, "with"));
}


/*
 * A speech verb in -s after a determiner or an adjective is a plural
 * noun: `his comments`, `late-night tweets`, `disrespectful remarks`;
 * any speech verb after a possessive is a noun: `Doe's vow`.
 */
static int
plural_noun(const struct toks *tk, size_t i)
{
	static const char *const before_w[] = {
		"a", "her", "his", "its", "latest", "many", "my", "new", "of",
		"our", "own", "past", "previous", "recent", "several", "such",
		"the", "their", "these", "those", "your"
	};
	WORDLIST(before);
	const struct tok *t = &tk->t[i], *p;
	const char *e;
	size_t l, k;

	if (i == 0 || tk->t[i - 1].k != T_WORD)
		return 0;
	/* `the candidate's vow`: after a possessive, any form. */
	if (tok_possessive(tk, i - 1))
		return 1;
	if (tk->text[t->e - 1] != 's')
		return 0;
	if (tok_in(tk, i - 1, &before))
		return 1;
	/* `after receiving reports` */
	if (tok_lower(tk, i - 1) && tok_ends(tk, i - 1, "ing", 5))
		return 1;
	/* `his more divisive remarks` */
	if (i >= 2 && tok_lower(tk, i - 1) && (tok_is(tk, i - 2, "more") ||
	    tok_is(tk, i - 2, "most")))
		return 1;
	/* `32% of Republican claims`: a capitalised word describes it. */
	if (tok_cap(tk, i - 1) && i >= 2 && tok_in(tk, i - 2, &before) &&
	    !tok_is(tk, i, "says"))
		return 1;
	p = &tk->t[i - 1];
	e = tk->text + p->e;
	l = p->e - p->s;
	for (k = p->s; k < p->e; k++)
		if (tk->text[k] == '-')
			return tok_lower(tk, i - 1);
	return tok_lower(tk, i - 1) && l > 5 &&
	    ((e[-3] == 'f' && e[-2] == 'u' && e[-1] == 'l') ||
	    (e[-3] == 'o' && e[-2] == 'u' && e[-1] == 's') ||
	    (e[-3] == 'b' && e[-2] == 'l' && e[-1] == 'e') ||
	    (e[-4] == 'l' && e[-3] == 'e' && e[-2] == 's' && e[-1] == 's'));
}

/*
 * Is token i a speech verb?  Asked many times of the same token, so the
 * answer is kept in the token (sv: 0 not yet known, 1 no, 2 yes).
 */
static int
is_verb(const struct toks *tk, size_t i)
{
	struct tok *t;

	if (i >= tk->n || !(tok_lower(tk, i) || (tk->head && i > 0)))
		return 0;
	t = (struct tok *)&tk->t[i];
	if (t->sv == 0)
		t->sv = (tok_in(tk, i, &speech_verbs) ||
		    tok_in(tk, i, &speech_ing) || phrasal_verb(tk, i)) &&
		    !compared_to(tk, i) && !plural_noun(tk, i) ? 2 : 1;
	return t->sv == 2;
}

/*
 * A verb in the past tense (`hammered`, `went`): the words after a name
 * that describe it (`co-host`, `top aide`) are nouns, never these.
 */
static int
tok_past(const struct toks *tk, size_t i)
{
	static const char *const irr_w[] = {
		"became", "began", "bought", "broke", "brought", "built",
		"came", "caught", "chose", "drew", "drove", "fell", "felt",
		"fled", "flew", "fought", "found", "gave", "got", "grew",
		"heard", "held", "hit", "kept", "knew", "led", "left", "lost",
		"made", "meant", "met", "paid", "ran", "rode", "rose", "sat",
		"saw", "sent", "shed", "shook", "shot", "sold", "sought",
		"spent", "stole", "stood", "struck", "taught", "thought",
		"threw", "took", "understood", "upheld", "went", "won", "wore"
	};
	WORDLIST(irr);

	return tok_ends(tk, i, "ed", 4) || tok_in(tk, i, &irr);
}

/* A plural noun of people who speak as one: `leaders`, `officials`. */
static int
group_noun(const struct toks *tk, size_t i)
{
	const struct tok *t = &tk->t[i];

	if (!tok_lower(tk, i) || !tok_in(tk, i, &roles) ||
	    tok_is(tk, i, "others"))
		return 0;
	return tk->text[t->e - 1] == 's' || tok_is(tk, i, "administration") ||
	    tok_is(tk, i, "police");
}

/* An ordinal in figures: `1st`, `2nd`, `33rd`, `4th`. */
static int
tok_ordinal(const struct toks *tk, size_t i)
{
	const struct tok *t = &tk->t[i];
	const char *s = tk->text;
	size_t k;

	if (i >= tk->n || t->k != T_WORD || t->e - t->s < 3)
		return 0;
	for (k = t->s; k < t->e - 2; k++)
		if (!txt_isdigit(s[k]))
			return 0;
	return txt_ncaseeq(s + k, "st", 2) || txt_ncaseeq(s + k, "nd", 2) ||
	    txt_ncaseeq(s + k, "rd", 2) || txt_ncaseeq(s + k, "th", 2);
}

/* A name particle: `de`, `van`, `bin` inside a capitalised name. */
static int
tok_particle(const struct toks *tk, size_t i)
{
	static const char *const part_w[] = {
		"al", "bin", "da", "de", "del", "della", "den", "der",
		"di", "du", "ibn", "la", "le", "van", "von"
	};
	WORDLIST(part);

	return tok_in(tk, i, &part);
}

/* The words of a name that ends at token b: the start of its run. */
/*
 * `the FT. But Rover`: is token i a word that opens a sentence, after an
 * abbreviation that ended the one before?
 */
static int
opens_after_stop(const struct toks *tk, size_t i)
{
	return i > 0 && tk->text[tk->t[i - 1].e - 1] == '.' &&
	    (tok_is(tk, i, "but") || tok_is(tk, i, "and") ||
	    tok_is(tk, i, "however") || tok_is(tk, i, "so") ||
	    tok_is(tk, i, "yet"));
}

static size_t
cap_run_back(const struct toks *tk, size_t b)
{
	size_t a = b, k;

	for (;;) {
		if (a > 0 && tok_cap(tk, a - 1)) {
			a--;
			continue;
		}
		/* `Charles de Gaulle`, `Ursula von der Leyen` */
		for (k = a; k > 0 && a - k < 2 && tok_particle(tk, k - 1); k--)
			;
		if (k == a || k == 0 || !tok_cap(tk, k - 1))
			break;
		a = k - 1;
	}
	while (a < b && tok_stop(tk, a))
		a++;
	for (k = b; k > a + 1; k--)
		if (opens_after_stop(tk, k - 1)) {
			a = k;
			break;
		}
	return a;
}

static size_t
cap_run_fwd(const struct toks *tk, size_t a)
{
	size_t b = a, k;

	for (;;) {
		if (b + 1 < tk->n && tok_cap(tk, b + 1) &&
		    !opens_after_stop(tk, b + 1)) {
			b++;
			continue;
		}
		for (k = b; k + 1 < tk->n && k - b < 2 &&
		    tok_particle(tk, k + 1); k++)
			;
		if (k == b || !tok_cap(tk, k + 1))
			return b;
		b = k + 1;
	}
}

/* Has the word a possessive ending: `Smith's`, `Smith’s`? */
static int
tok_possessive(const struct toks *tk, size_t i)
{
	const struct tok *t = &tk->t[i];
	const char *s = tk->text;

	if (t->e - t->s < 3)
		return 0;
	return (s[t->e - 1] == 's' && s[t->e - 2] == '\'') ||
	    (t->e - t->s >= 5 && s[t->e - 1] == 's' &&
	    (unsigned char)s[t->e - 2] == 0x99);
}

/*
 * `US-based`, `New York-based`, `Texas-born`: where a firm or a person
 * is, or was born, no name.
 */
static int
based(const struct toks *tk, size_t i)
{
	return tok_ends(tk, i, "-based", 7) || tok_ends(tk, i, "-born", 6);
}

/* Words that end the name of a body, not a person: `the Group`. */
static const char *const bodies_w[] = {
	"agency", "airlines", "airways", "association", "authority", "bank",
	"board", "campaign", "capital", "club", "commission", "committee",
	"company", "corp", "council", "court", "department", "economics",
	"foundation", "fund", "government", "group", "holdings",
	"industries", "inc", "institute", "llc", "ltd", "ministry",
	"mission", "network", "office", "organisation", "organization",
	"partners", "party", "plc", "police", "securities", "services",
	"systems", "team", "trust", "union", "university"
};
WORDLIST(bodies);

/*
 * Does token i open a sentence or a paragraph: only spaces, quote marks
 * or a dash before it, back to a stop or the start?
 */
static int
opens_sentence(const struct toks *tk, size_t i)
{
	size_t p = tk->t[i].s;
	unsigned char ch;

	while (p > 0) {
		ch = (unsigned char)tk->text[p - 1];
		if (ch == '.' || ch == '!' || ch == '?' || ch == ':')
			return 1;
		if (ch != ' ' && ch != '"' && ch != '\'' && ch < 0x80)
			return 0;
		p--;
	}
	return 1;
}

/* Words that open a clause of their own, with a verb of its own. */
static const char *const subords_w[] = {
	"after", "although", "because", "before", "if", "since", "though",
	"until", "when", "whenever", "where", "whereas", "which", "while"
};
WORDLIST(subords);

static int	first_name_at(const struct toks *, size_t);
static int	tok_allcaps(const struct toks *, size_t);

/*
 * The first word of the name in the capitalised words a..b: the one after
 * the last title, so that a post is not part of a name (`Home Secretary
 * Jane Doe`, `Ohio Sen. Jane Doe`: `Jane Doe`).  Words that end in a
 * title are a name as a whole (`the White House`), and so are two names.
 */
static size_t
name_start(const struct toks *tk, size_t a, size_t b)
{
	size_t i, name = a;

	if (tok_in(tk, b, &titles))
		return a;
	for (i = a; i < b; i++) {
		/* `Sen. Jo Kent and Rep. Al Roe`: two names, kept whole */
		if (tok_is(tk, i, "and") || tok_is(tk, i, "&"))
			return a;
		/*
		 * `Del. Jo Kent`, a delegate; `Garcia del Pino`, a name;
		 * `Special Agent in Charge Jo Kent`, a post
		 */
		if (tok_in(tk, i, &titles) || based(tk, i) ||
		    tok_is(tk, i, "del.") || (tok_is(tk, i, "charge") &&
		    i > 0 && tok_is(tk, i - 1, "in")))
			name = i + 1;
	}
	/*
	 * `European Central Bank Mario Draghi`, `County Supervisor Luis
	 * Alejo`: a post of two words or more, of no list, before a first
	 * name; not `Norbert Leo Butz`, a middle name.
	 */
	if (b < name + 2 || tok_in(tk, b, &bodies) || tok_allcaps(tk, b))
		return name;
	/* `Pensioner Harry Harvey`: a word that opens a sentence */
	if (b == name + 2)
		return first_name_at(tk, name + 1) &&
		    !first_name_at(tk, name) && opens_sentence(tk, name) ?
		    name + 1 : name;
	for (i = b; i > name + 2; i--)
		if (first_name_at(tk, i - 1) && !first_name_at(tk, i - 2))
			return i - 1;
	return name;
}

/* Is token i a common first name (`Mario`, `Luis`)? */
static int
first_name_at(const struct toks *tk, size_t i)
{
	return firstname_sex(tk->text + tk->t[i].s, tk->t[i].e - tk->t[i].s) !=
	    G_NONE;
}

/* Set name and last of a name phrase whose words are a..b. */
static void
np_name(const struct toks *tk, struct np *np, size_t a, size_t b)
{
	np->type = NP_NAME;
	np->a = a;
	np->b = b;
	np->last = b;
	np->name = name_start(tk, a, b);
}

/*
 * The capitalised word after a few words in lower case that describe it,
 * after token j (`Blaze co-host Jane Doe`), or 0.
 */
static size_t
described_name(const struct toks *tk, size_t j)
{
	size_t k;

	for (k = j + 1; k < tk->n && k < j + 5 && tok_lower(tk, k) &&
	    !is_verb(tk, k) && !tok_in(tk, k, &adverbs) &&
	    !tok_in(tk, k, &preps) && !tok_is(tk, k, "who") &&
	    !tok_past(tk, k) && !tok_in(tk, k, &determiners); k++)
		;
	return k > j + 1 && tok_cap(tk, k) && !tok_stop(tk, k) ? k : 0;
}

/*
 * A verb in the present after a noun, before its object, `no` or `up`:
 * `Footage of the clash shows him`, `The poster shows the men`, `The sheet
 * makes no attempt`, `The ad flags up`.  Not a plural (`the
 * clashes`), which no article or preposition comes just before, nor one
 * before a name, a quotation or `that` (`the big economies that`).
 */
static int
present_verb(const struct toks *tk, size_t i)
{
	size_t k = i + 1;

	if (i == 0 || !tok_lower(tk, i) || !tok_ends(tk, i, "s", 4) ||
	    tok_ends(tk, i, "ss", 4) || tok_possessive(tk, i) ||
	    !tok_lower(tk, i - 1) || tok_ends(tk, i - 1, "s", 1) ||
	    tok_in(tk, i - 1, &determiners) || tok_in(tk, i - 1, &preps))
		return 0;
	/* `seeks to`, `runs more than`, `comes after`, `has 12` */
	return tok_digit(tk, k) || (tok_lower(tk, k) &&
	    (tok_in(tk, k, &determiners) || tok_in(tk, k, &quantifiers) ||
	    tok_is(tk, k, "him") || tok_is(tk, k, "them") ||
	    tok_is(tk, k, "it") || tok_is(tk, k, "no") ||
	    tok_is(tk, k, "up") || tok_is(tk, k, "out") ||
	    tok_is(tk, k, "to") || tok_is(tk, k, "after") ||
	    tok_is(tk, k, "more") || tok_is(tk, k, "less") ||
	    tok_is(tk, k, "about") || tok_is(tk, k, "nearly")));
}

/*
 * np_fwd: the speaker phrase that starts at token i: a pronoun, a name
 * (with `'s office`), or a description (`the minister`, `a spokesman for
 * the party`).  Returns the token after it, or 0 when there is none.
 */
/* `the former first lady`: `first` before a noun is no adverb. */
static int
first_of(const struct toks *tk, size_t j)
{
	return tok_is(tk, j, "first") && tok_lower(tk, j + 1) &&
	    !is_verb(tk, j + 1);
}


static int	caps_word(const struct toks *, size_t);

/*
 * Where a name starts in the capitalised words a..b: after a wire's
 * heading in capitals (`WANING HELP Retailers`), and after a possessive
 * that two words or more follow (`NBC's Jo Kent`; but `Bush's Facebook
 * post`: one word after it names no one), unless they end in a post or a
 * body (`Qatar's Prime Minister`, `Taiwan's Defence Ministry`).
 */
static size_t
name_part(const struct toks *tk, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b && caps_word(tk, k) &&
	    tk->t[k].e - tk->t[k].s >= 2; k++)
		;
	if (k >= a + 2 && !caps_word(tk, k) && !tok_stop(tk, k))
		a = k;
	/* the last possessive, which most runs have none of */
	for (k = b; k >= a + 2; k--)
		if (tok_possessive(tk, k - 2))
			return tok_in(tk, b, &titles) ||
			    tok_in(tk, b, &bodies) ||
			    tok_in(tk, b, &roles) ? a : k - 1;
	return a;
}

/*
 * `the bespectacled, 71-year-old diplomat said`: a determiner, a word,
 * a comma and a word of the same description before a noun and a verb.
 * Not `the aide, however, said`, `the man, who`, `the aide, a Democrat`.
 */
static int
adjective_list(const struct toks *tk, size_t i)
{
	size_t k = i + 3;

	return (tok_is(tk, i, "the") || tok_is(tk, i, "a") ||
	    tok_is(tk, i, "an")) && tok_lower(tk, i + 1) &&
	    !tok_ends(tk, i + 1, "s", 1) && !tok_ends(tk, i + 1, "ing", 5) &&
	    (tok_age(tk, k) || (tok_lower(tk, k) &&
	    !tok_in(tk, k, &pronouns) && !tok_ing_ed(tk, k, 5) &&
	    !tok_in(tk, k, &determiners) && !tok_in(tk, k, &adverbs) &&
	    !tok_in(tk, k, &subords) && !tok_in(tk, k, &preps) &&
	    !tok_is(tk, k, "who") && !tok_is(tk, k, "whose") &&
	    !tok_is(tk, k, "which") && !tok_is(tk, k, "and") &&
	    !is_verb(tk, k))) &&
	    k + 2 < tk->n && tk->t[k + 1].k == T_WORD && is_verb(tk, k + 2);
}

/*
 * Does a verb in the past at token j end a description that opens at
 * token i: before an article or a preposition (`the Council issued a`,
 * `the singer took to`), the end of its clause (`The host wisecracked,`),
 * or an object after a noun (`The host attacked Labour's pledges`)?  Not
 * `a statement issued by`, `self-described`, nor `the newly elected
 * mayor`.
 */
static int
past_ends(const struct toks *tk, size_t i, size_t j)
{
	const struct tok *t = &tk->t[j];

	/* `the embattled minister`, but `prosecutors blamed Acme` */
	if (j <= i || (j == i + 1 && !tok_lone(tk, i) &&
	    !tok_in(tk, i, &roles)) || !tok_lower(tk, j) || !tok_past(tk, j))
		return 0;
	if (tok_in(tk, j + 1, &determiners) || tok_in(tk, j + 1, &preps))
		return 1;
	if (memchr(tk->text + t->s, '-', t->e - t->s) != NULL)
		return 0;
	if (j + 1 >= tk->n || tk->t[j + 1].k == T_COMMA ||
	    tk->t[j + 1].k == T_COLON)
		return 1;
	return !tok_ends(tk, j - 1, "ly", 4) &&
	    !tok_in(tk, j - 1, &determiners) && tk->t[j + 1].k == T_WORD &&
	    !tok_is(tk, j + 1, "by");
}

static size_t
np_fwd(const struct toks *tk, size_t i, struct np *np)
{
	size_t j, k;

	np->type = NP_NONE;
	if (i >= tk->n || tk->t[i].k != T_WORD)
		return 0;
	if (tok_in(tk, i, &pronouns)) {
		np->type = NP_PRON;
		np->a = np->b = i;
		return i + 1;
	}
	/* `76-year-old Jo Kent` */
	if (tok_age(tk, i) && tok_cap(tk, i + 1) && !tok_stop(tk, i + 1))
		i++;
	if (tok_cap(tk, i) && !tok_stop(tk, i)) {
		j = cap_run_fwd(tk, i);
		i = name_part(tk, i, j);
		/*
		 * `Secretary of State Jo Kent`, `Air Force 1st Lt. Jo Kent`:
		 * a post runs on over `of` or a rank's ordinal to the name.
		 */
		for (;;) {
			/* `Chancellor of the Exchequer Jo Kent` */
			k = tok_is(tk, j + 1, "of") &&
			    tok_is(tk, j + 2, "the") ? j + 3 : j + 2;
			if (k >= tk->n || !tok_cap(tk, k) || tok_stop(tk, k) ||
			    !((tok_is(tk, j + 1, "of") &&
			    tok_in(tk, j, &titles) && tok_in(tk, k, &titles)) ||
			    (k == j + 2 && tok_ordinal(tk, j + 1))))
				break;
			j = cap_run_fwd(tk, k);
		}
		/*
		 * `Blaze co-host Jane Doe`, `Doe's top aide John Roe`: the
		 * name after the words that describe it.
		 */
		k = described_name(tk, j);
		if (k > j + 1) {
			i = k;
			j = cap_run_fwd(tk, i);
			/*
			 * `former TV network anchor Kay Couric`: a word of the
			 * description, before a full name.
			 */
			if (j == i && !first_name_at(tk, i) &&
			    (k = described_name(tk, j)) > j + 1 &&
			    cap_run_fwd(tk, k) > k) {
				i = k;
				j = cap_run_fwd(tk, i);
			}
		} else if (!tok_possessive(tk, j) && (group_noun(tk, j + 1) ||
		    (group_noun(tk, j + 2) && tok_lower(tk, j + 1) &&
		    !is_verb(tk, j + 1) && !tok_past(tk, j + 1) &&
		    !tok_in(tk, j + 1, &adverbs) &&
		    !tok_in(tk, j + 1, &auxiliaries)))) {
			/*
			 * `Republican leaders`, `Obama administration
			 * officials`, `Arab foreign ministers`: the
			 * capitalised words describe a group.
			 */
			for (k = group_noun(tk, j + 1) ? j + 1 : j + 2;
			    group_noun(tk, k + 1); k++)
				;
			np->type = NP_DESC;
			np->a = i;
			np->b = k;
			return k + 1;
		}
		np_name(tk, np, i, j);
		if (tok_possessive(tk, j) && tok_lower(tk, j + 1) &&
		    !is_verb(tk, j + 1)) {
			np->last = j;
			np->b = ++j;
			/* `Doe's top aide`, but `Doe's wife spoke` */
			if (tok_lower(tk, j + 1) && !is_verb(tk, j + 1) &&
			    !tok_in(tk, j + 1, &adverbs) &&
			    !tok_in(tk, j + 1, &preps) && !tok_in(tk, j, &kin))
				np->b = ++j;
		}
		return j + 1;
	}
	/* `Legal observers`: a capitalised word that is no name, as `the`. */
	if (!tok_in(tk, i, &determiners) && !tok_in(tk, i, &roles) &&
	    !tok_lone(tk, i))
		return 0;
	/*
	 * A description: words up to a verb or punctuation, or a verb in
	 * the past with an object (`the Council issued a statement`) or a
	 * preposition (`the singer took to Instagram`).
	 */
	for (j = i, k = 0; j < tk->n && k < 8; j++, k++) {
		/* `the bespectacled, 71-year-old diplomat`: a list of words */
		if (j == i + 2 && tk->t[j].k == T_COMMA &&
		    adjective_list(tk, i))
			continue;
		/* `Legal observers call it`: a plural ends it. */
		if (j > i && tok_lone(tk, i) && tok_lower(tk, j) &&
		    tok_ends(tk, j - 1, "s", 4) && !tok_possessive(tk, j - 1))
			break;
		if (tk->t[j].k != T_WORD || (j > i && (is_verb(tk, j) ||
		    present_verb(tk, j) ||
		    tok_is(tk, j, "who") || tok_is(tk, j, "that") ||
		    (tok_lower(tk, j) && (tok_in(tk, j, &pronouns) ||
		    tok_is(tk, j, "it"))) ||
		    (tok_in(tk, j, &adverbs) && !first_of(tk, j)) ||
		    (tok_lower(tk, j) && (tok_in(tk, j, &auxiliaries) ||
		    tok_in(tk, j, &subords))) || past_ends(tk, i, j))))
			break;
	}
	if (j == i || (j == i + 1 && tok_in(tk, i, &determiners)))
		return 0;
	/* `a document filed by state attorney Dave Aronberg`: not cut */
	if (k == 8 && first_name_at(tk, j - 1))
		for (k = 0; k < 3 && tok_cap(tk, j) && !tok_stop(tk, j); k++)
			j++;
	np->type = NP_DESC;
	np->a = i;
	np->b = j - 1;
	/*
	 * `the daughter of the late Lord Kent of`, cut at eight words;
	 * `The MP for Salem tonight`: the time is no part of who.
	 */
	while (np->b > np->a + 1 && (tok_in(tk, np->b, &preps) ||
	    tok_in(tk, np->b, &determiners) || tok_is(tk, np->b, "and") ||
	    tok_is(tk, np->b, "or") || tok_is(tk, np->b, "today") ||
	    tok_is(tk, np->b, "tonight") || tok_is(tk, np->b, "yesterday") ||
	    tok_in(tk, np->b, &subords)))
		np->b--;
	return j;
}

/*
 * The speaker after an inverted verb: `said Smith`, `said the minister`,
 * `said 9/11 widow Jane Doe`, `said former Secretary of State Jane Doe`.
 */
static int
np_after_verb(const struct toks *tk, size_t i, struct np *np)
{
	size_t k;

	if ((k = np_fwd(tk, i, np)) != 0) {
		/*
		 * `said a driver, Ivo Marek, who ...`, `said Acme's deputy
		 * campaign manager, Tom Roe,`: the name.
		 */
		if (np->type == NP_NAME && np->last < np->b &&
		    tok_possessive(tk, np->last))
			while (k < tk->n && k < np->b + 4 && tok_lower(tk, k) &&
			    !is_verb(tk, k) && !tok_in(tk, k, &preps))
				k++;
		if ((np->type == NP_DESC || (np->type == NP_NAME &&
		    np->last < np->b && tok_possessive(tk, np->last))) &&
		    k + 1 < tk->n && tk->t[k].k == T_COMMA &&
		    tok_cap(tk, k + 1) && !tok_stop(tk, k + 1))
			(void)np_fwd(tk, k + 1, np);
		return 1;
	}
	/* not `suggests that Phoenix ...`: the verb's object, a clause */
	for (k = i; k < tk->n && k < i + 5 && tk->t[k].k != T_STOP &&
	    tk->t[k].k != T_QUOTE && tk->t[k].k != T_COMMA &&
	    !tok_is(tk, k, "that"); k++)
		if (tok_cap(tk, k) && !tok_stop(tk, k))
			return np_fwd(tk, k, np) != 0;
	return 0;
}

/* How word_seen finds a word written: */
enum {
	SEEN_LOWER = 1,		/* in lower case (`people`) */
	SEEN_MID = 2		/* capitalised inside a sentence */
};

static int	word_seen(struct ctx *, const char *, size_t, int);
static struct fullname *surname_lookup(struct ctx *, size_t, const char *,
		    size_t);
static struct fullname *firstname_lookup(struct ctx *, const char *,
		    size_t);

/*
 * `Shortly afterward, ...`: one capitalised word in -ly is no name; but
 * `Kelly said` when it is a first name, a name of the article, or a word
 * capitalised inside a sentence, and no comma follows it.
 */
static int
ly_adverb(const struct toks *tk, const struct np *np)
{
	const struct tok *t = &tk->t[np->a];
	const char *w = tk->text + t->s;
	size_t l = t->e - t->s;
	struct ctx *c = tk->c;

	if (np->type != NP_NAME || np->a != np->b || l <= 3 ||
	    w[l - 2] != 'l' || w[l - 1] != 'y')
		return 0;
	/* `Critically, however, it said` */
	if (np->a + 1 < tk->n && tk->t[np->a + 1].k == T_COMMA)
		return 1;
	return firstname_sex(w, l) == G_NONE && !(c != NULL &&
	    (word_seen(c, w, l, SEEN_MID) ||
	    surname_lookup(c, c->nseg - 1, w, l) != NULL ||
	    firstname_lookup(c, w, l) != NULL));
}

/* A word in capitals: `ACME`, `NEW`, `JO`. */
static int
caps_word(const struct toks *tk, size_t k)
{
	size_t c;

	if (k >= tk->n || tk->t[k].k != T_WORD ||
	    !txt_isupper(tk->text[tk->t[k].s]))
		return 0;
	for (c = tk->t[k].s; c < tk->t[k].e; c++)
		if (txt_islower(tk->text[c]))
			return 0;
	return 1;
}

/* A word of three letters or more in capitals (`REUTERS`). */
static int
tok_allcaps(const struct toks *tk, size_t i)
{
	return caps_word(tk, i) && tk->t[i].e - tk->t[i].s >= 3;
}

/*
 * `JO KENT, HEAD OF TRADING, ACME, NEW YORK:` ends the tokens: words in
 * capitals and commas back to a colon or the start; or, with no colon of
 * its own, back to one (`COMMENTARY: JO KENT, ANALYST AT ACME "..."`).
 * np is its first part, the name.
 */
static int
caps_label(const struct toks *tk, struct np *np)
{
	size_t a, b, e = tk->n, commas = 0;

	if (e > 0 && tk->t[e - 1].k == T_COLON)
		e--;
	if (e < 3)
		return 0;
	for (a = e; a > 0 && tk->t[a - 1].k != T_COLON; a--) {
		if (tk->t[a - 1].k == T_COMMA)
			commas++;
		else if (!caps_word(tk, a - 1) && tk->t[a - 1].k != T_STOP &&
		    tk->t[a - 1].k != T_OTHER && !(tk->t[a - 1].k == T_WORD &&
		    txt_isdigit(tk->text[tk->t[a - 1].s])))
			return 0;
	}
	/* with no colon, a label after a stop, or one of four words */
	if (commas == 0 || !caps_word(tk, a) ||
	    (e == tk->n && ((a == 0 && e < 4) || !caps_word(tk, e - 1))))
		return 0;
	for (b = a; b + 1 < tk->n && caps_word(tk, b + 1); b++)
		;
	np_name(tk, np, a, b);
	return 1;
}

/*
 * A dateline that opens the sentence (`WASHINGTON, July 5 (AP) --`,
 * `Paris (AFP) -`): the token after its dash, else 0.
 */
static size_t
dateline_end(const struct toks *tk)
{
	size_t i;
	int paren = 0;

	for (i = 0; i < tk->n && i < 12; i++) {
		if (tk->t[i].k == T_DASH)
			return paren || tok_allcaps(tk, 0) ? i + 1 : 0;
		if (tk->t[i].k == T_OTHER && (tk->text[tk->t[i].s] == '(' ||
		    tk->text[tk->t[i].s] == ')'))
			paren = 1;
		else if (tk->t[i].k != T_COMMA && !tok_cap(tk, i) &&
		    !tok_digit(tk, i) && tk->t[i].k != T_STOP)
			return 0;
	}
	return 0;
}

/* `Jo Kent (D-Ohio) said`: the token after a parenthesis at j, or j. */
static size_t
skip_paren(const struct toks *tk, size_t j)
{
	size_t k;

	if (j >= tk->n || tk->text[tk->t[j].s] != '(')
		return j;
	for (k = j + 1; k < tk->n && k < j + 12; k++)
		if (tk->text[tk->t[k].s] == ')')
			return k + 1;
	return j;
}

/*
 * The subject of the sentence: its first phrase when a word follows it,
 * or the first after an opening phrase and its comma (`On Sunday, the
 * senator ...`).  Quoted words in reported speech are the subject's.
 */
/* `nominee`, `pollster`, `activist`, `lawyer`: a word for a person. */
static int
person_noun(const struct toks *tk, size_t i)
{
	static const char *const end[] = { "er", "or", "ist", "ian", "man",
	    "woman" };
	size_t k;

	if (tok_in(tk, i, &titles) || tok_in(tk, i, &kin) ||
	    tok_in(tk, i, &posts))
		return 1;
	for (k = 0; k < N(end); k++)
		if (tok_ends(tk, i, end[k], strlen(end[k]) + 3))
			return 1;
	return 0;
}


/* Nouns for what someone said: `Doe's claim that "..."`. */
static const char *const said_nouns_w[] = {
	"accusation", "allegation", "argument", "assertion", "boast",
	"charge", "claim", "conclusion", "contention", "insistence",
	"pledge", "promise", "suggestion", "vow", "warning"
};
WORDLIST(said_nouns);

/*
 * Does the clause of the noun at token i, `claim that ...`, run on to
 * the quote, which it holds: no sentence or quote ends after it, no verb
 * of speech comes after it, and the quote is no predicate (`claim that
 * X is "untrue"`)?
 */
static int
claim_holds(const struct toks *tk, size_t i)
{
	size_t k;

	for (k = i + 1; k < tk->n; k++)
		if (tk->t[k].k == T_STOP || tk->t[k].k == T_QUOTE ||
		    is_verb(tk, k))
			return 0;
	k = tk->n - 1;
	return !(tok_is(tk, k, "is") || tok_is(tk, k, "was") ||
	    tok_is(tk, k, "are") || tok_is(tk, k, "were"));
}

/* Words before a name and its -ing verb of speech: `footage of`. */
static const char *const shown_by_w[] = {
	"featured", "features", "featuring", "heard", "of", "saw", "showed",
	"shows", "with"
};
WORDLIST(shown_by);

/*
 * `presidential nominee Jane Doe was ...`: a subject that opens with
 * lower-case words before the name.  np_fwd's end, or 0.
 */
static size_t
np_fwd_described(const struct toks *tk, size_t i, struct np *np)
{
	size_t k;

	for (k = i; k < tk->n && k < i + 4 && tok_lower(tk, k) &&
	    !is_verb(tk, k) && !tok_in(tk, k, &adverbs) &&
	    !tok_in(tk, k, &preps) && !tok_in(tk, k, &determiners) &&
	    !tok_in(tk, k, &pronouns) && !tok_in(tk, k, &roles) &&
	    !tok_past(tk, k); k++)
		;
	if (k == i || !tok_cap(tk, k) || tok_stop(tk, k) ||
	    !person_noun(tk, k - 1))
		return 0;
	return np_fwd(tk, k, np);
}

/* Works with titles: `In her book, Living History, Doe`: not Doe. */
static const char *const works_w[] = {
	"album", "article", "book", "column", "film", "memoir", "movie",
	"novel", "play", "show", "song"
};
WORDLIST(works);

/*
 * `Somewhere in there, he tossed`: a comma and a pronoun that a verb
 * follows at token j; the words before opened the sentence.  Not `Kent,
 * he said, was`, a tag of its own.
 */
static int
pronoun_subject(const struct toks *tk, size_t j)
{
	return j + 2 < tk->n && tk->t[j].k == T_COMMA &&
	    tok_lower(tk, j + 1) && tok_in(tk, j + 1, &pronouns) &&
	    tok_lower(tk, j + 2) && !is_verb(tk, j + 2);
}

/*
 * `Before Kent's turn in the video, the cleric ...`: a thing of a name
 * after a word that opens a phrase (token i) is no subject; but after
 * one that opens a clause, `'s` may be `is` (`If Doe's wrong, she`).
 */
static int
opening_thing(const struct toks *tk, size_t i, const struct np *np)
{
	return (tok_is(tk, i, "before") || tok_is(tk, i, "after") ||
	    tok_in(tk, i, &preps)) &&
	    np->last < np->b && tok_possessive(tk, np->last) &&
	    !tok_in(tk, np->b, &kin) && !person_noun(tk, np->b);
}

/*
 * The token where a sentence's own words start: after a dateline, or a
 * caption's label of a word or two, no first name, before a colon and a
 * capital (`Defence: Acme boss Jo Kent defended ...`).
 */
static size_t
words_start(const struct toks *tk)
{
	size_t k;

	if ((k = dateline_end(tk)) > 0)
		return k;
	for (k = 0; k < 2 && tok_cap(tk, k); k++)
		;
	return k > 0 && k < tk->n && tk->t[k].k == T_COLON &&
	    tok_cap(tk, k + 1) && !first_name_at(tk, 0) ? k + 1 : 0;
}

static int
subject_rule(const struct toks *tk, struct np *np)
{
	size_t i = words_start(tk), j, k, tries;

	/*
	 * After an opening phrase, not `Salem, New Hampshire,` before `Jo
	 * Kent went` or `on Tuesday`: a place that follows a place is no
	 * subject.
	 */
	for (tries = 0; tries < 4; tries++) {
		while (i < tk->n && tk->t[i].k != T_WORD)
			i++;
		/* not `..., including captain Jo Kent, were` */
		if (!(tries > 0 && (tok_is(tk, i, "including") ||
		    tok_is(tk, i, "like") || tok_is(tk, i, "among"))) &&
		    ((j = np_fwd(tk, i, np)) != 0 ||
		    (tries > 0 && (j = np_fwd_described(tk, i, np)) != 0)) &&
		    np->type != NP_NONE && (j = skip_paren(tk, j)) != 0 &&
		    (tok_lower(tk, j) ||
		    (j < tk->n && tk->t[j].k == T_COMMA)) &&
		    !ly_adverb(tk, np) && !pronoun_subject(tk, j) &&
		    !(tries > 0 && np->type == NP_NAME && i >= 2 &&
		    tok_in(tk, i - 2, &works) && j + 1 < tk->n &&
		    tk->t[j].k == T_COMMA && tok_cap(tk, j + 1) &&
		    !tok_stop(tk, j + 1)) &&
		    !(tries > 0 && np->type == NP_NAME &&
		    j < tk->n && tk->t[j].k == T_COMMA && tok_cap(tk, i - 2) &&
		    !tok_stop(tk, i - 2) && ((tok_cap(tk, j + 1) &&
		    !tok_stop(tk, j + 1)) || (tok_lower(tk, j + 1) &&
		    tok_in(tk, j + 1, &preps))))) {
			/*
			 * `Her deputy, Tom Roe, was ...`, `Acme's pollster,
			 * Tom Roe, says`: the name.
			 */
			if ((np->type == NP_DESC || (np->type == NP_NAME &&
			    np->last < np->b && tok_possessive(tk, np->last) &&
			    (person_noun(tk, np->b) ||
			    tok_is(tk, np->b, "executive")))) &&
			    j + 1 < tk->n &&
			    tk->t[j].k == T_COMMA && tok_cap(tk, j + 1) &&
			    !tok_stop(tk, j + 1))
				(void)np_fwd(tk, j + 1, np);
			return 1;
		}
		/*
		 * `Then Jane Doe went`, `And then Doe went`: opening
		 * adverbs, no comma.
		 */
		for (k = i; tok_stop(tk, i) && k < i + 2 &&
		    (tok_is(tk, k + 1, "then") || tok_is(tk, k + 1, "now") ||
		    tok_is(tk, k + 1, "later") || tok_is(tk, k + 1, "also") ||
		    tok_is(tk, k + 1, "since") || tok_is(tk, k + 1, "soon") ||
		    tok_is(tk, k + 1, "still")); k++)
			;
		/* `And campaign Chairman Jo Kent went`: a word of the post */
		if ((tok_is(tk, i, "and") || tok_is(tk, i, "but")) &&
		    tok_cap(tk, i) && tok_lower(tk, k + 1) &&
		    !tok_in(tk, k + 1, &determiners) &&
		    tok_cap(tk, k + 2) && tok_in(tk, k + 2, &titles))
			k++;
		/* `Now Jo Kent, the candidate, is`: a description after */
		if (tok_stop(tk, i) && tok_cap(tk, k + 1) &&
		    !tok_stop(tk, k + 1) && (j = np_fwd(tk, k + 1, np)) != 0 &&
		    np->type == NP_NAME && (tok_lower(tk, j) ||
		    (tk->t[j].k == T_COMMA && !tok_in(tk, i, &preps) &&
		    tok_lower(tk, j + 1) && tok_in(tk, j + 1, &determiners))) &&
		    !opening_thing(tk, i, np))
			return 1;
		/*
		 * An opening phrase runs to a comma; a long one only after a
		 * word that opens a clause or phrase (`With leaders worried
		 * about ..., Obama is`).
		 */
		k = tries == 0 && (tok_in(tk, i, &subords) ||
		    tok_is(tk, i, "with")) ? 32 : 16;
		while (i < tk->n && i < k && tk->t[i].k != T_COMMA)
			i++;
		if (i >= tk->n || tk->t[i].k != T_COMMA)
			return 0;
		i++;
	}
	return 0;
}

/* Words that name a time: `at the time`, `on Tuesday`, `last week`. */
static const char *const times_w[] = {
	"afternoon", "april", "aug", "august", "day", "days", "dec",
	"december", "evening", "feb", "february", "friday", "hour",
	"hours", "jan", "january", "july", "june", "march", "may",
	"moment", "monday", "month", "months", "morning", "night", "nov",
	"november", "oct", "october", "saturday", "sept", "september",
	"sunday", "thursday", "time", "tuesday", "wednesday", "week",
	"weekend", "weeks", "year", "years"
};
WORDLIST(times);

/*
 * Skip back over a phrase of time that ends before token j (`Doe at the
 * time said`, `Doe on Sept. 5 said`, `Doe two weeks ago said`): it stands
 * between a speaker and the verb.  Returns the new j.
 */
static size_t
skip_time_back(const struct toks *tk, size_t j)
{
	size_t b, k;

	if (j < 2)
		return j;
	b = j - 1;
	if (tok_is(tk, b, "ago")) {
		/* `less than two weeks ago`, `a few days ago` */
		if (!tok_in(tk, b - 1, &times))
			return j;
		for (k = b - 1; k > 1 && b - k < 6 && (tok_digit(tk, k - 1) ||
		    tok_in(tk, k - 1, &determiners) || tok_is(tk, k - 1,
		    "than") || tok_is(tk, k - 1, "less") || tok_is(tk, k - 1,
		    "more") || tok_is(tk, k - 1, "about") || tok_is(tk, k - 1,
		    "nearly") || tok_is(tk, k - 1, "just")); k--)
			;
		return k < b - 1 ? k : j;
	}
	if (tok_digit(tk, b))
		b--;
	if (!tok_in(tk, b, &times))
		return j;
	/* `Doe Thursday said`, `Doe later Thursday told` */
	if (tok_cap(tk, b) && b > 0 && tk->t[b - 1].k == T_WORD &&
	    !tok_in(tk, b - 1, &preps) && !tok_in(tk, b - 1, &determiners))
		return b;
	for (k = b; k > 1 && b - k < 3 && (tok_in(tk, k - 1, &determiners) ||
	    tok_is(tk, k - 1, "this") || tok_is(tk, k - 1, "same") ||
	    tok_is(tk, k - 1, "that")); k--)
		;
	if (tok_is(tk, k, "last") || tok_is(tk, k, "this"))
		return k;
	if (k > 1 && (tok_in(tk, k - 1, &preps) || tok_is(tk, k - 1,
	    "during") || tok_is(tk, k - 1, "last")) && tok_lower(tk, k - 1))
		return k - 1;
	return j;
}

/* Skip adverbs and auxiliaries backwards from token j; returns the new j+1. */
static size_t
skip_adverbs_back(const struct toks *tk, size_t j)
{
	while (j > 0 && tok_lower(tk, j - 1) && tok_in(tk, j - 1, &adverbs) &&
	    !tok_is(tk, j - 1, "told"))
		j--;
	return j;
}

/*
 * Skip back over an appositive or relative clause between commas:
 * `Smith, a spokesman for the party, said`.  j is the token after the
 * second comma; returns the token after the name, or j.
 */
/* Are tokens a..b a place, `Florida` or `N.H.`, `New York`? */
static int
place_at(const struct toks *tk, size_t a, size_t b)
{
	const char *s = tk->text + tk->t[a].s;
	size_t l = tk->t[b].e - tk->t[a].s;

	if (b > a + 1 || b >= tk->n)
		return 0;
	if (l > 1 && s[l - 1] == '.')
		l--;			/* `N.H.` is `n.h` */
	return place_name(s, l);
}

/* Does a clause that opens with `, who` or `, which` end at comma k? */
static int
who_clause_before(const struct toks *tk, size_t k)
{
	size_t i;

	for (i = k; i > 1 && k - i < 24; i--) {
		if (tk->t[i - 1].k == T_STOP)
			return 0;
		if (tk->t[i - 1].k == T_COMMA)
			return tok_is(tk, i, "who") || tok_is(tk, i, "which") ||
			    tok_is(tk, i, "whose");
	}
	return 0;
}

/*
 * `Jo Kent -- a teacher from Salem -- says`: a description set off by
 * dashes, after a capitalised word.  Token j - 1 is the second dash;
 * returns the first, or j.
 */
/*
 * The first of two dashes, the second at token j - 1, within a sentence
 * and a few words: its token, or 0.  *comma says a comma is between.
 */
static size_t
first_dash(const struct toks *tk, size_t j, int *comma)
{
	size_t k;

	*comma = 0;
	for (k = j - 2; k > 0 && j - k < 24; k--) {
		if (tk->t[k].k == T_STOP || tk->t[k].k == T_QUOTE)
			return 0;
		*comma |= tk->t[k].k == T_COMMA;
		if (tk->t[k].k == T_DASH)
			return k;
	}
	return 0;
}

static size_t
dash_apposition(const struct toks *tk, size_t j)
{
	size_t k;
	int comma;

	if ((k = first_dash(tk, j, &comma)) == 0)
		return j;
	/* `the leaders -- Brazil, Peru and Chile -- said`: names of them */
	if (tok_lower(tk, k - 1) && tok_cap(tk, k + 1))
		return k;
	if (comma || !tok_cap(tk, k - 1) ||
	    !(tok_in(tk, k + 1, &determiners) || tok_lower(tk, k + 1) ||
	    tok_digit(tk, k + 1)))
		return j;
	return k;
}

static size_t
skip_apposition(const struct toks *tk, size_t j)
{
	size_t k, i;

	if (j >= 2 && tk->t[j - 1].k == T_DASH)
		return dash_apposition(tk, j);
	if (j < 2 || tk->t[j - 1].k != T_COMMA)
		return j;
	for (k = j - 2; k > 0 && j - k < 32; k--) {
		if (tk->t[k].k == T_STOP)
			return j;
		if (tk->t[k].k == T_COMMA)
			break;
	}
	if (k == 0 || tk->t[k].k != T_COMMA)
		return j;
	/* `Jo Kent, a host on the show "The Boss," who`: a title */
	if (j < tk->n && tk->t[j].k == T_QUOTE && tk->t[k + 1].k == T_QUOTE)
		return k;
	for (i = k + 1; i + 1 < j; i++)
		/* `Jane Doe, Smith's campaign manager,` */
		if (tok_lower(tk, i) && !tok_particle(tk, i))
			return k;
	/*
	 * `Jo Kent, who lives near the capital, Salem, said`: a name for
	 * a noun of the clause before, not the speaker.
	 */
	if (tok_lower(tk, k - 1) && who_clause_before(tk, k))
		return k;
	/* `Harry Bond, 30, of Salem, Ore., who ...`: a state after a town. */
	if (place_at(tk, k + 1, j - 2) && k >= 1 && tok_cap(tk, k - 1))
		return k;
	if (tok_in(tk, k + 1, &determiners) || tok_is(tk, k + 1, "who") ||
	    tok_is(tk, k + 1, "which") || tok_is(tk, k + 1, "whose") ||
	    tok_lower(tk, k + 1) || (k + 1 < tk->n && txt_isdigit(
	    tk->text[tk->t[k + 1].s])) || tok_possessive(tk, k + 1))
		return k;
	/*
	 * `Jane Doe, Secretary of State, said`: a post; but `the attorney
	 * general, Democrat Jo Kent, said`: the name of the description.
	 */
	if (tok_in(tk, k + 1, &titles)) {
		for (i = k + 1; i + 1 < j; i++)
			if ((tok_lower(tk, k - 1) || first_name_at(tk, i)) &&
			    !tok_in(tk, i, &titles) && tok_cap(tk, i) &&
			    !tok_stop(tk, i))
				return j;
		return k;
	}
	return j;
}

/*
 * `the company's chief executive, Jo Kent, said`: a name set off by
 * commas after a description in lower case names the speaker.  Token j
 * is the comma after the name; returns the name's first word, or 0.
 */
static size_t
appositive_name(const struct toks *tk, size_t j)
{
	size_t a;

	if (j < 3 || tk->t[j].k != T_COMMA || !tok_cap(tk, j - 1) ||
	    tok_stop(tk, j - 1))
		return 0;
	a = cap_run_back(tk, j - 1);
	/* or after a post in capitals: `Chief Superintendent, Jo Kent,` */
	if (a < 2 || tk->t[a - 1].k != T_COMMA || !(tok_lower(tk, a - 2) ||
	    tok_in(tk, a - 2, &titles)) ||
	    tok_in(tk, a - 2, &preps) || tok_in(tk, a - 2, &determiners) ||
	    is_verb(tk, a - 2) || tok_in(tk, a - 2, &pronouns))
		return 0;
	return a;
}

/*
 * `a former candidate -- Jo Kent, who lost in May -- said`: a name set
 * off by dashes after a description in lower case names the speaker.
 * Token j - 1 is the second dash; returns the name's first word, or 0.
 */
static size_t
dash_name(const struct toks *tk, size_t j)
{
	size_t k, e;
	int comma;

	if (j < 4 || tk->t[j - 1].k != T_DASH)
		return 0;
	k = first_dash(tk, j, &comma);
	if (k < 2 || !tok_lower(tk, k - 1) ||
	    tok_in(tk, k - 1, &preps) || is_verb(tk, k - 1) ||
	    !tok_cap(tk, k + 1) || tok_stop(tk, k + 1))
		return 0;
	/* the name alone, or a clause about it; not a list of names */
	e = cap_run_fwd(tk, k + 1) + 1;
	if (e + 1 < j && (tk->t[e].k != T_COMMA || !tok_lower(tk, e + 1)))
		return 0;
	return k + 1;
}

/*
 * `21 percent`, `63% of voters`, `40 percent of those polled`: a figure,
 * then `of` and its people at most; not `53% of homes with access to`.
 */
static int
share_phrase(const struct toks *tk, size_t a, size_t b)
{
	size_t k;

	k = a + 2;		/* past `21 percent` or `63 %` */
	if (k <= b && tok_is(tk, k, "of"))
		k++;
	for (; k <= b; k++)
		if (tk->t[k].k != T_WORD || tok_in(tk, k, &preps) ||
		    tok_in(tk, k, &adverbs) || tok_is(tk, k, "now"))
			return 0;
	return 1;
}

/*
 * np_back: the speaker phrase that ends just before token j (a verb).
 * Returns 1 and fills np, or 0.
 */
/*
 * `Jo Kent, of estate agents Acme`, `Jo Kent, director, of Acme`: the
 * name before a comma and `of` owns the name at token a.  Returns the
 * end of that name, or 0.
 */
static size_t
of_owner(const struct toks *tk, size_t a)
{
	size_t k = a, n;

	for (n = 0; n < 3 && k > 0 && tok_lower(tk, k - 1) &&
	    !tok_is(tk, k - 1, "of"); n++)
		k--;
	if (k < 3 || !tok_is(tk, k - 1, "of") || tk->t[k - 2].k != T_COMMA)
		return 0;
	k -= 2;
	if (tok_cap(tk, k - 1) && !tok_stop(tk, k - 1))
		return k;
	/* one post between commas */
	for (n = 0; n < 4 && k > 0 && tok_lower(tk, k - 1); n++)
		k--;
	if (n > 0 && k >= 2 && tk->t[k - 1].k == T_COMMA &&
	    tok_cap(tk, k - 2) && !tok_stop(tk, k - 2))
		return k - 1;
	return 0;
}

/*
 * A noun for one who speaks: a person (`the lawyer`, `his mother`, `one
 * lady`), people (`marchers`) or a body (`the government`).
 */
static int
speaker_noun(const struct toks *tk, size_t k)
{
	static const char *const more_w[] = {
		"customer", "customers", "fan", "fans", "lady", "ladies",
		"source", "user", "users", "viewer", "viewers"
	};
	WORDLIST(more);

	return person_noun(tk, k) || tok_in(tk, k, &roles) ||
	    tok_in(tk, k, &bodies) || tok_in(tk, k, &more) ||
	    tok_ends(tk, k, "ers", 5) || tok_ends(tk, k, "ors", 5) ||
	    tok_ends(tk, k, "ists", 6) || tok_ends(tk, k, "ians", 6);
}

/*
 * `Jane Doe of the Institute wrote`: Doe, not the Institute; and `Jane
 * Doe of the Bar Group of Salem`: Doe still.  The capitalised words a..*b
 * are a place or a body; returns the start of the name before them, and
 * leaves its end in *b.
 */
static size_t
of_place_back(const struct toks *tk, size_t a, size_t *b)
{
	size_t k, n;

	for (n = 0; n < 3; n++) {
		k = a >= 1 && tok_is(tk, a - 1, "the") ? a - 1 : a;
		/* `Jo Kent of Acme's Field Division` */
		if (k >= 3 && tok_owner(tk, k - 1) && tok_cap(tk, k - 1))
			k = cap_run_back(tk, k - 1);
		/* `Jo Kent of the Center for Policy Studies` */
		if (k >= 3 && tok_is(tk, k - 1, "for") && tok_cap(tk, k - 2) &&
		    (tok_in(tk, k - 2, &bodies) ||
		    tok_is(tk, k - 2, "center") ||
		    tok_is(tk, k - 2, "centre"))) {
			a = cap_run_back(tk, k - 2);
			continue;
		}
		if (k < 2 || !(tok_is(tk, k - 1, "of") ||
		    tok_is(tk, k - 1, "at")) || !tok_cap(tk, k - 2) ||
		    tok_stop(tk, k - 2) || tok_in(tk, k - 2, &titles))
			break;
		*b = k - 2;
		a = cap_run_back(tk, *b);
	}
	return a;
}

/*
 * Do the capitalised words that end at token e name a person: a name
 * after a post or with a first name (`Lord Woolf`, `Nancy Pelosi`), not
 * a post alone (`Chairman`, `Trade`)?
 */
static int
person_before(const struct toks *tk, size_t e)
{
	size_t k;

	if (tok_in(tk, e, &titles))
		return 0;
	for (k = cap_run_back(tk, e); k < e; k++)
		if ((tok_in(tk, k, &titles) && !tok_is(tk, k, "former") &&
		    !tok_is(tk, k, "acting")) || first_name_at(tk, k))
			return 1;
	return first_name_at(tk, e);
}

static int
np_back(const struct toks *tk, size_t j, struct np *np)
{
	size_t b, a, k, share;

	np->type = NP_NONE;
	j = skip_adverbs_back(tk, j);
	if ((k = skip_time_back(tk, j)) < j)
		j = skip_adverbs_back(tk, k);
	/* `Jo Kent, author of "The Book," said`: the mark ends a title. */
	if (j >= 2 && tk->t[j - 1].k == T_QUOTE && tk->t[j - 2].k == T_COMMA)
		j--;
	/*
	 * `Jo Kent, the head of the board, one of the five members, said`:
	 * one apposition after another; j is left at the first comma.
	 */
	if ((a = dash_name(tk, j)) != 0) {
		np_name(tk, np, a, cap_run_fwd(tk, a));
		return 1;
	}
	j = skip_apposition(tk, j);
	for (k = 0; k < 2 && j < tk->n && tk->t[j].k == T_COMMA &&
	    skip_apposition(tk, j + 1) != j + 1; k++)
		j = skip_apposition(tk, j + 1);
	/* `Sen. Jane Doe (D-Ohio) said` */
	if (j > 0 && tk->text[tk->t[j - 1].s] == ')') {
		for (k = j - 1; k > 0 && j - k < 10; k--)
			if (tk->text[tk->t[k - 1].s] == '(')
				break;
		if (k > 1 && tk->text[tk->t[k - 1].s] == '(')
			j = k - 1;
	}
	if (j == 0)
		return 0;
	if ((a = appositive_name(tk, j - 1)) != 0) {
		np_name(tk, np, a, j - 2);
		return 1;
	}
	b = j - 1;
	/* `Jane Doe, who said in May:`: the name the clause is about. */
	if (tok_is(tk, b, "who") && b >= 2 && tk->t[b - 1].k == T_COMMA) {
		if (!tok_cap(tk, b - 2) || tok_stop(tk, b - 2))
			return 0;
		b -= 2;
		a = of_place_back(tk, cap_run_back(tk, b), &b);
		np_name(tk, np, a, b);
		return 1;
	}
	/* `63% said` */
	if (tk->text[tk->t[b].s] == '%' && b > 0 && tok_digit(tk, b - 1)) {
		np->type = NP_DESC;
		np->a = b - 1;
		np->b = b;
		return 1;
	}
	/* `Most said`: a part of those asked, as the text has it. */
	if (tok_in(tk, b, &quantifiers) && (b == 0 ||
	    tk->t[b - 1].k != T_WORD || !tok_lower(tk, b - 1))) {
		np->type = NP_DESC;
		np->a = np->b = b;
		return 1;
	}
	/* `... and said`: the subject is further back. */
	if (tk->t[b].k != T_WORD || tok_is(tk, b, "and") ||
	    tok_is(tk, b, "or") || tok_is(tk, b, "but"))
		return 0;
	/* `had a chance to read`: no subject. */
	if (tok_lower(tk, b) && tok_in(tk, b, &preps))
		return 0;
	/* `it said`: a firm or a body, as a pronoun */
	if (tok_in(tk, b, &pronouns) || (tok_is(tk, b, "it") && j < tk->n &&
	    is_verb(tk, j))) {
		np->type = NP_PRON;
		np->a = np->b = b;
		return 1;
	}
	if (tok_cap(tk, b) && !tok_stop(tk, b)) {
		a = name_part(tk, cap_run_back(tk, b), b);
		/*
		 * `Jane Doe and John Roe wrote`, `Sen. Jo Kent and Rep. Tom
		 * Roe`, but `Securities and Exchange Chairman Jo Kent` is one
		 * post.
		 */
		for (k = b; k > a && !tok_in(tk, k - 1, &titles); k--)
			;
		if (a >= 2 && tok_is(tk, a - 1, "and") && tok_cap(tk, a - 2) &&
		    !tok_stop(tk, a - 2) && (k == a || k == b ||
		    person_before(tk, a - 2)))
			a = cap_run_back(tk, a - 2);
		a = of_place_back(tk, a, &b);
		/* `Jo Kent, of estate agents Acme, said`: Kent. */
		if ((k = of_owner(tk, a)) != 0) {
			b = k - 1;
			a = cap_run_back(tk, b);
		}
		np_name(tk, np, a, b);
		/*
		 * `a spokesman for Smith`, `a spokesperson for the Foreign
		 * Office` is the spokesman's.
		 */
		k = a >= 1 && tok_is(tk, a - 1, "the") ? a - 1 : a;
		if (k >= 2 && tok_in(tk, k - 1, &preps) &&
		    tok_lower(tk, k - 2) && !tok_in(tk, k - 2, &determiners) &&
		    (k == a || speaker_noun(tk, k - 2))) {
			b = k - 2;
		} else
			return 1;
	} else if (!(tok_lower(tk, b) || tok_age(tk, b)) ||
	    tok_in(tk, b, &determiners) || tok_is(tk, b, "it") ||
	    tok_is(tk, b, "that") || tok_is(tk, b, "who"))
		return 0;
	/* A description: back to its determiner or possessive. */
	for (a = b, k = 0, share = j; k < 8; k++) {
		/*
		 * `21 percent said`, `63% of voters said`: a share that
		 * speaks, unless a determiner comes before it (`an average
		 * of 10 percent of voters`).
		 */
		if (a < b && tok_digit(tk, a) && tok_is(tk, a + 1, "percent"))
			share = a;
		if (a >= 2 && tk->text[tk->t[a - 1].s] == '%' &&
		    tok_digit(tk, a - 2)) {
			share = a -= 2;
			continue;
		}
		if (tok_in(tk, a, &determiners)) {
			/* `a spokesman for the ministry` */
			if (a < 3 || !tok_in(tk, a - 1, &preps) ||
			    !tok_lower(tk, a - 2) || is_verb(tk, a - 2) ||
			    tok_in(tk, a - 2, &determiners))
				break;
			a -= 2;
			continue;
		}
		if (a > 0 && tok_owner(tk, a - 1) && tok_cap(tk, a - 1)) {
			size_t c = cap_run_back(tk, a - 1);

			np_name(tk, np, c, a - 1);
			np->b = j - 1;
			return 1;
		}
		/* `the bespectacled, 71-year-old diplomat` */
		if (a >= 3 && tk->t[a - 1].k == T_COMMA &&
		    adjective_list(tk, a - 3)) {
			a -= 3;
			continue;
		}
		/* Words, capitalised or not (`the RNC member`), no verbs. */
		if (a == 0 || tk->t[a - 1].k != T_WORD || is_verb(tk, a - 1) ||
		    (tok_lower(tk, a - 1) &&
		    tok_in(tk, a - 1, &auxiliaries)) ||
		    tok_is(tk, a - 1, "and") || tok_is(tk, a - 1, "that") ||
		    tok_is(tk, a - 1, "who") || tok_is(tk, a - 1, "what") ||
		    tok_is(tk, a - 1, "why") || tok_is(tk, a - 1, "how") ||
		    (tok_lower(tk, a - 1) && tok_in(tk, a - 1, &subords)))
			break;
		a--;
	}
	/* `when Jo Kent in his speech called`: where, after the name */
	if (tok_in(tk, a, &determiners) && a >= 2 &&
	    tok_in(tk, a - 1, &preps) && tok_cap(tk, a - 2) &&
	    !tok_stop(tk, a - 2) && tok_in(tk, j - 1, &media))
		return np_back(tk, a - 1, np);
	if (!tok_in(tk, a, &determiners) && share < j &&
	    share_phrase(tk, share, j - 1))
		a = share;
	else if (!tok_in(tk, a, &determiners) && !tok_lone(tk, a) &&
	    !(a == b && tok_in(tk, b, &roles)))
		return 0;
	/* `an official who relayed the exchange said`: the official. */
	if (a >= 2 && tok_is(tk, a - 2, "who") && tok_lower(tk, a - 1))
		return np_back(tk, a - 2, np);
	np->type = NP_DESC;
	np->a = a;
	np->b = j - 1;
	return 1;
}

/* `21 percent`, `63% of voters`, `most`: a share of those asked. */
static int
np_share(const struct toks *tk, const struct np *np)
{
	return np->type == NP_DESC && (tok_digit(tk, np->a) ||
	    (np->a == np->b && tok_in(tk, np->a, &quantifiers)));
}

/* The surname index: full names of the article keyed by their last word. */

static size_t
hash(const char *s, size_t n)
{
	size_t h = 5381, i;

	for (i = 0; i < n; i++)
		h = h * 33 + (unsigned char)txt_tolower(s[i]);
	return h;
}

static struct fullname *
name_lookup(struct ctx *c, const char *w, size_t n)
{
	struct fullname *f;
	size_t h;

	if (c->ncap == 0)
		return NULL;
	for (h = hash(w, n) & (c->ncap - 1);; h = (h + 1) & (c->ncap - 1)) {
		f = &c->names[h];
		if (f->ke == 0)
			return NULL;
		if (f->ke - f->ks == n && txt_ncaseeq(c->seg[f->seg].text +
		    f->ks, w, n))
			return f;
	}
}

/* Is f's full name the bytes s..e of segment seg? */
static int
name_is(const struct ctx *c, const struct fullname *f, size_t seg, size_t s,
    size_t e)
{
	return f->e - f->s == e - s && memcmp(c->seg[f->seg].text + f->s,
	    c->seg[seg].text + s, e - s) == 0;
}

/*
 * A look through the whole index: within the article's budget, so that a
 * story of many speakers stays linear.  May it be taken?
 */
static int
index_look(struct ctx *c)
{
	if (c->fnbudget < c->ncap)
		return 0;
	c->fnbudget -= c->ncap;
	return 1;
}

/*
 * `Bill Clinton`, then `Hillary Clinton`: the second full name of a
 * surname, kept apart for a speaker who cannot be the first (`Mrs.
 * Clinton`).  A few per article.
 */
static void
name_alt(struct ctx *c, const struct fullname *f, size_t seg, size_t s,
    size_t e, size_t ks, size_t ke)
{
	struct fullname *g;
	size_t i;

	if (name_is(c, f, seg, s, e))
		return;
	for (i = 0; i < c->nalt; i++)
		if (name_is(c, &c->alt[i], seg, s, e))
			return;
	if (c->nalt == NALT)
		return;
	g = &c->alt[c->nalt++];
	memset(g, 0, sizeof(*g));
	g->seg = seg;
	g->s = s;
	g->e = e;
	g->ks = ks;
	g->ke = ke;
}

static void
name_add(struct ctx *c, size_t seg, size_t s, size_t e, size_t ks, size_t ke)
{
	struct fullname *old = c->names, *f, *g;
	size_t oldcap = c->ncap, i;

	if ((f = name_lookup(c, c->seg[seg].text + ks, ke - ks)) != NULL) {
		name_alt(c, f, seg, s, e, ks, ke);
		return;			/* the first full name wins */
	}
	if ((c->nnames + 1) * 2 > c->ncap) {
		c->ncap = c->ncap ? c->ncap * 2 : 64;
		c->names = xreallocarray(NULL, c->ncap, sizeof(*c->names));
		memset(c->names, 0, c->ncap * sizeof(*c->names));
		c->nnames = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i].ke != 0) {
				f = &old[i];
				name_add(c, f->seg, f->s, f->e, f->ks, f->ke);
				g = name_lookup(c, c->seg[f->seg].text + f->ks,
				    f->ke - f->ks);
				g->sex = f->sex;
				g->age = f->age;
			}
		free(old);
	}
	for (i = hash(c->seg[seg].text + ks, ke - ks) & (c->ncap - 1);
	    c->names[i].ke != 0; i = (i + 1) & (c->ncap - 1))
		;
	c->names[i].seg = seg;
	c->names[i].s = s;
	c->names[i].e = e;
	c->names[i].ks = ks;
	c->names[i].ke = ke;
	c->names[i].sex = G_NONE;
	c->names[i].age = 0;
	c->nnames++;
}

/*
 * The one full name of the article that starts with the first name w (n
 * bytes): `Khloe` for `Khloe Kardashian`.  None when two people share
 * it.  Asked only when no full name ends in w, and w is a first name.
 */
static struct fullname *
firstname_lookup(struct ctx *c, const char *w, size_t n)
{
	struct fullname *f, *found = NULL;
	const char *t;
	size_t i;

	if (!index_look(c))
		return NULL;
	/* the index, then the second full names of its surnames */
	for (i = 0; i < c->ncap + c->nalt; i++) {
		f = i < c->ncap ? &c->names[i] : &c->alt[i - c->ncap];
		if (f->ke == 0 || c->seg[f->seg].head)
			continue;
		t = c->seg[f->seg].text + f->s;
		if (f->e - f->s <= n || t[n] != ' ' || !txt_ncaseeq(t, w, n))
			continue;
		/* two people, unless both end in the one surname */
		if (found != NULL && !name_is(c, found, f->seg, f->s, f->e) &&
		    !(found->ke - found->ks == f->ke - f->ks &&
		    txt_ncaseeq(c->seg[found->seg].text + found->ks,
		    c->seg[f->seg].text + f->ks, f->ke - f->ks)))
			return NULL;
		if (found == NULL)
			found = f;
	}
	return found;
}

/* The sex an honorific (`Mr.`, `Mrs.`, `Ms.`, `Miss`) w, l bytes, says. */
static int
honorific_word(const char *w, size_t l)
{
	if (l > 1 && w[l - 1] == '.')
		l--;
	if (l == 2 && txt_ncaseeq(w, "mr", 2))
		return G_MALE;
	if ((l == 2 && txt_ncaseeq(w, "ms", 2)) ||
	    (l == 3 && txt_ncaseeq(w, "mrs", 3)) ||
	    (l == 4 && w[l] != '.' && txt_ncaseeq(w, "miss", 4)))
		return G_FEMALE;
	return G_NONE;
}

/* The sex the honorific at token i says. */
static int
honorific_sex(const struct toks *tk, size_t i)
{
	if (i >= tk->n || tk->t[i].k != T_WORD)
		return G_NONE;
	return honorific_word(tk->text + tk->t[i].s,
	    tk->t[i].e - tk->t[i].s);
}

/* `Mr. Doe`: the person indexed under `Doe` is a man. */
static void
name_sex(struct ctx *c, const struct toks *tk, size_t h, size_t b)
{
	struct fullname *f;

	f = name_lookup(c, tk->text + tk->t[b].s, bare_len(tk, b));
	if (f != NULL && f->sex == G_NONE)
		f->sex = honorific_sex(tk, h);
}

/* Does token i end in an apostrophe (`Sanders'`, `Sanders’`)? */
static int
apostrophe_end(const struct toks *tk, size_t i)
{
	const char *e = tk->text + tk->t[i].e;

	return e[-1] == '\'' || (tk->t[i].e - tk->t[i].s > 3 &&
	    (unsigned char)e[-3] == 0xe2 && (unsigned char)e[-2] == 0x80 &&
	    (unsigned char)e[-1] == 0x99);
}

/* A possessive, in `'s` or in `s'`: `Kent's`, `Sanders'`. */
static int
tok_owner(const struct toks *tk, size_t i)
{
	return tok_possessive(tk, i) || apostrophe_end(tk, i);
}

/*
 * The age a text gives a name that starts at byte a and ends in token t,
 * in the name's entry: `Jo Kent, 28,` or `28-year-old Jo Kent`.  The first
 * one given counts.
 */
static void
name_age(struct ctx *c, const char *s, size_t n, size_t a, struct tok t)
{
	struct fullname *f;
	size_t i, d;
	int age = 0;

	/* `Jo Kent, 28,` */
	i = t.e;
	if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ') {
		for (i += 2, d = i; i < n && i - d < 3 &&
		    txt_isdigit(s[i]); i++)
			age = age * 10 + (s[i] - '0');
		if (i == d || (i < n && s[i] != ',' && s[i] != '.' &&
		    s[i] != ')'))
			age = 0;
	}
	/* `28-year-old Jo Kent` */
	if (age == 0 && a >= 12 && memcmp(s + a - 10, "-year-old ", 10) == 0) {
		for (d = a - 10, i = d; i > 0 && d - i < 3 &&
		    txt_isdigit(s[i - 1]); i--)
			;
		if (i < d && (i == 0 || s[i - 1] == ' '))
			for (; i < d; i++)
				age = age * 10 + (s[i] - '0');
	}
	if (age != 0 && (f = name_lookup(c, s + t.s, t.e - t.s)) != NULL &&
	    f->age == 0)
		f->age = age;
}

/*
 * Is s, n bytes, written as a headline, with no word in lower case of
 * four letters or more (`Subsidy Needed for Farms: Fisheries Adviser`),
 * and no stop at its end?
 */
static int
title_case(const char *s, size_t n)
{
	size_t i, l;

	for (i = n; i > 0 && s[i - 1] == ' '; i--)
		;
	if (i > 0 && txt_in_set(".!?", s[i - 1]))
		return 0;
	for (i = 0; i < n; i += l > 0 ? l : 1)
		if ((l = txt_word_len(s, n, i)) >= 4 && txt_islower(s[i]))
			return 0;
	return 1;
}

/*
 * `Foreign Minister Jo Kent`, `Chief Adviser Prof Jo Kent`: `the
 * minister`, `the adviser` is Kent, whose name is tokens a..b; not a
 * vice or former holder of the post.
 */
static void
index_post(struct ctx *c, const struct toks *tk, size_t p, size_t a,
    size_t b)
{
	size_t k = a;

	while (k > 0 && a - k < 3 && tok_in(tk, k - 1, &titles) &&
	    !tok_in(tk, k - 1, &posts))
		k--;
	if (k == 0 || !tok_in(tk, k - 1, &posts) || (k >= 2 &&
	    (tok_is(tk, k - 2, "vice") || tok_is(tk, k - 2, "deputy") ||
	    tok_is(tk, k - 2, "former") || tok_is(tk, k - 2, "assistant"))))
		return;
	/* not from a headline (`Adviser Flags Risks`); read only for a post */
	if (c->seg[p].head || title_case(c->seg[p].text, c->seg[p].len))
		return;
	name_add(c, p, tk->t[a].s, tk->t[b].e, tk->t[k - 1].s,
	    tk->t[k - 1].e - (tk->text[tk->t[k - 1].e - 1] == '.'));
}

/*
 * Index the full names of one segment: runs of two or more capitalised
 * words, titles and sentence-initial words left out.  Done once per
 * article, and only when a surname needs it.
 */
static void
index_seg(struct ctx *c, struct toks *tk, size_t p)
{
	const char *s = c->seg[p].text;
	size_t n = c->seg[p].len, i = 0, a, b, k, e;
	unsigned char u;

	while (i < n) {
		/* Most bytes are not a capital that starts a word. */
		i = txt_next_upper(s, n, i);
		if (i >= n)
			break;
		u = i > 0 ? (unsigned char)s[i - 1] : ' ';
		if (txt_isalnum(u) || u >= 0x80 || u == '\'' || u == '-') {
			i++;
			continue;
		}
		/*
		 * A name is two words or more: a capitalised word that a
		 * word in lower case follows (not `de`, `van`) is passed by.
		 */
		a = word_end(s, n, i);
		b = txt_skip_space(s, n, a);
		if (b < n && !txt_isupper(s[b]) &&
		    !txt_in_set("abdilv", s[b]) &&
		    (unsigned char)s[b] < 0xc3 && nickname_at(s, n, b) == 0) {
			i = a > i ? a : i + 1;
			continue;
		}
		/* A name is a few words: look further only when it goes on. */
		tokenize_max(tk, s, n, i, n, 3);
		if (((b = cap_run_fwd(tk, 0)) + 1 >= tk->n ||
		    tok_particle(tk, b + 1)) && tk->n == 3) {
			tokenize_max(tk, s, n, i, n, 12);
			b = cap_run_fwd(tk, 0);
		}
		a = 0;
		i = tk->t[b].e;
		while (a < b && tok_stop(tk, a))
			a++;
		a = name_start(tk, name_part(tk, a, b), b);
		/*
		 * At a possessive, the name is the two words or more after
		 * it (`CNN's Jo Kent`), else the words before (`Jo Kent's
		 * Plan`), which are not indexed.
		 */
		for (k = a; k < b; k++)
			if (tok_owner(tk, k)) {
				if (b >= k + 2)
					a = name_start(tk, k + 1, b);
				else
					b = k;
			}
		/*
		 * `Hillary Clinton's health`: the name without its `'s`, when
		 * a first name opens it (not `Reversing Acme's`).
		 */
		e = tk->t[b].s + bare_len(tk, b);
		if (a < b && tok_possessive(tk, b) && firstname_sex(s +
		    tk->t[a].s, tk->t[a].e - tk->t[a].s) == G_NONE)
			a = b;
		/* not `Vice President`, but `Craig White`, `Jim Press` */
		if (a < b && (!tok_in(tk, b, &titles) || (b == a + 1 &&
		    first_name_at(tk, a) && !tok_in(tk, a, &titles))) &&
		    e - tk->t[b].s > 1 && !apostrophe_end(tk, b)) {
			name_add(c, p, tk->t[a].s, e, tk->t[b].s, e);
			if (!tok_possessive(tk, b)) {
				name_age(c, s, n, tk->t[a].s, tk->t[b]);
				index_post(c, tk, p, a, b);
			}
		}
		if (a > 0 && a <= b && honorific_sex(tk, a - 1) != G_NONE)
			name_sex(c, tk, a - 1, b);
	}
}

/*
 * Index the segments up to p.  The index grows as the quotes go on: a
 * full name usually comes before its surname, and the rest of the article
 * is read only when it does not.
 */
static void
index_upto(struct ctx *c, size_t p)
{
	for (; c->indexed < c->nseg && c->indexed <= p; c->indexed++)
		if (!c->seg[c->indexed].head)
			index_seg(c, c->tmp, c->indexed);
}

/* Words that end the name of a place, a building or a body. */
static const char *const sites_w[] = {
	"abbey", "airport", "arena", "avenue", "awards", "bay", "beach",
	"bridge", "building", "castle", "cathedral", "center", "centre",
	"church", "city", "coast", "college", "county", "cup", "empire",
	"estate", "gallery", "gardens", "global", "hospital", "hotel",
	"index", "island", "llp", "museum", "palace", "plaza",
	"presidency", "road", "school", "square", "stadium", "station",
	"street", "survey", "theater", "theatre", "tower", "towers",
	"update", "usa", "valley", "village", "wharf"
};
WORDLIST(sites);

/*
 * May the full name f be a person's, for a word w (n bytes) that is no
 * first name the lists know, nor a place?  Two or three words of letters,
 * capitalised, not in capitals (`ICE`, `JO KENT`), the last no word of a
 * place or a body (`Roe Tower`, `Acme Inc`).
 */
static int
person_name(const struct ctx *c, const struct fullname *f, const char *w,
    size_t n)
{
	const char *t = c->seg[f->seg].text;
	size_t i, words = 1;

	if (n < 2 || !txt_islower(w[1]) || place_name(w, n) ||
	    !txt_islower(t[f->s + 1]) || f->ke - f->ks < 2 ||
	    txt_isupper(t[f->ks + 1]) ||
	    wl_has(&sites, t + f->ks, f->ke - f->ks) ||
	    wl_has(&bodies, t + f->ks, f->ke - f->ks))
		return 0;
	for (i = f->s; i < f->e; i++) {
		if (t[i] == ' ') {
			if (++words > 3 || i + 1 >= f->e ||
			    !txt_isupper(t[i + 1]))
				return 0;
		} else if (txt_isdigit(t[i]) || t[i] == '.' || t[i] == ',')
			return 0;
	}
	return 1;
}

/*
 * The full name for the word w (n bytes) of segment p's quote.  The
 * headlines come last: every word of theirs is capitalised, and
 * `Donor Jo Kent Says` is no name.
 */
static struct fullname *
surname_lookup(struct ctx *c, size_t p, const char *w, size_t n)
{
	struct fullname *f;
	size_t i;

	index_upto(c, p);
	if ((f = name_lookup(c, w, n)) == NULL && c->indexed < c->nseg) {
		index_upto(c, c->nseg);
		f = name_lookup(c, w, n);
	}
	if (f == NULL && firstname_sex(w, n) != G_NONE &&
	    (f = firstname_lookup(c, w, n)) != NULL)
		return f;
	if (f == NULL && !c->headsindexed) {
		c->headsindexed = 1;
		for (i = 0; i < c->nseg; i++)
			if (c->seg[i].head)
				index_seg(c, c->tmp, i);
		f = name_lookup(c, w, n);
	}
	return f;
}

/* The person given the post that token i names (`senator`: `Sen.`). */
static struct fullname *
post_lookup(struct ctx *c, size_t p, const struct toks *tk, size_t i)
{
	static const char *const abbr[][2] = {
		{ "senator", "sen" }, { "governor", "gov" },
		{ "congressman", "rep" }, { "congresswoman", "rep" }
	};
	const char *w = tk->text + tk->t[i].s;
	size_t l = tk->t[i].e - tk->t[i].s, k;
	struct fullname *f;

	if ((f = surname_lookup(c, p, w, l)) != NULL)
		return f;
	for (k = 0; k < N(abbr); k++)
		if (strlen(abbr[k][0]) == l && txt_ncaseeq(w, abbr[k][0], l))
			return surname_lookup(c, p, abbr[k][1], 3);
	return NULL;
}

/*
 * The one person of the article given the age in `the 28-year-old`,
 * token i; none when two share it, or index_look says no.
 */
static struct fullname *
age_lookup(struct ctx *c, const struct toks *tk, size_t i)
{
	struct fullname *f, *found = NULL;
	const char *w = tk->text + tk->t[i].s;
	size_t k;
	int age = 0;

	for (k = 0; k < 3 && txt_isdigit(w[k]); k++)
		age = age * 10 + (w[k] - '0');
	if (k == 0 || !tok_ends(tk, i, "-year-old", k + 9) ||
	    tk->t[i].e - tk->t[i].s != k + 9)
		return NULL;
	index_upto(c, c->nseg);
	if (!index_look(c))
		return NULL;
	for (k = 0; k < c->ncap; k++) {
		f = &c->names[k];
		if (f->ke == 0 || f->age != age)
			continue;
		if (found != NULL)
			return NULL;
		found = f;
	}
	return found;
}

/* Emitting speakers. */

static size_t
put(struct quote_list *ql, const char *s, size_t n)
{
	size_t off = ql->buflen;

	xgrow(&ql->buf, &ql->bufcap, ql->buflen + n + 1, 1);
	memcpy(ql->buf + off, s, n);
	ql->buflen += n;
	return off;
}

/* The word of token i without a possessive ending. */
static size_t
bare_len(const struct toks *tk, size_t i)
{
	size_t l = tk->t[i].e - tk->t[i].s;

	if (tok_possessive(tk, i))
		l -= tk->text[tk->t[i].e - 2] == '\'' ? 2 : 4;
	else if (l > 3 && apostrophe_end(tk, i))	/* `Forbes'` */
		l -= tk->text[tk->t[i].e - 1] == '\'' ? 1 : 3;
	return l;
}

static int	subject_rule(const struct toks *, struct np *);
static int	before_rule(const struct toks *, struct np *);
static size_t	sentence_before(const char *, size_t, size_t);
static size_t	sentence_back(const char *, size_t, size_t, size_t);

/*
 * One capitalised word in -s that is no one's surname in the article
 * (`Millennials`, `Corporations`): a group, not a person a pronoun is.
 */
static int
group_name(struct ctx *c, size_t p, const struct toks *tk, const struct np *np)
{
	static const char *const plurals_w[] = { "children", "men",
	    "people", "police", "women" };
	WORDLIST(plurals);
	const struct tok *t = &tk->t[np->a];

	if (np->a == np->b && tok_in(tk, np->a, &plurals))
		return 1;
	return np->a == np->b && t->e - t->s > 3 &&
	    tk->text[t->e - 1] == 's' && txt_islower(tk->text[t->e - 2]) &&
	    tk->text[t->e - 2] != 's' && !tok_possessive(tk, np->a) &&
	    surname_lookup(c, p, tk->text + t->s, t->e - t->s) == NULL;
}

static int	seen_in(struct ctx *, const char *, size_t, int);
static int	cap_inside(const char *, size_t, size_t);

/*
 * How the article writes the capitalised word w (n bytes) elsewhere, of
 * the ways in the mask want: SEEN_LOWER, SEEN_MID.  Past the reading
 * budget, as a name is.
 */
static int
word_seen(struct ctx *c, const char *w, size_t n, int want)
{
	struct cword *e = NULL;
	size_t k;
	int ask = want;

	if (n < 2 || !txt_isupper(w[0]))
		return SEEN_MID & ask;
	/* A word asked about again is answered from what was found. */
	for (k = 0; k < NCW && e == NULL; k++)
		if (c->cw[k].len == n && memcmp(c->cw[k].w, w, n) == 0)
			e = &c->cw[k];
	if (e != NULL && (e->asked & want) == want)
		return e->seen & ask;
	if (e == NULL && n <= sizeof(e->w)) {
		e = &c->cw[c->cwnext++ % NCW];
		memcpy(e->w, w, n);
		e->len = n;
		e->seen = e->asked = 0;
	}
	if (e == NULL)
		return seen_in(c, w, n, want);
	want &= ~e->asked;
	e->seen |= seen_in(c, w, n, want);
	e->asked |= want;
	return e->seen & ask;
}

/*
 * Is the word at s[h] written whole, in s[0..e) with e - h >= n?  Any
 * byte past ASCII next to it counts as part of a word, a curly mark too:
 * txt_word_start's reading of UTF-8 finds more words capitalised inside
 * sentences, and moved 45 speakers of the bench records, no better.
 */
static int
whole_word(const char *s, size_t e, size_t h, size_t n)
{
	return (h == 0 || !(txt_isalnum(s[h - 1]) ||
	    (unsigned char)s[h - 1] >= 0x80)) && (h + n == e ||
	    !(txt_isalnum(s[h + n]) || (unsigned char)s[h + n] >= 0x80));
}

/* Does segment sg write w (n bytes) in the way want?  Then want, else 0. */
static int
seen_seg(const struct qseg *sg, const char *w, size_t n, int want)
{
	const char *s = sg->text, *h;
	size_t e = sg->len, i, k;
	int first = want == SEEN_LOWER ? txt_tolower(w[0]) : w[0];

	for (h = s; (h = memchr(h, first, e - (size_t)(h - s))) != NULL;
	    h++) {
		i = (size_t)(h - s);
		if (e - i < n || !whole_word(s, e, i, n))
			continue;
		for (k = 1; k < n && h[k] == w[k]; k++)
			;
		if (k == n && (want == SEEN_LOWER || cap_inside(s, e, i)))
			return want;
	}
	return 0;
}

/* Which ways of those in want does the article write w (n bytes)? */
static int
seen_in(struct ctx *c, const char *w, size_t n, int want)
{
	size_t p;
	int seen = 0, way;

	for (p = 0; p < c->nseg && (want & ~seen) != 0; p++)
		for (way = SEEN_LOWER; way <= SEEN_MID; way <<= 1) {
			if (!(want & way) || (seen & way))
				continue;
			if (c->cwbudget < c->seg[p].len)
				return seen | (want & SEEN_MID);
			c->cwbudget -= c->seg[p].len;
			seen |= seen_seg(&c->seg[p], w, n, way);
		}
	return seen;
}

/*
 * Is the capital at s[i] inside a sentence: not first in its paragraph,
 * nor after a sentence's end, though after `Mr.` or `Sen.`?
 */
static int
cap_inside(const char *s, size_t n, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '"' ||
	    s[i - 1] == '(' || s[i - 1] == '\''))
		i--;
	if (i == 0 || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == ':')
		return 0;
	return s[i - 1] != '.' || txt_is_abbrev(s, n, i - 1);
}

/* Is token i a verb, maybe after `then` or an adverb (`Doe then asked`)? */
static int
verb_after(const struct toks *tk, size_t i)
{
	if (tok_is(tk, i, "then") || tok_is(tk, i, "also") ||
	    tok_ends(tk, i, "ly", 4))
		i++;
	return tok_lower(tk, i) && (tok_past(tk, i) || is_verb(tk, i));
}

/*
 * A name of one word that no full name ends in, and that the article
 * writes in lower case (`People`): no person.
 */
static int
lone_common(struct ctx *c, size_t p, const struct toks *tk,
    const struct np *np)
{
	const struct tok *t = &tk->t[np->a];

	return np->a == np->b && surname_lookup(c, p, tk->text + t->s,
	    bare_len(tk, np->a)) == NULL &&
	    word_seen(c, tk->text + t->s, t->e - t->s, SEEN_LOWER);
}

/*
 * A capitalised word first in a sentence, before a word in lower case
 * that is no verb, that no full name ends in, no first name, and that the
 * article never capitalises inside a sentence: no name (`Similar firearms
 * sell`, `Industry groups say`); but `Roe then took` has a verb.
 */
static int
lone_first(const struct toks *tk, size_t i)
{
	struct ctx *c = tk->c;
	const char *w = tk->text + tk->t[i].s;
	size_t n = bare_len(tk, i);

	/* The look-ups last, the index's the very last: they read most. */
	return c != NULL && (i == 0 || tk->t[i - 1].k == T_COLON) &&
	    tok_lower(tk, i + 1) &&
	    !verb_after(tk, i + 1) && !tok_ends(tk, i, "ly", 4) &&
	    described_name(tk, i) == 0 && firstname_sex(w, n) == G_NONE &&
	    !word_seen(c, w, tk->t[i].e - tk->t[i].s, SEEN_MID) &&
	    surname_lookup(c, c->nseg - 1, w, n) == NULL;
}

static int	sex_differs(struct ctx *, size_t, const char *, size_t, int);
static int	fullname_sex(const struct ctx *, const struct fullname *);
static int	first_name_sex(const struct ctx *, const struct fullname *);

/*
 * May np, a name, be the person a pronoun means?  For `he` or `she`, not
 * a group (`Millennials`), a word the article writes in lower case
 * (`People`, `State`), nor one of the other sex.
 */
/*
 * `Roger Ailes's departure`, `Trump's gloomy tone`: a thing of a person;
 * `he` or `she` stands for its owner, but for `Doe's wife` herself.
 */
static void
owner(const struct toks *tk, struct np *np)
{
	if (np->type == NP_NAME && np->last < np->b &&
	    tok_possessive(tk, np->last) && !tok_in(tk, np->b, &kin) &&
	    !tok_in(tk, np->b, &posts) && !tok_in(tk, np->b, &titles))
		np->b = np->last;
}

/* The sex of `wife` or `son` after a possessive, or G_NONE. */
static int
kin_sex(const struct toks *tk, size_t i)
{
	static const char *const female_kin_w[] = { "daughter", "mother",
	    "sister", "widow", "wife" };
	static const char *const male_kin_w[] = { "brother", "father",
	    "husband", "son" };
	WORDLIST(female_kin);
	WORDLIST(male_kin);

	return tok_in(tk, i, &female_kin) ? G_FEMALE :
	    tok_in(tk, i, &male_kin) ? G_MALE : G_NONE;
}

/*
 * The sex of a noun for a person, or G_NONE: `the actress`, `a Tory
 * spokesman`, a description a pronoun of that sex may mean.
 */
static int
noun_sex(const struct toks *tk, size_t i)
{
	static const char *const female_w[] = { "actress", "chairwoman",
	    "businesswoman", "congresswoman", "girl", "mother", "princess",
	    "queen", "spokeswoman", "woman" };
	static const char *const male_w[] = { "actor", "boy", "businessman",
	    "chairman", "congressman", "father", "king", "man", "prince",
	    "spokesman" };
	WORDLIST(female);
	WORDLIST(male);
	int g;

	if ((g = kin_sex(tk, i)) != G_NONE)
		return g;
	return tok_in(tk, i, &female) ? G_FEMALE :
	    tok_in(tk, i, &male) ? G_MALE : G_NONE;
}

/* The noun a description is about: `the official` at the bank. */
static size_t
desc_head(const struct toks *tk, const struct np *np)
{
	size_t k;

	for (k = np->a; k < np->b && !tok_in(tk, k + 1, &preps); k++)
		;
	return k;
}

/* `BLS`, `NATO`, `WINNER`: a name of one word in capitals, no person's. */
static int
acronym(const struct toks *tk, const struct np *np)
{
	return np->a == np->b && tok_allcaps(tk, np->a);
}

static int
person_fits(struct ctx *c, size_t p, const struct toks *tk,
    const struct np *np, int want)
{
	int g;

	if (np->type != NP_NAME || (want != G_NONE &&
	    place_at(tk, np->a, np->b)))
		return 0;
	/*
	 * `Jo Kent's wife`: her sex is the word's, not the name's; `Jo
	 * Kent's outing comes` is no person.
	 */
	if (np->last < np->b && tok_possessive(tk, np->last)) {
		g = kin_sex(tk, np->b);
		return want == G_NONE || (g == G_NONE ?
		    person_noun(tk, np->b) : g == want);
	}
	return !(want != G_NONE &&
	    (group_name(c, p, tk, np) || tok_in(tk, np->b, &bodies) ||
	    acronym(tk, np) ||
	    lone_common(c, p, tk, np) ||
	    sex_differs(c, p, tk->text + tk->t[np->a].s,
	    tk->t[np->b].e - tk->t[np->a].s, want)));
}

/*
 * The person a sentence names: its subject, or, when that is no pronoun,
 * who speaks in it (`The stakes are high, Becerra said.`).
 */
/*
 * `Sony said`, `Google has said`: a word alone, capitalised, that is no
 * first name and stands for no full name of the article, may be a firm's.
 */
static int	lone_common(struct ctx *, size_t, const struct toks *,
		    const struct np *);

/*
 * A name of one capitalised word that is no first name, no place, and
 * stands for no full name of the article: a firm's (`Sony`, `Goldman`).
 * With look, the article is read for it: not a word it writes in lower
 * case, nor a surname anywhere in it; else only the index so far is.
 */
static int
firm_word(struct ctx *c, size_t p, const struct toks *tk,
    const struct np *np, int look)
{
	const char *w = tk->text + tk->t[np->a].s;
	size_t l = tk->t[np->a].e - tk->t[np->a].s;

	if (np->type != NP_NAME || np->a != np->b || np->name != np->a ||
	    tok_ing_ed(tk, np->a, 5) || tok_in(tk, np->a, &roles) ||
	    (tok_ends(tk, np->a, "s", 4) && !tok_allcaps(tk, np->a)) ||
	    firstname_sex(w, l) != G_NONE || place_at(tk, np->a, np->b))
		return 0;
	return look ? !lone_common(c, p, tk, np) &&
	    surname_lookup(c, p, w, l) == NULL : name_lookup(c, w, l) == NULL;
}

static int
firm_name(struct ctx *c, size_t p, const struct toks *tk,
    const struct np *np)
{
	size_t v = np->b + 1;

	/* `Sony said`, `HSBC has`; not `Oil prices`, `Turning`, `Critics` */
	return tok_lower(tk, v) && (is_verb(tk, v) || tok_past(tk, v) ||
	    tok_in(tk, v, &auxiliaries)) && firm_word(c, p, tk, np, 1);
}

/*
 * `The company's shares fell after it said`: a body that owns the thing
 * np describes is the body `it` means; np is cut to it.
 */
static int
body_owner(const struct toks *tk, struct np *np)
{
	size_t k;

	for (k = np->a; k < np->b; k++)
		if (tok_possessive(tk, k) && tok_lower(tk, k) &&
		    wl_has(&bodies, tk->text + tk->t[k].s, bare_len(tk, k))) {
			np->b = k;
			return 1;
		}
	return 0;
}

/*
 * `But a spokesman for the ballet told reporters ...`: the subject after
 * a conjunction that opens the sentence, before its verb of speech.
 */
static int
but_subject(const struct toks *tk, struct np *np)
{
	size_t j;

	return (tok_is(tk, 0, "but") || tok_is(tk, 0, "and") ||
	    tok_is(tk, 0, "yet")) && tok_lower(tk, 1) &&
	    tok_in(tk, 1, &determiners) && (j = np_fwd(tk, 1, np)) != 0 &&
	    np->type == NP_DESC && is_verb(tk, j);
}

static int
sentence_person(struct ctx *c, size_t p, const struct toks *tk, int want,
    struct np *np)
{
	/* for `it`, a body that is the subject: `the company denied` */
	if (want == W_BODY)
		return subject_rule(tk, np) && (np->type == NP_DESC ?
		    tok_in(tk, desc_head(tk, np), &bodies) ||
		    body_owner(tk, np) :
		    np->type == NP_NAME && np->last == np->b &&
		    (tok_in(tk, np->b, &bodies) || firm_name(c, p, tk, np)));
	if (subject_rule(tk, np) || but_subject(tk, np)) {
		if (np->type == NP_PRON)
			return 0;
		owner(tk, np);
		/*
		 * or one new to the story (`A Tory spokeswoman said`), not
		 * `the actress`, the one named before
		 */
		if (person_fits(c, p, tk, np, want) || (np->type == NP_DESC &&
		    want != G_NONE && (tok_is(tk, np->a, "a") ||
		    tok_is(tk, np->a, "an") || tok_is(tk, np->a, "another")) &&
		    noun_sex(tk, desc_head(tk, np)) == want))
			return 1;
	}
	if (!before_rule(tk, np))
		return 0;
	owner(tk, np);
	return person_fits(c, p, tk, np, want);
}

/*
 * recent_subject: the subject of the nearest sentence before byte i of
 * segment p that has a name for subject, looking a few sentences back;
 * for a person (`he`, `she`), not a group's name.  Its tokens are left
 * in c->tsub; *sp and *spos say where it starts.  Given as other than
 * NO_FLOOR, they are a floor: a sentence that starts at or before it is
 * not looked at.
 */
static int
recent_subject(struct ctx *c, size_t p, size_t i, int want, struct np *np,
    size_t *sp, size_t *spos)
{
	const struct qseg *sg;
	size_t st, tries = 0, fp = *sp, fpos = *spos;

	for (;;) {
		sg = &c->seg[p];
		while (i > 0 && tries++ < TRIES) {
			/* A long sentence whole: its subject at its start. */
			st = sentence_back(sg->text, i, 0, 2 * WINDOW);
			/* none at or before the floor *sp, *spos is wanted */
			if (fp != NO_FLOOR && (p < fp ||
			    (p == fp && st <= fpos)))
				return 0;
			tokenize(c->tsub, sg->text, sg->len, st,
			    i - st > WINDOW ? st + WINDOW : i);
			/* Not a sentence that someone else is quoted in. */
			if (c->tsub->n > 0 && c->tsub->t[0].k != T_QUOTE &&
			    sentence_person(c, p, c->tsub, want, np)) {
				*sp = p;
				*spos = st;
				return 1;
			}
			if (st == 0)
				break;
			i = st < i ? st - 1 : i - 1;
		}
		if (p == 0 || c->seg[p - 1].head || tries >= TRIES ||
		    (fp != NO_FLOOR && p <= fp))
			return 0;
		i = c->seg[--p].len;
	}
}

/* The sex of a pronoun: `he`, `him`, `his` a man, `she`, `her` a woman. */
static int
pronoun_sex(const char *w, size_t l)
{
	if ((l == 2 && txt_ncaseeq(w, "he", 2)) ||
	    (l == 3 && (txt_ncaseeq(w, "him", 3) || txt_ncaseeq(w, "his", 3))))
		return G_MALE;
	if ((l == 3 && txt_ncaseeq(w, "she", 3)) ||
	    (l == 3 && txt_ncaseeq(w, "her", 3)))
		return G_FEMALE;
	return G_NONE;
}

/*
 * The sex of the person named s (n bytes), if known: from a first name
 * before the last word (`Hillary Clinton`, `Sen. Bernie Sanders`), else
 * from what the article called the surname (`Mr. Doe`).
 */
static int
speaker_sex(struct ctx *c, size_t p, const char *s, size_t n)
{
	struct fullname *f;
	size_t e = n, b, w, l;
	int g;

	if (e >= 2 && s[e - 2] == '\'' && txt_tolower(s[e - 1]) == 's')
		e -= 2;
	for (b = e; b > 0 && s[b - 1] != ' '; b--)
		;
	if (b == e)
		return G_NONE;
	for (w = 0; w < b; w += l + 1) {
		for (l = 0; w + l < b && s[w + l] != ' '; l++)
			;
		if ((g = firstname_sex(s + w, l)) != G_NONE ||
		    (g = honorific_word(s + w, l)) != G_NONE)
			return g;
	}
	index_upto(c, p);
	if ((f = name_lookup(c, s + b, e - b)) == NULL)
		return G_NONE;
	/* `Clinton` alone: the sex of the full name it stands for. */
	return b > 0 ? f->sex : fullname_sex(c, f);
}

/*
 * The sex of the full name f by its first name, else by the honorific
 * the article gave its surname (which another of that surname may have).
 */
static int
fullname_sex(const struct ctx *c, const struct fullname *f)
{
	int g = first_name_sex(c, f);

	return g != G_NONE ? g : f->sex;
}

/* The sex of the first name of the full name f, if it tells. */
static int
first_name_sex(const struct ctx *c, const struct fullname *f)
{
	const char *s = c->seg[f->seg].text + f->s;
	size_t l;

	for (l = 0; l < f->e - f->s && s[l] != ' '; l++)
		;
	return l < f->e - f->s ? firstname_sex(s, l) : G_NONE;
}

/* Is the person named s (n bytes) known to be of the other sex? */
static int
sex_differs(struct ctx *c, size_t p, const char *s, size_t n, int want)
{
	int g = speaker_sex(c, p, s, n);

	return g != G_NONE && g != want;
}

/*
 * Can the speaker np be `he` or `she`: not a body (`the Mexican
 * government`), people (`Jackson's lawyers`) or a thing of a name's
 * (`Jo Kent's support`)?
 */
static int
one_person(const struct toks *tk, const struct np *np)
{
	size_t k;

	if (np->type == NP_NAME)
		return !(np->last < np->b && tok_possessive(tk, np->last) &&
		    !person_noun(tk, np->b));
	if (np->type != NP_DESC)
		return 1;
	k = desc_head(tk, np);
	return !(tok_in(tk, k, &bodies) || (tok_lower(tk, k) &&
	    tok_ends(tk, k, "s", 4) && !tok_ends(tk, k, "ss", 4) &&
	    !tok_ends(tk, k, "us", 4) && !tok_ends(tk, k, "is", 4)));
}

/* Things that say: `the report said`, `the filing says`. */
static const char *const writings_w[] = {
	"ad", "book", "complaint", "document", "filing", "indictment",
	"lawsuit", "letter", "magazine", "memo", "newspaper", "paper",
	"poll", "post", "release", "report", "ruling", "statement", "study",
	"survey", "website"
};
WORDLIST(writings);

/*
 * Can the speaker np be `it`: a name in capitals (`UBS`) or one that
 * ends in a body (`the Security Council`), or a description of a body or
 * a writing (`the company`, `the report`), not of a person or people?
 */
static int
may_be_it(const struct toks *tk, const struct np *np)
{
	size_t k;

	if (np->type == NP_NAME) {
		k = np->name <= np->b ? np->name : np->a;
		return k == np->a && (tok_in(tk, np->b, &bodies) ||
		    acronym(tk, np));
	}
	k = desc_head(tk, np);
	return np->type == NP_DESC && (tok_in(tk, k, &bodies) ||
	    tok_in(tk, k, &writings));
}

/*
 * `the reality star in her caption`, `a spokesman in a statement`: where
 * a description spoke is no part of who.  Cuts it from np.
 */
static void
trim_medium(const struct toks *tk, struct np *np)
{
	size_t k = np->b;

	if (np->b < np->a + 2 || !tok_in(tk, k, &media))
		return;
	if (tok_in(tk, k - 1, &determiners) || tok_is(tk, k - 1, "her") ||
	    tok_is(tk, k - 1, "his") || tok_is(tk, k - 1, "their"))
		k--;
	if (k - 1 > np->a && (tok_is(tk, k - 1, "in") ||
	    tok_is(tk, k - 1, "on")))
		np->b = k - 2;
}

static void	emit(struct ctx *, struct quote *, const struct toks *,
		    const struct np *);

/*
 * The person the pronoun np stands for: the last speaker, or a person
 * who was a subject since, whichever is nearer, unless the pronoun says
 * the other sex (`she` is not `Mr. Doe`, nor `Bernie Sanders`).
 */
static int
emit_pronoun(struct ctx *c, struct quote *q, const struct toks *tk,
    const struct np *np)
{
	const char *pt = tk->text + tk->t[np->a].s;
	size_t pl = tk->t[np->a].e - tk->t[np->a].s, sp = 0, spos = 0;
	int want = pronoun_sex(pt, pl), rec, last_ok, newer;
	struct np subj;

	/*
	 * `it said`: the last speaker when that was a body or a thing
	 * (`the company`), not a person; else `it` as it stands.
	 */
	if (pl == 2 && txt_ncaseeq(pt, "it", 2)) {
		/* or a body a sentence since names as its subject */
		sp = NO_FLOOR;
		if (c->haslast && c->lastit) {
			sp = c->lastseg;
			spos = c->lastpos;
		}
		rec = recent_subject(c, q->p0, q->os, W_BODY, &subj, &sp,
		    &spos);
		if (rec && (!c->haslast || !c->lastit || sp > c->lastseg ||
		    (sp == c->lastseg && spos > c->lastpos))) {
			emit(c, q, c->tsub, &subj);
			return 1;
		}
		if (!c->haslast || !c->lastit)
			return 0;
		q->spk = c->lastspk;
		q->spklen = c->lastlen;
		return 1;
	}
	last_ok = c->haslast && (want == G_NONE || !sex_differs(c, q->p1,
	    c->ql->buf + c->lastspk, c->lastlen, want));
	/*
	 * `most said ...`, then `she said`: a share is no she, nor is a
	 * thing or a body (`the Mexican government`, `Acme's support`).
	 */
	if (want != G_NONE && (c->lastdesc == 2 || !c->lastone))
		last_ok = 0;
	/*
	 * When a named last speaker fits, only a person named since may
	 * take the pronoun: no need to look further back than that.
	 */
	sp = NO_FLOOR;
	if (last_ok && !c->lastdesc) {
		sp = c->lastseg;
		spos = c->lastpos;
	}
	rec = recent_subject(c, q->p0, q->os, want, &subj, &sp, &spos);
	/*
	 * `Mr Howard said the police had said "...".  He added: "..."`:
	 * for `he` or `she`, a person known to be of that sex before a
	 * speaker that is no name.
	 */
	if (last_ok && rec && want != G_NONE && c->lastdesc &&
	    speaker_sex(c, q->p1, c->tsub->text + c->tsub->t[subj.a].s,
	    c->tsub->t[subj.b].e - c->tsub->t[subj.a].s) == want)
		last_ok = 0;
	newer = rec && (!c->haslast || sp > c->lastseg ||
	    (sp == c->lastseg && spos > c->lastpos));
	if (rec && want != G_NONE)
		owner(c->tsub, &subj);
	if (rec && (newer || !last_ok)) {
		emit(c, q, c->tsub, &subj);
		return 1;
	}
	/* No one fits, or only the last speaker does. */
	if (!last_ok)
		return 0;
	q->spk = c->lastspk;
	q->spklen = c->lastlen;
	return 1;
}

/*
 * Did the article give f the title np, a few words before the name
 * (`Chief Adviser Prof Jo Kent` for `Chief Adviser`), and not another
 * of the post (`Health Secretary` for `Foreign Secretary`)?
 */
static int
titled(const struct ctx *c, const struct fullname *f, const struct toks *tk,
    const struct np *np)
{
	const char *s = c->seg[f->seg].text, *w = tk->text + tk->t[np->a].s;
	size_t l = tk->t[np->b].e - tk->t[np->a].s, i;

	for (i = f->s > 48 ? f->s - 48 : 0; i + l <= f->s; i++)
		if (txt_ncaseeq(s + i, w, l))
			return 1;
	return 0;
}

/* The other full name of f's surname whose first name is of sex g. */
static struct fullname *
other_name(struct ctx *c, const struct fullname *f, int g)
{
	const char *k = c->seg[f->seg].text + f->ks;
	struct fullname *o;
	size_t i;

	for (i = 0; i < c->nalt; i++) {
		o = &c->alt[i];
		if (o->ke - o->ks == f->ke - f->ks &&
		    memcmp(c->seg[o->seg].text + o->ks, k,
		    f->ke - f->ks) == 0 &&
		    first_name_sex(c, o) == g)
			return o;
	}
	return NULL;
}

/* Are tokens a..b all titles (`Chief Adviser`)? */
static int
all_titles(const struct toks *tk, size_t a, size_t b)
{
	for (; a <= b; a++)
		if (!tok_in(tk, a, &titles))
			return 0;
	return 1;
}

/*
 * `the prefect of the region Jo Kent`, `The Mail on Sunday's Jo Kent`: a
 * description that ends in a first name and a surname is that person.
 */
static int
desc_name(const struct toks *tk, const struct np *np, struct np *nm)
{
	size_t k, r, i;

	/* `Wu`, not `II` */
	if (np->type != NP_DESC || !tok_cap(tk, np->b) ||
	    tok_stop(tk, np->b) || tok_in(tk, np->b, &bodies) ||
	    tk->t[np->b].e - tk->t[np->b].s < 2 ||
	    !txt_islower(tk->text[tk->t[np->b].s + 1]))
		return 0;
	for (k = np->b; k > np->a && tok_cap(tk, k - 1) &&
	    !tok_stop(tk, k - 1) && !tok_owner(tk, k - 1); k--)
		;
	r = k;
	/* after a post (`Chairman Rex Tillerson`), not `Trayvon Martin` */
	while (k < np->b && tok_in(tk, k, &titles))
		k++;
	if (k == np->b || r == np->a || !first_name_at(tk, k))
		return 0;
	/*
	 * After a word that describes the person or a possessive, and no
	 * preposition: `the son of Diana Ross` is not Diana Ross.
	 */
	for (i = np->a; i < r; i++)
		if (tok_in(tk, i, &preps) || tok_is(tk, i, "by") ||
		    tok_is(tk, i, "and"))
			return 0;
	if (!((tok_lower(tk, r - 1) && !tok_in(tk, r - 1, &determiners)) ||
	    tok_owner(tk, r - 1)))
		return 0;
	np_name(tk, nm, k, np->b);
	return 1;
}

/*
 * The full name w (l bytes), written in capitals, as the article writes
 * it with small letters too (`Angela Merkel` for `ANGELA MERKEL`): among
 * the full names of its surname, or NULL.
 */
static int
cased_is(const struct ctx *c, const struct fullname *f, const char *w,
    size_t l)
{
	const char *t = c->seg[f->seg].text + f->s;

	return f->e - f->s == l && txt_ncaseeq(t, w, l) &&
	    txt_islower(t[l - 1]);
}

static struct fullname *
cased_name(struct ctx *c, const char *w, size_t l)
{
	struct fullname *f;
	size_t k, i;

	for (k = l; k > 0 && w[k - 1] != ' '; k--)
		;
	index_upto(c, c->nseg);
	if ((f = name_lookup(c, w + k, l - k)) == NULL)
		return NULL;
	if (cased_is(c, f, w, l))
		return f;
	for (i = 0; i < c->nalt; i++)
		if (cased_is(c, &c->alt[i], w, l))
			return &c->alt[i];
	return NULL;
}

/* Write the speaker of np into quote q's speaker. */
static void
emit(struct ctx *c, struct quote *q, const struct toks *tk, const struct np *np)
{
	struct quote_list *ql = c->ql;
	struct fullname *f;
	struct np d, nm;
	size_t start = ql->buflen, a, l;
	int desc = 0;

	if (desc_name(tk, np, &nm))
		np = &nm;

	if (np->type == NP_PRON) {
		/* Taken first: emit_pronoun() may reuse the tokens. */
		const char *pt = tk->text + tk->t[np->a].s;
		size_t pl = tk->t[np->a].e - tk->t[np->a].s;

		if (emit_pronoun(c, q, tk, np))
			return;
		put(ql, pt, pl);
	} else if (np->type == NP_NAME) {
		a = np->name <= np->b ? np->name : np->a;
		if (a == np->last) {
			l = bare_len(tk, a);
			f = surname_lookup(c, q->p1, tk->text + tk->t[a].s, l);
			/* `Zorba said`: a first name the lists lack */
			if (f == NULL && (f = firstname_lookup(c,
			    tk->text + tk->t[a].s, l)) != NULL &&
			    !person_name(c, f, tk->text + tk->t[a].s, l))
				f = NULL;
			/*
			 * `Mrs. Clinton` is not the `Bill Clinton` before
			 * her, but another Clinton, a woman, if the article
			 * names one.
			 */
			if (f != NULL && a > 0 && honorific_sex(tk, a - 1) !=
			    G_NONE && first_name_sex(c, f) != G_NONE &&
			    first_name_sex(c, f) != honorific_sex(tk, a - 1))
				f = other_name(c, f, honorific_sex(tk, a - 1));
			if (f != NULL) {
				put(ql, c->seg[f->seg].text + f->s,
				    f->e - f->s);
				if (np->b > a)
					put(ql, tk->text + tk->t[a].s + l,
					    tk->t[np->b].e - tk->t[a].s - l);
				goto done;
			}
		}
		/* `Chief Adviser` alone: the person the article gave it. */
		if (all_titles(tk, np->a, np->b) && tok_in(tk, np->b, &posts) &&
		    (f = post_lookup(c, q->p1, tk, np->b)) != NULL &&
		    titled(c, f, tk, np)) {
			put(ql, c->seg[f->seg].text + f->s, f->e - f->s);
			goto done;
		}
		/* `Jo Kent's` as the owner of what was said: Jo Kent. */
		l = np->b == np->last ? tk->t[np->b].s + bare_len(tk, np->b) :
		    tk->t[np->b].e;
		/* `ANGELA MERKEL`: as the article writes her name elsewhere */
		if (caps_word(tk, a) && a < np->b && (f = cased_name(c,
		    tk->text + tk->t[a].s, l - tk->t[a].s)) != NULL) {
			put(ql, c->seg[f->seg].text + f->s, f->e - f->s);
			goto done;
		}
		put(ql, tk->text + tk->t[a].s, l - tk->t[a].s);
	} else {
		d = *np;
		trim_medium(tk, &d);
		np = &d;
		f = NULL;
		/*
		 * `the minister`: the person the article gave that post;
		 * `the 28-year-old`: the one it gave that age.
		 */
		if (np->b == np->a + 1 && tok_is(tk, np->a, "the"))
			f = tok_in(tk, np->b, &posts) ?
			    post_lookup(c, q->p1, tk, np->b) :
			    age_lookup(c, tk, np->b);
		if (f != NULL)
			put(ql, c->seg[f->seg].text + f->s, f->e - f->s);
		else	/* `the company's`: the company */
			put(ql, tk->text + tk->t[np->a].s, tk->t[np->b].s +
			    bare_len(tk, np->b) - tk->t[np->a].s);
		desc = f == NULL ? 1 + np_share(tk, np) : 0;
	}
done:
	q->spk = start;
	q->spklen = ql->buflen - start;
	if (np->type != NP_PRON) {
		c->lastspk = q->spk;
		c->lastlen = q->spklen;
		c->lastseg = q->p0;
		c->lastpos = q->os;
		c->haslast = 1;
		c->lastdesc = desc;
		c->lastone = one_person(tk, np);
		c->lastit = may_be_it(tk, np) || firm_word(c, q->p0, tk, np, 0);
	}
}

/* Attribution rules. */


/*
 * `"...," if she loses, said Jane Doe.`: a tag after a clause, where the
 * sentence ends: a comma, a speech verb and a name, or a comma, a name
 * and a speech verb.  From token v on.
 */
static int
late_tag(const struct toks *tk, size_t v, struct np *np)
{
	size_t k, e;

	for (k = v; k + 2 < tk->n && k < v + 24; k++) {
		if (tk->t[k].k == T_STOP || tk->t[k].k == T_QUOTE)
			return 0;
		if (tk->t[k].k != T_COMMA)
			continue;
		if (is_verb(tk, k + 1) && np_fwd(tk, k + 2, np) != 0 &&
		    np->type == NP_NAME)
			return 1;
		if ((e = np_fwd(tk, k + 1, np)) != 0 && np->type != NP_PRON &&
		    is_verb(tk, e) && (e + 1 >= tk->n ||
		    tk->t[e + 1].k == T_STOP))
			return 1;
	}
	return 0;
}

/* A name and no post or thing of one: not `Acme's CEO`, `Acme's aide`. */
static int
plain_name(const struct toks *tk, const struct np *np)
{
	size_t k;

	for (k = np->a; k <= np->b; k++)
		if (tok_owner(tk, k))
			return 0;
	return !tok_in(tk, np->b, &titles);
}

/*
 * `"...," Smith said`, `"...," said Smith`, `"...," according to Smith`,
 * `"...," IMF chief economist Jane Doe, 52, said`: the first speech verb
 * after the quote, and the speaker next to it.
 */
static int
after_rule(const struct toks *tk, struct np *np)
{
	size_t i = 0, v, k, lim;

	while (i < tk->n && (tk->t[i].k == T_COMMA || tk->t[i].k == T_DASH))
		i++;
	if (i >= tk->n || tk->t[i].k != T_WORD)
		return 0;
	/*
	 * `"..." -- Jane Doe`: a dash and a name that ends the sentence;
	 * not `"Song Title" - WINNER`, a label.
	 */
	if (i > 0 && tk->t[i - 1].k == T_DASH && (v = np_fwd(tk, i, np)) != 0 &&
	    np->type == NP_NAME && (v >= tk->n || tk->t[v].k == T_STOP ||
	    tk->t[v].k == T_COMMA) &&
	    !acronym(tk, np))
		return 1;
	if (tok_is(tk, i, "according") && tok_is(tk, i + 1, "to"))
		return np_fwd(tk, i + 2, np) != 0;
	/* `"...," he mocks.`: a pronoun and one verb, of any kind. */
	if ((tok_in(tk, i, &pronouns) || (tok_is(tk, i, "it") &&
	    is_verb(tk, i + 1))) && tok_lower(tk, i + 1) &&
	    (i + 2 >= tk->n || tk->t[i + 2].k == T_STOP ||
	    tk->t[i + 2].k == T_COMMA)) {
		np->type = NP_PRON;
		np->a = np->b = i;
		return 1;
	}
	/*
	 * The verb is a few words on; further after a name and the
	 * description set off after it (`Jo Kent, a fellow at ..., said`).
	 */
	lim = i + 24;
	for (v = i; v < tk->n; v++) {
		if (v == lim && (lim > i + 24 || (k = np_fwd(tk, i, np)) == 0 ||
		    np->type != NP_NAME || k >= tk->n ||
		    tk->t[k].k != T_COMMA))
			break;
		if (v == lim)
			lim = i + 32;
		/* `"..." at a rally last month, according to Jo Kent.` */
		if (v > i && tok_is(tk, v, "according") &&
		    tok_is(tk, v + 1, "to"))
			return np_fwd(tk, v + 2, np) != 0;
		/* `Salem, Mass., said`, `(D-Mo.) said`: no sentence ends. */
		if (tk->t[v].k == T_STOP && tk->text[tk->t[v].s] == '.' &&
		    v + 1 < tk->n && (tk->t[v + 1].k == T_COMMA ||
		    tk->text[tk->t[v + 1].s] == ')'))
			continue;
		if (tk->t[v].k == T_STOP || tk->t[v].k == T_QUOTE)
			return 0;
		/*
		 * `"...," hours after the aide was charged`: not its tag;
		 * but `"...," Doe sang before asking` is.
		 */
		if (tok_lower(tk, v) && (tok_in(tk, v, &subords) ||
		    (tok_is(tk, v, "now") && tok_is(tk, v + 1, "that"))) &&
		    !tok_in(tk, v + 1, &speech_ing)) {
			/* but `"...," Doe, after a pause, said`: Doe */
			if (v > i && tk->t[v - 1].k == T_COMMA &&
			    np_fwd(tk, i, np) == v - 1 && np->type == NP_NAME)
				continue;
			return late_tag(tk, v, np);
		}
		/* `"...," engaging in what critics call`: not its tag. */
		if (v > i && tok_is(tk, v, "what"))
			return 0;
		/*
		 * `"...," for one, and Roe vowed`: a clause of its own; but
		 * `"..." by Salem, and should be freed, the group says.`
		 */
		if (v > i && tk->t[v - 1].k == T_COMMA &&
		    (tok_is(tk, v, "and") || tok_is(tk, v, "but"))) {
			/* but `Jo Kent, a fellow at Acme, and co-author` */
			if (tok_is(tk, v, "and") && tok_lower(tk, v + 1) &&
			    !is_verb(tk, v + 1) && !tok_past(tk, v + 1) &&
			    (k = np_fwd(tk, i, np)) != 0 &&
			    np->type == NP_NAME && k < v &&
			    tk->t[k].k == T_COMMA)
				continue;
			return late_tag(tk, v, np);
		}
		if (tok_in(tk, v, &speech_ing))	/* `a reporter asking` */
			return v > i && np_fwd(tk, i, np) != 0;
		if (is_verb(tk, v))
			break;
	}
	if (v >= tk->n || v == lim)
		return 0;
	if (v == i)
		return np_after_verb(tk, i + 1, np);
	/*
	 * `"..." for its ads, 39 percent blame it and 22 percent say`: a
	 * share that speaks later in the sentence is no tag of this quote.
	 */
	if (np_back(tk, v, np)) {
		struct np m;

		/* `"...," Jo Kent, Acme's chief officer told`: Jo Kent */
		if (np->a > i + 1 && tk->t[np->a - 1].k == T_COMMA &&
		    np_fwd(tk, i, &m) == np->a - 1 && m.type == NP_NAME &&
		    plain_name(tk, &m))
			*np = m;
		return !np_share(tk, np) || np->a == i;
	}
	/* `"...," aside from this, said the director, Jane Doe` */
	if (tk->t[v - 1].k == T_COMMA && np_after_verb(tk, v + 1, np))
		return 1;
	/*
	 * `"...," Jo Kent, now 81 and retired in Salem, Mass., said`: the
	 * phrase that follows the quote, before a comma, is the subject.
	 */
	return (k = np_fwd(tk, i, np)) != 0 && k < v &&
	    tk->t[k].k == T_COMMA && np->type != NP_PRON;
}

/*
 * `ON RATES: "..."`, `On China: "..."`: an interview's topic before the
 * colon, not who speaks.
 */
static int
topic_label(const struct toks *tk, const struct np *np)
{
	return np->a > 0 && (tok_is(tk, np->a - 1, "on") ||
	    tok_is(tk, np->a - 1, "about") || tok_is(tk, np->a - 1, "re"));
}

/*
 * `BERNANKE ON IMPACT ON U.S. OF DEBT: "..."`: a wire's label in
 * capitals, before a colon at token e, of who speaks and the topic after
 * `ON`.  np is who; 0 when there is no label, or only a topic.
 */
static int
caps_topic(const struct toks *tk, size_t e, struct np *np)
{
	size_t a, on;

	for (a = e; a > 0 && e - a < 16 && (caps_word(tk, a - 1) ||
	    (tk->t[a - 1].k == T_STOP && tk->text[tk->t[a - 1].s] == '.' &&
	    a >= 2 && caps_word(tk, a - 2) &&
	    tk->t[a - 2].e - tk->t[a - 2].s == 1)); a--)
		;
	for (on = a; on < e && !tok_is(tk, on, "on"); on++)
		;
	if (on >= e || !caps_word(tk, on))
		return 0;
	/* `Senate Chairman Jo Kent ON THE BILL:` */
	if (on == a)
		return a > 0 && tok_cap(tk, a - 1) && np_back(tk, a, np) &&
		    np->type == NP_NAME ? 1 : -1;
	np_name(tk, np, a, on - 1);
	return 1;
}

/* `Smith said: "..."`, `Smith called it "..."`, `according to Smith, "..."`. */
/* A capitalised word in -ing or -ed opening a phrase: `Following`. */
static int
ing_or_ed(const struct toks *tk, size_t i)
{
	return tok_cap(tk, i) && tok_ing_ed(tk, i, 5);
}

/*
 * The subject of a verb in the past a few words before token k, an `and`
 * that joins a speech verb to it: `he looked at me and said`.  A subject
 * opens the sentence or follows a comma, not a verb or a preposition
 * (`said the move was made by Bratton and said`).
 */
static int
and_subject(const struct toks *tk, size_t k, struct np *np)
{
	size_t j;

	for (j = k; j-- > 0 && k - j < 12;) {
		if (tk->t[j].k == T_QUOTE || tk->t[j].k == T_STOP)
			return 0;
		if (tok_lower(tk, j) && (tok_past(tk, j) || is_verb(tk, j)) &&
		    np_back(tk, j, np) && np->type != NP_NONE &&
		    (np->a == 0 || tk->t[np->a - 1].k != T_WORD))
			return 1;
	}
	return 0;
}

/*
 * A long dash that ends the tokens before j, `--` or an em dash: where it
 * starts, or 0.
 */
static size_t
long_dash_before(const struct toks *tk, size_t j)
{
	if (j < 2 || tk->t[j - 1].k != T_DASH)
		return 0;
	if (tk->t[j - 1].e - tk->t[j - 1].s > 1)
		return j - 1;
	if (tk->t[j - 2].k == T_DASH && tk->t[j - 2].e == tk->t[j - 1].s)
		return j - 2;
	return 0;
}

/*
 * `Doe said Tuesday in Paris, noting`: a verb of speech up to reach words
 * before token k, with no comma, and its subject.
 */
static int
said_before(const struct toks *tk, size_t k, size_t reach, struct np *np)
{
	size_t j;

	for (j = k; j > 1 && k - j < reach; j--) {
		if (tk->t[j - 1].k != T_WORD)
			return 0;
		if (is_verb(tk, j - 1))
			return !tok_in(tk, j - 1, &speech_ing) &&
			    np_back(tk, j - 1, np);
		/* over a time or a place: `Tuesday in Paris`, `on May 2` */
		if (tok_lower(tk, j - 1) && !tok_in(tk, j - 1, &preps) &&
		    !tok_in(tk, j - 1, &times))
			return 0;
	}
	return 0;
}

/*
 * The name that follows the comma after np, before token i, if one does:
 * the subject of a main clause after an opening one.
 */
static void
main_subject(const struct toks *tk, size_t i, struct np *np)
{
	struct np m;
	size_t k;

	for (k = np->b + 1; k < i && tk->t[k].k != T_COMMA; k++)
		;
	if (k + 1 < i && tok_cap(tk, k + 1) && !tok_stop(tk, k + 1) &&
	    np_fwd(tk, k + 1, &m) != 0 && m.type == NP_NAME && m.b < i)
		*np = m;
}

/*
 * `in Forbes' words, "..."`, `in the words of a senior adviser, "..."`:
 * whose words, set off by a comma just before the quote.
 */
static int
in_words(const struct toks *tk, struct np *np)
{
	size_t n = tk->n, k;

	if (n < 4 || tk->t[n - 1].k != T_COMMA)
		return 0;
	k = n - 3;
	if (tok_is(tk, n - 2, "words") && tok_cap(tk, k) &&
	    tok_owner(tk, k)) {
		k = cap_run_back(tk, k);
		if (k == 0 || !tok_is(tk, k - 1, "in"))
			return 0;
		np_name(tk, np, k, n - 3);
		return 1;
	}
	for (k = n - 2; k >= 4 && n - k < 10; k--)
		if (tok_is(tk, k - 1, "of") && tok_is(tk, k - 2, "words") &&
		    tok_is(tk, k - 3, "the") && tok_is(tk, k - 4, "in"))
			return np_fwd(tk, k, np) != 0;
	return 0;
}

/* `As Jo Kent puts it,`, `as one aide put it,`: who put it. */
static int
as_puts_it(const struct toks *tk, struct np *np)
{
	size_t i, k;

	for (i = 0; i + 3 < tk->n; i++) {
		if (!tok_is(tk, i, "as") || (i > 0 &&
		    tk->t[i - 1].k != T_COMMA))
			continue;
		for (k = i + 2; k + 1 < tk->n && k < i + 10 &&
		    tk->t[k].k == T_WORD; k++)
			if ((tok_is(tk, k, "puts") || tok_is(tk, k, "put")) &&
			    tok_is(tk, k + 1, "it"))
				return (np_fwd(tk, i + 1, np) != 0 &&
				    np->type == NP_NAME) ||
				    (np_back(tk, k, np) && np->a > i &&
				    np->type != NP_PRON);
	}
	return 0;
}

/*
 * Does a preposition come before the words that describe the name at
 * token a (`to the Dutch paper NRC Handel`, not `Acme boss Jo Kent` nor
 * `an order by Judge Jo Kent`)?
 */
static int
object_of(const struct toks *tk, size_t a)
{
	size_t k;

	for (k = a; k > 0 && a - k < 6 && tk->t[k - 1].k == T_WORD &&
	    !tok_is(tk, k - 1, "by"); k--)
		if (tok_lower(tk, k - 1) && tok_in(tk, k - 1, &preps))
			return 1;
	return 0;
}

static int
before_rule(const struct toks *tk, struct np *np)
{
	struct np share;
	size_t v, i, k, m;
	int topic;

	share.type = NP_NONE;

	/*
	 * `..., including Jo Kent -- "..." --`: a name in running text, not
	 * after `the` or `to`, and a long dash just before the quote.
	 */
	if ((i = long_dash_before(tk, tk->n)) != 0 && tok_cap(tk, i - 1) &&
	    !tok_allcaps(tk, i - 1) && np_back(tk, i, np) &&
	    np->type == NP_NAME && np->a > 0 && ((tok_lower(tk, np->a - 1) &&
	    !tok_in(tk, np->a - 1, &determiners) &&
	    !tok_in(tk, np->a - 1, &preps)) ||
	    tk->t[np->a - 1].k == T_COMMA))
		return 1;
	/* `As Jo Kent puts it, Roe is making "..."`: Kent's words. */
	if (as_puts_it(tk, np) || in_words(tk, np))
		return 1;
	/* `Said Jane Doe, a nurse: "..."`, a sentence that opens inverted. */
	if ((tok_is(tk, 0, "said") || tok_is(tk, 0, "says")) &&
	    tok_cap(tk, 0) && np_after_verb(tk, 1, np))
		return 1;
	for (v = tk->n; v > 0; v--) {
		i = v - 1;
		if (tok_is(tk, i, "according") && tok_is(tk, i + 1, "to"))
			return np_fwd(tk, i + 2, np) != 0;
		/*
		 * `Jo Kent's claim that there have been "..."`: whose words
		 * they are; but not `Kent's remarks "show bias"`, what
		 * someone says of them.
		 */
		if (i > 0 && i + 1 < tk->n && tok_lower(tk, i) &&
		    tok_in(tk, i, &said_nouns) && (tok_is(tk, i + 1, "that") ||
		    tok_is(tk, i + 1, "of")) && tok_possessive(tk, i - 1) &&
		    tok_cap(tk, i - 1) && !tok_stop(tk, i - 1) &&
		    claim_holds(tk, i)) {
			np_name(tk, np, name_part(tk, cap_run_back(tk, i - 1),
			    i - 1), i - 1);
			return 1;
		}
		if (!is_verb(tk, i))
			continue;
		/*
		 * `Doe was asked by Jo Kent whether "..."`: the agent; and
		 * `A source told us she was told "..."`: not she, who was told,
		 * but who told.
		 */
		if (i > 0 && tok_in(tk, i - 1, &passives)) {
			if (tok_is(tk, i + 1, "by") &&
			    np_after_verb(tk, i + 2, np))
				return 1;
			if (tok_is(tk, i, "told"))
				continue;
		}
		if (tok_in(tk, i, &speech_ing)) {
			/*
			 * The subject of the sentence, after any dateline or
			 * caption's label.
			 */
			size_t s = words_start(tk);

			/* `Jo Kent captioned the post:`, a verb of its own */
			if (tok_is(tk, i, "captioned") && np_back(tk, i, np) &&
			    np->type != NP_DESC && np->b + 1 == i)
				return 1;

			/*
			 * `..., he said, adding "..."`, `Doe said Tuesday in
			 * Paris, noting "..."`: who said.
			 */
			k = i > 1 && tk->t[i - 1].k == T_COMMA ? i - 1 : i;
			if (k > 1 && said_before(tk, k, k < i ? 6 : 1, np))
				return 1;
			/*
			 * `with Jo Kent telling reporters "..."`, `with
			 * finance minister Jo Kent telling`: Jo Kent; `with
			 * many marchers chanting`: the marchers.
			 */
			if (np_back(tk, i, np) && (np->type == NP_NAME ||
			    (np->type == NP_DESC && np->b + 1 == i &&
			    speaker_noun(tk, np->b)))) {
				for (k = np->a; k > 0 && np->a - k < 3 &&
				    tok_lower(tk, k - 1) &&
				    !tok_is(tk, k - 1, "with"); k--)
					;
				if (k > 0 && tok_is(tk, k - 1, "with"))
					return 1;
			}
			/* `with sources saying`: a plain plural of people */
			if (i >= 2 && tok_is(tk, i - 2, "with") &&
			    tok_in(tk, i - 1, &roles)) {
				np->type = NP_DESC;
				np->a = np->b = i - 1;
				return 1;
			}
			/*
			 * `footage of Jo Kent saying`, `of Kent privately
			 * saying`: Jo Kent too.
			 */
			m = i > 2 && tok_lower(tk, i - 1) &&
			    tok_ends(tk, i - 1, "ly", 4) ? i - 1 : i;
			if (m >= 2 && tok_cap(tk, m - 1) &&
			    !tok_stop(tk, m - 1) &&
			    (k = cap_run_back(tk, m - 1)) > 0 &&
			    tok_lower(tk, k - 1) &&
			    tok_in(tk, k - 1, &shown_by)) {
				np_name(tk, np, k, m - 1);
				return 1;
			}

			while (s < i && tk->t[s].k != T_WORD)
				s++;
			/* `Following the meeting, the Council issued ...` */
			if (ing_or_ed(tk, s) && subject_rule(tk, np) &&
			    np->b < i)
				return 1;
			if (np_fwd(tk, s, np) != 0 && np->type != NP_DESC)
				return 1;
			/*
			 * `After the vote, Jo Kent left, saying "..."`; and
			 * `After Roe left, Jo Kent went to bed, recalling`:
			 * the subject of the main clause, not of the one
			 * that opens the sentence.
			 */
			if (subject_rule(tk, np) && np->type == NP_NAME &&
			    np->b < i) {
				if (np->a > s &&
				    tok_in(tk, np->a - 1, &subords))
					main_subject(tk, i, np);
				return 1;
			}
			continue;
		}
		/* `he looked at me and said`: who did the first. */
		if (i > 0 && (tok_is(tk, i - 1, "and") ||
		    tok_is(tk, i - 1, "but")) && and_subject(tk, i - 1, np))
			return 1;
		if (np_back(tk, i, np)) {
			struct np subj;

			/* `Kent Calls Remarks 'Troubling'`: the first verb */
			if (tk->head && np->type == NP_NAME && np->b > np->a &&
			    np->b + 1 == i && is_verb(tk, np->b))
				continue;

			/*
			 * `The poll finds that 22 percent say`: the poll; but
			 * `Of those asked, 22 percent say`: the share.
			 */
			if (share.type != NP_NONE && !np_share(tk, np) &&
			    !tok_is(tk, i + 1, "that") && i + 1 != share.a)
				break;

			/*
			 * `The poll finds that 22 percent say "..."`: a share
			 * speaks only if no earlier verb has a speaker.
			 */
			if (np_share(tk, np)) {
				if (share.type == NP_NONE)
					share = *np;
				/* `..., suggests Jo Kent, could act` */
				if ((k = np_fwd(tk, i + 1, np)) != 0 &&
				    np->type == NP_NAME && k < tk->n &&
				    tk->t[k].k == T_COMMA)
					return 1;
				continue;
			}

			/*
			 * `Protesters marching through the streets chanted`:
			 * the object of a preposition is not who speaks; the
			 * subject before it is.
			 */
			if (np->type == NP_DESC && np->a > 0 &&
			    tok_lower(tk, np->a - 1) &&
			    (tok_in(tk, np->a - 1, &preps) ||
			    tok_is(tk, np->a - 1, "through") ||
			    tok_is(tk, np->a - 1, "into")) &&
			    subject_rule(tk, &subj) && subj.b + 1 < np->a)
				*np = subj;
			return 1;
		}
		/*
		 * `said Jane Doe: "..."`, not `accused Doe of "..."`; and
		 * `..., noted Jane Doe.` ends a sentence read for who spoke.
		 */
		if ((k = np_fwd(tk, i + 1, np)) != 0 && np->type == NP_NAME &&
		    (k >= tk->n || tk->t[k].k == T_COMMA ||
		    tk->t[k].k == T_COLON || (tk->t[k].k == T_STOP &&
		    k + 1 >= tk->n)))
			return 1;
	}
	if (share.type != NP_NONE) {
		*np = share;
		return 1;
	}
	/*
	 * `JO KENT, HEAD OF TRADING, ACME, NEW YORK: "..."`: a wire's
	 * comment block, whose speaker comes first.
	 */
	if (caps_label(tk, np))
		return 1;
	/* `Smith: '...'`, as headlines have it; `Jo Kent (D-Ohio): "..."` */
	if (tk->n >= 2 && tk->t[tk->n - 1].k == T_COLON &&
	    (topic = caps_topic(tk, tk->n - 1, np)) != 0)
		return topic > 0;
	if (tk->n >= 2 && tk->t[tk->n - 1].k == T_COLON &&
	    (tok_cap(tk, tk->n - 2) || tk->text[tk->t[tk->n - 2].s] == ')') &&
	    np_back(tk, tk->n - 1, np) && np->type == NP_NAME &&
	    !topic_label(tk, np))
		/* `Jo Kent told it all to the paper NRC Handel:`: Kent */
		return !object_of(tk, np->a) ||
		    (subject_rule(tk, np) && np->type == NP_NAME);
	return 0;
}

/* `Jane Doe: Trump's 'plan' fails`: the name that opens a headline. */
static int	head_verb(const struct toks *, size_t);

static int
headline_rule(struct ctx *c, const struct quote *q, struct toks **tkp,
    struct np *np)
{
	const struct qseg *sg = &c->seg[q->p0];
	struct toks *tk = c->tsub;
	size_t k, i;

	tokenize_max(tk, sg->text, sg->len, 0, q->os, 16);
	for (k = 0; k < tk->n && tok_cap(tk, k); k++)
		;
	/* `Jo Kent on the Plan: 'It Will Pass'` */
	if (k > 0 && tok_is(tk, k, "on")) {
		for (i = k; i < tk->n && tk->t[i].k != T_COLON; i++)
			;
		if (i < tk->n && i + 1 == tk->n) {
			np_name(tk, np, 0, k - 1);
			*tkp = tk;
			return !tok_stop(tk, 0);
		}
	}
	if (k == 0 || k >= tk->n || tk->t[k].k != T_COLON ||
	    tok_stop(tk, 0))
		return 0;
	/* `Jo Kent Endorses Tom Roe: ...`: the name up to its verb */
	tk->head = 1;
	for (i = 2; i < k; i++)
		if (head_verb(tk, i)) {
			k = i;
			break;
		}
	np_name(tk, np, 0, k - 1);
	*tkp = tk;
	return 1;
}

/*
 * A headline verb, capitalised: `Blasts`, `Says`, `Takes`, not `Jones`
 * after a name (`Ted Jones`) nor `Paris` that opens one.
 */
static int
head_verb(const struct toks *tk, size_t i)
{
	const struct tok *t = &tk->t[i];
	const char *e = tk->text + t->e;

	if (tok_is(tk, i, "just") || tok_is(tk, i, "is") ||
	    tok_is(tk, i, "was") || tok_is(tk, i, "to") || is_verb(tk, i))
		return 1;
	/* `Black Lawmakers`: a plural of people is no verb. */
	if (tok_in(tk, i, &roles))
		return 0;
	return i > 0 && t->e - t->s > 3 && e[-1] == 's' && e[-2] != 's' &&
	    e[-2] != 'u' && e[-2] != 'i' && e[-2] != '\'' &&
	    (unsigned char)e[-2] != 0x99 && tok_lower(tk, i + 1) == 0;
}

/*
 * `Trump Delivers Defense of 'New York Values'`: the name that opens a
 * headline, up to its verb, speaks the quotes in it.
 */
static int
headline_subject(struct ctx *c, const struct quote *q, struct toks **tkp,
    struct np *np)
{
	const struct qseg *sg = &c->seg[q->p0];
	struct toks *tk = c->tsub;
	size_t a = 0, b, k;

	tokenize_max(tk, sg->text, sg->len, 0, q->os, 16);
	tk->head = 1;
	/* `The Latest: Trump ...` */
	for (k = 0; k < tk->n && k < 4; k++)
		if (tk->t[k].k == T_COLON)
			a = k + 1;
	if (!tok_cap(tk, a) || tok_stop(tk, a))
		return 0;
	for (b = a; b + 1 < tk->n && tok_cap(tk, b + 1) &&
	    !head_verb(tk, b + 1) && !tok_in(tk, b, &roles); b++)
		;
	/* `Black Lawmakers Rip ...`: a plural of people ends the subject. */
	if (!tok_in(tk, b, &roles) && (b + 1 >= tk->n ||
	    !(head_verb(tk, b + 1) || tok_is(tk, b + 1, "on"))))
		return 0;
	np_name(tk, np, a, b);
	*tkp = tk;
	return 1;
}

/* `PENCE: Well, ...`: a transcript's speaker, inside the quote. */
static int
inside_rule(const struct toks *tk, struct np *np)
{
	const struct tok *t = &tk->t[0];
	size_t i;

	if (tk->n < 2 || t->k != T_WORD || tk->t[1].k != T_COLON ||
	    t->e - t->s < 2)
		return 0;
	for (i = t->s; i < t->e; i++)
		if (txt_islower(tk->text[i]))
			return 0;
	np->type = NP_DESC;
	np->a = np->b = 0;
	return 1;
}

/*
 * Words in the quoted text, counted up to 7 (a short quote is what
 * matters), and whether they are all capitalised.
 */
static size_t
count_words(const char *s, size_t a, size_t b, int *title)
{
	size_t i, w = 0, small = 0, caps = 0, l;

	*title = 1;
	for (i = a; i < b && w < 7; i++) {
		if ((l = txt_word_len(s, b, i)) == 0)
			continue;
		w++;
		if (txt_islower(s[i]) && ((l > 3 && !(l == 4 &&
		    (memcmp(s + i, "with", 4) == 0 ||
		    memcmp(s + i, "from", 4) == 0 ||
		    memcmp(s + i, "into", 4) == 0))) || ++small > 2))
			*title = 0;
		caps += txt_isupper(s[i]) || txt_isdigit(s[i]);
		i += l - 1;
	}
	/* `a con` is no title: one of some words needs a capital. */
	if (caps == 0 && w > 1)
		*title = 0;
	return w;
}

/* Words before `called` that make it a verb of speech. */
static const char *const called_by_w[] = {
	"been", "had", "has", "have", "is", "it", "that", "was", "were",
	"what", "which", "who", "whom"
};
WORDLIST(called_by);

/*
 * Does s[a..b) hold `I`, `We`, `You`, `Our` or `It's`: the words of
 * someone speaking (`Neither do I.`, `We're America.`), not a title?
 */
static int
has_person_word(const char *s, size_t a, size_t b)
{
	size_t i, l;

	for (i = a; i < b; i += l ? l : 1) {
		if ((l = txt_word_len(s, b, i)) == 0 ||
		    (i > a && txt_isalnum(s[i - 1])))
			continue;
		if ((l == 1 && s[i] == 'I') ||
		    (l == 2 && memcmp(s + i, "We", 2) == 0) ||
		    (l == 3 && (memcmp(s + i, "You", 3) == 0 ||
		    memcmp(s + i, "Our", 3) == 0)) ||
		    (l == 2 && memcmp(s + i, "It", 2) == 0 && i + 2 < b &&
		    (s[i + 2] == '\'' || (unsigned char)s[i + 2] == 0xe2)))
			return 1;
	}
	return 0;
}

/* Words before a quote that mark a name or a title, not speech. */
static int
scare_cue(const struct toks *tk)
{
	static const char *const cues_w[] = {
		"album", "article", "banner", "book", "called",
		"column", "dubbed", "entitled", "film", "hashtag",
		"headline", "headlined", "label", "moniker", "movie",
		"named", "nickname", "nicknamed", "op-ed", "phrase",
		"program", "series", "show", "slogan", "so-called",
		"song", "term", "titled", "word"
	};
	WORDLIST(cues);
	size_t i = tk->n, k;

	while (i > 0 && tk->t[i - 1].k == T_QUOTE)
		i--;
	/* Not `Paul Song "..."`: a capitalised word after one is a name. */
	if (i == 0 || !tok_in(tk, i - 1, &cues) ||
	    (i >= 2 && tok_cap(tk, i - 1) && tok_cap(tk, i - 2)))
		return 0;
	if (!tok_is(tk, i - 1, "called") && !tok_is(tk, i - 1, "dubbed")) {
		/* `called the program "a fraud"`: what someone called it. */
		for (k = i - 1; k > 0 && k + 5 > i && tk->t[k - 1].k == T_WORD;
		    k--)
			if (tok_is(tk, k - 1, "called") ||
			    tok_is(tk, k - 1, "calls") ||
			    tok_is(tk, k - 1, "dubbed"))
				return 0;
		return 1;
	}
	/*
	 * `a film called "X"` names a thing; `Doe called it "X"`, `what he
	 * called "X"`, `has been called "X"` and `what critics called "X"`
	 * report what someone said.
	 */
	if (i >= 2 && (tok_cap(tk, i - 2) || tok_in(tk, i - 2, &pronouns) ||
	    tok_in(tk, i - 2, &called_by) || tok_in(tk, i - 2, &roles)))
		return 0;
	for (k = i - 1; k > 0 && k + 10 > i; k--)
		if (tok_is(tk, k - 1, "what") || tok_is(tk, k - 1, "which") ||
		    tok_is(tk, k - 1, "whom"))
			return 0;
	return 1;
}

/* The last sentence before s[i], from at most WINDOW bytes back. */
static size_t
sentence_before(const char *s, size_t i, size_t floor)
{
	return sentence_back(s, i, floor, WINDOW);
}

/* The same from at most window bytes back. */
static size_t
sentence_back(const char *s, size_t i, size_t floor, size_t window)
{
	size_t w = i > window ? i - window : 0;
	size_t st, k;

	if (w < floor)
		w = floor;
	st = w + txt_sentence_start_back(s + w, i - w);
	/*
	 * No sentence opens with a word in lower case: `Sen. Jo Kent
	 * (R-Ky.) said` goes on after the abbreviation.
	 */
	for (k = 0; k < 3 && st > w && st < i && txt_islower(s[st]); k++)
		st = w + txt_sentence_start_back(s + w, st - 1 - w);
	return st;
}

/*
 * The end of the sentence that starts s (n bytes): a sentence goes on
 * when the next word is in lower case (`Doe (D-N.Y.) said`).
 */
static size_t
after_end(const char *s, size_t n)
{
	size_t e = 0, k;

	for (k = 0; k < 4; k++) {
		e = txt_sentence_end(s, n, e);
		if (e >= n || (e = txt_skip_space(s, n, e)) >= n ||
		    !txt_islower(s[e]))
			break;
	}
	return e;
}

/*
 * The end of a quote's words, before spaces and the marks that close a
 * quote inside it (`yell, 'China bad.'''`).  A few at most: a run of
 * marks must not be read again for each quote in it.
 */
static size_t
inner_end(const char *s, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	int k;

	for (k = 0; k < 4; k++) {
		if (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\'' ||
		    s[e - 1] == '"'))
			e--;
		else if (e >= 3 && u[e - 3] == 0xe2 && u[e - 2] == 0x80 &&
		    (u[e - 1] == 0x99 || u[e - 1] == 0x9d))
			e -= 3;
		else
			break;
	}
	return e;
}

/* Do the quoted words end as a quote before its tag does (`,` `?` `!`)? */
static int
ends_tag(const char *s, size_t e)
{
	e = inner_end(s, e);
	return e > 0 && (s[e - 1] == ',' || s[e - 1] == '?' ||
	    s[e - 1] == '!' || s[e - 1] == '-');
}

/* Does the quoted text end a sentence (`.` before the closing mark)? */
static int
ends_sentence(const char *s, size_t e)
{
	e = inner_end(s, e);
	return e > 0 && s[e - 1] == '.';
}

/* Do the quoted words up to e end a sentence, or say nothing at all? */
static int
ends_stop(const char *s, size_t e)
{
	e = inner_end(s, e);
	return e == 0 || s[e - 1] == '.' || s[e - 1] == '?' || s[e - 1] == '!';
}

/*
 * `Jane Doe said in a statement:` ending the paragraph before one that
 * opens with the quote.  *tkp is pointed at the tokens of that sentence.
 */
static int
colon_rule(struct ctx *c, const struct quote *q, struct toks **tkp,
    struct np *np)
{
	const struct qseg *sg;
	size_t e;

	if (q->p0 == 0 || c->seg[q->p0 - 1].head)
		return 0;
	sg = &c->seg[q->p0 - 1];
	for (e = sg->len; e > 0 && txt_space_at(sg->text, sg->len, e - 1); e--)
		;
	if (e == 0 || sg->text[e - 1] != ':')
		return 0;
	tokenize(c->tsub, sg->text, sg->len,
	    sentence_before(sg->text, e - 1, 0), e);
	*tkp = c->tsub;
	/* `Jane Doe released the following statement:`: its subject. */
	return before_rule(c->tsub, np) || subject_rule(c->tsub, np);
}

/*
 * `"... whole sentence." Jane Doe said.`: a sentence of a speaker and a
 * verb with no object attributes the quote before it, though that ended.
 */
static int
tag_only(const struct toks *tk)
{
	size_t e, v;

	for (e = 0; e < tk->n; e++) {
		if (tk->t[e].k == T_QUOTE)
			return 0;
		/* `(D-Mo.) said`: a period that ends an abbreviation. */
		if (tk->t[e].k == T_STOP && (tk->text[tk->t[e].s] != '.' ||
		    e + 1 >= tk->n || (tk->text[tk->t[e + 1].s] != ')' &&
		    tk->t[e + 1].k != T_COMMA)))
			break;
	}
	if (e > 12 || !tok_cap(tk, 0))
		return 0;
	/* `It is a view shared by Roe, who says "..."`: the next one's */
	if (e == tk->n && quote_mark_at(tk->text, tk->len,
	    txt_skip_space(tk->text, tk->len, tk->t[e - 1].e)) != 0)
		return 0;
	for (v = 1; v < e && !is_verb(tk, v); v++)
		;
	/* `But Doe did not respond in kind.`: no tag. */
	if (tok_is(tk, 0, "but") || (v < e && tok_is(tk, v - 1, "not")))
		return 0;
	/* `said.`, `said in a statement.`, `said Friday.`, `said after` */
	return v < e && (v + 1 == e || tok_in(tk, v + 1, &preps) ||
	    tok_is(tk, v + 1, "after") || tok_is(tk, v + 1, "during") ||
	    tok_is(tk, v + 1, "before") || tok_is(tk, v + 1, "when") ||
	    (v + 2 == e && tok_cap(tk, v + 1)));
}

/* The quote opens its sentence: no words before it (`"..." ― Jo Kent`). */
static int
opens(const struct toks *tb)
{
	return tb->n == 0 || tb->t[tb->n - 1].k == T_STOP ||
	    tb->t[tb->n - 1].k == T_QUOTE;
}

/* The words before a quote end in a speech verb and a comma or colon. */
static int
said_just_before(const struct toks *tk)
{
	return tk->n >= 2 && (tk->t[tk->n - 1].k == T_COMMA ||
	    tk->t[tk->n - 1].k == T_COLON) && is_verb(tk, tk->n - 2);
}

/*
 * A speech verb just before the quote, with no comma (`what Doe called
 * "..."`, `called him "..."`): the quote is its object, and its speaker
 * is before it, whatever comes after.
 */
static int
verb_just_before(const struct toks *tk)
{
	size_t n = tk->n;

	if (n >= 2 && (tok_is(tk, n - 1, "him") || tok_is(tk, n - 1, "her") ||
	    tok_is(tk, n - 1, "it") || tok_is(tk, n - 1, "them")))
		n--;
	return n >= 1 && is_verb(tk, n - 1) && !tok_in(tk, n - 1, &speech_ing);
}

/*
 * `Nothing he said "will help," the senator said.`: a few words that end
 * in a verb and the sentence tag the quote, though a verb came before.
 */
static int
short_tag(const struct toks *tk)
{
	size_t e;

	for (e = 0; e < tk->n && e < 6 && tk->t[e].k == T_WORD; e++)
		;
	return e >= 2 && e < tk->n && tk->t[e].k == T_STOP &&
	    is_verb(tk, e - 1) && !tok_is(tk, e - 2, "not");
}

/*
 * Is a quote among tokens a..b?  `Kent's support means "...," she says`:
 * she tags that quote, and is no one the sentence's subject names.
 */
static int
quote_between(const struct toks *tk, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tk->t[a].k == T_QUOTE)
			return 1;
	return 0;
}

/*
 * `has been called "..." by Jo Kent`, `described as "..." by critics`: a
 * verb of naming in the passive just before the quote (tokens tb), and
 * `by` just after it (ta), whose phrase is the speaker.
 */
static int
by_agent(const struct toks *tb, const struct toks *ta, struct np *np)
{
	static const char *const naming_w[] = {
		"branded", "called", "characterized", "described", "dubbed",
		"labeled", "labelled", "termed"
	};
	WORDLIST(naming);
	size_t n = tb->n, k;

	if (n > 0 && tok_is(tb, n - 1, "as"))
		n--;
	if (n < 2 || !tok_in(tb, n - 1, &naming) || ta->n < 2 ||
	    !tok_is(ta, 0, "by"))
		return 0;
	/* `was widely described as`, `the plan, called "..." by` */
	k = n - 2;
	if (k > 0 && tok_ends(tb, k, "ly", 4))
		k--;
	if (!(tok_in(tb, k, &auxiliaries) || tok_in(tb, k, &passives) ||
	    tok_is(tb, k, "be") || tb->t[k].k == T_COMMA))
		return 0;
	if (np_fwd(ta, 1, np) != 0)
		return 1;
	/* `by critics`, `by some scholars`: the words up to a stop */
	for (k = 1; k < ta->n && k < 5 && tok_lower(ta, k) &&
	    !is_verb(ta, k) && !tok_in(ta, k, &preps); k++)
		;
	if (k == 1 || (k < ta->n && ta->t[k].k == T_WORD))
		return 0;
	np->type = NP_DESC;
	np->a = 1;
	np->b = k - 1;
	return 1;
}

/* The quoted words end in a question or exclamation mark. */
static int
asks(const char *s, size_t a, size_t e)
{
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	return e > a && (s[e - 1] == '?' || s[e - 1] == '!');
}

/*
 * The speaker of the sentence just before the quote at q, in its
 * paragraph or ending the one before, when no quote is in it: who speaks
 * in it (`..., Doe said.`) or, a name, its subject.  Its tokens are left
 * in c->tsub.
 */
static int
sentence_speaker(struct ctx *c, const struct quote *q,
    const struct quote *prev, struct np *np)
{
	const struct qseg *sg;
	size_t p = q->p0, i = q->os, st;

	while (i > 0 && txt_space_at(c->seg[p].text, c->seg[p].len, i - 1))
		i--;
	if (i == 0) {
		if (p == 0 || c->seg[p - 1].head)
			return 0;
		i = c->seg[--p].len;
	}
	sg = &c->seg[p];
	st = sentence_before(sg->text, i, 0);
	if (prev != NULL && prev->p1 == p && prev->ce > st)
		return 0;
	tokenize(c->tsub, sg->text, sg->len, st, i);
	if (c->tsub->n == 0 || c->tsub->t[0].k == T_QUOTE)
		return 0;
	return (subject_rule(c->tsub, np) && np->type == NP_NAME) ||
	    before_rule(c->tsub, np);
}

/*
 * The start of the sentence that quote qi opens in, in its paragraph,
 * floor the end of a quote before it there or 0.  When no sentence ends
 * since the quote before, it is that quote's sentence, kept from its
 * own call: a paragraph of many quotes is not read back for each.
 */
static size_t
quote_sentence(struct ctx *c, size_t qi, size_t floor)
{
	const struct quote *q = &c->ql->q[qi], *prev = q - 1;
	const char *s = c->seg[q->p0].text;
	size_t a;

	if (floor == 0 || prev->p0 != q->p0 || q->os - prev->os > WINDOW)
		a = sentence_before(s, q->os, 0);
	else if ((a = sentence_before(s, q->os, prev->os)) >
	    txt_skip_space(s, q->os, prev->os))
		;			/* a sentence ends in or after it */
	else if (c->sstq == qi)
		a = c->sst;
	else
		a = sentence_before(s, q->os, 0);
	c->sstq = qi + 1;
	c->sst = a;
	return a;
}

/* Are the quoted words s[a..b) all in brackets: `(APPLAUSE)`? */
static int
bracketed(const char *s, size_t a, size_t b)
{
	a = txt_skip_space(s, b, a);
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.' || s[b - 1] == ','))
		b--;
	return b - a >= 3 && (s[a] == '(' || s[a] == '[') &&
	    (s[b - 1] == ')' || s[b - 1] == ']') &&
	    memchr(s + a + 1, s[a], b - a - 1) == NULL;
}

/*
 * Is quote q joined to prev, the quote just before it in its paragraph,
 * by `and`, `or` or a comma, and at most an article (`"losers" and
 * "sad"`, `a "fascist" and a "Stalinist"`)?
 */
static int
coordinated(const char *s, const struct quote *prev, const struct quote *q)
{
	size_t i, l;

	if (prev->p0 != prev->p1 || prev->p1 != q->p0 || prev->ce > q->os ||
	    (prev->flags & QUOTE_OPEN))
		return 0;
	i = txt_skip_space(s, q->os, prev->ce);
	if (i < q->os && s[i] == ',')
		i = txt_skip_space(s, q->os, i + 1);
	l = txt_word_len(s, q->os, i);
	if ((l == 3 && memcmp(s + i, "and", 3) == 0) ||
	    (l == 2 && memcmp(s + i, "or", 2) == 0))
		i = txt_skip_space(s, q->os, i + l);
	else if (i == prev->ce || s[i - 1] != ' ' || s[prev->ce] != ',')
		return 0;
	l = txt_word_len(s, q->os, i);
	if ((l == 1 && s[i] == 'a') || (l == 2 && memcmp(s + i, "an", 2) == 0))
		i = txt_skip_space(s, q->os, i + l);
	return i == q->os;
}

/*
 * Does quote q stand in a clause of its own, `after`, `as`, `when` and
 * the like with no comma since (`As Doe went on about "a" and "b," Roe
 * said yes`)?  The subject after its quotes is then the main clause's.
 * Returns 1 + the index of that word in c->tmp, which holds the words
 * from the sentence's start, or 0.
 */
static size_t
in_opening_clause(struct ctx *c, const struct quote *q)
{
	const struct qseg *sg = &c->seg[q->p0];
	struct toks *tk = c->tmp;
	size_t i;

	tokenize(tk, sg->text, sg->len, sentence_before(sg->text, q->os, 0),
	    q->os);
	for (i = tk->n; i > 0; i--) {
		if (tk->t[i - 1].k == T_COMMA || tk->t[i - 1].k == T_QUOTE)
			return 0;
		if ((tok_in(tk, i - 1, &subords) &&
		    !tok_is(tk, i - 1, "which")) || tok_is(tk, i - 1, "as"))
			return i;
	}
	return 0;
}

/*
 * `After Doe said that students might do better at "...," Roe said`: a
 * quote in an opening clause with a verb of speech of its own is that
 * verb's, not the main clause's after it.
 */
static int
clause_speaks(struct ctx *c, const struct quote *q)
{
	size_t i = in_opening_clause(c, q), v;
	struct toks *tk = c->tmp;

	if (i == 0 || !tok_in(tk, i - 1, &subords))
		return 0;
	/* a verb with a subject, not `When asked`, `was asked`, `who said` */
	for (v = i + 1; v < tk->n; v++)
		if (is_verb(tk, v))
			return !tok_in(tk, v - 1, &passives) &&
			    !tok_is(tk, v - 1, "who") &&
			    !tok_is(tk, v - 1, "that");
	return 0;
}

/*
 * The quote whose tag is the tag of quote qi: qi, or the last of the
 * quotes joined to it that follow.
 */
static const struct quote *
tag_quote(const struct ctx *c, size_t qi)
{
	const struct quote *r = &c->ql->q[qi];
	size_t i;

	for (i = qi + 1; i < c->ql->n && i < qi + 8; i++) {
		if (!coordinated(c->seg[r->p1].text, r, &c->ql->q[i]))
			break;
		r = &c->ql->q[i];
	}
	return r;
}

/* Is quote qi a nickname (`Henry "Hank" Johnson`), no quote at all? */
static int
nickname(const struct ctx *c, size_t qi)
{
	return (c->ql->q[qi].flags & QUOTE_NICK) != 0;
}

/* Mark the nicknames of ql, asked of each quote and its neighbours. */
static void
mark_nicknames(const struct qseg *seg, struct quote_list *ql)
{
	struct quote *q;
	size_t i;

	for (i = 0; i < ql->n; i++) {
		q = &ql->q[i];
		if (q->p0 == q->p1 && !seg[q->p0].head &&
		    nickname_at(seg[q->p0].text, seg[q->p0].len, q->os) ==
		    q->ce)
			q->flags |= QUOTE_NICK;
	}
}

/*
 * The tokens after quote r: to the end of its sentence or the next quote
 * of its paragraph that is no nickname, WINDOW bytes at most.
 */
static void
tokenize_after(struct ctx *c, const struct quote *r, struct toks *tk)
{
	const struct qseg *sg = &c->seg[r->p1];
	size_t a, b;

	b = r->ce + WINDOW < sg->len ? r->ce + WINDOW : sg->len;
	for (a = (size_t)(r - c->ql->q) + 1; a < c->ql->n && nickname(c, a);
	    a++)
		;
	if (a < c->ql->n && c->ql->q[a].p0 == r->p1 && c->ql->q[a].os < b)
		b = c->ql->q[a].os;
	b = after_end(sg->text + r->ce, b - r->ce) + r->ce;
	tokenize(tk, sg->text, sg->len, r->ce, b);
}

/*
 * `The year will be an "awful mess" for Acme, "but it will pass," said
 * Jo Kent`: a quote with no tag of its own, in a sentence whose next
 * quote has one after it.  Its tokens are left in c->tsub.
 */
static int
later_tag(struct ctx *c, size_t qi, struct np *np)
{
	const struct quote *q = &c->ql->q[qi], *r = q + 1;
	const struct qseg *sg = &c->seg[q->p1];
	struct toks *tk = c->tsub;

	if (qi + 1 >= c->ql->n || r->p0 != q->p1 || r->os < q->ce ||
	    (q->flags & QUOTE_OPEN) || ends_stop(sg->text, q->e) ||
	    txt_sentence_end(sg->text, r->os, q->ce) < r->os)
		return 0;
	sg = &c->seg[r->p1];
	tokenize_after(c, r, tk);
	if (ends_sentence(sg->text, r->e) && !tok_lower(tk, 0))
		return 0;
	return after_rule(tk, np);
}

/*
 * `"We must act now.` then `Jo Kent, Acme Institute."`: a short line
 * that is a name alone, with no verb, and the closing mark of a quote
 * left open at the end of the paragraph before, names who spoke.  Its
 * tokens are left in c->tsub.
 */
static int
byline_after(struct ctx *c, const struct quote *q, struct np *np)
{
	const struct qseg *sg = &c->seg[q->p1], *nx = sg + 1;
	const struct qseg *s0 = &c->seg[q->p0];
	struct toks *tk = c->tsub;
	size_t i, k;
	int open = (q->flags & QUOTE_OPEN) != 0;

	if (q->p1 + 1 >= c->nseg || nx->head || nx->len > 120 ||
	    txt_skip_space(sg->text, sg->len, q->ce) < sg->len)
		return 0;
	/* or a paragraph that is a quote, then `- Jo Kent, Salem.` */
	if (!open && txt_skip_space(s0->text, s0->len, 0) != q->os)
		return 0;
	tokenize(tk, nx->text, nx->len, 0, nx->len);
	if (tk->n == 0 || (open ? tk->t[tk->n - 1].k != T_QUOTE :
	    tk->t[0].k != T_DASH))
		return 0;
	for (i = 0; i < tk->n && tk->t[i].k == T_DASH; i++)
		;
	for (k = i; k < tk->n && (open || tk->t[k].k != T_COMMA); k++)
		if (is_verb(tk, k) || tok_past(tk, k))
			return 0;
	return (k = np_fwd(tk, i, np)) != 0 && np->type == NP_NAME &&
	    (k >= tk->n || tk->t[k].k == T_COMMA || tk->t[k].k == T_STOP ||
	    tk->t[k].k == T_QUOTE);
}

/*
 * A quote of a few words in lower case, with no speaker in its sentence,
 * that a word of no grammar's list follows after a space: most often a
 * noun the quoted words describe (`promoting "quack" medical cures`, the
 * `"carried interest" loophole`), a term and not speech.
 */
static int
modifies(const struct ctx *c, const struct quote *q)
{
	static const char *const joiners_w[] = {
		"about", "against", "also", "and", "as", "be", "been", "but",
		"by", "do", "during", "into", "it", "more", "not", "now",
		"or", "over", "so", "than", "that", "them", "then", "there",
		"these", "this", "those", "through", "under", "up", "upon",
		"what", "who", "you"
	};
	WORDLIST(joiners);
	const struct qseg *sg = &c->seg[q->p0];
	const char *w;
	size_t i, l;

	if (q->p0 != q->p1 || (q->flags & QUOTE_OPEN) ||
	    !txt_islower(sg->text[q->s]) ||
	    (i = inner_end(sg->text, q->e)) == 0 ||
	    !txt_isalnum(sg->text[i - 1]) || q->ce + 1 >= sg->len ||
	    sg->text[q->ce] != ' ' || !txt_islower(sg->text[q->ce + 1]))
		return 0;
	w = sg->text + q->ce + 1;
	l = txt_word_len(sg->text, sg->len, q->ce + 1);
	return !(wl_has(&joiners, w, l) || wl_has(&determiners, w, l) ||
	    wl_has(&preps, w, l) || wl_has(&pronouns, w, l) ||
	    wl_has(&auxiliaries, w, l) || wl_has(&subords, w, l) ||
	    wl_has(&speech_verbs, w, l));
}

/*
 * `Lopez: Well, no one is like, "..."`: a transcript's paragraph that
 * opens with a name and a colon, the name a first name opens or the
 * surname of a full name given before; its speaker's quotes with no tag
 * of their own.  Its tokens are left in c->tsub.
 */
static int
label_rule(struct ctx *c, const struct quote *q, struct np *np)
{
	const struct qseg *sg = &c->seg[q->p0];
	const struct fullname *f;
	struct toks *tk = c->tsub;
	size_t k, i;

	if (sg->head || q->p0 != q->p1)
		return 0;
	tokenize_max(tk, sg->text, sg->len, 0, q->os, 5);
	for (k = 0; k < tk->n && k < 4 && tok_cap(tk, k) &&
	    !tok_stop(tk, k) && !tok_in(tk, k, &titles); k++)
		;
	if (k == 0 || k >= tk->n || tk->t[k].k != T_COLON)
		return 0;
	/*
	 * a name of one word or two, not `Carey Tweeted:`, `NEEDS
	 * INVESTIGATION:`, `Imperial College London:`
	 */
	if (k > 2 || tok_ends(tk, k - 1, "ed", 4) || (k > 1 &&
	    (tok_allcaps(tk, 0) || tok_allcaps(tk, 1))) ||
	    place_at(tk, 0, k - 1))
		return 0;
	index_upto(c, q->p0);
	if (first_name_at(tk, 0)) {
		np_name(tk, np, 0, k - 1);
		return 1;
	}
	/* the surname of a full name, not one in capitals */
	if ((f = name_lookup(c, tk->text + tk->t[k - 1].s,
	    tk->t[k - 1].e - tk->t[k - 1].s)) == NULL)
		return 0;
	for (i = f->s; i < f->e; i++)
		if (txt_islower(c->seg[f->seg].text[i])) {
			np_name(tk, np, 0, k - 1);
			return 1;
		}
	return 0;
}

static void
attribute_one(struct ctx *c, size_t qi, struct toks *tk)
{
	struct quote *q = &c->ql->q[qi], *prev = qi ? q - 1 : NULL;
	const struct qseg *s0 = &c->seg[q->p0], *s1;
	size_t floor = 0, a, b, words;
	struct np np;
	int found = 0, title, cue, opening = 0;

	/* Inside: a transcript's `NAME:`. */
	b = q->p0 == q->p1 ? q->e : s0->len;
	tokenize(tk, s0->text, s0->len, q->s, b - q->s < 64 ? b : q->s + 64);
	if (inside_rule(tk, &np)) {
		emit(c, q, tk, &np);
		return;
	}
	/*
	 * `"losers" and "sad"`: a quote joined to one that is speech is
	 * speech too, of the same speaker.
	 */
	if (prev != NULL && q->p0 == q->p1 && !(prev->flags & QUOTE_SCARE) &&
	    prev->spklen > 0 && coordinated(s0->text, prev, q)) {
		q->spk = prev->spk;
		q->spklen = prev->spklen;
		return;
	}
	/*
	 * Before: from the start of the sentence or the last quote.  Only
	 * its last words at first; all of it when no speaker comes after.
	 */
	if (prev != NULL && prev->p1 == q->p0 && prev->ce <= q->os &&
	    !nickname(c, qi - 1))
		floor = prev->ce;
	a = q->os > floor + TAIL ? q->os - TAIL : floor;
	while (a > floor && a < q->os && txt_space_at(s0->text, s0->len,
	    a - 1) == 0)
		a++;
	tokenize(tk, s0->text, s0->len, a, q->os);
	cue = scare_cue(tk);
	words = count_words(s0->text, q->s, q->p0 == q->p1 ? q->e : s0->len,
	    &title);
	/* `"(CROSSTALK.)`: a transcript's note, not speech. */
	if (q->p0 == q->p1 && bracketed(s0->text, q->s, q->e))
		q->flags |= QUOTE_SCARE;
	/* `Henry "Hank" Johnson`: a nickname. */
	if (nickname(c, qi))
		q->flags |= QUOTE_SCARE;
	/* `on CBS's "Face the Nation,"`: a title after its owner. */
	if (title && !s0->head && tk->n > 0 &&
	    tok_possessive(tk, tk->n - 1))
		cue = 1;
	if (q->p0 == q->p1 && !(q->flags & QUOTE_OPEN) && cue && words <= 6) {
		/* but `a plan, called "a sham" by critics,`: speech */
		tokenize_after(c, q, c->ta);
		if (!by_agent(tk, c->ta, &np))
			q->flags |= QUOTE_SCARE;
	}
	if (!(q->flags & QUOTE_SCARE)) {
		struct toks *tb = tk;
		const struct quote *r = tag_quote(c, qi);

		if (r != q && (title || in_opening_clause(c, q) != 0))
			r = q;

		tk = c->ta;
		/*
		 * After: to the end of the sentence or the next quote, after
		 * the quotes joined to this one (`"a" and "b," Doe said`).
		 */
		s1 = &c->seg[r->p1];
		tokenize_after(c, r, tk);
		/* `'...,' Jo Kent Tells Crowd`: a headline's verb after. */
		tk->head = s1->head && ends_tag(s1->text, r->e);
		/*
		 * `"... us" He said that`: a capitalised pronoun after words
		 * that end in no comma, question or exclamation mark starts a
		 * sentence of its own.
		 */
		if (tk->n > 0 && tok_cap(tk, 0) && tok_in(tk, 0, &pronouns) &&
		    !tok_is(tk, 0, "i") && !ends_tag(s1->text, r->e))
			tk->n = 0;
		if (by_agent(tb, tk, &np) ||
		    ((!ends_sentence(s1->text, r->e) || tok_lower(tk, 0) ||
		    (tk->n > 0 && tk->t[0].k == T_DASH && opens(tb)) ||
		    tag_only(tk)) && (!verb_just_before(tb) ||
		    short_tag(tk)) &&
		    after_rule(tk, &np) && !clause_speaks(c, q)))
			found = 2;
		else {
			struct np subj;

			tk = tb;
			/*
			 * The whole sentence, though a quote comes earlier in
			 * it (`Doe said X was "a" and Y "b"`), unless the
			 * sentence opens with that quote or inside it.
			 */
			a = quote_sentence(c, qi, floor);
			if (a < floor && (a > prev->os ||
			    quote_mark_at(s0->text, s0->len,
			    txt_skip_space(s0->text, s0->len, a)) != 0))
				a = floor;
			tokenize(tk, s0->text, s0->len, a, q->os);
			tk->head = s0->head;
			opening = tk->n == 0;
			/* `Jane Doe: Trump Would Put ...`: the name first. */
			if (s0->head)
				found = headline_rule(c, q, &tk, &np);
			if (!found)
				found = before_rule(tk, &np);
			if (!found && s0->head)
				found = headline_subject(c, q, &tk, &np);
			/*
			 * `Jane Doe said he ...`: not he, the subject; but
			 * `Inflation, he said, remains "..."`: he.
			 */
			if (found && np.type == NP_PRON &&
			    subject_rule(tk, &subj) && subj.type == NP_NAME &&
			    subj.b < np.a && !place_at(tk, subj.a, subj.b) &&
			    !(subj.b + 2 == np.a &&
			    tk->t[np.a - 1].k == T_COMMA) &&
			    !quote_between(tk, subj.b, np.a)) {
				np = subj;
				owner(tk, &np);
			}
			if (!found && later_tag(c, qi, &np)) {
				tk = c->tsub;
				found = 1;
			}
			/*
			 * The subject of the sentence; not the words after a
			 * quote that leave it open (`"Ciao!" - Italian for
			 * "goodbye"`, `"a," in Salem that is "b"`), though a
			 * dash that opens a paragraph is a list's bullet.
			 */
			if (!found && tk->n > 0 && !(q->flags & QUOTE_OPEN) &&
			    !c->seg[q->p0].head && !(tk->t[0].k == T_DASH &&
			    tk->t[0].s >
			    txt_skip_space(s0->text, s0->len, 0)) &&
			    !(a == floor && floor > 0 && tok_lower(tk, 0)))
				found = subject_rule(tk, &np);
			if (!found && tk->n == 0)
				found = colon_rule(c, q, &tk, &np);

		}
	}
	/*
	 * A few capitalised words in running text are a name or a title
	 * (`on "Meet the Press"`) unless a speech verb follows them, a
	 * speech verb and a comma come just before (`asked, "Why?"`), or
	 * they ask or exclaim.
	 */
	/*
	 * `A fight from start to finish.` in single marks, a paragraph of
	 * its own with no speaker: a subheading, not speech.
	 */
	if ((q->flags & QUOTE_SINGLE) && q->p0 == q->p1 && !s0->head &&
	    found != 2 && s0->len < 64 && q->os < 16)
		q->flags |= QUOTE_SCARE;
	if (q->p0 == q->p1 && !(q->flags & QUOTE_OPEN) && title &&
	    words <= 6 && !s0->head && found != 2 && !said_just_before(c->tb) &&
	    !(ends_sentence(s0->text, q->e) &&
	    has_person_word(s0->text, q->s, q->e)) &&
	    !(cue == 0 && verb_just_before(c->tb) &&
	    !tok_is(c->tb, c->tb->n - 1, "told")) &&
	    !asks(s0->text, q->s, q->e))
		q->flags |= QUOTE_SCARE;
	else if (found) {
		emit(c, q, tk, &np);
		return;
	}
	/* `"quack" medical cures`: words that name a kind of thing */
	if (!(q->flags & QUOTE_SCARE) && words <= 3 && modifies(c, q))
		q->flags |= QUOTE_SCARE;
	if (q->flags & QUOTE_SCARE)
		return;
	/*
	 * `"...," she said.  "..."`: the last speaker goes on, for a quote
	 * with no speaker of its own up to two paragraphs on.
	 */
	while (prev != NULL && (prev->flags & QUOTE_SCARE) &&
	    prev > c->ql->q && prev->p1 == q->p0)
		prev--;
	if (prev != NULL && (prev->flags & QUOTE_SCARE))
		prev = NULL;
	if (label_rule(c, q, &np)) {
		emit(c, q, c->tsub, &np);
		return;
	}
	if (byline_after(c, q, &np)) {
		emit(c, q, c->tsub, &np);
		return;
	}
	/*
	 * `Kent praised the plan.  "It works."`: a quote that opens its
	 * sentence, with no tag, is the subject's of a sentence before it,
	 * in its paragraph or the one before, when that comes after the
	 * last quote.
	 */
	if (!s0->head && opening &&
	    sentence_speaker(c, q, prev, &np)) {
		emit(c, q, c->tsub, &np);
		return;
	}
	if (prev != NULL && !(prev->flags & QUOTE_SCARE) &&
	    prev->p1 + 2 >= q->p0 && (!c->seg[q->p0].head ||
	    prev->p1 == q->p0)) {
		q->spk = prev->spk;
		q->spklen = prev->spklen;
	}
}

/*
 * quote_attribute: find the speaker of each quote of ql, and mark scare
 * quotes and titles.  A pronoun goes to the last speaker named, a surname
 * to the full name the article gave.
 */
void
quote_attribute(const struct qseg *seg, size_t nseg, struct quote_list *ql)
{
	struct ctx c;
	struct toks *tk;
	size_t i;

	if (ql->n == 0)
		return;
	memset(&c, 0, sizeof(c));
	c.seg = seg;
	c.nseg = nseg;
	c.ql = ql;
	/*
	 * How a word is written elsewhere (in lower case, or capitalised
	 * inside a sentence), and the first-name search, read the article,
	 * or its index, again for each look: all told, no more than sixteen
	 * and eight looks at the article's bytes, so that a story of many
	 * pronouns stays linear (and a few looks into a short one).
	 */
	for (i = 0; i < nseg; i++)
		c.fnbudget += 8 * seg[i].len;
	c.cwbudget = 2 * c.fnbudget;
	c.fnbudget += 1024;
	tk = xreallocarray(NULL, 4, sizeof(*tk));
	c.tsub = tk + 3;
	c.tb = tk;
	c.ta = tk + 1;
	c.tmp = tk + 2;
	/* The index's own tokens ask nothing of it. */
	c.tsub->c = c.tb->c = c.ta->c = &c;
	c.tmp->c = NULL;
	mark_nicknames(seg, ql);
	for (i = 0; i < ql->n; i++)
		attribute_one(&c, i, c.tb);
	free(tk);
	free(c.names);
}
