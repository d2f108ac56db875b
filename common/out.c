/* out.c -- the record writer: buffered, whole lines only, errors once. */
#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "rec.h"
#include "util.h"

#define OUT_CHUNK	65536	/* hand write(2) about this much at a time */

/*
 * The one piece of global state in common/: a signal handler can only talk
 * to the record loop through a flag, and the loop stops at the next record.
 */
static volatile sig_atomic_t caught;

void
out_init(struct out *o, int fd, const char *name)
{
	memset(o, 0, sizeof(*o));
	o->fd = fd;
	o->name = name;
}

static char *
room(struct out *o, size_t n)
{
	xgrow(&o->buf, &o->cap, o->len + n, 1);
	return o->buf + o->len;
}

static void
separate(struct out *o)
{
	if (o->nfield++ > 0)
		*room(o, 1) = '\t', o->len++;
}

/* out_field: append one field, escaping TAB, LF, CR, backslash and NUL. */
void
out_field(struct out *o, const char *s, size_t n)
{
	separate(o);
	o->len += rec_escape(room(o, 2 * n), s, n);
}

void
out_str(struct out *o, const char *s)
{
	out_field(o, s, strlen(s));
}

void
out_num(struct out *o, unsigned long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	out_rawfield(o, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* out_rawfield: append a field that is already escaped (as read). */
void
out_rawfield(struct out *o, const char *s, size_t n)
{
	separate(o);
	memcpy(room(o, n), s, n);
	o->len += n;
}

/*
 * out_end: end the record being built.  Returns -1 once output has failed,
 * so a command can stop early, else 0.
 */
int
out_end(struct out *o)
{
	*room(o, 1) = '\n';
	o->len++;
	o->whole = o->len;
	o->nfield = 0;
	if (o->len >= OUT_CHUNK)
		out_flush(o);
	return o->failed ? -1 : 0;
}

/* out_line: pass a line through as it was read (without its LF). */
void
out_line(struct out *o, const char *s, size_t n)
{
	out_rawfield(o, s, n);
	out_end(o);
}

/*
 * out_flush: write the whole lines buffered; a record being built stays.
 * A failure is reported once and later output is dropped.
 * Returns 0, or -1 when output has failed.
 */
int
out_flush(struct out *o)
{
	size_t off = 0;
	ssize_t n;

	while (!o->failed && off < o->whole) {
		n = write(o->fd, o->buf + off, o->whole - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			warn("%s", o->name);
			o->failed = 1;
			break;
		}
		off += (size_t)n;
	}
	/* Nothing written yet may mean no buffer yet: memmove(NULL) is UB. */
	if (o->whole > 0) {
		memmove(o->buf, o->buf + o->whole, o->len - o->whole);
		o->len -= o->whole;
		o->whole = 0;
	}
	return o->failed ? -1 : 0;
}

/* out_close: flush and free; a record left unfinished is dropped. */
int
out_close(struct out *o)
{
	int r = out_flush(o);

	free(o->buf);
	o->buf = NULL;
	o->len = o->cap = 0;
	return r;
}

static void
on_signal(int sig)
{
	caught = sig;
}

/*
 * out_catch_signals: let SIGINT and SIGTERM end a command at a record
 * boundary.  No SA_RESTART, so a blocked read returns and the loop sees
 * the flag.  SIGPIPE keeps its default: a reader gone is a quiet end.
 */
void
out_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/* out_interrupted: the signal caught, or 0. */
int
out_interrupted(void)
{
	return caught;
}
