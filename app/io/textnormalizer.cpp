#include "textnormalizer.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace al {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Unassigned bytes map to U+FFFD.
constexpr char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

} // namespace

QString TextNormalizer::decodeWindows1252(const QByteArray &data)
{
    QString out;
    out.resize(data.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const uchar b = uchar(data[i]);
        d[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

QString TextNormalizer::decode(const QByteArray &data, Encoding *detected)
{
    auto set = [&](Encoding e) {
        if (detected)
            *detected = e;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        set(Encoding::Utf8Bom);
        return QString::fromUtf8(data.constData() + 3, data.size() - 3);
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool le = data.startsWith("\xFF\xFE");
        set(le ? Encoding::Utf16LE : Encoding::Utf16BE);
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(data.mid(2));
    }
    if (const std::optional<Encoding> utf16 = utf16WithoutBom(data.left(4096))) {
        set(*utf16);
        QStringDecoder decoder(*utf16 == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        return decoder.decode(data);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        set(Encoding::Utf8);
        return text;
    }
    set(Encoding::Windows1252);
    return decodeWindows1252(data);
}

QString TextNormalizer::normalize(const QString &input)
{
    // One pass: each character is mapped (line endings, odd spaces, invisible characters), and
    // every line is trimmed and its runs of white space collapsed as it is written, with at most
    // one blank line in a row. What QString::simplified() calls white space is white space here.
    // Nothing written is longer than what it stands for ("\n\n" stands for two line breaks at
    // least), so the result fits in the input's length.
    const qsizetype n = input.size();
    QString result(n, Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype len = 0;
    int pendingNewlines = 0;
    bool started = false;     // some line has been written
    bool lineStarted = false; // the current line has been written into
    bool space = false;       // white space since the current line's last character
    const QChar *in = input.constData();
    for (qsizetype i = 0; i < n; ++i) {
        QChar c = in[i];
        const char16_t u = c.unicode();
        const bool lineEnd =
            u == '\n' || u == '\r' || u == 0x2028 || u == 0x2029 || u == 0x0B || u == 0x0C || u == 0x85;
        if (lineEnd) {
            if (u == '\r' && i + 1 < n && in[i + 1] == QLatin1Char('\n'))
                ++i;
            if (lineStarted)
                pendingNewlines = 1;
            else if (started)
                pendingNewlines = 2;
            lineStarted = space = false;
            continue;
        }
        if (u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF)
            continue; // soft hyphen and zero-width characters carry no text
        if (u == '\t' || u == 0x00A0 || u == 0x202F || u == 0x2007 || (u >= 0x2000 && u <= 0x200A) ||
            u == 0x3000)
            c = QLatin1Char(' ');
        else if (u < 0x20)
            continue; // other control characters are dropped
        if (c.isSpace()) {
            space = lineStarted;
            continue;
        }
        if (!lineStarted) {
            if (started) {
                out[len++] = QLatin1Char('\n');
                if (pendingNewlines >= 2)
                    out[len++] = QLatin1Char('\n');
            }
            started = lineStarted = true;
        } else if (space) {
            out[len++] = QLatin1Char(' ');
        }
        space = false;
        out[len++] = c;
    }
    result.truncate(len);
    return result;
}

QString TextNormalizer::comparisonKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

std::optional<TextNormalizer::Encoding> TextNormalizer::utf16WithoutBom(const QByteArray &head)
{
    // Whole code units only; a file cut in the middle of one is judged on the rest.
    const qsizetype size = head.size() & ~qsizetype(1);
    if (size < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        evenZeros += head[i] == 0;
        oddZeros += head[i + 1] == 0;
    }
    const qsizetype units = size / 2;
    // Latin text in UTF-16 has a NUL in most code units, always on the same side; a binary file
    // has them on both sides or in runs.
    std::optional<Encoding> guess;
    if (oddZeros * 2 >= units && evenZeros * 20 <= units)
        guess = Encoding::Utf16LE;
    else if (evenZeros * 2 >= units && oddZeros * 20 <= units)
        guess = Encoding::Utf16BE;
    if (!guess)
        return std::nullopt;
    QStringDecoder decoder(*guess == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(head.left(size));
    if (decoder.hasError())
        return std::nullopt;
    qsizetype control = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != 0x0B && u != 0x0C))
            ++control;
    }
    if (control * 20 > text.size())
        return std::nullopt;
    return guess;
}

QString TextNormalizer::breakLongParagraphs(const QString &text, qsizetype maxChars)
{
    maxChars = std::max<qsizetype>(maxChars, 16);
    const qsizetype n = text.size();
    // Most texts have no paragraph that long: they are returned without building a copy.
    for (qsizetype start = 0;;) {
        qsizetype end = text.indexOf(QLatin1String("\n\n"), start);
        if (end < 0)
            end = n;
        if (end - start > maxChars)
            break;
        if (end >= n)
            return text;
        start = end + 2;
    }
    QString out;
    bool changed = false;
    qsizetype start = 0;
    while (true) {
        qsizetype end = text.indexOf(QLatin1String("\n\n"), start);
        if (end < 0)
            end = n;
        qsizetype from = start;
        while (end - from > maxChars) {
            // A line break is the best place, then a sentence end, then any space; looked for in
            // the second half of the window so that no piece is short. Each cut moves on by at
            // least half a window, so the whole text is read a bounded number of times.
            const qsizetype low = from + maxChars / 2, high = from + maxChars;
            qsizetype lineBreak = -1, sentenceEnd = -1, space = -1;
            for (qsizetype k = high; k > low && lineBreak < 0; --k) {
                const QChar c = text[k];
                if (c == QLatin1Char('\n')) {
                    lineBreak = k;
                } else if (c == QLatin1Char(' ')) {
                    if (space < 0)
                        space = k;
                    const QChar before = text[k - 1];
                    if (sentenceEnd < 0 && (before == QLatin1Char('.') || before == QLatin1Char('!') ||
                                            before == QLatin1Char('?') || before == QChar(0x201D)))
                        sentenceEnd = k;
                }
            }
            qsizetype cut = lineBreak >= 0 ? lineBreak : sentenceEnd >= 0 ? sentenceEnd : space;
            if (cut < 0) { // one word fills the second half: break at the first space after it
                cut = text.indexOf(QLatin1Char(' '), high);
                if (cut < 0 || cut >= end)
                    break;
            }
            out += QStringView(text).mid(from, cut - from);
            out += QStringLiteral("\n\n");
            from = cut + 1;
            changed = true;
        }
        out += QStringView(text).mid(from, end - from);
        if (end >= n)
            break;
        out += QStringLiteral("\n\n");
        start = end + 2;
    }
    return changed ? out : text;
}

bool TextNormalizer::onlyWhiteSpace(const QByteArray &data)
{
    for (const char ch : data)
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\v' && ch != '\f')
            return false;
    return true;
}

bool TextNormalizer::looksBinary(const QByteArray &head)
{
    if (head.isEmpty())
        return false;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || utf16WithoutBom(head))
        return false; // UTF-16 text has NUL bytes
    int control = 0;
    for (const char ch : head) {
        const uchar b = uchar(ch);
        if (b == 0)
            return true;
        // Vertical tabs and form feeds are white space: page breaks in old text files.
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0B && b != 0x0C)
            ++control;
    }
    return control * 20 > head.size(); // more than 5% control characters
}

} // namespace al
