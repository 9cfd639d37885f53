#pragma once

#include <QStringList>
#include <QTextStream>

namespace al {

class ReaderRegistry;

// The part of `articlelens-cli` that needs Qt Core alone: --help, --version, analyze and tag.
// The light program (main.cpp) runs it with the readers of Qt Core alone and hands whatever it
// returns NotHere for to the full program (CliForward): the other commands, and analyze of a
// file its readers do not read as every reader would (Markdown, PDF). The full program runs it
// first with every reader, when it never says NotHere to analyze. Exit codes: 0 success, 1 bad
// input (message on stderr), 2 usage.
class CoreCommand
{
public:
    enum ExitCode { NotHere = -1, Success = 0, BadInput = 1, Usage = 2 };

    CoreCommand(QTextStream &out, QTextStream &err, const ReaderRegistry &readers);
    // What both programs do before a command: the application named as the window names it (so
    // both find a reading kept in the application's data folder), the streams in UTF-8.
    static void prepare(QTextStream &out, QTextStream &err);
    // `arguments` as QCoreApplication::arguments() gives them, the program first. Nothing is
    // printed and no input is read when it returns NotHere.
    int run(const QStringList &arguments);

private:
    int analyze(const QStringList &args);
    int tag(const QStringList &args);
    int usageError(const QString &message);
    // False when the file would be read by a reader this program does not have.
    bool readsHere(const QString &path) const;

    QTextStream &m_out;
    QTextStream &m_err;
    const ReaderRegistry &m_readers;
};

} // namespace al
