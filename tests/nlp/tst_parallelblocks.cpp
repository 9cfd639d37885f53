#include "analysis.h"
#include "article.h"
#include "parallelblocks.h"
#include "pipeline.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace al;

namespace {

// The team's own articles, a paragraph each, in turn until the text has `words` words: a
// multi-paragraph text with names that come back, as a long article's do.
QString longText(int words)
{
    QStringList texts;
    for (const char *dir : {"/../../resources/samples", "/../../bench/data", "", "/events", "/export"}) {
        const QDir d(QStringLiteral(TEST_DATA_DIR) + QLatin1String(dir));
        for (const QString &f : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(d.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(file.readAll()).trimmed();
        }
    }
    if (texts.isEmpty())
        return {};
    QString out;
    int count = 0;
    for (int k = 0; count < words; ++k) {
        const QString &t = texts.at(k % texts.size());
        out += t + QStringLiteral("\n\n");
        count += int(t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    return out;
}

QByteArray analyse(const QString &text, int threads)
{
    ParallelBlocks::pool()->setMaxThreadCount(threads);
    Article article;
    article.format = QStringLiteral("text");
    article.language = QStringLiteral("en");
    article.text = text;
    article.date = QDate(2024, 3, 14);
    article.dateSource = DateSource::Option;
    Analysis a = Pipeline::shared().run(article);
    a.elapsedMs = 0;
    return a.toJsonBytes();
}

} // namespace

// The per-sentence and per-token work of the tagging stages runs on several threads; what it
// gives must not depend on how many.
class TestParallelBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ParallelBlocks::pool()->setMaxThreadCount(QThread::idealThreadCount()); }

    void blocksCoverEveryItemOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("grain");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << 0 << 10 << 4;
        QTest::newRow("one block") << 7 << 10 << 4;
        QTest::newRow("one thread") << 1000 << 10 << 1;
        QTest::newRow("many blocks") << 1000 << 10 << 4;
        QTest::newRow("uneven") << 1001 << 3 << 3;
    }
    void blocksCoverEveryItemOnce()
    {
        QFETCH(int, count);
        QFETCH(int, grain);
        QFETCH(int, threads);
        ParallelBlocks::pool()->setMaxThreadCount(threads);
        QMutex mutex;
        QList<QPair<int, int>> ranges;
        QVector<int> seen(count, 0);
        ParallelBlocks::run(count, grain, [&](int begin, int end) {
            for (int i = begin; i < end; ++i)
                ++seen[i]; // each block its own items
            const QMutexLocker lock(&mutex);
            ranges.append({begin, end});
        });
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
        std::sort(ranges.begin(), ranges.end());
        for (qsizetype k = 1; k < ranges.size(); ++k)
            QCOMPARE(ranges[k].first, ranges[k - 1].second);
        const int expected = count == 0 ? 0 : threads == 1 ? 1 : std::clamp(count / grain, 1, threads * 4);
        QCOMPARE(int(ranges.size()), expected);
    }

    void analysisIndependentOfThreads()
    {
        // Long enough for several blocks of sentences and of tokens.
        const QString text = longText(20000);
        QVERIFY(!text.isEmpty());
        const QByteArray one = analyse(text, 1);
        QVERIFY(one.contains("\"entities\""));
        QVERIFY(one.contains("\"actors\""));
        for (int threads : {2, 4}) {
            const QByteArray many = analyse(text, threads);
            if (many != one) {
                // Name the first difference, not 2 MB of JSON.
                int at = 0;
                while (at < std::min(one.size(), many.size()) && one[at] == many[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1 threads differ from 1 at byte %2: ...%3... vs ...%4...")
                                     .arg(threads)
                                     .arg(at)
                                     .arg(QString::fromUtf8(one.mid(std::max(0, at - 60), 120)),
                                          QString::fromUtf8(many.mid(std::max(0, at - 60), 120)))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelBlocks)
#include "tst_parallelblocks.moc"
