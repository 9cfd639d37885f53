#include "pdfvalue.h"

#include <cmath>
#include <cstring>

namespace al {

namespace {

constexpr int kMaxDepth = 64; // nesting deeper than this is hostile or broken input

bool isSpace(char c)
{
    return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

bool isRegular(char c)
{
    return !isSpace(c) && !isDelimiter(c);
}

std::optional<PdfValue> parseAt(const QByteArray &data, qsizetype &pos, int depth);

std::optional<PdfValue> parseLiteralString(const QByteArray &data, qsizetype &pos)
{
    const qsizetype start = pos;
    int nesting = 0;
    while (pos < data.size()) {
        const char c = data[pos++];
        if (c == '\\') {
            ++pos; // the escaped character, whatever it is
        } else if (c == '(') {
            ++nesting;
        } else if (c == ')') {
            if (--nesting == 0) {
                PdfValue v;
                v.kind = PdfValue::Kind::String;
                v.raw = data.mid(start, pos - start);
                return v;
            }
        }
    }
    return std::nullopt;
}

std::optional<PdfValue> parseHexString(const QByteArray &data, qsizetype &pos)
{
    const qsizetype end = data.indexOf('>', pos);
    if (end < 0)
        return std::nullopt;
    PdfValue v;
    v.kind = PdfValue::Kind::String;
    v.raw = data.mid(pos, end + 1 - pos);
    pos = end + 1;
    return v;
}

std::optional<PdfValue> parseAt(const QByteArray &data, qsizetype &pos, int depth)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    PdfValue::skipSpace(data, pos);
    if (pos >= data.size())
        return std::nullopt;
    const char c = data[pos];
    if (c == '/') {
        qsizetype end = pos + 1;
        while (end < data.size() && isRegular(data[end]))
            ++end;
        PdfValue v;
        v.kind = PdfValue::Kind::Name;
        v.raw = data.mid(pos + 1, end - pos - 1);
        pos = end;
        return v;
    }
    if (c == '(')
        return parseLiteralString(data, pos);
    if (c == '<') {
        if (pos + 1 < data.size() && data[pos + 1] == '<') {
            pos += 2;
            PdfValue dict = PdfValue::dict();
            for (;;) {
                PdfValue::skipSpace(data, pos);
                if (pos + 1 < data.size() && data[pos] == '>' && data[pos + 1] == '>') {
                    pos += 2;
                    return dict;
                }
                const std::optional<PdfValue> key = parseAt(data, pos, depth + 1);
                if (!key || key->kind != PdfValue::Kind::Name)
                    return std::nullopt;
                std::optional<PdfValue> value = parseAt(data, pos, depth + 1);
                if (!value)
                    return std::nullopt;
                dict.entries.append({key->raw, std::move(*value)});
            }
        }
        return parseHexString(data, pos);
    }
    if (c == '[') {
        ++pos;
        PdfValue array = PdfValue::array();
        for (;;) {
            PdfValue::skipSpace(data, pos);
            if (pos >= data.size())
                return std::nullopt;
            if (data[pos] == ']') {
                ++pos;
                return array;
            }
            std::optional<PdfValue> item = parseAt(data, pos, depth + 1);
            if (!item)
                return std::nullopt;
            array.items.append(std::move(*item));
        }
    }
    if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}')
        return std::nullopt;

    const QByteArray word = PdfValue::token(data, pos);
    if (word.isEmpty())
        return std::nullopt;
    if (word == "true" || word == "false")
        return PdfValue::boolValue(word == "true");
    if (word == "null")
        return PdfValue::null();
    const char first = word[0];
    if (!((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.'))
        return std::nullopt; // a keyword (obj, endobj, stream, R): not a value
    PdfValue number;
    number.kind = PdfValue::Kind::Number;
    number.raw = word;
    if (PdfValue::isDigits(word)) {
        // "12 0 R" is a reference: look ahead without consuming when it is not.
        qsizetype ahead = pos;
        PdfValue::skipSpace(data, ahead);
        const qsizetype genStart = ahead;
        int gen = 0;
        while (ahead < data.size() && data[ahead] >= '0' && data[ahead] <= '9' && ahead - genStart < 9)
            gen = gen * 10 + (data[ahead++] - '0');
        if (ahead > genStart && (ahead == data.size() || !isRegular(data[ahead]))) {
            PdfValue::skipSpace(data, ahead);
            if (ahead < data.size() && data[ahead] == 'R' &&
                (ahead + 1 == data.size() || !isRegular(data[ahead + 1]))) {
                pos = ahead + 1;
                return PdfValue::ref(word.toInt(), gen);
            }
        }
    }
    return number;
}

} // namespace

PdfValue PdfValue::boolValue(bool b)
{
    PdfValue v;
    v.kind = Kind::Bool;
    v.boolean = b;
    return v;
}

PdfValue PdfValue::number(double value)
{
    PdfValue v;
    v.kind = Kind::Number;
    if (!std::isfinite(value))
        value = 0;
    // PDF has no exponent notation; four decimals are far below a printer's resolution.
    QByteArray s = QByteArray::number(value, 'f', 4);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    if (s == "-0")
        s = "0";
    v.raw = s;
    return v;
}

PdfValue PdfValue::integer(qint64 value)
{
    PdfValue v;
    v.kind = Kind::Number;
    v.raw = QByteArray::number(value);
    return v;
}

PdfValue PdfValue::name(const QByteArray &n)
{
    PdfValue v;
    v.kind = Kind::Name;
    for (char c : n) {
        // Names escape delimiters, white space and bytes outside '!'..'~' as #xx (7.3.5).
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e || isDelimiter(c) || c == '#')
            v.raw += '#' + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            v.raw += c;
    }
    return v;
}

PdfValue PdfValue::text(const QString &text)
{
    PdfValue v;
    v.kind = Kind::String;
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            ascii = false;
    if (ascii) {
        QByteArray s = "(";
        for (QChar c : text) {
            const char b = char(c.unicode());
            if (b == '(' || b == ')' || b == '\\')
                s += '\\';
            s += b;
        }
        v.raw = s + ')';
        return v;
    }
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    v.raw = hex + '>';
    return v;
}

PdfValue PdfValue::array(const QVector<PdfValue> &items)
{
    PdfValue v;
    v.kind = Kind::Array;
    v.items = items;
    return v;
}

PdfValue PdfValue::dict()
{
    PdfValue v;
    v.kind = Kind::Dict;
    return v;
}

PdfValue PdfValue::ref(int objectNumber, int generation)
{
    PdfValue v;
    v.kind = Kind::Ref;
    v.objectNumber = objectNumber;
    v.generation = generation;
    return v;
}

qint64 PdfValue::toInteger(qint64 fallback) const
{
    if (kind != Kind::Number)
        return fallback;
    bool ok = false;
    const qint64 n = raw.toLongLong(&ok);
    return ok ? n : fallback;
}

const PdfValue *PdfValue::value(const QByteArray &key) const
{
    for (const auto &entry : entries)
        if (entry.first == key)
            return &entry.second;
    return nullptr;
}

void PdfValue::set(const QByteArray &key, const PdfValue &value)
{
    for (auto &entry : entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    entries.append({key, value});
}

void PdfValue::remove(const QByteArray &key)
{
    entries.removeIf([&](const auto &entry) { return entry.first == key; });
}

QByteArray PdfValue::serialize() const
{
    QByteArray out;
    serializeTo(out);
    return out;
}

void PdfValue::serializeTo(QByteArray &out) const
{
    switch (kind) {
    case Kind::Null: out += "null"; return;
    case Kind::Bool: out += boolean ? "true" : "false"; return;
    case Kind::Number: out += raw; return;
    case Kind::Name:
        out += '/';
        out += raw;
        return;
    case Kind::String: out += raw; return;
    case Kind::Ref:
        out += QByteArray::number(objectNumber);
        out += ' ';
        out += QByteArray::number(generation);
        out += " R";
        return;
    case Kind::Array:
        out += '[';
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                out += ' ';
            items[i].serializeTo(out);
        }
        out += ']';
        return;
    case Kind::Dict:
        out += "<<";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i)
                out += ' ';
            out += '/';
            out += entries[i].first;
            out += ' ';
            entries[i].second.serializeTo(out);
        }
        out += ">>";
        return;
    }
    out += "null";
}

bool PdfValue::operator==(const PdfValue &o) const
{
    return kind == o.kind && raw == o.raw && boolean == o.boolean && objectNumber == o.objectNumber &&
           generation == o.generation && items == o.items && entries == o.entries;
}

std::optional<PdfValue> PdfValue::parse(const QByteArray &data, qsizetype &pos)
{
    if (pos < 0)
        return std::nullopt;
    return parseAt(data, pos, 0);
}

void PdfValue::skipSpace(const QByteArray &data, qsizetype &pos)
{
    while (pos < data.size()) {
        const char c = data[pos];
        if (isSpace(c)) {
            ++pos;
        } else if (c == '%') {
            while (pos < data.size() && data[pos] != '\n' && data[pos] != '\r')
                ++pos;
        } else {
            break;
        }
    }
}

QByteArray PdfValue::token(const QByteArray &data, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < data.size() && isRegular(data[pos]))
        ++pos;
    return data.mid(start, pos - start);
}

bool PdfValue::isDigits(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (char c : token)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace al
