#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace al {

// One value of PDF's object syntax (ISO 32000-1, 7.3): null, boolean, number, name, string,
// array, dictionary or indirect reference. It exists so the exporter can read the few objects
// it must amend (catalog, page tree, annotation arrays, highlight annotations) and write new
// ones without a PDF library that can edit; poppler-qt6 only reads outlines, links and
// appearance streams. Numbers, names and strings keep the bytes they were written with, so a
// parsed object is written back unchanged: nothing is decoded that the exporter does not need
// to understand. Streams are not values here; the parser stops at a stream's dictionary.
struct PdfValue
{
    enum class Kind { Null, Bool, Number, Name, String, Array, Dict, Ref };

    Kind kind = Kind::Null;
    QByteArray raw; // Number: as written; Name: without the slash; String: with its delimiters
    bool boolean = false;
    int objectNumber = 0;                             // Ref
    int generation = 0;                               // Ref
    QVector<PdfValue> items;                          // Array
    QVector<std::pair<QByteArray, PdfValue>> entries; // Dict, in file order

    static PdfValue null() { return {}; }
    static PdfValue boolValue(bool b);
    static PdfValue number(double value);
    static PdfValue integer(qint64 value);
    static PdfValue name(const QByteArray &name);
    // A text string: literal when it is printable ASCII, else UTF-16BE with a byte order mark.
    static PdfValue text(const QString &text);
    static PdfValue array(const QVector<PdfValue> &items = {});
    static PdfValue dict();
    static PdfValue ref(int objectNumber, int generation = 0);

    bool isNull() const { return kind == Kind::Null; }
    bool isDict() const { return kind == Kind::Dict; }
    bool isArray() const { return kind == Kind::Array; }
    bool isRef() const { return kind == Kind::Ref; }
    bool isName(const QByteArray &n) const { return kind == Kind::Name && raw == n; }
    // The integer a Number holds; `fallback` when it is not an integer number.
    qint64 toInteger(qint64 fallback = -1) const;

    // Dictionary access; value() returns nullptr when the key is absent.
    const PdfValue *value(const QByteArray &key) const;
    void set(const QByteArray &key, const PdfValue &value);
    void remove(const QByteArray &key);

    QByteArray serialize() const;
    // Appends the serialized value to `out`: one buffer for a whole object.
    void serializeTo(QByteArray &out) const;
    bool operator==(const PdfValue &o) const;

    // Parses one value at `pos` (skipping white space and comments before it) and leaves `pos`
    // after it. Returns nothing on malformed input; never reads past `data`.
    static std::optional<PdfValue> parse(const QByteArray &data, qsizetype &pos);
    // Skips white space and comments from `pos`.
    static void skipSpace(const QByteArray &data, qsizetype &pos);
    // Reads a bare keyword or integer token ("obj", "xref", "12") at `pos`; empty at a delimiter.
    static QByteArray token(const QByteArray &data, qsizetype &pos);
    // Whether a token is an unsigned integer ("12"; not "", "-1", "1.5").
    static bool isDigits(const QByteArray &token);
};

} // namespace al
