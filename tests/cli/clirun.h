#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

// Runs the real articlelens-cli (CLI_PATH, defined by the test's CMake target) and collects its
// exit code and output; shared by the tests that drive the executable.
struct CliRun
{
    int code = -1; // -1 when the process crashed
    QByteArray out;
    QByteArray err;

    static CliRun run(const QStringList &args, int timeoutMs = 180000)
    {
        QProcess p;
        p.start(QStringLiteral(CLI_PATH), args);
        if (!p.waitForFinished(timeoutMs))
            qFatal("articlelens-cli did not finish");
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
    }
};
