#include "articleloader.h"

#include "datelinefinder.h"
#include "languagedetector.h"
#include "readerregistry.h"
#include "textnormalizer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace al {

namespace {

QString sizeInWords(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void ArticleLoader::settleDate(Article &article, const Options &options, const QDate &fileDate)
{
    if (options.date.isValid()) {
        article.date = options.date;
        article.dateSource = options.dateSource;
    } else if (article.metadataDate.isValid()) {
        article.date = article.metadataDate;
        article.dateSource = DateSource::Metadata;
    } else if (const QDate d = DateLineFinder::find(
                   article.text, fileDate.isValid() ? fileDate : QDate::currentDate(), article.language);
               d.isValid()) {
        article.date = d;
        article.dateSource = DateSource::Text;
        article.dateFrom = QStringLiteral("date line in the text");
    } else if (fileDate.isValid()) {
        article.date = fileDate;
        article.dateSource = DateSource::File;
    } else {
        article.date = QDate();
        article.dateSource = DateSource::None;
    }
}

Result<bool> ArticleLoader::check(const QString &path)
{
    using R = Result<bool>;
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty())
        return R::failure(QStringLiteral("no file was given"));
    if (!info.exists())
        return R::failure(QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        return R::failure(QStringLiteral("%1 is a folder, not an article file").arg(path));
    if (!info.isReadable())
        return R::failure(QStringLiteral("%1: permission denied (the file cannot be read)").arg(path));
    if (info.size() == 0)
        return R::failure(QStringLiteral("%1 is empty").arg(name));
    if (info.size() > kMaxFileSize)
        return R::failure(QStringLiteral("%1 is too large (%2); ArticleLens opens articles up to %3")
                              .arg(name, sizeInWords(info.size()), sizeInWords(kMaxFileSize)));
    return true;
}

Result<Article> ArticleLoader::load(const QString &path, const Options &options,
                                    const ReaderRegistry &readers)
{
    using R = Result<Article>;
    if (Result<bool> checked = check(path); !checked.ok())
        return R::failure(checked.error());
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1 cannot be opened: %2").arg(name, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(QStringLiteral("%1 cannot be read: %2").arg(name, file.errorString()));
    if (data.isEmpty())
        return R::failure(QStringLiteral("%1 is empty").arg(name));

    if (TextNormalizer::onlyWhiteSpace(data))
        return R::failure(QStringLiteral("%1: the file has no text (only spaces and line breaks)").arg(name));
    const QByteArray head = data.left(4096);
    const QString suffix = info.suffix().toLower();
    const ArticleReader *reader = readers.choose(suffix, head);
    if (!reader) {
        if (TextNormalizer::looksBinary(head))
            return R::failure(QStringLiteral("%1 is not a text, HTML, Markdown or PDF article "
                                             "(it looks like a binary file)")
                                  .arg(name));
        return R::failure(QStringLiteral("%1: no reader for this kind of file").arg(name));
    }
    if (reader->format() != QLatin1String("pdf") && TextNormalizer::looksBinary(head))
        return R::failure(QStringLiteral("%1 is not a text, HTML, Markdown or PDF article "
                                         "(it looks like a binary file)")
                              .arg(name));
    Result<Article> result = reader->read(info.absoluteFilePath(), data);
    if (!result.ok())
        return R::failure(result.error().contains(name) ? result.error()
                                                        : QStringLiteral("%1: %2").arg(name, result.error()));
    Article article = std::move(result).value();
    article.path = info.absoluteFilePath();
    article.text = TextNormalizer::breakLongParagraphs(article.text);
    if (article.text.trimmed().isEmpty())
        return R::failure(QStringLiteral("%1: no article text was found in the file").arg(name));
    if (article.title.isEmpty())
        article.title = info.completeBaseName();
    // What the text shows outweighs what the file declares (pages keep a template's lang="en").
    article.language = LanguageDetector::settle(article.language, article.text);
    settleDate(article, options, info.lastModified().date());
    return article;
}

} // namespace al
