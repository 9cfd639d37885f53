#include "timexwords.h"

#include "mentionlist.h"
#include "timevalue.h"

namespace al {

bool TimexWords::isCalendarDate(const Timex &timex)
{
    if (timex.type != QLatin1String("DATE") && timex.type != QLatin1String("TIME"))
        return false;
    if (timex.value.startsWith(QLatin1Char('P')) || timex.value.endsWith(QLatin1String("_REF")))
        return false;
    return !timex.begin.isEmpty();
}

QString TimexWords::describe(const Timex &timex)
{
    if (timex.value.isEmpty())
        return {};
    if (isCalendarDate(timex)) {
        const QString interval = MentionList::readableInterval(timex.begin, timex.endDate);
        if (!interval.isEmpty())
            return interval;
    }
    const QString words = TimeValue::parse(timex.value).words();
    if (words.isEmpty())
        return timex.value;
    // A duration of no stated amount (PXM, PXDE) reads "some months": a bare "months" looks
    // like the text's own word rather than what it means.
    const bool unstated =
        timex.value.startsWith(QLatin1String("PX")) || timex.value.startsWith(QLatin1String("PTX"));
    if (unstated && !words.startsWith(QLatin1String("some ")))
        return QStringLiteral("some ") + words;
    return words;
}

} // namespace al
