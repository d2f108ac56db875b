/*
 * replay.c -- run a fuzz harness on saved inputs, without libFuzzer.
 * Linked with one tests/fuzz_NAME.c, it calls LLVMFuzzerTestOneInput on
 * every file under each directory named (or on each file named), so that
 * make check replays the crashes found before with any compiler.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static unsigned long	nrun;
static int		vflag;

/* Read a whole file into memory; returns NULL on error. */
static char *
slurp(const char *path, size_t *n)
{
	FILE *fp;
	char *buf = NULL;
	size_t cap = 0, got;

	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	*n = 0;
	do {
		xgrow(&buf, &cap, *n + 65536, 1);
		got = fread(buf + *n, 1, cap - *n, fp);
		*n += got;
	} while (got > 0);
	if (ferror(fp)) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	return buf;
}

/* Replay one file, or every file below a directory; missing is fine. */
static int
replay(const char *path)
{
	struct stat st;
	struct dirent *e;
	DIR *d;
	char *buf, *sub;
	size_t n;
	int rval = 0;

	if (stat(path, &st) == -1)
		return 0;
	if (S_ISDIR(st.st_mode)) {
		if ((d = opendir(path)) == NULL) {
			warn("%s", path);
			return 1;
		}
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			sub = xmalloc(strlen(path) + strlen(e->d_name) + 2);
			sprintf(sub, "%s/%s", path, e->d_name);
			rval |= replay(sub);
			free(sub);
		}
		closedir(d);
		return rval;
	}
	if (!S_ISREG(st.st_mode))
		return 0;
	if ((buf = slurp(path, &n)) == NULL) {
		warn("%s", path);
		return 1;
	}
	/* The harness aborts on a failure: with -v the last name is the one. */
	if (vflag)
		fprintf(stderr, "%s\n", path);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, n);
	free(buf);
	nrun++;
	return 0;
}

int
main(int argc, char *argv[])
{
	int i, rval = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0)
		vflag = 1;
	for (i = 1 + vflag; i < argc; i++)
		rval |= replay(argv[i]);
	printf("# %s: %lu inputs replayed\n", argv[0], nrun);
	return rval;
}
