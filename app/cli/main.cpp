#include "clicommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("articlelens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARTICLELENS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    al::CliCommand command(out, err);
    return command.run(app.arguments());
}
