/* datewords.c -- the words of the date grammar and their lookup. */
#include <stdint.h>

#include "datewords.h"
#include "text.h"

#define E(w, c, v, f)	{ w, sizeof(w) - 1, c, v, f }
#define END		{ NULL, 0, 0, 0, 0 }

static const struct dateword w_a[] = {
	E("a", DW_NUM, 1, 0), E("an", DW_NUM, 1, 0),
	E("april", DW_MONTH, 4, DW_NAME),
	E("apr", DW_MONTH, 4, DW_CAP | DW_ABBR),
	E("august", DW_MONTH, 8, DW_NAME),
	E("aug", DW_MONTH, 8, DW_CAP | DW_ABBR),
	E("afternoon", DW_PART, PT_AF, 0),
	E("afternoons", DW_PART, PT_AF, DW_PLURAL),
	E("autumn", DW_SEASON, SE_FA, 0), E("ago", DW_AGO, 0, 0),
	E("annually", DW_SET, U_YEAR, 0), E("about", DW_ABOUT, 0, 0),
	E("around", DW_ABOUT, 0, 0), E("almost", DW_ABOUT, 0, 0),
	E("approximately", DW_ABOUT, 0, 0),
	E("advanced", DW_CUE, CUE_NONE, 0), E("aims", DW_CUE, CUE_FUT, 0),
	E("announced", DW_CUE, CUE_SAY, 0), E("armed", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_c[] = {
	E("century", DW_UNIT, U_CENT, 0),
	E("centuries", DW_UNIT, U_CENT, DW_PLURAL),
	E("christmas", DW_HOLIDAY, HO_CHRISTMAS, DW_CAP),
	E("coming", DW_REL, R_COMING, 0), E("current", DW_REL, R_CURRENT, 0),
	E("currently", DW_REF, REF_PRESENT, 0),
	E("called", DW_CUE, CUE_SAY, 0), E("came", DW_CUE, CUE_PAST, 0),
	E("concerned", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_d[] = {
	E("day", DW_UNIT, U_DAY, 0), E("days", DW_UNIT, U_DAY, DW_PLURAL),
	E("decade", DW_UNIT, U_DECADE, 0),
	E("decades", DW_UNIT, U_DECADE, DW_PLURAL),
	E("december", DW_MONTH, 12, 0),
	E("dec", DW_MONTH, 12, DW_CAP | DW_ABBR),
	E("daily", DW_SET, U_DAY, 0), E("detailed", DW_CUE, CUE_NONE, 0),
	E("did", DW_CUE, CUE_PAST, 0), E("due", DW_CUE, CUE_FUT, 0), END
};
static const struct dateword w_e[] = {
	E("election", DW_HOLIDAY, HO_ELECTION, DW_CAP),
	E("early", DW_EML, 0, 0), E("earlier", DW_SHIFT, -1, 0),
	E("evening", DW_PART, PT_EV, 0),
	E("evenings", DW_PART, PT_EV, DW_PLURAL), E("eight", DW_NUM, 8, 0),
	E("eighteen", DW_NUM, 18, 0), E("eighty", DW_NUM, 80, 0),
	E("eleven", DW_NUM, 11, 0), E("eighth", DW_ORD, 8, 0),
	E("eleventh", DW_ORD, 11, 0), E("eighteenth", DW_ORD, 18, 0),
	E("eighties", DW_DECADE, 8, 0), E("every", DW_EVERY, 0, 0),
	E("each", DW_EVERY, 0, 0), E("expect", DW_CUE, CUE_FUT, 0),
	E("expected", DW_CUE, CUE_FUT, 0), E("expects", DW_CUE, CUE_FUT, 0), END
};
static const struct dateword w_f[] = {
	E("february", DW_MONTH, 2, 0),
	E("feb", DW_MONTH, 2, DW_CAP | DW_ABBR), E("friday", DW_WDAY, 5, 0),
	E("fri", DW_WDAY, 5, DW_CAP | DW_ABBR),
	E("fridays", DW_WDAY, 5, DW_PLURAL), E("few", DW_NUM, -1, 0),
	E("five", DW_NUM, 5, 0), E("four", DW_NUM, 4, 0),
	E("fifteen", DW_NUM, 15, 0), E("fourteen", DW_NUM, 14, 0),
	E("fifty", DW_NUM, 50, 0), E("forty", DW_NUM, 40, 0),
	E("first", DW_ORD, 1, 0), E("fourth", DW_ORD, 4, 0),
	E("fifth", DW_ORD, 5, 0), E("fifteenth", DW_ORD, 15, 0),
	E("fourteenth", DW_ORD, 14, 0), E("fiscal", DW_FISCAL, 0, 0),
	E("following", DW_REL, R_FOLLOW, 0),
	E("fortnight", DW_UNIT, U_FORT, 0),
	E("fall", DW_SEASON, SE_FA, DW_NAME), E("fifties", DW_DECADE, 5, 0),
	E("forties", DW_DECADE, 4, 0), E("fell", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_h[] = {
	E("halloween", DW_HOLIDAY, HO_HALLOWEEN, DW_CAP),
	E("hour", DW_UNIT, U_HOUR, 0),
	E("hours", DW_UNIT, U_HOUR, DW_PLURAL), E("half", DW_HALF, 0, 0),
	E("hourly", DW_SET, U_HOUR, 0), E("had", DW_CUE, CUE_PAST, 0),
	E("held", DW_CUE, CUE_PAST, 0), E("hit", DW_CUE, CUE_PAST, 0),
	E("hundred", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_j[] = {
	E("january", DW_MONTH, 1, 0),
	E("jan", DW_MONTH, 1, DW_CAP | DW_ABBR), E("july", DW_MONTH, 7, 0),
	E("jul", DW_MONTH, 7, DW_CAP | DW_ABBR),
	E("june", DW_MONTH, 6, DW_NAME),
	E("jun", DW_MONTH, 6, DW_CAP | DW_ABBR), END
};
static const struct dateword w_l[] = {
	E("labor", DW_HOLIDAY, HO_LABOR, DW_CAP),
	E("last", DW_REL, R_LAST, 0), E("late", DW_EML, 0, 0),
	E("later", DW_SHIFT, 1, 0), E("latest", DW_REL, R_LATEST, 0),
	E("left", DW_CUE, CUE_PAST, 0), E("limited", DW_CUE, CUE_NONE, 0),
	E("ll", DW_CUE, CUE_FUT, 0), E("lost", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_m[] = {
	E("memorial", DW_HOLIDAY, HO_MEMORIAL, DW_CAP),
	E("march", DW_MONTH, 3, DW_NAME),
	E("mar", DW_MONTH, 3, DW_CAP | DW_ABBR),
	E("may", DW_MONTH, 5, DW_NAME), E("monday", DW_WDAY, 1, 0),
	E("mon", DW_WDAY, 1, DW_CAP | DW_ABBR),
	E("mondays", DW_WDAY, 1, DW_PLURAL), E("minute", DW_UNIT, U_MIN, 0),
	E("minutes", DW_UNIT, U_MIN, DW_PLURAL),
	E("month", DW_UNIT, U_MONTH, 0),
	E("months", DW_UNIT, U_MONTH, DW_PLURAL),
	E("morning", DW_PART, PT_MO, 0),
	E("mornings", DW_PART, PT_MO, DW_PLURAL), E("mid", DW_EML, 0, 0),
	E("midnight", DW_CLOCK, 24, 0), E("monthly", DW_SET, U_MONTH, 0),
	E("many", DW_NUM, -1, 0), E("made", DW_CUE, CUE_PAST, 0),
	E("met", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_n[] = {
	E("november", DW_MONTH, 11, 0),
	E("nov", DW_MONTH, 11, DW_CAP | DW_ABBR),
	E("next", DW_REL, R_NEXT, 0), E("now", DW_REF, REF_PRESENT, 0),
	E("nearly", DW_APPROX, 0, 0), E("nine", DW_NUM, 9, 0),
	E("nineteen", DW_NUM, 19, 0), E("ninety", DW_NUM, 90, 0),
	E("ninth", DW_ORD, 9, 0), E("nineteenth", DW_ORD, 19, 0),
	E("night", DW_PART, PT_NI, 0),
	E("nights", DW_PART, PT_NI, DW_PLURAL), E("noon", DW_CLOCK, 12, 0),
	E("nineties", DW_DECADE, 9, 0), E("need", DW_CUE, CUE_NONE, 0),
	E("needed", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_o[] = {
	E("october", DW_MONTH, 10, 0),
	E("oct", DW_MONTH, 10, DW_CAP | DW_ABBR), E("one", DW_NUM, 1, 0),
	E("overnight", DW_PART, PT_NI, 0), E("over", DW_APPROX, 0, 0), END
};
static const struct dateword w_p[] = {
	E("past", DW_REL, R_PAST, 0), E("previous", DW_REL, R_PREV, 0),
	E("plan", DW_CUE, CUE_FUT, 0), E("planned", DW_CUE, CUE_FUT, 0),
	E("plans", DW_CUE, CUE_FUT, 0), E("proposed", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_q[] = {
	E("quarter", DW_UNIT, U_QUARTER, 0),
	E("quarters", DW_UNIT, U_QUARTER, DW_PLURAL),
	E("quit", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_r[] = {
	E("recently", DW_REF, REF_PAST, 0), E("recent", DW_REL, R_RECENT, 0),
	E("roughly", DW_ABOUT, 0, 0), E("ran", DW_CUE, CUE_PAST, 0),
	E("red", DW_CUE, CUE_NONE, 0), E("related", DW_CUE, CUE_NONE, 0),
	E("reported", DW_CUE, CUE_SAY, 0), E("rose", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_s[] = {
	E("september", DW_MONTH, 9, 0),
	E("sep", DW_MONTH, 9, DW_CAP | DW_ABBR),
	E("sept", DW_MONTH, 9, DW_CAP | DW_ABBR),
	E("saturday", DW_WDAY, 6, 0), E("sat", DW_WDAY, 6, DW_CAP | DW_ABBR),
	E("saturdays", DW_WDAY, 6, DW_PLURAL), E("sunday", DW_WDAY, 7, 0),
	E("sun", DW_WDAY, 7, DW_CAP | DW_ABBR),
	E("sundays", DW_WDAY, 7, DW_PLURAL), E("second", DW_UNIT, U_SEC, 0),
	E("seconds", DW_UNIT, U_SEC, DW_PLURAL), E("several", DW_NUM, -1, 0),
	E("six", DW_NUM, 6, 0), E("seven", DW_NUM, 7, 0),
	E("sixteen", DW_NUM, 16, 0), E("seventeen", DW_NUM, 17, 0),
	E("sixty", DW_NUM, 60, 0), E("seventy", DW_NUM, 70, 0),
	E("sixth", DW_ORD, 6, 0), E("seventh", DW_ORD, 7, 0),
	E("sixteenth", DW_ORD, 16, 0), E("seventeenth", DW_ORD, 17, 0),
	E("spring", DW_SEASON, SE_SP, 0), E("summer", DW_SEASON, SE_SU, 0),
	E("sixties", DW_DECADE, 6, 0), E("seventies", DW_DECADE, 7, 0),
	E("said", DW_CUE, CUE_SAY, 0), E("saw", DW_CUE, CUE_PAST, 0),
	E("schedule", DW_CUE, CUE_FUT, 0),
	E("scheduled", DW_CUE, CUE_FUT, 0), E("sent", DW_CUE, CUE_PAST, 0),
	E("shall", DW_CUE, CUE_FUT, 0), E("since", DW_CUE, CUE_PAST, 0),
	E("spoke", DW_CUE, CUE_PAST, 0), E("starting", DW_CUE, CUE_FUT, 0),
	E("soon", DW_CUE, CUE_FUT, 0),
	E("struck", DW_CUE, CUE_PAST, 0), E("supposed", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_t[] = {
	E("thanksgiving", DW_HOLIDAY, HO_THANKSGIVING, DW_CAP),
	E("today", DW_DEIC, 0, 0), E("tomorrow", DW_DEIC, 1, 0),
	E("tonight", DW_DEIC, 0, 0), E("this", DW_REL, R_THIS, 0),
	E("the", DW_THE, 0, 0), E("that", DW_REL, R_THAT, 0),
	E("tuesday", DW_WDAY, 2, 0),
	E("tue", DW_WDAY, 2, DW_CAP | DW_ABBR),
	E("tues", DW_WDAY, 2, DW_CAP | DW_ABBR),
	E("tuesdays", DW_WDAY, 2, DW_PLURAL), E("thursday", DW_WDAY, 4, 0),
	E("thu", DW_WDAY, 4, DW_CAP | DW_ABBR),
	E("thur", DW_WDAY, 4, DW_CAP | DW_ABBR),
	E("thurs", DW_WDAY, 4, DW_CAP | DW_ABBR),
	E("thursdays", DW_WDAY, 4, DW_PLURAL), E("two", DW_NUM, 2, 0),
	E("three", DW_NUM, 3, 0), E("ten", DW_NUM, 10, 0),
	E("twelve", DW_NUM, 12, 0), E("thirteen", DW_NUM, 13, 0),
	E("twenty", DW_NUM, 20, 0), E("thirty", DW_NUM, 30, 0),
	E("third", DW_ORD, 3, 0), E("tenth", DW_ORD, 10, 0),
	E("twelfth", DW_ORD, 12, 0), E("thirteenth", DW_ORD, 13, 0),
	E("twentieth", DW_ORD, 20, 0), E("twenties", DW_DECADE, 2, 0),
	E("thirties", DW_DECADE, 3, 0), E("told", DW_CUE, CUE_SAY, 0),
	E("took", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_w[] = {
	E("wednesday", DW_WDAY, 3, 0),
	E("wed", DW_WDAY, 3, DW_CAP | DW_ABBR),
	E("wednesdays", DW_WDAY, 3, DW_PLURAL),
	E("week", DW_UNIT, U_WEEK, 0),
	E("weeks", DW_UNIT, U_WEEK, DW_PLURAL),
	E("weekend", DW_UNIT, U_WEEKEND, 0),
	E("weekends", DW_UNIT, U_WEEKEND, DW_PLURAL),
	E("winter", DW_SEASON, SE_WI, 0), E("weekly", DW_SET, U_WEEK, 0),
	E("was", DW_CUE, CUE_PAST, 0), E("went", DW_CUE, CUE_PAST, 0),
	E("were", DW_CUE, CUE_PAST, 0), E("will", DW_CUE, CUE_FUT, 0),
	E("won", DW_CUE, CUE_PAST, 0), E("would", DW_CUE, CUE_FUT, 0), END
};
static const struct dateword w_y[] = {
	E("year", DW_UNIT, U_YEAR, 0),
	E("years", DW_UNIT, U_YEAR, DW_PLURAL),
	E("yesterday", DW_DEIC, -1, 0), E("yearly", DW_SET, U_YEAR, 0), END
};
static const struct dateword w_b[] = {
	E("based", DW_CUE, CUE_NONE, 0), E("bed", DW_CUE, CUE_NONE, 0),
	E("began", DW_CUE, CUE_PAST, 0), E("broke", DW_CUE, CUE_PAST, 0), END
};
static const struct dateword w_g[] = {
	E("gave", DW_CUE, CUE_PAST, 0), E("going", DW_CUE, CUE_FUT, 0), END
};
static const struct dateword w_i[] = {
	E("independence", DW_HOLIDAY, HO_INDEPENDENCE, DW_CAP),
	E("indeed", DW_CUE, CUE_NONE, 0), E("injured", DW_CUE, CUE_NONE, 0),
	E("intends", DW_CUE, CUE_FUT, 0),
	E("interested", DW_CUE, CUE_NONE, 0),
	E("involved", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_u[] = {
	E("united", DW_CUE, CUE_NONE, 0), E("until", DW_CUE, CUE_FUT, 0),
	E("upcoming", DW_CUE, CUE_FUT, 0), E("used", DW_CUE, CUE_NONE, 0), END
};
static const struct dateword w_none[] = { END };

static const struct dateword *const bylet[26] = {
	w_a, w_b, w_c, w_d, w_e, w_f,
	w_g, w_h, w_i, w_j, w_none, w_l,
	w_m, w_n, w_o, w_p, w_q, w_r,
	w_s, w_t, w_u, w_none, w_w, w_none,
	w_y, w_none
};

/*
 * A hash of the words above, written by tests/mkdatehash.py: one probe
 * and a compare or two per word.  Before it, dw_lenmask turns most words
 * of a text away: bit n of [a][b] is set when some word beginning with
 * the letters a b has n letters.  dw_check (run by the unit tests) fails
 * when either is stale.
 */
/* BEGIN hash */
#define DW_HASHMUL	21u
#define DW_HASHSIZE	1024
static const struct dateword *const dw_hash[DW_HASHSIZE][2] = {
	[6] = { &w_n[9], &w_t[27] },
	[16] = { &w_i[1] },
	[17] = { &w_e[6] },
	[19] = { &w_t[2] },
	[20] = { &w_c[2] },
	[22] = { &w_f[11] },
	[32] = { &w_s[25] },
	[35] = { &w_s[7] },
	[41] = { &w_m[14], &w_s[19] },
	[45] = { &w_m[2] },
	[46] = { &w_w[7] },
	[48] = { &w_s[22] },
	[50] = { &w_m[3] },
	[53] = { &w_i[3] },
	[54] = { &w_l[8], &w_n[12] },
	[56] = { &w_h[7] },
	[57] = { &w_e[3] },
	[58] = { &w_s[17] },
	[65] = { &w_m[10], &w_w[10] },
	[66] = { &w_r[0] },
	[69] = { &w_f[19], &w_n[10] },
	[72] = { &w_b[3] },
	[79] = { &w_h[2] },
	[89] = { &w_i[4] },
	[94] = { &w_e[0], &w_o[0] },
	[96] = { &w_f[1] },
	[97] = { &w_a[0], &w_e[10] },
	[99] = { &w_a[1] },
	[105] = { &w_e[11] },
	[107] = { &w_t[20] },
	[112] = { &w_s[26] },
	[116] = { &w_t[7] },
	[119] = { &w_f[5] },
	[120] = { &w_s[6] },
	[124] = { &w_o[3] },
	[131] = { &w_m[18] },
	[132] = { &w_w[11] },
	[133] = { &w_l[0] },
	[135] = { &w_l[4] },
	[136] = { &w_a[8] },
	[137] = { &w_s[13] },
	[138] = { &w_t[18] },
	[140] = { &w_g[1] },
	[141] = { &w_p[0] },
	[142] = { &w_m[12] },
	[144] = { &w_f[21] },
	[146] = { &w_e[4] },
	[158] = { &w_j[3], &w_s[23] },
	[160] = { &w_j[5] },
	[161] = { &w_q[1] },
	[163] = { &w_o[2] },
	[167] = { &w_c[6] },
	[172] = { &w_m[4] },
	[179] = { &w_d[0] },
	[184] = { &w_w[6] },
	[186] = { &w_a[3], &w_s[34] },
	[190] = { &w_t[4] },
	[192] = { &w_j[0], &w_t[5] },
	[196] = { &w_r[3] },
	[199] = { &w_m[13] },
	[205] = { &w_m[8] },
	[207] = { &w_t[26] },
	[208] = { &w_t[12] },
	[213] = { &w_s[35] },
	[214] = { &w_h[0] },
	[217] = { &w_m[6] },
	[231] = { &w_q[0] },
	[236] = { &w_a[18] },
	[241] = { &w_d[5] },
	[249] = { &w_t[30] },
	[252] = { &w_f[6] },
	[259] = { &w_t[31] },
	[260] = { &w_a[10], &w_t[29] },
	[270] = { &w_r[4] },
	[280] = { &w_a[5] },
	[285] = { &w_e[2] },
	[298] = { &w_c[8] },
	[301] = { &w_f[23] },
	[308] = { &w_r[7] },
	[317] = { &w_e[17], &w_w[0] },
	[321] = { &w_n[8] },
	[323] = { &w_t[17] },
	[324] = { &w_d[8] },
	[328] = { &w_l[7] },
	[332] = { &w_a[2], &w_s[0] },
	[335] = { &w_m[5] },
	[341] = { &w_s[18] },
	[348] = { &w_n[6] },
	[353] = { &w_s[10] },
	[356] = { &w_s[16] },
	[358] = { &w_w[9] },
	[367] = { &w_u[0] },
	[372] = { &w_w[8] },
	[376] = { &w_f[3] },
	[379] = { &w_s[3] },
	[380] = { &w_e[14] },
	[382] = { &w_b[1] },
	[384] = { &w_f[17] },
	[385] = { &w_t[28] },
	[386] = { &w_n[5] },
	[389] = { &w_j[4] },
	[395] = { &w_t[10] },
	[401] = { &w_p[3] },
	[411] = { &w_h[6], &w_j[2] },
	[413] = { &w_w[5] },
	[428] = { &w_f[18] },
	[429] = { &w_w[1] },
	[437] = { &w_t[13] },
	[444] = { &w_t[25] },
	[459] = { &w_c[7] },
	[467] = { &w_t[8] },
	[468] = { &w_l[5] },
	[482] = { &w_f[16], &w_n[11] },
	[485] = { &w_f[9], &w_s[31] },
	[487] = { &w_s[28] },
	[493] = { &w_e[1] },
	[505] = { &w_f[22] },
	[506] = { &w_e[12] },
	[514] = { &w_t[22] },
	[515] = { &w_d[3] },
	[519] = { &w_t[16] },
	[521] = { &w_d[6] },
	[530] = { &w_n[7] },
	[544] = { &w_n[14] },
	[546] = { &w_r[5] },
	[552] = { &w_a[17], &w_e[8] },
	[555] = { &w_y[3] },
	[561] = { &w_t[19] },
	[563] = { &w_s[32] },
	[569] = { &w_r[6] },
	[574] = { &w_p[2] },
	[579] = { &w_d[9] },
	[581] = { &w_n[13] },
	[582] = { &w_p[4] },
	[593] = { &w_f[20] },
	[595] = { &w_s[29] },
	[601] = { &w_t[0] },
	[602] = { &w_q[2] },
	[605] = { &w_s[33] },
	[607] = { &w_f[4] },
	[619] = { &w_m[11] },
	[621] = { &w_c[0] },
	[635] = { &w_f[8] },
	[638] = { &w_u[2] },
	[644] = { &w_f[0] },
	[645] = { &w_s[4] },
	[646] = { &w_r[2], &w_s[27] },
	[647] = { &w_s[14] },
	[649] = { &w_w[13] },
	[655] = { &w_t[9] },
	[664] = { &w_m[0] },
	[667] = { &w_f[2] },
	[676] = { &w_e[15] },
	[682] = { &w_e[16] },
	[686] = { &w_n[15] },
	[696] = { &w_t[1] },
	[701] = { &w_h[3], &w_n[4] },
	[710] = { &w_d[2] },
	[719] = { &w_u[1] },
	[720] = { &w_i[0] },
	[722] = { &w_f[10] },
	[723] = { &w_a[11] },
	[725] = { &w_l[6], &w_s[1] },
	[726] = { &w_l[3] },
	[727] = { &w_s[37] },
	[728] = { &w_s[15], &w_s[20] },
	[730] = { &w_s[21] },
	[731] = { &w_a[4], &w_c[4] },
	[735] = { &w_w[4] },
	[737] = { &w_f[14], &w_f[15] },
	[744] = { &w_m[15] },
	[752] = { &w_m[1] },
	[754] = { &w_s[11] },
	[760] = { &w_w[2] },
	[761] = { &w_t[15] },
	[763] = { &w_m[17] },
	[764] = { &w_j[1] },
	[766] = { &w_c[1] },
	[772] = { &w_i[5] },
	[782] = { &w_n[1] },
	[783] = { &w_i[2] },
	[784] = { &w_d[1] },
	[785] = { &w_n[3] },
	[792] = { &w_r[1] },
	[793] = { &w_e[13], &w_t[14] },
	[810] = { &w_a[15] },
	[814] = { &w_f[7] },
	[817] = { &w_s[12] },
	[822] = { &w_b[2] },
	[823] = { &w_w[12] },
	[828] = { &w_f[12] },
	[835] = { &w_c[3] },
	[846] = { &w_a[12], &w_a[16] },
	[856] = { &w_h[4] },
	[857] = { &w_a[6], &w_g[0] },
	[868] = { &w_a[7] },
	[884] = { &w_w[14] },
	[891] = { &w_u[3] },
	[896] = { &w_h[5] },
	[906] = { &w_y[0] },
	[907] = { &w_y[2] },
	[909] = { &w_p[1] },
	[911] = { &w_a[13], &w_s[30] },
	[913] = { &w_t[24] },
	[916] = { &w_h[1] },
	[923] = { &w_t[3] },
	[925] = { &w_t[21] },
	[933] = { &w_o[4], &w_s[5] },
	[935] = { &w_m[7] },
	[937] = { &w_p[5] },
	[943] = { &w_t[11] },
	[956] = { &w_y[1] },
	[959] = { &w_n[2], &w_w[3] },
	[962] = { &w_f[13] },
	[963] = { &w_e[5] },
	[968] = { &w_d[4] },
	[970] = { &w_a[14] },
	[971] = { &w_o[1] },
	[978] = { &w_h[8] },
	[980] = { &w_t[23] },
	[983] = { &w_n[0], &w_t[6] },
	[987] = { &w_s[36] },
	[993] = { &w_l[2], &w_m[16] },
	[994] = { &w_c[5] },
	[997] = { &w_d[7] },
	[999] = { &w_l[1] },
	[1000] = { &w_e[7], &w_s[8] },
	[1005] = { &w_m[9] },
	[1006] = { &w_s[9] },
	[1013] = { &w_b[0] },
	[1017] = { &w_s[2] },
	[1018] = { &w_a[9] },
	[1019] = { &w_e[9] },
	[1022] = { &w_s[24] },
};
const unsigned short dw_lenmask[26][26] = {
	[0][1] = 0x0020, [0][3] = 0x0100, [0][5] = 0x0600,
	[0][6] = 0x0008, [0][8] = 0x0010, [0][11] = 0x0040,
	[0][13] = 0x0304, [0][15] = 0x2028, [0][17] = 0x0060,
	[0][20] = 0x0048, [1][0] = 0x0020, [1][4] = 0x0028,
	[1][17] = 0x0020, [2][0] = 0x0050, [2][4] = 0x0280,
	[2][7] = 0x0200, [2][14] = 0x0240, [2][20] = 0x0280,
	[3][0] = 0x0038, [3][4] = 0x01c8, [3][8] = 0x0008,
	[3][20] = 0x0008, [4][0] = 0x00b0, [4][8] = 0x0560,
	[4][11] = 0x0140, [4][21] = 0x01a0, [4][23] = 0x01c0,
	[5][0] = 0x0010, [5][4] = 0x0118, [5][8] = 0x02f0,
	[5][14] = 0x07f0, [5][17] = 0x00c8, [6][0] = 0x0010,
	[6][14] = 0x0020, [7][0] = 0x0218, [7][4] = 0x0010,
	[7][8] = 0x0008, [7][14] = 0x0070, [7][20] = 0x0080,
	[8][13] = 0x15c0, [9][0] = 0x0088, [9][20] = 0x0018,
	[11][0] = 0x0070, [11][4] = 0x0010, [11][8] = 0x0080,
	[11][11] = 0x0004, [11][14] = 0x0010, [12][0] = 0x0038,
	[12][4] = 0x0108, [12][8] = 0x01c8, [12][14] = 0x01e8,
	[13][4] = 0x0050, [13][8] = 0x0570, [13][14] = 0x0118,
	[14][2] = 0x0088, [14][13] = 0x0008, [14][21] = 0x0210,
	[15][0] = 0x0010, [15][11] = 0x00b0, [15][17] = 0x0100,
	[16][20] = 0x0190, [17][0] = 0x0008, [17][4] = 0x01c8,
	[17][14] = 0x0090, [18][0] = 0x0318, [18][2] = 0x0300,
	[18][4] = 0x0af8, [18][7] = 0x0020, [18][8] = 0x02a8,
	[18][14] = 0x0010, [18][15] = 0x0060, [18][19] = 0x0140,
	[18][20] = 0x01c8, [19][4] = 0x0028, [19][7] = 0x1778,
	[19][14] = 0x01b0, [19][20] = 0x0198, [19][22] = 0x03c8,
	[20][13] = 0x0060, [20][15] = 0x0100, [20][18] = 0x0010,
	[22][0] = 0x0008, [22][4] = 0x07f8, [22][8] = 0x0050,
	[22][14] = 0x0028, [24][4] = 0x0270
};
const unsigned short dw_startmask[26][26] = {
	[0][1] = 0x0020, [0][5] = 0x0600, [0][6] = 0x0008,
	[0][11] = 0x0040, [0][13] = 0x0104, [0][15] = 0x2028,
	[0][17] = 0x0040, [0][20] = 0x0048, [2][4] = 0x0280,
	[2][7] = 0x0200, [2][14] = 0x0040, [2][20] = 0x0280,
	[3][0] = 0x0038, [3][4] = 0x01c8, [4][0] = 0x00b0,
	[4][8] = 0x0560, [4][11] = 0x0140, [4][21] = 0x01a0,
	[5][0] = 0x0010, [5][4] = 0x0108, [5][8] = 0x02f0,
	[5][14] = 0x07f0, [5][17] = 0x00c8, [7][0] = 0x0210,
	[7][14] = 0x0070, [8][13] = 0x1000, [9][0] = 0x0088,
	[9][20] = 0x0018, [11][0] = 0x0070, [12][0] = 0x0038,
	[12][4] = 0x0100, [12][8] = 0x01c8, [12][14] = 0x01e8,
	[13][4] = 0x0050, [13][8] = 0x0570, [13][14] = 0x0118,
	[14][2] = 0x0088, [14][13] = 0x0008, [14][21] = 0x0210,
	[15][0] = 0x0010, [15][17] = 0x0100, [16][20] = 0x0180,
	[17][4] = 0x0140, [17][14] = 0x0080, [18][0] = 0x0308,
	[18][4] = 0x0af8, [18][8] = 0x02a8, [18][15] = 0x0040,
	[18][20] = 0x00c8, [19][4] = 0x0028, [19][7] = 0x1778,
	[19][14] = 0x01a0, [19][20] = 0x0198, [19][22] = 0x03c8,
	[22][4] = 0x07f8, [22][8] = 0x0040, [24][4] = 0x0270
};
/* END hash */

/* The hash of the n letters at s, ASCII case folded. */
static unsigned
dw_hashof(const char *s, size_t n)
{
	uint32_t x = 0;
	size_t i;

	for (i = 0; i < n; i++)
		x = x * DW_HASHMUL + ((unsigned char)s[i] | 0x20);
	return (x ^ (x >> 15)) % DW_HASHSIZE;
}

/*
 * dw_lookup: the entry for the n letters at s (any case), or NULL.  The
 * caller checks the DW_CAP flag against the case as written.
 */
const struct dateword *
dw_lookup(const char *s, size_t n)
{
	const struct dateword *d;
	unsigned h, k;

	if (n == 0 || n > 13)
		return NULL;
	if (n > 1) {
		k = ((unsigned)(unsigned char)s[0] | 0x20) - 'a';
		h = ((unsigned)(unsigned char)s[1] | 0x20) - 'a';
		if (k >= 26 || h >= 26 || !(dw_lenmask[k][h] >> n & 1))
			return NULL;
	}
	h = dw_hashof(s, n);
	for (k = 0; k < 2 && (d = dw_hash[h][k]) != NULL; k++) {
		size_t j;

		if (d->len != n)
			continue;
		/* only A-Z and a-z fold (| 0x20) to a-z, the table's bytes */
		for (j = 0; j < n && ((unsigned char)s[j] | 0x20) ==
		    (unsigned char)d->w[j]; j++)
			;
		if (j == n)
			return d;
	}
	return NULL;
}

/* dw_check: 0 when the length masks agree with the tables (for the tests). */
int
dw_check(void)
{
	const struct dateword *d;
	int c;

	for (c = 0; c < 26; c++)
		for (d = bylet[c]; d->w != NULL; d++)
			if (d->w[0] - 'a' != c || dw_lookup(d->w, d->len) != d ||
			    (d->len > 1 && d->cls != DW_CUE &&
			    !(dw_startmask[c][d->w[1] - 'a'] >> d->len & 1)))
				return -1;
	return 0;
}
