#include "mentionmerger.h"

#include <QTest>

using namespace al;

class TestMentionMerger : public QObject
{
    Q_OBJECT

private:
    static Analysis withTimexes()
    {
        Analysis a;
        Timex may;
        may.id = QStringLiteral("t1");
        may.begin = QStringLiteral("2024-05-01");
        may.endDate = QStringLiteral("2024-05-31");
        Timex june;
        june.id = QStringLiteral("t2");
        june.begin = QStringLiteral("2024-06-01");
        june.endDate = QStringLiteral("2024-06-30");
        a.timexes = {may, june};
        return a;
    }

    static EventCandidate visit(int sentence, const QString &who, int timex = -1)
    {
        EventCandidate c;
        c.sentence = sentence;
        c.cls = QStringLiteral("travel");
        c.label = QStringLiteral("visit %1").arg(sentence);
        c.actors = {who};
        c.actorKeys = {who};
        c.timex = timex;
        return c;
    }

private Q_SLOTS:
    void twoMentionsOfOneVisit()
    {
        const Analysis a = withTimexes();
        EventCandidate headline = visit(0, QStringLiteral("a1"));
        headline.title = true;
        EventCandidate body = visit(2, QStringLiteral("a1"), 0);
        body.actors << QStringLiteral("a2");
        body.actorKeys << QStringLiteral("a2");
        body.place = QStringLiteral("a3");
        QVector<EventCandidate> candidates{headline, body};
        MentionMerger(a).run(candidates);
        // The dated mention in the body is the one a reader points at.
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().sentence, 2);
        QCOMPARE(candidates.first().timex, 0);
        QCOMPARE(candidates.first().actors, QStringList({QStringLiteral("a1"), QStringLiteral("a2")}));
    }

    void differentDatesStayApart()
    {
        const Analysis a = withTimexes();
        QVector<EventCandidate> candidates{visit(1, QStringLiteral("a1"), 0),
                                           visit(3, QStringLiteral("a1"), 1)};
        MentionMerger(a).run(candidates);
        QCOMPARE(candidates.size(), 2);
    }

    void differentStatusesAndPeopleStayApart()
    {
        const Analysis a = withTimexes();
        EventCandidate planned = visit(1, QStringLiteral("a1"));
        planned.status = EventStatus::Planned;
        QVector<EventCandidate> candidates{visit(0, QStringLiteral("a1"), 0), planned,
                                           visit(2, QStringLiteral("a2"))};
        MentionMerger(a).run(candidates);
        QCOMPARE(candidates.size(), 3);
    }

    void definiteMentionJoinsWhatItRefersTo()
    {
        const Analysis a = withTimexes();
        EventCandidate trip = visit(0, QStringLiteral("a1"), 0);
        EventCandidate theTrip = visit(4, QStringLiteral("a5"));
        theTrip.corefersTo = 0;
        theTrip.place = QStringLiteral("a3");
        QVector<EventCandidate> candidates{trip, theTrip};
        MentionMerger(a).run(candidates);
        QCOMPARE(candidates.size(), 1);
        // Referring back adds the place, not the referring mention's participants.
        QCOMPARE(candidates.first().actors, QStringList{QStringLiteral("a1")});
        QCOMPARE(candidates.first().place, QStringLiteral("a3"));
    }
};

QTEST_GUILESS_MAIN(TestMentionMerger)
#include "tst_mentionmerger.moc"
