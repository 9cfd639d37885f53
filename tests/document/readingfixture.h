#pragma once

#include "analysis.h"

// A small analysis written by hand for the correction tests: a text of the team's own, with the
// names, actors, relations, dates and events an analysis of it could have, and one organisation
// ("Kestrel Shipping") left unmarked to be corrected. `prefix` is put before the body, so the same
// reading can be made of a changed text with every offset moved.
namespace readingfixture {

inline int at(const QString &text, const QString &words, int occurrence = 1)
{
    int from = 0;
    int found = -1;
    for (int i = 0; i < occurrence; ++i) {
        found = int(text.indexOf(words, from));
        if (found < 0)
            qFatal("fixture: '%s' not found", qPrintable(words));
        from = found + 1;
    }
    return found;
}

inline al::Analysis analysis(const QString &prefix = QString())
{
    using namespace al;
    Analysis a;
    a.path = QStringLiteral("/tmp/port-talks.txt");
    a.format = QStringLiteral("text");
    a.title = QStringLiteral("Port talks stall in Varna");
    a.date = QDate(2024, 3, 14);
    a.dateSource = DateSource::Metadata;
    a.text = QStringLiteral("Port talks stall in Varna\n\n") + prefix +
             QStringLiteral(
                 "Mayor Lena Doyle met Tomas Brandt of Harbour Union in Varna on Monday. Doyle said the "
                 "union would return in May. Brandt declined to comment. Kestrel Shipping, which runs the "
                 "ferry, was not at the talks. The mayor will visit Sofia next week.");
    a.titleEnd = 25;
    const QString &t = a.text;
    // Sentences: the title, then one per full stop.
    a.sentences.append(Sentence{0, 25, 0, 0});
    int start = 27;
    for (int dot = int(t.indexOf(QLatin1Char('.'), start)); dot >= 0;
         dot = int(t.indexOf(QLatin1Char('.'), start))) {
        a.sentences.append(Sentence{start, dot + 1, 0, 0});
        start = dot + 2;
    }
    auto entity = [&a, &t](const char *id, const QString &words, int occurrence, const char *type,
                           const char *actor) {
        Entity e;
        e.id = QLatin1String(id);
        e.start = at(t, words, occurrence);
        e.end = e.start + int(words.size());
        e.text = words;
        e.type = QLatin1String(type);
        e.actor = QLatin1String(actor);
        a.entities.append(e);
    };
    entity("e1", QStringLiteral("Varna"), 1, "LOCATION", "a4");
    entity("e2", QStringLiteral("Lena Doyle"), 1, "PERSON", "a1");
    entity("e3", QStringLiteral("Tomas Brandt"), 1, "PERSON", "a2");
    entity("e4", QStringLiteral("Harbour Union"), 1, "ORGANIZATION", "a3");
    entity("e5", QStringLiteral("Varna"), 2, "LOCATION", "a4");
    entity("e6", QStringLiteral("Doyle"), 2, "PERSON", "a1");
    entity("e7", QStringLiteral("Brandt"), 2, "PERSON", "a2");
    entity("e8", QStringLiteral("Sofia"), 1, "LOCATION", "a5");
    auto actor = [&a](const char *id, const char *name, const char *type, QStringList mentions) {
        Actor x;
        x.id = QLatin1String(id);
        x.name = QLatin1String(name);
        x.type = QLatin1String(type);
        x.mentions = mentions;
        a.actors.append(x);
        return &a.actors.last();
    };
    Actor *doyle = actor("a1", "Lena Doyle", "PERSON", {"e2", "e6"});
    doyle->aliases = {QStringLiteral("Doyle")};
    doyle->roles = {QStringLiteral("mayor")};
    doyle->affiliation = QStringLiteral("Bulgaria");
    const int mayor = at(t, QStringLiteral("The mayor"));
    doyle->references = {
        ActorReference{mayor, mayor + 9, QStringLiteral("The mayor"), QStringLiteral("nominal")}};
    actor("a2", "Tomas Brandt", "PERSON", {"e3", "e7"})->aliases = {QStringLiteral("Brandt")};
    actor("a3", "Harbour Union", "ORGANIZATION", {"e4"});
    actor("a4", "Varna", "LOCATION", {"e1", "e5"});
    actor("a5", "Sofia", "LOCATION", {"e8"});
    const int met = at(t, QStringLiteral("met"));
    a.relations.append(Relation{QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("a2"),
                                QStringLiteral("met"), QStringLiteral("interaction"), 1, met, met + 3,
                                false});
    const int of = at(t, QStringLiteral(" of ")) + 1;
    a.relations.append(Relation{QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("a3"),
                                QStringLiteral("of"), QStringLiteral("membership"), 1, of, of + 2, false});
    auto timex = [&a, &t](const char *id, const QString &words, const char *value, const char *begin,
                          const char *end) {
        Timex x;
        x.id = QLatin1String(id);
        x.start = at(t, words);
        x.end = x.start + int(words.size());
        x.text = words;
        x.type = QStringLiteral("DATE");
        x.value = QLatin1String(value);
        x.begin = QLatin1String(begin);
        x.endDate = QLatin1String(end);
        a.timexes.append(x);
    };
    timex("t1", QStringLiteral("on Monday"), "2024-03-11", "2024-03-11", "2024-03-11");
    timex("t2", QStringLiteral("in May"), "2024-05", "2024-05-01", "2024-05-31");
    timex("t3", QStringLiteral("next week"), "2024-W12", "2024-03-18", "2024-03-24");
    auto event = [&a, &t](const char *id, const char *label, const QString &trigger, int sentence,
                          const char *timex, const char *value, const char *begin, const char *end,
                          QStringList actors, const char *status) {
        Event v;
        v.id = QLatin1String(id);
        v.label = QLatin1String(label);
        v.triggerStart = at(t, trigger);
        v.triggerEnd = v.triggerStart + int(trigger.size());
        v.sentence = sentence;
        v.timex = QLatin1String(timex);
        v.value = QLatin1String(value);
        v.begin = QLatin1String(begin);
        v.end = QLatin1String(end);
        v.actors = actors;
        v.status = QLatin1String(status);
        a.events.append(v);
    };
    event("v1", "Lena Doyle met Tomas Brandt", QStringLiteral("met"), 1, "t1", "2024-03-11", "2024-03-11",
          "2024-03-11", {"a1", "a2"}, "occurred");
    event("v2", "the union would return", QStringLiteral("return"), 2, "t2", "2024-05", "2024-05-01",
          "2024-05-31", {"a3"}, "planned");
    event("v3", "Brandt declined to comment", QStringLiteral("declined"), 3, "", "", "", "", {"a2"},
          "negated");
    event("v4", "The mayor will visit Sofia", QStringLiteral("visit"), 5, "t3", "2024-W12", "2024-03-18",
          "2024-03-24", {"a1", "a5"}, "planned");
    return a;
}

} // namespace readingfixture
