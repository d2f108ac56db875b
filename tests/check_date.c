/* check_date.c -- unit tests of the date recogniser (common/date.c). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "datewords.h"

/*
 * One scan: the reference (empty for none), the order of numeric dates
 * (1 for day-month-year), the text, and what date_scan must find, as
 * TEXT=VALUE pairs joined by "|" in text order ("" for nothing).  The
 * spans are checked exactly: TEXT is the bytes between start and end.
 */
struct scan_case {
	const char	*ref;
	int		 dmy;
	const char	*text;
	const char	*want;
};

static const struct scan_case scan_cases[] = {
	/* a time restated in brackets: the day after them, the tense before */
	{ "2020-10-14", 0, "The quake struck at 6:10 a.m. (0410 GMT) Tuesday, officials said.",
	    "6:10 a.m.=2020-10-13T06:10|0410 GMT=2020-10-13T04:10|Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "The ferry will sail at 5 in the morning (5 a.m. EST Friday), the captain said.",
	    "5 in the morning=2020-10-16T05:00|5 a.m. EST Friday=2020-10-16T05:00" },
	{ "2020-10-14", 0, "Voting is set for 3 p.m. (1900 GMT) Thursday.",
	    "3 p.m.=2020-10-15T15:00|1900 GMT=2020-10-15T19:00|Thursday=2020-10-15" },
	{ "2020-10-14", 0, "The ferry sailed at 9 p.m. (in fine weather) and sank.",
	    "9 p.m.=2020-10-14T21:00" },
	{ "2020-10-14", 0, "The final is set for Sunday.",
	    "Sunday=2020-10-18" },
	/* set, cut, put: the past, unless after "to" or a modal */
	{ "2020-10-14", 0, "The bank cut rates on Tuesday.",
	    "Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "The bank plans to cut rates on Tuesday.",
	    "Tuesday=2020-10-20" },
	{ "2020-10-14", 0, "The bank will cut rates on Tuesday.",
	    "Tuesday=2020-10-20" },
	{ "2020-10-14", 0, "The court ruled against him and set Friday as the deadline.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "Police put the crowd at 5,000 on Saturday.",
	    "Saturday=2020-10-10" },
	{ "2020-10-14", 0, "Sales slowed in the last half of 1989.",
	    "the last half of 1989=1989-H2" },
	{ "2020-10-14", 0, "He scored in the last half hour.",
	    "" },
	/* the next, following, previous quarter: a date */
	{ "2019-07-04", 0, "Sales fell from the previous quarter.",
	    "the previous quarter=2019-Q2" },
	{ "2019-07-04", 0, "Profits should rise in the next quarter.",
	    "the next quarter=2019-Q4" },
	{ "2019-07-04", 0, "The plant opened on May 3, 2017 and output doubled the following quarter.",
	    "May 3, 2017=2017-05-03|the following quarter=2017-Q3" },
	{ "2019-07-04", 0, "Costs rose over the past quarter.",
	    "the past quarter=P1Q" },
	/* a weekday of a named week; a spoken year without its hyphen */
	{ "2020-10-14", 0, "They meet on Monday of next week.",
	    "Monday of next week=2020-10-19" },
	{ "2020-10-14", 0, "They met on Tuesday of last week.",
	    "Tuesday of last week=2020-10-06" },
	{ "2020-10-14", 0, "It closed in nineteen ninety six.",
	    "nineteen ninety six=1996" },
	/* earlier in the day: the reference's day, week, month, year */
	{ "2020-10-14", 0, "Earlier in the day, the minister resigned.",
	    "Earlier in the day=2020-10-14" },
	{ "2020-10-14", 0, "Talks resume later in the week.",
	    "later in the week=2020-W42" },
	{ "2020-10-14", 0, "Prices rose earlier in the year.",
	    "earlier in the year=2020" },
	{ "2020-10-14", 0, "Later in the game he scored.",
	    "" },
	/* this + weekday: the current week's, unless the clause looks the other way */
	{ "2020-10-14", 0, "The board will meet this Monday.",
	    "this Monday=2020-10-19" },
	{ "2020-10-14", 0, "Shares fell this Monday.",
	    "this Monday=2020-10-12" },
	{ "2020-10-17", 0, "The market had closed higher this Friday.",
	    "this Friday=2020-10-16" },
	/* a weekday that names an event; a plan in the past tense */
	{ "2020-10-14", 0, "Rebels will protest against Friday's vote.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "Parties campaigned ahead of Sunday's vote.",
	    "Sunday=2020-10-18" },
	{ "2020-10-14", 0, "Workers were planning to strike on Monday.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "The offer had been due to expire on Monday.",
	    "Monday=2020-10-12" },
	/* names that look like dates */
	{ "2020-10-14", 0, "Sun, Intel and others gained.",
	    "" },
	{ "2020-10-14", 0, "Sun, Oct. 11, 2020 was quiet.",
	    "Sun, Oct. 11, 2020=2020-10-11" },
	{ "2020-10-14", 0, "He spoke on the show \"This Week\" with a host.",
	    "" },
	{ "2020-10-14", 0, "Thousands joined this march for peace.",
	    "" },
	{ "2020-10-14", 0, "THIS WEEK the talks resume.",
	    "THIS WEEK=2020-W42" },
	/* the latest period of a results report, the short term */
	{ "2020-10-14", 0, "Third-quarter sales rose. In the latest period costs fell.",
	    "Third-quarter=2020-Q3|the latest period=2020-Q3" },
	{ "2020-10-14", 0, "In the short term, prices will rise.",
	    "the short term=FUTURE_REF" },
	{ "2020-10-14", 0, "Nobody trusts a short-term plan or the long-term view.",
	    "" },
	{ "2020-10-14", 0, "Then, a week or so ago, he resigned.",
	    "a week or so ago=2020-10-07" },
	{ "2020-10-14", 0, "Orders rose from the lows of the early summer.",
	    "the early summer=2020-SU" },
	{ "2020-10-14", 0, "The train leaves at 4 in the morning.",
	    "4 in the morning=2020-10-14T04:00" },
	{ "2020-10-14", 0, "The shops shut at 9 in the evening.",
	    "9 in the evening=2020-10-14T21:00" },
	{ "2020-10-14", 0, "He scored 3 in the morning session.",
	    "" },
	/* a clock written the military way */
	{ "2020-10-14", 0, "The raid began at 20.27 hours.",
	    "20.27 hours=2020-10-14T20:27" },
	{ "2020-10-14", 0, "Troops moved in at 0400 hours.",
	    "0400 hours=2020-10-14T04:00" },
	{ "2020-10-14", 0, "The curfew runs from 2100 hrs.",
	    "2100 hrs=2020-10-14T21:00" },
	{ "2020-10-14", 0, "The job took 1200 hours of work.",
	    "1200 hours=PT1200H" },
	/* ranges: two expressions */
	{ "2020-10-14", 0, "The plan covers 2014-2018.",
	    "2014=2014|2018=2018" },
	{ "2020-10-14", 0, "Dial 1800-2000 or 2020-2019.",
	    "" },
	{ "2020-10-14", 0, "Hearings were held on Feb 17 and 19.",
	    "Feb 17=2020-02-17|19=2020-02-19" },
	{ "2020-10-14", 0, "Polls were open March 3, 4 and 5.",
	    "March 3=2020-03-03|4=2020-03-04|5=2020-03-05" },
	{ "2020-10-14", 0, "The fair ran Oct. 9-11.",
	    "Oct. 9=2020-10-09|11=2020-10-11" },
	{ "2020-10-14", 0, "The fair runs from April 23 to 25, 2026 in Paris.",
	    "April 23=2026-04-23|25, 2026=2026-04-25" },
	{ "2020-10-14", 0, "On March 3 and 4, 10 people died.",
	    "March 3=2020-03-03|4=2020-03-04" },
	{ "2020-10-14", 0, "On May 5, 10 people died.",
	    "May 5=2020-05-05" },
	{ "2020-10-14", 0, "On June 2 and 3 people left.",
	    "June 2=2020-06-02" },
	{ "2020-10-14", 0, "On July 4 and 3 the shops shut.",
	    "July 4=2020-07-04" },
	/* years said in words, after a month or a season */
	{ "2020-10-14", 0, "Oil fell in the winter of nineteen ninety-four.",
	    "the winter of nineteen ninety-four=1994-WI" },
	{ "2020-10-14", 0, "It began in January nineteen ninety-seven.",
	    "January nineteen ninety-seven=1997-01" },
	{ "2020-10-14", 0, "Nobody feared the year two thousand.",
	    "the year two thousand=2000" },
	{ "2020-10-14", 0, "They met in the summer of two thousand and eight.",
	    "the summer of two thousand and eight=2008-SU" },
	{ "2020-10-14", 0, "Two thousand people marched.",
	    "" },
	/* a fiscal quarter */
	{ "2020-10-14", 0, "Net income rose in the fiscal first quarter.",
	    "the fiscal first quarter=2020-Q1" },
	{ "2020-10-14", 0, "Sales in the fiscal-third quarter fell.",
	    "the fiscal-third quarter=2020-Q3" },
	{ "2020-10-14", 0, "Net income for the fiscal second-quarter was flat.",
	    "fiscal second-quarter=2020-Q2" },
	/* a word between a count and its unit */
	{ "2020-10-14", 0, "The talks need two more weeks.",
	    "two more weeks=P2W" },
	{ "2020-10-14", 0, "The loan runs for at least 20 more years.",
	    "at least 20 more years=P20Y" },
	{ "2020-10-14", 0, "He was given an additional year.",
	    "an additional year=P1Y" },
	{ "2020-10-14", 0, "Shares fell for eight trading days.",
	    "eight trading days=P8D" },
	{ "2020-10-14", 0, "He wants more money and two more people.",
	    "" },
	{ "2020-10-14", 0, "The firm earned 12 more dollars.",
	    "" },
	/* the tense of a clause is in its verb group */
	{ "2020-10-14", 0, "The ministers had been due to meet on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The talks, set to resume Monday, are in doubt.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "Ten people were hurt in the blast next to the bank on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "Until Thursday, the police had not named him.",
	    "Thursday=2020-10-08" },
	{ "2020-10-14", 0, "He expected a vote on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The company is expected to report results on Monday.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "The man who fled on Friday will appear in court.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The mayor said on Monday that the bridge will reopen.",
	    "Monday=2020-10-12" },
	{ "2020-10-14", 0, "Three days later, as of Friday's close, the index was down.",
	    "Three days=P3D|Friday=2020-10-09" },
	{ "2020-10-14", 0, "The strike that shut the port on Tuesday has been called off.",
	    "Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "The envoy might arrive as soon as Saturday.",
	    "Saturday=2020-10-17" },
	{ "2020-10-14", 0, "Voters won't get a result before Monday.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "The airline will add flights to Lima by August, after rivals expanded.",
	    "August=2021-08" },
	{ "2020-10-14", 0, "They will keep protesting against the Oct. 13 ruling.",
	    "Oct. 13=2020-10-13" },
	{ "2020-10-14", 0, "On Friday, the board approved the merger.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The index closed at 2082.1, up 1.5%.",
	    "" },
	{ "2020-10-14", 0, "The index rose 19.69 points to 1462.93 on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The minister arrived on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "The council will vote on Friday.",
	    "Friday=2020-10-16" },
	{ "2020-10-14", 0, "Talks ended Monday without a deal.",
	    "Monday=2020-10-12" },
	{ "2020-10-14", 0, "The summit is due to open Monday.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "The plant will close at the end of 2021.",
	    "the end of 2021=2021" },
	{ "2020-10-14", 0, "Sales slowed in the middle of August.",
	    "the middle of August=2020-08" },
	{ "2020-10-14", 0, "The fund ran dry by the beginning of March 2019.",
	    "the beginning of March 2019=2019-03" },
	{ "2020-10-14", 0, "A deal is expected by the end of the year.",
	    "the end of the year=2020" },
	{ "2020-10-14", 0, "Rent is due at the end of the month.",
	    "the end of the month=2020-10" },
	{ "2020-10-14", 0, "Talks resume at the end of this week.",
	    "the end of this week=2020-W42" },
	{ "2020-10-14", 0, "It was the end of an era.",
	    "" },
	{ "2020-10-14", 0, "At the end of two weeks the camp closed.",
	    "two weeks=P2W" },
	{ "", 0, "A deal is expected by the end of the year.",
	    "" },
	{ "2020-10-14", 0, "The dam broke on March 3. The next day the town was empty.",
	    "March 3=2020-03-03|The next day=2020-03-04" },
	{ "2020-10-14", 0, "She left Paris in 1995 and came back the following year.",
	    "1995=1995|the following year=1996" },
	{ "2020-10-14", 0, "The plant opened in June 2017; the following month it closed.",
	    "June 2017=2017-06|the following month=2017-07" },
	{ "2020-10-14", 0, "Profits rose in 2019, after falling the previous year.",
	    "2019=2019|the previous year=2018" },
	{ "2020-10-14", 0, "He was arrested on May 4, 2019 and freed later that year.",
	    "May 4, 2019=2019-05-04|later that year=2019" },
	{ "2020-10-14", 0, "The vote was on Dec. 31, 2019. Earlier that day the polls had closed.",
	    "Dec. 31, 2019=2019-12-31|Earlier that day=2019-12-31" },
	{ "2020-10-14", 0, "Rebels attacked on Friday; the next morning troops arrived.",
	    "Friday=2020-10-09|the next morning=2020-10-10TMO" },
	{ "2020-10-14", 0, "The strike began in April 2018 and that same day the port shut.",
	    "April 2018=2018-04|that same day=2018-04-XX" },
	{ "2020-10-14", 0, "Police said that day was the worst of the riots.",
	    "that day=2020-10-14" },
	{ "2020-10-14", 0, "He said that year-end profits rose.",
	    "" },
	{ "2020-10-14", 0, "Output will grow over the next year.",
	    "the next year=P1Y" },
	{ "2020-10-14", 0, "Sales fell on Monday, down from the previous Friday.",
	    "Monday=2020-10-12|the previous Friday=2020-10-09" },
	{ "", 0, "She came back the following year.",
	    "the following year=P1Y" },
	{ "2020-10-14", 0, "The final will be played on Sunday.",
	    "Sunday=2020-10-18" },
	{ "2020-10-14", 0, "The council is expected to be dissolved on Monday.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "The bridge was closed on Friday.",
	    "Friday=2020-10-09" },
	{ "2020-03-04", 0, "She will be named captain for the tour in December.",
	    "December=2020-12" },
	{ "2020-10-14", 0, "The climb took a minute and a half.",
	    "a minute and a half=PT1M30S" },
	{ "2020-10-14", 0, "He spent two and a half years in jail.",
	    "two and a half years=P2Y6M" },
	{ "2020-10-14", 0, "The siege lasted a year and a half.",
	    "a year and a half=P1Y6M" },
	{ "2020-10-14", 0, "Talks ran for 5 1/2 hours.",
	    "5 1/2 hours=PT5H30M" },
	{ "2020-10-14", 0, "The trip took an hour and a half by bus.",
	    "an hour and a half=PT1H30M" },
	{ "2020-10-14", 0, "The rally lasted 2.5 days.",
	    "2.5 days=P2DT12H" },
	{ "2020-10-14", 0, "She and a half-sister left two and a half later.",
	    "" },
	{ "2020-10-14", 0, "He said: in May I will know more.",
	    "May=2021-05" },
	{ "2020-10-14", 0, "Counterrevolutionaries struck on Wednesday.",
	    "Wednesday=2020-10-14" },
	{ "2020-10-14", 0, "Fridays\xc3\xa9 and \xc3\xa9" "Friday are not days; Friday is.",
	    "Friday=2020-10-09" },
	{ "2020-10-14", 0, "Mondayish Tuesdays-only talks ended Tuesday",
	    "Tuesdays=R/XXXX-WXX-2|Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "It was a 4.3-year study.",
	    "4.3-year=P4.3Y" },
	{ "2020-10-14", 0, "The news comes on at 8 O'Clock.",
	    "8 O'Clock=2020-10-14T08:00" },
	{ "2020-10-14", 0, "More than 20 people and up to 12 cars; at least 3 of them.",
	    "" },
	{ "2020-10-14", 0, "More than 20 years and up to 12 months; at least 3 days.",
	    "More than 20 years=P20Y|up to 12 months=P12M|at least 3 days=P3D" },
	{ "2020-10-14", 0, "Net income for the year ended June 30 rose 4%.",
	    "the year=P1Y|June 30=2020-06-30" },
	{ "2020-10-14", 0, "It lost money in the fiscal year ending in March.",
	    "the fiscal year=P1Y|March=2020-03" },
	{ "2020-10-14", 0, "The firm expects higher sales for the full year.",
	    "the full year=2020" },
	{ "2020-10-14", 0, "For the year, volume was flat.",
	    "the year=2020" },
	{ "2020-10-14", 0, "She was named person of the year.",
	    "" },
	{ "2020-10-14", 0, "He was jailed for the year before the war.",
	    "" },
	{ "", 0, "Sales for the full year were flat.",
	    "" },
	{ "2020-10-14", 0, "The airline runs four flights a week to Lima.",
	    "" },
	{ "2020-10-14", 0, "The plant makes 80,000 cars a year and $2 million a month.",
	    "" },
	{ "2020-10-14", 0, "The line is open 24 hours a day.",
	    "24 hours=PT24H" },
	{ "2020-10-14", 0, "The results came out a week after the vote.",
	    "a week=P1W" },
	{ "2020-10-14", 0, "The papers had the story a day in advance.",
	    "a day=P1D" },
	{ "2020-10-14", 0, "It was a week of storms.",
	    "a week=P1W" },
	{ "2020-10-14", 0, "The bank posted the third-quarter loss on Monday.",
	    "third-quarter=2020-Q3|Monday=2020-10-12" },
	{ "2020-10-14", 0, "Sales fell in the third quarter.",
	    "the third quarter=2020-Q3" },
	{ "2020-10-14", 0, "Rates will stay low for the next two years or so.",
	    "the next two years or so=P2Y" },
	{ "2020-10-14", 0, "He arrived at 3 p.m. or so.",
	    "3 p.m. or so=2020-10-14T15:00" },
	{ "2020-10-14", 0, "Third-quarter profit rose 5% from the 2019 period.",
	    "Third-quarter=2020-Q3|the 2019 period=2019-Q3" },
	{ "2020-10-14", 0, "Prices were flat in the 2019 period.",
	    "the 2019 period=2019" },
	{ "2020-10-14", 0, "Voters go to the polls on Election Day.",
	    "Election Day=2020-11-03" },
	{ "2020-10-14", 0, "The park reopened on Labor Day 2019.",
	    "Labor Day 2019=2019-09-02" },
	{ "2020-10-14", 0, "Crowds gathered on Memorial Day.",
	    "Memorial Day=2020-05-25" },
	{ "2020-10-14", 0, "It was signed on Independence Day, 1976.",
	    "Independence Day, 1976=1976-07-04" },
	{ "2020-10-14", 0, "The Labor Party lost the election day after day.",
	    "" },
	{ "", 0, "Polls close on Election Day.",
	    "Election Day=XXXX-11-XX" },
	{ "2020-10-14", 0, "The mayor said the bridge would reopen Friday.",
	    "Friday=2020-10-16" },
	{ "2020-10-14", 0, "Aid could arrive as soon as Monday, officials said.",
	    "Monday=2020-10-19" },
	{ "2020-10-14", 0, "Wednesday's meeting was cancelled.",
	    "Wednesday=2020-10-14" },
	{ "2020-10-14", 0, "Police said the attack happened late Thursday.",
	    "late Thursday=2020-10-08" },
	{ "2020-10-14", 0, "Rescuers worked through late Thursday night.",
	    "late Thursday night=2020-10-08TNI" },
	{ "2020-10-14", 0, "Shelling resumed on Saturday morning.",
	    "Saturday morning=2020-10-10TMO" },
	{ "2020-10-14", 0, "He flew home on Sunday evening.",
	    "Sunday evening=2020-10-11TEV" },
	{ "2020-10-14", 0, "The ministry said on Tuesday afternoon that it had agreed.",
	    "Tuesday afternoon=2020-10-13TAF" },
	{ "2020-10-14", 0, "The results were published yesterday.",
	    "yesterday=2020-10-13" },
	{ "2020-10-14", 0, "Schools reopen tomorrow.",
	    "tomorrow=2020-10-15" },
	{ "2020-10-14", 0, "The team plays tonight.",
	    "tonight=2020-10-14TNI" },
	{ "2020-10-14", 0, "Prices fell sharply today.",
	    "today=2020-10-14" },
	{ "2020-10-14", 0, "The speech is scheduled for this evening.",
	    "this evening=2020-10-14TEV" },
	{ "2020-10-14", 0, "The fire broke out this morning.",
	    "this morning=2020-10-14TMO" },
	{ "2020-10-14", 0, "Gunfire was heard last night.",
	    "last night=2020-10-13TNI" },
	{ "2020-10-14", 0, "Yesterday morning the river burst its banks.",
	    "Yesterday morning=2020-10-13TMO" },
	{ "2020-10-14", 0, "The verdict came on October 9, 2020.",
	    "October 9, 2020=2020-10-09" },
	{ "2020-10-14", 0, "The verdict came on 9 October 2020.",
	    "9 October 2020=2020-10-09" },
	{ "2020-10-14", 0, "The verdict came on 9 October, 2020.",
	    "9 October, 2020=2020-10-09" },
	{ "2020-10-14", 0, "The ceasefire began on Oct. 9.",
	    "Oct. 9=2020-10-09" },
	{ "2020-10-14", 0, "The ceasefire began on Oct 9.",
	    "Oct 9=2020-10-09" },
	{ "2020-10-14", 0, "The ceasefire began on 9 Oct.",
	    "9 Oct.=2020-10-09" },
	{ "2020-10-14", 0, "Classes resumed on Sept 3.",
	    "Sept 3=2020-09-03" },
	{ "2020-10-14", 0, "Classes resumed on Sept. 3, 2019.",
	    "Sept. 3, 2019=2019-09-03" },
	{ "2020-10-14", 0, "The law took effect on 2020-10-10.",
	    "2020-10-10=2020-10-10" },
	{ "2020-10-14", 0, "The form was signed on 10/10/2020.",
	    "10/10/2020=2020-10-10" },
	{ "2020-10-14", 0, "The form was signed on 13/10/2020.",
	    "13/10/2020=2020-10-13" },
	{ "2020-10-14", 0, "The deal was struck in October 2020.",
	    "October 2020=2020-10" },
	{ "2020-10-14", 0, "The deal was struck in October.",
	    "October=2020-10" },
	{ "2020-10-14", 0, "Elections are expected in December.",
	    "December=2020-12" },
	{ "2020-10-14", 0, "The strike started in August.",
	    "August=2020-08" },
	{ "2020-10-14", 0, "The plant closed in 1994.",
	    "1994=1994" },
	{ "2020-10-14", 0, "Growth slowed in the 1990s.",
	    "the 1990s=199" },
	{ "2020-10-14", 0, "Growth slowed in the early 1990s.",
	    "the early 1990s=199" },
	{ "2020-10-14", 0, "Growth slowed in the late 1980s.",
	    "the late 1980s=198" },
	{ "2020-10-14", 0, "The dispute goes back to the mid-1990s.",
	    "the mid-1990s=199" },
	{ "2020-10-14", 0, "The town was founded in the 19th century.",
	    "the 19th century=18" },
	{ "2020-10-14", 0, "The 21st century brought new problems.",
	    "The 21st century=20" },
	{ "2020-10-14", 0, "Sales rose in the third quarter.",
	    "the third quarter=2020-Q3" },
	{ "2020-10-14", 0, "Sales rose in the third quarter of 2019.",
	    "the third quarter of 2019=2019-Q3" },
	{ "2020-10-14", 0, "Sales should recover in the fourth quarter.",
	    "the fourth quarter=2020-Q4" },
	{ "2020-10-14", 0, "Third-quarter profit doubled.",
	    "Third-quarter=2020-Q3" },
	{ "2020-10-14", 0, "Profit fell in the first half.",
	    "the first half=2020-H1" },
	{ "2020-10-14", 0, "The budget for fiscal 2021 was approved.",
	    "fiscal 2021=2021" },
	{ "2020-10-14", 0, "The drought hit hardest last summer.",
	    "last summer=2020-SU" },
	{ "2020-10-14", 0, "Tourism collapsed this spring.",
	    "this spring=2020-SP" },
	{ "2020-10-14", 0, "Construction will begin next spring.",
	    "next spring=2021-SP" },
	{ "2020-10-14", 0, "The firm was sold last week.",
	    "last week=2020-W41" },
	{ "2020-10-14", 0, "The firm will be sold next week.",
	    "next week=2020-W43" },
	{ "2020-10-14", 0, "Inflation rose this month.",
	    "this month=2020-10" },
	{ "2020-10-14", 0, "Inflation rose last month.",
	    "last month=2020-09" },
	{ "2020-10-14", 0, "Inflation will ease next month.",
	    "next month=2020-11" },
	{ "2020-10-14", 0, "The company lost money last year.",
	    "last year=2019" },
	{ "2020-10-14", 0, "Growth will return next year.",
	    "next year=2021" },
	{ "2020-10-14", 0, "The company expanded this year.",
	    "this year=2020" },
	{ "2020-10-14", 0, "The plan was announced earlier this year.",
	    "earlier this year=2020" },
	{ "2020-10-14", 0, "A vote is expected later this month.",
	    "later this month=2020-10" },
	{ "2020-10-14", 0, "The bridge opened two weeks ago.",
	    "two weeks ago=2020-09-30" },
	{ "2020-10-14", 0, "The bridge opened three days ago.",
	    "three days ago=2020-10-11" },
	{ "2020-10-14", 0, "The bridge opened two months ago.",
	    "two months ago=2020-08" },
	{ "2020-10-14", 0, "The bridge opened a year ago.",
	    "a year ago=2019" },
	{ "2020-10-14", 0, "The bridge opened five years ago.",
	    "five years ago=2015" },
	{ "2020-10-14", 0, "The bridge will open in three days.",
	    "three days=2020-10-17" },
	{ "2020-10-14", 0, "He has been in hiding for two weeks.",
	    "two weeks=P2W" },
	{ "2020-10-14", 0, "He has been in hiding for nearly two weeks.",
	    "nearly two weeks=P2W" },
	{ "2020-10-14", 0, "The city endured an 18-month siege.",
	    "18-month=P18M" },
	{ "2020-10-14", 0, "She signed a two-year contract.",
	    "two-year=P2Y" },
	{ "2020-10-14", 0, "The conflict has lasted decades.",
	    "decades=PXDE" },
	{ "2020-10-14", 0, "The war lasted for years.",
	    "years=PXY" },
	{ "2020-10-14", 0, "The talks lasted three hours.",
	    "three hours=PT3H" },
	{ "2020-10-14", 0, "The talks lasted 90 minutes.",
	    "90 minutes=PT90M" },
	{ "2020-10-14", 0, "It took a few hours to clear the road.",
	    "a few hours=PTXH" },
	{ "2020-10-14", 0, "It took several days to clear the road.",
	    "several days=PXD" },
	{ "2020-10-14", 0, "The work took a couple of weeks.",
	    "a couple of weeks=P2W" },
	{ "2020-10-14", 0, "Prices have risen over the past two weeks.",
	    "the past two weeks=P2W" },
	{ "2020-10-14", 0, "Prices have risen in the last three months.",
	    "the last three months=P3M" },
	{ "2020-10-14", 0, "Prices will rise over the next five years.",
	    "the next five years=P5Y" },
	{ "2020-10-14", 0, "More storms are expected in the coming days.",
	    "the coming days=PXD" },
	{ "2020-10-14", 0, "Prices have risen in recent weeks.",
	    "recent weeks=PXW" },
	{ "2020-10-14", 0, "Prices have risen in recent years.",
	    "recent years=PXY" },
	{ "2020-10-14", 0, "The factory is now closed.",
	    "now=PRESENT_REF" },
	{ "2020-10-14", 0, "The factory is currently closed.",
	    "currently=PRESENT_REF" },
	{ "2020-10-14", 0, "The factory recently closed.",
	    "recently=PAST_REF" },
	{ "2020-10-14", 0, "The factory may reopen in the future.",
	    "the future=FUTURE_REF" },
	{ "2020-10-14", 0, "The factory was busy in the past.",
	    "the past=PAST_REF" },
	{ "2020-10-14", 0, "Markets reopened at 1200 GMT.",
	    "1200 GMT=2020-10-14T12:00" },
	{ "2020-10-14", 0, "The statement came at 3:48pm EDT.",
	    "3:48pm EDT=2020-10-14T15:48" },
	{ "2020-10-14", 0, "The match starts at noon.",
	    "noon=2020-10-14T12:00" },
	{ "2020-10-14", 0, "The curfew begins at midnight.",
	    "midnight=2020-10-14T24:00" },
	{ "2020-10-14", 0, "The office opens at 10 a.m.",
	    "10 a.m=2020-10-14T10:00" },
	{ "2020-10-14", 0, "The office opens at 10am.",
	    "10am=2020-10-14T10:00" },
	{ "2020-10-14", 0, "The office opens at 9:30 a.m. on weekdays.",
	    "9:30 a.m.=2020-10-14T09:30" },
	{ "2020-10-14", 0, "The blast happened at 3 p.m. Friday.",
	    "3 p.m. Friday=2020-10-09T15:00" },
	{ "2020-10-14", 0, "The blast happened at 6:45.",
	    "6:45=2020-10-14T06:45" },
	{ "2020-10-14", 0, "The paper is published daily.",
	    "daily=R/P1D" },
	{ "2020-10-14", 0, "The board meets weekly.",
	    "weekly=R/P1W" },
	{ "2020-10-14", 0, "The fee is paid annually.",
	    "annually=R/P1Y" },
	{ "2020-10-14", 0, "The market is held every week.",
	    "every week=R/P1W" },
	{ "2020-10-14", 0, "The market is held every Friday.",
	    "every Friday=R/XXXX-WXX-5" },
	{ "2020-10-14", 0, "He visits his mother on Sundays.",
	    "Sundays=R/XXXX-WXX-7" },
	{ "2020-10-14", 0, "You may leave now.",
	    "now=PRESENT_REF" },
	{ "2020-10-14", 0, "May I ask a question?",
	    "" },
	{ "2020-10-14", 0, "Theresa May spoke to reporters.",
	    "" },
	{ "2020-10-14", 0, "Protesters march through the capital.",
	    "" },
	{ "2020-10-14", 0, "The March on Washington was remembered.",
	    "" },
	{ "2020-10-14", 0, "The deal may collapse.",
	    "" },
	{ "2020-10-14", 0, "About 1,200 people attended.",
	    "" },
	{ "2020-10-14", 0, "Inflation rose 2.5% in the year.",
	    "" },
	{ "2020-10-14", 0, "See page 12 for details.",
	    "" },
	{ "2020-10-14", 0, "Flight 370 vanished.",
	    "" },
	{ "2020-10-14", 0, "The shop is open 24/7.",
	    "" },
	{ "2020-10-14", 0, "She made a second attempt.",
	    "" },
	{ "2020-10-14", 0, "The Boeing 747 landed safely.",
	    "" },
	{ "2020-10-14", 0, "He scored 2000 points in his career.",
	    "" },
	{ "2020-10-14", 0, "The company has 1500 employees.",
	    "" },
	{ "2020-10-14", 0, "Room 1904 was locked.",
	    "" },
	{ "2020-10-14", 0, "The bill costs $2020.",
	    "" },
	{ "2020-10-14", 0, "A 45-year-old man was arrested.",
	    "" },
	{ "2020-10-14", 0, "The victim was 30 years old.",
	    "" },
	{ "2020-10-14", 0, "The score was 3-1.",
	    "" },
	{ "2020-10-14", 0, "He won 6-4, 6-3.",
	    "" },
	{ "2020-10-14", 0, "Temperatures reached 35 degrees.",
	    "" },
	{ "2020-10-14", 0, "It happened twice a week.",
	    "" },
	{ "2020-10-14", 0, "He earns $50,000 a year.",
	    "" },
	{ "2020-10-14", 0, "They met in the hall.",
	    "" },
	{ "2020-10-14", 0, "The first attempt failed.",
	    "" },
	{ "2020-10-14", 0, "The second reading passed.",
	    "" },
	{ "2020-10-14", 0, "Sun Microsystems was sold.",
	    "" },
	{ "2020-10-14", 0, "The Sat Nav failed.",
	    "" },
	{ "2020-10-14", 0, "The Wed Corp name was used.",
	    "" },
	{ "2020-10-14", 0, "Art is long.",
	    "" },
	{ "2020-10-14", 0, "The Fall of Rome is taught.",
	    "" },
	{ "2020-10-14", 0, "Prices fall in autumn.",
	    "" },
	{ "", 0, "The minister arrived on Friday.",
	    "Friday=XXXX-WXX-5" },
	{ "", 0, "The ceasefire began on Oct. 9.",
	    "Oct. 9=XXXX-10-09" },
	{ "", 0, "The verdict came on October 9, 2020.",
	    "October 9, 2020=2020-10-09" },
	{ "", 0, "Inflation rose last month.",
	    "last month=XXXX-XX" },
	{ "", 0, "The fire broke out this morning.",
	    "this morning=XXXX-XX-XXTMO" },
	{ "", 0, "The plant closed in 1994.",
	    "1994=1994" },
	{ "", 0, "He has been in hiding for two weeks.",
	    "two weeks=P2W" },
	{ "", 0, "The factory is now closed.",
	    "now=PRESENT_REF" },
	{ "", 0, "The deal was struck in October.",
	    "October=XXXX-10" },
	{ "", 0, "Markets reopened at 1200 GMT.",
	    "1200 GMT=XXXX-XX-XXT12:00" },
	{ "1987-02-26", 0, "Talks resumed Thursday in Geneva.",
	    "Thursday=1987-02-26" },
	{ "1987-02-26", 0, "The offer expires March 15.",
	    "March 15=1987-03-15" },
	{ "1987-02-26", 0, "Output fell in January.",
	    "January=1987-01" },
	{ "1987-02-26", 0, "Output will rise in March.",
	    "March=1987-03" },
	{ "1989-11-02", 0, "Net income rose 12% in the third quarter from a year earlier.",
	    "the third quarter=1989-Q3|a year earlier=1988-Q3" },
	{ "1989-11-02", 0, "Revenue fell from $4 million a year ago.",
	    "a year ago=1988" },
	{ "1989-11-02", 0, "Profit in the year-earlier quarter was $3 million.",
	    "the year-earlier quarter=1988-Q3" },
	{ "1989-11-02", 0, "The stock closed at $12 yesterday.",
	    "yesterday=1989-11-01" },
	{ "1998-01-08", 0, "Fourth-quarter results will be released next week.",
	    "Fourth-quarter=1998-Q4|next week=1998-W03" },
	{ "1998-01-08", 0, "The company said fourth-quarter profit fell.",
	    "fourth-quarter=1997-Q4" },
	{ "2021-01-01", 0, "The holiday began this week.",
	    "this week=2020-W53" },
	{ "2020-12-31", 0, "Sales jumped this week.",
	    "this week=2020-W53" },
	{ "2020-03-01", 0, "It was a leap year: Feb. 29 came on Saturday.",
	    "Feb. 29=2020-02-29|Saturday=2020-02-29" },
	{ "2020-10-14", 0, "The 2020-09-17-16-58-57 stamp was kept.",
	    "2020-09-17-16-58-57=2020-09-17T16:58" },
	{ "2020-10-14", 0, "Posted Mon Oct 23, 2006 3:48pm EDT by the desk.",
	    "Mon Oct 23, 2006 3:48pm EDT=2006-10-23T15:48" },
	{ "2020-10-14", 0, "Saturday, 10 October, 2020 at 12:00 AM",
	    "Saturday, 10 October, 2020 at 12:00 AM=2020-10-10T00:00" },
	{ "2020-10-14", 0, "The treaty was signed on 26-FEB-1987.",
	    "26-FEB-1987=1987-02-26" },
	{ "2020-10-14", 0, "The meeting was on Tuesday, Oct. 6.",
	    "Tuesday, Oct. 6=2020-10-06" },
	{ "2020-10-14", 0, "The office reopened Monday, October 12, 2020.",
	    "Monday, October 12, 2020=2020-10-12" },
	{ "2020-10-14", 0, "He was born on 3 March 1950.",
	    "3 March 1950=1950-03-03" },
	{ "2020-10-14", 0, "Rain is expected from Friday until Sunday.",
	    "Friday=2020-10-16|Sunday=2020-10-18" },
	{ "2020-10-14", 0, "The event ran from May to July.",
	    "May=2020-05|July=2020-07" },
	{ "2020-10-14", 0, "The data cover 1990 to 1995.",
	    "1990=1990|1995=1995" },
	{ "2020-10-14", 0, "Between 1990 and 1995 output doubled.",
	    "1990=1990|1995=1995" },
	{ "2020-10-14", 0, "The talks went on for more than two hours.",
	    "more than two hours=PT2H" },
	{ "2020-10-14", 0, "The talks went on for less than an hour.",
	    "less than an hour=PT1H" },
	{ "2020-10-14", 0, "Repairs will take at least three months.",
	    "at least three months=P3M" },
	{ "2020-10-14", 0, "Repairs will take up to 180 days.",
	    "up to 180 days=P180D" },
	{ "2020-10-14", 0, "The trial lasted 2 1/2 years.",
	    "2 1/2 years=P2Y6M" },
	{ "2020-10-14", 0, "Three weeks from now the store opens.",
	    "Three weeks from now=2020-11-04" },
	{ "2020-10-14", 0, "Two days after tomorrow is Saturday.",
	    "Two days after tomorrow=2020-10-17|Saturday=2020-10-17" },
	{ "2020-10-14", 0, "In the 1800s the town grew.",
	    "the 1800s=18" },
	{ "2020-10-14", 0, "In the 2000s the town shrank.",
	    "the 2000s=200" },
	{ "2020-10-14", 0, "The '90s were good to him.",
	    "The '90s=199" },
	{ "2020-10-14", 0, "Unemployment peaked in the nineties.",
	    "the nineties=199" },
	{ "2020-10-14", 0, "This weekend will be sunny.",
	    "This weekend=2020-W42-WE" },
	{ "2020-10-14", 0, "Crowds gathered last weekend.",
	    "last weekend=2020-W41-WE" },
	{ "2020-10-14", 0, "The vote is next Friday.",
	    "next Friday=2020-10-16" },
	{ "2020-10-14", 0, "The vote was last Friday.",
	    "last Friday=2020-10-09" },
	{ "2020-10-14", 0, "The vote is this Friday.",
	    "this Friday=2020-10-16" },
	{ "2020-10-14", 0, "The vote was held last October.",
	    "last October=2019-10" },
	{ "2020-10-14", 0, "Exports rose in June last year.",
	    "June last year=2019-06" },
	{ "2020-10-14", 0, "The plan dates from mid-October.",
	    "mid-October=2020-10" },
	{ "2020-10-14", 0, "The plan dates from early October.",
	    "early October=2020-10" },
	{ "2020-10-14", 0, "He stepped down in late 2019.",
	    "late 2019=2019" },
	{ "2020-10-14", 0, "The firm posted a decade-long decline.",
	    "decade-long=P10Y" },
	{ "2020-10-14", 0, "A day-long strike and a week-long siege ended.",
	    "day-long=P1D|week-long=P1W" },
	{ "2020-10-14", 0, "The decades-long feud ended.",
	    "decades-long=PXDE" },
	{ "2020-10-14", 0, "The talks lasted 24 hours.",
	    "24 hours=PT24H" },
	{ "2020-10-14", 0, "It took a minute.",
	    "a minute=PT1M" },
	{ "2020-10-14", 0, "It happened within days.",
	    "days=PXD" },
	{ "2020-10-14", 0, "Unrest spread in coming weeks.",
	    "coming weeks=PXW" },
	{ "2020-10-14", 0, "Results for the first nine months improved.",
	    "the first nine months=P9M" },
	{ "2020-10-14", 0, "Overnight the river rose.",
	    "Overnight=2020-10-14TNI" },
	{ "2020-10-14", 0, "The unit reported Q3 sales.",
	    "Q3=2020-Q3" },
	{ "2020-10-14", 0, "Sales in Q4 2019 fell.",
	    "Q4 2019=2019-Q4" },
	{ "2020-10-14", 0, "Growth in the second half of 2019 was weak.",
	    "the second half of 2019=2019-H2" },
	{ "2020-10-14", 0, "Output rose during the past year.",
	    "the past year=P1Y" },
	{ "2020-10-14", 0, "Output rose during the past decade.",
	    "the past decade=P10Y" },
	{ "2020-10-14", 0, "Trade was halted at 9:15 a.m. Police arrived.",
	    "9:15 a.m=2020-10-14T09:15" },
	{ "2020-10-14", 0, "He called at 11 p.m. on Sunday.",
	    "11 p.m.=2020-10-14T23:00|Sunday=2020-10-11" },
	{ "2020-10-14", 0, "Every year the fair returns.",
	    "Every year=R/P1Y" },
	{ "2020-10-14", 0, "Each July the river floods.",
	    "Each July=R/XXXX-07" },
	{ "2020-10-14", 0, "The store opens at 8 o'clock.",
	    "8 o'clock=2020-10-14T08:00" },
	{ "2020-10-14", 0, "The deadline was 5 pm yesterday.",
	    "5 pm yesterday=2020-10-13T17:00" },
	{ "2020-10-14", 0, "It began at 8am this morning.",
	    "8am this morning=2020-10-14T08:00" },
	{ "2020-10-14", 0, "The contract ends on 31/12/2020.",
	    "31/12/2020=2020-12-31" },
	{ "2020-10-14", 0, "The contract ended on 1.3.2019.",
	    "1.3.2019=2019-01-03" },
	{ "2020-10-14", 0, "Trading resumed on 2020/10/12.",
	    "2020/10/12=2020-10-12" },
	{ "2020-10-14", 0, "The vote took place on 5/6/2019.",
	    "5/6/2019=2019-05-06" },
	{ "2020-10-14", 0, "The ruling of 09/10/20 was appealed.",
	    "09/10/20=2020-09-10" },
	{ "2020-10-14", 0, "Founded on the 4th of July, 1776.",
	    "4th of July, 1776=1776-07-04" },
	{ "2020-10-14", 0, "The rally is planned for the 20th of November.",
	    "20th of November=2020-11-20" },
	{ "2020-10-14", 0, "He resigned on December 1st.",
	    "December 1st=2020-12-01" },
	{ "2020-10-14", 0, "Dec. 31 was the deadline.",
	    "Dec. 31=2020-12-31" },
	{ "2020-10-14", 0, "On Jan. 1, 2021 the rules change.",
	    "Jan. 1, 2021=2021-01-01" },
	{ "2020-10-14", 0, "JANUARY 5, 2019 was a cold day.",
	    "JANUARY 5, 2019=2019-01-05" },
	{ "2020-10-14", 0, "The strike began Monday and ended Tuesday.",
	    "Monday=2020-10-12|Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "The company will report results on Thursday.",
	    "Thursday=2020-10-15" },
	{ "2020-10-14", 0, "The Senate voted Tuesday to approve the bill.",
	    "Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "Officials met Wednesday.",
	    "Wednesday=2020-10-14" },
	{ "2020-10-14", 0, "The ship sank on Sunday night.",
	    "Sunday night=2020-10-11TNI" },
	{ "2020-10-14", 0, "The rebels attacked early Monday.",
	    "early Monday=2020-10-12" },
	{ "2020-10-14", 0, "Early Monday, the rebels attacked.",
	    "Early Monday=2020-10-12" },
	{ "2020-10-14", 0, "Results are due in mid-November.",
	    "mid-November=2020-11" },
	{ "2020-10-14", 0, "Harvests failed in the autumn of 2019.",
	    "the autumn of 2019=2019-FA" },
	{ "2020-10-14", 0, "The summer of 1969 is remembered.",
	    "The summer of 1969=1969-SU" },
	{ "2020-10-14", 0, "Snow fell this winter.",
	    "this winter=2020-WI" },
	{ "2020-10-14", 0, "The mine closed in the 1980s and reopened in 2015.",
	    "the 1980s=198|2015=2015" },
	{ "2020-10-14", 0, "The 1960s saw great change.",
	    "The 1960s=196" },
	{ "2020-10-14", 0, "In 1999 and 2000 the economy grew.",
	    "1999=1999|2000=2000" },
	{ "2020-10-14", 0, "The firm was founded in 1878.",
	    "1878=1878" },
	{ "2020-10-14", 0, "The war of 1812 is studied.",
	    "1812=1812" },
	{ "2020-10-14", 0, "The rate fell to 1.5 percent in 2019.",
	    "2019=2019" },
	{ "2020-10-14", 0, "He served from 2001 to 2009.",
	    "2001=2001|2009=2009" },
	{ "2020-10-14", 0, "Since 2015 the town has grown.",
	    "2015=2015" },
	{ "2020-10-14", 0, "Revenue for fiscal year 2019 was flat.",
	    "fiscal year 2019=2019" },
	{ "2020-10-14", 0, "Fiscal 2020 results are due.",
	    "Fiscal 2020=2020" },
	{ "2020-10-14", 0, "Profit rose in the second quarter.",
	    "the second quarter=2020-Q2" },
	{ "2020-10-14", 0, "Profit rose in the fourth quarter of 2019.",
	    "the fourth quarter of 2019=2019-Q4" },
	{ "2020-10-14", 0, "Second-quarter sales were weak.",
	    "Second-quarter=2020-Q2" },
	{ "2020-10-14", 0, "The latest quarter was strong.",
	    "The latest quarter=2020-Q3" },
	{ "2020-10-14", 0, "Sales fell last quarter.",
	    "last quarter=2020-Q3" },
	{ "2020-10-14", 0, "Sales will rise next quarter.",
	    "next quarter=2021-Q1" },
	{ "2020-10-14", 0, "Sales are rising this quarter.",
	    "this quarter=2020-Q4" },
	{ "2020-10-14", 0, "The case was heard last Tuesday.",
	    "last Tuesday=2020-10-13" },
	{ "2020-10-14", 0, "Talks resume next Monday.",
	    "next Monday=2020-10-19" },
	{ "2020-10-14", 0, "The exhibition opened last May.",
	    "last May=2020-05" },
	{ "2020-10-14", 0, "Elections will be held next March.",
	    "next March=2021-03" },
	{ "2020-10-14", 0, "Fighting continued over the weekend.",
	    "the weekend=2020-W41-WE" },
	{ "2020-10-14", 0, "The project took 18 months.",
	    "18 months=P18M" },
	{ "2020-10-14", 0, "The project took eighteen months.",
	    "eighteen months=P18M" },
	{ "2020-10-14", 0, "The project took one year.",
	    "one year=P1Y" },
	{ "2020-10-14", 0, "The delay was a week.",
	    "a week=P1W" },
	{ "2020-10-14", 0, "He waited an hour.",
	    "an hour=PT1H" },
	{ "2020-10-14", 0, "She slept for 8 hours.",
	    "8 hours=PT8H" },
	{ "2020-10-14", 0, "The meeting lasted 45 minutes.",
	    "45 minutes=PT45M" },
	{ "2020-10-14", 0, "It took 30 seconds.",
	    "30 seconds=PT30S" },
	{ "2020-10-14", 0, "The siege lasted twenty-five days.",
	    "twenty-five days=P25D" },
	{ "2020-10-14", 0, "The drought lasted two decades.",
	    "two decades=P20Y" },
	{ "2020-10-14", 0, "The ruins are two centuries old.",
	    "" },
	{ "2020-10-14", 0, "The journey took a fortnight.",
	    "a fortnight=P2W" },
	{ "2020-10-14", 0, "The firm plans a five-year expansion.",
	    "five-year=P5Y" },
	{ "2020-10-14", 0, "The program has run for six years.",
	    "six years=P6Y" },
	{ "2020-10-14", 0, "The vote came after months of debate.",
	    "months=PXM" },
	{ "2020-10-14", 0, "The fighting has gone on for weeks.",
	    "weeks=PXW" },
	{ "2020-10-14", 0, "Ten years ago the town flooded.",
	    "Ten years ago=2010" },
	{ "2020-10-14", 0, "The house was sold six months ago.",
	    "six months ago=2020-04" },
	{ "2020-10-14", 0, "The law passed a decade ago.",
	    "a decade ago=2010" },
	{ "2020-10-14", 0, "Several years ago the mill closed.",
	    "Several years ago=PAST_REF" },
	{ "2020-10-14", 0, "The company said a year earlier it would expand.",
	    "a year earlier=2019" },
	{ "2020-10-14", 0, "Output fell from a year-earlier level.",
	    "year-earlier=2019" },
	{ "2020-10-14", 0, "Prices have doubled in the past decade.",
	    "the past decade=P10Y" },
	{ "2020-10-14", 0, "Prices will double in the next few years.",
	    "the next few years=PXY" },
	{ "2020-10-14", 0, "Growth has slowed over the previous three quarters.",
	    "the previous three quarters=P3Q" },
	{ "2020-10-14", 0, "Details will follow in the coming weeks.",
	    "the coming weeks=PXW" },
	{ "2020-10-14", 0, "The bank opens at 9:00.",
	    "9:00=2020-10-14T09:00" },
	{ "2020-10-14", 0, "The flight left at 06:30 GMT.",
	    "06:30 GMT=2020-10-14T06:30" },
	{ "2020-10-14", 0, "The bomb went off at 2330 GMT.",
	    "2330 GMT=2020-10-14T23:30" },
	{ "2020-10-14", 0, "Polls close at 8 p.m. EST.",
	    "8 p.m. EST=2020-10-14T20:00" },
	{ "2020-10-14", 0, "The session starts at 10:30 a.m. on Friday.",
	    "10:30 a.m.=2020-10-14T10:30|Friday=2020-10-09" },
	{ "2020-10-14", 0, "The strike ended at noon yesterday.",
	    "noon yesterday=2020-10-13T12:00" },
	{ "2020-10-14", 0, "At midnight tonight the law lapses.",
	    "midnight tonight=2020-10-14T24:00" },
	{ "2020-10-14", 0, "The concert is tonight at 8.",
	    "tonight=2020-10-14TNI" },
	{ "2020-10-14", 0, "Previously the site was a farm.",
	    "" },
	{ "2020-10-14", 0, "Prices are high at the moment.",
	    "" },
	{ "2020-10-14", 0, "The mayor is currently abroad.",
	    "currently=PRESENT_REF" },
	{ "2020-10-14", 0, "Trains run hourly.",
	    "hourly=R/P1H" },
	{ "2020-10-14", 0, "Reports are filed monthly.",
	    "monthly=R/P1M" },
	{ "2020-10-14", 0, "Each year the prize is awarded.",
	    "Each year=R/P1Y" },
	{ "2020-10-14", 0, "Every Monday the market opens early.",
	    "Every Monday=R/XXXX-WXX-1" },
	{ "2020-10-14", 1, "The form was signed on 10/11/2020.",
	    "10/11/2020=2020-11-10" },
	{ "2020-10-14", 1, "The form was signed on 11/10/2020.",
	    "11/10/2020=2020-10-11" },
	{ "2020-10-14", 1, "The form was signed on 25/10/2020.",
	    "25/10/2020=2020-10-25" },
	{ "2020-10-14", 1, "The form was signed on 10/25/2020.",
	    "10/25/2020=2020-10-25" },
	{ "2020-10-14", 0, "The form was signed on 10/11/2020.",
	    "10/11/2020=2020-10-11" },
	{ "2020-10-14", 0, "",
	    "" },
	{ "2020-10-14", 0, "No dates here at all.",
	    "" },
	{ "2020-10-14", 0, "12345",
	    "" },
	{ "2020-10-14", 0, "On 2020-13-45 nothing happened.",
	    "" },
	{ "2020-10-14", 0, "Call 555-1234 now.",
	    "now=PRESENT_REF" },
	{ "2020-10-14", 0, "Version 2.0.1 shipped.",
	    "" },
	{ "2020-10-14", 0, "The ratio was 3:2.",
	    "" },
	{ "2020-10-14", 0, "It weighed 1,994 kilograms.",
	    "" },
	{ "2020-10-14", 0, "He ran the 100 metres in 9.58 seconds.",
	    "" },
	{ "2020-10-14", 0, "Highway 1999 is closed.",
	    "" },
	{ "2020-10-14", 0, "They sold 2020 copies.",
	    "" },
	{ "2020-10-14", 0, "Section 2019 of the code applies.",
	    "" },
	{ "2020-10-14", 0, "The May Day rally was large.",
	    "" },
	{ "2020-10-14", 0, "She may visit in May.",
	    "May=2021-05" },
	{ "2020-10-14", 0, "In March, troops march again.",
	    "March=2020-03" },
	{ "2020-10-14", 0, "The Augusts of old were hot.",
	    "" },
	{ "2020-10-14", 0, "The Mon river flooded.",
	    "" },
	{ "2020-10-14", 0, "The Second World War ended in 1945.",
	    "1945=1945" },
	{ "2020-10-14", 0, "A 10-year-old girl was found.",
	    "" },
	{ "2020-10-14", 0, "The toddler, aged two years, is safe.",
	    "" },
	{ "2020-10-14", 0, "The couple married.",
	    "" },
	{ "2020-10-14", 0, "Now and then it rains.",
	    "Now=PRESENT_REF" },
	{ "2020-10-14", 0, "FRIDAY",
	    "FRIDAY=2020-10-09" },
	{ "2020-10-14", 0, "Oct.",
	    "Oct.=2020-10" },
	{ "2020-10-14", 0, "Oct. ",
	    "Oct.=2020-10" },
	{ "2020-10-14", 0, "the",
	    "" },
	{ "2020-10-14", 0, "a few",
	    "" },
	{ "2020-10-14", 0, "'9",
	    "" },
	{ "2020-10-14", 0, "Q5 results",
	    "" },
	{ "2020-10-14", 0, "1990s",
	    "1990s=199" },
	{ "2020-10-14", 0, "late",
	    "" },
	{ "2020-10-14", 0, "mid-",
	    "" },
	{ "2020-10-14", 0, "3 p.m",
	    "3 p.m=2020-10-14T15:00" },
	{ "2020-10-14", 0, "12:60 is not a time.",
	    "" },
	{ "2020-10-14", 0, "25:00 is not a time.",
	    "" },
	{ "2020-10-14", 0, "13 pm is not a time.",
	    "" },
	{ "2020-10-14", 0, "He won 7-5 in the final at 7:30 p.m.",
	    "7:30 p.m=2020-10-14T19:30" },
	{ "2021-01-04", 0, "The holiday was last week.",
	    "last week=2020-W53" },
	{ "2021-01-04", 0, "Snow fell last weekend.",
	    "last weekend=2020-W53-WE" },
	{ "2020-02-29", 0, "A year ago it rained.",
	    "A year ago=2019" },
	{ "2020-03-31", 0, "Sales fell last month.",
	    "last month=2020-02" },
	{ "2020-01-15", 0, "Sales fell last month.",
	    "last month=2019-12" },
	{ "2020-01-15", 0, "Sales fell last quarter.",
	    "last quarter=2019-Q4" },
	{ "2020-01-15", 0, "The storm hit in December.",
	    "December=2019-12" },
	{ "2020-12-15", 0, "The vote will be held in January.",
	    "January=2021-01" },
	{ "2020-12-15", 0, "The vote will be held on Jan. 12.",
	    "Jan. 12=2021-01-12" },
	{ "2020-01-05", 0, "The fire started on Dec. 28.",
	    "Dec. 28=2019-12-28" },
	{ "2020-10-10", 0, "Baku, Oct 9: Fighting resumed tonight.",
	    "Oct 9=2020-10-09|tonight=2020-10-10TNI" },
	{ "2020-10-14", 0, "Shops close on Thanksgiving Day.",
	    "Thanksgiving Day=2020-11-26" },
	{ "2020-10-14", 0, "The family met on Christmas Eve.",
	    "Christmas Eve=2020-12-24" },
	{ "2020-10-14", 0, "The album came out for Christmas 2019.",
	    "Christmas 2019=2019-12-25" },
	{ "2021-01-05", 0, "Sales fell over Christmas.",
	    "Christmas=2020-12-25" },
	{ "", 0, "Sales rose at Christmas.",
	    "Christmas=XXXX-12-25" },
	{ "2020-10-14", 0, "The plant opened in nineteen ninety-six.",
	    "nineteen ninety-six=1996" },
	{ "2020-10-14", 0, "Rates will stay low in the near future.",
	    "the near future=FUTURE_REF" },
	{ "2020-10-14", 0, "Demand will stay weak in the near term.",
	    "the near term=FUTURE_REF" },
	{ "1989-11-02", 0, "Profit in the 1988 second quarter was flat.",
	    "the 1988 second quarter=1988-Q2" },
	{ "1989-11-02", 0, "Sales in this year's third quarter rose.",
	    "this year's third quarter=1989-Q3" },
	{ "1989-11-02", 0, "Sales fell from last year's quarter.",
	    "last year's quarter=1988-Q3" },
	{ "2020-10-14", 0, "The talks ended about two years ago.",
	    "about two years ago=2018" },
	{ "2020-10-14", 0, "The blast came at around 7:15 p.m.",
	    "around 7:15 p.m=2020-10-14T19:15" },
	{ "2020-10-14", 0, "Several years ago the rules changed.",
	    "Several years ago=PAST_REF" },
	{ "2020-10-14", 0, "The firm was fined in the autumn of 2019.",
	    "the autumn of 2019=2019-FA" },
	{ "2020-10-14", 0, "Output fell in the year-earlier quarter.",
	    "the year-earlier quarter=2019-Q3" },
	{ "2020-10-14", 0, "He left almost four years ago.",
	    "almost four years ago=2016" },
};

/* Render a date list the way the table writes it. */
static char *
render(const char *text, const struct date_list *l)
{
	size_t i, len = 1;
	char *buf, *p;

	for (i = 0; i < l->n; i++)
		len += l->v[i].end - l->v[i].start + strlen(l->v[i].value) + 2;
	p = buf = malloc(len);
	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			*p++ = '|';
		memcpy(p, text + l->v[i].start, l->v[i].end - l->v[i].start);
		p += l->v[i].end - l->v[i].start;
		*p++ = '=';
		strcpy(p, l->v[i].value);
		p += strlen(p);
	}
	*p = '\0';
	return buf;
}

static void
opts_for(const struct scan_case *t, struct date_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->order = t->dmy ? DATE_DMY : DATE_MDY;
	if (t->ref[0] != '\0')
		ck_assert_int_eq(date_parse_ref(t->ref, strlen(t->ref), &o->ref), 0);
}

START_TEST(test_scan)
{
	const struct scan_case *t = &scan_cases[_i];
	struct date_list l = { NULL, 0, 0 };
	struct date_opts o;
	size_t i;
	char *got;

	opts_for(t, &o);
	date_scan(t->text, strlen(t->text), &o, &l);
	for (i = 0; i < l.n; i++) {
		ck_assert_uint_lt(l.v[i].start, l.v[i].end);
		ck_assert_uint_le(l.v[i].end, strlen(t->text));
		if (i > 0)
			ck_assert_uint_le(l.v[i - 1].end, l.v[i].start);
	}
	got = render(t->text, &l);
	ck_assert_msg(strcmp(got, t->want) == 0, "%s\n  got  [%s]\n  want [%s]",
	    t->text, got, t->want);
	free(got);
	date_list_free(&l);
}
END_TEST

/* The list is cleared by each scan, and reused without a leak. */
START_TEST(test_reuse)
{
	struct date_list l = { NULL, 0, 0 };
	struct date_opts o;

	memset(&o, 0, sizeof(o));
	ck_assert_uint_eq(date_scan("in 1994 and 1995", 16, &o, &l), 2);
	ck_assert_uint_eq(date_scan("nothing", 7, &o, &l), 0);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_uint_eq(date_scan("in 1994", 7, NULL, &l), 1);
	ck_assert_str_eq(l.v[0].value, "1994");
	date_list_free(&l);
	ck_assert_ptr_null(l.v);
}
END_TEST

/* A story's texts share a context: "the next day" counts from the last date named. */
START_TEST(test_ctx)
{
	static const char p1[] = "The dam broke on March 3, 2019.";
	static const char p2[] = "The next day the town was empty.";
	struct date_list l = { NULL, 0, 0 };
	struct date_ctx story;
	struct date_opts o;

	memset(&story, 0, sizeof(story));
	memset(&o, 0, sizeof(o));
	o.ref.year = 2020, o.ref.month = 10, o.ref.day = 14, o.ref.hour = -1;
	/* without a context, the next paragraph has nothing to count from */
	ck_assert_uint_eq(date_scan(p1, strlen(p1), &o, &l), 1);
	ck_assert_uint_eq(date_scan(p2, strlen(p2), &o, &l), 1);
	ck_assert_str_ne(l.v[0].value, "2019-03-04");
	o.ctx = &story;
	ck_assert_uint_eq(date_scan(p1, strlen(p1), &o, &l), 1);
	ck_assert_str_eq(l.v[0].value, "2019-03-03");
	ck_assert_uint_eq(date_scan(p2, strlen(p2), &o, &l), 1);
	ck_assert_str_eq(l.v[0].value, "2019-03-04");
	/* and the day it counted to is the next anchor */
	ck_assert_uint_eq(date_scan(p2, strlen(p2), &o, &l), 1);
	ck_assert_str_eq(l.v[0].value, "2019-03-05");
	/* a new story starts from a zeroed context */
	memset(&story, 0, sizeof(story));
	ck_assert_uint_eq(date_scan(p2, strlen(p2), &o, &l), 1);
	ck_assert_str_ne(l.v[0].value, "2019-03-05");
	date_list_free(&l);
}
END_TEST

static const struct ref_case {
	const char	*in;
	int		 ok;
	int		 y, m, d, h, mi;
} ref_cases[] = {
	{ "2020-10-09", 0, 2020, 10, 9, -1, 0 },
	{ "2020-10-09T12:30", 0, 2020, 10, 9, 12, 30 },
	{ "2020-10-09T12:30:45", 0, 2020, 10, 9, 12, 30 },
	{ "2016-11-07T00:00:00", 0, 2016, 11, 7, 0, 0 },
	{ "2020-02-29", 0, 2020, 2, 29, -1, 0 },
	{ "2019-02-29", -1, 0, 0, 0, 0, 0 },
	{ "2020-13-01", -1, 0, 0, 0, 0, 0 },
	{ "2020-10", -1, 0, 0, 0, 0, 0 },
	{ "10/09/2020", -1, 0, 0, 0, 0, 0 },
	{ "2020-10-09x", -1, 0, 0, 0, 0, 0 },
	{ "", -1, 0, 0, 0, 0, 0 },
	{ "yesterday", -1, 0, 0, 0, 0, 0 },
};

START_TEST(test_parse_ref)
{
	const struct ref_case *t = &ref_cases[_i];
	struct date_ref r;

	memset(&r, 0, sizeof(r));
	ck_assert_int_eq(date_parse_ref(t->in, strlen(t->in), &r), t->ok);
	if (t->ok == 0) {
		ck_assert_int_eq(r.year, t->y);
		ck_assert_int_eq(r.month, t->m);
		ck_assert_int_eq(r.day, t->d);
		ck_assert_int_eq(r.hour, t->h);
		if (t->h >= 0)
			ck_assert_int_eq(r.min, t->mi);
	}
}
END_TEST

/* date_value_ref: a dateline's yearless date is the nearest not after publication. */
static const struct vref_case {
	const char	*value;
	int		 pubset;
	int		 ok;
	int		 y, m, d;
} vref_cases[] = {
	{ "2020-10-09", 1, 0, 2020, 10, 9 },
	{ "XXXX-10-09", 1, 0, 2020, 10, 9 },	/* filed the day before */
	{ "XXXX-10-10", 1, 0, 2020, 10, 10 },
	{ "XXXX-10-11", 1, 0, 2019, 10, 11 },	/* not after publication */
	{ "XXXX-12-31", 1, 0, 2019, 12, 31 },
	{ "XXXX-02-29", 1, 0, 2020, 2, 29 },
	{ "XXXX-02-30", 1, -1, 0, 0, 0 },
	{ "XXXX-10-09", 0, -1, 0, 0, 0 },
	{ "2006-10-23T15:48", 0, 0, 2006, 10, 23 },
	{ "2020-W41", 1, -1, 0, 0, 0 },
	{ "PRESENT_REF", 1, -1, 0, 0, 0 },
	{ "P2W", 1, -1, 0, 0, 0 },
	{ "", 1, -1, 0, 0, 0 },
};

START_TEST(test_value_ref)
{
	const struct vref_case *t = &vref_cases[_i];
	struct date_ref pub = { 2020, 10, 10, -1, 0 }, r;

	memset(&r, 0, sizeof(r));
	ck_assert_int_eq(date_value_ref(t->value, t->pubset ? &pub : NULL, &r),
	    t->ok);
	if (t->ok == 0) {
		ck_assert_int_eq(r.year, t->y);
		ck_assert_int_eq(r.month, t->m);
		ck_assert_int_eq(r.day, t->d);
	}
}
END_TEST

START_TEST(test_words)
{
	ck_assert_int_eq(dw_check(), 0);
	ck_assert_ptr_nonnull(dw_lookup("FRIDAY", 6));
	ck_assert_ptr_nonnull(dw_lookup("Sept", 4));
	ck_assert_ptr_null(dw_lookup("Fridays!", 8));
	ck_assert_ptr_null(dw_lookup("sad", 3));
	ck_assert_ptr_null(dw_lookup("", 0));
}
END_TEST

/*
 * Bytes that once misled the scanner, and bytes no text has: every scan
 * must stay inside the text and keep its matches in order.
 */
static const struct {
	const char	*s;
	size_t		 n;
} odd_cases[] = {
	{ "Oct", 3 }, { "Oct.", 4 }, { "1990-", 5 }, { "12:", 3 },
	{ "12:3", 4 }, { "10 a.", 5 }, { "10 p.m", 6 }, { "the", 3 },
	{ "the past", 8 }, { "mid-", 4 }, { "'9", 2 }, { "Q", 1 },
	{ "2020-10-10T", 11 }, { "2020-10-10-1", 12 }, { "3 o'", 4 },
	{ "a few", 5 }, { "twenty-", 7 }, { "2 1/", 4 }, { "Friday,", 7 },
	{ "\xe2\x80\x9c" "Friday\xe2\x80\x9d", 12 }, { "\xff\xfe" "May 5", 7 },
	{ "May\0 5, 2020", 12 }, { "9 \xc2\xa0October", 11 },
	{ "year-", 5 }, { "the year-ago", 12 }, { "last", 4 },
	{ "in 1990'", 8 }, { "the 1990'", 9 }, { "'90", 3 }, { "1990", 4 },
};

START_TEST(test_odd)
{
	struct date_list l = { NULL, 0, 0 };
	struct date_opts o;
	size_t i;
	char *copy = malloc(odd_cases[_i].n);

	/* an exact-size copy: reading past the end is caught by ASan */
	ck_assert_ptr_nonnull(copy);
	memcpy(copy, odd_cases[_i].s, odd_cases[_i].n);
	memset(&o, 0, sizeof(o));
	o.ref.year = 2020, o.ref.month = 10, o.ref.day = 14, o.ref.hour = -1;
	date_scan(copy, odd_cases[_i].n, &o, &l);
	for (i = 0; i < l.n; i++) {
		ck_assert_uint_lt(l.v[i].start, l.v[i].end);
		ck_assert_uint_le(l.v[i].end, odd_cases[_i].n);
	}
	date_list_free(&l);
	free(copy);
}
END_TEST

static Suite *
date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc;

	tc = tcase_create("scan");
	tcase_add_loop_test(tc, test_scan, 0,
	    sizeof(scan_cases) / sizeof(scan_cases[0]));
	tcase_add_test(tc, test_reuse);
	tcase_add_test(tc, test_ctx);
	tcase_add_loop_test(tc, test_odd, 0,
	    sizeof(odd_cases) / sizeof(odd_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("reference");
	tcase_add_loop_test(tc, test_parse_ref, 0,
	    sizeof(ref_cases) / sizeof(ref_cases[0]));
	tcase_add_loop_test(tc, test_value_ref, 0,
	    sizeof(vref_cases) / sizeof(vref_cases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("words");
	tcase_add_test(tc, test_words);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(date_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
