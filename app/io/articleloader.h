#pragma once

#include "article.h"
#include "readerregistry.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace al {

// How the caller wants the article's date settled.
struct LoadOptions
{
    QDate date;                                 // the DCT chosen by the caller, if valid
    DateSource dateSource = DateSource::Option; // Option (command line) or User (the window)
};

// Opens an article file: checks it (missing, a directory, empty, too large, binary), chooses a
// reader, reads it, and settles the article's date (DCT) by precedence: the option given, else
// the file's metadata, else a date line in the text, else the file's modification time.
class ArticleLoader
{
public:
    using Options = LoadOptions;

    static constexpr qint64 kMaxFileSize = 64ll * 1024 * 1024;

    // Reads with every reader (ReaderRegistry::instance()).
    static Result<Article> load(const QString &path, const Options &options = {})
    {
        return load(path, options, ReaderRegistry::instance());
    }
    // Reads with these readers (the light command line's have Qt Core alone).
    static Result<Article> load(const QString &path, const Options &options, const ReaderRegistry &readers);
    // What load() says of a file before reading it (missing, a folder, unreadable, empty, too
    // large), from its directory entry alone: the window asks at once and reads off its thread.
    static Result<bool> check(const QString &path);
    // Applies the DCT precedence to an article a reader produced (used by load()).
    static void settleDate(Article &article, const Options &options, const QDate &fileDate);
};

} // namespace al
