#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

namespace al {

// Writes JSON straight into bytes, in exactly the form QJsonDocument::toJson gives (Compact, or
// Indented with four spaces and a final newline), so that a large analysis can be serialised
// without first building a QJsonObject tree of it: at a million words that tree and its
// serialisation took 1.5 s and a few hundred megabytes. The caller writes an object's members
// in QJsonObject's order (keys sorted); the writer does not sort them.
class JsonWriter
{
public:
    explicit JsonWriter(bool indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // An object member's name, which must need no escaping; its value is written next.
    void key(QLatin1StringView name);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool truth);
    void value(const QStringList &list); // an array of strings

    // The bytes written so far; a whole indented document gets its final newline here.
    QByteArray take();

    void reserve(qsizetype bytes);

private:
    void open(char bracket);
    void close(char bracket);
    void element();
    char *room(qsizetype bytes);
    void indent(int depth);

    QByteArray m_out;
    qsizetype m_size = 0;
    int m_depth = 0;
    bool m_indented = false;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace al
