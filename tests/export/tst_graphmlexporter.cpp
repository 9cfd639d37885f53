#include "../document/readingfixture.h"
#include "graphmlexporter.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace al;

// The GraphML export read back with QXmlStreamReader: the GraphML namespace, every data key
// declared before use, one node per actor and one edge per relation between existing nodes, with
// the labels the analysis has.
class TestGraphMlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBack()
    {
        Analysis a = readingfixture::analysis();
        a.actors[2].note = QStringLiteral("Dockers & crane drivers <since 1990>");
        QXmlStreamReader x(GraphMlExporter::render(a));
        QHash<QString, QString> keys; // id → for
        QHash<QString, QHash<QString, QString>> nodes, edges;
        QHash<QString, QPair<QString, QString>> ends;
        QString element, elementId, dataKey;
        bool directed = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                const auto at = x.attributes();
                if (x.name() == QLatin1String("graphml"))
                    QCOMPARE(x.namespaceUri().toString(),
                             QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
                if (x.name() == QLatin1String("key"))
                    keys.insert(at.value(QLatin1String("id")).toString(),
                                at.value(QLatin1String("for")).toString());
                if (x.name() == QLatin1String("graph"))
                    directed = at.value(QLatin1String("edgedefault")) == QLatin1String("directed");
                if (x.name() == QLatin1String("node") || x.name() == QLatin1String("edge")) {
                    element = x.name().toString();
                    elementId = at.value(QLatin1String("id")).toString();
                    if (element == QLatin1String("edge"))
                        ends.insert(elementId, {at.value(QLatin1String("source")).toString(),
                                                at.value(QLatin1String("target")).toString()});
                    (element == QLatin1String("node") ? nodes : edges)[elementId];
                }
                if (x.name() == QLatin1String("data")) {
                    dataKey = at.value(QLatin1String("key")).toString();
                    QVERIFY2(keys.value(dataKey) == element, qPrintable(dataKey)); // declared, for this kind
                    const QString value = x.readElementText();
                    (element == QLatin1String("node") ? nodes : edges)[elementId].insert(dataKey, value);
                }
            }
        }
        QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        QVERIFY(directed);
        QCOMPARE(nodes.size(), a.actors.size());
        QCOMPARE(nodes.value(QStringLiteral("a1")).value(QStringLiteral("label")),
                 QStringLiteral("Lena Doyle"));
        QCOMPARE(nodes.value(QStringLiteral("a1")).value(QStringLiteral("roles")), QStringLiteral("mayor"));
        QCOMPARE(nodes.value(QStringLiteral("a1")).value(QStringLiteral("mentions")), QStringLiteral("3"));
        QCOMPARE(nodes.value(QStringLiteral("a3")).value(QStringLiteral("note")), a.actors[2].note);
        QCOMPARE(edges.size(), a.relations.size());
        QCOMPARE(edges.value(QStringLiteral("r1")).value(QStringLiteral("elabel")), QStringLiteral("met"));
        QCOMPARE(edges.value(QStringLiteral("r2")).value(QStringLiteral("kind")),
                 QStringLiteral("membership"));
        for (const auto &[source, target] : ends) {
            QVERIFY(nodes.contains(source));
            QVERIFY(nodes.contains(target));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphMlExporter)
#include "tst_graphmlexporter.moc"
