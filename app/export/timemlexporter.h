#pragma once

#include "analysis.h"

#include <QByteArray>

namespace al {

// The reading as TimeML 1.2.1 (the format of TimeBank and the TempEval tasks): the article date
// as the CREATION_TIME TIMEX3 in DCT, the text with inline TIMEX3 (tid, type, value, mod) and
// EVENT (eid, class) tags, one MAKEINSTANCE per event (polarity NEG for negated and cancelled
// events, modality "will" for planned ones) and a TLINK IS_INCLUDED from each dated event to its
// date. A date the analyst gave an event, which no words of the text say, is a non-consuming
// (empty) TIMEX3 after the event. An event whose trigger overlaps a date expression is left out of
// the inline text, since TimeML tags must nest.
class TimeMlExporter
{
public:
    static QByteArray render(const Analysis &analysis);
};

} // namespace al
