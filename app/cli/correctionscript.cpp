#include "correctionscript.h"

#include "actorcorrections.h"
#include "correctionlayer.h"
#include "entitycorrections.h"
#include "eventcorrections.h"
#include "relationcorrections.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace al {

namespace {

using R = Result<CorrectionStep>;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Where the words stand alone in the text ("Acme" not inside "Acmeville").
QVector<QPair<int, int>> occurrences(const QString &text, const QString &words)
{
    QVector<QPair<int, int>> out;
    if (words.isEmpty())
        return out;
    for (qsizetype at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        const int s = int(at), e = int(at + words.size());
        if ((s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) ||
            (e < text.size() && isWordChar(text[e]) && isWordChar(text[e - 1])))
            continue;
        out.append({s, e});
    }
    return out;
}

bool sameWords(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// The N-th of the matches (occurrence from 1), or all of them when no occurrence is given.
template <typename T>
Result<QVector<T>> pick(const QVector<T> &all, const QJsonObject &o, const QString &what)
{
    if (all.isEmpty())
        return Result<QVector<T>>::failure(what);
    if (!o.contains(QStringLiteral("occurrence")))
        return all;
    const int n = o.value(QStringLiteral("occurrence")).toInt(0);
    if (n < 1 || n > all.size())
        return Result<QVector<T>>::failure(
            QStringLiteral("there is no occurrence %1 (there are %2)")
                .arg(o.value(QStringLiteral("occurrence")).toVariant().toString())
                .arg(all.size()));
    return QVector<T>{all.at(n - 1)};
}

QString need(const QJsonObject &o, const char *field, QString *missing)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        if (missing->isEmpty())
            *missing = QLatin1String(field);
        return {};
    }
    return v.toString().trimmed();
}

// The entities whose words are `text`.
QVector<QString> entitiesWithText(const Analysis &a, const QString &text)
{
    QVector<QString> out;
    for (const Entity &e : a.entities)
        if (sameWords(e.text, text))
            out << e.id;
    return out;
}

// The actor called `name`: its name, an alias, or the words of one of its mentions.
QString actorCalled(const Analysis &a, const QString &name)
{
    for (const Actor &x : a.actors)
        if (sameWords(x.name, name))
            return x.id;
    for (const Actor &x : a.actors)
        for (const QString &alias : x.aliases)
            if (sameWords(alias, name))
                return x.id;
    for (const Entity &e : a.entities)
        if (sameWords(e.text, name) && !e.actor.isEmpty())
            return e.actor;
    for (const Actor &x : a.actors)
        for (const ActorReference &r : x.references)
            if (sameWords(r.text, name))
                return x.id;
    return {};
}

QVector<QString> eventsWithWords(const Analysis &a, const QString &words)
{
    QVector<QString> out;
    for (const Event &v : a.events)
        if (v.label.contains(words.simplified(), Qt::CaseInsensitive))
            out << v.id;
    return out;
}

Result<QString> actorOrFail(const Analysis &a, const QString &name)
{
    const QString id = actorCalled(a, name);
    if (id.isEmpty())
        return Result<QString>::failure(QStringLiteral("no actor is called '%1'").arg(name));
    return id;
}

} // namespace

QStringList CorrectionScript::operations()
{
    return {QStringLiteral("addEntity"),
            QStringLiteral("removeEntity"),
            QStringLiteral("retypeEntity"),
            QStringLiteral("changeEntitySpan"),
            QStringLiteral("splitMention"),
            QStringLiteral("mergeActors"),
            QStringLiteral("renameActor"),
            QStringLiteral("setActorRole"),
            QStringLiteral("setActorSide"),
            QStringLiteral("addRelation"),
            QStringLiteral("removeRelation"),
            QStringLiteral("relabelRelation"),
            QStringLiteral("setEventDate"),
            QStringLiteral("setEventStatus"),
            QStringLiteral("setEventLabel"),
            QStringLiteral("removeEvent"),
            QStringLiteral("note")};
}

Result<CorrectionStep> CorrectionScript::parse(const QByteArray &line, const Analysis &a)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("not valid JSON (%1)").arg(error.errorString()));
    if (!doc.isObject())
        return R::failure(QStringLiteral("expected a JSON object like {\"op\": \"addEntity\", ...}"));
    return parse(doc.object(), a);
}

Result<CorrectionStep> CorrectionScript::parse(const QJsonObject &o, const Analysis &a)
{
    const QString op = o.value(QStringLiteral("op")).toString();
    QString missing;
    QVector<Correction> out;
    auto done = [&]() -> R {
        if (!missing.isEmpty())
            return R::failure(QStringLiteral("%1 needs \"%2\"").arg(op, missing));
        return CorrectionLayer::step(out);
    };
    auto fail = [](const QString &message) { return R::failure(message); };

    if (op == QLatin1String("addEntity")) {
        const QString text = need(o, "text", &missing);
        const QString type = EntityCorrections::normalType(need(o, "type", &missing));
        if (!missing.isEmpty())
            return done();
        if (type.isEmpty())
            return fail(QStringLiteral("\"type\" must be PER, ORG, LOC or MISC"));
        const auto places =
            pick(occurrences(a.text, text), o, QStringLiteral("'%1' is not in the article").arg(text));
        if (!places.ok())
            return fail(places.error());
        for (const auto &[s, e] : places.value())
            out << EntityCorrections::add(a, s, e, type);
        return done();
    }
    if (op == QLatin1String("removeEntity") || op == QLatin1String("retypeEntity") ||
        op == QLatin1String("changeEntitySpan") || op == QLatin1String("splitMention") ||
        (op == QLatin1String("note") && o.contains(QStringLiteral("text")))) {
        const QString text = need(o, "text", &missing);
        QString type, to, into, note;
        if (op == QLatin1String("retypeEntity")) {
            type = EntityCorrections::normalType(need(o, "type", &missing));
            if (missing.isEmpty() && type.isEmpty())
                return fail(QStringLiteral("\"type\" must be PER, ORG, LOC or MISC"));
        } else if (op == QLatin1String("changeEntitySpan")) {
            to = need(o, "to", &missing);
        } else if (op == QLatin1String("note")) {
            note = o.value(QStringLiteral("note")).toString();
            if (!o.contains(QStringLiteral("note")))
                missing = QStringLiteral("note");
        } else if (op == QLatin1String("splitMention") && o.contains(QStringLiteral("into"))) {
            const Result<QString> target = actorOrFail(a, o.value(QStringLiteral("into")).toString());
            if (!target.ok())
                return fail(target.error());
            into = target.value();
        }
        if (!missing.isEmpty())
            return done();
        if (op == QLatin1String("splitMention")) {
            // A mention is a name or a pronoun or description of an actor.
            QVector<QPair<int, int>> spans;
            for (const Entity &e : a.entities)
                if (sameWords(e.text, text))
                    spans.append({e.start, e.end});
            for (const Actor &x : a.actors)
                for (const ActorReference &r : x.references)
                    if (sameWords(r.text, text))
                        spans.append({r.start, r.end});
            std::sort(spans.begin(), spans.end());
            const auto places =
                pick(spans, o, QStringLiteral("'%1' is not a mention of any actor").arg(text));
            if (!places.ok())
                return fail(places.error());
            for (const auto &[s, e] : places.value())
                out << ActorCorrections::split(a, s, e, into);
            return done();
        }
        const auto ids = pick(entitiesWithText(a, text), o,
                              QStringLiteral("no name '%1' is marked in the article").arg(text));
        if (!ids.ok())
            return fail(ids.error());
        for (const QString &id : ids.value()) {
            if (op == QLatin1String("removeEntity")) {
                out << EntityCorrections::remove(a, id);
            } else if (op == QLatin1String("retypeEntity")) {
                out << EntityCorrections::retype(a, id, type);
            } else if (op == QLatin1String("note")) {
                out << EntityCorrections::note(a, id, note);
            } else {
                // The new words: the occurrence of `to` that covers the name.
                const Entity *e = a.entity(id);
                bool found = false;
                for (const auto &[s, end] : occurrences(a.text, to)) {
                    if (s < e->end && end > e->start) {
                        out << EntityCorrections::changeSpan(a, id, s, end);
                        found = true;
                        break;
                    }
                }
                if (!found)
                    return fail(QStringLiteral("'%1' does not overlap '%2' in the text").arg(to, text));
            }
        }
        return done();
    }
    if (op == QLatin1String("mergeActors")) {
        const QJsonArray names = o.value(QStringLiteral("names")).toArray();
        if (names.size() < 2)
            return fail(QStringLiteral("mergeActors needs \"names\" with two or more actors"));
        QStringList ids;
        for (const QJsonValue &n : names) {
            const Result<QString> id = actorOrFail(a, n.toString());
            if (!id.ok())
                return fail(id.error());
            if (!ids.contains(id.value()))
                ids << id.value();
        }
        if (ids.size() < 2)
            return fail(QStringLiteral("those names are all one actor already"));
        out << ActorCorrections::merge(a, ids);
        return done();
    }
    if (op == QLatin1String("renameActor") || op == QLatin1String("setActorRole") ||
        op == QLatin1String("setActorSide") ||
        (op == QLatin1String("note") && o.contains(QStringLiteral("name")))) {
        const QString name = need(o, "name", &missing);
        if (!missing.isEmpty())
            return done();
        const Result<QString> id = actorOrFail(a, name);
        if (!id.ok())
            return fail(id.error());
        if (op == QLatin1String("renameActor")) {
            const QString to = need(o, "to", &missing);
            if (missing.isEmpty())
                out << ActorCorrections::rename(a, id.value(), to);
        } else if (op == QLatin1String("setActorRole")) {
            out << ActorCorrections::setRole(a, id.value(), o.value(QStringLiteral("role")).toString());
        } else if (op == QLatin1String("setActorSide")) {
            out << ActorCorrections::setSide(a, id.value(), o.value(QStringLiteral("side")).toString());
        } else {
            out << ActorCorrections::note(a, id.value(), o.value(QStringLiteral("note")).toString());
        }
        return done();
    }
    if (op == QLatin1String("addRelation") || op == QLatin1String("removeRelation") ||
        op == QLatin1String("relabelRelation")) {
        const QString sourceName = need(o, "source", &missing);
        const QString targetName = need(o, "target", &missing);
        if (!missing.isEmpty())
            return done();
        const Result<QString> source = actorOrFail(a, sourceName);
        const Result<QString> target = actorOrFail(a, targetName);
        if (!source.ok() || !target.ok())
            return fail(source.ok() ? target.error() : source.error());
        if (op == QLatin1String("addRelation")) {
            const QString label = need(o, "label", &missing);
            if (missing.isEmpty())
                out << RelationCorrections::add(
                    a, source.value(), target.value(), label,
                    o.value(QStringLiteral("kind")).toString(QStringLiteral("interaction")));
            return done();
        }
        const QString label = o.value(QStringLiteral("label")).toString();
        QVector<QString> matches;
        for (const Relation &r : a.relations)
            if (r.source == source.value() && r.target == target.value() &&
                (label.isEmpty() || sameWords(r.label, label)))
                matches << r.id;
        const auto ids =
            pick(matches, o,
                 QStringLiteral("no relationship from '%1' to '%2'%3")
                     .arg(sourceName, targetName,
                          label.isEmpty() ? QString() : QStringLiteral(" labelled '%1'").arg(label)));
        if (!ids.ok())
            return fail(ids.error());
        const QString to = op == QLatin1String("relabelRelation") ? need(o, "to", &missing) : QString();
        if (!missing.isEmpty())
            return done();
        for (const QString &id : ids.value())
            out << (to.isEmpty() ? RelationCorrections::remove(a, id)
                                 : RelationCorrections::relabel(a, id, to));
        return done();
    }
    if (op == QLatin1String("setEventDate") || op == QLatin1String("setEventStatus") ||
        op == QLatin1String("setEventLabel") || op == QLatin1String("removeEvent") ||
        (op == QLatin1String("note") && o.contains(QStringLiteral("event")))) {
        const QString words = need(o, "event", &missing);
        if (!missing.isEmpty())
            return done();
        QString value;
        if (op == QLatin1String("setEventDate")) {
            if (!o.contains(QStringLiteral("date")))
                missing = QStringLiteral("date");
            value = o.value(QStringLiteral("date")).toString().trimmed();
            if (missing.isEmpty() && !EventCorrections::isPlaceableDate(value))
                return fail(QStringLiteral("'%1' is not a date (use 2023, 2023-05, 2023-W22 or 2023-05-14)")
                                .arg(value));
        } else if (op == QLatin1String("setEventStatus")) {
            value = need(o, "status", &missing).toLower();
            if (missing.isEmpty() && !EventCorrections::statuses().contains(value))
                return fail(QStringLiteral("'%1' is not a status (%2)")
                                .arg(value, EventCorrections::statuses().join(QStringLiteral(", "))));
        } else if (op == QLatin1String("setEventLabel")) {
            value = need(o, "to", &missing);
        } else if (op == QLatin1String("note")) {
            value = o.value(QStringLiteral("note")).toString();
            if (!o.contains(QStringLiteral("note")))
                missing = QStringLiteral("note");
        }
        if (!missing.isEmpty())
            return done();
        const auto ids = pick(eventsWithWords(a, words), o,
                              QStringLiteral("no event's label has the words '%1'").arg(words));
        if (!ids.ok())
            return fail(ids.error());
        for (const QString &id : ids.value()) {
            if (op == QLatin1String("setEventDate"))
                out << EventCorrections::setDate(a, id, value);
            else if (op == QLatin1String("setEventStatus"))
                out << EventCorrections::setStatus(a, id, value);
            else if (op == QLatin1String("setEventLabel"))
                out << EventCorrections::setLabel(a, id, value);
            else if (op == QLatin1String("removeEvent"))
                out << EventCorrections::remove(a, id);
            else
                out << EventCorrections::note(a, id, value);
        }
        return done();
    }
    if (op == QLatin1String("note"))
        return fail(QStringLiteral("note needs \"text\" (a mention), \"name\" (an actor) or \"event\""));
    if (op.isEmpty())
        return fail(QStringLiteral("the line has no \"op\""));
    return fail(
        QStringLiteral("unknown op '%1' (known: %2)").arg(op, operations().join(QStringLiteral(", "))));
}

} // namespace al
