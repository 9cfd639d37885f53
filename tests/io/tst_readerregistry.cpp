#include "readerregistry.h"

#include <QtTest>

using namespace al;

// The light command line reads a file with ReaderRegistry::coreOnly() only when coreOnlyReads()
// says every reader would choose the same; any other file goes to the full program. These tests
// hold that promise against every reader's confidence.
class TestReaderRegistry : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> heads()
    {
        QByteArray late = QByteArray(600, 'x') + "\n%PDF-1.4\n";
        QByteArray beyond = QByteArray(1100, 'x') + "\n%PDF-1.4\n";
        return {"Harbour talks resume.\n\nPort officials met on Tuesday.\n",
                "# Harbour talks\n\nPort officials met.\n",
                "---\ntitle: Harbour talks\ndate: 2023-06-06\n---\n\nPort officials met.\n",
                "+++\ntitle = \"Harbour talks\"\n+++\nPort officials met.\n",
                "<!DOCTYPE html><html><body><p>Port officials met.</p></body></html>",
                "<html><head><title>Harbour</title></head><body>x</body></html>",
                "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>",
                "<p>Port officials met.</p>",
                "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
                late,
                beyond,
                QByteArray("\x00\x01\x02\x03binary\x00", 11),
                "   \n\n  Port officials met.\n"};
    }

private Q_SLOTS:
    void coreOnlyChoosesAsEveryReaderWhereItReads()
    {
        const QStringList suffixes = {"txt",   "text", "html", "htm",  "md",  "markdown", "pdf",
                                      "xhtml", "",     "csv",  "json", "TXT", "mdtxt"};
        int read = 0;
        for (const QString &suffix : suffixes)
            for (const QByteArray &head : heads()) {
                if (!ReaderRegistry::coreOnlyReads(suffix, head))
                    continue;
                ++read;
                const ArticleReader *all = ReaderRegistry::instance().choose(suffix, head);
                const ArticleReader *core = ReaderRegistry::coreOnly().choose(suffix, head);
                QCOMPARE(core ? core->format() : QString(), all ? all->format() : QString());
            }
        QVERIFY(read >= 40); // the four suffixes with every head but the PDF ones
    }

    void otherFormatsGoElsewhere()
    {
        QVERIFY(!ReaderRegistry::coreOnlyReads("md", "# Harbour talks\n"));
        QVERIFY(!ReaderRegistry::coreOnlyReads("pdf", "%PDF-1.7\n"));
        QVERIFY(!ReaderRegistry::coreOnlyReads("txt", "%PDF-1.7\n"));
        QVERIFY(!ReaderRegistry::coreOnlyReads("", "Port officials met.\n"));
        QVERIFY(ReaderRegistry::coreOnlyReads("txt", "Port officials met.\n"));
        QVERIFY(ReaderRegistry::coreOnlyReads("htm", "<html><body>x</body></html>"));
    }

    void registries()
    {
        QCOMPARE(ReaderRegistry::instance().formats(), QStringList({"text", "html", "markdown", "pdf"}));
        QCOMPARE(ReaderRegistry::coreOnly().formats(), QStringList({"text", "html"}));
    }
};

QTEST_GUILESS_MAIN(TestReaderRegistry)
#include "tst_readerregistry.moc"
