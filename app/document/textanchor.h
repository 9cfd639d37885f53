#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace al {

// Where a correction applies in the article: a span of text given both by its offsets and by its
// words, with a few words quoted on either side. Offsets alone break as soon as the text changes
// (a new reader version, an edited file); words alone are ambiguous when a name occurs many
// times. resolve() finds the span again in a text: where the offsets still hold the same words,
// else at the occurrence of the words whose surroundings match the quoted context best. When the
// words are gone, or occur several times with nothing to tell them apart, it finds nothing and
// the correction is listed as orphaned. A plain value; cheap to copy.
class TextAnchor
{
public:
    // Characters of context kept on each side: enough for a few words.
    static constexpr int kContext = 40;

    struct Span
    {
        int start = 0;
        int end = 0;
        bool operator==(const Span &o) const { return start == o.start && end == o.end; }
    };

    TextAnchor() = default;
    // The span [start, end) of `text` with its context; start and end are clamped to the text.
    static TextAnchor capture(const QString &text, int start, int end);

    bool isNull() const { return m_words.isEmpty(); }
    int start() const { return m_start; }
    int end() const { return m_end; }
    const QString &words() const { return m_words; }
    const QString &before() const { return m_before; }
    const QString &after() const { return m_after; }

    std::optional<Span> resolve(const QString &text) const;

    QJsonObject toJson() const;
    // Null when the object has no words or its offsets are not a span.
    static TextAnchor fromJson(const QJsonObject &object);

    bool operator==(const TextAnchor &o) const
    {
        return m_start == o.m_start && m_end == o.m_end && m_words == o.m_words && m_before == o.m_before &&
               m_after == o.m_after;
    }

private:
    int contextScore(const QString &text, int start, int end) const;

    int m_start = 0;
    int m_end = 0;
    QString m_words;
    QString m_before;
    QString m_after;
};

} // namespace al
