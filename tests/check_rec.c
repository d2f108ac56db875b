/* check_rec.c -- unit tests of the record library: rec, out and art. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "out.h"
#include "rec.h"

static const struct {
	const char	*in;
	size_t		 nfield;
	const char	*last;
	enum rec_err	 err;
} split_cases[] = {
	{ "a:1\thdr\ttitle\tHello", 4, "Hello", REC_OK },
	{ "a:1\tpara\t1\t", 4, "", REC_OK },
	{ "a:1\tpara", 2, "para", REC_FEW },
	{ "", 1, "", REC_FEW },
	{ "plain text, no tabs", 1, "plain text, no tabs", REC_FEW },
	{ "\thdr\tx", 3, "x", REC_NOID },
	{ "a\thdr\tx", 3, "x", REC_NOID },
	{ "a:\thdr\tx", 3, "x", REC_NOID },
	{ ":1\thdr\tx", 3, "x", REC_NOID },
	{ "a:b:12\thdr\tx", 3, "x", REC_OK },
	{ "a:1\t\tx", 3, "x", REC_NOTYPE },
	{ "a:1\tHdr\tx", 3, "x", REC_NOTYPE },
	{ "a:1\th-r\tx", 3, "x", REC_NOTYPE },
	{ "a:1\tmine\tx\t\t", 5, "", REC_OK },
	{ "dir/f.txt:300\tfig\t1:0-3\t400\tlives\t~\tsome 400", 7, "some 400",
	    REC_OK },
};

START_TEST(test_split)
{
	struct rec r = { 0 };
	char *line = strdup(split_cases[_i].in);

	ck_assert_uint_eq(rec_split(&r, line, strlen(line)), split_cases[_i].nfield);
	ck_assert_str_eq(r.field[r.nfield - 1], split_cases[_i].last);
	ck_assert_int_eq(rec_check(&r), split_cases[_i].err);
	rec_unsplit(&r);
	ck_assert_str_eq(line, split_cases[_i].in);
	rec_free(&r);
	free(line);
}
END_TEST

/* rec_fields finds rec_split's fields, told the first TAB or not. */
START_TEST(test_fields)
{
	struct rec r = { 0 }, s = { 0 };
	char *line = strdup(split_cases[_i].in), *copy = strdup(line);
	char *tab = strchr(line, '\t');
	size_t i, k, n = strlen(line);

	rec_split(&s, copy, n);
	for (k = 0; k < 2; k++) {
		rec_fields(&r, line, n, k == 0 || tab == NULL ? REC_UNKNOWN :
		    (size_t)(tab - line));
		ck_assert_uint_eq(r.nfield, s.nfield);
		for (i = 0; i < r.nfield; i++) {
			ck_assert_uint_eq(r.len[i], s.len[i]);
			ck_assert_mem_eq(r.field[i], s.field[i], r.len[i]);
		}
		ck_assert_int_eq(rec_check(&r), split_cases[_i].err);
		ck_assert_str_eq(line, split_cases[_i].in);	/* untouched */
	}
	rec_free(&r);
	rec_free(&s);
	free(line);
	free(copy);
}
END_TEST

START_TEST(test_split_nul)
{
	struct rec r = { 0 };
	char line[] = "a:1\tpara\t1\tx\0y";

	ck_assert_uint_eq(rec_split(&r, line, sizeof(line) - 1), 4);
	ck_assert_uint_eq(r.len[3], 3);
	ck_assert_mem_eq(r.field[3], "x\0y", 3);
	rec_free(&r);
}
END_TEST

static const struct {
	const char	*esc;
	const char	*raw;
	size_t		 rawlen;
} unescape_cases[] = {
	{ "plain", "plain", 5 },
	{ "a\\tb", "a\tb", 3 },
	{ "a\\nb\\rc", "a\nb\rc", 5 },
	{ "back\\\\slash", "back\\slash", 10 },
	{ "nul\\0", "nul\0", 4 },
	{ "unknown \\q stays", "unknown \\q stays", 16 },
	{ "trailing \\", "trailing \\", 10 },
	{ "\\\\n is not LF", "\\n is not LF", 12 },
	{ "", "", 0 },
};

START_TEST(test_unescape)
{
	char buf[64];
	size_t n;

	n = rec_unescape(buf, unescape_cases[_i].esc, strlen(unescape_cases[_i].esc));
	ck_assert_uint_eq(n, unescape_cases[_i].rawlen);
	ck_assert_mem_eq(buf, unescape_cases[_i].raw, n);
}
END_TEST

/* Every byte value, alone and in company, survives escape then unescape. */
START_TEST(test_roundtrip_every_byte)
{
	char raw[3], esc[6], back[6];
	size_t n, e, i;

	raw[0] = 'x';
	raw[1] = (char)_i;
	raw[2] = '\\';
	e = rec_escape(esc, raw, 3);
	ck_assert_uint_eq(e, rec_escaped_len(raw, 3));
	for (i = 0; i < e; i++) {
		ck_assert(esc[i] != '\t' && esc[i] != '\n' && esc[i] != '\r');
		ck_assert(esc[i] != '\0');
	}
	n = rec_unescape(back, esc, e);
	ck_assert_uint_eq(n, 3);
	ck_assert_mem_eq(back, raw, 3);
}
END_TEST

START_TEST(test_roundtrip_all_bytes)
{
	char raw[256], esc[512];
	size_t n, i;

	for (i = 0; i < 256; i++)
		raw[i] = (char)i;
	n = rec_escape(esc, raw, 256);
	ck_assert_uint_eq(n, 256 + 5);
	ck_assert_uint_eq(rec_unescape(esc, esc, n), 256);	/* in place */
	ck_assert_mem_eq(esc, raw, 256);
}
END_TEST

/*
 * rec_escape against a plain byte loop: a field of _i bytes (0 to 99),
 * with no escape or one at each place in turn, so that every way a field
 * ends, in blocks or bytes, is tried.
 */
START_TEST(test_escape_places)
{
	static const char special[] = { '\t', '\n', '\r', '\\', '\0' };
	char raw[100], want[200], got[200];
	size_t n = (size_t)_i, at, i, w;

	for (at = 0; at <= n; at++) {
		memset(raw, 0, sizeof(raw));
		for (i = 0; i < n; i++)
			raw[i] = (char)('a' + i % 26);
		if (at < n)
			raw[at] = special[at % 5];
		for (i = w = 0; i < n; i++) {
			switch (raw[i]) {
			case '\t': want[w++] = '\\'; want[w++] = 't'; break;
			case '\n': want[w++] = '\\'; want[w++] = 'n'; break;
			case '\r': want[w++] = '\\'; want[w++] = 'r'; break;
			case '\\': want[w++] = '\\'; want[w++] = '\\'; break;
			case '\0': want[w++] = '\\'; want[w++] = '0'; break;
			default: want[w++] = raw[i]; break;
			}
		}
		ck_assert_uint_eq(rec_escape(got, raw, n), w);
		ck_assert_mem_eq(got, want, w);
	}
}
END_TEST

/* Run fn with a reader over the given bytes. */
static char *
read_all(const char *in, size_t n, size_t *lines)
{
	struct reader rd;
	FILE *fp = fmemopen((void *)in, n, "r");
	char *line, *got = calloc(1, n + 64);
	size_t used = 0;
	long len;

	ck_assert_ptr_nonnull(fp);
	reader_init(&rd, fp, "mem");
	*lines = 0;
	while ((len = reader_line(&rd, &line)) >= 0) {
		memcpy(got + used, line, (size_t)len);
		used += (size_t)len;
		got[used++] = '|';
		(*lines)++;
	}
	ck_assert_uint_eq(rd.lineno, *lines);
	reader_free(&rd);
	fclose(fp);
	return got;
}

START_TEST(test_reader)
{
	size_t lines;
	char *got;

	got = read_all("a\nb\n", 4, &lines);
	ck_assert_str_eq(got, "a|b|");
	ck_assert_uint_eq(lines, 2);
	free(got);
	got = read_all("a\n\nno final newline", 19, &lines);
	ck_assert_str_eq(got, "a||no final newline|");
	free(got);
	got = read_all("", 0, &lines);
	ck_assert_uint_eq(lines, 0);
	free(got);
}
END_TEST

START_TEST(test_reader_long_line)
{
	size_t n = 3 * 1024 * 1024, lines;
	char *in = malloc(n), *got;

	memset(in, 'x', n);
	in[n - 1] = '\n';
	got = read_all(in, n, &lines);
	ck_assert_uint_eq(lines, 1);
	ck_assert_uint_eq(strlen(got), n);	/* n-1 bytes and the '|' */
	free(got);
	free(in);
}
END_TEST

/* Capture what a writer writes to a pipe. */
static int pipefd[2];

static void
pipe_setup(void)
{
	ck_assert_int_eq(pipe(pipefd), 0);
}

static size_t
pipe_take(char *buf, size_t cap)
{
	ssize_t n;

	close(pipefd[1]);
	n = read(pipefd[0], buf, cap);
	close(pipefd[0]);
	return n < 0 ? 0 : (size_t)n;
}

START_TEST(test_out_fields)
{
	struct out o;
	char buf[256];
	size_t n;

	pipe_setup();
	out_init(&o, pipefd[1], "pipe");
	out_rawfield(&o, "a:1", 3);
	out_str(&o, "quote");
	out_num(&o, 0);
	out_num(&o, 4294967295UL);
	out_field(&o, "tab\there\nnl\\\0", 13);
	out_end(&o);
	ck_assert_int_eq(out_close(&o), 0);
	n = pipe_take(buf, sizeof(buf));
	ck_assert_uint_eq(n, 41);
	ck_assert_mem_eq(buf, "a:1\tquote\t0\t4294967295\ttab\\there\\nnl\\\\\\0\n", n);
}
END_TEST

/* out_record2 writes what its fields and out_end would. */
START_TEST(test_out_record2)
{
	static const char id[] = "some/long/file/name.txt:12345\tpara\t7";
	struct out o;
	char buf[256];
	size_t n;

	pipe_setup();
	out_init(&o, pipefd[1], "pipe");
	out_record2(&o, id, sizeof(id) - 1, "tab\there\\", 9);
	out_record2(&o, "a:1\tpara\t1", 10, "", 0);
	out_rawfield(&o, "b:2", 3);
	out_end(&o);
	ck_assert_int_eq(out_close(&o), 0);
	n = pipe_take(buf, sizeof(buf));
	ck_assert_uint_eq(n, sizeof(id) - 1 + 1 + 11 + 1 + 10 + 2 + 4);
	ck_assert_mem_eq(buf, "some/long/file/name.txt:12345\tpara\t7\t"
	    "tab\\there\\\\\na:1\tpara\t1\t\nb:2\n", n);
}
END_TEST

/* An unfinished record is never written: only whole lines reach the fd. */
START_TEST(test_out_whole_lines)
{
	struct out o;
	char buf[256];
	size_t n;

	pipe_setup();
	out_init(&o, pipefd[1], "pipe");
	out_line(&o, "x:1\thdr\ta\tb", 11);
	out_str(&o, "x:1");
	out_str(&o, "half");
	ck_assert_int_eq(out_flush(&o), 0);
	ck_assert_int_eq(out_close(&o), 0);
	n = pipe_take(buf, sizeof(buf));
	ck_assert_uint_eq(n, 12);
	ck_assert_mem_eq(buf, "x:1\thdr\ta\tb\n", 12);
}
END_TEST

START_TEST(test_out_full)
{
	struct out o;
	FILE *fp = fopen("/dev/full", "w");

	ck_assert_ptr_nonnull(fp);
	out_init(&o, fileno(fp), "/dev/full");
	out_line(&o, "a:1\thdr\tx\ty", 11);
	ck_assert_int_eq(out_flush(&o), -1);
	ck_assert_int_eq(out_end(&o), -1);	/* stays failed */
	ck_assert_int_eq(out_close(&o), -1);
	fclose(fp);
}
END_TEST

static const char stream[] =
    "f:1\thdr\ttitle\tA \\t title\n"
    "f:1\tpara\t1\tFirst\\nline\n"
    "broken\n"
    "f:1\tmine\tkept\n"
    "f:1\tpara\t2\tSecond\n"
    "f:2\tpara\t1\tOther\n";

START_TEST(test_art_next)
{
	struct artreader ar;
	struct article a = { 0 };
	FILE *fp = fmemopen((void *)stream, sizeof(stream) - 1, "r");

	ck_assert_int_eq(art_open(&ar, fp, "mem"), 0);
	ck_assert_int_eq(art_next(&ar, &a), 1);
	ck_assert_uint_eq(a.nline, 5);
	ck_assert_mem_eq(a.id, "f:1", a.idlen);
	ck_assert_int_eq(a.line[0].kind, ART_HDR);
	ck_assert_mem_eq(a.line[0].name, "title", a.line[0].namelen);
	ck_assert_str_eq(a.line[0].text, "A \t title");
	ck_assert_int_eq(a.line[1].kind, ART_PARA);
	ck_assert_uint_eq(a.line[1].n, 1);
	ck_assert_str_eq(a.line[1].text, "First\nline");
	ck_assert_int_eq(a.line[2].kind, ART_BAD);
	ck_assert_mem_eq(a.line[2].raw, "broken", a.line[2].rawlen);
	ck_assert_int_eq(a.line[3].kind, ART_OTHER);
	ck_assert_mem_eq(a.line[3].raw, "f:1\tmine\tkept", a.line[3].rawlen);
	ck_assert_uint_eq(a.line[4].n, 2);
	ck_assert_int_eq(ar.status, 2);		/* the broken line was reported */
	ck_assert_int_eq(art_next(&ar, &a), 1);
	ck_assert_uint_eq(a.nline, 1);
	ck_assert_mem_eq(a.id, "f:2", a.idlen);
	ck_assert_int_eq(art_next(&ar, &a), 0);
	art_close(&ar);
	art_free(&a);
	fclose(fp);
}
END_TEST

START_TEST(test_art_plain_text)
{
	struct artreader ar;
	static const char text[] = "Just a headline\n\nAnd a paragraph.\n";
	FILE *fp = fmemopen((void *)text, sizeof(text) - 1, "r");

	ck_assert_int_eq(art_open(&ar, fp, "mem"), -1);
	ck_assert_int_eq(ar.status, 2);
	art_close(&ar);
	fclose(fp);
}
END_TEST

START_TEST(test_art_where)
{
	struct out o;
	struct artline p = { 0 }, q = { 0 }, h = { 0 };
	char buf[256];
	size_t n;

	p.kind = q.kind = ART_PARA;
	p.n = 3;
	q.n = 12;
	h.kind = ART_HDR;
	h.name = "title";
	h.namelen = 5;
	pipe_setup();
	out_init(&o, pipefd[1], "pipe");
	art_where(&o, &p, 0, 17);
	art_where_span(&o, &p, 5, &q, 40);
	art_where(&o, &h, 2, 9);
	out_end(&o);
	out_close(&o);
	n = pipe_take(buf, sizeof(buf));
	ck_assert_mem_eq(buf, "3:0-17\t3:5-12:40\ttitle:2-9\n", n);
}
END_TEST

static Suite *
rec_suite(void)
{
	Suite *s = suite_create("rec");
	TCase *tc;

	tc = tcase_create("split");
	tcase_add_loop_test(tc, test_split, 0,
	    sizeof(split_cases) / sizeof(split_cases[0]));
	tcase_add_loop_test(tc, test_fields, 0,
	    sizeof(split_cases) / sizeof(split_cases[0]));
	tcase_add_test(tc, test_split_nul);
	suite_add_tcase(s, tc);
	tc = tcase_create("escape");
	tcase_add_loop_test(tc, test_unescape, 0,
	    sizeof(unescape_cases) / sizeof(unescape_cases[0]));
	tcase_add_loop_test(tc, test_roundtrip_every_byte, 0, 256);
	tcase_add_test(tc, test_roundtrip_all_bytes);
	tcase_add_loop_test(tc, test_escape_places, 0, 100);
	suite_add_tcase(s, tc);
	tc = tcase_create("reader");
	tcase_add_test(tc, test_reader);
	tcase_add_test(tc, test_reader_long_line);
	suite_add_tcase(s, tc);
	tc = tcase_create("writer");
	tcase_add_test(tc, test_out_fields);
	tcase_add_test(tc, test_out_record2);
	tcase_add_test(tc, test_out_whole_lines);
	tcase_add_test(tc, test_out_full);
	suite_add_tcase(s, tc);
	tc = tcase_create("article");
	tcase_add_test(tc, test_art_next);
	tcase_add_test(tc, test_art_plain_text);
	tcase_add_test(tc, test_art_where);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(rec_suite());
	int nfailed;

	srunner_run_all(sr, CK_NORMAL);
	nfailed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfailed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
