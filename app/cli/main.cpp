#include "cliforward.h"
#include "corecommand.h"
#include "mallochugepages.h"
#include "readerregistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <vector>

// The light articlelens-cli: --help, --version, analyze of text and HTML files, and tag, with Qt
// Core alone, so that it starts without the shared libraries of Qt Gui, Qt SQL, poppler and
// Graphviz. Everything else it hands to the full program (fullmain.cpp), unchanged.
int main(int argc, char *argv[])
{
    al::MallocHugePages::restartIfLarge(argc, argv); // returns unless it starts this program again
    // QCoreApplication may take arguments out of argv; the full program gets them all.
    std::vector<char *> original(argv, argv + argc + 1);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    al::CoreCommand::prepare(out, err);
    const int done = al::CoreCommand(out, err, al::ReaderRegistry::coreOnly()).run(app.arguments());
    if (done != al::CoreCommand::NotHere)
        return done;
    return al::CliForward::exec(original.data());
}
