#include "readerregistry.h"

#include "htmlreader.h"
#include "markdownreader.h"
#include "pdfreader.h"
#include "textreader.h"

namespace al {

ReaderRegistry::ReaderRegistry()
{
    // The one place readers are registered.
    m_readers.push_back(std::make_unique<TextReader>());
    m_readers.push_back(std::make_unique<HtmlReader>());
    m_readers.push_back(std::make_unique<MarkdownReader>());
    m_readers.push_back(std::make_unique<PdfReader>());
}

const ReaderRegistry &ReaderRegistry::instance()
{
    static const ReaderRegistry registry;
    return registry;
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
