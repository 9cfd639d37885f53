#include "clicommand.h"
#include "corecommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

// articlelens-cli-full: every command, with every part of the engine linked. The light
// articlelens-cli (main.cpp) runs the common ones itself and hands this program the rest.
int main(int argc, char *argv[])
{
    // export-pdf lays out text and so needs fonts: a QGuiApplication, on the offscreen platform
    // unless the caller chose one. Every other command stays a plain QCoreApplication.
    const bool needsFonts = argc > 1 && std::strcmp(argv[1], "export-pdf") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsFonts ? new QGuiApplication(argc, argv)
                                                     : new QCoreApplication(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);
    al::CoreCommand::prepare(out, err);
    al::CliCommand command(out, err);
    return command.run(app->arguments());
}
