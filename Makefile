# newsutils -- news articles taken apart in shell pipelines.
PREFIX	 = /usr/local
BINDIR	 = $(PREFIX)/bin
MANDIR	 = $(PREFIX)/share/man
DESTDIR	 =
CC	?= cc
# -O3: the scanners' word and list loops run 7 to 11% faster than at -O2.
# Link-time optimisation, with gcc, inlines the small helpers of common/
# (the word and space tests, the list look-ups) into their callers in the
# other files: nquote runs 8% fewer instructions.  Other compilers go
# without; CFLAGS or LTO= on the command line turn it off.
LTO	?= $(shell $(CC) -v 2>&1 | grep -q '^gcc version' && echo -flto=auto)
CFLAGS	?= -O3 -g $(LTO)
AR	 = $(if $(LTO),gcc-ar,ar)
WARN	 = -std=c11 -pedantic -Wall -Wextra -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wformat=2
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Icommon
PKG_CONFIG ?= pkg-config
CORPUS	?= ../shared/corpus
BENCH	?=

CMDS	 = $(patsubst cmd/%.c,%,$(wildcard cmd/*.c))
BIN	 = $(CMDS:%=cmd/%)
LIBOBJ	 = $(patsubst %.c,%.o,$(wildcard common/*.c))
LIB	 = common/libcommon.a
HDR	 = $(wildcard common/*.h)
UNIT	 = $(patsubst %.c,%,$(wildcard tests/check_*.c))
MAN1	 = $(CMDS:%=man/%.1)
MAN5	 = man/newsrec.5
MAN7	 = man/newsutils.7
FUZZ	 = $(patsubst %.c,%,$(wildcard tests/fuzz_*.c))
REPLAY	 = $(FUZZ:tests/fuzz_%=tests/replay_%)
HELPERS	 = tests/rusage tests/prop
FUZZTIME ?= 60

all: $(BIN)

.c.o:
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c -o $@ $<

$(LIBOBJ) $(BIN:%=%.o): $(HDR)

$(LIB): $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

$(BIN): %: %.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $@.o $(LIB)

tests/check_%: tests/check_%.c $(LIB) $(HDR)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $$($(PKG_CONFIG) --cflags check) \
	    -o $@ $< $(LIB) $$($(PKG_CONFIG) --libs check) $(LDFLAGS)

# A fuzz harness replayed on its saved crashes and the fixtures, any compiler.
tests/replay_%: tests/replay.c tests/fuzz_%.c $(LIB) $(HDR)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ tests/replay.c \
	    tests/fuzz_$*.c $(LIB) $(LDFLAGS)

$(HELPERS): %: %.c $(LIB) $(HDR)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(LIB) $(LDFLAGS)

# Check is the one thing the tests need beyond libc; get it when missing.
check-deps:
	@sh tests/deps.sh

# The test programs, built but not run (the -Werror builds take them too).
tests: check-deps $(UNIT) $(REPLAY) $(HELPERS)

check: tests all
	@for t in $(UNIT); do ./$$t || exit 1; done
	@for r in $(REPLAY); do ./$$r tests/fuzz-regress/$${r#tests/replay_} \
	    tests/fixtures || exit 1; done
	@PATH="$$PWD/cmd:$$PATH" sh tests/cli.sh </dev/null

corpus-check: all
	@PATH="$$PWD/cmd:$$PATH" sh tests/corpus.sh $(CORPUS) </dev/null

# The pipeline under GNU parallel gives the records it gives on one core.
parallel-check: all
	@PATH="$$PWD/cmd:$$PATH" sh tests/parallel.sh $(CORPUS) </dev/null

bench: all
	@PATH="$$PWD/cmd:$$PATH" sh tests/bench.sh "$(CORPUS)" "$(BENCH)" </dev/null

# libFuzzer (clang) on every harness for FUZZTIME seconds each.
fuzz:
	@FUZZTIME="$(FUZZTIME)" FUZZONLY="$(FUZZONLY)" sh tests/fuzz.sh

# Pathological inputs for every command: linear time, bounded memory.
stress: all tests/rusage
	@PATH="$$PWD/cmd:$$PATH" sh tests/stress.sh </dev/null

demo: all
	@PATH="$$PWD/cmd:$$PATH" sh examples/demo.sh

lint-man:
	@for m in man/*.[157]; do mandoc -Tlint -Wwarning $$m || exit 1; done

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7

uninstall:
	cd $(DESTDIR)$(BINDIR) && rm -f $(CMDS)
	cd $(DESTDIR)$(MANDIR)/man1 && rm -f $(CMDS:%=%.1)
	rm -f $(DESTDIR)$(MANDIR)/man5/newsrec.5 $(DESTDIR)$(MANDIR)/man7/newsutils.7

clean:
	rm -f $(BIN) cmd/*.o common/*.o $(LIB) $(UNIT) $(REPLAY) $(HELPERS) \
	    tests/*.tmp $(filter-out %.c,$(wildcard tests/fuzz_*))

.PHONY: all tests check check-deps corpus-check parallel-check bench fuzz stress \
	demo lint-man install uninstall clean
