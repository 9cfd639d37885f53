#include "clausesplitter.h"
#include "eventlexicon.h"
#include "eventsentence.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "statusreader.h"
#include "tokenizer.h"

#include <QTest>

using namespace al;

class TestStatusReader : public QObject
{
    Q_OBJECT

private:
    // The marks of the verb group of the sentence's first clause; false when it is a possibility.
    static bool readFirstClause(const QString &text, StatusMarks *marks)
    {
        Analysis a;
        a.text = text;
        a.tokens = Tokenizer::run(a.text);
        a.sentences = SentenceSplitter::run(a.text, a.tokens);
        PosTagger::shared().run(a.text, a.tokens, a.sentences);
        EventSentence s(a, EventLexicon::shared());
        if (!s.read(0))
            return false;
        const ClauseSplitter splitter(s);
        const EventClause c = splitter.split().first();
        ClauseReading r;
        r.predicate = splitter.findPredicate(c);
        r.verbGroup = splitter.verbGroupStart(c, r.predicate);
        r.subjectFrom = splitter.subjectStart(c, r.verbGroup);
        r.subjectTo = r.verbGroup;
        const bool event = StatusReader(s).readVerbGroup(c, r);
        *marks = r.marks;
        return event;
    }

private Q_SLOTS:
    void verbGroups()
    {
        StatusMarks marks;
        QVERIFY(readFirstClause(QStringLiteral("The minister will visit Riga."), &marks));
        QCOMPARE(marks.resolve(), EventStatus::Planned);
        QVERIFY(readFirstClause(QStringLiteral("The minister did not visit Riga."), &marks));
        QCOMPARE(marks.resolve(), EventStatus::Negated);
        QVERIFY(readFirstClause(QStringLiteral("The minister visited Riga."), &marks));
        QCOMPARE(marks.resolve(), EventStatus::Occurred);
        // A possibility is no event.
        QVERIFY(!readFirstClause(QStringLiteral("The minister might visit Riga."), &marks));
    }

    void names()
    {
        QCOMPARE(StatusReader::name(EventStatus::Occurred), QStringLiteral("occurred"));
        QCOMPARE(StatusReader::name(EventStatus::Planned), QStringLiteral("planned"));
        QCOMPARE(StatusReader::name(EventStatus::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(StatusReader::name(EventStatus::Negated), QStringLiteral("negated"));
        QCOMPARE(StatusReader::name(EventStatus::Reported), QStringLiteral("reported"));
    }

    void compatibility()
    {
        QVERIFY(StatusReader::compatible(EventStatus::Occurred, EventStatus::Reported));
        QVERIFY(StatusReader::compatible(EventStatus::Planned, EventStatus::Planned));
        QVERIFY(!StatusReader::compatible(EventStatus::Planned, EventStatus::Occurred));
        QVERIFY(!StatusReader::compatible(EventStatus::Cancelled, EventStatus::Negated));
    }

    void articleDateHasTheLastWord()
    {
        const QDate dct(2024, 3, 15);
        // A happening dated after the article has not happened yet.
        QDate begin(2024, 4, 1), end(2024, 4, 30);
        QCOMPARE(StatusReader::fitToArticleDate(EventStatus::Occurred, begin, end, dct),
                 EventStatus::Planned);
        QCOMPARE(begin, QDate(2024, 4, 1));
        // A plan for this month begins no earlier than the article.
        begin = QDate(2024, 3, 1);
        end = QDate(2024, 3, 31);
        QCOMPARE(StatusReader::fitToArticleDate(EventStatus::Planned, begin, end, dct), EventStatus::Planned);
        QCOMPARE(begin, dct);
        QCOMPARE(end, QDate(2024, 3, 31));
        // What happened this month ended no later than the article.
        begin = QDate(2024, 3, 1);
        end = QDate(2024, 3, 31);
        QCOMPARE(StatusReader::fitToArticleDate(EventStatus::Reported, begin, end, dct),
                 EventStatus::Reported);
        QCOMPARE(begin, QDate(2024, 3, 1));
        QCOMPARE(end, dct);
        // Without an article date nothing changes.
        QCOMPARE(StatusReader::fitToArticleDate(EventStatus::Occurred, begin, end, QDate()),
                 EventStatus::Occurred);
        QCOMPARE(end, dct);
    }
};

QTEST_GUILESS_MAIN(TestStatusReader)
#include "tst_statusreader.moc"
