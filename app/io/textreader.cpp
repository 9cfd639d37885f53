#include "textreader.h"

#include "boilerplate.h"
#include "textnormalizer.h"

#include <QStringList>

#include <algorithm>

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
    // Paragraph by paragraph (as split at "\n\n"), line by line, without copying either.
    QString out;
    out.reserve(text.size());
    const QStringView all(text);
    const qsizetype n = all.size();
    // The next "\n\n" from a position, found by the line breaks (a character search).
    const auto nextBreak = [&](qsizetype from) {
        for (;;) {
            const qsizetype k = all.indexOf(QLatin1Char('\n'), from);
            if (k < 0 || k + 1 >= n)
                return n;
            if (all[k + 1] == QLatin1Char('\n'))
                return k;
            from = k + 1;
        }
    };
    for (qsizetype start = 0;;) {
        const qsizetype end = nextBreak(start);
        const QStringView para = all.mid(start, end - start);
        if (start > 0)
            out += QLatin1String("\n\n");
        // A hard-wrapped paragraph: most lines are long and of similar length, and lines do not
        // start like list items.
        qsizetype lines = 0, longest = 0;
        bool listy = false;
        for (qsizetype from = 0;;) {
            qsizetype eol = para.indexOf(QLatin1Char('\n'), from);
            if (eol < 0)
                eol = para.size();
            const QStringView l = para.mid(from, eol - from);
            ++lines;
            longest = std::max(longest, l.size());
            if (l.startsWith(QLatin1String("- ")) || l.startsWith(QLatin1String("* ")) ||
                l.startsWith(QChar(0x2022)))
                listy = true;
            if (eol >= para.size())
                break;
            from = eol + 1;
        }
        bool wrapped = false;
        if (lines >= 2 && !listy && int(longest) >= 40) {
            int longLines = 0; // every line but the last
            for (qsizetype from = 0;;) {
                const qsizetype eol = para.indexOf(QLatin1Char('\n'), from);
                if (eol < 0)
                    break;
                if (int(eol - from) >= int(longest) * 0.6)
                    ++longLines;
                from = eol + 1;
            }
            wrapped = longLines >= (lines - 1) * 0.8;
        }
        if (wrapped) {
            const qsizetype at = out.size();
            out += para;
            std::replace(out.begin() + at, out.end(), QChar(QLatin1Char('\n')), QChar(QLatin1Char(' ')));
        } else {
            out += para;
        }
        if (end >= n)
            break;
        start = end + 2;
    }
    return out;
}

Result<Article> TextReader::read(const QString &path, const QByteArray &data) const
{
    Article a;
    a.path = path;
    a.format = format();
    const QString text = TextNormalizer::normalize(TextNormalizer::decode(data));
    if (QStringView(text).trimmed().isEmpty())
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
