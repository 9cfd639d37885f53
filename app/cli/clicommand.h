#pragma once

#include <QStringList>
#include <QTextStream>

namespace al {

// The headless command line with every mode, the full program (articlelens-cli-full): parses the
// arguments of `articlelens-cli` and runs one mode on the same engine as the window: --help,
// --version, analyze and tag through CoreCommand (with every reader), then export-pdf, library,
// batch, correct and export. The light `articlelens-cli` hands it what CoreCommand does not run
// there. Exit codes: 0 success, 1 bad input (message on stderr), 2 usage.
class CliCommand
{
public:
    enum ExitCode { Success = 0, BadInput = 1, Usage = 2 };

    CliCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int exportPdf(const QStringList &args);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace al
