#include "readerregistry.h"

#include "htmlreader.h"
#include "textreader.h"

namespace al {

ReaderRegistry::ReaderRegistry(std::vector<std::unique_ptr<ArticleReader>> readers)
    : m_readers(std::move(readers))
{}

std::vector<std::unique_ptr<ArticleReader>> ReaderRegistry::coreOnlyReaders()
{
    std::vector<std::unique_ptr<ArticleReader>> readers;
    readers.push_back(std::make_unique<TextReader>());
    readers.push_back(std::make_unique<HtmlReader>());
    return readers;
}

const ReaderRegistry &ReaderRegistry::coreOnly()
{
    static const ReaderRegistry registry(coreOnlyReaders());
    return registry;
}

bool ReaderRegistry::coreOnlyReads(const QString &suffix, const QByteArray &head)
{
    // MarkdownReader gives these suffixes 0 whatever the content; PdfReader gives 0 to a file
    // without a PDF header in its first KiB. tst_readerregistry compares the two choices.
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("text"),
                                         QStringLiteral("html"), QStringLiteral("htm")};
    return suffixes.contains(suffix) && !head.left(1024).contains("%PDF-");
}

const ArticleReader *ReaderRegistry::choose(const QString &suffix, const QByteArray &head) const
{
    const ArticleReader *best = nullptr;
    int bestScore = 0;
    for (const auto &reader : m_readers) {
        const int score = reader->confidence(suffix, head);
        if (score > bestScore) {
            best = reader.get();
            bestScore = score;
        }
    }
    return best;
}

QStringList ReaderRegistry::formats() const
{
    QStringList out;
    for (const auto &reader : m_readers)
        out << reader->format();
    return out;
}

} // namespace al
