#include "analysis.h"
#include "jsonexporter.h"
#include "outputguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace al;

// OutputGuard: an output path names an input through another spelling, a symbolic link (to the
// file, to its folder, or dangling towards it), or a hard link; and a writer built on it refuses.
class TestOutputGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_input;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QByteArray contents(const QString &p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = path("article.txt");
        QFile f(m_input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The council met on Monday.\n");
        f.close();
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
    }

    void sameFile_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("same");
        QTest::newRow("itself") << QStringLiteral("article.txt") << true;
        QTest::newRow("dot dot") << QStringLiteral("sub/../article.txt") << true;
        QTest::newRow("symlink") << QStringLiteral("link.pdf") << true;
        QTest::newRow("link to a link") << QStringLiteral("link2.pdf") << true;
        QTest::newRow("folder link") << QStringLiteral("dirlink/article.txt") << true;
        QTest::newRow("hard link") << QStringLiteral("hard.pdf") << true;
        QTest::newRow("another file") << QStringLiteral("other.pdf") << false;
        QTest::newRow("new file") << QStringLiteral("sub/new.pdf") << false;
        QTest::newRow("dangling link") << QStringLiteral("dangling.pdf") << false;
    }

    void sameFile()
    {
        QFETCH(QString, output);
        QFETCH(bool, same);
        static bool made = false;
        if (!made) {
            made = true;
            QVERIFY(QFile::link(m_input, path("link.pdf")));
            QVERIFY(QFile::link(path("link.pdf"), path("link2.pdf")));
            QVERIFY(QFile::link(m_dir.path(), path("dirlink")));
            QCOMPARE(::link(QFile::encodeName(m_input).constData(),
                            QFile::encodeName(path("hard.pdf")).constData()),
                     0);
            QVERIFY(QFile::link(path("nowhere/x.pdf"), path("dangling.pdf")));
            QFile other(path("other.pdf"));
            QVERIFY(other.open(QIODevice::WriteOnly));
        }
        const QString out = m_dir.filePath(output);
        QCOMPARE(OutputGuard::sameFile(out, m_input), same);
        QCOMPARE(OutputGuard::check(out, {QString(), m_input}).ok(), !same);
        // Relative spellings resolve from the current folder.
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        QCOMPARE(OutputGuard::sameFile(output, QStringLiteral("article.txt")), same);
        QDir::setCurrent(cwd);
    }

    void linkSpellingTheInputAnotherWay()
    {
        // A link whose target spells the input with ".." still names it once followed.
        const QString out = path("later.pdf");
        QVERIFY(QFile::link(path("sub/../article.txt"), out));
        QVERIFY(OutputGuard::sameFile(out, m_input));
        QCOMPARE(OutputGuard::resolved(out), QFileInfo(m_input).canonicalFilePath());
    }

    void jsonExporterRefusesALinkToTheArticle()
    {
        Analysis analysis;
        analysis.path = m_input;
        analysis.text = QStringLiteral("The council met on Monday.");
        const QByteArray before = contents(m_input);
        for (const char *name : {"link.pdf", "hard.pdf"}) {
            const Result<bool> r = JsonExporter::write(analysis, path(name));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QStringLiteral("article.txt")), qPrintable(r.error()));
        }
        QCOMPARE(contents(m_input), before);
        QVERIFY(JsonExporter::write(analysis, path("sub/analysis.json")).ok());
        QVERIFY(contents(path("sub/analysis.json")).contains("articlelens-analysis"));
    }
};

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
