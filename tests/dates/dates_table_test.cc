// Table-driven tests of the temporal tagger: {reference day, text, expected expressions} rows with
// compact expected strings ("surface => TYPE value granularity [MOD] [interval] rule=...").
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "newsline/dates.h"

namespace newsline {
namespace {

struct Row {
  const char* reference;  // "" for none
  const char* text;
  const char* expected;   // "surface => compact ; surface => compact", "" for nothing
};

// Reference 2026-03-18 is a Wednesday in ISO week 2026-W12 (Mon 16 - Sun 22 March).
constexpr const char* R = "2026-03-18";

const Row kRows[] = {
    // ---- absolute dates ----
    {R, "It was signed on March 3, 2026.", "March 3, 2026 => DATE 2026-03-03 day [2026-03-03,2026-03-04) rule=month-day-year"},
    {R, "It was signed on 3 March 2026.", "3 March 2026 => DATE 2026-03-03 day [2026-03-03,2026-03-04) rule=day-month-year"},
    {R, "The deal closed Mar. 3.", "Mar. 3 => DATE 2026-03-03 day [2026-03-03,2026-03-04) rule=month-day"},
    {R, "Filed 2026-03-03 in Delaware.", "2026-03-03 => DATE 2026-03-03 day [2026-03-03,2026-03-04) rule=iso-date"},
    {R, "Filed 03/04/2026 in Delaware.", "03/04/2026 => DATE 2026-03-04 day [2026-03-04,2026-03-05) rule=numeric-date"},
    {R, "Filed 3.4.2026 in Berlin.", "3.4.2026 => DATE 2026-04-03 day [2026-04-03,2026-04-04) rule=numeric-date"},
    {R, "It launched on March 3rd.", "March 3rd => DATE 2026-03-03 day [2026-03-03,2026-03-04) rule=month-day"},
    {R, "It launched on the 3rd of March, 2025.", "3rd of March, 2025 => DATE 2025-03-03 day [2025-03-03,2025-03-04) rule=day-month-year"},
    {R, "The offer expired Sept. 30, 1989.", "Sept. 30, 1989 => DATE 1989-09-30 day [1989-09-30,1989-10-01) rule=month-day-year"},
    {R, "Payments start Jan 5, 2027.", "Jan 5, 2027 => DATE 2027-01-05 day [2027-01-05,2027-01-06) rule=month-day-year"},
    {R, "It was agreed on December 31, 2025.", "December 31, 2025 => DATE 2025-12-31 day [2025-12-31,2026-01-01) rule=month-day-year"},
    {R, "Leap day: February 29, 2024 was a Thursday.", "February 29, 2024 => DATE 2024-02-29 day [2024-02-29,2024-03-01) rule=month-day-year"},
    {R, "Filed 2024-02-29.", "2024-02-29 => DATE 2024-02-29 day [2024-02-29,2024-03-01) rule=iso-date"},
    {R, "The filing, dated 12/31/2025, was late.", "12/31/2025 => DATE 2025-12-31 day [2025-12-31,2026-01-01) rule=numeric-date"},
    {R, "The partnership began in October 2025.", "October 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year"},
    {R, "The partnership began in October of 2025.", "October of 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year"},
    {R, "Oct. 2025 was a busy month.", "Oct. 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year"},
    {R, "It invested $1 billion in 2019.", "2019 => DATE 2019 year [2019-01-01,2020-01-01) rule=year"},
    {R, "Prices have doubled since 2019.", "2019 => DATE 2019 year [2019-01-01,2020-01-01) rule=year"},
    {R, "The plant will be finished by 2030.", "2030 => DATE 2030 year [2030-01-01,2031-01-01) rule=year"},
    {R, "Revenue rose in fiscal 2025.", "fiscal 2025 => DATE 2025 year [2025-01-01,2026-01-01) rule=fiscal-year"},
    {R, "Guidance for FY2026 was cut.", "FY2026 => DATE 2026 year [2026-01-01,2027-01-01) rule=fiscal-year"},
    {R, "2023 was a record year.", "2023 => DATE 2023 year [2023-01-01,2024-01-01) rule=year"},
    {R, "Its 2024 revenue disappointed.", "2024 => DATE 2024 year [2024-01-01,2025-01-01) rule=year"},
    {R, "Microsoft invested $10 billion in 2023.", "2023 => DATE 2023 year [2023-01-01,2024-01-01) rule=year"},
    {R, "Keating was convicted in nineteen ninety-one.", "nineteen ninety-one => DATE 1991 year [1991-01-01,1992-01-01) rule=spoken-year"},
    // ---- decades and centuries ----
    {R, "Rates were high in the 1990s.", "the 1990s => DATE 199 decade [1990-01-01,2000-01-01) rule=decade"},
    {R, "Music of the '80s returned.", "the '80s => DATE 198 decade [1980-01-01,1990-01-01) rule=decade-short"},
    {R, "Hate groups declined through the nineties.", "the nineties => DATE 199 decade [1990-01-01,2000-01-01) rule=decade-word"},
    {R, "The 2020s began with a pandemic.", "The 2020s => DATE 202 decade [2020-01-01,2030-01-01) rule=decade"},
    {R, "The firm was founded in the early 1990s.", "the early 1990s => DATE 199 decade START [1990-01-01,1994-01-01) rule=mod+decade"},
    {R, "It was the defining event of the 20th century.", "the 20th century => DATE 19 century [1900-01-01,2000-01-01) rule=century"},
    {R, "an 11th century temple", "11th century => DATE 10 century [1000-01-01,1100-01-01) rule=century"},
    // ---- quarters and halves ----
    {R, "Revenue in Q1 2026 rose.", "Q1 2026 => DATE 2026-Q1 quarter [2026-01-01,2026-04-01) rule=quarter-code"},
    {R, "Shipments will resume in Q3.", "Q3 => DATE 2026-Q3 quarter [2026-07-01,2026-10-01) rule=quarter-code"},
    {R, "Profit fell in the first quarter of 2025.", "the first quarter of 2025 => DATE 2025-Q1 quarter [2025-01-01,2025-04-01) rule=ordinal-quarter"},
    {R, "Profit fell in the first quarter.", "the first quarter => DATE 2026-Q1 quarter [2026-01-01,2026-04-01) rule=ordinal-quarter"},
    {R, "It reported a third-quarter loss.", "third-quarter => DATE 2025-Q3 quarter [2025-07-01,2025-10-01) rule=ordinal-quarter"},
    {R, "It expects to report fourth-quarter results.", "fourth-quarter => DATE 2025-Q4 quarter [2025-10-01,2026-01-01) rule=ordinal-quarter"},
    {R, "Growth slowed in the fourth quarter of last year.", "the fourth quarter of last year => DATE 2025-Q4 quarter [2025-10-01,2026-01-01) rule=ordinal-quarter"},
    {R, "Sales will recover in the second half of the year.", "the second half of the year => DATE 2026-H2 half [2026-07-01,2027-01-01) rule=ordinal-half"},
    {R, "Capacity doubles in H2 2025.", "H2 2025 => DATE 2025-H2 half [2025-07-01,2026-01-01) rule=half-code"},
    {R, "In this year's third quarter, net rose.", "this year's third quarter => DATE 2026-Q3 quarter [2026-07-01,2026-10-01) rule=year-ordinal-quarter"},
    {R, "It took a charge in the 1988 second quarter.", "the 1988 second quarter => DATE 1988-Q2 quarter [1988-04-01,1988-07-01) rule=year-ordinal-quarter"},
    {R, "Sales in the latest quarter were flat.", "the latest quarter => DATE 2025-Q4 quarter [2025-10-01,2026-01-01) rule=latest-period"},
    {R, "Sales fell in the last quarter.", "the last quarter => DATE 2025-Q4 quarter [2025-10-01,2026-01-01) rule=previous-quarter"},
    {R, "Sales rose last quarter.", "last quarter => DATE 2025-Q4 quarter [2025-10-01,2026-01-01) rule=previous-quarter"},
    {R, "Sales should rise next quarter.", "next quarter => DATE 2026-Q2 quarter [2026-04-01,2026-07-01) rule=deictic-unit"},
    {R, "In the year-ago quarter it earned $5 million.", "the year-ago quarter => DATE 2024-Q4 quarter [2024-10-01,2025-01-01) rule=year-ago-period"},
    {R, "Profit rose in the third quarter from a year earlier.", "the third quarter => DATE 2025-Q3 quarter [2025-07-01,2025-10-01) rule=ordinal-quarter ; a year earlier => DATE 2024-Q3 quarter [2024-07-01,2024-10-01) rule=ago+same-quarter"},
    {"1989-10-26", "Third-quarter sales dropped 11% from a year ago.", "Third-quarter => DATE 1989-Q3 quarter [1989-07-01,1989-10-01) rule=ordinal-quarter ; a year ago => DATE 1988-Q3 quarter [1988-07-01,1988-10-01) rule=ago+same-quarter"},
    // ---- seasons ----
    {R, "The chip ships in summer 2025.", "summer 2025 => DATE 2025-SU season [2025-06-01,2025-09-01) rule=season-year"},
    {R, "The summer of 2024 was hot.", "The summer of 2024 => DATE 2024-SU season [2024-06-01,2024-09-01) rule=season-year"},
    {R, "We will decide this summer.", "this summer => DATE 2026-SU season [2026-06-01,2026-09-01) rule=deictic-season"},
    {R, "The talks began last fall.", "last fall => DATE 2025-FA season [2025-09-01,2025-12-01) rule=deictic-season"},
    {R, "Prices may rise next winter.", "next winter => DATE 2026-WI season [2026-12-01,2027-03-01) rule=deictic-season"},
    {R, "The product launched in spring.", "spring => DATE 2026-SP season [2026-03-01,2026-06-01) rule=season"},
    {R, "Prices fall when supply rises.", ""},
    // ---- weekdays ----
    {R, "Microsoft said on Friday that it would sue.", "Friday => DATE 2026-03-13 day [2026-03-13,2026-03-14) rule=weekday"},
    {R, "The two will meet on Friday.", "Friday => DATE 2026-03-20 day [2026-03-20,2026-03-21) rule=weekday"},
    {R, "Talks on Friday.", "Friday => DATE 2026-03-20 day [2026-03-20,2026-03-21) rule=weekday"},
    {R, "The board met Monday.", "Monday => DATE 2026-03-16 day [2026-03-16,2026-03-17) rule=weekday"},
    {R, "The board meets Wednesday.", "Wednesday => DATE 2026-03-18 day [2026-03-18,2026-03-19) rule=weekday"},
    {R, "It happened last Friday.", "last Friday => DATE 2026-03-13 day [2026-03-13,2026-03-14) rule=deictic-weekday"},
    {R, "The vote is next Monday.", "next Monday => DATE 2026-03-23 day [2026-03-23,2026-03-24) rule=deictic-weekday"},
    {R, "The vote is this Thursday.", "this Thursday => DATE 2026-03-19 day [2026-03-19,2026-03-20) rule=deictic-weekday"},
    {R, "Last Wednesday the shares fell.", "Last Wednesday => DATE 2026-03-11 day [2026-03-11,2026-03-12) rule=deictic-weekday"},
    {R, "The store was robbed Friday night.", "Friday night => TIME 2026-03-13TNI day [2026-03-13,2026-03-14) rule=weekday"},
    {R, "He spoke Tuesday morning.", "Tuesday morning => TIME 2026-03-17TMO day [2026-03-17,2026-03-18) rule=weekday"},
    {R, "The paper said on Friday, March 6, 2026 that it agreed.", "Friday, March 6, 2026 => DATE 2026-03-06 day [2026-03-06,2026-03-07) rule=weekday+month-day-year"},
    {"1998-01-08", "The index fell Tuesday.", "Tuesday => DATE 1998-01-06 day [1998-01-06,1998-01-07) rule=weekday"},
    {"1998-01-08", "The minister will arrive Sunday.", "Sunday => DATE 1998-01-11 day [1998-01-11,1998-01-12) rule=weekday"},
    // ---- deictic days, weeks, months, years ----
    {R, "Shares fell yesterday.", "yesterday => DATE 2026-03-17 day [2026-03-17,2026-03-18) rule=deictic-day"},
    {R, "The deal was announced today.", "today => DATE 2026-03-18 day [2026-03-18,2026-03-19) rule=deictic-day"},
    {R, "The court rules tomorrow.", "tomorrow => DATE 2026-03-19 day [2026-03-19,2026-03-20) rule=deictic-day"},
    {R, "He speaks tonight.", "tonight => TIME 2026-03-18TNI day [2026-03-18,2026-03-19) rule=deictic-day-part"},
    {R, "CBS reported last night that talks failed.", "last night => TIME 2026-03-17TNI day [2026-03-17,2026-03-18) rule=deictic-day-part"},
    {R, "I was pleased this morning.", "this morning => TIME 2026-03-18TMO day [2026-03-18,2026-03-19) rule=deictic-day-part"},
    {R, "Trading halted yesterday afternoon.", "yesterday afternoon => TIME 2026-03-17TAF day [2026-03-17,2026-03-18) rule=deictic-day-part"},
    {R, "Shares closed lower late yesterday.", "late yesterday => DATE 2026-03-17 day END [2026-03-17,2026-03-18) rule=mod+deictic-day"},
    {R, "It was filed last week.", "last week => DATE 2026-W11 week [2026-03-09,2026-03-16) rule=deictic-unit"},
    {R, "Talks continue this week.", "this week => DATE 2026-W12 week [2026-03-16,2026-03-23) rule=deictic-unit"},
    {R, "A vote is due next week.", "next week => DATE 2026-W13 week [2026-03-23,2026-03-30) rule=deictic-unit"},
    {R, "The agreements were signed last month.", "last month => DATE 2026-02 month [2026-02-01,2026-03-01) rule=deictic-unit"},
    {R, "Sales rose this month.", "this month => DATE 2026-03 month [2026-03-01,2026-04-01) rule=deictic-unit"},
    {R, "The rule takes effect next month.", "next month => DATE 2026-04 month [2026-04-01,2026-05-01) rule=deictic-unit"},
    {R, "Profit doubled last year.", "last year => DATE 2025 year [2025-01-01,2026-01-01) rule=deictic-unit"},
    {R, "Profit will double this year.", "this year => DATE 2026 year [2026-01-01,2027-01-01) rule=deictic-unit"},
    {R, "The plant opens next year.", "next year => DATE 2027 year [2027-01-01,2028-01-01) rule=deictic-unit"},
    {R, "The previous year it lost money.", "The previous year => DATE 2025 year [2025-01-01,2026-01-01) rule=deictic-unit"},
    {R, "Growth in the current fiscal year slowed.", "the current fiscal year => DATE 2026 year [2026-01-01,2027-01-01) rule=deictic-unit"},
    {R, "Markets rallied this weekend.", "this weekend => DATE 2026-W12-WE week [2026-03-21,2026-03-23) rule=deictic-unit"},
    {R, "Talks collapsed over the weekend.", "the weekend => DATE 2026-W11-WE week [2026-03-14,2026-03-16) rule=the-weekend"},
    {R, "For the year, volume was flat.", "the year => DATE 2026 year [2026-01-01,2027-01-01) rule=the-period"},
    {R, "Sales for the full year were $6.6 billion.", "the full year => DATE 2026 year [2026-01-01,2027-01-01) rule=full-year"},
    {R, "Net income for the year ended Sept. 30 rose.", "the year => DURATION P1Y year rule=period-ended ; Sept. 30 => DATE 2025-09-30 day [2025-09-30,2025-10-01) rule=month-day"},
    {R, "Year-earlier results included a gain.", "Year-earlier => DATE 2025 year [2025-01-01,2026-01-01) rule=year-ago-adjective"},
    // ---- shifts: ago, later, from now ----
    {R, "It was founded three days ago.", "three days ago => DATE 2026-03-15 day [2026-03-15,2026-03-16) rule=ago"},
    {R, "Sinn Fein was invited two weeks ago.", "two weeks ago => DATE 2026-W10 week [2026-03-02,2026-03-09) rule=ago"},
    {R, "Prices peaked six months ago.", "six months ago => DATE 2025-09 month [2025-09-01,2025-10-01) rule=ago"},
    {R, "A year ago, the firm had a profit.", "A year ago => DATE 2025 year [2025-01-01,2026-01-01) rule=ago"},
    {R, "The treaty was signed 50 years ago.", "50 years ago => DATE 1976 year [1976-01-01,1977-01-01) rule=ago"},
    {R, "NATO members were Soviet allies a decade ago.", "a decade ago => DATE 201 decade [2010-01-01,2020-01-01) rule=ago"},
    {R, "The plant closes two years from now.", "two years from now => DATE 2028 year [2028-01-01,2029-01-01) rule=later"},
    {R, "Five days later the deal collapsed.", "Five days later => DATE 2026-03-23 day [2026-03-23,2026-03-24) rule=later"},
    {R, "Twenty-four hours ago nothing was known.", "Twenty-four hours ago => DATE 2026-03-18 day [2026-03-18,2026-03-19) rule=ago"},
    {R, "The laundry machines were removed a few years ago.", "a few years ago => DATE PAST_REF unknown rule=vague-ago"},
    // ---- earlier / later this period ----
    {R, "The issues that hurt earlier this year are gone.", "earlier this year => DATE 2026 year [2026-01-01,2026-03-18) rule=earlier-this"},
    {R, "A ruling is expected later this month.", "later this month => DATE 2026-03 month [2026-03-19,2026-04-01) rule=later-this"},
    {R, "It said earlier this month that it would.", "earlier this month => DATE 2026-03 month [2026-03-01,2026-03-18) rule=earlier-this"},
    {R, "Rains delayed planting earlier in the year.", "earlier in the year => DATE 2026 year [2026-01-01,2026-03-18) rule=earlier-in-the"},
    {R, "Shipments resume later this year.", "later this year => DATE 2026 year [2026-03-19,2027-01-01) rule=later-this"},
    {R, "It was filed earlier last week.", "earlier last week => DATE 2026-W11 week [2026-03-09,2026-03-16) rule=earlier-this"},
    // ---- vague references ----
    {R, "Recently, both companies made headlines.", "Recently => DATE PAST_REF unknown rule=ref-word"},
    {R, "OpenAI is now a rival.", "now => DATE PRESENT_REF unknown rule=ref-word"},
    {R, "Frontier is currently in preview.", "currently => DATE PRESENT_REF unknown rule=ref-word"},
    {R, "It will soon expand the program.", "soon => DATE FUTURE_REF unknown rule=ref-word"},
    {R, "He left soon after the vote.", ""},
    {R, "In the past it considered a merger.", "the past => DATE PAST_REF unknown rule=ref-phrase"},
    {R, "They discussed the future of the partnership.", "the future => DATE FUTURE_REF unknown rule=ref-phrase"},
    {R, "Rates will fall in the near future.", "the near future => DATE FUTURE_REF unknown rule=ref-phrase"},
    {R, "OpenAI's recent $50 billion partnership", "recent => DATE PAST_REF unknown rule=ref-word"},
    {R, "The economy will slow in coming months.", "coming months => DATE FUTURE_REF unknown rule=coming-period"},
    {R, "Kidnappings rose in recent years.", "recent years => DATE PAST_REF unknown rule=recent-period"},
    {R, "These days everyone uses the cloud.", "These days => DATE PRESENT_REF unknown rule=ref-phrase"},
    // ---- windows (durations anchored on the reference) ----
    {R, "Hate groups grew over the past year.", "the past year => DURATION P1Y year [2025-03-18,2026-03-18) rule=window"},
    {R, "Rates have fallen in the past two months.", "the past two months => DURATION P2M month [2026-01-18,2026-03-18) rule=window"},
    {R, "It will hire over the next three years.", "the next three years => DURATION P3Y year [2026-03-19,2029-03-19) rule=window"},
    {R, "In the last twenty four hours, markets fell.", "the last twenty four hours => DURATION PT24H unknown [2026-03-17,2026-03-18) rule=window"},
    {R, "Losses mounted over the past several quarters.", "the past several quarters => DURATION PXQ quarter rule=window"},
    // ---- part-of-period modifiers ----
    {R, "In late February, AWS and OpenAI announced a deal.", "late February => DATE 2026-02 month END [2026-02-21,2026-03-01) rule=mod+month-name"},
    {R, "In early February, talks began.", "early February => DATE 2026-02 month START [2026-02-01,2026-02-11) rule=mod+month-name"},
    {R, "By mid-February, talks had stalled.", "mid-February => DATE 2026-02 month MID [2026-02-11,2026-02-21) rule=mod+month-name"},
    {R, "The deal is due at the end of March.", "the end of March => DATE 2026-03 month END [2026-03-21,2026-04-01) rule=mod+month-name"},
    {R, "The company was founded at the beginning of 2025.", "the beginning of 2025 => DATE 2025 year START [2025-01-01,2025-05-01) rule=mod+year"},
    {R, "Prices rose since the start of the year.", "the start of the year => DATE 2026 year START [2026-01-01,2026-05-01) rule=mod+the-period"},
    {R, "Troops will arrive by the end of the month.", "the end of the month => DATE 2026-03 month END [2026-03-21,2026-04-01) rule=mod+the-period"},
    {R, "Machines ship early next year.", "early next year => DATE 2027 year START [2027-01-01,2027-05-01) rule=mod+deictic-unit"},
    {R, "Sales slumped late last year.", "late last year => DATE 2025 year END [2025-09-01,2026-01-01) rule=mod+deictic-unit"},
    {R, "The group began to fall apart in mid-1996.", "mid-1996 => DATE 1996 year MID [1996-05-01,1996-09-01) rule=mod+year"},
    {R, "Prices recovered in late 2024.", "late 2024 => DATE 2024 year END [2024-09-01,2025-01-01) rule=mod+year"},
    {R, "It closes the transaction by year-end.", "year-end => DATE 2026 year END [2026-09-01,2027-01-01) rule=year-end"},
    {R, "Sales peaked in late summer 2025.", "late summer 2025 => DATE 2025-SU season END [2025-08-01,2025-09-01) rule=mod+season-year"},
    {R, "Results are due at the end of the first quarter.", "the end of the first quarter => DATE 2026-Q1 quarter END [2026-03-01,2026-04-01) rule=mod+ordinal-quarter"},
    {R, "It was founded in the late 1980s.", "the late 1980s => DATE 198 decade END [1987-01-01,1990-01-01) rule=mod+decade"},
    // ---- durations ----
    {R, "It expands the deal to $100 billion over eight years.", "eight years => DURATION P8Y year rule=duration"},
    {R, "The strike lasted for two weeks.", "two weeks => DURATION P2W week rule=duration"},
    {R, "The research took a decade.", "a decade => DURATION P10Y decade rule=duration"},
    {R, "They signed a multi-year agreement.", "multi-year => DURATION PXY year rule=duration-multi"},
    {R, "Ukraine was ruled from Moscow for years.", "years => DURATION PXY year rule=duration"},
    {R, "The project took about three years.", "about three years => DURATION P3Y year APPROX rule=duration"},
    {R, "Power was out for 24 hours.", "24 hours => DURATION PT24H unknown rule=duration"},
    {R, "The answer comes in a few weeks.", "a few weeks => DURATION PXW week rule=duration"},
    {R, "The mood won't change for a couple of years.", "a couple of years => DURATION P2Y year rule=duration"},
    {R, "It signed a two-year contract.", "two-year => DURATION P2Y year rule=duration"},
    {R, "For the first nine months, earnings rose.", "the first nine months => DURATION P9M month rule=duration"},
    {R, "It sold 10-year bonds.", "10-year => DURATION P10Y year rule=duration"},
    {R, "Stocks hit a five year low.", "five year => DURATION P5Y year rule=duration"},
    {R, "The offer runs for 30 days.", "30 days => DURATION P30D day rule=duration"},
    {R, "The talks lasted several months.", "several months => DURATION PXM month rule=duration"},
    {R, "Mr. Reupke, 52 years old, resigned.", ""},
    {R, "It returns for a second reading in May.", "May => DATE 2026-05 month [2026-05-01,2026-06-01) rule=month-name"},
    {R, "A quarter of web users spend less time online.", ""},
    {R, "A 44-year-old protester was held.", ""},
    {R, "It spreads the charge over the next three quarters.", "the next three quarters => DURATION P9M quarter [2026-03-19,2026-12-19) rule=window"},
    // ---- sets ----
    {R, "The fee is paid every year.", "every year => SET P1Y year rule=set-every"},
    {R, "Results are reported annually.", "annually => SET P1Y year rule=set-adverb"},
    {R, "The index is published weekly.", "weekly => SET P1W week rule=set-adverb"},
    {R, "It sent reports daily to the board.", "daily => SET P1D day rule=set-adverb"},
    {R, "The board meets twice a year.", "twice a year => SET P1Y year freq=2X rule=set-frequency"},
    {R, "Sales should grow 8.5% a year.", "a year => SET P1Y year rule=set-rate"},
    {R, "The club meets every Monday.", "every Monday => SET XXXX-WXX-1 day rule=set-weekday"},
    {R, "Orangemen march each July.", "each July => SET XXXX-07 month rule=set-month"},
    {R, "Interest is paid per month.", "per month => SET P1M month rule=set-rate"},
    {R, "Elections are held every two years.", "every two years => SET P2Y year rule=set-every"},
    {R, "It cut its quarterly dividend.", ""},
    {R, "Qantas plans daily flights to Bombay.", ""},
    {R, "The China Daily reported it.", ""},
    // ---- clock times ----
    {R, "He was kidnapped at 10 p.m. Wednesday.", "10 p.m. Wednesday => TIME 2026-03-18T22:00 day [2026-03-18,2026-03-19) rule=clock+weekday"},
    {R, "Negotiations broke off at noon Thursday.", "noon Thursday => TIME 2026-03-12T12:00 day [2026-03-12,2026-03-13) rule=clock+weekday"},
    {R, "The men appeared around 7:15 p.m. yesterday.", "around 7:15 p.m. yesterday => TIME 2026-03-17T19:15 day APPROX [2026-03-17,2026-03-18) rule=clock+deictic-day"},
    {R, "The offer expires at 5pm.", "5pm => TIME 2026-03-18T17:00 day [2026-03-18,2026-03-19) rule=clock"},
    {R, "The meeting ends at 10:30.", ""},
    // ---- holidays ----
    {R, "Sales slumped over Christmas.", "Christmas => DATE 2025-12-25 day [2025-12-25,2025-12-26) rule=holiday"},
    {R, "New Year's Day 2027 falls on a Friday.", "New Year's Day 2027 => DATE 2027-01-01 day [2027-01-01,2027-01-02) rule=holiday"},
    // ---- underspecified months resolved by tense ----
    {R, "The company gave up that right when it signed off on its restructuring in October.", "October => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-name"},
    {R, "The company will launch Frontier in October.", "October => DATE 2026-10 month [2026-10-01,2026-11-01) rule=month-name"},
    {R, "Sales rose in January.", "January => DATE 2026-01 month [2026-01-01,2026-02-01) rule=month-name"},
    {R, "Talks are planned for May.", "May => DATE 2026-05 month [2026-05-01,2026-06-01) rule=month-name"},
    {R, "Nothing has changed since the October agreement.", "October => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-name"},
    {R, "The offer was extended to Nov. 20.", "Nov. 20 => DATE 2025-11-20 day [2025-11-20,2025-11-21) rule=month-day"},
    {"1989-11-02", "The offer was extended to Nov. 20.", "Nov. 20 => DATE 1989-11-20 day [1989-11-20,1989-11-21) rule=month-day"},
    {R, "Unveiled last April, the chip is fast.", "last April => DATE 2025-04 month [2025-04-01,2025-05-01) rule=deictic-month"},
    {R, "In July last year, Hun Sen staged a coup.", "July last year => DATE 2025-07 month [2025-07-01,2025-08-01) rule=month-deictic-year"},
    {R, "In January this year, police concluded he died.", "January this year => DATE 2026-01 month [2026-01-01,2026-02-01) rule=month-deictic-year"},
    {"2026-04-20", "The restructuring was signed in October.", "October => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-name"},
    {"1990-08-16", "Saudi Arabia told oil companies of a cutback in September.", "September => DATE 1990-09 month [1990-09-01,1990-10-01) rule=month-name"},
    {"2000-04-03", "Elian was rescued off Florida in late November.", "late November => DATE 1999-11 month END [1999-11-21,1999-12-01) rule=mod+month-name"},
    // ---- no reference date: absolute resolve, relative stay unresolved ----
    {"", "The agreements were signed last month.", "last month => DATE XXXX-XX month unresolved rule=deictic-unit"},
    {"", "It signed off on its restructuring in October.", "October => DATE XXXX-10 month unresolved rule=month-name"},
    {"", "Microsoft said on Friday that it would sue.", "Friday => DATE XXXX-WXX-5 day unresolved rule=weekday"},
    {"", "The deal closed March 3.", "March 3 => DATE XXXX-03-03 day unresolved rule=month-day"},
    {"", "Shares fell yesterday.", "yesterday => DATE XXXX-XX-XX day unresolved rule=deictic-day"},
    {"", "In late February, AWS and OpenAI announced a deal.", "late February => DATE XXXX-02 month END unresolved rule=mod+month-name"},
    {"", "The partnership began in October 2025.", "October 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year"},
    {"", "Microsoft invested $1 billion in 2019 and $10 billion in 2023.", "2019 => DATE 2019 year [2019-01-01,2020-01-01) rule=year ; 2023 => DATE 2023 year [2023-01-01,2024-01-01) rule=year"},
    {"", "Hate groups grew over the past year.", "the past year => DURATION P1Y year rule=window"},
    {"", "Profit fell in the first quarter.", "the first quarter => DATE XXXX-Q1 quarter unresolved rule=ordinal-quarter"},
    {"", "It happened last Friday.", "last Friday => DATE XXXX-WXX-5 day unresolved rule=deictic-weekday"},
    {"", "The talks began last fall.", "last fall => DATE XXXX-FA season unresolved rule=deictic-season"},
    {"", "It expands the deal to $100 billion over eight years.", "eight years => DURATION P8Y year rule=duration"},
    {"", "The plant opens next year.", "next year => DATE XXXX year unresolved rule=deictic-unit"},
    {"", "It was the defining event of the 1990s.", "the 1990s => DATE 199 decade [1990-01-01,2000-01-01) rule=decade"},
    // ---- numbers that are not dates ----
    {R, "AWS will invest another $50 billion in OpenAI.", ""},
    {R, "It expands its existing $38 billion agreement.", ""},
    {R, "AWS agreed to give OpenAI 2GW of Trainium capacity.", ""},
    {R, "The site will draw 250 GW of power.", ""},
    {R, "Inflation was 2.5% in the period.", ""},
    {R, "Section 2010 of the act applies.", ""},
    {R, "The firm employs 2000 people.", ""},
    {R, "It hired 2025 engineers.", ""},
    {R, "The deal, signed February 30, 2026, is void.", ""},
    {R, "The form is dated 13/45/2026.", ""},
    {R, "The 2019-20 season was cancelled.", ""},
    {R, "Microsoft may consider legal options.", ""},
    {R, "Windows 2000 is obsolete.", ""},
    {R, "It sold 1,999 units.", ""},
    {R, "Shares rose to $2,019.", ""},
    {R, "Route 1950 was closed.", ""},
    {R, "The price is 1995 euros.", ""},
    {R, "It raised 1980 million yen.", ""},
    // ---- the seed phrases, in context ----
    {R, "among the several agreements signed between the two companies last month, there is one",
     "last month => DATE 2026-02 month [2026-02-01,2026-03-01) rule=deictic-unit"},
    {R, "This re-affirmation followed yet another affirmation of the next chapter in October 2025.",
     "October 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year"},
    {R, "Microsoft was one of OpenAI's earliest financial backers, investing $1 billion in 2019 and $10 billion in 2023.",
     "2019 => DATE 2019 year [2019-01-01,2020-01-01) rule=year ; 2023 => DATE 2023 year [2023-01-01,2024-01-01) rule=year"},
    {R, "and expand their existing $38 billion multi-year agreement to $100 billion over eight years.",
     "multi-year => DURATION PXY year rule=duration-multi ; eight years => DURATION P8Y year rule=duration"},
    {R, "For several years, Microsoft and OpenAI have been working hand in hand.",
     "several years => DURATION PXY year rule=duration"},
};

std::string TagToString(const TemporalTagger& tagger, const Row& row) {
  TagContext ctx;
  if (*row.reference) ctx.reference = Day::Parse(row.reference);
  std::string out;
  for (const TimeExpression& t : tagger.Tag(row.text, ctx)) {
    if (!out.empty()) out += " ; ";
    out += t.text + " => " + FormatTimeExpression(t);
    // The span must point at the surface text.
    EXPECT_EQ(t.span.Of(row.text), t.text) << row.text;
  }
  return out;
}

TEST(TemporalTaggerTable, EveryRow) {
  TemporalTagger tagger;
  ASSERT_TRUE(tagger.ok()) << tagger.error();
  size_t expressions = 0;
  for (const Row& row : kRows) {
    EXPECT_EQ(TagToString(tagger, row), row.expected) << "text: " << row.text << "\nreference: " << row.reference;
    std::string e = row.expected;
    if (!e.empty()) expressions += 1 + std::count(e.begin(), e.end(), ';');
  }
  // The table must keep covering at least 200 expected expressions (issue 3).
  EXPECT_GE(sizeof(kRows) / sizeof(kRows[0]), 200u);
  EXPECT_GT(expressions, 180u);
}

// One tagger shared by several threads gives each the same answers as a single thread.
TEST(TemporalTagger, ConcurrentTagIsConsistent) {
  TemporalTagger tagger;
  std::vector<std::string> expected;
  for (const Row& row : kRows) expected.push_back(TagToString(tagger, row));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 5; ++round) {
        size_t i = 0;
        for (const Row& row : kRows) {
          TagContext ctx;
          if (*row.reference) ctx.reference = Day::Parse(row.reference);
          std::string got;
          for (const TimeExpression& t : tagger.Tag(row.text, ctx)) {
            if (!got.empty()) got += " ; ";
            got += t.text + " => " + FormatTimeExpression(t);
          }
          if (got != expected[i++]) ++mismatches[k];
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(TemporalTagger, DayMonthOrderOption) {
  TaggerOptions options;
  options.numeric_date_order = TaggerOptions::NumericDateOrder::kDayMonth;
  TemporalTagger tagger(options);
  ASSERT_TRUE(tagger.ok());
  auto out = tagger.Tag("Filed 03/04/2026 in London.", TagContext());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(FormatTimeExpression(out[0]), "DATE 2026-04-03 day [2026-04-03,2026-04-04) rule=numeric-date");
}

TEST(TemporalTagger, InvalidOptionsAreReported) {
  TaggerOptions options;
  options.min_year = 2100;
  options.max_year = 1900;
  TemporalTagger tagger(options);
  EXPECT_FALSE(tagger.ok());
  EXPECT_NE(tagger.error().find("min_year"), std::string::npos);
  EXPECT_TRUE(tagger.Tag("in 2019", TagContext()).empty());
}

TEST(TemporalTagger, DisabledDurationsAndSets) {
  TaggerOptions options;
  options.tag_durations = false;
  options.tag_sets = false;
  TemporalTagger tagger(options);
  auto out = tagger.Tag("It pays annually over eight years since 2019.", TagContext());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "2019");
}

TEST(TemporalTagger, TenseHintOverridesDetection) {
  TemporalTagger tagger;
  TagContext ctx;
  ctx.reference = Day::Parse("2026-03-18");
  ctx.tense = Tense::kFuture;
  auto out = tagger.Tag("Sales rose in October.", ctx);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, "2026-10");
  EXPECT_EQ(out[0].tense, Tense::kFuture);
}

TEST(TemporalTagger, Utf8OffsetsAreBytes) {
  TemporalTagger tagger;
  std::string text = "Microsoft’s deal — signed in “late February” — stands.";
  auto out = tagger.Tag(text, TagContext());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "late February");
  EXPECT_EQ(text.substr(out[0].span.begin, out[0].span.size()), "late February");
}

TEST(TemporalTagger, TagArticleUsesSentencesAndPublicationDay) {
  Article a;
  a.text = "Shares fell yesterday. The board will meet on Friday.";
  a.sentences.push_back({{0, 22}, 0});
  a.sentences.push_back({{23, static_cast<uint32_t>(a.text.size())}, 0});
  a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kHeader);
  TemporalTagger tagger;
  auto out = tagger.TagArticle(a);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].value, "2026-03-17");
  EXPECT_EQ(out[1].value, "2026-03-20");
  EXPECT_EQ(out[1].span.Of(a.text), "Friday");
  // An explicit reference wins over the article's date.
  auto shifted = tagger.TagArticle(a, Day::Parse("2026-01-01"));
  EXPECT_EQ(shifted[0].value, "2025-12-31");
}

TEST(DetectTense, VerbsAroundTheExpression) {
  struct Case {
    const char* sentence;
    const char* expression;
    Tense expected;
  } cases[] = {
      {"In late February, AWS and OpenAI announced their intentions.", "late February", Tense::kPast},
      {"OpenAI says it will soon expand the program in October.", "October", Tense::kFuture},
      {"Frontier is expected to launch in October.", "October", Tense::kFuture},
      {"The deal had closed in October.", "October", Tense::kPast},
      {"Frontier is in limited preview in October.", "October", Tense::kPresent},
      {"October.", "October", Tense::kUnknown},
  };
  for (const Case& c : cases) {
    std::string_view s = c.sentence;
    size_t at = s.find(c.expression);
    ASSERT_NE(at, std::string_view::npos);
    Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string_view(c.expression).size())};
    EXPECT_EQ(DetectTense(s, span), c.expected) << c.sentence;
  }
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Issue 11: a weekday named beside a full date is checked against the calendar.
TEST(TemporalTaggerWeekday, AWeekdayThatContradictsItsDateIsMarked) {
  TemporalTagger tagger;
  struct {
    const char* text;
    int stated;
    bool mismatch;
  } rows[] = {
      {"The paper said on Friday, March 6, 2026 that it agreed.", 5, false},  // March 6, 2026 is a Friday
      {"The vote was held on Sunday, June 9, 2024.", 7, false},               // a Sunday
      {"The vote was held on Monday, June 9, 2024.", 1, true},                // June 9, 2024 is a Sunday
      {"The deal was signed on March 6, 2026.", 0, false},                    // no weekday named
  };
  for (const auto& row : rows) {
    TagContext ctx;
    ctx.reference = Day::Parse("2026-03-18");
    std::vector<TimeExpression> found = tagger.Tag(row.text, ctx);
    ASSERT_EQ(found.size(), 1u) << row.text;
    EXPECT_EQ(found[0].stated_weekday, row.stated) << row.text;
    EXPECT_EQ(found[0].weekday_mismatch, row.mismatch) << row.text;
  }
}

}  // namespace
}  // namespace newsline
