/* check_fail.c -- unit tests of common/'s failure paths: read and write errors. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "out.h"
#include "util.h"

static void
count_fn(const struct article *a, struct out *o, void *ctx)
{
	(void)a;
	(void)o;
	++*(int *)ctx;
}

/* A directory as stdin reads as an error, never as an empty stream. */
START_TEST(test_stdin_read_error)
{
	int narticle = 0;

	ck_assert_ptr_nonnull(freopen(".", "r", stdin));
	ck_assert_int_eq(art_main(0, NULL, count_fn, &narticle), 2);
	ck_assert_int_eq(narticle, 0);
	ck_assert_ptr_nonnull(freopen("/dev/null", "r", stdin));
	ck_assert_int_eq(art_main(0, NULL, count_fn, &narticle), 0);
}
END_TEST

/* Operands that cannot be read are skipped with status 2; "-" is stdin. */
static const struct {
	const char	*operand;
	int		 status;
} operand_cases[] = {
	{ "/nonexistent/file", 2 },
	{ ".", 2 },
	{ "/dev/null", 0 },
	{ "-", 0 },
};

START_TEST(test_operands)
{
	char *argv[2];
	int narticle = 0;

	ck_assert_ptr_nonnull(freopen("/dev/null", "r", stdin));
	argv[0] = (char *)operand_cases[_i].operand;
	argv[1] = NULL;
	ck_assert_int_eq(art_main(1, argv, count_fn, &narticle),
	    operand_cases[_i].status);
}
END_TEST

/* --help whose usage cannot be written exits 2, not 0 (forked only). */
START_TEST(test_help_full)
{
	char *argv[] = { "cmd", "--help", NULL };

	ck_assert_ptr_nonnull(freopen("/dev/full", "w", stdout));
	std_options(2, argv, "cmd [file ...]");
}
END_TEST

START_TEST(test_help_ok)
{
	char *argv[] = { "cmd", "--version", NULL };

	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stdout));
	ck_assert_int_eq(std_options(2, argv, "cmd [file ...]"), 1);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("fail");
	SRunner *sr = srunner_create(s);
	TCase *tc;
	int nfailed;

	tc = tcase_create("read");
	tcase_add_test(tc, test_stdin_read_error);
	tcase_add_loop_test(tc, test_operands, 0,
	    sizeof(operand_cases) / sizeof(operand_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("write");
	/* These reopen stdout, which only a forked test may do. */
	if (srunner_fork_status(sr) == CK_FORK) {
		tcase_add_exit_test(tc, test_help_full, 2);
		tcase_add_test(tc, test_help_ok);
	}
	suite_add_tcase(s, tc);
	srunner_run_all(sr, CK_NORMAL);
	nfailed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfailed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
