/* check_fig.c -- unit tests of the figure recogniser and its decimals. */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fig.h"
#include "figwords.h"
#include "num.h"

/*
 * Each case: a sentence and its figures, "VALUE|UNIT|QUAL|TEXT" joined by
 * "; ", QUAL being ..HI for a range; "" when it holds none.
 */
struct figcase {
	const char	*text;
	const char	*want;
};

static const struct figcase fig_cases[] = {
	{ "The ferry carried 412 passengers.",
	    "412|passengers|=|412" },
	{ "Officials counted 77,695,023 ballots in all.",
	    "77695023|ballots|=|77,695,023" },
	{ "The index closed at 1.5 points higher.",
	    "1.5|points|=|1.5 points" },
	{ "Shares fell 0.5 percent on Monday.",
	    "0.5|%|=|0.5 percent" },
	{ "Temperatures dropped to -3 on the coast.",
	    "-3||=|-3" },
	{ "The fund holds 1 234 bonds.",
	    "1234|bonds|=|1 234" },
	{ "The pipeline will cost 12,45,678 taka.",
	    "1245678|BDT|=|12,45,678 taka" },
	{ "Rescuers found four hundred survivors.",
	    "400|survivors|=|four hundred" },
	{ "The recipe needs two and a half cups of rice.",
	    "2.5|cups|=|two and a half" },
	{ "She bought a dozen eggs.",
	    "12|eggs|=|a dozen" },
	{ "A third of the voters stayed home.",
	    "0.333333333333333||=|A third" },
	{ "Half the staff left.",
	    "0.5||=|Half" },
	{ "Forty-three per cent said yes.",
	    "43|%|=|Forty-three per cent" },
	{ "Sales reached 1.2 million units.",
	    "1200000|units|=|1.2 million" },
	{ "Exports rose to 5.93 mln tonnes.",
	    "5930000|tonnes|=|5.93 mln tonnes" },
	{ "The company lost $5bn last year.",
	    "5000000000|USD|=|$5bn" },
	{ "The club paid £600m for the stadium.",
	    "600000000|GBP|=|£600m" },
	{ "He was fined Tk 24 lakh by the court.",
	    "2400000|BDT|=|Tk 24 lakh" },
	{ "The project will cost Tk 58 crore.",
	    "580000000|BDT|=|Tk 58 crore" },
	{ "The startup has 3k subscribers.",
	    "3000|subscribers|=|3k" },
	{ "The deal is worth $1.13bn (£600m).",
	    "1130000000|USD|=|$1.13bn; 600000000|GBP|=|£600m" },
	{ "Tickets cost Tk 500 each.",
	    "500|BDT|=|Tk 500" },
	{ "The fee is Rs 2,000 per month.",
	    "2000|INR|=|Rs 2,000" },
	{ "Entry costs €40 for adults.",
	    "40|EUR|=|€40" },
	{ "Futures settled at 5 dlrs a barrel.",
	    "5|USD|=|5 dlrs" },
	{ "The loan was US$3 million.",
	    "3000000|USD|=|US$3 million" },
	{ "Farmers earn 500 taka a day.",
	    "500|BDT|=|500 taka" },
	{ "Turnout was 76% nationwide.",
	    "76|%|=|76%" },
	{ "The party won 49.97pc of the vote.",
	    "49.97|%|=|49.97pc" },
	{ "Prices climbed 31.76 percent in a year.",
	    "31.76|%|=|31.76 percent" },
	{ "Unemployment fell 5 percentage points.",
	    "5|pp|=|5 percentage points" },
	{ "Some 400 homes were flooded.",
	    "400|homes|~|400" },
	{ "About 50 protesters gathered outside.",
	    "50|protesters|~|50" },
	{ "Around 300 workers were laid off.",
	    "300|workers|~|300" },
	{ "Roughly 20 villages lost power.",
	    "20|villages|~|20" },
	{ "More than 6,000 people fled the fighting.",
	    "6000|people|>|More than 6,000" },
	{ "Over 200 schools closed.",
	    "200|schools|>|Over 200" },
	{ "At least 460 people were injured.",
	    "460|people|>=|At least 460" },
	{ "Fewer than 30 seats remain.",
	    "30|seats|<|Fewer than 30" },
	{ "Under 10 percent of firms replied.",
	    "10|%|<|Under 10 percent" },
	{ "Up to 90 flights were cancelled.",
	    "90|flights|<=|Up to 90" },
	{ "As many as 1,000 troops were deployed.",
	    "1000|troops|<=|As many as 1,000" },
	{ "Nearly 70 percent of households have water.",
	    "70|%|<|Nearly 70 percent" },
	{ "Almost 5,000 families were displaced.",
	    "5000|families|<|Almost 5,000" },
	{ "Dozens of children were treated in hospital.",
	    "12|children|>=|Dozens" },
	{ "Hundreds of residents marched.",
	    "100|residents|>=|Hundreds" },
	{ "Thousands of fans packed the square.",
	    "1000|fans|>=|Thousands" },
	{ "Tens of thousands of workers went on strike.",
	    "10000|workers|>=|Tens of thousands" },
	{ "The storm damaged 10-15 houses.",
	    "10|houses|..15|10-15" },
	{ "Between 5 and 7 ships sank.",
	    "5|ships|..7|Between 5 and 7" },
	{ "Wheat traded at 1,750 to 1,780 dlrs per tonne.",
	    "1750|USD|..1780|1,750 to 1,780 dlrs" },
	{ "The blast killed 400 people and injured 140 victims and witnesses.",
	    "400|people|=|400; 140|victims|=|140" },
	{ "Floods cost 400 lives this year.",
	    "400|lives|=|400" },
	{ "The road is 230 km long.",
	    "230|km|=|230 km" },
	{ "The parcel weighed 12 kg.",
	    "12|kg|=|12 kg" },
	{ "The plant produces 600 tonnes a day.",
	    "600|tonnes|=|600 tonnes" },
	{ "Winds reached 90 mph.",
	    "90|mph|=|90 mph" },
	{ "Temperatures hit 45°C in the capital.",
	    "45|°C|=|45°C" },
	{ "The town is 55 kilometres from the border.",
	    "55|km|=|55 kilometres" },
	{ "The 13th parliamentary election was held peacefully.",
	    "" },
	{ "The COVID-19 pandemic hit hard.",
	    "" },
	{ "Leaders met at the G20 summit.",
	    "" },
	{ "The Boeing 737 landed safely.",
	    "" },
	{ "Shares of DCXGn.DE rose.",
	    "" },
	{ "Call 555-1234 for details.",
	    "" },
	{ "Article 370 was revoked.",
	    "" },
	{ "Arsenal won 3-1 at home.",
	    "" },
	{ "The match ended 6-3 6-2.",
	    "" },
	{ "The vote passed 272-219.",
	    "" },
	{ "The meeting starts at 11:30 in the hall.",
	    "" },
	{ "She ran in the first half of the race.",
	    "" },
	{ "One of the officers was hurt.",
	    "" },
	{ "Two-thirds of members agreed.",
	    "0.666666666666667||=|Two-thirds" },
	{ "The team played three games in a week.",
	    "3|games|=|three" },
	{ "The bond yields 3.05 percent.",
	    "3.05|%|=|3.05 percent" },
	{ "A quarter percentage point cut was expected.",
	    "0.25|pp|=|A quarter percentage point" },
	{ "Output rose 0.15 of a percentage point.",
	    "0.15|pp|=|0.15 of a percentage point" },
	{ "The central bank cut rates by 25 basis points.",
	    "25|basis points|=|25 basis points" },
	{ "The firm shed 2,500 jobs.",
	    "2500|jobs|=|2,500" },
	{ "Police arrested 15 suspects.",
	    "15|suspects|=|15" },
	{ "The 20-year-old was charged.",
	    "20|years|=|20-year-old" },
	{ "A three-day strike began.",
	    "3|days|=|three-day" },
	{ "The company hired an 11-member panel.",
	    "11|member|=|11-member" },
	{ "Inflation eased from 4 percent to 3 percent.",
	    "4|%|=|4 percent; 3|%|=|3 percent" },
	{ "Prices ranged from $200 to $500.",
	    "200|USD|..500|from $200 to $500" },
	{ "The offer valued it at S$13.75 billion.",
	    "13750000000|SGD|=|S$13.75 billion" },
	{ "The tower is 300 metres tall.",
	    "300|m|=|300 metres" },
	{ "The tank holds 1,000 litres.",
	    "1000|l|=|1,000 litres" },
	{ "The parcel was 3.5 lb.",
	    "3.5|lb|=|3.5 lb" },
	{ "Gold rose to $1,737.00 an ounce.",
	    "1737|USD|=|$1,737.00" },
	{ "He paid 97p per share.",
	    "97|pence|=|97p" },
	{ "The bill is 683-1/2 pence.",
	    "683.5|pence|=|683-1/2 pence" },
	{ "Rates rose 7-1/4 pct.",
	    "7.25|%|=|7-1/4 pct" },
	{ "The index fell 81.62 points.",
	    "81.62|points|=|81.62 points" },
	{ "About 113.5m ounces were mined.",
	    "113500000|oz|~|113.5m ounces" },
	{ "The ratio was two-for-one.",
	    "" },
	{ "It happened at 4pm.",
	    "" },
	{ "The 1990s were different.",
	    "" },
	{ "The plan covers 2014-2018.",
	    "" },
	{ "Talks were held on Feb 17 and 19.",
	    "" },
	{ "The version 1.2.3 shipped.",
	    "" },
	{ "Call +44 20 7946 0000 today.",
	    "" },
	{ "The deficit hit 1e999 dollars.",
	    "" },
	{ "The charity raised one thousand pounds.",
	    "1000|GBP|=|one thousand pounds" },
	{ "Nearly half a million people voted.",
	    "500000|people|<|Nearly half a million" },
	{ "Half a dozen boats capsized.",
	    "6|boats|=|Half a dozen" },
	{ "He spent one and a half hours waiting.",
	    "1.5|hours|=|one and a half hours" },
	{ "The state owes two and a half lakh crore takas.",
	    "2500000000000|BDT|=|two and a half lakh crore takas" },
	{ "At least one and a half crore people need aid.",
	    "15000000|people|>=|At least one and a half crore" },
	{ "The bank lent seven million euros.",
	    "7000000|EUR|=|seven million euros" },
	{ "The fire burned twenty-five homes.",
	    "25|homes|=|twenty-five" },
	{ "A hundred and twenty guests came.",
	    "120|guests|=|A hundred and twenty" },
	{ "Three quarters of the land is forest.",
	    "0.75||=|Three quarters" },
	{ "Ninety-nine players took part.",
	    "99|players|=|Ninety-nine" },
	{ "She has a couple of ideas.",
	    "2||=|a couple" },
	{ "No one was hurt.",
	    "" },
	{ "Only one survived.",
	    "" },
	{ "The minister said one thing.",
	    "" },
	{ "The index gained 13,189.06 on the day.",
	    "13189.06||=|13,189.06" },
	{ "Wages rose by between 0.1 percent and 0.4 percent.",
	    "0.1|%|..0.4|between 0.1 percent and 0.4 percent" },
	{ "The fund targets $300 million to $350 million.",
	    "300000000|USD|..350000000|$300 million to $350 million" },
	{ "Prices were Tk 150 to Tk 180 per kg.",
	    "150|BDT|..180|Tk 150 to Tk 180" },
	{ "They want Tk 50 to 60 lakh each.",
	    "5000000|BDT|..6000000|Tk 50 to 60 lakh" },
	{ "The bank set aside 45-50 mln dlrs.",
	    "45000000|USD|..50000000|45-50 mln dlrs" },
	{ "Output was 1.25 and 1.89 mln tonnes in the two years.",
	    "1250000|tonnes|=|1.25; 1890000|tonnes|=|1.89 mln tonnes; "
	    "2|years|=|two years" },
	{ "Imports fell to 720,000 tonnes.",
	    "720000|tonnes|=|720,000 tonnes" },
	{ "The offer is 14%-15% above market.",
	    "14|%|..15|14%-15%" },
	{ "Growth was 11–12% last year.",
	    "11|%|..12|11–12%" },
	{ "Aid of 5–10 crore is expected.",
	    "50000000||..100000000|5–10 crore" },
	{ "It sold 1,700-1,800 yen shares.",
	    "1700|JPY|..1800|1,700-1,800 yen" },
	{ "Its value is from -100 to +100.",
	    "-100||..100|from -100 to +100" },
	{ "Shares rose 2 per cent to 108.55 yen.",
	    "2|%|=|2 per cent; 108.55|JPY|=|108.55 yen" },
	{ "The stock yields 9.375 pct.",
	    "9.375|%|=|9.375 pct" },
	{ "Orders could reach 26 or above.",
	    "26||>=|26 or above" },
	{ "He earned 10,000-plus votes.",
	    "10000|votes|>=|10,000-plus" },
	{ "Buyers paid $10K each.",
	    "10000|USD|=|$10K" },
	{ "The rally drew millions of people.",
	    "1000000|people|>=|millions" },
	{ "It costs hundreds of millions of dollars.",
	    "100000000|USD|>=|hundreds of millions of dollars" },
	{ "The plan saves tens of thousands of pounds.",
	    "10000|GBP|>=|tens of thousands of pounds" },
	{ "The wall is 6 ft high.",
	    "6|ft|=|6 ft" },
	{ "The car does 3km/h in traffic.",
	    "3|km/h|=|3km/h" },
	{ "Snow fell 30 cm deep.",
	    "30|cm|=|30 cm" },
	{ "The ship carried 6 million barrels of oil.",
	    "6000000|barrels|=|6 million barrels" },
	{ "Plants added 484 GW of capacity.",
	    "484|GW|=|484 GW" },
	{ "The farm covers 120 hectares.",
	    "120|ha|=|120 hectares" },
	{ "About 1,000 cubic metres of water leaked.",
	    "1000|cubic metres|~|1,000 cubic metres" },
	{ "The bird flew 39 miles.",
	    "39|mi|=|39 miles" },
	{ "The bridge is 63 kilometers away.",
	    "63|km|=|63 kilometers" },
	{ "The tablet costs Rs 299 only.",
	    "299|INR|=|Rs 299" },
	{ "The painting sold for 169 euros.",
	    "169|EUR|=|169 euros" },
	{ "He paid 21,000 taka to the broker.",
	    "21000|BDT|=|21,000 taka" },
	{ "The team won by 17 runs with three balls to spare.",
	    "17|runs|=|17; 3|balls|=|three" },
	{ "She was born in 1998 in Dhaka.",
	    "" },
	{ "The plant opened on 12 February 2026 in Khulna.",
	    "" },
	{ "The office opens at 9 a.m. on weekdays.",
	    "" },
	{ "By 1700 GMT the market had closed.",
	    "" },
	{ "We moved here two years ago.",
	    "" },
	{ "Flight 370 vanished.",
	    "" },
	{ "Windows 10 was released.",
	    "" },
	{ "The 787-9 jet landed.",
	    "" },
	{ "His number is 347-966-3806 now.",
	    "" },
	{ "Room 101 is empty.",
	    "" },
	{ "The 5G network launched.",
	    "" },
	{ "Firms in the FTSE 100 fell.",
	    "" },
	{ "About 12.5% of adults smoke.",
	    "12.5|%|~|12.5%" },
	{ "The shares traded at 252p.",
	    "252|pence|=|252p" },
	{ "It was priced at 1.00 dlr.",
	    "1|USD|=|1.00 dlr" },
	{ "Wheat rose 15 cts a bushel.",
	    "15|cent|=|15 cts" },
	{ "The tax is one stg per bottle.",
	    "1|GBP|=|one stg" },
	{ "The loss was 65.89 billion.",
	    "65890000000||=|65.89 billion" },
	{ "Sri Lanka will pay 250 mln rupees.",
	    "250000000|LKR|=|250 mln rupees" },
	{ "They seized 3,217 tonnes of grain.",
	    "3217|tonnes|=|3,217 tonnes" },
	{ "The price is 59.2 trillion rupiah.",
	    "59200000000000|IDR|=|59.2 trillion rupiah" },
	{ "Revenue rose to 540bn yen.",
	    "540000000000|JPY|=|540bn yen" },
	{ "The fund is worth 800 billion yuan.",
	    "800000000000|CNY|=|800 billion yuan" },
	{ "The firm expects 6.745 billion riyals.",
	    "6745000000|SAR|=|6.745 billion riyals" },
	{ "It cost 424 crowns each.",
	    "424|SEK|=|424 crowns" },
	{ "The bill totals 2 billion francs.",
	    "2000000000|CHF|=|2 billion francs" },
	{ "Nearly five billion marks were spent.",
	    "5000000000|DEM|<|Nearly five billion marks" },
	{ "Inflation is 2.74%.",
	    "2.74|%|=|2.74%" },
	{ "He has been in office for 46-year.",
	    "46|years|=|46-year" },
	{ "The rent is 99% higher.",
	    "99|%|=|99%" },
	{ "The price is $0.85 a share.",
	    "0.85|USD|=|$0.85" },
	{ "The app has 1 million users.",
	    "1000000|users|=|1 million" },
	{ "They waited for fifteen minutes.",
	    "15|minutes|=|fifteen minutes" },
	{ "About 60 percent to 70 percent voted.",
	    "60|%|..70|60 percent to 70 percent" },
	{ "Scores of buildings collapsed.",
	    "20|buildings|>=|Scores of" },
	{ "The rate is 33-1/3 pct.",
	    "33.333333333333333|%|=|33-1/3 pct" },
	{ "The half-point cut helped.",
	    "0.5|points|=|half-point" },
	{ "Less than half of them came.",
	    "0.5||<|Less than half" },
	{ "Over half of the homes were damaged.",
	    "0.5||>|Over half" },
	{ "It cost 42 Saudi riyals in the market.",
	    "42|SAR|=|42 Saudi riyals" },
	{ "The ticket was 20€ at the door.",
	    "20|EUR|=|20€" },
	{ "The fee rose to 7 EUR per night.",
	    "7|EUR|=|7 EUR" },
	{ "Candy cost 10¢ back then.",
	    "10|cent|=|10¢" },
	{ "The bank paid 5 Hong Kong dollars per share.",
	    "5|HKD|=|5 Hong Kong dollars" },
	{ "He is 1.8m tall.",
	    "1.8|m|=|1.8m" },
	{ "She won the 100m sprint.",
	    "100|m|=|100m" },
	{ "They built a 30m-high wall.",
	    "30|m|=|30m" },
	{ "The firm signed a $5m deal.",
	    "5000000|USD|=|$5m" },
	{ "The show reached 38m viewers.",
	    "38000000|viewers|=|38m" },
	{ "The baby weighed 8 pounds at birth.",
	    "8|lb|=|8 pounds" },
	{ "Add 2 pounds of flour.",
	    "2|lb|=|2 pounds" },
	{ "The ticket cost 25 pounds.",
	    "25|GBP|=|25 pounds" },
	{ "Speeds reached 10km/hr.",
	    "10|km/h|=|10km/hr" },
	{ "It was minus 5 degrees in the valley.",
	    "-5|°|=|minus 5 degrees" },
	{ "Buyers ordered 3 dozen roses.",
	    "36|roses|=|3 dozen" },
	{ "The state has 1 234 567 residents.",
	    "1234567|residents|=|1 234 567" },
	{ "Temperatures fell to 3 °C overnight.",
	    "3|°C|=|3 °C" },
	{ "The winner received 1,000,000 baht.",
	    "1000000|THB|=|1,000,000 baht" },
	{ "The court fined him Rs.5,000 for contempt.",
	    "5000|INR|=|Rs.5,000" },
	{ "The airline cut 1,200 jobs.",
	    "1200|jobs|=|1,200" },
	{ "The bridge spans 1.5 km.",
	    "1.5|km|=|1.5 km" },
	{ "The river rose by 2.3 metres.",
	    "2.3|m|=|2.3 metres" },
	{ "The company earned 12.5 billion yen.",
	    "12500000000|JPY|=|12.5 billion yen" },
	{ "Some 40 young grey seals were spotted.",
	    "40|seals|~|40" },
	{ "She has three children.",
	    "3|children|=|three" },
	{ "He scored 30 points in the game.",
	    "30|points|=|30 points" },
	{ "The survey covered 1,500 households.",
	    "1500|households|=|1,500" },
	{ "Over 2 million barrels were spilled.",
	    "2000000|barrels|>|Over 2 million barrels" },
	{ "The reserve holds 5.5 trillion cubic feet of gas.",
	    "5500000000000|cubic feet|=|5.5 trillion cubic feet" },
	{ "It fell to 1.2 percent from 1.5 percent.",
	    "1.2|%|=|1.2 percent; 1.5|%|=|1.5 percent" },
	{ "The stock dropped 4.5% to $23.10.",
	    "4.5|%|=|4.5%; 23.1|USD|=|$23.10" },
	{ "The bill passed by 50 votes.",
	    "50|votes|=|50" },
	{ "It is a 10-point plan.",
	    "10|points|=|10-point" },
	{ "A five-member committee met.",
	    "5|member|=|five-member" },
	{ "There were seven to eight thousand people.",
	    "7000|people|..8000|seven to eight thousand" },
	{ "The chain has 500-plus stores.",
	    "500|stores|>=|500-plus" },
	{ "The tournament had 64 teams.",
	    "64|teams|=|64" },
	{ "The flight was delayed by 90 minutes.",
	    "90|minutes|=|90 minutes" },
	{ "The toll reached 1,100 dead.",
	    "1100|dead|=|1,100" },
	{ "At least 12 killed in the crash.",
	    "12||>=|At least 12" },
	{ "The firm has 30,000-odd workers.",
	    "30000|workers|~|30,000-odd" },
	{ "The house has 4 bedrooms.",
	    "4|bedrooms|=|4" },
	{ "He won 6-4 6-3 in the final.",
	    "" },
	{ "The score was 2-2 at half-time.",
	    "" },
	{ "The bus number 42 was late.",
	    "" },
	{ "Interest rates rose by half a percentage point.",
	    "0.5|pp|=|half a percentage point" },
	{ "Profits doubled to £3.5bn.",
	    "3500000000|GBP|=|£3.5bn" },
	{ "A 7.8-magnitude earthquake struck.",
	    "7.8|magnitude|=|7.8-magnitude" },
	{ "It sold 40,000 copies in a week.",
	    "40000|copies|=|40,000" },
	{ "Dhaka, Jan 5 - prices rose.",
	    "" },
	{ "The plane carried 150 passengers and 6 crew.",
	    "150|passengers|=|150; 6|crew|=|6" },
	{ "It is 2.5 times bigger.",
	    "2.5|times|=|2.5" },
	{ "The M25 motorway was closed.",
	    "" },
	{ "The A380 superjumbo landed.",
	    "" },
	{ "He lives at 221B Baker Street.",
	    "" },
	{ "The F-16 jets flew over.",
	    "" },
	{ "Prices rose 0.3pc in May.",
	    "0.3|%|=|0.3pc" },
	{ "They launched a Tk 500-crore project.",
	    "5000000000|BDT|=|Tk 500-crore" },
	{ "It is a $2-billion deal.",
	    "2000000000|USD|=|$2-billion" },
	{ "The plan costs Rs 5 cr.",
	    "50000000|INR|=|Rs 5 cr" },
	{ "Temperatures of 25C are expected.",
	    "25|\xc2\xb0" "C|=|25C" },
	{ "It fell to -5C overnight.",
	    "-5|\xc2\xb0" "C|=|-5C" },
	{ "The guests stayed in room 25C.",
	    "" },
	{ "There was a 10 mins wait.",
	    "10|minutes|=|10 mins" },
	{ "More than 600,000 settlers live there.",
	    "600000|settlers|>|More than 600,000" },
	{ "Over 2,000 Kenyans signed up.",
	    "2000|kenyans|>|Over 2,000" },
	{ "The airline ordered 20 Airbus A321 jets.",
	    "20|jets|=|20" },
	{ "Nine out of ten doctors agree.",
	    "9|doctors|=|Nine; 10|doctors|=|ten" },
	{ "Eight of the banks failed.",
	    "8|banks|=|Eight" },
	{ "The item sold at 5.40 H.K. dlrs.",
	    "5.4|HKD|=|5.40 H.K. dlrs" },
	{ "Polls closed in Dinajpur-3 and 5 early.",
	    "" },
	{ "Results from Dhaka-7, 8, 10 and 13 came late.",
	    "" },
	{ "1. Prices rose by 5 percent.",
	    "5|%|=|5 percent" },
	{ "The fleet grew to 5, 6 and 7 ships.",
	    "5|ships|=|5; 6|ships|=|6; 7|ships|=|7" },
	{ "Tickets cost 20 through 30 dollars.",
	    "20|USD|..30|20 through 30 dollars" },
	{ "She won 6-3, 7-6 (7) in the final.",
	    "" },
	{ "He bought an iPhone 7 yesterday.",
	    "" },
	/* crashing and overflowing inputs kept from the fuzz harness */
	{ "1e999", "" },
	{ "1e-999 kg", "" },
	{ "0.000000000000000000000000000000000000000000000001 km", "" },
	{ "99999999999999999999999999999999999999999999999999 people", "" },
	{ "Tk", "" },
	{ "$", "" },
	{ "-", "" },
	{ "a", "" },
	{ "half", "0.5||=|half" },
	{ "one-", "" },
	{ "two and a", "2||=|two" },
	{ "5 trillion trillion", "" },
	{ "1,", "1||=|1" },
	{ "12,34", "12||=|12; 34||=|34" },
	{ "3.", "3||=|3" },
	{ "7-1/", "" },
	{ "+", "" },
	{ "half a", "0.5||=|half" },
	{ "it was one a", "" },
	{ "12 a", "12||=|12" },
	/* fractions of a whole number after a space */
	{ "The stock gained 4 1/2 points on the day.",
	    "4.5|points|=|4 1/2 points" },
	{ "Stir in 2 3/4 cups of stock.",
	    "2.75|cups|=|2 3/4" },
	{ "The plank is 12 7/8.",
	    "12.875||=|12 7/8" },
	{ "He saw 3 1/5/2020 on the form.", "3||=|3" },
	{ "Version 10 1/2/3 shipped.", "" },
	/* a hyphen left hanging before "to" */
	{ "They ordered 6- to 9-metre boats.",
	    "6|m|..9|6- to 9-metre" },
	{ "It means a 15- to 20-year term.",
	    "15|years|..20|15- to 20-year" },
	{ "Pupils aged 7- to 11 enrolled.",
	    "7||=|7; 11||=|11" },
	/* scores of people acting, not points scored */
	{ "Scores were trapped under the rubble.",
	    "20||>=|Scores" },
	{ "The roof fell, with scores fleeing the hall.",
	    "20||>=|scores" },
	{ "The scores were level at half-time.", "" },
	{ "Maths scores improved this year.", "" },
	{ "Their scores dropped.", "" },
	/* a proportion: one in five */
	{ "One in four nurses plans to quit.",
	    "1|nurses|=|One; 4|nurses|=|four" },
	{ "About 1 in 20 drivers failed the test.",
	    "1|drivers|~|1; 20|drivers|=|20" },
	{ "She won 2 in 2 weeks.", "2||=|2; 2|weeks|=|2 weeks" },
	/* capitalised number words that name things */
	{ "Wales won the Six Nations title.", "" },
	{ "The crowd cheered the Three Lions at the Four-Counties Cup.", "" },
	{ "Bank Signs Deals with Three Lenders", "3|lenders|=|Three" },
	{ "Three people died.", "3|people|=|Three" },
	/* 4K video is a resolution, $4K money, 4k a count */
	{ "The camera records 4K video.", "" },
	{ "The fee rose to $4K and 4k fans came.",
	    "4000|USD|=|$4K; 4000|fans|=|4k" },
	/* a six in cricket is a hit, not a figure */
	{ "He ended it with a towering six over long-on.", "" },
	{ "She hit a six and two fours.", "2|fours|=|two" },
	{ "A further six were injured.", "6||=|six" },
	/* labels */
	{ "Rebels in area 51 fled.", "" },
	{ "The virus reached level 4 in the region.", "" },
	{ "The alert stayed at stage 3.", "" },
	/* a glued m after an article or a possessive is a distance */
	{ "She took the 400m and the men's 1500m went to him.",
	    "400|m|=|400m; 1500|m|=|1500m" },
	{ "He landed a 45m drop goal.", "45|m|=|45m" },
	{ "The app has 12m users.", "12000000|users|=|12m" },
	{ "The club spent £12m and the 3m of shares sold.",
	    "12000000|GBP|=|£12m; 3000000||=|3m" },
	/* names after a capitalised word */
	{ "Rationing lasted until after World War Two ended.", "" },
	{ "He drove in Formula One races.", "" },
	{ "IN THE END Four votes were lost.", "4|votes|=|Four" },
	{ "A HOME FOR THREE", "3||=|THREE" },
	/* fly-half and scrum-half are players; X-and-a-half is a figure */
	{ "The fly-half kicked a penalty.", "" },
	{ "The four-and-a-half-hour flight landed.",
	    "4.5|hours|=|four-and-a-half-hour" },
	{ "Her son, aged one-and-a-half, slept.",
	    "1.5||=|one-and-a-half" },
	/* the noun after a list counts for each number of it */
	{ "Storms killed 12, 15 or 20 sheep.",
	    "12|sheep|=|12; 15|sheep|=|15; 20|sheep|=|20" },
	{ "Of the 300, 40 people left.", "300||=|300; 40|people|=|40" },
	{ "She scored 2 and 3 in the games.", "2||=|2; 3||=|3" },
	/* a currency named without its country takes the text's country */
	{ "KARACHI - Pakistan raised 90 mln rupees.",
	    "90000000|PKR|=|90 mln rupees" },
	{ "Delhi raised 90 rupees.", "90|INR|=|90 rupees" },
	{ "A Danish bank lost 7 billion crowns.",
	    "7000000000|DKK|=|7 billion crowns" },
	{ "Paris paid 12 Swiss francs.", "12|CHF|=|12 Swiss francs" },
	/* a part of a whole counts the whole's noun */
	{ "Four of the hostages were freed.", "4|hostages|=|Four" },
	{ "She met a dozen of her rivals.", "12|rivals|=|a dozen" },
	{ "One of the men fled.", "" },
	/* a couple: two, or a pair of people */
	{ "He asked a couple of questions.", "2||=|a couple" },
	{ "A couple and their dog were rescued.", "" },
	{ "Police named a couple who ran the shop.", "" },
	{ "She hopes to win a couple more.", "2||=|a couple" },
	/* the next number ends the search for the noun */
	{ "Rates fell from above 5 two years ago.", "5||>|above 5" },
	{ "She had 9 number one records.", "9|records|=|9" },
	/* a count in a larger one only */
	{ "He made his fifty in 31 balls.", "50||=|fifty; 31|balls|=|31" },
	/* Take-Two is a name; British pounds are sterling */
	{ "Shares of Take-Two rose.", "" },
	{ "($1 = 0.7500 British pounds)",
	    "1|USD|=|$1; 0.75|GBP|=|0.7500 British pounds" },
};

/* A figure of l as render writes it, to fp. */
static void
render_one(FILE *fp, const char *text, const struct fig_list *l, size_t i,
    int first)
{
	fprintf(fp, "%s%s|%s|", first ? "" : "; ",
	    fig_str(l, l->v[i].value), fig_str(l, l->v[i].unit));
	if (l->v[i].qual == FIG_RANGE)
		fprintf(fp, "..%s", fig_str(l, l->v[i].hi));
	else
		fputs(fig_qual_str(l->v[i].qual), fp);
	fprintf(fp, "|%.*s", (int)(l->v[i].end - l->v[i].start),
	    text + l->v[i].start);
}

/* The figures of text written as in fig_cases. */
static char *
render(const char *text)
{
	struct fig_list l;
	char *buf = NULL;
	size_t len = 0, i;
	FILE *fp;

	memset(&l, 0, sizeof(l));
	fig_scan(text, strlen(text), &l);
	fp = open_memstream(&buf, &len);
	for (i = 0; i < l.n; i++)
		render_one(fp, text, &l, i, i == 0);
	fclose(fp);
	fig_list_free(&l);
	return buf;
}

struct batches {
	FILE		*fp;
	const char	*text;
	size_t		 seen;
	size_t		 calls;
};

static void
render_batch(const struct fig_list *l, void *arg)
{
	struct batches *b = arg;
	size_t i;

	ck_assert_uint_gt(l->n, 0);
	for (i = 0; i < l->n; i++, b->seen++)
		render_one(b->fp, b->text, l, i, b->seen == 0);
	b->calls++;
}

/* The figures of text as fig_scan_each hands them out, in batches. */
static char *
render_each(const char *text, size_t *calls)
{
	struct fig_list l;
	struct batches b;
	char *buf = NULL;
	size_t len = 0, n;

	memset(&l, 0, sizeof(l));
	b.fp = open_memstream(&buf, &len);
	b.text = text;
	b.seen = b.calls = 0;
	n = fig_scan_each(text, strlen(text), &l, render_batch, &b);
	ck_assert_uint_eq(n, b.seen);
	fclose(b.fp);
	fig_list_free(&l);
	*calls = b.calls;
	return buf;
}

START_TEST(test_fig)
{
	char *got = render(fig_cases[_i].text);

	ck_assert_msg(strcmp(got, fig_cases[_i].want) == 0,
	    "\"%s\": got \"%s\", want \"%s\"", fig_cases[_i].text, got,
	    fig_cases[_i].want);
	free(got);
}
END_TEST

/* In batches or all at once, the same figures: each case, then all of them. */
START_TEST(test_each)
{
	char *all, *got, *want;
	size_t i, len = 0, calls;

	got = render_each(fig_cases[0].text, &calls);
	ck_assert_str_eq(got, fig_cases[0].want);
	free(got);
	for (i = 0; i < sizeof(fig_cases) / sizeof(fig_cases[0]); i++)
		len += strlen(fig_cases[i].text) + 2;
	all = malloc(len + 1);
	for (i = 0, len = 0; i < sizeof(fig_cases) / sizeof(fig_cases[0]);
	    i++) {
		memcpy(all + len, fig_cases[i].text, strlen(fig_cases[i].text));
		len += strlen(fig_cases[i].text);
		memcpy(all + len, i % 2 ? "\n " : "  ", 2);
		len += 2;
	}
	all[len] = '\0';
	got = render_each(all, &calls);
	want = render(all);
	ck_assert_str_eq(got, want);
	ck_assert_uint_gt(calls, 10);	/* it did hand out batches */
	free(got);
	free(want);
	free(all);
}
END_TEST

/* A number of 10,000 digits and a line of every byte: no figure, no crash. */
START_TEST(test_huge)
{
	struct fig_list l;
	char *s = malloc(10001), bytes[512];
	size_t i;

	memset(&l, 0, sizeof(l));
	memset(s, '7', 10000);
	s[10000] = '\0';
	ck_assert_uint_eq(fig_scan(s, 10000, &l), 0);
	s[5000] = '.';
	ck_assert_uint_eq(fig_scan(s, 10000, &l), 0);
	for (i = 0; i < sizeof(bytes); i++)
		bytes[i] = (char)(i * 7 % 256);
	fig_scan(bytes, sizeof(bytes), &l);
	ck_assert_uint_eq(fig_scan("", 0, &l), 0);
	fig_list_free(&l);
	free(s);
}
END_TEST

/*
 * The tables are sorted, and each is searched through the index it works
 * out on first use: every entry must be found.  The word sets are hashed:
 * each word must be found.
 */
START_TEST(test_sorted)
{
	const struct wordlist *set[] = { &fw_stop, &fw_label, &fw_change,
	    &fw_notone };
	char up[32];
	size_t j, len;
	const struct figtab *tab[] = { fw_small, fw_big, fw_attscale,
	    fw_denom, fw_vague, fw_pct, fw_cursuf, fw_curscale, fw_curpre,
	    fw_cursym, fw_measure, fw_before, fw_after };
	size_t i, k;

	/* each word of a set is found by its hash, in any case */
	for (i = 0; i < sizeof(set) / sizeof(set[0]); i++)
		for (k = 0; k < set[i]->n; k++) {
			len = strlen(set[i]->w[k]);
			ck_assert_uint_lt(len, sizeof(up));
			for (j = 0; j < len; j++)
				up[j] = (char)toupper((unsigned char)
				    set[i]->w[k][j]);
			ck_assert_msg(wl_has(set[i], up, len), "set %zu: %s",
			    i, set[i]->w[k]);
		}
	ck_assert(!wl_has(&fw_stop, "thee", 4));
	ck_assert(wl_has(&fw_stop, "The", 3));
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		for (k = 1; k < tab[i]->n; k++)
			ck_assert_msg(strcmp(tab[i]->v[k - 1].w,
			    tab[i]->v[k].w) <= 0, "table %zu: %s before %s", i,
			    tab[i]->v[k - 1].w, tab[i]->v[k].w);
	/* the index of each table finds every entry, after and before */
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		for (k = 0; k < tab[i]->n; k++) {
			const struct figword *h;
			char buf[64];

			len = tab[i]->v[k].len;
			ck_assert_uint_lt(len + 4, sizeof(buf));
			memcpy(buf, "x ", 2);
			memcpy(buf + 2, tab[i]->v[k].w, len);
			memcpy(buf + 2 + len, " y", 3);
			ck_assert_msg(fw_match(buf, len + 4, 2, tab[i], &h) ==
			    len, "table %zu: %s not found", i, tab[i]->v[k].w);
			ck_assert_msg(fw_match_before(buf, len + 2, tab[i],
			    &h) == 2, "table %zu: %s not found before", i,
			    tab[i]->v[k].w);
		}
	{
		const struct figword *h;

		ck_assert_uint_eq(fw_match("per cent", 8, 0, fw_pct, &h), 8);
		ck_assert_uint_eq(fw_match("percentile", 10, 0, fw_pct, &h),
		    0);
		ck_assert_uint_eq(fw_match_before("paid US$", 8, fw_cursym,
		    &h), 5);
	}
}
END_TEST

/* Decimals: digits and frac in, plain decimal out. */
struct numcase {
	const char	*digits;
	int		 frac;
	int		 scale;
	const char	*want;
};

static const struct numcase num_cases[] = {
	{ "400", 0, 0, "400" },
	{ "77695023", 0, 0, "77695023" },
	{ "113", 2, 9, "1130000000" },
	{ "25", 1, 0, "2.5" },
	{ "05", 1, 0, "0.5" },
	{ "000", 0, 0, "0" },
	{ "100", 2, 0, "1" },
	{ "1", 0, -3, "0.001" },
	{ "1250", 3, 6, "1250000" },
	{ "593", 2, 6, "5930000" },
	{ "4", 0, 12, "4000000000000" },
	{ "123456789012345678901234567890", 0, 0,
	    "123456789012345678901234567890" },
	{ "1", 0, 40, "10000000000000000000000000000000000000000" },
};

START_TEST(test_num)
{
	const struct numcase *c = &num_cases[_i];
	struct num v;
	char buf[NUM_STRMAX];

	ck_assert_int_eq(num_digits(&v, c->digits, strlen(c->digits),
	    c->frac), 0);
	ck_assert_int_eq(num_scale(&v, c->scale), 0);
	num_format(&v, buf);
	ck_assert_str_eq(buf, c->want);
}
END_TEST

START_TEST(test_num_arith)
{
	struct num a, b;
	char buf[NUM_STRMAX];

	num_int(&a, 2);
	ck_assert_int_eq(num_frac(&b, 1, 2), 0);
	ck_assert_int_eq(num_add(&a, &b), 0);
	num_format(&a, buf);
	ck_assert_str_eq(buf, "2.5");
	ck_assert_int_eq(num_frac(&b, 2, 3), 0);
	num_format(&b, buf);
	ck_assert_str_eq(buf, "0.666666666666667");
	ck_assert_int_eq(num_frac(&b, 1, 3), 0);
	num_format(&b, buf);
	ck_assert_str_eq(buf, "0.333333333333333");
	num_int(&a, 1);
	ck_assert_int_eq(num_mul(&a, 12), 0);
	num_format(&a, buf);
	ck_assert_str_eq(buf, "12");
	ck_assert_int_eq(num_frac(&a, 1, 2), 0);
	ck_assert_int_eq(num_mul(&a, 12), 0);
	num_format(&a, buf);
	ck_assert_str_eq(buf, "6");
	num_int(&a, 999);
	num_int(&b, 1);
	ck_assert_int_eq(num_add(&a, &b), 0);
	num_format(&a, buf);
	ck_assert_str_eq(buf, "1000");
	/* comparisons, signs counted */
	num_int(&a, 10);
	num_int(&b, 15);
	ck_assert_int_lt(num_cmp(&a, &b), 0);
	ck_assert_int_gt(num_cmp(&b, &a), 0);
	b.neg = 1;
	ck_assert_int_gt(num_cmp(&a, &b), 0);
	ck_assert_int_eq(num_cmp(&a, &a), 0);
	/* out of range is refused, never wrapped */
	num_int(&a, 1);
	ck_assert_int_eq(num_scale(&a, NUM_MAXEXP + 1), -1);
	ck_assert_int_eq(num_digits(&a,
	    "1234567890123456789012345678901234567890123", 43, 0), -1);
	ck_assert_int_eq(num_frac(&a, 1, 0), -1);
	ck_assert_int_eq(num_frac(&a, 3, 2), -1);
}
END_TEST

static Suite *
fig_suite(void)
{
	Suite *s = suite_create("fig");
	TCase *tc;

	tc = tcase_create("figures");
	tcase_add_loop_test(tc, test_fig, 0,
	    sizeof(fig_cases) / sizeof(fig_cases[0]));
	tcase_add_test(tc, test_huge);
	tcase_add_test(tc, test_each);
	tcase_add_test(tc, test_sorted);
	suite_add_tcase(s, tc);
	tc = tcase_create("decimals");
	tcase_add_loop_test(tc, test_num, 0,
	    sizeof(num_cases) / sizeof(num_cases[0]));
	tcase_add_test(tc, test_num_arith);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(fig_suite());
	int nfail;

	srunner_run_all(sr, CK_NORMAL);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
