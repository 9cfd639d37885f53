#pragma once

#include "analysis.h"
#include "correctionlayer.h"
#include "result.h"

#include <QDate>
#include <QStringList>

namespace al {

class ReaderRegistry;

// An article read on the command line the way the window reads it: the date the analyst chose
// (kept in the sidecar) unless --date is given, the pipeline, and the analyst's corrections on
// top unless --no-corrections. Only reads: an unreadable sidecar is reported and left where it
// is (the window and `correct` keep it aside before they write). Used by analyze, export-pdf
// and export.
class CliReading
{
public:
    struct Options
    {
        QDate date;              // --date, if given
        bool corrections = true; // false: --no-corrections
    };

    // `readers`: ReaderRegistry::instance(), or coreOnly() in the light program.
    static Result<CliReading> open(const QString &path, const Options &options,
                                   const ReaderRegistry &readers);

    const Analysis &analysis() const { return m_merged; }
    const Analysis &automatic() const { return m_automatic; }
    // Lines for stderr: the corrections applied, orphans, a changed article, an unreadable sidecar.
    const QStringList &notices() const { return m_notices; }
    qint64 analysisMs() const { return m_analysisMs; }

private:
    Analysis m_automatic;
    Analysis m_merged;
    QStringList m_notices;
    qint64 m_analysisMs = 0;
};

} // namespace al
