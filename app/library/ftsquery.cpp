#include "ftsquery.h"

#include <QStringList>

namespace al {

namespace {

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// True when the word has something the index keeps (a letter or digit).
bool searchable(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

QString FtsQuery::translate(const QString &text)
{
    struct Term
    {
        QString expr;
        bool negated = false;
        bool orBefore = false;
    };
    QVector<Term> terms;
    bool pendingOr = false, pendingNot = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            ++i;
            continue;
        }
        Term t;
        QString column;
        bool minus = false;
        if (c == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace()) {
            minus = true;
            ++i;
        }
        // title:word or title:"a phrase"
        if (text.mid(i, 6).compare(QLatin1String("title:"), Qt::CaseInsensitive) == 0 && i + 6 < n &&
            !text[i + 6].isSpace()) {
            column = QStringLiteral("title");
            i += 6;
        }
        QString body;
        bool phrase = false;
        if (i < n && text[i] == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            body = text.mid(i + 1, close < 0 ? -1 : close - i - 1);
            i = close < 0 ? n : close + 1;
            phrase = true;
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace() && text[i] != QLatin1Char('(') && text[i] != QLatin1Char(')'))
                ++i;
            body = text.mid(start, i - start);
        }
        if (!phrase && column.isEmpty() && !minus) {
            if (body == QLatin1String("OR")) {
                pendingOr = !terms.isEmpty();
                continue;
            }
            if (body == QLatin1String("AND"))
                continue;
            if (body == QLatin1String("NOT")) {
                pendingNot = true;
                continue;
            }
        }
        bool prefix = false;
        if (!phrase && body.endsWith(QLatin1Char('*'))) {
            while (body.endsWith(QLatin1Char('*')))
                body.chop(1);
            prefix = true;
        }
        if (phrase && i < n && text[i] == QLatin1Char('*')) {
            prefix = true;
            ++i;
        }
        if (!searchable(body))
            continue;
        t.expr = quoted(body.trimmed()) + (prefix ? QStringLiteral("*") : QString());
        if (!column.isEmpty())
            t.expr = column + QStringLiteral(" : ") + t.expr;
        t.negated = minus || pendingNot;
        t.orBefore = pendingOr && !t.negated;
        pendingOr = pendingNot = false;
        terms << t;
    }

    // Positive terms, grouped by OR, joined by AND; then NOT each negated one. FTS5's NOT is
    // binary, so negated terms only count after something to subtract from.
    QStringList groups;
    for (const Term &t : terms) {
        if (t.negated)
            continue;
        if (t.orBefore && !groups.isEmpty())
            groups.last() += QStringLiteral(" OR ") + t.expr;
        else
            groups << t.expr;
    }
    if (groups.isEmpty())
        return {};
    QString out;
    for (const QString &g : groups) {
        if (!out.isEmpty())
            out += QStringLiteral(" AND ");
        out += g.contains(QLatin1String(" OR ")) ? QLatin1Char('(') + g + QLatin1Char(')') : g;
    }
    for (const Term &t : terms)
        if (t.negated)
            out = QLatin1Char('(') + out + QStringLiteral(") NOT ") + t.expr;
    return out;
}

} // namespace al
