/* check_json.c -- unit tests of common/json.c. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "art.h"
#include "json.h"

/* Bytes in (n 0 means strlen), the JSON string out. */
static const struct {
	const char	*in;
	size_t		 n;
	const char	*out;
} str_cases[] = {
	{ "", 0, "\"\"" },
	{ "plain", 0, "\"plain\"" },
	{ "a\"b\\c", 0, "\"a\\\"b\\\\c\"" },
	{ "\t\n\r\b\f", 0, "\"\\t\\n\\r\\b\\f\"" },
	{ "\x01\x1f\x7f", 0, "\"\\u0001\\u001f\\u007f\"" },
	{ "a\0b", 3, "\"a\\u0000b\"" },
	{ "caf\xc3\xa9", 0, "\"caf\xc3\xa9\"" },
	{ "\xe2\x80\x9cq\xe2\x80\x9d", 0, "\"\xe2\x80\x9cq\xe2\x80\x9d\"" },
	{ "\xf0\x9f\x98\x80", 0, "\"\xf0\x9f\x98\x80\"" },
	/* invalid UTF-8: one U+FFFD per byte not in a valid sequence */
	{ "\xff", 0, "\"\xef\xbf\xbd\"" },
	{ "a\xc3", 0, "\"a\xef\xbf\xbd\"" },
	{ "\xe2\x80z", 0, "\"\xef\xbf\xbd\xef\xbf\xbdz\"" },
	{ "\xc0\xaf", 0, "\"\xef\xbf\xbd\xef\xbf\xbd\"" },
	{ "\xed\xa0\x80", 0, "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"" },
	{ "\x80", 0, "\"\xef\xbf\xbd\"" },
	/* a real U+FFFD and U+2028 stay as they are */
	{ "\xef\xbf\xbd", 0, "\"\xef\xbf\xbd\"" },
	{ "\xe2\x80\xa8", 0, "\"\xe2\x80\xa8\"" },
	{ "/", 0, "\"/\"" },
};

START_TEST(test_str)
{
	struct jbuf j = { NULL, 0, 0 };
	size_t n = str_cases[_i].n ? str_cases[_i].n : strlen(str_cases[_i].in);

	json_str(&j, str_cases[_i].in, n);
	ck_assert_uint_eq(j.len, strlen(str_cases[_i].out));
	ck_assert_mem_eq(j.buf, str_cases[_i].out, j.len);
	jbuf_free(&j);
}
END_TEST

static const struct {
	const char	*in;
	int		 num;
} num_cases[] = {
	{ "0", 1 }, { "400", 1 }, { "1500000", 1 }, { "2.5", 1 },
	{ "-3", 1 }, { "1e6", 1 }, { "1.5E-3", 1 }, { "0.25", 1 },
	{ "", 0 }, { "-", 0 }, { "007", 0 }, { ".5", 0 }, { "5.", 0 },
	{ "1,500", 0 }, { "1e", 0 }, { "+1", 0 }, { "NaN", 0 },
	{ "12 ", 0 }, { "0x10", 0 }, { "1.2.3", 0 },
};

START_TEST(test_number)
{
	const char *s = num_cases[_i].in;
	struct jbuf j = { NULL, 0, 0 };

	ck_assert_int_eq(json_is_number(s, strlen(s)), num_cases[_i].num);
	json_value(&j, s, strlen(s));
	ck_assert_int_eq(j.len > 0 && j.buf[0] == '"', !num_cases[_i].num);
	jbuf_free(&j);
}
END_TEST

/* Record streams in, one article's JSON object out. */
static const struct {
	const char	*in;
	const char	*out;
} art_cases[] = {
	{ "a:1\thdr\ttitle\tT\n",
	  "{\"id\":\"a:1\",\"headers\":{\"title\":\"T\"},\"paragraphs\":[],"
	  "\"dates\":[],\"quotes\":[],\"figures\":[],\"counts\":{}}" },
	/* a repeated header becomes an array, in first-seen order */
	{ "a:1\thdr\ttag\tx\na:1\thdr\tz\t1\na:1\thdr\ttag\ty\n",
	  "{\"id\":\"a:1\",\"headers\":{\"tag\":[\"x\",\"y\"],\"z\":\"1\"},"
	  "\"paragraphs\":[],\"dates\":[],\"quotes\":[],\"figures\":[],"
	  "\"counts\":{}}" },
	/* escapes undone, then written as JSON */
	{ "a:1\tpara\t1\tx\\ty\\\\z\\0\\n\n",
	  "{\"id\":\"a:1\",\"headers\":{},\"paragraphs\":[\"x\\ty\\\\z\\u0000\\n\"],"
	  "\"dates\":[],\"quotes\":[],\"figures\":[],\"counts\":{}}" },
	/* derived records with named fields; a bad figure value stays text */
	{ "a:1\tpara\t1\tP\na:1\tdate\t1:0-1\t2020\tP\n"
	  "a:1\tquote\t1:0-1\t\tP\na:1\tfig\t1:0-1\t4\t\t=\tP\n"
	  "a:1\tfig\t1:0-1\tfour\tx\t~\tP\textra\n"
	  "a:1\tcount\twords\t1\na:1\tcount\twords\t2\n",
	  "{\"id\":\"a:1\",\"headers\":{},\"paragraphs\":[\"P\"],"
	  "\"dates\":[{\"where\":\"1:0-1\",\"value\":\"2020\",\"text\":\"P\"}],"
	  "\"quotes\":[{\"where\":\"1:0-1\",\"speaker\":\"\",\"text\":\"P\"}],"
	  "\"figures\":[{\"where\":\"1:0-1\",\"value\":4,\"unit\":\"\","
	  "\"qual\":\"=\",\"text\":\"P\"},{\"where\":\"1:0-1\",\"value\":\"four\","
	  "\"unit\":\"x\",\"qual\":\"~\",\"text\":\"P\",\"extra\":[\"extra\"]}],"
	  "\"counts\":{\"words\":[1,2]}}" },
	/* other types under their names; a name that is a key gets a '_';
	 * short records and a paragraph out of order are kept there too */
	{ "a:1\tnote\tx\ty\na:1\tquotes\tq\na:1\tnote\tz\n"
	  "a:1\tpara\t2\tlate\na:1\tdate\t1:0-1\n",
	  "{\"id\":\"a:1\",\"headers\":{},\"paragraphs\":[],\"dates\":[],"
	  "\"quotes\":[],\"figures\":[],\"counts\":{},"
	  "\"note\":[[\"x\",\"y\"],[\"z\"]],\"quotes_\":[[\"q\"]],"
	  "\"para\":[[\"2\",\"late\"]],\"date\":[[\"1:0-1\"]]}" },
	/* malformed lines are kept */
	{ "a:1\tpara\t1\tP\nnot a record\n",
	  "{\"id\":\"a:1\",\"headers\":{},\"paragraphs\":[\"P\"],\"dates\":[],"
	  "\"quotes\":[],\"figures\":[],\"counts\":{},"
	  "\"malformed\":[\"not a record\"]}" },
	/* invalid UTF-8 anywhere, key and ID included */
	{ "\xff:1\thdr\tk\xfe\t\xc3\n",
	  "{\"id\":\"\xef\xbf\xbd:1\",\"headers\":{\"k\xef\xbf\xbd\":"
	  "\"\xef\xbf\xbd\"},\"paragraphs\":[],\"dates\":[],\"quotes\":[],"
	  "\"figures\":[],\"counts\":{}}" },
};

/* Read the first article of the stream s into a; returns the reader. */
static FILE *
first_article(const char *s, struct artreader *ar, struct article *a)
{
	FILE *fp = fmemopen((void *)s, strlen(s), "r");

	ck_assert_ptr_nonnull(fp);
	memset(a, 0, sizeof(*a));
	ck_assert_int_eq(art_open(ar, fp, "t"), 0);
	ck_assert_int_eq(art_next(ar, a), 1);
	return fp;
}

START_TEST(test_article)
{
	struct jbuf j = { NULL, 0, 0 };
	struct artreader ar;
	struct article a;
	FILE *fp = first_article(art_cases[_i].in, &ar, &a);

	json_article(&j, &a);
	json_raw(&j, "", 1);
	ck_assert_str_eq(j.buf, art_cases[_i].out);
	jbuf_free(&j);
	art_close(&ar);
	art_free(&a);
	fclose(fp);
}
END_TEST

START_TEST(test_record)
{
	static const char in[] = "a:1\tpara\t7\tP\na:1\tfig\t7:0-1\t2\tkm\t=\tP\n"
	    "a:1\thdr\tviews\t25\na:1\tnote\tx\nbad line\n";
	static const char *const out[] = {
		"{\"id\":\"a:1\",\"type\":\"para\",\"n\":7,\"text\":\"P\"}",
		("{\"id\":\"a:1\",\"type\":\"fig\",\"where\":\"7:0-1\",\"value\":2,"
		"\"unit\":\"km\",\"qual\":\"=\",\"text\":\"P\"}"),
		"{\"id\":\"a:1\",\"type\":\"hdr\",\"name\":\"views\",\"value\":\"25\"}",
		"{\"id\":\"a:1\",\"type\":\"note\",\"fields\":[\"x\"]}",
		"{\"malformed\":\"bad line\"}",
	};
	struct jbuf j = { NULL, 0, 0 };
	struct artreader ar;
	struct article a;
	FILE *fp = first_article(in, &ar, &a);
	size_t i;

	ck_assert_uint_eq(a.nline, 5);
	for (i = 0; i < a.nline; i++) {
		j.len = 0;
		json_record(&j, &a, i);
		json_raw(&j, "", 1);
		ck_assert_str_eq(j.buf, out[i]);
	}
	jbuf_free(&j);
	art_close(&ar);
	art_free(&a);
	fclose(fp);
}
END_TEST

static Suite *
json_suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc;

	tc = tcase_create("strings");
	tcase_add_loop_test(tc, test_str, 0,
	    (int)(sizeof(str_cases) / sizeof(str_cases[0])));
	tcase_add_loop_test(tc, test_number, 0,
	    (int)(sizeof(num_cases) / sizeof(num_cases[0])));
	suite_add_tcase(s, tc);
	tc = tcase_create("objects");
	tcase_add_loop_test(tc, test_article, 0,
	    (int)(sizeof(art_cases) / sizeof(art_cases[0])));
	tcase_add_test(tc, test_record);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(json_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
