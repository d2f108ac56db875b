/* check_fail.c -- unit tests of common/'s failure paths and limits. */
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

/* Closing a writer that never wrote: no buffer, no memmove(NULL). */
START_TEST(test_out_empty)
{
	struct out o;

	out_init(&o, -1, "none");
	ck_assert_int_eq(out_flush(&o), 0);
	ck_assert_int_eq(out_close(&o), 0);
}
END_TEST

/* A long line goes straight out, in order with the records around it. */
START_TEST(test_out_long_line)
{
	struct out o;
	FILE *fp = tmpfile();
	size_t big = 200000, n;
	char *line = malloc(big), *want = malloc(2 * big + 100), *got;

	ck_assert_ptr_nonnull(fp);
	memset(line, 'z', big);
	out_init(&o, fileno(fp), "tmp");
	out_line(&o, "a:1\tx\ty", 7);
	out_line(&o, line, big);
	out_str(&o, "b:1");
	out_line(&o, line, big);	/* inside a record: buffered */
	out_line(&o, "c", 1);
	ck_assert_int_eq(out_close(&o), 0);
	n = 0;
	memcpy(want + n, "a:1\tx\ty\n", 8), n += 8;
	memcpy(want + n, line, big), n += big;
	memcpy(want + n, "\nb:1\t", 5), n += 5;
	memcpy(want + n, line, big), n += big;
	memcpy(want + n, "\nc\n", 3), n += 3;
	got = malloc(n + 1);
	rewind(fp);
	ck_assert_uint_eq(fread(got, 1, n + 1, fp), n);
	ck_assert_mem_eq(got, want, n);
	fclose(fp);
	free(line);
	free(want);
	free(got);
}
END_TEST

START_TEST(test_out_long_line_full)
{
	struct out o;
	FILE *fp = fopen("/dev/full", "w");
	size_t big = 100000;
	char *line = calloc(1, big);

	ck_assert_ptr_nonnull(fp);
	out_init(&o, fileno(fp), "/dev/full");
	out_line(&o, line, big);
	ck_assert_int_eq(o.failed, 1);
	out_line(&o, line, big);	/* reported once, then dropped */
	ck_assert_int_eq(out_close(&o), -1);
	fclose(fp);
	free(line);
}
END_TEST

/* Lines of every length come back whole from the article reader. */
START_TEST(test_art_long_lines)
{
	static const size_t lens[] = { 10, 300000, 5, 70000, 1, 300001, 2 };
	struct artreader ar;
	struct article a;
	char *in, *p;
	size_t i, n = 0, k = 0;
	FILE *fp;

	in = malloc(800000);
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		n += (size_t)sprintf(in + n, "f:%zu\tpara\t1\t", i / 2 + 1);
		memset(in + n, 'a' + (int)i, lens[i]);
		n += lens[i];
		in[n++] = '\n';
	}
	fp = fmemopen(in, n, "r");
	memset(&a, 0, sizeof(a));
	ck_assert_int_eq(art_open(&ar, fp, "mem"), 0);
	p = in;
	while (art_next(&ar, &a))
		for (i = 0; i < a.nline; i++, k++) {
			ck_assert_uint_eq(a.line[i].textlen, lens[k]);
			ck_assert_mem_eq(a.line[i].raw, p, a.line[i].rawlen);
			p += a.line[i].rawlen + 1;
		}
	ck_assert_uint_eq(k, sizeof(lens) / sizeof(lens[0]));
	ck_assert_ptr_eq(p, in + n);
	art_close(&ar);
	art_free(&a);
	fclose(fp);
	free(in);
}
END_TEST

/* Texts with and without escapes, last field or not: each NUL-terminated. */
static const struct {
	const char	*line;
	const char	*text;
	size_t		 textlen;
} text_cases[] = {
	{ "f:1\tpara\t1\tplain words", "plain words", 11 },
	{ "f:1\tpara\t1\ttab\\there", "tab\there", 8 },
	{ "f:1\tpara\t1\tnul\\0in", "nul\0in", 6 },
	{ "f:1\tpara\t1\tfirst\textra", "first", 5 },
	{ "f:1\thdr\ttitle\t", "", 0 },
	{ "f:1\thdr\ttitle\tend\\", "end\\", 4 },
};

START_TEST(test_art_text)
{
	struct artreader ar;
	struct article a;
	char in[128];
	FILE *fp;
	int n;

	n = snprintf(in, sizeof(in), "%s\n", text_cases[_i].line);
	fp = fmemopen(in, (size_t)n, "r");
	memset(&a, 0, sizeof(a));
	ck_assert_int_eq(art_open(&ar, fp, "mem"), 0);
	ck_assert_int_eq(art_next(&ar, &a), 1);
	ck_assert_uint_eq(a.nline, 1);
	ck_assert_int_ne(a.line[0].kind, ART_BAD);
	ck_assert_uint_eq(a.line[0].textlen, text_cases[_i].textlen);
	ck_assert_mem_eq(a.line[0].text, text_cases[_i].text,
	    text_cases[_i].textlen);
	ck_assert_int_eq(a.line[0].text[a.line[0].textlen], '\0');
	ck_assert_uint_eq(a.line[0].rawlen, strlen(text_cases[_i].line));
	ck_assert_mem_eq(a.line[0].raw, text_cases[_i].line, a.line[0].rawlen);
	art_close(&ar);
	art_free(&a);
	fclose(fp);
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
	tcase_add_test(tc, test_art_long_lines);
	tcase_add_loop_test(tc, test_art_text, 0,
	    sizeof(text_cases) / sizeof(text_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("write");
	tcase_add_test(tc, test_out_empty);
	tcase_add_test(tc, test_out_long_line);
	tcase_add_test(tc, test_out_long_line_full);
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
