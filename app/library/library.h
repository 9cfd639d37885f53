#pragma once

#include "analysis.h"
#include "librarydatabase.h"
#include "libraryrecords.h"
#include "result.h"

#include <QSet>

#include <memory>
#include <optional>

namespace al {

// The library of every article read: one SQLite file holding, per article, its path, checksum,
// title, source, date, format, the whole analysis and the reading's corrections, with the text
// indexed for full-text search and the actors of all articles placed in one set of library
// actors (ActorPlacement). One Library is one connection, used by one thread; several may open
// the same file (in several threads or programs) at once. Every change is one transaction:
// storing an article either lands whole or not at all.
//
//   auto library = Library::open(Library::defaultPath());
//   if (!library) return fail(library.error());
//   (*library)->store(analysis, Library::checksum(bytes));
class Library
{
public:
    // ~/.local/share/articlelens/library.sqlite (shared by the window and the command line).
    static QString defaultPath();
    static Result<std::shared_ptr<Library>> open(const QString &path,
                                                 const LibraryDatabase::Options &options = {});

    LibraryDatabase &database() { return *m_db; }
    QString path() const { return m_db->path(); }

    // SHA-256 of a file's bytes, hex; empty when it cannot be read.
    static QString checksum(const QByteArray &bytes);
    static QString fileChecksum(const QString &path, QString *error = nullptr);

    // What the library already holds for a file about to be imported.
    enum class FileState { New, Unchanged, Changed, Duplicate };
    struct FileCheck
    {
        FileState state = FileState::New;
        qint64 article = 0;
        QString otherPath; // for Duplicate: the article with the same bytes
    };
    FileCheck checkFile(const QString &absolutePath, const QString &checksum, QString *error = nullptr);

    // Stores an article's analysis (and the raw JSON of its corrections sidecar, when it has
    // one), replacing what the library had under the same path. Returns the article's id.
    Result<qint64> store(const Analysis &analysis, const QString &checksum,
                         const QByteArray &corrections = QByteArray());
    // Re-decides where surname-only mentions belong after a batch of stores (an import calls it
    // once at the end); returns how many appearances moved.
    Result<int> settleActors();

    // Removes articles and everything found in them; actors left with no article go too.
    Result<int> remove(const QVector<qint64> &articles);
    // The articles stored under these paths, or under these folders.
    QVector<qint64> articlesUnder(const QStringList &paths, QString *error = nullptr);

    int articleCount(QString *error = nullptr);
    QVector<LibraryArticle> articles(QString *error = nullptr);
    std::optional<LibraryArticle> article(qint64 id, QString *error = nullptr);
    qint64 articleForPath(const QString &absolutePath, QString *error = nullptr);
    Result<Analysis> analysis(qint64 id);
    QByteArray corrections(qint64 id, QString *error = nullptr);

    // Files of an import not yet stored: queued before the import starts, removed as each is
    // stored, so an interrupted import can resume with what is left.
    bool queue(const QStringList &absolutePaths, const QVector<QDate> &dates, QString *error = nullptr);
    QVector<QPair<QString, QDate>> pending(QString *error = nullptr);
    bool unqueue(const QStringList &absolutePaths, QString *error = nullptr);

private:
    explicit Library(std::shared_ptr<LibraryDatabase> db);

    std::shared_ptr<LibraryDatabase> m_db;
    QSet<QString> m_unsettled; // name keys whose surname-only mentions may belong elsewhere now
};

} // namespace al
