#pragma once

#include "analysis.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// What every Analysis the pipeline makes must satisfy, whatever the input: spans inside `text`
// with start < end, sentences in order and apart, a span's `text` equal to the text it covers,
// and every id a span refers to defined. Shared by the property tests and the fuzz targets;
// returns the first broken rule in words, or an empty string.
namespace al::invariants {

inline QString checkSpan(const QString &what, int start, int end, const QString &text)
{
    if (start < 0 || end > text.size() || start >= end)
        return QStringLiteral("%1 [%2, %3) is outside the text of %4 characters or empty")
            .arg(what)
            .arg(start)
            .arg(end)
            .arg(text.size());
    return {};
}

inline QString check(const al::Analysis &a)
{
    QString problem;
    int previousEnd = 0;
    for (int i = 0; i < a.sentences.size() && problem.isEmpty(); ++i) {
        const al::Sentence &s = a.sentences[i];
        problem = checkSpan(QStringLiteral("sentence %1").arg(i), s.start, s.end, a.text);
        if (problem.isEmpty() && s.start < previousEnd)
            problem = QStringLiteral("sentence %1 starts at %2, before the previous one ends (%3)")
                          .arg(i)
                          .arg(s.start)
                          .arg(previousEnd);
        previousEnd = s.end;
    }
    QSet<QString> actorIds, entityIds, timexIds;
    for (const al::Actor &actor : a.actors)
        actorIds.insert(actor.id);
    int previousStart = -1;
    for (const al::Entity &e : a.entities) {
        if (!problem.isEmpty())
            break;
        entityIds.insert(e.id);
        problem = checkSpan(e.id, e.start, e.end, a.text);
        if (problem.isEmpty() && e.start < previousStart)
            problem = QStringLiteral("entity %1 is out of order").arg(e.id);
        if (problem.isEmpty() && a.text.mid(e.start, e.end - e.start) != e.text)
            problem = QStringLiteral("entity %1's text '%2' is not the text it covers").arg(e.id, e.text);
        if (problem.isEmpty() && !e.actor.isEmpty() && !actorIds.contains(e.actor))
            problem = QStringLiteral("entity %1 names an unknown actor %2").arg(e.id, e.actor);
        previousStart = e.start;
    }
    for (const al::Timex &t : a.timexes) {
        if (!problem.isEmpty())
            break;
        timexIds.insert(t.id);
        problem = checkSpan(t.id, t.start, t.end, a.text);
        if (problem.isEmpty() && a.text.mid(t.start, t.end - t.start) != t.text)
            problem = QStringLiteral("timex %1's text '%2' is not the text it covers").arg(t.id, t.text);
    }
    for (const al::Actor &actor : a.actors) {
        for (const QString &m : actor.mentions)
            if (problem.isEmpty() && !entityIds.contains(m))
                problem = QStringLiteral("actor %1 lists an unknown mention %2").arg(actor.id, m);
        for (const al::ActorReference &r : actor.references)
            if (problem.isEmpty())
                problem = checkSpan(actor.id + QStringLiteral("'s reference"), r.start, r.end, a.text);
    }
    for (const al::Relation &r : a.relations) {
        if (!problem.isEmpty())
            break;
        problem = checkSpan(r.id, r.start, r.end, a.text);
        if (problem.isEmpty() && (!actorIds.contains(r.source) || !actorIds.contains(r.target)))
            problem = QStringLiteral("relation %1 names an unknown actor").arg(r.id);
        if (problem.isEmpty() && (r.sentence < 0 || r.sentence >= a.sentences.size()))
            problem = QStringLiteral("relation %1 names sentence %2 of %3")
                          .arg(r.id)
                          .arg(r.sentence)
                          .arg(a.sentences.size());
    }
    for (const al::Event &e : a.events) {
        if (!problem.isEmpty())
            break;
        problem = checkSpan(e.id, e.triggerStart, e.triggerEnd, a.text);
        if (problem.isEmpty() && !e.timex.isEmpty() && !timexIds.contains(e.timex))
            problem = QStringLiteral("event %1 names an unknown timex %2").arg(e.id, e.timex);
        for (const QString &id : e.actors)
            if (problem.isEmpty() && !actorIds.contains(id))
                problem = QStringLiteral("event %1 names an unknown actor %2").arg(e.id, id);
    }
    return problem;
}

// The words of `source` (letters and digits, lower-cased) that appear in neither `text` nor
// `tail`: a reader may drop markup, never a word of the body.
inline QStringList lostWords(const QStringList &sourceWords, const QString &text, const QString &tail)
{
    QSet<QString> kept;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (const QString *s : {&text, &tail}) {
        auto it = word.globalMatch(*s);
        while (it.hasNext())
            kept.insert(it.next().captured().toLower());
    }
    QStringList lost;
    for (const QString &w : sourceWords)
        if (!kept.contains(w.toLower()))
            lost << w;
    return lost;
}

} // namespace al::invariants
