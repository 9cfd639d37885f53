#include "eventextractor.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "temporaltagger.h"
#include "tokenizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace al;

// The extractor's inputs are built here from the text with the real tokenizer, sentence
// splitter, POS tagger and temporal tagger; the names are marked from a list rather than by the
// NER model, so these tests check event extraction and not the recognizer's current mood.
class TestEventExtractor : public QObject
{
    Q_OBJECT

private:
    struct Name
    {
        QString text;
        QString type;
    };

    static Analysis analyse(const QString &text, const QDate &dct, const QVector<Name> &names,
                            bool withActors = false)
    {
        Analysis a;
        a.text = text;
        a.date = dct;
        a.titleEnd = int(text.indexOf(QLatin1Char('\n')));
        a.tokens = Tokenizer::run(a.text);
        a.sentences = SentenceSplitter::run(a.text, a.tokens);
        PosTagger::shared().run(a.text, a.tokens, a.sentences);
        // Every whole-word occurrence of each name, longest names first.
        QVector<Name> sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Name &x, const Name &y) { return x.text.size() > y.text.size(); });
        QVector<bool> taken(text.size(), false);
        for (const Name &n : sorted) {
            const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n.text)));
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                bool free = true;
                for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
                    free = free && !taken[i];
                if (!free)
                    continue;
                for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
                    taken[i] = true;
                Entity e;
                e.start = int(m.capturedStart());
                e.end = int(m.capturedEnd());
                e.text = n.text;
                e.type = n.type;
                a.entities.append(e);
            }
        }
        std::sort(a.entities.begin(), a.entities.end(),
                  [](const Entity &x, const Entity &y) { return x.start < y.start; });
        for (int i = 0; i < a.entities.size(); ++i)
            a.entities[i].id = QStringLiteral("e%1").arg(i + 1);
        if (withActors) {
            // One actor per surname (or name): what the actor resolver would do for these texts.
            QHash<QString, QString> byKey;
            for (Entity &e : a.entities) {
                const QString key = e.text.split(QLatin1Char(' ')).last();
                if (!byKey.contains(key)) {
                    Actor actor;
                    actor.id = QStringLiteral("a%1").arg(a.actors.size() + 1);
                    actor.name = e.text;
                    actor.type = e.type;
                    a.actors.append(actor);
                    byKey.insert(key, actor.id);
                }
                e.actor = byKey.value(key);
            }
        }
        a.timexes = TemporalTagger().run(a.text, a.tokens, a.sentences, a.date);
        for (int i = 0; i < a.timexes.size(); ++i)
            a.timexes[i].id = QStringLiteral("t%1").arg(i + 1);
        return a;
    }

    static QString read(const QString &name)
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/events/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    // The event whose trigger is the word `trigger` (its first occurrence after `after`).
    static const Event *byTrigger(const Analysis &a, const QVector<Event> &events, const QString &trigger,
                                  const QString &after = QString())
    {
        const int from = after.isEmpty() ? 0 : int(a.text.indexOf(after));
        const Event *best = nullptr;
        for (const Event &e : events) {
            if (a.text.mid(e.triggerStart, e.triggerEnd - e.triggerStart) != trigger || e.triggerStart < from)
                continue;
            if (!best || e.triggerStart < best->triggerStart)
                best = &e;
        }
        return best;
    }

    static QString dump(const QVector<Event> &events)
    {
        QStringList lines;
        for (const Event &e : events)
            lines << QStringLiteral("%1 %2 %3..%4 %5 [%6]")
                         .arg(e.id, e.status, e.begin, e.end, e.label, e.actors.join(QLatin1Char(',')));
        return lines.join(QLatin1Char('\n'));
    }

    static QVector<Name> statusNames()
    {
        return {{QStringLiteral("Ana Duarte"), QStringLiteral("PERSON")},
                {QStringLiteral("Duarte"), QStringLiteral("PERSON")},
                {QStringLiteral("Tomas Lind"), QStringLiteral("PERSON")},
                {QStringLiteral("Lind"), QStringLiteral("PERSON")},
                {QStringLiteral("Maria Kolb"), QStringLiteral("PERSON")},
                {QStringLiteral("Kolb"), QStringLiteral("PERSON")},
                {QStringLiteral("Lisbon"), QStringLiteral("LOCATION")},
                {QStringLiteral("Porto"), QStringLiteral("LOCATION")},
                {QStringLiteral("Madrid"), QStringLiteral("LOCATION")},
                {QStringLiteral("Oslo"), QStringLiteral("LOCATION")},
                {QStringLiteral("Bergen"), QStringLiteral("LOCATION")},
                {QStringLiteral("Zurich"), QStringLiteral("LOCATION")},
                {QStringLiteral("Riga"), QStringLiteral("LOCATION")},
                {QStringLiteral("Vienna"), QStringLiteral("LOCATION")},
                {QStringLiteral("Tallinn"), QStringLiteral("LOCATION")},
                {QStringLiteral("Portuguese"), QStringLiteral("MISC")},
                {QStringLiteral("Austrian"), QStringLiteral("MISC")},
                {QStringLiteral("Estonian"), QStringLiteral("MISC")},
                {QStringLiteral("Nordic"), QStringLiteral("MISC")},
                {QStringLiteral("Oslo Herald"), QStringLiteral("ORGANIZATION")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PosTagger::shared().isValid())
            QSKIP("the POS model is not available");
        QVERIFY2(!EventLexicon::shared().isEmpty(), "resources/events/lexicon.txt did not load");
    }

    void lemmas()
    {
        const EventLexicon &lex = EventLexicon::shared();
        QCOMPARE(lex.lemma(QStringLiteral("cancelled")), QStringLiteral("cancel"));
        QCOMPARE(lex.lemma(QStringLiteral("declined")), QStringLiteral("decline"));
        QCOMPARE(lex.lemma(QStringLiteral("met")), QStringLiteral("meet"));
        QCOMPARE(lex.lemma(QStringLiteral("trips")), QStringLiteral("trip"));
        QVERIFY(lex.has(QStringLiteral("plan"), QStringLiteral("expected")));
        QVERIFY(lex.has(QStringLiteral("cancel"), QStringLiteral("postponed")));
        QVERIFY(!lex.has(QStringLiteral("cancel"), QStringLiteral("visited")));
        QCOMPARE(lex.predicateClass(QStringLiteral("trip")), lex.predicateClass(QStringLiteral("travelled")));
        QCOMPARE(lex.predicateClass(QStringLiteral("talks")), lex.predicateClass(QStringLiteral("met")));
    }

    void lexiconSyntaxErrors()
    {
        QString error;
        auto lex = EventLexicon::fromText(QStringLiteral("eventnoun: trip\nno colon here\nirregular: went\n"),
                                          &error);
        QVERIFY(error.contains(QStringLiteral("line 2")));
        QVERIFY(error.contains(QStringLiteral("line 3")));
        QVERIFY(lex->has(QStringLiteral("eventnoun"), QStringLiteral("trips")));
    }

    void statuses()
    {
        const Analysis a = analyse(read(QStringLiteral("statuses.txt")), QDate(2024, 5, 15), statusNames());
        QVERIFY(!a.text.isEmpty());
        const QVector<Event> events = EventExtractor().run(a);
        const QString all = dump(events);

        // Planned: "will travel", next week; the headline's "to visit" is the same trip.
        const Event *travel = byTrigger(a, events, QStringLiteral("travel"));
        QVERIFY2(travel, qPrintable(all));
        QCOMPARE(travel->status, QStringLiteral("planned"));
        QCOMPARE(travel->value, QStringLiteral("2024-W21"));
        QVERIFY2(
            !byTrigger(a, events, QStringLiteral("visit"), QStringLiteral("Duarte to")) ||
                byTrigger(a, events, QStringLiteral("visit"), QStringLiteral("Duarte to"))->triggerStart >
                    a.titleEnd,
            qPrintable(all));

        // Cancelled: "postponed a visit ... in March".
        const Event *postponed = byTrigger(a, events, QStringLiteral("visit"), QStringLiteral("postponed"));
        QVERIFY2(postponed, qPrintable(all));
        QCOMPARE(postponed->status, QStringLiteral("cancelled"));
        QCOMPARE(postponed->begin, QStringLiteral("2024-03-01"));
        QCOMPARE(postponed->end, QStringLiteral("2024-03-31"));

        // Refused: "declined to meet", on a day.
        const Event *declined = byTrigger(a, events, QStringLiteral("meet"), QStringLiteral("declined"));
        QVERIFY2(declined, qPrintable(all));
        QCOMPARE(declined->status, QStringLiteral("negated"));
        QCOMPARE(declined->begin, declined->end);
        QCOMPARE(declined->begin, QStringLiteral("2024-05-10"));
        QVERIFY2(declined->label.startsWith(QStringLiteral("Tomas Lind declined to meet Duarte")),
                 qPrintable(declined->label));
        QCOMPARE(declined->actors.size(), 2); // Lind, then Duarte; not "Nordic", not Oslo (the place)
        QCOMPARE(a.entity(declined->actors.at(0))->text, QStringLiteral("Tomas Lind"));
        QCOMPARE(a.entity(declined->place)->text, QStringLiteral("Oslo"));

        // Reported: what a newspaper reported, dated by its own date, not the report's.
        const Event *talks = byTrigger(a, events, QStringLiteral("talks"), QStringLiteral("reported"));
        QVERIFY2(talks, qPrintable(all));
        QCOMPARE(talks->status, QStringLiteral("reported"));
        QCOMPARE(talks->value, QStringLiteral("2024-01"));
        QVERIFY2(talks->label.contains(QStringLiteral("Lind held secret talks with Duarte in Bergen")),
                 qPrintable(talks->label));

        // Negated: "did not attend" (the ceremony is the happening).
        const Event *attend = byTrigger(a, events, QStringLiteral("ceremony"));
        QVERIFY2(attend, qPrintable(all));
        QCOMPARE(attend->status, QStringLiteral("negated"));
        QVERIFY(attend->begin.isEmpty());

        // Occurred: a plain past verb with a weekday.
        const Event *met = byTrigger(a, events, QStringLiteral("met"), QStringLiteral("Finance"));
        QVERIFY2(met, qPrintable(all));
        QCOMPARE(met->status, QStringLiteral("occurred"));
        QCOMPARE(met->begin, QStringLiteral("2024-05-13"));
        QCOMPARE(a.entity(met->place)->text, QStringLiteral("Zurich"));

        // Planned and reported at once: planned wins.
        const Event *riga = byTrigger(a, events, QStringLiteral("visit"), QStringLiteral("Kolb is expected"));
        QVERIFY2(riga, qPrintable(all));
        QCOMPARE(riga->status, QStringLiteral("planned"));
        QCOMPARE(riga->value, QStringLiteral("2024-07"));

        // Saying is no event.
        QVERIFY2(!byTrigger(a, events, QStringLiteral("said")), qPrintable(all));
    }

    void orderAndIds()
    {
        const Analysis a = analyse(read(QStringLiteral("statuses.txt")), QDate(2024, 5, 15), statusNames());
        const QVector<Event> events = EventExtractor().run(a);
        QVERIFY(events.size() >= 6);
        bool undatedSeen = false;
        QString previous;
        for (int i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            QCOMPARE(e.id, QStringLiteral("v%1").arg(i + 1));
            if (e.begin.isEmpty()) {
                undatedSeen = true;
                continue;
            }
            QVERIFY2(!undatedSeen, "dated events come first");
            QVERIFY2(previous <= e.begin, qPrintable(dump(events)));
            QVERIFY(e.begin <= e.end);
            previous = e.begin;
            QVERIFY(e.sentence >= 0 && e.sentence < a.sentences.size());
            QVERIFY(e.triggerStart >= a.sentences.at(e.sentence).start &&
                    e.triggerEnd <= a.sentences.at(e.sentence).end);
        }
    }

    void plannedStartsAfterTheArticle()
    {
        // "this month" for a planned trip cannot mean the days already gone.
        const Analysis a =
            analyse(QStringLiteral("Envoy to travel\n\nAna Duarte will travel to Riga this month.\n"),
                    QDate(2024, 5, 15), statusNames());
        const QVector<Event> events = EventExtractor().run(a);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().status, QStringLiteral("planned"));
        QCOMPARE(events.first().value, QStringLiteral("2024-05"));
        QCOMPARE(events.first().begin, QStringLiteral("2024-05-15"));
        QCOMPARE(events.first().end, QStringLiteral("2024-05-31"));
    }

    void periodEndDatesAreNoEvents()
    {
        // "the quarter ended Dec. 31" describes the quarter; the date inside a label keeps its
        // words ("from a year earlier", not "from a year").
        const Analysis a =
            analyse(QStringLiteral("Results\n\nSales for the quarter ended Dec. 31 fell 4% from "
                                   "a year earlier.\n"),
                    QDate(2025, 2, 20), statusNames());
        const QVector<Event> events = EventExtractor().run(a);
        QCOMPARE(events.size(), 1);
        QVERIFY2(events.first().label.endsWith(QStringLiteral("from a year earlier")),
                 qPrintable(events.first().label));
        QCOMPARE(events.first().status, QStringLiteral("occurred"));
    }

    void coordinatedClauseSharesItsSubject()
    {
        const Analysis a =
            analyse(QStringLiteral("Talks\n\nAna Duarte met the mayor on Monday and spoke with "
                                   "Tomas Berg by phone on Tuesday.\n"),
                    QDate(2024, 5, 15),
                    {{QStringLiteral("Ana Duarte"), QStringLiteral("PERSON")},
                     {QStringLiteral("Tomas Berg"), QStringLiteral("PERSON")}});
        const QVector<Event> events = EventExtractor().run(a);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).label, QStringLiteral("Ana Duarte spoke with Tomas Berg by phone"));
        QCOMPARE(events.at(1).value, QStringLiteral("2024-05-14"));
    }

    // A correction notice and a subheading are no events of the story (issue 12).
    void correctionNoticesAndSubheadingsAreNoEvents()
    {
        const Analysis a = analyse(
            QStringLiteral(
                "Dock workers end strike\n\nDock workers in Gdansk ended their strike on Thursday, the "
                "union said.\n\nTalks resume next week\n\nMarek Zielinski will meet the managers in "
                "Warsaw on Monday.\n\nCorrection: An earlier version of this story said the strike "
                "ended on Wednesday. It ended on Thursday.\n\nThis article was corrected on 13 April "
                "2024.\n"),
            QDate(2024, 4, 12), {{QStringLiteral("Marek Zielinski"), QStringLiteral("PERSON")}});
        const QVector<Event> events = EventExtractor().run(a);
        QStringList labels;
        for (const Event &e : events)
            labels << e.label;
        QVERIFY2(labels.size() == 2, qPrintable(labels.join(QStringLiteral(" | "))));
        QVERIFY(labels.at(0).startsWith(QStringLiteral("Dock workers in Gdansk ended their strike")));
        QVERIFY(labels.at(1).startsWith(QStringLiteral("Marek Zielinski will meet")));
    }

    void subjectsBehindAgesRelativesAndConjunctions()
    {
        const Analysis a = analyse(
            QStringLiteral(
                "Ferry\n\nAna Duarte, 52, a pilot, was hired on Monday. The council, which had "
                "blocked the plan on Tuesday, gave in. Officials said that the ferry sank on Friday. Tomas "
                "Berg, the mayor and a lawyer, still had not signed on Monday.\n"),
            QDate(2024, 5, 15),
            {{QStringLiteral("Ana Duarte"), QStringLiteral("PERSON")},
             {QStringLiteral("Tomas Berg"), QStringLiteral("PERSON")}});
        QStringList labels;
        for (const Event &e : EventExtractor().run(a))
            labels << e.label;
        QVERIFY2(labels.contains(QStringLiteral("Ana Duarte was hired")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("The council had blocked the plan")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("The ferry sank")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Tomas Berg had not signed")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }

    void itsInAReportedClauseIsTheReportingOrganisation()
    {
        const Analysis a =
            analyse(QStringLiteral("Results\n\nDelta Foods said on Monday that its profit fell "
                                   "in the first quarter.\n"),
                    QDate(2024, 5, 15), {{QStringLiteral("Delta Foods"), QStringLiteral("ORGANIZATION")}});
        QStringList labels;
        for (const Event &e : EventExtractor().run(a))
            labels << e.label;
        QVERIFY2(labels.contains(QStringLiteral("Delta Foods\u2019s profit fell")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }

    void aPlaceNamingANounIsNoPlace()
    {
        const Analysis a = analyse(QStringLiteral("Forum\n\nAna Duarte spoke at the Harbour Dialogue Africa "
                                                  "security forum in Lagos on Monday.\n"),
                                   QDate(2024, 5, 15),
                                   {{QStringLiteral("Ana Duarte"), QStringLiteral("PERSON")},
                                    {QStringLiteral("Harbour Dialogue"), QStringLiteral("MISC")},
                                    {QStringLiteral("Africa"), QStringLiteral("LOCATION")},
                                    {QStringLiteral("Lagos"), QStringLiteral("LOCATION")}});
        const QVector<Event> events = EventExtractor().run(a);
        QCOMPARE(events.size(), 1);
        QCOMPARE(a.entities.at(events.first().place.mid(1).toInt() - 1).text, QStringLiteral("Lagos"));
    }

    void inheritedDates()
    {
        const Analysis a = analyse(read(QStringLiteral("inherited.txt")), QDate(2024, 5, 15), statusNames());
        const QVector<Event> events = EventExtractor().run(a);
        const QString all = dump(events);

        // A paragraph opened by "Last month," dates its later past-tense sentences.
        const Event *signedDeal =
            byTrigger(a, events, QStringLiteral("signed"), QStringLiteral("She signed"));
        QVERIFY2(signedDeal, qPrintable(all));
        QCOMPARE(signedDeal->value, QStringLiteral("2024-04"));
        QVERIFY2(signedDeal->label.startsWith(QStringLiteral("Maria Kolb signed")),
                 qPrintable(signedDeal->label));

        // "His trip" is the trip of the sentence before: one event, dated April.
        int tallinn = 0;
        for (const Event &e : events)
            if (e.label.contains(QStringLiteral("trip")))
                ++tallinn;
        QVERIFY2(tallinn == 1, qPrintable(all));
        const Event *trip = byTrigger(a, events, QStringLiteral("trip"), QStringLiteral("Tomas Lind"));
        QVERIFY2(trip, qPrintable(all));
        QCOMPARE(trip->value, QStringLiteral("2024-04"));

        // Clauses joined by "and" share the date one of them has.
        const Event *met = byTrigger(a, events, QStringLiteral("met"), QStringLiteral("Ana Duarte met"));
        const Event *pact = byTrigger(a, events, QStringLiteral("signed"), QStringLiteral("Ana Duarte met"));
        QVERIFY2(met && pact, qPrintable(all));
        QCOMPARE(pact->begin, QStringLiteral("2024-05-15"));
        QCOMPARE(met->begin, pact->begin);

        // "the first visit since May 2019" says there was one then.
        bool earlier = false;
        for (const Event &e : events)
            if (e.value == QLatin1String("2019-05") && e.label.startsWith(QStringLiteral("Previous")))
                earlier = true;
        QVERIFY2(earlier, qPrintable(all));

        // Nobody and no time: nothing to place.
        QVERIFY2(!byTrigger(a, events, QStringLiteral("agree")), qPrintable(all));
    }

    void partOfDayIsItsDay()
    {
        // "Friday afternoon" keeps its part of the day in the value; the event, and so the
        // timeline, take the day from the timex's interval.
        const Analysis a = analyse(QStringLiteral("Ana Duarte met the dock workers on Friday afternoon."),
                                   QDate(2024, 3, 20), statusNames());
        const QVector<Event> events = EventExtractor().run(a);
        const Event *met = byTrigger(a, events, QStringLiteral("met"));
        QVERIFY2(met, qPrintable(dump(events)));
        QCOMPARE(met->value, QStringLiteral("2024-03-15TAF"));
        QCOMPARE(met->begin, QStringLiteral("2024-03-15"));
        QCOMPARE(met->end, QStringLiteral("2024-03-15"));
    }

    void phrasalVerbsAndAppositions()
    {
        const QVector<Name> names{{QStringLiteral("Helen Marsh"), QStringLiteral("PERSON")},
                                  {QStringLiteral("Marsh"), QStringLiteral("PERSON")},
                                  {QStringLiteral("Mick Dorsey"), QStringLiteral("PERSON")},
                                  {QStringLiteral("Dorsey"), QStringLiteral("PERSON")},
                                  {QStringLiteral("Aslef"), QStringLiteral("ORGANIZATION")},
                                  {QStringLiteral("Leeds"), QStringLiteral("LOCATION")}};
        const Analysis a = analyse(read(QStringLiteral("strike.txt")), QDate(2023, 5, 24), names);
        const QVector<Event> events = EventExtractor().run(a);
        const QString all = dump(events);

        // "called off a strike planned for Friday": the strike is cancelled, on that Friday.
        const Event *strike = byTrigger(a, events, QStringLiteral("strike"), QStringLiteral("called off"));
        QVERIFY2(strike, qPrintable(all));
        QCOMPARE(strike->status, QStringLiteral("cancelled"));
        QCOMPARE(strike->begin, QStringLiteral("2023-05-26"));
        QCOMPARE(strike->label, QStringLiteral("Train drivers called off a strike"));

        // A clause after a name in commas, in a coordinated clause: "and its leader, Mick
        // Dorsey, met Marsh in Leeds last Thursday".
        const Event *met = byTrigger(a, events, QStringLiteral("met"));
        QVERIFY2(met, qPrintable(all));
        QCOMPARE(met->label, QStringLiteral("Mick Dorsey met Marsh in Leeds"));
        QCOMPARE(met->begin, QStringLiteral("2023-05-18"));
        QCOMPARE(met->actors.size(), 2);
        QCOMPARE(a.entity(met->place)->text, QStringLiteral("Leeds"));

        // "after the transport secretary, Helen Marsh, offered talks": a clause of its own.
        const Event *offered = byTrigger(a, events, QStringLiteral("offered"));
        QVERIFY2(offered, qPrintable(all));
        QVERIFY2(offered->label.startsWith(QStringLiteral("Helen Marsh offered talks")),
                 qPrintable(offered->label));

        const Event *meet = byTrigger(a, events, QStringLiteral("meet"));
        QVERIFY2(meet, qPrintable(all));
        QCOMPARE(meet->status, QStringLiteral("planned"));
        QCOMPARE(meet->begin, QStringLiteral("2023-06-02"));
        const Event *refused = byTrigger(a, events, QStringLiteral("publish"));
        QVERIFY2(refused, qPrintable(all));
        QCOMPARE(refused->status, QStringLiteral("negated"));
    }

    void actorsWhenResolved()
    {
        const Analysis a =
            analyse(read(QStringLiteral("statuses.txt")), QDate(2024, 5, 15), statusNames(), true);
        const QVector<Event> events = EventExtractor().run(a);
        const Event *declined = byTrigger(a, events, QStringLiteral("meet"), QStringLiteral("declined"));
        QVERIFY(declined);
        QVERIFY(declined->actors.size() >= 2);
        QVERIFY2(a.actor(declined->actors.at(0)), "participants are actor ids once actors exist");
        QCOMPARE(a.actor(declined->actors.at(0))->name, QStringLiteral("Tomas Lind"));
        QCOMPARE(a.actor(declined->actors.at(1))->name, QStringLiteral("Duarte"));
    }

    void emptyAndUntagged()
    {
        QVERIFY(EventExtractor().run(Analysis()).isEmpty());
        // Without POS tags nothing is a verb: no events, no crash.
        Analysis a;
        a.text = QStringLiteral("Duarte met Lind on Monday.");
        a.tokens = Tokenizer::run(a.text);
        a.sentences = SentenceSplitter::run(a.text, a.tokens);
        QVERIFY(EventExtractor().run(a).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
