#include "actoranalysis.h"
#include "actorfiltermodel.h"
#include "actormodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace al;

class TestActorFilterModel : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const QAbstractItemModel &m, int group)
    {
        QStringList out;
        const QModelIndex g = m.index(group, 0);
        for (int r = 0; r < m.rowCount(g); ++r)
            out << m.index(r, 0, g).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { m_a = test::resolvedActorAnalysis(); }

    void filtersByNameRoleAndSide()
    {
        ActorModel m;
        m.setAnalysis(m_a);
        ActorFilterModel f;
        f.setSourceModel(&m);
        QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.setFilterText(QStringLiteral("ambassador"));
        QCOMPARE(f.rowCount(), 1); // only the People group stays
        QCOMPARE(names(f, 0), QStringList{QStringLiteral("Tomas Lindqvist")});
        f.setFilterText(QStringLiteral("sweden"));
        QVERIFY(names(f, 0).contains(QStringLiteral("Tomas Lindqvist"))); // by side
        QVERIFY(!names(f, 0).contains(QStringLiteral("Amina Wekesa")));
        f.setFilterText(QStringLiteral("okafor nigerian"));
        QCOMPARE(names(f, 0), QStringList{QStringLiteral("Maria Okafor")}); // every word must match
        f.setFilterText(QStringLiteral("nobody at all"));
        QCOMPARE(f.rowCount(), 0);
        f.setFilterText(QString());
        QCOMPARE(f.rowCount(), m.rowCount());
    }

    void sortsByMentionsGroupsStay()
    {
        ActorModel m;
        m.setAnalysis(m_a);
        ActorFilterModel f;
        f.setSourceModel(&m);
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            f.sort(ActorModel::MentionsColumn, order);
            QCOMPARE(f.index(0, 0).data(ActorModel::TypeRole).toString(), QStringLiteral("PERSON"));
            const QModelIndex people = f.index(0, 0);
            for (int r = 1; r < f.rowCount(people); ++r) {
                const int prev = f.index(r - 1, 0, people).data(ActorModel::MentionsRole).toInt();
                const int cur = f.index(r, 0, people).data(ActorModel::MentionsRole).toInt();
                QVERIFY(order == Qt::DescendingOrder ? prev >= cur : prev <= cur);
            }
        }
        f.sort(ActorModel::MentionsColumn, Qt::DescendingOrder);
        QCOMPARE(f.index(0, 0, f.index(0, 0)).data().toString(), QStringLiteral("Amina Wekesa"));
        f.sort(ActorModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(f.index(0, 0, f.index(0, 0)).data().toString(), QStringLiteral("Amina Wekesa"));
        QCOMPARE(f.index(f.rowCount(f.index(0, 0)) - 1, 0, f.index(0, 0)).data().toString(),
                 QStringLiteral("Tomas Lindqvist"));
    }

private:
    Analysis m_a;
};

QTEST_MAIN(TestActorFilterModel)
#include "tst_actorfiltermodel.moc"
