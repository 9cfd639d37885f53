#include "textaligner.h"

#include <QtTest>

using namespace al;

namespace {

// The characters of `b` that `a[from, from + length)` was aligned with.
QString mapped(const QString &a, const QString &b, const QVector<int> &map, const QString &word)
{
    const qsizetype from = a.indexOf(word);
    QString out;
    for (qsizetype i = from; i < from + word.size(); ++i)
        out += map[i] >= 0 ? b[map[i]] : QLatin1Char('?');
    return out;
}

int firstIndex(const QString &a, const QVector<int> &map, const QString &word)
{
    return map[a.indexOf(word)];
}

} // namespace

// The character alignment behind "Annotate original PDF": headers, titles, hyphens, repetition.
class TestTextAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical()
    {
        const QString s = QStringLiteral("thesamewordsonbothsides");
        const QVector<int> map = TextAligner::align(s, s);
        for (int i = 0; i < s.size(); ++i)
            QCOMPARE(map[i], i);
    }

    void headerBetweenPages()
    {
        // The pages carry a running header the reader dropped; its words recur in the body.
        const QString a =
            QStringLiteral("thecouncilmetonmonday.harbourauthorityofficialsmetthelakesidecouncilagain.");
        const QString b = QStringLiteral("thelakesidegazette·page1thecouncilmetonmonday."
                                         "2thelakesidegazette·page2harbourauthorityofficialsmet"
                                         "thelakesidecouncilagain.");
        const QVector<int> map = TextAligner::align(a, b);
        QCOMPARE(mapped(a, b, map, QStringLiteral("harbourauthority")), QStringLiteral("harbourauthority"));
        QVERIFY(firstIndex(a, map, QStringLiteral("harbourauthority")) ==
                b.indexOf(QStringLiteral("harbourauthority")));
        QVERIFY(firstIndex(a, map, QStringLiteral("thelakesidecouncil")) ==
                b.indexOf(QStringLiteral("thelakesidecouncil")));
        QVERIFY(firstIndex(a, map, QStringLiteral("thecouncilmet")) ==
                b.indexOf(QStringLiteral("thecouncilmet")));
    }

    void titleOnlyInText()
    {
        // The reader put the metadata title first; the pages never show it.
        const QString a =
            QStringLiteral("lakesideferryterminalharbourauthorityofficialsmetthelakesidecouncilonmonday");
        const QString b = QStringLiteral(
            "thelakesidegazette·thursdayharbourauthorityofficialsmetthelakesidecouncilonmonday");
        const QVector<int> map = TextAligner::align(a, b);
        QVERIFY(firstIndex(a, map, QStringLiteral("harbourauthority")) ==
                b.indexOf(QStringLiteral("harbourauthority")));
        QCOMPARE(mapped(a, b, map, QStringLiteral("onmonday")), QStringLiteral("onmonday"));
    }

    void hyphenAtLineEnd()
    {
        const QString a = QStringLiteral("torestartnegotiationsovertheterminal");
        const QString b = QStringLiteral("torestartnegoti-ationsovertheterminal");
        const QVector<int> map = TextAligner::align(a, b);
        QCOMPARE(mapped(a, b, map, QStringLiteral("negotiations")), QStringLiteral("negotiations"));
        const int i = int(a.indexOf(QStringLiteral("ations")));
        QCOMPARE(map[i] - map[i - 1], 2); // the hyphen in between is skipped
    }

    void repeatedText()
    {
        // No unique stretches: the greedy pass keeps copies in order.
        const QString piece = QStringLiteral("kenyaandtanzaniarevivetalks.");
        QString a, b;
        for (int k = 0; k < 400; ++k) {
            a += piece;
            b += piece + QStringLiteral("%1").arg(k % 3); // a page number between copies
        }
        const QVector<int> map = TextAligner::align(a, b);
        int unmapped = 0;
        for (int i = 0; i < a.size(); ++i) {
            unmapped += map[i] < 0;
            if (map[i] >= 0)
                QCOMPARE(b[map[i]], a[i]);
            if (i > 0 && map[i] >= 0 && map[i - 1] >= 0)
                QVERIFY(map[i] > map[i - 1]);
        }
        QCOMPARE(unmapped, 0);
        QCOMPARE(map[a.size() - 1], b.size() - 2);
    }

    void nothingInCommon()
    {
        const QVector<int> map = TextAligner::align(QStringLiteral("abcdefgh"), QStringLiteral("zyxwvut"));
        QCOMPARE(map.count(-1), 8);
        QVERIFY(TextAligner::align(QString(), QStringLiteral("x")).isEmpty());
        QCOMPARE(TextAligner::align(QStringLiteral("x"), QString()), QVector<int>{-1});
    }
};

QTEST_GUILESS_MAIN(TestTextAligner)
#include "tst_textaligner.moc"
