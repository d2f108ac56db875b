/*
 * dateres.c -- the resolution half of the date recogniser: calendar
 * arithmetic, the writing of TIMEX3 values, the tense of a sentence, and
 * the reading of relative expressions against the reference date or the
 * last date the text named.  The grammar that finds the expressions is
 * date.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateint.h"
#include "datewords.h"
#include "text.h"
#include "util.h"

/* Day parts as TIMEX3 writes them. */
const char *const dr_partname[] = { "", "MO", "MI", "AF", "EV", "NI" };
const char *const dr_seasname[] = { "", "SP", "SU", "FA", "WI" };
const char dr_unitch[] = { 'S', 'M', 'H', 'D', 'W', 'W', 'W', 'M', 'Q',
	'Y', 'Y', 'Y' };

#define TENSE_WIN	160	/* bytes looked at on each side */
#define NEAR_WIN	1200	/* bytes looked back at for a topic */
#define PAREN_WIN	40	/* bytes back to the bracket of a restatement */

/* ---- calendar arithmetic (proleptic Gregorian, days since 1970) ---- */

long
dr_days_from(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
dr_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 1 Monday ... 7 Sunday. */
int
dr_wday_of(long z)
{
	return (int)(((z % 7) + 7 + 3) % 7) + 1;
}

int
dr_mdays(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return md[m - 1];
}

/*
 * The commonest values written by hand: snprintf costs more than the
 * rest of a match.  Years outside 0-9999 and fields outside 0-99 go
 * through snprintf, which writes the same.
 */
static char *
put2(char *p, int x)
{
	p[0] = (char)('0' + x / 10);
	p[1] = (char)('0' + x % 10);
	return p + 2;
}

/* The digits of x (0 or more) at p; the end. */
static char *
put_num(char *p, long x)
{
	char t[24];
	size_t k = 0;

	do
		t[k++] = (char)('0' + x % 10);
	while ((x /= 10) > 0 && k < sizeof(t));
	while (k > 0)
		*p++ = t[--k];
	return p;
}

void
dr_fmt_y(char *v, int y)
{
	if (y < 0 || y > 9999) {
		snprintf(v, 48, "%04d", y);
		return;
	}
	put2(put2(v, y / 100), y % 100)[0] = '\0';
}

void
dr_fmt_ym(char *v, int y, int m)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99) {
		snprintf(v, 48, "%04d-%02d", y, m);
		return;
	}
	dr_fmt_y(v, y);
	v[4] = '-';
	put2(v + 5, m)[0] = '\0';
}

void
dr_fmt_ymd(char *v, int y, int m, int d)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		snprintf(v, 48, "%04d-%02d-%02d", y, m, d);
		return;
	}
	dr_fmt_ym(v, y, m);
	v[7] = '-';
	put2(v + 8, d)[0] = '\0';
}

/* A weekday of an unknown week: XXXX-WXX-5. */
void
dr_fmt_wday(char *v, int w)
{
	memcpy(v, "XXXX-WXX-", 9);
	v[9] = (char)('0' + w % 10);
	v[10] = '\0';
}

/* The ISO 8601 week of day z, as YYYY-Www. */
void
dr_fmt_week(char *v, long z)
{
	long th = z - (dr_wday_of(z) - 1) + 3;
	int y, m, d;

	dr_from_days(th, &y, &m, &d);
	snprintf(v, 48, "%04d-W%02ld", y,
	    (th - dr_days_from(y, 1, 1)) / 7 + 1);
}

void
dr_fmt_day(char *v, const struct sc *c, int y, int m, int d)
{
	(void)c;
	if (y > 0)
		dr_fmt_ymd(v, y, m, d);
	else if (m < 0 || m > 99 || d < 0 || d > 99)
		snprintf(v, 48, "XXXX-%02d-%02d", m, d);
	else {			/* the year unknown: a common case, kept cheap */
		memcpy(v, "XXXX-", 5);
		put2(v + 5, m)[0] = '-';
		put2(v + 8, d)[0] = '\0';
	}
}

void
dr_fmt_dayz(char *v, const struct sc *c, long z)
{
	int y, m, d;

	if (!c->hasref) {
		snprintf(v, 48, "XXXX-XX-XX");
		return;
	}
	dr_from_days(z, &y, &m, &d);
	dr_fmt_day(v, c, y, m, d);
}

/* ---- tense of the sentence around i ---- */

/*
 * The tense cue of one word at i of k letters: 1 future, -1 past, 0, or
 * 2 for a reporting verb (said), which says when the story was told,
 * not when the event happened, and counts only right beside it.
 */
static int
cue_at(const struct sc *c, size_t i, size_t k)
{
	const struct dateword *w = dw_lookup(c->s + i, k);

	if (w != NULL) {
		switch (w->cls) {
		case DW_CUE:
			return w->val == CUE_FUT ? 1 : w->val == CUE_PAST ? -1 :
			    w->val == CUE_SAY ? 2 : 0;
		case DW_REL:
			return w->val == R_NEXT || w->val == R_COMING ? 1 :
			    w->val == R_LAST ? -1 : 0;
		case DW_SHIFT:
		case DW_DEIC:
			return w->val;
		case DW_AGO:
			return -1;
		}
		return 0;
	}
	return k >= 5 && txt_ncaseeq(c->s + i + k - 2, "ed", 2) ? -1 : 0;
}

/* Is the word of k letters at s a form of "be" that makes a passive? */
static int
passive_aux(const char *s, size_t k)
{
	return (k == 2 && (txt_ncaseeq(s, "be", 2) || txt_ncaseeq(s, "is", 2))) ||
	    (k == 3 && txt_ncaseeq(s, "are", 3)) ||
	    (k == 4 && txt_ncaseeq(s, "been", 4)) ||
	    (k == 5 && txt_ncaseeq(s, "being", 5));
}

/*
 * The tense around [i, e): the cue nearest the expression within its
 * sentence and a window of TENSE_WIN bytes, so the work per expression
 * is bounded whatever the length of the text.
 */
static int
tense_near(const struct sc *c, size_t i, size_t e)
{
	size_t lo, hi, j, k, best = (size_t)-1, d, pj = 0, pk = 0;
	int t = 0, q;

	lo = i > c->ss + TENSE_WIN ? i - TENSE_WIN : c->ss;
	hi = e + TENSE_WIN < c->se ? e + TENSE_WIN : c->se;
	for (j = lo; j < hi; j++) {
		if (!txt_isalpha(c->s[j]) || !txt_word_start(c->s, j))
			continue;
		if ((k = wlen(c, j)) == 0)
			continue;
		if (j + k <= i || j >= e) {
			q = cue_at(c, j, k);
			d = j >= e ? j - e : i - (j + k);
			/* "said on Thursday": the saying is past */
			if (q == 2)
				q = d <= 12 ? -1 : 0;
			/* "will be held", "is expected": a participle */
			if (q < 0 && pk > 0 && j - (pj + pk) == 1 &&
			    passive_aux(c->s + pj, pk))
				q = 0;
			if (q != 0 && d < best)
				best = d, t = q;
		}
		pj = j, pk = k;
		j += k - 1;
	}
	return t;
}

/*
 * ---- the verb group of a clause ----
 *
 * A weekday's or a month's direction is the tense of the clause it sits
 * in, and the tense of a clause is in its verb group: "will meet",
 * "is expected to", "had been due to", "have been killed", "met".  The
 * reader takes the verb group nearest before the expression in its
 * clause, or else the first one after it, and reads its head: a modal
 * of the future, a past auxiliary, a perfect, a past form.  A clause
 * whose verb says nothing (a present, a bare participle) leaves the
 * choice to the nearest cue word (tense_near).
 */
enum vcls { V_NONE, V_ADV, V_MODAL, V_HAD, V_WAS, V_BE, V_HAVE, V_BEEN,
	V_PAST, V_FUTW, V_ING, V_CAN };

/* An auxiliary: a verb group reaches back over these to its head. */
#define V_AUX(x)	((x) == V_ADV || ((x) >= V_MODAL && (x) <= V_BEEN) || \
			    (x) == V_CAN)

/* Common past forms that do not end in -ed. */
static const struct wlist irregular[] = { WL("ate"), WL("became"),
	WL("began"), WL("bought"), WL("broke"), WL("brought"), WL("built"),
	WL("came"), WL("caught"), WL("chose"), WL("drew"),
	WL("drove"), WL("fell"), WL("felt"), WL("fled"), WL("flew"),
	WL("fought"), WL("found"), WL("froze"), WL("gave"), WL("got"),
	WL("grew"), WL("heard"), WL("held"), WL("hit"), WL("kept"),
	WL("knew"), WL("led"), WL("left"), WL("lost"), WL("made"),
	WL("meant"), WL("met"), WL("paid"), WL("quit"), WL("ran"),
	WL("rang"), WL("rode"), WL("rose"), WL("sank"), WL("sat"), WL("saw"),
	WL("said"), WL("sent"), WL("shook"), WL("shot"), WL("sold"),
	WL("sought"), WL("spent"), WL("spoke"), WL("stood"), WL("stole"),
	WL("struck"), WL("swore"), WL("took"), WL("taught"), WL("thought"),
	WL("threw"), WL("told"), WL("tore"), WL("understood"), WL("went"),
	WL("withdrew"), WL("won"), WL("wore"), WL("wrote"), { NULL, 0 } };

/*
 * Verbs whose past is their present: in a news clause with a date, the
 * past (they cut rates Monday), unless "to" or a modal comes first.
 */
static const struct wlist pastpres[] = { WL("set"), WL("put"),
	WL("cut"), WL("read"), WL("shut"), WL("let"), WL("spread"),
	WL("cast"), WL("bid"), { NULL, 0 } };

/* Words that put what follows in the future: due, expected, set to. */
static const struct wlist futwords[] = { WL("due"), WL("expected"),
	WL("scheduled"), WL("slated"), WL("poised"), WL("planning"),
	WL("upcoming"), WL("plans"), WL("intends"), WL("aims"),
	WL("expects"), { NULL, 0 } };

/* Adverbs that may stand inside a verb group. */
static const struct wlist vadverbs[] = { WL("not"), WL("also"),
	WL("already"), WL("just"), WL("still"), WL("reportedly"),
	WL("previously"), WL("never"), WL("originally"), WL("initially"),
	WL("earlier"), WL("first"), WL("then"), WL("now"), WL("t"),
	{ NULL, 0 } };

/* Determiners: a past participle after one is an adjective. */
static const struct wlist dets[] = { WL("the"), WL("a"), WL("an"),
	WL("its"), WL("his"), WL("her"), WL("their"), WL("our"), WL("this"),
	WL("that"), WL("these"), WL("those"), WL("my"), WL("your"),
	{ NULL, 0 } };

/* Subjects before which a verb is finite. */
static const struct wlist pronouns[] = { WL("he"), WL("she"), WL("it"),
	WL("they"), WL("we"), WL("i"), WL("you"), { NULL, 0 } };

/* Words that open a clause of their own. */
static const struct wlist subords[] = { WL("where"), WL("which"),
	WL("who"), WL("whom"), WL("whose"), WL("when"), WL("while"),
	WL("because"), WL("although"), WL("though"), WL("if"), WL("unless"),
	WL("whereas"), { NULL, 0 } };

/*
 * Bit k of vmask[a] is set when a word of the verb lists has k letters
 * and begins with letter a: most words of a text are in none of them.
 * Built once from the lists.
 */
static uint32_t	vmask[26], smask[26];	/* smask: the subordinators */
static int	vmask_ready;

static void
vmask_init(void)
{
	static const struct wlist *const lists[] = { irregular, futwords,
		vadverbs, pastpres };
	const struct wlist *l;
	size_t x;

	for (x = 0; x < sizeof(lists) / sizeof(lists[0]); x++)
		for (l = lists[x]; l->w != NULL; l++)
			vmask[l->w[0] - 'a'] |= (uint32_t)1 << l->len;
	for (l = subords; l->w != NULL; l++)
		smask[l->w[0] - 'a'] |= (uint32_t)1 << l->len;
	vmask_ready = 1;
}

/* May the word of k letters at s be in one of the verb lists (in subords, sub)? */
static int
vlist_may(const char *s, size_t k, int sub)
{
	unsigned a = (unsigned)txt_tolower(s[0]) - 'a';

	if (!vmask_ready)
		vmask_init();
	return a < 26 && k < 32 && ((sub ? smask : vmask)[a] >> k & 1);
}

/* Is the word of k letters at j in list l?  First letters are compared first. */
static int
inlist_k(const struct sc *c, size_t j, size_t k, const struct wlist *l)
{
	int a = txt_tolower(c->s[j]);

	for (; l->w != NULL; l++)
		if (l->len == k && l->w[0] == a &&
		    txt_ncaseeq(c->s + j + 1, l->w + 1, k - 1))
			return 1;
	return 0;
}

/* The word of k letters at j, followed by "to" (set to, going to)? */
static int
then_to(const struct sc *c, size_t j, size_t k)
{
	return is(c, nx(c, j + k), "to");
}

static size_t	word_fwd(const struct sc *, size_t, size_t, size_t *, int *);

/*
 * After "set" at e: "for" and a day or a month within a few words, as
 * in "set for Friday", "set the trial for May": a plan.
 */
static int
set_for(const struct sc *c, size_t e)
{
	const struct dateword *w;
	size_t j, k, n;
	int brk;

	for (n = 0, j = e; n < 6 && (j = word_fwd(c, c->n, j, &k, &brk)) !=
	    (size_t)-1 && !brk; n++, j += k)
		if (is(c, j, "for")) {
			j = nx(c, j + k);
			return (k = wlen(c, j)) != 0 &&
			    (w = dw_lookup(c->s + j, k)) != NULL &&
			    (w->cls == DW_WDAY || w->cls == DW_MONTH ||
			    w->cls == DW_DEIC || w->cls == DW_REL);
		}
	return 0;
}

/* The class of the word at j (k letters); p the start of the word before, or j. */
static int
vclass(const struct sc *c, size_t j, size_t k, size_t p)
{
	const struct dateword *w;
	const char *s = c->s + j;

	switch (k) {
	case 2:
		if (txt_ncaseeq(s, "ll", 2) && j > 0 && c->s[j - 1] == '\'')
			return V_MODAL;
		if (txt_ncaseeq(s, "is", 2) || txt_ncaseeq(s, "am", 2))
			return V_BE;
		if (txt_ncaseeq(s, "be", 2))
			return V_BEEN;
		break;
	case 3:
		if (txt_ncaseeq(s, "had", 3) || txt_ncaseeq(s, "did", 3))
			return V_HAD;
		if (txt_ncaseeq(s, "was", 3))
			return V_WAS;
		if (txt_ncaseeq(s, "are", 3))
			return V_BE;
		if (txt_ncaseeq(s, "has", 3))
			return V_HAVE;
		if (txt_ncaseeq(s, "won", 3) && j + 5 <= c->n &&
		    c->s[j + 3] == '\'' && txt_tolower(c->s[j + 4]) == 't')
			return V_MODAL;		/* won't */
		if (txt_ncaseeq(s, "set", 3) && (then_to(c, j, k) ||
		    set_for(c, j + k)))
			return V_FUTW;	/* set to meet, set the trial for May */
		if (s[0] == 'm' && txt_ncaseeq(s, "may", 3))
			return V_MODAL;	/* not the month */
		if (txt_ncaseeq(s, "can", 3))
			return V_CAN;
		break;
	case 4:
		if (txt_ncaseeq(s, "will", 4) || txt_ncaseeq(s, "must", 4))
			return V_MODAL;
		if (txt_ncaseeq(s, "were", 4))
			return V_WAS;
		if (txt_ncaseeq(s, "have", 4))
			return V_HAVE;
		if (txt_ncaseeq(s, "been", 4))
			return V_BEEN;
		if (txt_ncaseeq(s, "plan", 4) && then_to(c, j, k))
			return V_FUTW;
		break;
	case 5:
		if (txt_ncaseeq(s, "shall", 5) || txt_ncaseeq(s, "would", 5) ||
		    txt_ncaseeq(s, "might", 5))
			return V_MODAL;
		if (txt_ncaseeq(s, "could", 5))
			return V_CAN;
		if (txt_ncaseeq(s, "being", 5))
			return V_BEEN;
		if ((txt_ncaseeq(s, "going", 5) || txt_ncaseeq(s, "about", 5)) &&
		    then_to(c, j, k))
			return V_FUTW;
		break;
	}
	if (!vlist_may(s, k, 0))
		goto suffix;		/* in none of the lists below */
	if (inlist_k(c, j, k, vadverbs))
		return V_ADV;
	if (inlist_k(c, j, k, futwords) && p != j && inlist(c, p, dets))
		return V_NONE;		/* her plans, the expected vote */
	if (inlist_k(c, j, k, futwords))
		/* he expected, they planned: a past; is expected: a future */
		return p != j && inlist(c, p, pronouns) ? V_PAST : V_FUTW;
	if (inlist_k(c, j, k, irregular))
		/* the lost ground; but firms that lost money */
		return p != j && inlist(c, p, dets) && !is(c, p, "that") ?
		    V_NONE : V_PAST;
	if (inlist_k(c, j, k, pastpres))
		/* they set, to set, a tax cut */
		return p != j && (inlist(c, p, dets) || is(c, p, "to")) ?
		    V_NONE : V_PAST;
suffix:
	if (k >= 4 && txt_ncaseeq(s + k - 2, "ed", 2) &&
	    (txt_tolower(s[k - 3]) != 'e' || (k == 6 &&
	    txt_ncaseeq(s, "agreed", 6)) || (k == 5 &&
	    txt_ncaseeq(s, "freed", 5)))) {
		w = dw_lookup(s, k);
		if ((w != NULL && w->cls == DW_CUE && w->val == CUE_NONE) ||
		    (p != j && inlist(c, p, dets)))
			return V_NONE;
		return V_PAST;
	}
	if (k >= 5 && txt_ncaseeq(s + k - 3, "ing", 3))
		return V_ING;
	if (k >= 5 && txt_ncaseeq(s + k - 2, "ly", 2))
		return V_ADV;		/* would partially shut */
	return V_NONE;
}

/*
 * The tense of a verb group whose words have the classes v[0..n-1] in
 * text order: 1 future, -1 past, 0 when it says nothing.
 */
static int
group_tense(const unsigned char *v, size_t n)
{
	size_t h = 0, x;
	int futw = 0, part = 0, ing = 0;

	while (h < n && v[h] == V_ADV)
		h++;
	if (h == n)
		return 0;
	for (x = h + 1; x < n; x++) {
		futw |= v[x] == V_FUTW;
		part |= v[x] == V_PAST || v[x] == V_BEEN;
		ing |= v[x] == V_ING;
	}
	switch (v[h]) {
	case V_MODAL:
		return 1;
	case V_CAN:
		return 0;		/* could: of either */
	case V_HAD:
		return -1;
	case V_HAVE:
		return part ? -1 : 0;	/* has met; has talks */
	case V_WAS:
		return futw ? 1 : -1;	/* was due to, were planning to */
	case V_BE:
		return futw || ing ? 1 : 0;
	case V_FUTW:
		return 1;
	case V_PAST:
		return -1;
	}
	return 0;
}

#define VG_MAX	8		/* words of one verb group */

/* The bracket that the one at q closes, if it is near, or (size_t)-1. */
static size_t
paren_open(const struct sc *c, size_t lo, size_t q)
{
	size_t j;

	for (j = q; j > lo && j + PAREN_WIN > q; j--)
		if (c->s[j - 1] == '(')
			return j - 1;
		else if (c->s[j - 1] == ')')
			break;
	return (size_t)-1;
}

/*
 * The word before p, not before lo: its start, its length in *k, and
 * in *brk whether punctuation stands between it and p.  (size_t)-1 when
 * there is none, or when a clause bound (a semicolon, a colon, a
 * bracket, a dash) comes first.
 */
static size_t
word_back(const struct sc *c, size_t lo, size_t p, size_t *k, int *brk)
{
	size_t j;

	*brk = 0;
	for (; p > lo && !txt_isalpha(c->s[p - 1]); p--) {
		if (c->s[p - 1] == ')' && (j = paren_open(c, lo, p - 1)) !=
		    (size_t)-1) {
			p = j + 1;	/* an aside: "3 p.m. (1900 GMT)" */
			*brk = 1;
			continue;
		}
		if (c->s[p - 1] == ';' || c->s[p - 1] == '(' ||
		    (c->s[p - 1] == ':' && !txt_isdigit(c->s[p])) ||
		    (c->s[p - 1] == '-' && p - 1 > lo && c->s[p - 2] == '-'))
			return (size_t)-1;
		if (c->s[p - 1] != ' ' && c->s[p - 1] != '\'')
			*brk = 1;
	}
	if (p == lo)
		return (size_t)-1;
	for (j = p; j > lo && txt_isalpha(c->s[j - 1]); j--)
		;
	*k = p - j;
	return j;
}

/* The word at or after p, before hi; as word_back. */
static size_t
word_fwd(const struct sc *c, size_t hi, size_t p, size_t *k, int *brk)
{
	size_t j;

	*brk = 0;
	for (; p < hi && !txt_isalpha(c->s[p]); p++) {
		if (c->s[p] == ';' || c->s[p] == '(' || (c->s[p] == ':' &&
		    (p + 1 >= c->n || !txt_isdigit(c->s[p + 1]))) ||
		    (c->s[p] == '-' && p + 1 < hi && c->s[p + 1] == '-'))
			return (size_t)-1;
		if (c->s[p] != ' ' && c->s[p] != '\'')
			*brk = 1;
	}
	if (p >= hi)
		return (size_t)-1;
	for (j = p; j < hi && txt_isalpha(c->s[j]); j++)
		;
	*k = j - p;
	return p;
}

/* The class of the word at j (k letters), after the word before it in [lo, j). */
static int
vclass_at(const struct sc *c, size_t lo, size_t j, size_t k)
{
	size_t p, pk;
	int brk;

	if (!txt_word_start(c->s, j) || !txt_word_end(c->s, c->n, j + k))
		return V_NONE;
	p = word_back(c, lo, j, &pk, &brk);
	return vclass(c, j, k, p == (size_t)-1 ? j : p);
}

/*
 * The tense of the clause around [i, e) from its verb group, or 0.
 * Words are read in [lo, hi), the bounds of tense_near, back from i to
 * the first group, or if there is none, on from e.
 */
static int
tense_clause(struct sc *c, size_t i, size_t e, size_t lo, size_t hi)
{
	unsigned char g[VG_MAX];
	size_t j, k, q, qk, n;
	int v, w, brk, qbrk, t;

	for (j = i; (j = word_back(c, lo, j, &k, &brk)) != (size_t)-1; ) {
		if (vlist_may(c->s + j, k, 1) && inlist_k(c, j, k, subords))
			break;		/* the clause begins here */
		v = vclass_at(c, lo, j, k);
		if (v == V_NONE || v == V_ADV || v == V_ING)
			continue;
		/* the last word of a group: back to its head */
		g[VG_MAX - 1] = (unsigned char)v;
		n = 1;
		while (n < VG_MAX && (q = word_back(c, lo, j, &qk, &qbrk)) !=
		    (size_t)-1 && !qbrk && V_AUX(w = vclass_at(c, lo, q, qk))) {
			g[VG_MAX - 1 - n++] = (unsigned char)w;
			j = q;
		}
		if ((t = group_tense(g + VG_MAX - n, n)) != 0) {
			c->tvg = j + 1;
			return t;
		}
		v = g[VG_MAX - n];
		if (v == V_BE || v == V_HAVE || v == V_WAS || v == V_CAN)
			return 0;	/* a present, could */
	}
	/* none before it: the first group after it */
	for (j = e; (j = word_fwd(c, hi, j, &k, &brk)) != (size_t)-1;
	    j += k) {
		v = vclass_at(c, lo, j, k);
		if (v == V_NONE || v == V_ADV || v == V_ING)
			continue;
		g[0] = (unsigned char)v;
		for (n = 1, q = j + k; n < VG_MAX && (q = word_fwd(c, hi, q, &qk,
		    &qbrk)) != (size_t)-1 && !qbrk && (w = vclass_at(c, lo, q,
		    qk)) != V_NONE && w != V_ING; q += qk)
			g[n++] = (unsigned char)w;
		c->tvg = j + 1;
		return group_tense(g, n);
	}
	return 0;
}

/*
 * Set c->ss and c->se to the sentence that holds i.  Sentence ends are
 * found once, in order, and kept, so going back costs a binary search.
 */
static void
sentence_of(struct sc *c, size_t i)
{
	size_t lo, hi, mid, last;

	if (i >= c->ss && i < c->se)
		return;
	last = c->nsend > 0 ? c->send[c->nsend - 1] : 0;
	while (last <= i && last < c->n) {
		last = txt_sentence_end(c->s, c->n, last);
		xgrow(&c->send, &c->sendcap, c->nsend + 1, sizeof(size_t));
		c->send[c->nsend++] = last;
	}
	lo = 0, hi = c->nsend;
	while (lo < hi) {		/* the first end after i */
		mid = lo + (hi - lo) / 2;
		if (c->send[mid] <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	c->ss = lo > 0 ? c->send[lo - 1] : 0;
	c->se = lo < c->nsend ? c->send[lo] : c->n;
}

/* The tense for an expression starting at i. */
int
dr_tense_at(struct sc *c, size_t i)
{
	size_t e, lo, hi, j, i0 = i;
	int t;

	if (c->tat == i + 1)	/* the rules ask again for the same word */
		return c->tval;
	c->tvg = 0;
	sentence_of(c, i);
	e = i + txt_word_len(c->s, c->n, i);
	if (e <= i)
		e = i + 1;
	/* "at 4 (4 a.m. Thursday)": what is restated has the tense outside */
	for (j = i; j > c->ss && j + PAREN_WIN > i; j--)
		if (c->s[j - 1] == ')' || c->s[j - 1] == '(')
			break;
	if (j > c->ss && c->s[j - 1] == '(' && j - 1 > c->ss)
		i = j - 1, e = j;
	lo = i > c->ss + TENSE_WIN ? i - TENSE_WIN : c->ss;
	hi = e + TENSE_WIN < c->se ? e + TENSE_WIN : c->se;
	if ((t = tense_clause(c, i, e, lo, hi)) == 0) {
		t = tense_near(c, i, e);
		c->tvg = 0;
	}
	c->tat = i0 + 1, c->tval = t;
	return t;
}

/*
 * Is there a word w near i: in the NEAR_WIN bytes before it, or after it
 * in its sentence (TENSE_WIN bytes at most)?  A topic (a quarter) is set
 * up sentences before.
 */
static int
near_word(struct sc *c, size_t i, const char *w)
{
	size_t lo, hi, j;

	sentence_of(c, i);
	lo = i > NEAR_WIN ? i - NEAR_WIN : 0;
	hi = i + TENSE_WIN < c->se ? i + TENSE_WIN : c->se;
	for (j = lo; j < hi; j++)
		if (txt_tolower(c->s[j]) == w[0] && is(c, j, w))
			return 1;
	return 0;
}

/* ---- resolution against the reference ---- */

/* The weekday w (1-7) nearest the reference in the direction t. */
long
dr_resolve_wday(const struct sc *c, int w, int t)
{
	int rw = dr_wday_of(c->rday), back, fwd;

	back = (rw - w + 7) % 7;
	fwd = (w - rw + 7) % 7;

	if (back == 0)
		return c->rday;
	/*
	 * A future cue looks ahead, a past one back; with neither (a
	 * present: "they meet Monday") the nearer, and at equal distance
	 * the past, since news reports what happened.
	 */
	if (t > 0 || (t == 0 && fwd < back))
		return c->rday + fwd;
	return c->rday - back;
}

/*
 * The start of the sentence last looked at, as a bound for reading back
 * from p: p itself if that sentence is not p's.
 */
#define LO(c, p)	((c)->ss <= (p) ? (c)->ss : (p))

/*
 * Is the date at i (perhaps early or mid, perhaps after "the") after a
 * word that sets a limit ahead: until, through, by, effective?  With
 * purpose, also after "for" ("pencilled in for May 3", but also "sales
 * for May": a past verb then says nothing of the year).
 */
static int
limit_before(const struct sc *c, size_t i, int purpose)
{
	static const struct wlist limits[] = { WL("until"), WL("till"),
		WL("through"), WL("effective"), WL("by"), WL("before"),
		WL("starting"), WL("from"), { NULL, 0 } };
	size_t j, k;
	int brk;

	j = word_back(c, LO(c, i), i, &k, &brk);
	if (j != (size_t)-1 && (is(c, j, "early") || is(c, j, "mid")))
		j = word_back(c, LO(c, j), j, &k, &brk);
	if (j != (size_t)-1 && is(c, j, "the"))
		j = word_back(c, LO(c, j), j, &k, &brk);	/* by the May vote */
	return j != (size_t)-1 && (inlist(c, j, limits) ||
	    (purpose && is(c, j, "for")));
}

/*
 * Does the past verb group of the clause say when the date at i was?
 * Not when an infinitive or a modal stands between them ("agreed to buy
 * it in January", "would be paid in January"), nor after a word that
 * sets a limit ahead ("until March 6", "through January", "effective
 * June 1").
 */
static int
past_governs(const struct sc *c, size_t i)
{
	size_t j, a, b, k;
	int brk;

	if (c->tvg == 0 || c->tat == 0 || limit_before(c, i, 1))
		return 0;
	j = word_back(c, LO(c, c->tvg - 1), c->tvg - 1, &k, &brk);
	if (j != (size_t)-1 && is(c, j, "to"))
		return 0;		/* expects a wave to hit in January */
	a = c->tvg - 1 < i ? c->tvg - 1 : i;
	b = c->tvg - 1 < i ? i : c->tvg - 1;
	for (j = a; j < b; j++)
		if (txt_isalpha(c->s[j]) && txt_word_start(c->s, j) &&
		    (is(c, j, "to") || is(c, j, "will") || is(c, j, "would") ||
		    is(c, j, "should") || is(c, j, "shall")))
			return 0;
	return 1;
}

/* Is the date at i (perhaps early, mid or late) after "since"? */
static int
since_before(const struct sc *c, size_t i)
{
	size_t j, k;
	int brk;

	if (c->tat == 0)
		return 0;
	j = word_back(c, LO(c, i), i, &k, &brk);
	if (j != (size_t)-1 && (is(c, j, "early") || is(c, j, "mid") ||
	    is(c, j, "late")))
		j = word_back(c, LO(c, j), j, &k, &brk);
	return j != (size_t)-1 && is(c, j, "since");
}

/* The year of month m (day d, 0 for none) seen from the reference. */
int
dr_resolve_year(const struct sc *c, int m, int d, int t)
{
	int y = c->r.year;
	long here = c->rday, back, fwd, z;

	if (m == c->r.month && (d == 0 || d == c->r.day))
		return y;
	if (d == 0) {
		back = (c->r.month - m + 12) % 12;
		fwd = (m - c->r.month + 12) % 12;
	} else {
		z = dr_days_from(y, m, d > dr_mdays(y, m) ? dr_mdays(y, m) : d);
		back = z <= here ? here - z : here - dr_days_from(y - 1, m, d);
		fwd = z >= here ? z - here : dr_days_from(y + 1, m, d) - here;
	}
	/*
	 * A past verb that governs the date takes it back a year, but not
	 * when the date is up to two months ahead: a past cue is then more
	 * often the telling than the event ("said it closes on Dec. 1").
	 */
	if (t < 0 && (fwd < (d == 0 ? 3 : 90) || !past_governs(c, c->tat - 1)))
		t = 0;
	/*
	 * News tells more of the past than of the future: without a future
	 * cue, the later date wins only when it is under half as far.
	 */
	/*
	 * nor does a future cue reach a year on for a day or a month just
	 * gone
	 */
	if (t > 0 && (d != 0 ? back * 8 < fwd : back * 4 < fwd &&
	    (c->tat == 0 || !limit_before(c, c->tat - 1, 0))))
		t = 0;
	if (since_before(c, c->tat - 1))
		t = -1;		/* since July: never ahead */
	if (t < 0 || (t == 0 && back <= 2 * fwd))
		return (m < c->r.month || (m == c->r.month && d < c->r.day)) ?
		    y : y - 1;
	return (m > c->r.month || (m == c->r.month && d > c->r.day)) ?
	    y : y + 1;
}

void
dr_fmt_time(char *v, const struct sc *c, long z, int h, int mi)
{
	char day[48];

	dr_fmt_dayz(day, c, z);
	snprintf(v, 48, "%.20sT%02d:%02d", day, h, mi);
}

/*
 * n and a half units in whole smaller ones, as TimeML writes them: two
 * and a half years P2Y6M, five and a half hours PT5H30M.  0 when the
 * unit has no such half.
 */
static int
halfunit(char *v, long n, int u)
{
	switch (u) {
	case U_YEAR:
		return n > 0 ? snprintf(v, 48, "P%ldY6M", n) :
		    snprintf(v, 48, "P6M");
	case U_DAY:
		return n > 0 ? snprintf(v, 48, "P%ldDT12H", n) :
		    snprintf(v, 48, "PT12H");
	case U_HOUR:
		return n > 0 ? snprintf(v, 48, "PT%ldH30M", n) :
		    snprintf(v, 48, "PT30M");
	case U_MIN:
		return n > 0 ? snprintf(v, 48, "PT%ldM30S", n) :
		    snprintf(v, 48, "PT30S");
	}
	return 0;
}

void
dr_fmt_dur(char *v, double n, int u)
{
	char num[24], *p = v;
	long x;

	if (n >= 0 && n == (long)n && n < 1e6) {	/* the common case */
		x = (long)n * (u == U_DECADE ? 10 : u == U_CENT ? 100 :
		    u == U_FORT ? 2 : 1);
		*p++ = 'P';
		if (u <= U_HOUR)
			*p++ = 'T';
		p = put_num(p, x);
		*p++ = dr_unitch[u];
		*p = '\0';
		return;
	}
	if (n < 0)
		snprintf(num, sizeof(num), "X");
	else if (n == (long)n)
		snprintf(num, sizeof(num), "%ld", (long)n * (u == U_DECADE ? 10 :
		    u == U_CENT ? 100 : u == U_FORT ? 2 : 1));
	else if (n * 2 == (long)(n * 2) && halfunit(v, (long)n, u))
		return;
	else
		snprintf(num, sizeof(num), "%.1f", n * (u == U_DECADE ? 10 :
		    u == U_CENT ? 100 : 1));
	if (n < 0 && u == U_DECADE)
		snprintf(v, 48, "PXDE");
	else if (n < 0 && u == U_CENT)
		snprintf(v, 48, "PXCE");
	else
		snprintf(v, 48, "P%s%s%c", u <= U_HOUR ? "T" : "", num,
		    dr_unitch[u]);
}

/* The date n units before (-) or after the reference, at the unit's precision. */
void
dr_fmt_shift(char *v, const struct sc *c, long n, int u)
{
	int y = c->r.year, m = c->r.month, q;

	if (!c->hasref) {
		snprintf(v, 48, u == U_YEAR ? "XXXX" : u == U_MONTH ? "XXXX-XX" :
		    "XXXX-XX-XX");
		return;
	}
	switch (u) {
	case U_YEAR:
		snprintf(v, 48, "%04ld", y + n);
		break;
	case U_DECADE:
		snprintf(v, 48, "%04ld", y + 10 * n);	/* a decade ago: that year */
		break;
	case U_MONTH:
		m += (int)n;
		y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12);
		m = ((m - 1) % 12 + 12) % 12 + 1;
		dr_fmt_ym(v, y, m);
		break;
	case U_QUARTER:
		q = (m - 1) / 3 + (int)n;
		y += q >= 0 ? q / 4 : (q - 3) / 4;
		q = (q % 4 + 4) % 4 + 1;
		snprintf(v, 48, "%04d-Q%d", y, q);
		break;
	case U_WEEK:
	case U_FORT:
		dr_fmt_dayz(v, c, c->rday + 7 * n * (u == U_FORT ? 2 : 1));
		break;
	case U_DAY:
		dr_fmt_dayz(v, c, c->rday + n);
		break;
	default:
		snprintf(v, 48, "PAST_REF");
	}
}

/*
 * The quarter a report is about: the last "first|second|third|fourth
 * quarter" named in the NEAR_WIN bytes before i, or 0.
 */
int
dr_topic_quarter(const struct sc *c, size_t i)
{
	static const struct wlist ords[] = { WL("first"), WL("second"), WL("third"),
		WL("fourth"), { NULL, 0 } };
	size_t j, lo = i > NEAR_WIN ? i - NEAR_WIN : 0, k, q;

	for (j = i; j > lo; j--) {
		if (txt_tolower(c->s[j - 1]) != 'q' || !is(c, j - 1, "quarter"))
			continue;
		q = j - 1;
		k = q > lo && (c->s[q - 1] == '-' || c->s[q - 1] == ' ') ?
		    q - 1 : q;
		while (k > lo && txt_isalpha(c->s[k - 1]))
			k--;
		if (inlist(c, k, ords)) {
			switch (txt_tolower(c->s[k])) {
			case 'f':
				return txt_tolower(c->s[k + 1]) == 'i' ? 1 : 4;
			case 's':
				return 2;
			default:
				return 3;
			}
		}
	}
	return 0;
}

/*
 * n years before the reference.  In a report of quarterly results "a
 * year ago" is the same quarter a year before: the quarter last ended.
 */
void
dr_fmt_yearsago(char *v, struct sc *c, size_t i, long n)
{
	int t;

	if (c->hasref && near_word(c, i, "quarter")) {
		char q[48];

		dr_fmt_shift(q, c, -1, U_QUARTER);
		if ((t = dr_topic_quarter(c, i)) != 0)
			q[6] = (char)('0' + t);
		snprintf(v, 48, "%04ld%s", atol(q) - n, q + 4);
		return;
	}
	dr_fmt_shift(v, c, -n, U_YEAR);
}

/* The value of this/last/next + w when there is no reference: X for what is unknown. */
int
dr_rel_noref(const struct dateword *w, int rel, struct hit *o)
{
	static const char *const unitx[] = { "", "", "", "XXXX-XX-XX",
		"XXXX-WXX", "XXXX-WXX-WE", "", "XXXX-XX", "XXXX-QX", "XXXX",
		"XXX", "XX" };

	switch (w->cls) {
	case DW_WDAY:
		dr_fmt_wday(o->v, w->val);
		return 1;
	case DW_MONTH:
		snprintf(o->v, 48, "XXXX-%02d", w->val);
		return 1;
	case DW_SEASON:
		snprintf(o->v, 48, "XXXX-%s", dr_seasname[w->val]);
		return 1;
	case DW_PART:
		if (rel != R_THIS && !(rel == R_LAST && w->val == PT_NI))
			return 0;
		snprintf(o->v, 48, "XXXX-XX-XXT%s", dr_partname[w->val]);
		return 1;
	case DW_UNIT:
		if (unitx[w->val][0] == '\0')
			return 0;
		snprintf(o->v, 48, "%s", unitx[w->val]);
		return 1;
	}
	return 0;
}

/*
 * "the next day", "the following year", "that morning", "later that
 * month": a period counted from the last date the text named (TimeML
 * anchors these on it, not on the reference).  Returns -1 when the text
 * named no date precise enough, so that the caller reads it otherwise.
 */
int
dr_anchored(struct sc *c, int dir, int that, size_t j, struct hit *o)
{
	const struct dateword *w;
	size_t k;
	long z = c->aday;
	int y = c->ay, m = c->am, d;

	if (that && is(c, j, "same"))
		j = nx(c, j + 4);
	if (!that && dir != 0 && z != 0 && (w = word(c, j, &k)) != NULL &&
	    w->cls == DW_WDAY && !(w->flags & DW_PLURAL)) {
		/* the previous Friday: the one before the day last named */
		d = dr_wday_of(z);
		z += dir < 0 ? -((d - w->val + 6) % 7 + 1) :
		    (w->val - d + 6) % 7 + 1;
		dr_from_days(z, &y, &m, &d);
		dr_fmt_ymd(o->v, y, m, d);
		o->pfx = P_EML;
		o->end = dot(c, w, j + k);
		return 1;
	}
	if ((w = word(c, j, &k)) == NULL || (w->flags & DW_PLURAL) ||
	    (w->cls != DW_UNIT && w->cls != DW_PART) || ch(c, j + k, '-'))
		return that ? 0 : -1;
	if (that && y == 0) {		/* nothing named: the story's day */
		if (!c->hasref)
			return 0;
		z = c->rday, y = c->r.year, m = c->r.month;
	}
	o->pfx = P_EML;
	o->end = j + k;
	if (w->cls == DW_PART || w->val == U_DAY || w->val == U_WEEK) {
		if (z == 0 && that && w->cls == DW_UNIT && w->val == U_DAY) {
			if (m != 0)	/* some day of that month */
				snprintf(o->v, 48, "%04d-%02d-XX", y, m);
			else
				snprintf(o->v, 48, "%04d-XX-XX", y);
			return 1;
		}
		if (z == 0)
			return that ? 0 : -1;
		if (w->val == U_WEEK && w->cls == DW_UNIT) {
			dr_fmt_week(o->v, z + 7 * dir);
			return 1;
		}
		dr_from_days(z + dir, &y, &m, &d);
		dr_fmt_ymd(o->v, y, m, d);
		if (w->cls == DW_PART)
			snprintf(o->v + 10, 8, "T%s", dr_partname[w->val]);
		return 1;
	}
	if (w->val == U_MONTH && m != 0) {
		m += dir;
		if (m < 1)
			m = 12, y--;
		if (m > 12)
			m = 1, y++;
		dr_fmt_ym(o->v, y, m);
		return 1;
	}
	if (w->val == U_YEAR && y != 0) {
		dr_fmt_y(o->v, y + dir);
		return 1;
	}
	if (w->val == U_QUARTER && m != 0 && dir != 0) {
		/* the following quarter: "that quarter" wants a quarter named */
		m = (m - 1) / 3 + dir;
		y += m < 0 ? -1 : m / 4;
		snprintf(o->v, 48, "%04d-Q%d", y, (m % 4 + 4) % 4 + 1);
		return 1;
	}
	return that ? 0 : -1;
}

/* Keep the date of a value found as the anchor of what follows. */
void
dr_anchor_set(struct sc *c, const char *v)
{
	int y, m = 0, d = 0;

	if (!txt_isdigit(v[0]) || !txt_isdigit(v[1]) || !txt_isdigit(v[2]) ||
	    !txt_isdigit(v[3]) || (v[4] != '\0' && v[4] != '-'))
		return;
	y = atoi(v);
	if (v[4] == '-' && txt_isdigit(v[5]) && txt_isdigit(v[6])) {
		m = atoi(v + 5);
		if (v[7] == '-' && txt_isdigit(v[8]) && txt_isdigit(v[9]))
			d = atoi(v + 8);
	} else if (v[4] == '-')
		return;			/* a week, quarter or season */
	if (y < 1 || m > 12 || d > 31)
		return;
	c->ay = y, c->am = m;
	c->aday = m > 0 && d > 0 ? dr_days_from(y, m, d) : 0;
}

/* The day of holiday h in year y. */
long
dr_holiday_day(int h, int y)
{
	long z;

	switch (h) {
	case HO_CHRISTMAS:
		return dr_days_from(y, 12, 25);
	case HO_HALLOWEEN:
		return dr_days_from(y, 10, 31);
	case HO_INDEPENDENCE:
		return dr_days_from(y, 7, 4);
	case HO_ELECTION:		/* the Tuesday after the first Monday */
		z = dr_days_from(y, 11, 1);
		return z + (1 - dr_wday_of(z) + 7) % 7 + 1;
	case HO_LABOR:			/* first Monday of September */
		z = dr_days_from(y, 9, 1);
		return z + (1 - dr_wday_of(z) + 7) % 7;
	case HO_MEMORIAL:		/* last Monday of May */
		z = dr_days_from(y, 5, 31);
		return z - (dr_wday_of(z) - 1 + 7) % 7;
	default:			/* US Thanksgiving: 4th Thursday of November */
		z = dr_days_from(y, 11, 1);
		return z + (4 - dr_wday_of(z) + 7) % 7 + 21;
	}
}
