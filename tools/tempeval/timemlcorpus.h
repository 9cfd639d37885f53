#pragma once

#include "spans.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace al {

// The TempEval-3 training data as the evaluator reads it: one TimeMLDocument per .tml file,
// with the plain text of its <TEXT> element, its document creation time and the gold TIMEX3
// inside that text (offsets into `text`, as the TempEval-3 scorer counts them). Documents
// come in a stable order (TimeBank, then AQUAINT, each by file name), so a fold number taken
// from the position names the same documents on every run.
struct TimeMLDocument
{
    QString name;
    QString corpus; // TimeBank or AQUAINT
    QString text;
    QDate dct;
    QVector<Timex> timexes;
};

class TimeMLCorpus
{
public:
    // One .tml file; false with a message on a read or XML error.
    static bool readDocument(const QString &path, TimeMLDocument *doc, QString *error);
    // Every .tml under dir/TimeBank and dir/AQUAINT; false with a message when one cannot be read
    // or none is there.
    static bool load(const QString &dir, QVector<TimeMLDocument> *docs, QString *error);
};

} // namespace al
