/* json.c -- JSON text for any bytes, and records as JSON objects. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "rec.h"
#include "text.h"
#include "util.h"

/* What a line of an article becomes in its JSON object. */
enum jrole {
	J_BAD,		/* malformed: "malformed" */
	J_HDR,		/* hdr NAME VALUE: "headers" */
	J_PARA,		/* para N TEXT, numbered in order: "paragraphs" */
	J_DATE,		/* "dates" */
	J_QUOTE,	/* "quotes" */
	J_FIG,		/* "figures" */
	J_COUNT,	/* count NAME N: "counts" */
	J_OTHER		/* under the TYPE's own name */
};

/* A field unescaped: in jart.text at off, or (off J_EXT) its line's text. */
struct jfield {
	size_t	 off;
	size_t	 len;
};

#define J_EXT	((size_t)-1)

struct jline {
	enum jrole		 role;
	size_t			 f;	/* its first field in jart.fld */
	size_t			 nf;
	const struct artline	*al;	/* the line as the article holds it */
};

/* One item to group by key: a line and the first line with its key. */
struct jgroup {
	const char	*k;
	size_t		 klen;
	size_t		 idx;
	size_t		 first;
};

/* An article taken apart: every field unescaped, every line's role. */
struct jart {
	struct jbuf	 text;
	struct jfield	*fld;
	size_t		 nfld;
	size_t		 fldcap;
	struct jline	*ln;
	size_t		 nln;
	struct jgroup	*g;
	size_t		 ng;
};

/* Field names of the record types with named fields; NULL ends each. */
static const char *const hdr_names[] = { "name", "value", NULL };
static const char *const para_names[] = { "n", "text", NULL };
static const char *const date_names[] = { "where", "value", "text", NULL };
static const char *const quote_names[] = { "where", "speaker", "text", NULL };
static const char *const fig_names[] = { "where", "value", "unit", "qual",
	"text", NULL };
static const char *const count_names[] = { "name", "n", NULL };

/*
 * The keys of an article's object.  A record type of the same name is
 * written with a '_' after it; types are [a-z]+, so no two collide.
 */
static const char *const fixed_keys[] = { "id", "headers", "paragraphs",
	"dates", "quotes", "figures", "counts", "malformed", NULL };

static char *
room(struct jbuf *j, size_t n)
{
	xgrow(&j->buf, &j->cap, j->len + n, 1);
	return j->buf + j->len;
}

/* json_raw: append bytes as they are. */
void
json_raw(struct jbuf *j, const char *s, size_t n)
{
	memcpy(room(j, n), s, n);
	j->len += n;
}

static void
lit(struct jbuf *j, const char *s)
{
	json_raw(j, s, strlen(s));
}

static void
escape_byte(struct jbuf *j, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char *p = room(j, 6);

	p[0] = '\\';
	switch (c) {
	case '"': case '\\':
		p[1] = (char)c;
		break;
	case '\b': p[1] = 'b'; break;
	case '\f': p[1] = 'f'; break;
	case '\n': p[1] = 'n'; break;
	case '\r': p[1] = 'r'; break;
	case '\t': p[1] = 't'; break;
	default:
		memcpy(p + 1, "u00", 3);
		p[4] = hex[c >> 4];
		p[5] = hex[c & 15];
		j->len += 6;
		return;
	}
	j->len += 2;
}

/*
 * json_str: append s[0..n) as a JSON string.  Quote, backslash and the
 * control characters (NUL and DEL included) are escaped; valid UTF-8 is
 * copied; each byte of an invalid or truncated sequence becomes U+FFFD.
 */
void
json_str(struct jbuf *j, const char *s, size_t n)
{
	size_t i = 0, run, len;
	unsigned char c;
	unsigned cp;

	lit(j, "\"");
	while (i < n) {
		for (run = i; run < n; run++) {
			c = (unsigned char)s[run];
			if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f)
				break;
		}
		json_raw(j, s + i, run - i);
		if ((i = run) >= n)
			break;
		c = (unsigned char)s[i];
		if (c < 0x80) {
			escape_byte(j, c);
			i++;
			continue;
		}
		cp = txt_utf8(s, n, i, &len);
		if (cp == 0xfffd && len == 1)
			lit(j, "\xef\xbf\xbd");
		else
			json_raw(j, s + i, len);
		i += len;
	}
	lit(j, "\"");
}

void
json_num(struct jbuf *j, unsigned long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	json_raw(j, p, (size_t)(tmp + sizeof(tmp) - p));
}

static size_t
digits(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && txt_isdigit(s[j]))
		j++;
	return j - i;
}

/*
 * json_is_number: s[0..n) is a number as JSON writes one:
 * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
 */
int
json_is_number(const char *s, size_t n)
{
	size_t i = 0, k;

	if (i < n && s[i] == '-')
		i++;
	if ((k = digits(s, n, i)) == 0 || (k > 1 && s[i] == '0'))
		return 0;
	i += k;
	if (i < n && s[i] == '.') {
		if ((k = digits(s, n, ++i)) == 0)
			return 0;
		i += k;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if ((k = digits(s, n, i)) == 0)
			return 0;
		i += k;
	}
	return i == n;
}

/* json_value: a JSON number when s is one, else a JSON string. */
void
json_value(struct jbuf *j, const char *s, size_t n)
{
	if (json_is_number(s, n))
		json_raw(j, s, n);
	else
		json_str(j, s, n);
}

void
jbuf_free(struct jbuf *j)
{
	free(j->buf);
	j->buf = NULL;
	j->len = j->cap = 0;
}

/*
 * Split a line's raw bytes at TABs; store each field unescaped.  The text
 * of a hdr or para record is already unescaped in the article: it is used
 * where it is, so that a huge paragraph is not held once more.
 */
static void
split_line(struct jart *c, struct jline *l, const struct artline *al)
{
	const char *p = al->raw, *end = al->raw + al->rawlen, *tab;
	int has_text = al->kind == ART_HDR || al->kind == ART_PARA;
	struct jfield *f;
	size_t len;

	l->f = c->nfld;
	l->nf = 0;
	l->al = al;
	for (;;) {
		tab = memchr(p, '\t', (size_t)(end - p));
		len = (size_t)((tab ? tab : end) - p);
		xgrow(&c->fld, &c->fldcap, c->nfld + 1, sizeof(*c->fld));
		f = &c->fld[c->nfld++];
		if (has_text && l->nf == 3) {
			f->off = J_EXT;
			f->len = al->textlen;
		} else {
			f->off = c->text.len;
			f->len = rec_unescape(room(&c->text, len), p, len);
			c->text.len += f->len;
		}
		l->nf++;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
}

static const char *
fstr(const struct jart *c, const struct jline *l, size_t i)
{
	const struct jfield *f = &c->fld[l->f + i];

	return f->off == J_EXT ? l->al->text : c->text.buf + f->off;
}

static size_t
flen(const struct jart *c, const struct jline *l, size_t i)
{
	return c->fld[l->f + i].len;
}

static int
field_is(const struct jart *c, const struct jline *l, size_t i,
    const char *w)
{
	size_t n = strlen(w);

	return i < l->nf && flen(c, l, i) == n &&
	    memcmp(fstr(c, l, i), w, n) == 0;
}

/* Field i of l is the decimal number want, written without leading zeros. */
static int
field_is_num(const struct jart *c, const struct jline *l, size_t i,
    unsigned long want)
{
	const char *s = fstr(c, l, i);
	size_t n = flen(c, l, i), k;
	unsigned long v = 0;

	if (n == 0 || n > 9 || s[0] == '0')
		return 0;
	for (k = 0; k < n; k++) {
		if (!txt_isdigit(s[k]))
			return 0;
		v = v * 10 + (unsigned long)(s[k] - '0');
	}
	return v == want;
}

static enum jrole
role_of(const struct jart *c, const struct jline *l, unsigned long npara)
{
	if (field_is(c, l, 1, "hdr") && l->nf == 4)
		return J_HDR;
	if (field_is(c, l, 1, "para") && l->nf == 4 &&
	    field_is_num(c, l, 2, npara + 1))
		return J_PARA;
	if (field_is(c, l, 1, "date") && l->nf >= 5)
		return J_DATE;
	if (field_is(c, l, 1, "quote") && l->nf >= 5)
		return J_QUOTE;
	if (field_is(c, l, 1, "fig") && l->nf >= 7)
		return J_FIG;
	if (field_is(c, l, 1, "count") && l->nf == 4)
		return J_COUNT;
	return J_OTHER;
}

/* Take the article apart into c. */
static void
jart_load(struct jart *c, const struct article *a)
{
	unsigned long npara = 0;
	struct jline *l;
	size_t i, nkeyed = 0;

	memset(c, 0, sizeof(*c));
	c->ln = xreallocarray(NULL, a->nline ? a->nline : 1, sizeof(*c->ln));
	c->nln = a->nline;
	for (i = 0; i < a->nline; i++) {
		l = &c->ln[i];
		if (a->line[i].kind == ART_BAD) {
			l->role = J_BAD;
			l->f = l->nf = 0;
			l->al = &a->line[i];
			continue;
		}
		split_line(c, l, &a->line[i]);
		if ((l->role = role_of(c, l, npara)) == J_PARA)
			npara++;
		if (l->role == J_HDR || l->role == J_COUNT || l->role == J_OTHER)
			nkeyed++;
	}
	/* Only keyed lines are grouped: an article of paragraphs needs none. */
	c->g = xreallocarray(NULL, nkeyed ? nkeyed : 1, sizeof(*c->g));
}

static void
jart_free(struct jart *c)
{
	jbuf_free(&c->text);
	free(c->fld);
	free(c->ln);
	free(c->g);
}

static int
cmp_key(const void *pa, const void *pb)
{
	const struct jgroup *a = pa, *b = pb;
	int r = memcmp(a->k, b->k, a->klen < b->klen ? a->klen : b->klen);

	if (r != 0)
		return r;
	if (a->klen != b->klen)
		return a->klen < b->klen ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int
cmp_first(const void *pa, const void *pb)
{
	const struct jgroup *a = pa, *b = pb;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/*
 * Fill c->g with the lines of role r keyed by field kf, ordered so that
 * lines with one key are together, keys in the order they first appear.
 * Sorting keeps this n log n however many keys an article has.
 */
static void
group(struct jart *c, enum jrole r, size_t kf)
{
	size_t i;
	int same;

	c->ng = 0;
	for (i = 0; i < c->nln; i++) {
		if (c->ln[i].role != r)
			continue;
		c->g[c->ng].k = fstr(c, &c->ln[i], kf);
		c->g[c->ng].klen = flen(c, &c->ln[i], kf);
		c->g[c->ng++].idx = i;
	}
	qsort(c->g, c->ng, sizeof(*c->g), cmp_key);
	for (i = 0; i < c->ng; i++) {
		same = i > 0 && c->g[i - 1].klen == c->g[i].klen &&
		    memcmp(c->g[i - 1].k, c->g[i].k, c->g[i].klen) == 0;
		c->g[i].first = same ? c->g[i - 1].first : c->g[i].idx;
	}
	qsort(c->g, c->ng, sizeof(*c->g), cmp_first);
}

/* The fields of l from the i-th on, as a JSON array. */
static void
fields_array(struct jbuf *j, const struct jart *c, const struct jline *l,
    size_t i)
{
	lit(j, "[");
	for (; i < l->nf; i++) {
		json_str(j, fstr(c, l, i), flen(c, l, i));
		if (i + 1 < l->nf)
			lit(j, ",");
	}
	lit(j, "]");
}

/*
 * The named fields of l (after ID and TYPE) as "name":value pairs, and
 * any fields beyond them as "extra":[...].  The field named num (a
 * figure's value, a count, a paragraph number) is a JSON number when it
 * is one; every other field is a string.
 */
static void
named_fields(struct jbuf *j, const struct jart *c, const struct jline *l,
    const char *const *names, const char *num)
{
	size_t i;

	for (i = 0; names[i] != NULL && i + 2 < l->nf; i++) {
		if (i > 0)
			lit(j, ",");
		json_str(j, names[i], strlen(names[i]));
		lit(j, ":");
		if (num != NULL && strcmp(names[i], num) == 0)
			json_value(j, fstr(c, l, i + 2), flen(c, l, i + 2));
		else
			json_str(j, fstr(c, l, i + 2), flen(c, l, i + 2));
	}
	if (i + 2 < l->nf) {
		lit(j, ",\"extra\":");
		fields_array(j, c, l, i + 2);
	}
}

/* "key": an array of the lines of role r, each an object of names. */
static void
objects(struct jbuf *j, const struct jart *c, const char *key,
    enum jrole r, const char *const *names, const char *num)
{
	size_t i;
	int first = 1;

	lit(j, ",\"");
	lit(j, key);
	lit(j, "\":[");
	for (i = 0; i < c->nln; i++) {
		if (c->ln[i].role != r)
			continue;
		lit(j, first ? "{" : ",{");
		named_fields(j, c, &c->ln[i], names, num);
		lit(j, "}");
		first = 0;
	}
	lit(j, "]");
}

static void
paragraphs(struct jbuf *j, const struct jart *c)
{
	size_t i;
	int first = 1;

	lit(j, ",\"paragraphs\":[");
	for (i = 0; i < c->nln; i++) {
		if (c->ln[i].role != J_PARA)
			continue;
		if (!first)
			lit(j, ",");
		json_str(j, fstr(c, &c->ln[i], 3), flen(c, &c->ln[i], 3));
		first = 0;
	}
	lit(j, "]");
}

static void
group_value(struct jbuf *j, const struct jart *c, enum jrole r, size_t idx)
{
	const struct jline *l = &c->ln[idx];

	if (r == J_HDR)
		json_str(j, fstr(c, l, 3), flen(c, l, 3));
	else if (r == J_COUNT)
		json_value(j, fstr(c, l, 3), flen(c, l, 3));
	else
		fields_array(j, c, l, 2);
}

static void
type_key(struct jbuf *j, const char *k, size_t n)
{
	const char *const *f;

	lit(j, "\"");
	json_raw(j, k, n);
	for (f = fixed_keys; *f != NULL; f++)
		if (strlen(*f) == n && memcmp(*f, k, n) == 0)
			lit(j, "_");
	lit(j, "\"");
}

/*
 * The keyed lines of role r as members "key":value, or "key":[values]
 * when a key repeats (always an array for J_OTHER).  kf is the key field.
 */
static void
members(struct jbuf *j, struct jart *c, enum jrole r, size_t kf)
{
	size_t i, e, k;

	group(c, r, kf);
	for (i = 0; i < c->ng; i = e) {
		for (e = i + 1; e < c->ng && c->g[e].first == c->g[i].first; e++)
			continue;
		if (r == J_OTHER) {
			lit(j, ",");
			type_key(j, c->g[i].k, c->g[i].klen);
		} else {
			if (i > 0)
				lit(j, ",");
			json_str(j, c->g[i].k, c->g[i].klen);
		}
		lit(j, ":");
		if (e - i == 1 && r != J_OTHER) {
			group_value(j, c, r, c->g[i].idx);
			continue;
		}
		lit(j, "[");
		for (k = i; k < e; k++) {
			if (k > i)
				lit(j, ",");
			group_value(j, c, r, c->g[k].idx);
		}
		lit(j, "]");
	}
}

static void
malformed(struct jbuf *j, const struct jart *c, const struct article *a)
{
	size_t i;
	int first = 1;

	for (i = 0; i < c->nln; i++) {
		if (c->ln[i].role != J_BAD)
			continue;
		lit(j, first ? ",\"malformed\":[" : ",");
		json_str(j, a->line[i].raw, a->line[i].rawlen);
		first = 0;
	}
	if (!first)
		lit(j, "]");
}

static void
id_member(struct jbuf *j, const struct article *a)
{
	char *id = xmalloc(a->idlen + 1);

	lit(j, "\"id\":");
	json_str(j, id, rec_unescape(id, a->id, a->idlen));
	free(id);
}

/*
 * json_article: append the article as one JSON object (no newline):
 * id, headers, paragraphs, dates, quotes, figures, counts, then each
 * other record type under its name, then any malformed lines.
 */
void
json_article(struct jbuf *j, const struct article *a)
{
	struct jart c;

	jart_load(&c, a);
	lit(j, "{");
	id_member(j, a);
	lit(j, ",\"headers\":{");
	members(j, &c, J_HDR, 2);
	lit(j, "}");
	paragraphs(j, &c);
	objects(j, &c, "dates", J_DATE, date_names, NULL);
	objects(j, &c, "quotes", J_QUOTE, quote_names, NULL);
	objects(j, &c, "figures", J_FIG, fig_names, "value");
	lit(j, ",\"counts\":{");
	members(j, &c, J_COUNT, 2);
	lit(j, "}");
	members(j, &c, J_OTHER, 1);
	malformed(j, &c, a);
	lit(j, "}");
	jart_free(&c);
}

/*
 * json_record: append line i of the article as one JSON object:
 * {"id","type", its named fields} or {"id","type","fields":[...]}, or
 * {"malformed":LINE} for a malformed line.
 */
void
json_record(struct jbuf *j, const struct article *a, size_t i)
{
	static const char *const *const names[] = {
		NULL, hdr_names, para_names, date_names, quote_names,
		fig_names, count_names, NULL
	};
	static const char *const num[] = {
		NULL, NULL, "n", NULL, NULL, "value", "n", NULL
	};
	const struct artline *al = &a->line[i];
	struct jart c;
	struct jline l;

	if (al->kind == ART_BAD) {
		lit(j, "{\"malformed\":");
		json_str(j, al->raw, al->rawlen);
		lit(j, "}");
		return;
	}
	memset(&c, 0, sizeof(c));
	split_line(&c, &l, al);
	if (field_is(&c, &l, 1, "para") && l.nf == 4)
		l.role = J_PARA;	/* alone, any N will do */
	else
		l.role = role_of(&c, &l, 0);
	lit(j, "{\"id\":");
	json_str(j, fstr(&c, &l, 0), flen(&c, &l, 0));
	lit(j, ",\"type\":");
	json_str(j, fstr(&c, &l, 1), flen(&c, &l, 1));
	lit(j, ",");
	if (names[l.role] != NULL) {
		named_fields(j, &c, &l, names[l.role], num[l.role]);
	} else {
		lit(j, "\"fields\":");
		fields_array(j, &c, &l, 2);
	}
	lit(j, "}");
	jbuf_free(&c.text);
	free(c.fld);
}
