#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

namespace al {

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

char *escapeUnit(char *p, unsigned u)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((u >> 12) & 0xf);
    *p++ = hexDigit((u >> 8) & 0xf);
    *p++ = hexDigit((u >> 4) & 0xf);
    *p++ = hexDigit(u & 0xf);
    return p;
}

// QJsonDocument's escaping: the two JSON specials and control characters escaped (short forms
// where JSON has them), everything else as UTF-8, and a lone surrogate as a \u escape.
char *escape(char *p, QStringView text)
{
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s != end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case 0x8: *p++ = 'b'; break;
            case 0xc: *p++ = 'f'; break;
            case 0xa: *p++ = 'n'; break;
            case 0xd: *p++ = 'r'; break;
            case 0x9: *p++ = 't'; break;
            default: --p; p = escapeUnit(p, u);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && s != end && *s >= 0xdc00 && *s <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*s++) - 0xdc00);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            p = escapeUnit(p, u);
        }
    }
    return p;
}

} // namespace

JsonWriter::JsonWriter(bool indented) : m_indented(indented) {}

void JsonWriter::reserve(qsizetype bytes)
{
    if (bytes > m_out.size())
        m_out.resize(bytes);
}

char *JsonWriter::room(qsizetype bytes)
{
    if (m_size + bytes > m_out.size())
        m_out.resize(std::max(m_size + bytes, m_out.size() * 2 + 256));
    return m_out.data() + m_size;
}

void JsonWriter::indent(int depth)
{
    char *p = room(4 * depth);
    std::memset(p, ' ', size_t(4 * depth));
    m_size += 4 * depth;
}

// Before an array's value or an object's key: the separator, the line break and indentation.
void JsonWriter::element()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth == 0)
        return; // the top-level value itself
    char *p = room(2);
    if (!m_first) {
        *p++ = ',';
        if (m_indented)
            *p++ = '\n';
    }
    m_size = p - m_out.data();
    m_first = false;
    if (m_indented)
        indent(m_depth);
}

void JsonWriter::open(char bracket)
{
    element();
    char *p = room(2);
    *p++ = bracket;
    if (m_indented)
        *p++ = '\n';
    m_size = p - m_out.data();
    ++m_depth;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    if (m_indented && !m_first) {
        *room(1) = '\n';
        ++m_size;
    }
    --m_depth;
    if (m_indented)
        indent(m_depth);
    *room(1) = bracket;
    ++m_size;
    m_first = false;
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    element();
    char *p = room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), size_t(name.size()));
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (m_indented)
        *p++ = ' ';
    m_size = p - m_out.data();
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    element();
    char *p = room(6 * text.size() + 2);
    *p++ = '"';
    p = escape(p, text);
    *p++ = '"';
    m_size = p - m_out.data();
}

void JsonWriter::value(qint64 number)
{
    element();
    char *p = room(24);
    m_size = std::to_chars(p, p + 24, number).ptr - m_out.data();
}

void JsonWriter::value(bool truth)
{
    element();
    const char *word = truth ? "true" : "false";
    const size_t n = std::strlen(word);
    std::memcpy(room(qsizetype(n)), word, n);
    m_size += qsizetype(n);
}

void JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(QStringView(s));
    endArray();
}

QByteArray JsonWriter::take()
{
    if (m_indented && m_depth == 0 && m_size > 0) {
        *room(1) = '\n';
        ++m_size;
    }
    m_out.resize(m_size);
    m_size = 0;
    return std::exchange(m_out, QByteArray());
}

} // namespace al
