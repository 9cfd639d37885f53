#pragma once

#include "timevalue.h"

#include <QString>

namespace al {

// The TIMEX3 text of a TimeValue, both ways: "2023-W22-WE", "198", "XXXX-WXX-1TMO" or "P2D" read
// into a value, and a point written back as TIMEX3 writes it, with an X for every unknown digit.
// A string that is no TIMEX3 value ("hello", "2023-ZZ") reads as an invalid value; a value read
// from its own text writes the same text. Stateless and thread-safe.
class TimexText
{
public:
    static TimeValue parse(const QString &timex);
    // A point's value ("2023-06-05T15:30"); durations and references keep their own string.
    static QString formatPoint(const TimeValue &point);
    // A number in `width` digits, leading zeros, or X's when it is TimeValue::Unknown.
    static QString number(int value, int width);
    // The TIMEX3 code of season 1..4 (spring "SP" .. winter "WI"); 0 for any other code.
    static QString seasonCode(int season);
    static int season(QStringView code);
};

} // namespace al
