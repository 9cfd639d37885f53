#include "../document/readingfixture.h"
#include "timemlexporter.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace al;

// The TimeML export read back the way TimeML tools read it: the text inside TEXT is the article,
// TIMEX3 and EVENT tags sit on their words with their values, every MAKEINSTANCE names an
// EVENT, and every TLINK joins an event instance to a TIMEX3 that exists.
class TestTimeMlExporter : public QObject
{
    Q_OBJECT

private:
    struct Read
    {
        QString dct;
        QString text;
        QHash<QString, QPair<QString, QString>> timexes; // tid → words, value
        QHash<QString, QString> events;                  // eid → words
        QHash<QString, QString> instances;               // eiid → eid
        QHash<QString, QString> polarity;                // eid → polarity
        QVector<QPair<QString, QString>> tlinks;         // eiid, tid
        QString error;
    };

    static Read read(const QByteArray &xml)
    {
        Read r;
        QXmlStreamReader x(xml);
        bool inText = false;
        QString open, openId, openValue;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                const QString name = x.name().toString();
                const auto at = x.attributes();
                if (name == QLatin1String("TEXT")) {
                    inText = true;
                } else if (name == QLatin1String("TIMEX3") &&
                           at.value(QLatin1String("functionInDocument")) == QLatin1String("CREATION_TIME")) {
                    r.dct = at.value(QLatin1String("value")).toString();
                } else if (name == QLatin1String("TIMEX3") || name == QLatin1String("EVENT")) {
                    open = name;
                    openId =
                        at.value(name == QLatin1String("EVENT") ? QLatin1String("eid") : QLatin1String("tid"))
                            .toString();
                    openValue = at.value(QLatin1String("value")).toString();
                    if (name == QLatin1String("TIMEX3"))
                        r.timexes.insert(openId, {QString(), openValue});
                    else
                        r.events.insert(openId, QString());
                } else if (name == QLatin1String("MAKEINSTANCE")) {
                    r.instances.insert(at.value(QLatin1String("eiid")).toString(),
                                       at.value(QLatin1String("eventID")).toString());
                    r.polarity.insert(at.value(QLatin1String("eventID")).toString(),
                                      at.value(QLatin1String("polarity")).toString());
                } else if (name == QLatin1String("TLINK")) {
                    r.tlinks.append({at.value(QLatin1String("eventInstanceID")).toString(),
                                     at.value(QLatin1String("relatedToTime")).toString()});
                }
            } else if (x.isEndElement()) {
                if (x.name() == QLatin1String("TEXT"))
                    inText = false;
                if (x.name().toString() == open)
                    open.clear();
            } else if (x.isCharacters() && inText) {
                r.text += x.text();
                if (open == QLatin1String("TIMEX3"))
                    r.timexes[openId].first += x.text();
                else if (open == QLatin1String("EVENT"))
                    r.events[openId] += x.text();
            }
        }
        if (x.hasError())
            r.error = x.errorString();
        return r;
    }

private Q_SLOTS:
    void readsBack()
    {
        Analysis a = readingfixture::analysis(QStringLiteral("A <note> & \"quote\" \x01 before.\n\n"));
        // A date the analyst gave: no words of the text say it.
        a.events[2].value = QStringLiteral("2024-03-12");
        a.events[2].begin = a.events[2].end = QStringLiteral("2024-03-12");
        const Read r = read(TimeMlExporter::render(a));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.dct, QStringLiteral("2024-03-14"));
        QString expected = a.text;
        expected.remove(QChar(1)); // not allowed in XML
        QCOMPARE(r.text, expected);
        QCOMPARE(r.timexes.size(), 4); // three in the text, one the analyst's
        QCOMPARE(r.timexes.value(QStringLiteral("t1")),
                 qMakePair(QStringLiteral("on Monday"), QStringLiteral("2024-03-11")));
        QCOMPARE(r.timexes.value(QStringLiteral("t3")).second, QStringLiteral("2024-W12"));
        QCOMPARE(r.timexes.value(QStringLiteral("t4")), qMakePair(QString(), QStringLiteral("2024-03-12")));
        QCOMPARE(r.events.size(), 4);
        QCOMPARE(r.events.value(QStringLiteral("e1")), QStringLiteral("met"));
        QCOMPARE(r.polarity.value(QStringLiteral("e3")), QStringLiteral("NEG"));
        QCOMPARE(r.instances.size(), 4);
        QCOMPARE(r.tlinks.size(), 4);
        for (const auto &[eiid, tid] : r.tlinks) {
            QVERIFY(r.instances.contains(eiid));
            QVERIFY(r.timexes.contains(tid));
        }
    }

    void overlappingTagsStayNested()
    {
        Analysis a = readingfixture::analysis();
        // An event whose trigger is inside a date expression cannot be tagged inline.
        a.events[0].triggerStart = a.timexes[0].start + 3;
        a.events[0].triggerEnd = a.timexes[0].end;
        const Read r = read(TimeMlExporter::render(a));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.text, a.text);
        QCOMPARE(r.events.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTimeMlExporter)
#include "tst_timemlexporter.moc"
