/* out.c -- the record writer: buffered, whole lines only, errors once. */
#include <sys/uio.h>

#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "rec.h"
#include "util.h"

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

/* out_grow: the slow path of out_room. */
void
out_grow(struct out *o, size_t n)
{
	xgrow(&o->buf, &o->cap, o->len + n + 1, 1);
}

void
out_str(struct out *o, const char *s)
{
	out_field(o, s, strlen(s));
}

/*
 * Write line s[0..n) and its LF straight to the descriptor, in one
 * writev(2) call while it takes them all.  The buffer must hold no part
 * of a record.
 */
static void
write_line(struct out *o, const char *s, size_t n)
{
	struct iovec iov[2];
	char lf = '\n';
	size_t k;
	ssize_t w;
	int i = 0;

	iov[0].iov_base = (void *)(uintptr_t)s;
	iov[0].iov_len = n;
	iov[1].iov_base = &lf;
	iov[1].iov_len = 1;
	while (!o->failed && iov[1].iov_len > 0) {
		if ((w = writev(o->fd, iov + i, 2 - i)) < 0) {
			if (errno == EINTR)
				continue;
			warn("%s", o->name);
			o->failed = 1;
			break;
		}
		k = (size_t)w;
		if (i == 0 && k >= iov[0].iov_len) {
			k -= iov[0].iov_len;
			i = 1;
		}
		iov[i].iov_base = (char *)iov[i].iov_base + k;
		iov[i].iov_len -= k;
	}
}

/*
 * out_longline: out_line for a line of OUT_CHUNK bytes or more.  Between
 * records it is written at once rather than copied into the buffer
 * first: a 100 MB article is then held in memory one time less.
 */
void
out_longline(struct out *o, const char *s, size_t n)
{
	if (o->nfield == 0 && o->len == o->whole) {
		out_flush(o);
		write_line(o, s, n);
		return;
	}
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

/*
 * out_finish: the end of a command: close the output and say whether a
 * signal stopped it.  Returns rval, or EXIT_TROUBLE after either trouble.
 */
int
out_finish(struct out *o, int rval)
{
	if (out_close(o) == -1)
		rval = EXIT_TROUBLE;
	if (out_interrupted()) {
		warnx("interrupted");
		rval = EXIT_TROUBLE;
	}
	return rval;
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
