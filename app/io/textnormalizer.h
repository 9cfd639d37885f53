#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace al {

// Shared text clean-up for readers: decoding bytes of unknown encoding and normalising
// whitespace into the paragraph layout every reader produces.
class TextNormalizer
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
    // Detects the encoding (BOM, UTF-16 without a BOM, UTF-8 validity, else Windows-1252) and
    // decodes.
    static QString decode(const QByteArray &data, Encoding *detected = nullptr);
    static QString decodeWindows1252(const QByteArray &data);
    // CRLF/CR → LF, no-break and odd spaces → space, trailing spaces cut, runs of blank lines
    // collapsed into one blank line, soft hyphens and zero-width characters dropped.
    static QString normalize(const QString &text);
    // Letters and digits only, lower-cased: two titles that differ only in case, spacing and
    // punctuation ("Talks resume — Harbour news" / "talks resume: harbour news") get the same key.
    static QString comparisonKey(const QString &text);
    // True when the bytes look like a binary file (NUL bytes or many control characters);
    // UTF-16 text, with or without a byte-order mark, is not binary.
    static bool looksBinary(const QByteArray &head);
    // UTF-16LE or UTF-16BE text without a byte-order mark, told by where the NUL bytes of its
    // Latin characters fall (every other byte) and checked by decoding it; nullopt otherwise.
    static std::optional<Encoding> utf16WithoutBom(const QByteArray &head);
    // Breaks every paragraph longer than `maxChars` into paragraphs of at most about that size, at
    // a line break, else the end of a sentence, else a space ("\n\n" replaces that one character;
    // no word changes). A 10 MB text on one line is not one paragraph to the stages that read a
    // paragraph as a unit, and whose work grows faster than its length.
    static constexpr qsizetype kMaxParagraph = 20000;
    static QString breakLongParagraphs(const QString &text, qsizetype maxChars = kMaxParagraph);
    // True when the bytes are only ASCII white space (spaces, tabs, line and page breaks).
    static bool onlyWhiteSpace(const QByteArray &data);
};

} // namespace al
