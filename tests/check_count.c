/* check_count.c -- unit tests of common/count.c. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* Texts with their sentence, word and character counts; n 0 means strlen. */
static const struct {
	const char	*in;
	size_t		 n;
	unsigned long	 sentences, words, chars;
} cases[] = {
	{ "", 0, 0, 0, 0 },
	{ "   \t ", 0, 0, 0, 5 },
	{ "One.", 0, 1, 1, 4 },
	{ "No final stop", 0, 1, 3, 13 },
	{ "It rained. Then it stopped.", 0, 2, 5, 27 },
	{ "Mr. Ames met Dr. Oduya at noon.", 0, 1, 7, 31 },
	{ "The U.S. team won. They cheered.", 0, 2, 6, 32 },
	{ "Growth was 3.5 per cent. Prices rose.", 0, 2, 7, 37 },
	{ "We met at 9 a.m. and left at noon.", 0, 1, 9, 34 },
	{ "Who? Me! Yes.", 0, 3, 3, 13 },
	{ "\"Go home.\" She went.", 0, 2, 4, 20 },
	{ "He said \xe2\x80\x9cstop.\xe2\x80\x9d They did.", 0, 2, 5, 25 },
	{ "Wait... what?", 0, 2, 2, 13 },
	{ "It was 5 p.m. on Friday. Late.", 0, 2, 7, 30 },
	{ "The answer was no. We left.", 0, 2, 6, 27 },
	{ "See No. 5 and no. 6 now.", 0, 1, 7, 24 },
	{ "He sat. She stood.", 0, 2, 4, 18 },
	{ "-- . --", 0, 0, 3, 7 },
	{ "(EC).Among others", 0, 1, 2, 17 },
	/* U+00A0 is white space: two words, 3 characters. */
	{ "a\xc2\xa0" "b", 0, 1, 2, 3 },
	/* U+2009 thin space too. */
	{ "a\xe2\x80\x89" "b", 0, 1, 2, 3 },
	/* é is one character, one letter. */
	{ "caf\xc3\xa9.", 0, 1, 1, 5 },
	/* Invalid bytes count one character each. */
	{ "\xff\xfe ab", 0, 1, 2, 5 },
	{ "\xe2\x80", 0, 0, 1, 2 },
	{ "\xf0\x9f\x98\x80 ok.", 0, 1, 2, 5 },
	/* NUL is a character, not space. */
	{ "a\0b c", 5, 1, 2, 5 },
	{ "Line one.\nLine two.", 0, 2, 4, 19 },
	{ "..........", 0, 0, 1, 10 },
	{ "?!.?!", 0, 0, 1, 5 },
};

START_TEST(test_counts)
{
	const char *s = cases[_i].in;
	size_t n = cases[_i].n ? cases[_i].n : strlen(s);
	struct count_text c = { 0, 0, 0 };

	ck_assert_msg(count_sentences(s, n) == cases[_i].sentences,
	    "case %d sentences: got %lu", _i, count_sentences(s, n));
	ck_assert_msg(count_words(s, n) == cases[_i].words,
	    "case %d words: got %lu", _i, count_words(s, n));
	ck_assert_msg(count_chars(s, n) == cases[_i].chars,
	    "case %d chars: got %lu", _i, count_chars(s, n));
	count_add(&c, s, n);
	count_add(&c, s, n);
	ck_assert_uint_eq(c.sentences, 2 * cases[_i].sentences);
	ck_assert_uint_eq(c.words, 2 * cases[_i].words);
	ck_assert_uint_eq(c.chars, 2 * cases[_i].chars);
}
END_TEST

/* Every byte value, in runs, must be counted without stalling. */
START_TEST(test_all_bytes)
{
	char buf[512];
	size_t i;

	for (i = 0; i < sizeof(buf); i++)
		buf[i] = (char)(i * 7 + (size_t)_i);
	ck_assert_uint_le(count_sentences(buf, sizeof(buf)), sizeof(buf));
	ck_assert_uint_le(count_words(buf, sizeof(buf)), sizeof(buf));
	ck_assert_uint_le(count_chars(buf, sizeof(buf)), sizeof(buf));
	ck_assert_uint_ge(count_chars(buf, sizeof(buf)), sizeof(buf) / 4);
}
END_TEST

/* The tally keeps names in first-seen order and adds to repeats. */
START_TEST(test_tally)
{
	struct count_tally t;
	char name[16];
	size_t i;

	memset(&t, 0, sizeof(t));
	count_tally_add(&t, "date", 4, 0);
	count_tally_add(&t, "fig", 3, 2);
	count_tally_add(&t, "date", 4, 5);
	count_tally_add(&t, "da\0te", 6, 1);
	ck_assert_uint_eq(t.nitem, 3);
	ck_assert_str_eq(count_tally_name(&t, 0), "date");
	ck_assert_uint_eq(t.item[0].n, 5);
	ck_assert_str_eq(count_tally_name(&t, 1), "fig");
	ck_assert_uint_eq(t.item[2].len, 6);
	for (i = 0; i < 1000; i++) {	/* grow the table many times */
		snprintf(name, sizeof(name), "t%zu", i % 500);
		count_tally_add(&t, name, strlen(name), i);
	}
	ck_assert_uint_eq(t.nitem, 503);
	ck_assert_str_eq(count_tally_name(&t, 502), "t499");
	ck_assert_uint_eq(t.item[502].n, 499 + 999);
	count_tally_clear(&t);
	ck_assert_uint_eq(t.nitem, 0);
	count_tally_add(&t, "fig", 3, 1);
	count_tally_add(&t, "fig", 3, 1);
	ck_assert_uint_eq(t.nitem, 1);
	ck_assert_uint_eq(t.item[0].n, 2);
	count_tally_free(&t);
	count_tally_free(&t);
}
END_TEST

static Suite *
count_suite(void)
{
	Suite *s = suite_create("count");
	TCase *tc;

	tc = tcase_create("texts");
	tcase_add_loop_test(tc, test_counts, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);
	tc = tcase_create("tally");
	tcase_add_test(tc, test_tally);
	suite_add_tcase(s, tc);
	tc = tcase_create("bytes");
	tcase_add_loop_test(tc, test_all_bytes, 0, 256);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(count_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
