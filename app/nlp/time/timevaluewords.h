#pragma once

#include "timevalue.h"

#include <QString>

namespace al {

// A TimeValue said in English words for display: a point as a reader would write it ("May 2023",
// "Monday 5 June 2023, evening", "the week of 29 May 2023", "the third quarter of 1989",
// "February" of an unknown year), a duration with its amount in words ("two days", "one year and
// six months", "months" when the amount is unknown) and the references ("the past"). Stateless and
// thread-safe; the window's tooltips, the PDF's notes and the correction history all read it.
class TimeValueWords
{
public:
    static QString of(const TimeValue &value);
    // 2 → "two"; numbers from zero to twenty in words, others in digits.
    static QString number(int n);

private:
    static QString point(const TimeValue &value);
    static QString duration(const QString &iso);
    static QString dayWords(const TimeValue &value);
};

} // namespace al
