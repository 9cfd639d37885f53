#include "actoranalysis.h"
#include "actormodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace al;

class TestActorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_a = test::resolvedActorAnalysis(); }

    void groupsInOrder()
    {
        ActorModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setAnalysis(m_a);
        QStringList groups;
        for (int r = 0; r < m.rowCount(); ++r)
            groups << m.index(r, 0).data(ActorModel::TypeRole).toString();
        QCOMPARE(groups, (QStringList{QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"),
                                      QStringLiteral("LOCATION")}));
        QVERIFY(m.index(0, 0).data().toString().startsWith(QStringLiteral("People (")));
        int actors = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            actors += m.rowCount(m.index(r, 0));
        QCOMPARE(actors, int(m_a.actors.size()));
        QCOMPARE(m.actorCount(), int(m_a.actors.size()));
    }

    void actorRows()
    {
        ActorModel m;
        m.setAnalysis(m_a);
        const QString id = test::actorId(m_a, QStringLiteral("Amina Wekesa"));
        const QModelIndex i = m.indexOf(id);
        QVERIFY(i.isValid());
        QCOMPARE(i.parent().data(ActorModel::TypeRole).toString(), QStringLiteral("PERSON"));
        QCOMPARE(i.data().toString(), QStringLiteral("Amina Wekesa"));
        QCOMPARE(i.data(ActorModel::ActorIdRole).toString(), id);
        QCOMPARE(i.data(ActorModel::SubtitleRole).toString(),
                 QStringLiteral("Kenyan transport minister · Kenya"));
        const Actor *a = m_a.actor(id);
        const int mentions = int(a->mentions.size() + a->references.size());
        QCOMPARE(i.data(ActorModel::MentionsRole).toInt(), mentions);
        QCOMPARE(m.indexOf(id, ActorModel::MentionsColumn).data().toInt(), mentions);
        QVERIFY(i.data(ActorModel::SearchRole).toString().contains(QStringLiteral("Wekesa")));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Kenyan transport minister")));
        QVERIFY(!i.data(Qt::DecorationRole).isNull());
        // Headings are not selectable; actors are.
        QVERIFY(!(m.flags(i.parent()) & Qt::ItemIsSelectable));
        QVERIFY(m.flags(i) & Qt::ItemIsSelectable);
    }

    void clear()
    {
        ActorModel m;
        m.setAnalysis(m_a);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.indexOf(QStringLiteral("a1")).isValid());
    }

private:
    Analysis m_a;
};

QTEST_MAIN(TestActorModel)
#include "tst_actormodel.moc"
