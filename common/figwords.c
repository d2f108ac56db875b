/*
 * figwords.c -- the vocabulary of figures as tables, and the matchers that
 * look a phrase up at a position.  Matching is ASCII case-insensitive and
 * wants whole words: "km" does not match the start of "kmph".
 */
#include <string.h>

#include "fig.h"
#include "figwords.h"
#include "text.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* A table of name##v, with the index it fills on first use. */
#define FIGTAB(name)							\
	_Static_assert(NELEM(name##v) - 1 <= FW_MAX, "table too long");	\
	static struct fw_index name##_ix;				\
	const struct figtab name[1] = {					\
		{ name##v, NELEM(name##v) - 1, &name##_ix }		\
	}

static const struct figword fw_smallv[] = {
	{ FW("eight"), NULL, 8 }, { FW("eighteen"), NULL, 18 },
	{ FW("eighty"), NULL, 80 }, { FW("eleven"), NULL, 11 },
	{ FW("fifteen"), NULL, 15 }, { FW("fifty"), NULL, 50 },
	{ FW("five"), NULL, 5 }, { FW("forty"), NULL, 40 },
	{ FW("four"), NULL, 4 }, { FW("fourteen"), NULL, 14 },
	{ FW("nine"), NULL, 9 }, { FW("nineteen"), NULL, 19 },
	{ FW("ninety"), NULL, 90 }, { FW("one"), NULL, 1 },
	{ FW("seven"), NULL, 7 }, { FW("seventeen"), NULL, 17 },
	{ FW("seventy"), NULL, 70 }, { FW("six"), NULL, 6 },
	{ FW("sixteen"), NULL, 16 }, { FW("sixty"), NULL, 60 },
	{ FW("ten"), NULL, 10 }, { FW("thirteen"), NULL, 13 },
	{ FW("thirty"), NULL, 30 }, { FW("three"), NULL, 3 },
	{ FW("twelve"), NULL, 12 }, { FW("twenty"), NULL, 20 },
	{ FW("two"), NULL, 2 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_small);

/* Scale words and their power of ten; "hundred" and "dozen" multiply. */
static const struct figword fw_bigv[] = {
	{ FW("billion"), NULL, 9 }, { FW("billions"), NULL, 9 },
	{ FW("bln"), NULL, 9 }, { FW("bn"), NULL, 9 }, { FW("cr"), NULL, 7 },
	{ FW("crore"), NULL, 7 }, { FW("crores"), NULL, 7 },
	{ FW("hundred"), NULL, 2 }, { FW("lac"), NULL, 5 },
	{ FW("lacs"), NULL, 5 }, { FW("lakh"), NULL, 5 },
	{ FW("lakhs"), NULL, 5 }, { FW("million"), NULL, 6 },
	{ FW("millions"), NULL, 6 }, { FW("mln"), NULL, 6 },
	{ FW("mn"), NULL, 6 }, { FW("thousand"), NULL, 3 },
	{ FW("tn"), NULL, 12 }, { FW("trillion"), NULL, 12 },
	{ FW("trln"), NULL, 12 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_big);

/* Scales glued to the digits: 3k, $5bn, 600m, 1.2tn. */
static const struct figword fw_attscalev[] = {
	{ FW("b"), NULL, 9 }, { FW("bln"), NULL, 9 }, { FW("bn"), NULL, 9 },
	{ FW("k"), NULL, 3 }, { FW("m"), NULL, 6 }, { FW("mln"), NULL, 6 },
	{ FW("mn"), NULL, 6 }, { FW("t"), NULL, 12 }, { FW("tn"), NULL, 12 },
	{ FW("trn"), NULL, 12 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_attscale);

/* Denominators: val is q of 1/q. */
static const struct figword fw_denomv[] = {
	{ FW("eighth"), NULL, 8 }, { FW("eighths"), NULL, 8 },
	{ FW("fifth"), NULL, 5 }, { FW("fifths"), NULL, 5 },
	{ FW("fourth"), NULL, 4 }, { FW("fourths"), NULL, 4 },
	{ FW("half"), NULL, 2 }, { FW("halves"), NULL, 2 },
	{ FW("quarter"), NULL, 4 }, { FW("quarters"), NULL, 4 },
	{ FW("sixth"), NULL, 6 }, { FW("sixths"), NULL, 6 },
	{ FW("tenth"), NULL, 10 }, { FW("tenths"), NULL, 10 },
	{ FW("third"), NULL, 3 }, { FW("thirds"), NULL, 3 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_denom);

/* Vague plurals, read as at least this many (DESIGN.md). */
static const struct figword fw_vaguev[] = {
	{ FW("billions"), NULL, 1000000000 }, { FW("dozens"), NULL, 12 },
	{ FW("hundreds"), NULL, 100 },
	{ FW("hundreds of millions"), NULL, 100000000 },
	{ FW("hundreds of thousands"), NULL, 100000 },
	{ FW("millions"), NULL, 1000000 }, { FW("scores of"), NULL, 20 },
	{ FW("tens of millions"), NULL, 10000000 },
	{ FW("tens of thousands"), NULL, 10000 },
	{ FW("thousands"), NULL, 1000 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_vague);

static const struct figword fw_pctv[] = {
	{ FW("%"), "%", 0 }, { FW("basis point"), "basis points", 0 },
	{ FW("basis points"), "basis points", 0 },
	{ FW("bp"), "basis points", 0 }, { FW("bps"), "basis points", 0 },
	{ FW("pc"), "%", 0 }, { FW("pct"), "%", 0 },
	{ FW("pct point"), "pp", 0 }, { FW("pct points"), "pp", 0 },
	{ FW("per cent"), "%", 0 }, { FW("per-cent"), "%", 0 },
	{ FW("percent"), "%", 0 }, { FW("percent points"), "pp", 0 },
	{ FW("percentage point"), "pp", 0 },
	{ FW("percentage points"), "pp", 0 }, { FW("point"), "points", 0 },
	{ FW("points"), "points", 0 }, { FW("pp"), "pp", 0 },
	{ FW("pts"), "points", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_pct);

static const struct figword fw_cursufv[] = {
	{ FW("australian dlrs"), "AUD", 0 },
	{ FW("australian dollars"), "AUD", 0 }, { FW("baht"), "THB", 0 },
	{ FW("brazilian reais"), "BRL", 0 },
	{ FW("british pounds"), "GBP", 0 }, { FW("bucks"), "USD", 0 },
	{ FW("canadian dlrs"), "CAD", 0 }, { FW("canadian dollars"), "CAD", 0 },
	{ FW("cent"), "cent", 0 }, { FW("cents"), "cent", 0 },
	{ FW("chinese yuan"), "CNY", 0 },
	{ FW("crowns"), "SEK", 0 }, { FW("cts"), "cent", 0 },
	{ FW("danish crowns"), "DKK", 0 }, { FW("dirham"), "AED", 0 },
	{ FW("dirhams"), "AED", 0 }, { FW("dlr"), "USD", 0 },
	{ FW("dlrs"), "USD", 0 }, { FW("dollar"), "USD", 0 },
	{ FW("dollars"), "USD", 0 }, { FW("egyptian pounds"), "EGP", 0 },
	{ FW("euro"), "EUR", 0 }, { FW("euros"), "EUR", 0 },
	{ FW("francs"), "CHF", 0 }, { FW("guilders"), "NLG", 0 },
	{ FW("h.k. dlrs"), "HKD", 0 }, { FW("h.k. dollars"), "HKD", 0 },
	{ FW("hk dlrs"), "HKD", 0 }, { FW("hong kong dollars"), "HKD", 0 },
	{ FW("hryvnias"), "UAH", 0 }, { FW("indian rupees"), "INR", 0 },
	{ FW("japanese yen"), "JPY", 0 },
	{ FW("kina"), "PGK", 0 }, { FW("krona"), "SEK", 0 },
	{ FW("kronor"), "SEK", 0 }, { FW("kuwaiti dinars"), "KWD", 0 },
	{ FW("lebanese pounds"), "LBP", 0 }, { FW("lira"), "TRY", 0 },
	{ FW("malaysian ringgit"), "MYR", 0 },
	{ FW("mexican pesos"), "MXN", 0 }, { FW("n.z. dlrs"), "NZD", 0 },
	{ FW("naira"), "NGN", 0 }, { FW("nepalese rupees"), "NPR", 0 },
	{ FW("new zealand dlrs"), "NZD", 0 },
	{ FW("new zealand dollars"), "NZD", 0 },
	{ FW("norwegian crowns"), "NOK", 0 },
	{ FW("pakistani rupees"), "PKR", 0 }, { FW("pence"), "pence", 0 },
	{ FW("pennies"), "pence", 0 }, { FW("pesos"), "MXN", 0 },
	{ FW("philippine pesos"), "PHP", 0 }, { FW("pound"), "GBP", 0 },
	{ FW("pounds"), "GBP", 0 }, { FW("pounds sterling"), "GBP", 0 },
	{ FW("qatari riyals"), "QAR", 0 }, { FW("rand"), "ZAR", 0 },
	{ FW("reais"), "BRL", 0 }, { FW("renminbi"), "CNY", 0 },
	{ FW("ringgit"), "MYR", 0 }, { FW("riyal"), "SAR", 0 },
	{ FW("riyals"), "SAR", 0 }, { FW("roubles"), "RUB", 0 },
	{ FW("rubles"), "RUB", 0 }, { FW("rupee"), "INR", 0 },
	{ FW("rupees"), "INR", 0 }, { FW("rupiah"), "IDR", 0 },
	{ FW("russian roubles"), "RUB", 0 }, { FW("russian rubles"), "RUB", 0 },
	{ FW("saudi riyals"), "SAR", 0 }, { FW("shekels"), "ILS", 0 },
	{ FW("singapore dlrs"), "SGD", 0 },
	{ FW("singapore dollars"), "SGD", 0 },
	{ FW("sri lankan rupees"), "LKR", 0 }, { FW("sterling"), "GBP", 0 },
	{ FW("stg"), "GBP", 0 }, { FW("swedish crowns"), "SEK", 0 },
	{ FW("swiss francs"), "CHF", 0 }, { FW("taiwan dlrs"), "TWD", 0 },
	{ FW("taiwan dollars"), "TWD", 0 }, { FW("taka"), "BDT", 0 },
	{ FW("takas"), "BDT", 0 }, { FW("turkish lira"), "TRY", 0 },
	{ FW("u.s. dlrs"), "USD", 0 }, { FW("u.s. dollars"), "USD", 0 },
	{ FW("us dlrs"), "USD", 0 }, { FW("us dollar"), "USD", 0 },
	{ FW("us dollars"), "USD", 0 }, { FW("yen"), "JPY", 0 },
	{ FW("yuan"), "CNY", 0 }, { FW("\xc2\xa2"), "cent", 0 },
	{ FW("\xc2\xa3"), "GBP", 0 }, { FW("\xe2\x82\xac"), "EUR", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_cursuf);

/* Currencies whose name is a common word: only after a scale word. */
static const struct figword fw_curscalev[] = {
	{ FW("marks"), "DEM", 0 }, { FW("rand"), "ZAR", 0 },
	{ FW("won"), "KRW", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_curscale);

/* Codes and abbreviations written before the number, a space optional. */
static const struct figword fw_curprev[] = {
	{ FW("aed"), "AED", 0 }, { FW("aud"), "AUD", 0 },
	{ FW("bdt"), "BDT", 0 }, { FW("brl"), "BRL", 0 },
	{ FW("cad"), "CAD", 0 }, { FW("chf"), "CHF", 0 },
	{ FW("cny"), "CNY", 0 }, { FW("dkk"), "DKK", 0 },
	{ FW("egp"), "EGP", 0 }, { FW("eur"), "EUR", 0 },
	{ FW("gbp"), "GBP", 0 }, { FW("hkd"), "HKD", 0 },
	{ FW("idr"), "IDR", 0 }, { FW("inr"), "INR", 0 },
	{ FW("jpy"), "JPY", 0 }, { FW("krw"), "KRW", 0 },
	{ FW("lkr"), "LKR", 0 }, { FW("mxn"), "MXN", 0 },
	{ FW("myr"), "MYR", 0 }, { FW("ngn"), "NGN", 0 },
	{ FW("nok"), "NOK", 0 }, { FW("npr"), "NPR", 0 },
	{ FW("nzd"), "NZD", 0 }, { FW("pkr"), "PKR", 0 },
	{ FW("rmb"), "CNY", 0 }, { FW("rp"), "IDR", 0 }, { FW("rs"), "INR", 0 },
	{ FW("rs."), "INR", 0 }, { FW("rub"), "RUB", 0 },
	{ FW("sar"), "SAR", 0 }, { FW("sek"), "SEK", 0 },
	{ FW("sgd"), "SGD", 0 }, { FW("tk"), "BDT", 0 },
	{ FW("tk."), "BDT", 0 }, { FW("usd"), "USD", 0 },
	{ FW("zar"), "ZAR", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_curpre);

/* Symbols, longest first where one ends another. */
static const struct figword fw_cursymv[] = {
	{ FW("$"), "USD", 0 }, { FW("a$"), "AUD", 0 }, { FW("c$"), "CAD", 0 },
	{ FW("hk$"), "HKD", 0 }, { FW("nz$"), "NZD", 0 },
	{ FW("r$"), "BRL", 0 }, { FW("s$"), "SGD", 0 }, { FW("us$"), "USD", 0 },
	{ FW("\xc2\xa3"), "GBP", 0 }, { FW("\xc2\xa5"), "JPY", 0 },
	{ FW("\xe0\xa7\xb3"), "BDT", 0 }, { FW("\xe2\x82\xa9"), "KRW", 0 },
	{ FW("\xe2\x82\xac"), "EUR", 0 }, { FW("\xe2\x82\xb9"), "INR", 0 },
	{ FW("\xe2\x82\xbd"), "RUB", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_cursym);

/* Units of measure, in the canonical spelling nfig writes. */
/* durations are figures too: "three-day", "nearly 200 years" */
static const struct figword fw_measurev[] = {
	{ FW("acre"), "acres", 0 }, { FW("acres"), "acres", 0 },
	{ FW("barrel"), "barrels", 0 }, { FW("barrels"), "barrels", 0 },
	{ FW("bpd"), "bpd", 0 }, { FW("celsius"), "\xc2\xb0" "C", 0 },
	{ FW("centigrade"), "\xc2\xb0" "C", 0 }, { FW("centimeters"), "cm", 0 },
	{ FW("centimetres"), "cm", 0 }, { FW("centuries"), "centuries", 0 },
	{ FW("century"), "centuries", 0 }, { FW("cm"), "cm", 0 },
	{ FW("cu ft"), "cubic feet", 0 }, { FW("cubic feet"), "cubic feet", 0 },
	{ FW("cubic meters"), "cubic metres", 0 },
	{ FW("cubic metres"), "cubic metres", 0 }, { FW("day"), "days", 0 },
	{ FW("days"), "days", 0 }, { FW("decade"), "decades", 0 },
	{ FW("decades"), "decades", 0 }, { FW("deg"), "\xc2\xb0", 0 },
	{ FW("deg c"), "\xc2\xb0" "C", 0 },
	{ FW("deg celsius"), "\xc2\xb0" "C", 0 },
	{ FW("deg f"), "\xc2\xb0" "F", 0 },
	{ FW("deg fahrenheit"), "\xc2\xb0" "F", 0 },
	{ FW("degree"), "\xc2\xb0", 0 },
	{ FW("degree celsius"), "\xc2\xb0" "C", 0 },
	{ FW("degree fahrenheit"), "\xc2\xb0" "F", 0 },
	{ FW("degrees"), "\xc2\xb0", 0 },
	{ FW("degrees c"), "\xc2\xb0" "C", 0 },
	{ FW("degrees celsius"), "\xc2\xb0" "C", 0 },
	{ FW("degrees centigrade"), "\xc2\xb0" "C", 0 },
	{ FW("degrees f"), "\xc2\xb0" "F", 0 },
	{ FW("degrees fahrenheit"), "\xc2\xb0" "F", 0 },
	{ FW("fahrenheit"), "\xc2\xb0" "F", 0 }, { FW("feet"), "ft", 0 },
	{ FW("foot"), "ft", 0 }, { FW("ft"), "ft", 0 },
	{ FW("gallons"), "gallons", 0 }, { FW("gb"), "GB", 0 },
	{ FW("gigabytes"), "GB", 0 }, { FW("gigawatts"), "GW", 0 },
	{ FW("grammes"), "g", 0 }, { FW("grams"), "g", 0 },
	{ FW("gw"), "GW", 0 }, { FW("gwh"), "GWh", 0 }, { FW("ha"), "ha", 0 },
	{ FW("hectare"), "ha", 0 }, { FW("hectares"), "ha", 0 },
	{ FW("hour"), "hours", 0 }, { FW("hours"), "hours", 0 },
	{ FW("hr"), "hours", 0 }, { FW("hrs"), "hours", 0 },
	{ FW("inch"), "in", 0 }, { FW("inches"), "in", 0 },
	{ FW("kg"), "kg", 0 }, { FW("kgs"), "kg", 0 }, { FW("kilo"), "kg", 0 },
	{ FW("kilogram"), "kg", 0 }, { FW("kilogrammes"), "kg", 0 },
	{ FW("kilograms"), "kg", 0 }, { FW("kilometer"), "km", 0 },
	{ FW("kilometers"), "km", 0 }, { FW("kilometers per hour"), "km/h", 0 },
	{ FW("kilometre"), "km", 0 }, { FW("kilometres"), "km", 0 },
	{ FW("kilometres per hour"), "km/h", 0 }, { FW("kilos"), "kg", 0 },
	{ FW("kilowatts"), "kW", 0 }, { FW("km"), "km", 0 },
	{ FW("km an hour"), "km/h", 0 }, { FW("km per hour"), "km/h", 0 },
	{ FW("km/h"), "km/h", 0 }, { FW("km/hr"), "km/h", 0 },
	{ FW("km2"), "km\xc2\xb2", 0 }, { FW("kmph"), "km/h", 0 },
	{ FW("kms"), "km", 0 }, { FW("km\xc2\xb2"), "km\xc2\xb2", 0 },
	{ FW("kph"), "km/h", 0 }, { FW("kw"), "kW", 0 },
	{ FW("kwh"), "kWh", 0 }, { FW("lb"), "lb", 0 }, { FW("lbs"), "lb", 0 },
	{ FW("liter"), "l", 0 }, { FW("liters"), "l", 0 },
	{ FW("litre"), "l", 0 }, { FW("litres"), "l", 0 },
	{ FW("mb"), "MB", 0 }, { FW("megabytes"), "MB", 0 },
	{ FW("megawatts"), "MW", 0 }, { FW("meter"), "m", 0 },
	{ FW("meters"), "m", 0 }, { FW("metre"), "m", 0 },
	{ FW("metres"), "m", 0 }, { FW("metric tonnes"), "tonnes", 0 },
	{ FW("metric tons"), "tonnes", 0 }, { FW("mg"), "mg", 0 },
	{ FW("mile"), "mi", 0 }, { FW("miles"), "mi", 0 },
	{ FW("miles an hour"), "mph", 0 }, { FW("miles per hour"), "mph", 0 },
	{ FW("milligrams"), "mg", 0 }, { FW("millilitres"), "ml", 0 },
	{ FW("millimeters"), "mm", 0 }, { FW("millimetres"), "mm", 0 },
	{ FW("min"), "minutes", 0 }, { FW("mins"), "minutes", 0 },
	{ FW("minute"), "minutes", 0 }, { FW("minutes"), "minutes", 0 },
	{ FW("ml"), "ml", 0 }, { FW("mm"), "mm", 0 },
	{ FW("month"), "months", 0 }, { FW("months"), "months", 0 },
	{ FW("mph"), "mph", 0 }, { FW("mw"), "MW", 0 }, { FW("mwh"), "MWh", 0 },
	{ FW("m\xc2\xb2"), "m\xc2\xb2", 0 },
	{ FW("m\xc2\xb3"), "cubic metres", 0 }, { FW("ounce"), "oz", 0 },
	{ FW("ounces"), "oz", 0 }, { FW("oz"), "oz", 0 },
	{ FW("second"), "seconds", 0 }, { FW("seconds"), "seconds", 0 },
	{ FW("secs"), "seconds", 0 }, { FW("sq ft"), "sq ft", 0 },
	{ FW("sq km"), "km\xc2\xb2", 0 }, { FW("sq m"), "m\xc2\xb2", 0 },
	{ FW("square feet"), "sq ft", 0 },
	{ FW("square kilometers"), "km\xc2\xb2", 0 },
	{ FW("square kilometres"), "km\xc2\xb2", 0 },
	{ FW("square meters"), "m\xc2\xb2", 0 },
	{ FW("square metres"), "m\xc2\xb2", 0 }, { FW("tb"), "TB", 0 },
	{ FW("terabytes"), "TB", 0 }, { FW("ton"), "tons", 0 },
	{ FW("tonne"), "tonnes", 0 }, { FW("tonnes"), "tonnes", 0 },
	{ FW("tons"), "tons", 0 }, { FW("twh"), "TWh", 0 },
	{ FW("week"), "weeks", 0 }, { FW("weeks"), "weeks", 0 },
	{ FW("yards"), "yd", 0 }, { FW("year"), "years", 0 },
	{ FW("years"), "years", 0 }, { FW("yrs"), "years", 0 },
	{ FW("\xc2\xb0"), "\xc2\xb0", 0 },
	{ FW("\xc2\xb0 c"), "\xc2\xb0" "C", 0 },
	{ FW("\xc2\xb0 celsius"), "\xc2\xb0" "C", 0 },
	{ FW("\xc2\xb0 fahrenheit"), "\xc2\xb0" "F", 0 },
	{ FW("\xc2\xb0" "c"), "\xc2\xb0" "C", 0 },
	{ FW("\xc2\xb0" "celsius"), "\xc2\xb0" "C", 0 },
	{ FW("\xc2\xb0" "f"), "\xc2\xb0" "F", 0 },
	{ FW("\xc2\xb0" "fahrenheit"), "\xc2\xb0" "F", 0 },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_measure);

/* Bound words before the number.  canon "in" keeps them in the span. */
static const struct figword fw_beforev[] = {
	{ FW("a maximum of"), "in", FIG_LE },
	{ FW("a minimum of"), "in", FIG_GE },
	{ FW("about"), "out", FIG_APPROX }, { FW("above"), "in", FIG_GT },
	{ FW("almost"), "in", FIG_LT },
	{ FW("an estimated"), "out", FIG_APPROX },
	{ FW("approx."), "out", FIG_APPROX },
	{ FW("approximately"), "out", FIG_APPROX },
	{ FW("around"), "out", FIG_APPROX }, { FW("as high as"), "in", FIG_LE },
	{ FW("as many as"), "in", FIG_LE }, { FW("as much as"), "in", FIG_LE },
	{ FW("at least"), "in", FIG_GE }, { FW("at most"), "in", FIG_LE },
	{ FW("below"), "in", FIG_LT }, { FW("circa"), "out", FIG_APPROX },
	{ FW("close to"), "out", FIG_APPROX },
	{ FW("estimated"), "out", FIG_APPROX },
	{ FW("fewer than"), "in", FIG_LT },
	{ FW("greater than"), "in", FIG_GT },
	{ FW("higher than"), "in", FIG_GT },
	{ FW("in excess of"), "in", FIG_GT }, { FW("just over"), "in", FIG_GT },
	{ FW("just under"), "in", FIG_LT }, { FW("less than"), "in", FIG_LT },
	{ FW("lower than"), "in", FIG_LT }, { FW("more than"), "in", FIG_GT },
	{ FW("nearly"), "in", FIG_LT }, { FW("no fewer than"), "in", FIG_GE },
	{ FW("no less than"), "in", FIG_GE },
	{ FW("no more than"), "in", FIG_LE },
	{ FW("not less than"), "in", FIG_GE },
	{ FW("not more than"), "in", FIG_LE }, { FW("over"), "in", FIG_GT },
	{ FW("roughly"), "out", FIG_APPROX }, { FW("some"), "out", FIG_APPROX },
	{ FW("under"), "in", FIG_LT }, { FW("up to"), "in", FIG_LE },
	{ FW("up to a maximum of"), "in", FIG_LE },
	{ FW("upwards of"), "in", FIG_GT }, { FW("well over"), "in", FIG_GT },
	{ FW("within"), "in", FIG_LE }, { FW("~"), "out", FIG_APPROX },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_before);

static const struct figword fw_afterv[] = {
	{ FW("-plus"), NULL, FIG_GE }, { FW("or above"), NULL, FIG_GE },
	{ FW("or below"), NULL, FIG_LE }, { FW("or fewer"), NULL, FIG_LE },
	{ FW("or higher"), NULL, FIG_GE }, { FW("or less"), NULL, FIG_LE },
	{ FW("or more"), NULL, FIG_GE }, { FW("or over"), NULL, FIG_GE },
	{ FW("or under"), NULL, FIG_LE }, { FW("plus"), NULL, FIG_GE },
	{ NULL, 0, NULL, 0 }
};
FIGTAB(fw_after);

static const char *const fw_stop_w[] = {
	"a", "about", "across", "after", "against", "ago", "all", "also", "am",
	"among", "an", "and", "another", "apiece", "are", "around", "as", "at",
	"be", "been", "before", "being", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "down", "due", "during", "each",
	"earlier", "either", "even", "every", "for", "from", "gmt", "had",
	"has", "have", "he", "her", "here", "his", "how", "i", "if", "in",
	"including", "into", "is", "it", "its", "just", "last", "later",
	"least", "less", "local", "may", "might", "more", "most", "my",
	"neither", "next", "no", "nor", "not", "of", "off", "old", "on", "only",
	"onto", "or", "other", "our", "out", "over", "per", "pm",
	"respectively", "said", "say", "says", "shall", "she", "should",
	"since", "so", "some", "still", "such", "than", "that", "the", "their",
	"them", "then", "there", "these", "they", "this", "those", "through",
	"till", "to", "toward", "towards", "under", "until", "up", "versus",
	"vs", "was", "we", "were", "what", "when", "where", "whether", "which",
	"while", "who", "whom", "whose", "why", "will", "with", "without",
	"would", "yet", "you", "your",
};
WORDLIST_EXTERN(fw_stop);

/* Nouns that a number names rather than counts: flight 370, page 12. */
static const char *const fw_label_w[] = {
	"apartment", "appendix", "area", "article", "articles", "avenue",
	"batch", "bay", "bed", "block", "booth", "category", "cell", "channel",
	"chapter", "class", "clause", "constituency", "district", "division",
	"edition", "episode", "exit", "flat", "flight", "gate", "grade",
	"group", "hall", "highway", "item", "lane", "level", "line", "model",
	"no", "nos", "num", "number", "page", "pages", "paragraph", "part",
	"phase", "pier", "pillar", "platform", "psalm", "road", "room", "route",
	"row", "scene", "season", "section", "sections", "sector", "squad",
	"stage", "street", "terminal", "tier", "track", "unit", "verse",
	"version", "vol", "volume", "ward", "window", "zone",
};
WORDLIST_EXTERN(fw_label);

static const char *const fw_change_w[] = {
	"accelerated", "boosted", "changed", "climbed", "cut", "decline",
	"declined", "decrease", "decreased", "decreases", "down", "drop",
	"dropped", "eased", "edged", "expanded", "fall", "fallen", "falling",
	"falls", "fell", "gained", "grew", "growing", "grown", "improved",
	"increase", "increased", "increases", "increasing", "jump", "jumped",
	"lost", "lowered", "moved", "narrowed", "plunged", "raised", "raising",
	"reduced", "revised", "rise", "risen", "rises", "rising", "rose",
	"shrank", "shrunk", "slid", "slipped", "slowed", "slumped", "soared",
	"surged", "tumbled", "up", "went", "widened",
};
WORDLIST_EXTERN(fw_change);

static const char *const fw_notone_w[] = {
	"another", "any", "anyone", "big", "each", "every", "everyone", "last",
	"little", "new", "no", "old", "only", "other", "right", "same",
	"someone", "that", "the", "this", "which", "wrong",
};
WORDLIST_EXTERN(fw_notone);

/*
 * Compare word w of the tables with s[i..n): letters fold case, a space in
 * w matches one or more white-space bytes.  The length matched, or 0.
 */
static size_t
wmatch(const char *s, size_t n, size_t i, const char *w)
{
	size_t j = i, k;

	for (; *w != '\0'; w++) {
		if (*w == ' ') {
			if ((k = txt_space_at(s, n, j)) == 0)
				return 0;
			j = fw_skip_space(s, n, j + k);
			continue;
		}
		if (j >= n || txt_tolower(s[j]) != *w)
			return 0;
		j++;
	}
	return j - i;
}

/*
 * fw_phrase: the length of the phrase w (lower case) at s[i], ending a
 * word if w ends in a letter or digit; 0 if it is not there.
 */
size_t
fw_phrase(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = wmatch(s, n, i, w), len = strlen(w);

	if (k == 0 || (txt_isalnum(w[len - 1]) && !fw_word_end(s, n, i + k)))
		return 0;
	return k;
}

/*
 * fw_match_all: the longest entry of t spelled at s[i] and ending a word; its
 * length (0 if none) and the entry in *hit.  An entry ending in a
 * non-letter ("%", "rs.") needs no word end after it.
 */
size_t
fw_match_all(const char *s, size_t n, size_t i, const struct figtab *tab,
    const struct figword **hit)
{
	const struct fw_index *ix = fw_index(tab);
	const struct figword *t;
	size_t best = 0, k;
	unsigned char c, d;

	*hit = NULL;
	if (i >= n)
		return 0;
	c = (unsigned char)txt_tolower(s[i]);
	if (ix->start[c] < 0)
		return 0;
	d = i + 1 < n ? (unsigned char)txt_tolower(s[i + 1]) : 0;
	/* the entries that start with c: they are sorted */
	for (t = tab->v + ix->start[c];
	    t->w != NULL && (unsigned char)t->w[0] == c; t++) {
		/* the second byte decides for most entries */
		if (((unsigned char)t->w[1] != d && t->w[1] != ' ' &&
		    t->w[1] != '\0'))
			continue;
		/* then the third, where the first two are letters */
		if ((unsigned char)t->w[1] == d && d != ' ' && d != '\0' &&
		    t->w[2] != ' ' && t->w[2] != '\0' && (i + 2 >= n ||
		    txt_tolower(s[i + 2]) != t->w[2]))
			continue;
		if ((k = wmatch(s, n, i, t->w)) <= best)
			continue;
		if (txt_isalnum(t->w[t->len - 1]) && !fw_word_end(s, n, i + k))
			continue;
		best = k;
		*hit = t;
	}
	return best;
}

/*
 * fw_match_before_all: the longest entry of t that ends at s[end] (white space
 * between it and end allowed) and starts a word; its start, or end if none.
 */
size_t
fw_match_before_all(const char *s, size_t end, const struct figtab *tab,
    const struct figword **hit)
{
	const struct fw_index *ix = fw_index(tab);
	const struct figword *t;
	size_t best = end, j, wl, st;
	int e;
	unsigned char c;

	*hit = NULL;
	j = end;
	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' ||
	    s[j - 1] == '\n'))
		j--;
	if (j == 0)
		return end;
	c = (unsigned char)txt_tolower(s[j - 1]);
	if (ix->end[c] < 0)
		return end;
	/* only the entries that end in c, in table order */
	for (e = ix->end[c]; e >= 0; e = ix->next_end[e]) {
		t = tab->v + e;
		wl = t->len;
		if (wl > j)
			continue;
		/*
		 * A match of wl bytes takes one byte for each space of the
		 * entry, so its bytes line up with the entry's: the one
		 * before the last turns most entries away.
		 */
		if (wl > 1 && t->w[wl - 2] != ' ' &&
		    txt_tolower(s[j - 2]) != t->w[wl - 2])
			continue;
		st = j - wl;
		if (wmatch(s, j, st, t->w) != wl || !fw_word_start(s, st))
			continue;
		if (st < best) {
			best = st;
			*hit = t;
		}
	}
	return best;
}

/*
 * fw_fill: work out the index of a table, on its first use: where the
 * entries of each first byte start, and a chain through the entries of
 * each last byte.
 */
const struct fw_index *
fw_fill(const struct figtab *tab)
{
	struct fw_index *ix = tab->ix;
	short *tail[256];
	size_t k, c;

	for (c = 0; c < 256; c++) {
		ix->start[c] = ix->end[c] = -1;
		tail[c] = &ix->end[c];
	}
	for (k = 0; k < tab->n; k++) {
		c = (unsigned char)tab->v[k].w[0];
		if (ix->start[c] < 0)
			ix->start[c] = (short)k;
		c = (unsigned char)tab->v[k].w[tab->v[k].len - 1];
		ix->next_end[k] = -1;
		*tail[c] = (short)k;
		tail[c] = &ix->next_end[k];
	}
	ix->filled = 1;
	return ix;
}

