#pragma once

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace al {

class Library;

// `articlelens-cli library ...`: the library of every article read, from the command line.
// Subcommands add (files and folders, or `batch` output with --from-jsonl, or --resume),
// list, search, actors, actor (one actor's card), timeline, graph, remove, export, merge,
// split, undo, redo, history, check and info. Output is JSON on stdout; progress and messages
// go to stderr. --library PATH chooses the library file (default: Library::defaultPath()).
class LibraryCommand
{
public:
    LibraryCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int add(QStringList args);
    int list(QStringList args);
    int search(QStringList args);
    int actors(QStringList args);
    int actor(QStringList args);
    int timeline(QStringList args);
    int graph(QStringList args);
    int remove(QStringList args);
    int exportArticles(QStringList args);
    int exportEach(const QVector<qint64> &ids, const QString &format, const QString &folder);
    int merge(QStringList args);
    int split(QStringList args);
    int undoRedo(QStringList args, bool undo);
    int history(QStringList args);
    int check(QStringList args);
    int info(QStringList args);

    bool openLibrary(bool create = true);
    // Resolves "#12", "12" or a name to one actor id (0 and a message when none or unclear).
    qint64 actorId(const QString &nameOrId);
    // The actor (one) and the articles a search finds, for timeline and graph; false and a
    // message when the actor is unknown or unclear or the search fails.
    bool select(const QString &actorName, const QString &text, QVector<qint64> *actors,
                QVector<qint64> *articles);
    int print(const QJsonDocument &doc);
    int usageError(const QString &message);
    int fail(const QString &message);
    bool checkNoOptions(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_path;
    bool m_compact = false;
    std::shared_ptr<Library> m_library;
};

} // namespace al
