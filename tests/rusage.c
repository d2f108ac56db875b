/*
 * rusage.c -- run a command and report what it cost, for tests/stress.sh.
 * usage: rusage REPORT CMD [ARG ...]
 * Writes "STATUS WALL CPU MAXRSS_KB" to the file REPORT: the exit status
 * (128 + N after signal N), wall and user+system seconds, and the peak
 * resident size of the largest process waited for.  Exits as the command.
 */
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double
seconds(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	FILE *fp;
	double wall;
	pid_t pid;
	int st, status;

	if (argc < 3) {
		fprintf(stderr, "usage: rusage report cmd [arg ...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1)
		err(2, "fork");
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		warn("%s", argv[2]);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1)
		;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	status = WIFSIGNALED(st) ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
	if ((fp = fopen(argv[1], "w")) == NULL)
		err(2, "%s", argv[1]);
	wall = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	fprintf(fp, "%d %.3f %.3f %ld\n", status, wall,
	    seconds(&ru.ru_utime) + seconds(&ru.ru_stime), ru.ru_maxrss);
	if (fclose(fp) == EOF)
		err(2, "%s", argv[1]);
	return status;
}
