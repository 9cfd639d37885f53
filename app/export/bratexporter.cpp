#include "bratexporter.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <climits>

namespace al {

namespace {

QString entityType(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return QStringLiteral("Person");
    if (type == QLatin1String("ORGANIZATION"))
        return QStringLiteral("Organization");
    if (type == QLatin1String("LOCATION"))
        return QStringLiteral("Location");
    return QStringLiteral("Misc");
}

QString timexType(const QString &type)
{
    if (type == QLatin1String("TIME"))
        return QStringLiteral("Time");
    if (type == QLatin1String("DURATION"))
        return QStringLiteral("Duration");
    if (type == QLatin1String("SET"))
        return QStringLiteral("Set");
    return QStringLiteral("Date");
}

QString relationType(const QString &kind)
{
    if (kind == QLatin1String("role"))
        return QStringLiteral("Role");
    if (kind == QLatin1String("membership"))
        return QStringLiteral("Membership");
    if (kind == QLatin1String("location"))
        return QStringLiteral("Locative");
    if (kind == QLatin1String("interaction"))
        return QStringLiteral("Interaction");
    return QStringLiteral("Other");
}

// A note is one line in the .ann file.
QString oneLine(const QString &s)
{
    return s.simplified();
}

class Ann
{
public:
    explicit Ann(const QString &text) : m_text(text)
    {
        // brat counts Unicode characters; offsets here are UTF-16 code units.
        m_points.resize(text.size() + 1);
        int n = 0;
        for (int i = 0; i < text.size(); ++i) {
            m_points[i] = n;
            if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
                ++n;
        }
        m_points[text.size()] = n;
    }

    // A text-bound annotation; the span is cut at line breaks into fragments, which brat writes
    // as "start end;start end" with the fragments' texts joined by a space.
    QString textBound(const QString &type, int start, int end)
    {
        start = qBound(0, start, int(m_text.size()));
        end = qBound(start, end, int(m_text.size()));
        QStringList ranges, pieces;
        int from = start;
        for (int i = start; i <= end; ++i) {
            const bool stop = i == end || m_text[i] == QLatin1Char('\n') || m_text[i] == QLatin1Char('\r');
            if (!stop)
                continue;
            if (i > from) {
                ranges << QStringLiteral("%1 %2").arg(m_points[from]).arg(m_points[i]);
                pieces << m_text.mid(from, i - from);
            }
            from = i + 1;
        }
        if (ranges.isEmpty())
            return {};
        const QString id = QStringLiteral("T%1").arg(++m_t);
        line(id + QLatin1Char('\t') + type + QLatin1Char(' ') + ranges.join(QLatin1Char(';')) +
             QLatin1Char('\t') + pieces.join(QLatin1Char(' ')));
        return id;
    }
    QString relation(const QString &type, const QString &a, const QString &b)
    {
        const QString id = QStringLiteral("R%1").arg(++m_r);
        line(QStringLiteral("%1\t%2 Arg1:%3 Arg2:%4").arg(id, type, a, b));
        return id;
    }
    QString event(const QString &trigger, const QStringList &arguments)
    {
        const QString id = QStringLiteral("E%1").arg(++m_e);
        line(id + QStringLiteral("\tEvent:") + trigger +
             (arguments.isEmpty() ? QString() : QLatin1Char(' ') + arguments.join(QLatin1Char(' '))));
        return id;
    }
    void attribute(const QString &name, const QString &target, const QString &value = QString())
    {
        line(QStringLiteral("A%1\t%2 %3").arg(++m_a).arg(name, target) +
             (value.isEmpty() ? QString() : QLatin1Char(' ') + value));
    }
    // Notes on one annotation are joined into its one AnnotatorNotes line.
    void note(const QString &target, const QString &text)
    {
        if (oneLine(text).isEmpty())
            return;
        if (!m_notes.contains(target))
            m_noteOrder << target;
        m_notes[target] << oneLine(text);
    }
    QByteArray bytes() const
    {
        QString out = m_out;
        int n = 0;
        for (const QString &target : m_noteOrder)
            out += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n")
                       .arg(++n)
                       .arg(target, m_notes.value(target).join(QStringLiteral(" — ")));
        return out.toUtf8();
    }

private:
    void line(const QString &l) { m_out += l + QLatin1Char('\n'); }

    const QString &m_text;
    QVector<int> m_points;
    QString m_out;
    QHash<QString, QStringList> m_notes;
    QStringList m_noteOrder;
    int m_t = 0, m_r = 0, m_e = 0, m_a = 0;
};

} // namespace

QByteArray BratExporter::configuration()
{
    return QByteArrayLiteral("# Types of an ArticleLens export (articlelens-cli export --format brat).\n"
                             "[entities]\n"
                             "Person\nOrganization\nLocation\nMisc\nDate\nTime\nDuration\nSet\nEvent\n"
                             "[relations]\n"
                             "Coreference\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "Interaction\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "Role\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "Membership\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "Locative\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "Other\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                             "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
                             "[events]\n"
                             "Event\tParticipant*:<ENTITY>, Place?:Location, Time?:Date|Time|Duration|Set\n"
                             "[attributes]\n"
                             "Status\tArg:Event, Value:occurred|planned|cancelled|negated|reported\n"
                             "Negated\tArg:<RELATION>\n");
}

QByteArray BratExporter::annotations(const Analysis &a)
{
    Ann ann(a.text);
    QHash<QString, QString> entityT; // entity id → T id
    QHash<QString, int> entityStart;
    for (const Entity &e : a.entities) {
        const QString t = ann.textBound(entityType(e.type), e.start, e.end);
        if (t.isEmpty())
            continue;
        entityT.insert(e.id, t);
        entityStart.insert(e.id, e.start);
    }
    QHash<QString, QString> timexT;
    for (const Timex &x : a.timexes) {
        const QString t = ann.textBound(timexType(x.type), x.start, x.end);
        if (t.isEmpty())
            continue;
        timexT.insert(x.id, t);
        ann.note(t, x.value);
    }
    // The first mention of each actor stands for it; the others refer to it.
    QHash<QString, QString> actorT;
    for (const Actor &x : a.actors) {
        QStringList ts;
        for (const QString &m : x.mentions)
            if (entityT.contains(m))
                ts << m;
        std::sort(ts.begin(), ts.end(),
                  [&](const QString &p, const QString &q) { return entityStart[p] < entityStart[q]; });
        if (ts.isEmpty())
            continue;
        actorT.insert(x.id, entityT[ts.first()]);
        QString about = x.name;
        if (!x.roles.isEmpty())
            about += QStringLiteral(", ") + x.roles.join(QStringLiteral(", "));
        if (!x.affiliation.isEmpty())
            about += QStringLiteral(" (") + x.affiliation + QLatin1Char(')');
        if (!x.note.isEmpty())
            about += QStringLiteral(" — ") + x.note;
        ann.note(entityT[ts.first()], about);
        for (int i = 1; i < ts.size(); ++i)
            ann.relation(QStringLiteral("Coreference"), entityT[ts[i]], entityT[ts.first()]);
    }
    for (const Entity &e : a.entities)
        if (entityT.contains(e.id))
            ann.note(entityT[e.id], e.note);
    // An actor's mention nearest to a place in the text.
    auto mentionNear = [&](const QString &actor, int at) {
        const Actor *x = a.actor(actor);
        QString best = actorT.value(actor);
        int distance = INT_MAX;
        for (const QString &m : x ? x->mentions : QStringList()) {
            if (!entityT.contains(m))
                continue;
            const int d = qAbs(entityStart[m] - at);
            if (d < distance) {
                distance = d;
                best = entityT[m];
            }
        }
        return best;
    };
    for (const Relation &r : a.relations) {
        const QString s = mentionNear(r.source, r.start);
        const QString t = mentionNear(r.target, r.start);
        if (s.isEmpty() || t.isEmpty() || s == t)
            continue;
        const QString id = ann.relation(relationType(r.kind), s, t);
        ann.note(id, r.label);
        if (r.negated)
            ann.attribute(QStringLiteral("Negated"), id);
    }
    for (const Event &v : a.events) {
        const QString trigger = ann.textBound(QStringLiteral("Event"), v.triggerStart, v.triggerEnd);
        if (trigger.isEmpty())
            continue;
        QStringList args;
        int n = 0;
        for (const QString &actor : v.actors) {
            const QString m = mentionNear(actor, v.triggerStart);
            if (m.isEmpty() || actor == v.place)
                continue;
            ++n;
            args << (n == 1 ? QStringLiteral("Participant:") : QStringLiteral("Participant%1:").arg(n)) + m;
        }
        if (!v.place.isEmpty() && !mentionNear(v.place, v.triggerStart).isEmpty())
            args << QStringLiteral("Place:") + mentionNear(v.place, v.triggerStart);
        if (timexT.contains(v.timex))
            args << QStringLiteral("Time:") + timexT.value(v.timex);
        const QString id = ann.event(trigger, args);
        if (!v.status.isEmpty())
            ann.attribute(QStringLiteral("Status"), id, v.status);
        QString about = v.label;
        if (!v.value.isEmpty())
            about += QStringLiteral(" [") + v.value + QLatin1Char(']');
        if (!v.note.isEmpty())
            about += QStringLiteral(" — ") + v.note;
        ann.note(id, about);
    }
    return ann.bytes();
}

ExportFiles BratExporter::render(const Analysis &a, const QString &path)
{
    const QFileInfo info(path);
    QString base = info.absoluteFilePath();
    if (base.endsWith(QLatin1String(".ann")) || base.endsWith(QLatin1String(".txt")))
        base.chop(4);
    ExportFiles out{{base + QStringLiteral(".txt"), a.text.toUtf8()},
                    {base + QStringLiteral(".ann"), annotations(a)}};
    const QString conf = info.absolutePath() + QStringLiteral("/annotation.conf");
    if (!QFileInfo::exists(conf))
        out.append({conf, configuration()});
    return out;
}

} // namespace al
