/* check_lf.c -- unit tests of common/lf.h: line ends as memchr finds them. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "lf.h"

/*
 * Buffers and where their lines end: LFs at the edges of a 16- and
 * 64-byte block, runs of them, none, and lengths short of a block.
 * "." is a byte of text; the length is the string's.
 */
static const char *const lf_cases[] = {
	"",
	"\n",
	"abc",
	"abc\n",
	"\n\n\n\n",
	"...............\n................................................\n",
	"...............................................................\n",
	"................................................................\n",
	("................................................................"
	    "...............................................................\n"
	    "......\n..\n"),
	("\n..............................................................."
	    "\n..............................................................."
	    "\n..............................................................."
	    "\n"),
	("................................................................"
	    "................................................................"
	    "................................................................"),
	("..\n\n.......\n........\n\n\n....................................."
	    ".........\n......\n......................\n...\n....\n."),
};

/* The LFs lf_next hands out, from the start, are those memchr finds. */
/* Every LF of s..end from lf_next, in order, as memchr finds them. */
static void
walk(const char *s, const char *end)
{
	const char *p, *want, *got;
	struct lf f;

	lf_reset(&f);
	for (p = s;; p = got + 1) {
		want = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		got = lf_next(&f, p, end);
		ck_assert_ptr_eq(got, want);
		if (got == NULL)
			break;
	}
}

START_TEST(test_lf_next)
{
	const char *s = lf_cases[_i];

	walk(s, s + strlen(s));
}
END_TEST

/* Every LF pattern of a long buffer, made by a simple generator. */
START_TEST(test_lf_random)
{
	char buf[1000];
	unsigned long x = 12345u + (unsigned long)_i;
	size_t k;

	for (k = 0; k < sizeof(buf); k++) {
		x = x * 1103515245u + 12345u;
		buf[k] = (x >> 16) % (unsigned)(2 + _i) == 0 ? '\n' : 'x';
	}
	walk(buf, buf + sizeof(buf));
}
END_TEST

static Suite *
lf_suite(void)
{
	Suite *s = suite_create("lf");
	TCase *tc = tcase_create("next");

	tcase_add_loop_test(tc, test_lf_next, 0,
	    (int)(sizeof(lf_cases) / sizeof(lf_cases[0])));
	tcase_add_loop_test(tc, test_lf_random, 0, 100);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(lf_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
