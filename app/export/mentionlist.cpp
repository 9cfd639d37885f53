#include "mentionlist.h"

#include "palette.h"
#include "timexwords.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace al {

namespace {

const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

} // namespace

QString MentionList::readableInterval(const QString &beginIso, const QString &endIso)
{
    const QDate b = QDate::fromString(beginIso, Qt::ISODate);
    const QDate e = endIso.isEmpty() ? b : QDate::fromString(endIso, Qt::ISODate);
    if (!b.isValid() || !e.isValid())
        return {};
    if (b == e)
        return english().toString(b, QStringLiteral("dddd d MMMM yyyy"));
    if (b.day() == 1 && e == b.addMonths(1).addDays(-1))
        return english().toString(b, QStringLiteral("MMMM yyyy"));
    if (b.dayOfYear() == 1 && e == QDate(b.year(), 12, 31))
        return QString::number(b.year());
    if (b.year() == e.year())
        return english().toString(b, QStringLiteral("d MMMM")) + QStringLiteral(" – ") +
               english().toString(e, QStringLiteral("d MMMM yyyy"));
    return english().toString(b, QStringLiteral("d MMMM yyyy")) + QStringLiteral(" – ") +
           english().toString(e, QStringLiteral("d MMMM yyyy"));
}

// Notes use the window's words for types ("Person", "Place", "Date"), never the codes.
QString MentionList::entityNote(const Analysis &analysis, const Entity &entity)
{
    const QString dash = QStringLiteral(" — ");
    const QString type = EntityPalette::label(entity.type);
    const Actor *actor = entity.actor.isEmpty() ? nullptr : analysis.actor(entity.actor);
    QString note;
    if (!actor) {
        note = type + dash + entity.text.simplified();
    } else {
        note = type + dash + actor->name;
        if (!actor->roles.isEmpty())
            note += QStringLiteral(", ") + actor->roles.first();
        else if (!actor->affiliation.isEmpty() && actor->affiliation != actor->name)
            note += QStringLiteral(" (") + actor->affiliation + QLatin1Char(')');
    }
    // The analyst's own notes follow, on their own lines: this mention's, then its actor's.
    if (!entity.note.isEmpty())
        note += QStringLiteral("\nNote: ") + entity.note;
    if (actor && !actor->note.isEmpty())
        note += QStringLiteral("\nNote on %1: %2").arg(actor->name, actor->note);
    return note;
}

QString MentionList::timexNote(const Timex &timex)
{
    const QString label = EntityPalette::label(timex.type.isEmpty() ? QStringLiteral("DATE") : timex.type);
    const QString dash = QStringLiteral(" — ");
    const QString words = TimexWords::describe(timex);
    return label + dash + (words.isEmpty() ? timex.text.simplified() : words);
}

QVector<ExportMention> MentionList::collect(const Analysis &analysis, const QStringList &types)
{
    QVector<ExportMention> out;
    const int length = int(analysis.text.size());
    auto valid = [length](int s, int e) { return s >= 0 && e > s && e <= length; };
    for (const Entity &e : analysis.entities) {
        if (!types.contains(e.type) || !valid(e.start, e.end))
            continue;
        ExportMention m;
        m.start = e.start;
        m.end = e.end;
        m.type = e.type;
        m.label = e.type;
        m.id = e.id;
        m.actor = e.actor;
        m.note = entityNote(analysis, e);
        m.background = EntityPalette::highlight(e.type, false);
        m.color = EntityPalette::base(e.type);
        out.append(m);
    }
    if (types.contains(QStringLiteral("DATE"))) {
        for (const Timex &t : analysis.timexes) {
            if (!valid(t.start, t.end))
                continue;
            ExportMention m;
            m.start = t.start;
            m.end = t.end;
            m.type = QStringLiteral("DATE");
            m.label = t.type.isEmpty() ? QStringLiteral("DATE") : t.type;
            m.id = t.id;
            m.note = timexNote(t);
            m.background = EntityPalette::highlight(m.type, false);
            m.color = EntityPalette::base(m.type);
            out.append(m);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ExportMention &a, const ExportMention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return out;
}

} // namespace al
