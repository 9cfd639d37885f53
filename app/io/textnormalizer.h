#pragma once

#include <QByteArray>
#include <QString>

namespace al {

// Shared text clean-up for readers: decoding bytes of unknown encoding and normalising
// whitespace into the paragraph layout every reader produces.
class TextNormalizer
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
    // Detects the encoding (BOM, UTF-8 validity, else Windows-1252) and decodes.
    static QString decode(const QByteArray &data, Encoding *detected = nullptr);
    static QString decodeWindows1252(const QByteArray &data);
    // CRLF/CR → LF, no-break and odd spaces → space, trailing spaces cut, runs of blank lines
    // collapsed into one blank line, soft hyphens and zero-width characters dropped.
    static QString normalize(const QString &text);
    // Letters and digits only, lower-cased: two titles that differ only in case, spacing and
    // punctuation ("Talks resume — Harbour news" / "talks resume: harbour news") get the same key.
    static QString comparisonKey(const QString &text);
    // True when the bytes look like a binary file (NUL bytes or many control characters).
    static bool looksBinary(const QByteArray &head);
};

} // namespace al
