#include "analysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace al;

Q_DECLARE_METATYPE(al::Analysis)

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    static Analysis sample()
    {
        Analysis a;
        a.path = QStringLiteral("/tmp/harbour.txt");
        a.format = QStringLiteral("text");
        a.title = QStringLiteral("Harbour talks resume");
        a.date = QDate(2024, 3, 14);
        a.dateSource = DateSource::Metadata;
        a.text = QStringLiteral(
            "Harbour talks resume\n\nMayor Ines Okafor met port officials in Lagos on Tuesday.");
        a.tail = QStringLiteral("Related\n\nSomething else");
        a.titleEnd = 20;
        a.sentences = {Sentence{0, 20, 0, 3}, Sentence{22, 79, 3, 11}};
        a.entities = {Entity{QStringLiteral("e1"), 28, 39, QStringLiteral("Ines Okafor"),
                             QStringLiteral("PERSON"), QStringLiteral("a1"), 1.0},
                      Entity{QStringLiteral("e2"), 62, 67, QStringLiteral("Lagos"),
                             QStringLiteral("LOCATION"), QStringLiteral("a2"), 1.0}};
        Actor actor;
        actor.id = QStringLiteral("a1");
        actor.name = QStringLiteral("Ines Okafor");
        actor.type = QStringLiteral("PERSON");
        actor.aliases = {QStringLiteral("Okafor")};
        actor.roles = {QStringLiteral("mayor")};
        actor.affiliation = QStringLiteral("Nigeria");
        actor.mentions = {QStringLiteral("e1")};
        a.actors = {actor};
        a.relations = {Relation{QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("a2"),
                                QStringLiteral("met in"), QStringLiteral("location"), 1, 39, 42, true}};
        Timex t;
        t.id = QStringLiteral("t1");
        t.start = 68;
        t.end = 78;
        t.text = QStringLiteral("on Tuesday");
        t.type = QStringLiteral("DATE");
        t.value = QStringLiteral("2024-03-12");
        t.begin = QStringLiteral("2024-03-12");
        t.endDate = QStringLiteral("2024-03-12");
        a.timexes = {t};
        Event v;
        v.id = QStringLiteral("v1");
        v.label = QStringLiteral("Okafor met port officials");
        v.triggerStart = 39;
        v.triggerEnd = 42;
        v.sentence = 1;
        v.timex = QStringLiteral("t1");
        v.value = t.value;
        v.begin = t.begin;
        v.end = t.endDate;
        v.actors = {QStringLiteral("a1")};
        v.status = QStringLiteral("occurred");
        a.events = {v};
        return a;
    }

    // Every optional member present, and text that needs escaping.
    static Analysis everything()
    {
        Analysis a = sample();
        a.author = QStringLiteral("Tom\u00e1s \"T\" D\u00edaz");
        a.siteName = QStringLiteral("Port\\Watch\t\U0001F6A2");
        a.language = QStringLiteral("de-DE");
        a.dateFrom = QStringLiteral("<meta> published");
        a.dateSource = DateSource::Text;
        a.text += QStringLiteral("\r\n\x01\x1f\x7f caf\u00e9 \u2014 \u0800\uffff") + QChar(0xd800) +
                  QStringLiteral("x") + QChar(0xdc00);
        a.styles = {TextStyle{0, 20, QStringLiteral("heading"), 1},
                    TextStyle{22, 30, QStringLiteral("emphasis"), 0}};
        a.entities[0].note = QStringLiteral("check the spelling");
        a.actors[0].note = QStringLiteral("mayor since 2019");
        a.actors[0].references = {ActorReference{50, 53, QStringLiteral("she"), QStringLiteral("pronoun")}};
        a.timexes[0].mod = QStringLiteral("APPROX");
        a.events[0].place = QStringLiteral("a2");
        a.events[0].note = QStringLiteral("line\nbreak");
        a.relations.append(Relation{QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("a1"),
                                    QStringLiteral("hosted"), QStringLiteral("interaction"), 1, 40, 44,
                                    false});
        return a;
    }

private Q_SLOTS:
    // toJsonBytes writes without building the QJsonObject; its bytes must stay QJsonDocument's.
    void bytesAreQJsonDocuments_data()
    {
        QTest::addColumn<Analysis>("analysis");
        QTest::newRow("empty") << Analysis();
        QTest::newRow("sample") << sample();
        QTest::newRow("everything") << everything();
        Analysis english = everything();
        english.language = QStringLiteral("en-GB");
        english.actors.clear();
        english.events.clear();
        QTest::newRow("english, no actors or events") << english;
    }

    void bytesAreQJsonDocuments()
    {
        QFETCH(Analysis, analysis);
        const QJsonDocument doc(analysis.toJson());
        QCOMPARE(analysis.toJsonBytes(true), doc.toJson(QJsonDocument::Indented));
        QCOMPARE(analysis.toJsonBytes(false), doc.toJson(QJsonDocument::Compact));
    }

    void roundTrip()
    {
        const Analysis a = sample();
        const Result<Analysis> back = Analysis::fromJsonBytes(a.toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const Analysis &b = back.value();
        QCOMPARE(b.path, a.path);
        QCOMPARE(b.format, a.format);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.dateSource, a.dateSource);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.tail, a.tail);
        QCOMPARE(b.titleEnd, a.titleEnd);
        QCOMPARE(b.sentences.size(), a.sentences.size());
        QCOMPARE(b.sentences[1].start, a.sentences[1].start);
        QCOMPARE(b.entities, a.entities);
        QCOMPARE(b.actors, a.actors);
        QCOMPARE(b.relations, a.relations);
        QCOMPARE(b.timexes, a.timexes);
        QCOMPARE(b.events, a.events);
    }

    void contractFields()
    {
        const QJsonObject o = sample().toJson();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("articlelens-analysis"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-14"));
        QCOMPARE(source.value(QStringLiteral("dateSource")).toString(), QStringLiteral("metadata"));
        const QJsonObject event = o.value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("start")).toInt(),
                 39);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1})");
        QTest::newRow("future version") << QByteArray(R"({"format":"articlelens-analysis","version":99})");
        QTest::newRow("span outside text")
            << QByteArray(R"({"format":"articlelens-analysis","version":1,"text":"abc",)"
                          R"("entities":[{"id":"e1","start":1,"end":9,"type":"PERSON"}]})");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        const Result<Analysis> r = Analysis::fromJsonBytes(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
    }

    void wordCount()
    {
        Analysis a;
        a.text = QStringLiteral("Blinken’s re-election, 3.5 per cent — don't count twice.");
        QCOMPARE(a.wordCount(), 8);
    }

    void articleRoundTrip()
    {
        Article in;
        in.path = QStringLiteral("/tmp/ferry.md");
        in.format = QStringLiteral("markdown");
        in.title = QStringLiteral("Ferry strike ends");
        in.author = QStringLiteral("Ana Ruiz");
        in.date = QDate(2024, 3, 14);
        in.dateSource = DateSource::Text;
        in.text = QStringLiteral("Ferry strike ends\n\nCrews returned.");
        in.tail = QStringLiteral("Related");
        in.titleEnd = 17;
        const Article out = Analysis::fromArticle(in).article();
        QCOMPARE(out.path, in.path);
        QCOMPARE(out.format, in.format);
        QCOMPARE(out.title, in.title);
        QCOMPARE(out.author, in.author);
        QCOMPARE(out.date, in.date);
        QCOMPARE(out.dateSource, in.dateSource);
        QCOMPARE(out.text, in.text);
        QCOMPARE(out.tail, in.tail);
        QCOMPARE(out.titleEnd, in.titleEnd);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
