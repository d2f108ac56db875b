/* check_split.c -- unit tests of common/split.c: layouts, paragraphs,
 * datelines and credits. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "split.h"

/* A paragraph and the dateline or credit expected in it ("" for none). */
struct span_case {
	const char	*in;
	const char	*want;
};

static const struct span_case dateline_cases[] = {
	{ "Baku, Oct 9: Armenia said", "Baku, Oct 9" },
	{ "DHAKA, Feb 15, 2026 (BSS) - The council met", "DHAKA, Feb 15, 2026 (BSS)" },
	{ "DHAKA, Feb 15, 2026 (BSS)- Rain fell", "DHAKA, Feb 15, 2026 (BSS)" },
	{ "ORLIN, Feb 3, 2025 (UNB) \xe2\x80\x93 Prices rose", "ORLIN, Feb 3, 2025 (UNB)" },
	{ "    SALVADOR, Feb 26 - Showers continued", "SALVADOR, Feb 26" },
	{ "    MILLBROOK, Kan., March 3 -\nGrainco said", "MILLBROOK, Kan., March 3" },
	{ "    WINSTON-SALEM, N.C., March 2 - A firm", "WINSTON-SALEM, N.C., March 2" },
	{ "    Bogota, march 4 - prices", "Bogota, march 4" },
	{ " DETROIT  (Reuters) - Carmakers said", "DETROIT  (Reuters)" },
	{ " NEW YORK/LONDON  (Reuters) - Gold rose", "NEW YORK/LONDON  (Reuters)" },
	{ " (Reuters) - Following are the points", "(Reuters)" },
	{ "HAYWARD, Calif. (AP) \xe2\x80\x94 A train", "HAYWARD, Calif. (AP)" },
	{ "MADRID \xe2\x80\x94 The team won", "MADRID" },
	{ "BERLIN -- The agency said", "BERLIN" },
	{ "NEW DELHI: Their dream ended", "NEW DELHI" },
	{ "    TOKYO - The bank intervened", "TOKYO" },
	{ "ZURICH, Jan 31 (,Reuters) - A firm", "ZURICH, Jan 31 (,Reuters)" },
	{ "WASHINGTON, March 12, Reuter - A judge", "WASHINGTON, March 12, Reuter" },
	{ " TORONTO  Nov 2 (Reuters) - Gold rose", "TORONTO  Nov 2 (Reuters)" },
	{ " NEW YORK (Reuters) -U.S. stocks fell", "NEW YORK (Reuters)" },
	{ " (Reuters) In less than a year", "(Reuters)" },
	{ "    GRONINGEN, the Netherlands, March 31 - A", "GRONINGEN, the Netherlands, March 31" },
	{ "    peoria, april 7 - hogs", "peoria, april 7" },
	/* a month in lower case, or partly: the word's end says to look */
	{ "    peoria, aPRIL 7 - hogs", "peoria, aPRIL 7" },
	{ "    peoria, sept. 7 - hogs", "peoria, sept. 7" },
	{ "    bogota, marCH 4 - prices", "bogota, marCH 4" },
	{ "london, jan 9: talks", "london, jan 9" },
	{ "    peoria, april7 - hogs", "" },
	{ "HONOLULU, Hawaii (KHNL) \xe2\x80\x94 Surf", "HONOLULU, Hawaii (KHNL)" },
	{ "    POINT PLEASANT BEACH, N.J. - A firm", "POINT PLEASANT BEACH, N.J." },
	{ "    RIO DE JANEIRO - The bank", "RIO DE JANEIRO" },
	/* Not datelines. */
	{ "    OSLO GRAIN RATES CLOSING - Barley 10", "" },
	{ "    CENTRAL BANK BUYS DOLLARS, SELLS YEN - The", "" },
	{ " (Adds details) The firm", "" },
	{ "New cabinet to sworn in by Feb 18 - the", "" },
	{ "Woke Up Like This (WULT) - who have", "" },
	{ "One member of the Committee (MPC) - Paul", "" },
	{ "DJ Norman Cook - aka Fatboy", "" },
	{ "David Blunkett - who resigned - said", "" },
	{ "RAJSHAHI, the largest city, is old", "" },
	{ "UK businesses are set to prosper - but", "" },
	{ "The dollar rose on Friday.", "" },
	{ " MAR8  --     --MINNEAPOLIS WHEAT", "" },
	{ "BBC:: North Korea", "" },
	{ "I - think", "" },
	{ "", "" },
	{ "(", "" },
	{ "A, Jan 1", "" },
	{ "Baku, Oct 9", "" },
};

static const struct span_case credit_cases[] = {
	{ "of fighting.\xc2\xa0 \xc2\xa0 \xc2\xa0 -AFP", "AFP" },
	{ "the talks ended. -Reuters", "Reuters" },
	{ "the talks ended. - BSS/AFP ", "BSS/AFP" },
	{ "the talks ended \xe2\x80\x94 AP", "AP" },
	{ " Reuter", "Reuter" },
	{ " REUTER...", "REUTER" },
	{ "REUTER^M", "REUTER" },
	{ "   -AFP", "AFP" },
	{ "next year. (Reporting by  Dana Whitcombe ; Editing by  Marc Ostrander )",
	    "Reporting by  Dana Whitcombe ; Editing by  Marc Ostrander" },
	{ "a deal. (Editing by Paul Lind) ($1=39.58 rupees)", "Editing by Paul Lind" },
	{ "(Additional reporting by Ana Ruiz; Writing by Lee Cho)",
	    "Additional reporting by Ana Ruiz; Writing by Lee Cho" },
	/* Not credits. */
	{ "Best Film - WINNER", "" },
	{ "He spoke to the AFP", "" },
	{ "and the year-end (provisional)", "" },
	{ "well-known-AFP", "" },
	{ "", "" },
	{ ")", "" },
	{ "-", "" },
};

static void
check_span(int (*fn)(const char *, size_t, size_t *, size_t *),
    const struct span_case *c)
{
	size_t s = 99, e = 99, n = strlen(c->in);
	char *buf = malloc(n + 1);
	int found;

	memcpy(buf, c->in, n);	/* no NUL after: catches over-reads */
	found = fn(buf, n, &s, &e);
	if (*c->want == '\0')
		ck_assert_msg(!found, "%s: found [%zu, %zu)", c->in, s, e);
	else {
		ck_assert_msg(found, "%s: not found", c->in);
		ck_assert_uint_le(e, n);
		ck_assert_uint_eq(e - s, strlen(c->want));
		ck_assert_mem_eq(buf + s, c->want, e - s);
	}
	free(buf);
}

START_TEST(test_dateline)
{
	check_span(split_dateline, &dateline_cases[_i]);
}
END_TEST

START_TEST(test_credit)
{
	check_span(split_credit, &credit_cases[_i]);
}
END_TEST

/*
 * An article and what split_article makes of it, written as "name=value"
 * for each header and "[text]" for each paragraph.
 */
struct art_case {
	const char		*in;
	enum split_layout	 layout;
	enum split_mode		 mode;
	const char		*want;
};

static const struct art_case art_cases[] = {
	/* The seed layout. */
	{ " date 2024-03-07 World\nFloods\n\nRescue by boat\n\n"
	  "Published : Thursday, 7 March, 2024 at 09:30 AM \xc2\xa0"
	  "Count : 112\n\nVarna, Mar 6: Water rose.\nIt rained.\xc2\xa0 -AFP\n\n",
	  SPLIT_SEED, SPLIT_LINES,
	  "date=2024-03-07 section=World title=Floods subtitle=Rescue by boat "
	  "published=Thursday, 7 March, 2024 at 09:30 AM views=112 "
	  "dateline=Varna, Mar 6 credit=AFP [Varna, Mar 6: Water rose.]"
	  "[It rained.\xc2\xa0 -AFP]" },
	{ " date 2024-03-07\nFloods\n\nPublished : Monday\n\nOne.\n",
	  SPLIT_SEED, SPLIT_LINES,
	  "date=2024-03-07 title=Floods published=Monday [One.]" },
	{ " date 2024-03-07 Sport\nTitle only\n\nBody one.\nBody two.\n",
	  SPLIT_SEED, SPLIT_LINES,
	  "date=2024-03-07 section=Sport title=Title only [Body one.][Body two.]" },
	/* The wire layout: an empty byline gives no header. */
	{ "-- Profit rises\n-- \n-- Mon Oct 23, 2006 3:48pm EDT\n"
	  "-- http://x.example/a\n\n \n\n LIMA  (Reuters) - Up. \n\n More. \n",
	  SPLIT_WIRE, SPLIT_BLOCKS,
	  "title=Profit rises published=Mon Oct 23, 2006 3:48pm EDT "
	  "url=http://x.example/a dateline=LIMA  (Reuters) "
	  "[ LIMA  (Reuters) - Up. ][ More. ]" },
	{ "-- T\n-- By  Ann Lee\n", SPLIT_WIRE, SPLIT_LINES,
	  "title=T byline=Ann Lee" },
	/* Front matter, a stray line kept under the last key. */
	{ "---\ntitle: Bread prize \ntags:\n- food\ndate: 2021-05-14 \n--- \n"
	  "Text one.\n\nText two.\n",
	  SPLIT_FRONT, SPLIT_BLOCKS,
	  "title=Bread prize tags=- food date=2021-05-14 [Text one.][Text two.]" },
	{ "---\nno key here\n---\nBody.\n", SPLIT_FRONT, SPLIT_LINES,
	  "front=no key here [Body.]" },
	/* Key: value blocks, ntext's layout among them. */
	{ "Subject: Bridge\nContent-Type: text/plain\n\nLine one\nline two\n",
	  SPLIT_KEYS, SPLIT_BLOCKS,
	  "subject=Bridge content_type=text/plain [Line one\nline two]" },
	{ "title: Profile: A Mayor\n\nOne.\n\nTwo\nlines.\n", SPLIT_KEYS,
	  SPLIT_BLOCKS, "title=Profile: A Mayor [One.][Two\nlines.]" },
	{ "title: Only\n", SPLIT_KEYS, SPLIT_BLOCKS, "title=Only" },
	{ "Credit: Ann Lee\nDateline: LIMA\n\nLIMA (AP) - Rain.\n", SPLIT_KEYS,
	  SPLIT_BLOCKS, "credit_=Ann Lee dateline_=LIMA dateline=LIMA (AP) "
	  "[LIMA (AP) - Rain.]" },
	/* Plain: a title unless the first line reads as a paragraph. */
	{ "Profile: A Mayor\n\nShe was elected.\n", SPLIT_PLAIN, SPLIT_LINES,
	  "title=Profile: A Mayor [She was elected.]" },
	{ "Ferry returns\n\nOne.\n\nTwo.\n", SPLIT_PLAIN, SPLIT_BLOCKS,
	  "title=Ferry returns [One.][Two.]" },
	{ "This first line is a whole sentence that runs on for well over "
	  "eighty bytes in all.\n\nNext.\n", SPLIT_PLAIN, SPLIT_BLOCKS,
	  "[This first line is a whole sentence that runs on for well over "
	  "eighty bytes in all.][Next.]" },
	{ "LIMA (AP) \xe2\x80\x94 Rain fell.\n\nMore.\n", SPLIT_PLAIN,
	  SPLIT_BLOCKS, "dateline=LIMA (AP) [LIMA (AP) \xe2\x80\x94 Rain fell.]"
	  "[More.]" },
	{ "Short line.\nAnother line.\n", SPLIT_PLAIN, SPLIT_LINES,
	  "[Short line.][Another line.]" },
	{ "Only a title", SPLIT_PLAIN, SPLIT_LINES, "title=Only a title" },
	/* Indented wire copy: a title straight before the table. */
	{ "GRAIN EXPORTS\n\n    MILL, Kan., March 3 - Grain said it\nexpects more.\n"
	  "    Shipments rose.\n Reuter\n&#3;\n", SPLIT_PLAIN, SPLIT_INDENT,
	  "title=GRAIN EXPORTS dateline=MILL, Kan., March 3 credit=Reuter "
	  "[    MILL, Kan., March 3 - Grain said it\nexpects more.]"
	  "[    Shipments rose.][ Reuter][&#3;]" },
	{ "FED REPORT\n    Week ended Feb 25\n Net reserves....644\n",
	  SPLIT_PLAIN, SPLIT_INDENT,
	  "title=FED REPORT [    Week ended Feb 25][ Net reserves....644]" },
	{ "TITLE\n\nBlah blah blah.\n&#3;\n", SPLIT_PLAIN, SPLIT_LINES,
	  "title=TITLE [Blah blah blah.][&#3;]" },
	{ "T\n\nText ends\nREUTER\n&#3;\n\nNext.\n", SPLIT_PLAIN, SPLIT_BLOCKS,
	  "title=T credit=REUTER [Text ends][REUTER][&#3;][Next.]" },
	/* A blank first line: no headers. */
	{ "\nOne\nstill one.\n", SPLIT_BARE, SPLIT_BLOCKS, "[One\nstill one.]" },
	{ " \xc2\xa0\n\n", SPLIT_BARE, SPLIT_BLOCKS, "" },
	/* The dateline of paragraph 2 after an editor's note. */
	{ "\n (Adds details)\n\n LIMA  (Reuters) - Up.\n", SPLIT_BARE,
	  SPLIT_BLOCKS, "dateline=LIMA  (Reuters) [ (Adds details)]"
	  "[ LIMA  (Reuters) - Up.]" },
	/* Bytes from the fuzzer. */
	{ "-", SPLIT_PLAIN, SPLIT_LINES, "title=-" },
	{ "--", SPLIT_WIRE, SPLIT_LINES, "" },
	{ " date 2024-03-07", SPLIT_SEED, SPLIT_LINES, "date=2024-03-07" },
	{ "\xc2", SPLIT_PLAIN, SPLIT_LINES, "title=\xc2" },
	{ "(Reporting", SPLIT_PLAIN, SPLIT_LINES, "title=(Reporting" },
	{ "---\n\nk:\n\xff$s\n\xc2\xa0 \n\xc2\n", SPLIT_FRONT, SPLIT_LINES,
	  "k=\xff$s k=\xc2" },
};

/* Write what split_article found as the want strings of art_cases. */
static char *
render(const struct split *s, const char *text)
{
	size_t i, n = 1, o = 0;
	char *buf;

	for (i = 0; i < s->nhdr; i++)
		n += strlen(s->hdr[i].name) + s->hdr[i].vallen + 2;
	for (i = 0; i < s->npara; i++)
		n += s->para[i].len + 3;
	buf = malloc(n);
	for (i = 0; i < s->nhdr; i++) {
		if (o > 0)
			buf[o++] = ' ';
		memcpy(buf + o, s->hdr[i].name, strlen(s->hdr[i].name));
		o += strlen(s->hdr[i].name);
		buf[o++] = '=';
		memcpy(buf + o, s->hdr[i].val, s->hdr[i].vallen);
		o += s->hdr[i].vallen;
	}
	if (s->nhdr > 0 && s->npara > 0)
		buf[o++] = ' ';
	for (i = 0; i < s->npara; i++) {
		buf[o++] = '[';
		memcpy(buf + o, text + s->para[i].start, s->para[i].len);
		o += s->para[i].len;
		buf[o++] = ']';
	}
	buf[o] = '\0';
	return buf;
}

START_TEST(test_article)
{
	const struct art_case *c = &art_cases[_i];
	struct split s;
	size_t n = strlen(c->in);
	char *text = malloc(n + 1), *got;

	memset(&s, 0, sizeof(s));
	memcpy(text, c->in, n);
	split_article(&s, text, n);
	got = render(&s, text);
	ck_assert_str_eq(got, c->want);
	ck_assert_int_eq(s.layout, c->layout);
	ck_assert_int_eq(s.mode, c->mode);
	free(got);
	split_free(&s);
	free(text);
}
END_TEST

/* Lines given one by one with split_add_line split as split_article. */
START_TEST(test_indexed)
{
	const struct art_case *c = &art_cases[_i];
	struct split s;
	const char *nl;
	size_t n = strlen(c->in), at = 0, len;
	char *got;

	memset(&s, 0, sizeof(s));
	while (at < n) {
		nl = memchr(c->in + at, '\n', n - at);
		len = (nl ? (size_t)(nl - c->in) : n) - at;
		split_add_line(&s, c->in, at, len);
		at += len + 1;
	}
	split_indexed(&s, c->in);
	ck_assert_uint_eq(s.nline, 0);
	got = render(&s, c->in);
	ck_assert_str_eq(got, c->want);
	ck_assert_int_eq(s.layout, c->layout);
	ck_assert_int_eq(s.mode, c->mode);
	free(got);
	split_free(&s);
}
END_TEST

/* The same struct split serves article after article. */
START_TEST(test_reuse)
{
	struct split s;
	char *got;
	static const char a[] = "---\nk: v\n---\nOne.\n";
	static const char b[] = "Title\n\nTwo.\n";

	memset(&s, 0, sizeof(s));
	split_article(&s, a, strlen(a));
	split_article(&s, b, strlen(b));
	got = render(&s, b);
	ck_assert_str_eq(got, "title=Title [Two.]");
	free(got);
	split_free(&s);
}
END_TEST

struct line_case {
	const char	*in;
	int		 blank, formfeed, datemark, credit;
};

static const struct line_case line_cases[] = {
	{ "", 1, 0, 0, 0 },
	{ " \t\r\xc2\xa0", 1, 0, 0, 0 },
	{ "\xc2", 0, 0, 0, 0 },
	{ "\f", 0, 1, 0, 0 },
	{ "\f\r", 0, 1, 0, 0 },
	{ "\f ", 0, 0, 0, 0 },
	{ " date 2020-10-10 Video", 0, 0, 1, 0 },
	{ "date 2020-10-10", 0, 0, 1, 0 },
	{ " date 2020-10-1", 0, 0, 0, 0 },
	{ " date 2020-10-100", 0, 0, 0, 0 },
	{ "date: 2020-10-10", 0, 0, 0, 0 },
	{ " Reuter", 0, 0, 0, 1 },
	{ "  REUTER", 0, 0, 0, 1 },
	{ " reuter...", 0, 0, 0, 1 },
	{ "\xc2\xa0 -AFP", 0, 0, 0, 1 },
	{ "Reuters said", 0, 0, 0, 0 },
	{ " More", 0, 0, 0, 0 },
};

START_TEST(test_lines)
{
	const struct line_case *c = &line_cases[_i];
	size_t n = strlen(c->in);

	ck_assert_int_eq(split_blank(c->in, n), c->blank);
	ck_assert_int_eq(split_is_formfeed(c->in, n), c->formfeed);
	ck_assert_int_eq(split_is_datemark(c->in, n), c->datemark);
	ck_assert_int_eq(split_credit_line(c->in, n), c->credit);
}
END_TEST

#define NCASE(a)	((int)(sizeof(a) / sizeof((a)[0])))

static Suite *
split_suite(void)
{
	Suite *s = suite_create("split");
	TCase *tc;

	tc = tcase_create("dateline");
	tcase_add_loop_test(tc, test_dateline, 0, NCASE(dateline_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("credit");
	tcase_add_loop_test(tc, test_credit, 0, NCASE(credit_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("article");
	tcase_add_loop_test(tc, test_article, 0, NCASE(art_cases));
	tcase_add_loop_test(tc, test_indexed, 0, NCASE(art_cases));
	tcase_add_test(tc, test_reuse);
	suite_add_tcase(s, tc);
	tc = tcase_create("lines");
	tcase_add_loop_test(tc, test_lines, 0, NCASE(line_cases));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(split_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
