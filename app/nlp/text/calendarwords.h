#pragma once

#include <QString>
#include <QStringList>

namespace al {

// The words of the calendar in the languages the readers support (en, de, fr,
// es, it, pt, nl): month names and their usual abbreviations with the month's
// number (1-12), weekday names and abbreviations with the weekday's number
// (Monday 1 ... Sunday 7), the era words with the side of year 1 they count
// from ("BC", "v. Chr.", "av. J.-C." -1; "AD", "CE", "n. Chr." +1), and the
// English seasons with their TIMEX3 codes (SP, SU, FA, WI). Lower case, without
// the period an abbreviation may take at its end (an era's inner periods and
// spaces are kept: "v. chr"). One table for the sentence splitter (an English
// dateline's date), the date-line finder (dates in every language) and the
// temporal patterns (the numbers behind their month, weekday and season
// classes). Immutable; thread-safe.
class CalendarWords
{
public:
    enum class Form { Name = 1, Abbreviation = 2, Any = 3 };

    // 1-12 for a month name or abbreviation of `language` (empty: any language),
    // else 0.
    static int month(const QString &lowerWord, const QString &language = {});
    // 1-7 (Monday 1) for a weekday name or abbreviation of `language` (empty:
    // any), else 0.
    static int weekday(const QString &lowerWord, const QString &language = {});
    // -1 for an era counted back from year 1 ("BC", "before Christ", "v. Chr.",
    // "av. J.-C.", "a.C."), +1 for one counted on ("AD", "CE", "n. Chr.", "apr.
    // J.-C.", "d.C."), else 0, for words of `language` (empty: any; no era word
    // means both sides in two languages). Case, spaces and a final period do not
    // matter ("B.C.", "v.Chr." and "V. Chr" are one word). "AD" and "CE" are also
    // ordinary words: read them as an era only after a year.
    static int era(const QString &words, const QString &language = {});
    // SP, SU, FA or WI for an English season word ("fall", "autumn"), else empty.
    static QString season(const QString &lowerWord);

    // The words of a language (empty: every language), in the table's order,
    // without repeats.
    static QStringList months(const QString &language = {}, Form form = Form::Any);
    static QStringList weekdays(const QString &language = {}, Form form = Form::Any);
    static QStringList eras(const QString &language = {}, Form form = Form::Any);
    static QStringList languages();
};

} // namespace al
