#include "textreader.h"

#include "boilerplate.h"
#include "textnormalizer.h"

#include <QStringList>

namespace al {

int TextReader::confidence(const QString &suffix, const QByteArray &head) const
{
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return 80;
    // Unknown suffix: any text will do, as a last resort.
    return TextNormalizer::looksBinary(head) ? 0 : 10;
}

bool TextReader::looksLikeHeadline(const QString &line)
{
    const QString l = line.trimmed();
    if (l.isEmpty() || l.size() > 160)
        return false;
    const int words = int(l.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (words < 2 || words > 25)
        return false;
    const QChar last = l.back();
    if (last == QLatin1Char('.') || last == QLatin1Char(',') || last == QLatin1Char(';') ||
        last == QLatin1Char(':'))
        return false;
    return l.front().isUpper() || l.front().isDigit() || l.front() == QChar(0x201C) ||
           l.front() == QLatin1Char('"');
}

QString TextReader::unwrap(const QString &text)
{
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    QStringList out;
    out.reserve(paragraphs.size());
    for (const QString &para : paragraphs) {
        const QStringList lines = para.split(QLatin1Char('\n'));
        if (lines.size() < 2) {
            out << para;
            continue;
        }
        // A hard-wrapped paragraph: most lines are long and of similar length, and lines do not
        // start like list items.
        int longest = 0;
        for (const QString &l : lines)
            longest = qMax(longest, int(l.size()));
        int longLines = 0;
        bool listy = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &l = lines[i];
            if (i + 1 < lines.size() && l.size() >= longest * 0.6)
                ++longLines;
            if (l.startsWith(QLatin1String("- ")) || l.startsWith(QLatin1String("* ")) ||
                l.startsWith(QChar(0x2022)))
                listy = true;
        }
        const bool wrapped = !listy && longest >= 40 && longLines >= (lines.size() - 1) * 0.8;
        out << (wrapped ? lines.join(QLatin1Char(' ')) : para);
    }
    return out.join(QStringLiteral("\n\n"));
}

Result<Article> TextReader::read(const QString &path, const QByteArray &data) const
{
    Article a;
    a.path = path;
    a.format = format();
    const QString text = TextNormalizer::normalize(TextNormalizer::decode(data));
    if (text.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("the file has no text"));
    // Split before unwrapping: a link list after the body is a list, not a wrapped paragraph.
    const Boilerplate::Split split = Boilerplate::split(text);
    a.text = unwrap(split.body);
    a.tail = split.tail;
    const qsizetype eol = a.text.indexOf(QLatin1Char('\n'));
    if (eol > 0 && looksLikeHeadline(a.text.left(eol))) {
        a.title = a.text.left(eol).trimmed();
        a.titleEnd = int(eol);
    }
    return a;
}

} // namespace al
