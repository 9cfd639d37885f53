#include "textanchor.h"

#include <cstdlib>

namespace al {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The words must stand alone: "Acme" inside "Acmeville" is not the same name.
bool atWordBoundaries(const QString &text, int start, int end)
{
    if (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start]))
        return false;
    if (end < text.size() && end > 0 && isWordChar(text[end]) && isWordChar(text[end - 1]))
        return false;
    return true;
}

} // namespace

TextAnchor TextAnchor::capture(const QString &text, int start, int end)
{
    const int n = int(text.size());
    start = qBound(0, start, n);
    end = qBound(start, end, n);
    TextAnchor a;
    a.m_start = start;
    a.m_end = end;
    a.m_words = text.mid(start, end - start);
    const int b = qMax(0, start - kContext);
    a.m_before = text.mid(b, start - b);
    a.m_after = text.mid(end, kContext);
    return a;
}

int TextAnchor::contextScore(const QString &text, int start, int end) const
{
    // Characters that agree, reading outwards from the span: the nearest words weigh most
    // because the first difference stops the count.
    int score = 0;
    for (int i = 1; i <= m_before.size() && start - i >= 0; ++i) {
        if (text[start - i] != m_before[m_before.size() - i])
            break;
        ++score;
    }
    for (int i = 0; i < m_after.size() && end + i < text.size(); ++i) {
        if (text[end + i] != m_after[i])
            break;
        ++score;
    }
    return score;
}

std::optional<TextAnchor::Span> TextAnchor::resolve(const QString &text) const
{
    if (m_words.isEmpty())
        return std::nullopt;
    const int length = int(m_words.size());
    // The usual case: the text is the one the anchor was taken from.
    const bool sameOffsets =
        m_end <= text.size() && QStringView(text).mid(m_start, length) == QStringView(m_words);
    if (sameOffsets && contextScore(text, m_start, m_end) == m_before.size() + m_after.size())
        return Span{m_start, m_end};

    struct Candidate
    {
        int start;
        int score;
    };
    QVector<Candidate> candidates;
    for (qsizetype at = text.indexOf(m_words); at >= 0; at = text.indexOf(m_words, at + 1)) {
        const int s = int(at);
        if (!atWordBoundaries(text, s, s + length) && !(sameOffsets && s == m_start))
            continue;
        candidates.append({s, contextScore(text, s, s + length)});
    }
    if (candidates.isEmpty())
        return std::nullopt;
    if (candidates.size() == 1)
        return Span{candidates.first().start, candidates.first().start + length};
    // Several occurrences: the one whose surroundings agree best, if one stands out; a tie is
    // broken by the distance to where the words were, but only when the context says something.
    const Candidate *best = nullptr;
    bool tie = false;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!best || c.score > best->score) {
            best = &c;
            tie = false;
        } else if (c.score == best->score) {
            if (std::abs(c.start - m_start) < std::abs(best->start - m_start))
                best = &c;
            tie = true;
        }
    }
    // With no context in common, only the old offsets can tell the occurrences apart.
    const bool whereItWas = sameOffsets && best->start == m_start;
    if (!whereItWas && (best->score == 0 || (tie && best->score < 4)))
        return std::nullopt;
    return Span{best->start, best->start + length};
}

QJsonObject TextAnchor::toJson() const
{
    return QJsonObject{{QStringLiteral("start"), m_start},
                       {QStringLiteral("end"), m_end},
                       {QStringLiteral("text"), m_words},
                       {QStringLiteral("before"), m_before},
                       {QStringLiteral("after"), m_after}};
}

TextAnchor TextAnchor::fromJson(const QJsonObject &o)
{
    TextAnchor a;
    a.m_start = o.value(QStringLiteral("start")).toInt(-1);
    a.m_end = o.value(QStringLiteral("end")).toInt(-1);
    a.m_words = o.value(QStringLiteral("text")).toString();
    a.m_before = o.value(QStringLiteral("before")).toString().right(kContext);
    a.m_after = o.value(QStringLiteral("after")).toString().left(kContext);
    if (a.m_start < 0 || a.m_end < a.m_start || a.m_end - a.m_start != a.m_words.size())
        return TextAnchor();
    return a;
}

} // namespace al
