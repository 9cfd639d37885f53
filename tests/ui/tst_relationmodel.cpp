#include "actoranalysis.h"
#include "relationmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace al;

class TestRelationModel : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const RelationModel &m, const QString &label)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, RelationModel::RelationColumn).data().toString() == label)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { m_a = test::resolvedActorAnalysis(); }

    void columns()
    {
        RelationModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setAnalysis(m_a);
        QCOMPARE(m.rowCount(), int(m_a.relations.size()));
        QCOMPARE(m.columnCount(), 4);
        const int r = rowOf(m, QStringLiteral("travel to"));
        QVERIFY(r >= 0);
        QCOMPARE(m.index(r, RelationModel::SourceColumn).data().toString(), QStringLiteral("Amina Wekesa"));
        QCOMPARE(m.index(r, RelationModel::TargetColumn).data().toString(), QStringLiteral("Sweden"));
        QVERIFY(m.index(r, RelationModel::EvidenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Kenyan transport minister")));
        const int start = m.index(r, 0).data(RelationModel::EvidenceStartRole).toInt();
        const int end = m.index(r, 0).data(RelationModel::EvidenceEndRole).toInt();
        QCOMPARE(m_a.text.mid(start, end - start), QStringLiteral("will travel to"));
        QVERIFY(
            m.index(r, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>will travel to</b>")));
        QCOMPARE(m.headerData(RelationModel::EvidenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Evidence"));
    }

    void negation()
    {
        RelationModel m;
        m.setAnalysis(m_a);
        // "did not meet" reads "not meet"; "declined to meet" says it already.
        const int notMet = rowOf(m, QStringLiteral("not meet"));
        QVERIFY(notMet >= 0);
        QVERIFY(m.index(notMet, 0).data(RelationModel::NegatedRole).toBool());
        QVERIFY(rowOf(m, QStringLiteral("declined to meet")) >= 0);
        Relation r;
        r.label = QStringLiteral("meet");
        r.negated = true;
        QCOMPARE(RelationModel::displayLabel(r), QStringLiteral("not meet"));
        r.negated = false;
        QCOMPARE(RelationModel::displayLabel(r), QStringLiteral("meet"));
    }

    void actorFilter()
    {
        RelationModel m;
        m.setAnalysis(m_a);
        const QString id = test::actorId(m_a, QStringLiteral("Karin Berg"));
        m.setActorFilter(id);
        QVERIFY(m.rowCount() >= 2); // director of, declined to meet
        for (int r = 0; r < m.rowCount(); ++r)
            QVERIFY(m.index(r, 0).data(RelationModel::SourceIdRole).toString() == id ||
                    m.index(r, 0).data(RelationModel::TargetIdRole).toString() == id);
        m.setActorFilter(QString());
        QCOMPARE(m.rowCount(), int(m_a.relations.size()));
    }

    // The same relation found twice in one sentence is one row (issue 12).
    void sameRelationTwiceIsOneRow()
    {
        Analysis a = m_a;
        QVERIFY(!a.relations.isEmpty());
        Relation twice = a.relations.first();
        twice.id = QStringLiteral("r-again");
        a.relations << twice;
        RelationModel m;
        m.setAnalysis(a);
        QCOMPARE(m.rowCount(), RelationModel().rowCount() + int(m_a.relations.size()));
        Relation elsewhere = twice;
        elsewhere.id = QStringLiteral("r-elsewhere");
        elsewhere.sentence = twice.sentence + 1; // said again in another sentence: a row of its own
        a.relations << elsewhere;
        m.setAnalysis(a);
        QCOMPARE(m.rowCount(), int(m_a.relations.size()) + 1);
    }

private:
    Analysis m_a;
};

QTEST_MAIN(TestRelationModel)
#include "tst_relationmodel.moc"
