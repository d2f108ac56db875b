/* out.h -- the record writer: buffered, whole lines only, errors once. */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>
#include <string.h>

#include "rec.h"

#define OUT_CHUNK	65536	/* hand write(2) about this much at a time */

struct out {
	int		 fd;
	const char	*name;		/* for messages: "stdout" */
	char		*buf;
	size_t		 len;		/* bytes in buf */
	size_t		 cap;
	size_t		 whole;		/* buf[0..whole) holds whole lines */
	size_t		 nfield;	/* fields in the record being built */
	int		 failed;	/* a write failed; output is dropped */
};

void	out_init(struct out *, int, const char *);
void	out_grow(struct out *, size_t);
void	out_str(struct out *, const char *);
void	out_longline(struct out *, const char *, size_t);
int	out_flush(struct out *);
int	out_close(struct out *);
int	out_finish(struct out *, int);

void	out_catch_signals(void);
int	out_interrupted(void);

/*
 * The calls made for every field are inline: a record is a handful of
 * short fields, and a call for each cost more than the copying.
 */

/* out_room: the end of the buffer, with room for n more bytes and one. */
static inline char *
out_room(struct out *o, size_t n)
{
	if (o->len + n >= o->cap)	/* >=: an empty first field needs one */
		out_grow(o, n);
	return o->buf + o->len;
}

/*
 * out_copy: memcpy for a field.  An ID, a number or a name, 16 to 64
 * bytes, is copied here in blocks of 16 that overlap at the end: a call
 * to memcpy for each cost more than the copying.
 */
static inline void
out_copy(char *p, const char *s, size_t n)
{
	char b[16];
	size_t k;

	if (n < 16 || n > 64) {
		memcpy(p, s, n);
		return;
	}
	for (k = 0; k + 16 < n; k += 16) {
		memcpy(b, s + k, 16);
		memcpy(p + k, b, 16);
	}
	memcpy(b, s + n - 16, 16);
	memcpy(p + n - 16, b, 16);
}

/* out_rawfield: append a field that is already escaped (as read). */
static inline void
out_rawfield(struct out *o, const char *s, size_t n)
{
	char *p = out_room(o, n + 1);

	if (o->nfield++ > 0) {
		*p++ = '\t';
		o->len++;
	}
	out_copy(p, s, n);
	o->len += n;
}

/* out_field: append one field, escaping TAB, LF, CR, backslash and NUL. */
static inline void
out_field(struct out *o, const char *s, size_t n)
{
	char *p = out_room(o, 2 * n + 1);

	if (o->nfield++ > 0) {
		*p++ = '\t';
		o->len++;
	}
	o->len += rec_escape(p, s, n);
}

/* out_num: append a number as a field. */
static inline void
out_num(struct out *o, unsigned long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	out_rawfield(o, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * out_end: end the record being built.  Returns -1 once output has failed,
 * so a command can stop early, else 0.
 */
static inline int
out_end(struct out *o)
{
	*out_room(o, 1) = '\n';
	o->whole = ++o->len;
	o->nfield = 0;
	if (o->len >= OUT_CHUNK)
		out_flush(o);
	return o->failed ? -1 : 0;
}

/*
 * out_record2: a whole record of two fields, the first already escaped
 * (an ID and TYPE, built once), the second escaped here; room for both
 * is made at once.  No record may be begun.  nsplit writes its
 * paragraphs so: a million records a run.
 */
static inline int
out_record2(struct out *o, const char *raw, size_t rawlen, const char *s,
    size_t n)
{
	char *p = out_room(o, rawlen + 2 * n + 2);

	out_copy(p, raw, rawlen);
	p[rawlen] = '\t';
	o->len += rawlen + 1 + rec_escape(p + rawlen + 1, s, n);
	o->buf[o->len++] = '\n';
	o->whole = o->len;
	if (o->len >= OUT_CHUNK)
		out_flush(o);
	return o->failed ? -1 : 0;
}

/* out_line: pass a line through as it was read (without its LF). */
static inline void
out_line(struct out *o, const char *s, size_t n)
{
	if (n >= OUT_CHUNK) {
		out_longline(o, s, n);
		return;
	}
	out_rawfield(o, s, n);
	out_end(o);
}

#endif
