/* check_text.c -- unit tests of the common/text.c functions ncount uses. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* UTF-8 decoding: bytes, code point, length consumed. */
static const struct {
	const char	*in;
	size_t		 n;
	unsigned	 cp;
	size_t		 len;
} utf8_cases[] = {
	{ "A", 1, 'A', 1 },
	{ "\xc3\xa9", 2, 0xe9, 2 },
	{ "\xe2\x80\x9c", 3, 0x201c, 3 },
	{ "\xf0\x9f\x98\x80", 4, 0x1f600, 4 },
	{ "\xc2\xa0", 2, 0xa0, 2 },
	/* truncated: never read past n */
	{ "\xc3", 1, 0xfffd, 1 },
	{ "\xe2\x80", 2, 0xfffd, 1 },
	{ "\xf0\x9f\x98", 3, 0xfffd, 1 },
	/* a lone continuation byte, bytes never valid */
	{ "\x80", 1, 0xfffd, 1 },
	{ "\xff", 1, 0xfffd, 1 },
	{ "\xfe", 1, 0xfffd, 1 },
	/* a broken sequence */
	{ "\xe2\x41\x41", 3, 0xfffd, 1 },
	/* overlong forms, surrogates, beyond U+10FFFF */
	{ "\xc0\xaf", 2, 0xfffd, 1 },
	{ "\xe0\x80\xaf", 3, 0xfffd, 1 },
	{ "\xed\xa0\x80", 3, 0xfffd, 1 },
	{ "\xf4\x90\x80\x80", 4, 0xfffd, 1 },
	{ "\0", 1, 0, 1 },
};

START_TEST(test_utf8)
{
	size_t len = 99;
	unsigned cp;

	cp = txt_utf8(utf8_cases[_i].in, utf8_cases[_i].n, 0, &len);
	ck_assert_uint_eq(cp, utf8_cases[_i].cp);
	ck_assert_uint_eq(len, utf8_cases[_i].len);
}
END_TEST

START_TEST(test_utf8_before)
{
	size_t len;

	ck_assert_uint_eq(txt_utf8_before("a\xc3\xa9", 3, &len), 0xe9);
	ck_assert_uint_eq(len, 2);
	ck_assert_uint_eq(txt_utf8_before("ab", 2, &len), 'b');
	ck_assert_uint_eq(len, 1);
	ck_assert_uint_eq(txt_utf8_before("a\xa9", 2, &len), 0xfffd);
	ck_assert_uint_eq(len, 1);
	ck_assert_uint_eq(txt_utf8_before("x", 0, &len), 0);
	ck_assert_uint_eq(len, 0);
}
END_TEST

/* White space: length at offset 0. */
static const struct {
	const char	*in;
	size_t		 len;
} space_cases[] = {
	{ " ", 1 }, { "\t", 1 }, { "\n", 1 }, { "\r", 1 }, { "\f", 1 },
	{ "\xc2\xa0", 2 },		/* no-break space */
	{ "\xe2\x80\x89", 3 },		/* thin space */
	{ "\xe2\x80\xaf", 3 },		/* narrow no-break space */
	{ "\xe3\x80\x80", 3 },		/* ideographic space */
	{ "a", 0 }, { "\xc2", 0 }, { "\xc2\xa1", 0 }, { "\xe2\x80\x9c", 0 },
	{ "\xff", 0 }, { "", 0 },
};

START_TEST(test_space)
{
	const char *s = space_cases[_i].in;

	ck_assert_uint_eq(txt_space_at(s, strlen(s), 0), space_cases[_i].len);
}
END_TEST

/*
 * txt_next_upper() against a byte-by-byte scan: every byte value at every
 * place of a 19-byte run (eight at a time, then the rest), among bytes
 * that are no capital.
 */
START_TEST(test_next_upper)
{
	char buf[19];
	size_t at, i, want;
	int b;

	for (b = 0; b < 256; b++)
		for (at = 0; at < sizeof(buf); at++) {
			memset(buf, 'a', sizeof(buf));
			buf[3] = (char)0xe2;
			buf[12] = '@';
			buf[at] = (char)b;
			for (want = 0; want < sizeof(buf) &&
			    !txt_isupper(buf[want]); want++)
				;
			for (i = 0; i <= at; i++)
				ck_assert_uint_eq(txt_next_upper(buf,
				    sizeof(buf), i), want >= i ? want :
				    sizeof(buf));
		}
}
END_TEST

START_TEST(test_word_bounds)
{
	const char *s = "caf\xc3\xa9 12ab, x";
	size_t n = strlen(s);

	ck_assert_uint_eq(txt_word_len(s, n, 0), 5);
	ck_assert_int_ne(txt_word_start(s, 0), 0);
	ck_assert_int_eq(txt_word_start(s, 1), 0);
	ck_assert_int_eq(txt_word_start(s, 5), 0);	/* after é */
	ck_assert_int_ne(txt_word_end(s, n, 5), 0);
	ck_assert_uint_eq(txt_word_len(s, n, 6), 4);
	ck_assert_int_ne(txt_word_end(s, n, 10), 0);
	ck_assert_int_ne(txt_word_is(s, n, 12, "X"), 0);
	ck_assert_int_eq(txt_word_is(s, n, 6, "12"), 0);
	ck_assert_uint_eq(txt_skip_space(s, n, 5), 6);
}
END_TEST

/* The period at pos ends an abbreviation (1) or may end a sentence (0). */
static const struct {
	const char	*in;
	size_t		 pos;
	int		 abbrev;
} abbrev_cases[] = {
	{ "Mr. Smith", 2, 1 },
	{ "MRS. X", 3, 1 },
	{ "the U.S. side", 7, 1 },
	{ "at 9 a.m. sharp", 8, 1 },
	{ "by J. Doe", 4, 1 },
	{ "e.g. this", 3, 1 },
	{ "It ended. Then", 8, 0 },
	{ "See No. 5", 6, 1 },
	{ "see no. 5", 6, 1 },
	{ "it was no. We", 9, 0 },
	{ "he sat. She", 6, 0 },
	{ "Sat. Oct 10", 3, 1 },
	{ "Sen. Ames", 3, 1 },
	{ "Del. Ruiz", 3, 1 },
	{ "a sales rep. Later", 11, 0 },
	{ "3.5", 1, 0 },
	{ ".", 0, 0 },
};

START_TEST(test_abbrev)
{
	const char *s = abbrev_cases[_i].in;

	ck_assert_int_eq(txt_is_abbrev(s, strlen(s), abbrev_cases[_i].pos),
	    abbrev_cases[_i].abbrev);
}
END_TEST

/* txt_sentence_end from 0: where the first sentence ends. */
static const struct {
	const char	*in;
	size_t		 end;
} sentence_cases[] = {
	{ "One. Two.", 4 },
	{ "Mr. Ames left. Then", 14 },
	{ "It grew 3.5 per cent. More", 21 },
	{ "The U.S. team won. Then", 18 },
	{ "At 9 a.m. on Monday it ended. Then", 29 },
	{ "\"Go.\" She", 5 },
	{ "Stop!\xe2\x80\x9d she said", 8 },
	{ "Why?? Because", 5 },
	{ "No end", 6 },
	{ "(EC).Among", 10 },
	{ "", 0 },
	{ "x.", 2 },
	{ "One. Mr. Two went. Three", 4 },
};

START_TEST(test_sentence_end)
{
	const char *s = sentence_cases[_i].in;

	ck_assert_uint_eq(txt_sentence_end(s, strlen(s), 0),
	    sentence_cases[_i].end);
}
END_TEST

START_TEST(test_sentence_start)
{
	const char *s = "One. Mr. Two went. Three";
	size_t n = strlen(s);

	ck_assert_uint_eq(txt_sentence_start(s, n, 0), 0);
	ck_assert_uint_eq(txt_sentence_start(s, n, 3), 0);
	ck_assert_uint_eq(txt_sentence_start(s, n, 10), 5);
	ck_assert_uint_eq(txt_sentence_start(s, n, 20), 19);
}
END_TEST

/* Found from the end, every prefix's last sentence starts where it does
 * when read from the start. */
START_TEST(test_sentence_start_back)
{
	const char *s = sentence_cases[_i].in;
	size_t n = strlen(s), i;

	for (i = 0; i <= n; i++)
		ck_assert_uint_eq(txt_sentence_start_back(s, i),
		    txt_sentence_start(s, i, i));
}
END_TEST

static Suite *
text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc;

	tc = tcase_create("utf8");
	tcase_add_loop_test(tc, test_utf8, 0,
	    (int)(sizeof(utf8_cases) / sizeof(utf8_cases[0])));
	tcase_add_test(tc, test_utf8_before);
	suite_add_tcase(s, tc);
	tc = tcase_create("space");
	tcase_add_loop_test(tc, test_space, 0,
	    (int)(sizeof(space_cases) / sizeof(space_cases[0])));
	tcase_add_test(tc, test_word_bounds);
	tcase_add_test(tc, test_next_upper);
	suite_add_tcase(s, tc);
	tc = tcase_create("sentences");
	tcase_add_loop_test(tc, test_abbrev, 0,
	    (int)(sizeof(abbrev_cases) / sizeof(abbrev_cases[0])));
	tcase_add_loop_test(tc, test_sentence_end, 0,
	    (int)(sizeof(sentence_cases) / sizeof(sentence_cases[0])));
	tcase_add_test(tc, test_sentence_start);
	tcase_add_loop_test(tc, test_sentence_start_back, 0,
	    (int)(sizeof(sentence_cases) / sizeof(sentence_cases[0])));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(text_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
