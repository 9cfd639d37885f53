#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace al {

// One article format. A reader turns the bytes of a file into an Article: the body as plain
// text (paragraphs separated by one blank line, "\n\n"), the title, the author and the date the
// file's metadata gives (Article::metadataDate). It does not decide the DCT; ArticleLoader does.
// Readers never touch the network. Thread-safe: readers have no state.
class ArticleReader
{
public:
    virtual ~ArticleReader() = default;

    // Short name written to Analysis::format: "text", "html", "markdown", "pdf".
    virtual QString format() const = 0;
    // How sure the reader is that it reads this file: 0 = not at all, 100 = certain.
    // `suffix` is lower case without the dot; `head` is the first 4 KiB of the file.
    virtual int confidence(const QString &suffix, const QByteArray &head) const = 0;
    // Reads the whole file. `path` is given for messages and for readers that need a file name.
    virtual Result<Article> read(const QString &path, const QByteArray &data) const = 0;
};

} // namespace al
