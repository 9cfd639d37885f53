#include "htmlreader.h"

#include "boilerplate.h"
#include "htmlcontentextractor.h"
#include "htmldom.h"
#include "htmlmetadata.h"
#include "textnormalizer.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace al {

namespace {

// Less body text than this after cleaning means the cleaning was too eager (a layout wrapper
// called "has-sidebar" swallowed the article): extraction is retried without the class rules.
constexpr int kMinBodyText = 250;

bool isUtf8WithMultibyte(const QByteArray &data)
{
    bool multibyte = false;
    for (const char ch : data)
        if (uchar(ch) >= 0x80) {
            multibyte = true;
            break;
        }
    if (!multibyte)
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    return !utf8.hasError() && !text.contains(QChar::ReplacementCharacter);
}

bool sameTitle(const QString &a, const QString &b)
{
    const QString ka = TextNormalizer::comparisonKey(a);
    const QString kb = TextNormalizer::comparisonKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return false;
    if (ka == kb)
        return true;
    const QString &shorter = ka.size() < kb.size() ? ka : kb;
    const QString &longer = ka.size() < kb.size() ? kb : ka;
    return longer.contains(shorter) && shorter.size() * 10 >= longer.size() * 6;
}

bool isAdvertisementLabel(const QString &paragraph)
{
    const QString p = paragraph.trimmed().toLower();
    return p == QLatin1String("advertisement") || p == QLatin1String("skip advertisement") ||
           p == QLatin1String("story continues below advertisement") || p == QLatin1String("sponsored") ||
           p == QLatin1String("ad");
}

QByteArray declaredCharset(const QByteArray &head)
{
    const QByteArray lower = head.toLower();
    for (const QByteArray &key : {QByteArray("charset"), QByteArray("encoding")}) {
        qsizetype pos = 0;
        while ((pos = lower.indexOf(key, pos)) >= 0) {
            qsizetype i = pos + key.size();
            pos = i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t'))
                ++i;
            if (i >= lower.size() || lower[i] != '=')
                continue;
            ++i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\''))
                ++i;
            qsizetype end = i;
            while (end < lower.size() && (std::isalnum(uchar(lower[end])) || lower[end] == '-' ||
                                          lower[end] == '_' || lower[end] == '.' || lower[end] == ':'))
                ++end;
            if (end > i)
                return lower.mid(i, end - i);
        }
    }
    return {};
}

} // namespace

int HtmlReader::confidence(const QString &suffix, const QByteArray &head) const
{
    static const QStringList suffixes = {QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("xhtml"), QStringLiteral("shtml"),
                                         QStringLiteral("xht")};
    if (suffixes.contains(suffix))
        return 90;
    const QString text = TextNormalizer::decode(head.left(2048)).trimmed().toLower();
    if (text.startsWith(QLatin1String("<!doctype html")) || text.startsWith(QLatin1String("<html")))
        return 85;
    if (text.startsWith(QLatin1String("<?xml")) && text.contains(QLatin1String("<html")))
        return 85;
    if (text.startsWith(QLatin1Char('<')) &&
        (text.contains(QLatin1String("<html")) || text.contains(QLatin1String("<body")) ||
         text.contains(QLatin1String("<head"))))
        return 60;
    return 0;
}

QString HtmlReader::decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return TextNormalizer::decode(data);
    const QByteArray label = declaredCharset(data.left(4096));
    if (label.isEmpty() || label == "utf-8" || label == "utf8" || label.startsWith("utf-16"))
        return TextNormalizer::decode(data); // UTF-8 when valid, else Windows-1252
    // A page saved by a browser is written out as UTF-8 but keeps its old charset declaration.
    // Bytes above ASCII that are valid UTF-8 are almost never text in a legacy encoding, so they
    // outvote the label.
    if (isUtf8WithMultibyte(data))
        return QString::fromUtf8(data);
    // The WHATWG encoding standard reads these labels as Windows-1252.
    static const QList<QByteArray> cp1252 = {"windows-1252", "cp1252",    "x-cp1252", "iso-8859-1",
                                             "iso8859-1",    "latin1",    "l1",       "us-ascii",
                                             "ascii",        "iso_8859-1"};
    if (cp1252.contains(label))
        return TextNormalizer::decodeWindows1252(data);
    QStringDecoder decoder(label.constData());
    if (decoder.isValid())
        return decoder.decode(data);
    return TextNormalizer::decode(data);
}

QString HtmlReader::stripSiteName(const QString &title, const QString &siteName)
{
    return HtmlMetadata::stripSiteName(title, siteName);
}

Result<Article> HtmlReader::read(const QString &path, const QByteArray &data) const
{
    const QString fileName = QFileInfo(path).fileName();
    const QByteArray utf8 = decode(data).toUtf8();
    if (utf8.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no article text found in %1").arg(fileName));
    std::unique_ptr<HtmlNode> root = HtmlDom::parse(utf8);
    if (!root)
        return Result<Article>::failure(QStringLiteral("%1 is not a readable HTML page").arg(fileName));

    const HtmlMetadata meta(root.get());
    HtmlContentExtractor::Result ex = HtmlContentExtractor(root.get(), true).run();
    if (ex.length < kMinBodyText) {
        // A fresh copy, since the first pass pruned its tree; `root` keeps its marks, which
        // still tell which <time> elements were site chrome.
        std::unique_ptr<HtmlNode> again = HtmlDom::parse(utf8);
        HtmlContentExtractor::Result loose = HtmlContentExtractor(again.get(), false).run();
        if (loose.length > ex.length * 2)
            ex = std::move(loose);
    }

    Article a;
    a.path = path;
    a.format = format();
    QString title = meta.title(ex.contentH1);
    a.author = meta.author();
    a.siteName = meta.siteName();
    a.language = meta.language();
    const HtmlMetadata::Dated dated = meta.publicationDate();
    a.metadataDate = dated.date;
    a.dateFrom = dated.from;

    // Body: drop the headline where the content repeats it, then put the title first.
    QStringList blocks;
    QStringList tail = ex.tail;
    for (const QString &b : std::as_const(ex.blocks)) {
        if (isAdvertisementLabel(b))
            tail << b;
        else
            blocks << b;
    }
    for (int i = 0; i < std::min<int>(3, int(blocks.size())); ++i) {
        if (!title.isEmpty() && sameTitle(blocks[i], title)) {
            blocks.removeAt(i);
            break;
        }
    }
    const QString body = TextNormalizer::normalize(blocks.join(QStringLiteral("\n\n")));
    const Boilerplate::Split split = Boilerplate::split(body);
    if (split.body.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no article text found in %1").arg(fileName));

    if (!split.tail.isEmpty())
        tail << split.tail;
    a.tail = TextNormalizer::normalize(tail.join(QStringLiteral("\n\n")));
    title = TextNormalizer::normalize(title).simplified();
    if (!title.isEmpty()) {
        a.title = title;
        a.text = title + QStringLiteral("\n\n") + split.body;
        a.titleEnd = int(title.size());
    } else {
        a.text = split.body;
    }
    return a;
}

} // namespace al
