/* util.c -- allocation, files and option helpers shared by every command. */
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void
xnomem(void)
{
	errno = ENOMEM;
	err(EXIT_TROUBLE, NULL);
}

/* The x* allocators are the one place common/ exits: out of memory is status 2. */
void *
xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

void *
xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		xnomem();
	return xrealloc(p, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s) + 1);
}

void *
xmemdup(const void *s, size_t n)
{
	void *p = xmalloc(n);

	memcpy(p, s, n);
	return p;
}

/*
 * xgrow: make the array *pp of *cap elements of size sz hold at least need
 * elements, doubling so that appends cost amortised constant time.
 */
void
xgrow(void *pp, size_t *cap, size_t need, size_t sz)
{
	void **p = pp;
	size_t n = *cap ? *cap : 8;

	if (need <= *cap)
		return;
	while (n < need)
		n *= 2;
	*p = xreallocarray(*p, n, sz);
	*cap = n;
}

/*
 * xfopen: open a named input, "-" being standard input.  On failure it warns
 * and sets *rval to EXIT_TROUBLE; directories are refused up front because
 * reading one gives EISDIR only on some systems.
 */
FILE *
xfopen(const char *name, int *rval)
{
	struct stat st;
	FILE *fp;

	if (strcmp(name, "-") == 0)
		return stdin;
	if ((fp = fopen(name, "r")) == NULL) {
		warn("%s", name);
		*rval = EXIT_TROUBLE;
		return NULL;
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		warnx("%s: Is a directory", name);
		fclose(fp);
		*rval = EXIT_TROUBLE;
		return NULL;
	}
	return fp;
}

/* xfclose: close an input (not stdin); -1 with a warning on a read error. */
int
xfclose(FILE *fp, const char *name)
{
	int bad = ferror(fp);

	if (fp == stdin) {
		clearerr(fp);
		return bad ? (warnx("%s: read error", name), -1) : 0;
	}
	if (fclose(fp) == EOF || bad) {
		warnx("%s: read error", name);
		return -1;
	}
	return 0;
}

/* The usage must reach its reader: --help >/dev/full is trouble too. */
static int
std_flushed(void)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		err(EXIT_TROUBLE, "stdout");
	return 1;
}

/*
 * std_options: handle --help and --version, which getopt does not know.
 * Prints the usage line to stdout and returns 1 when the caller should
 * exit 0; returns 0 otherwise.  Only arguments before "--" count.
 */
int
std_options(int argc, char *argv[], const char *usage)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			printf("usage: %s\n", usage);
			return std_flushed();
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("newsutils %s\n", NEWSUTILS_VERSION);
			return std_flushed();
		}
	}
	return 0;
}
