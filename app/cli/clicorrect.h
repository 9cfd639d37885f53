#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace al {

// `articlelens-cli correct FILE [--date D] [--undo N]`: applies corrections given as JSON lines
// on stdin (CorrectionScript) to the article's reading, in order, through the same commands as the
// window, and saves its sidecar; or takes back the last N. A line that cannot be applied is
// reported with its number and nothing of the run is saved.
class CliCorrect
{
public:
    CliCorrect(QIODevice &in, QTextStream &err);
    int run(const QStringList &arguments);

private:
    QIODevice &m_in;
    QTextStream &m_err;
};

} // namespace al
