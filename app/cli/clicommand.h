#pragma once

#include <QStringList>
#include <QTextStream>

namespace al {

// The headless command line: parses the arguments of `articlelens-cli` and runs one mode
// (analyze, tag, export-pdf, correct, export) on the same engine as the window. Exit codes: 0 success,
// 1 bad input (message on stderr), 2 usage.
class CliCommand
{
public:
    enum ExitCode { Success = 0, BadInput = 1, Usage = 2 };

    CliCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static QString helpText();

private:
    int analyze(const QStringList &args);
    int tag(const QStringList &args);
    int exportPdf(const QStringList &args);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace al
