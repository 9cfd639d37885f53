#include "../document/readingfixture.h"
#include "csvexporter.h"
#include "exportformats.h"
#include "zipwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace al;

// CSV tables read back with an RFC 4180 reader: every row has the header's columns, quoted fields
// keep their commas, quotes and line breaks; the .zip form is a real archive `unzip` lists.
class TestCsvExporter : public QObject
{
    Q_OBJECT

private:
    // RFC 4180: fields separated by commas, records by CRLF, quotes doubled inside quoted fields.
    static QVector<QStringList> readCsv(const QByteArray &bytes)
    {
        const QString s = QString::fromUtf8(bytes);
        QVector<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (int i = 0; i < s.size(); ++i) {
            const QChar c = s[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < s.size() && s[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << field;
                field.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < s.size() && s[i + 1] == QLatin1Char('\n')) {
                row << field;
                rows << row;
                row.clear();
                field.clear();
                ++i;
            } else {
                field += c;
            }
        }
        if (!field.isEmpty() || !row.isEmpty())
            rows << (row << field);
        return rows;
    }

private Q_SLOTS:
    void tablesReadBack()
    {
        Analysis a = readingfixture::analysis();
        a.actors[1].note = QStringLiteral("Said \"no comment\", twice,\nthen left");
        const auto tables = CsvExporter::tables(a);
        QCOMPARE(tables.size(), 5);
        QHash<QString, QVector<QStringList>> read;
        for (const auto &[name, bytes] : tables) {
            QVERIFY(bytes.endsWith("\r\n")); // records end in CRLF
            read.insert(name, readCsv(bytes));
        }
        const QVector<QStringList> entities = read.value(QStringLiteral("entities.csv"));
        QCOMPARE(entities.size(), a.entities.size() + 1);
        for (const QStringList &row : entities)
            QCOMPARE(row.size(), entities.first().size());
        QCOMPARE(entities.at(2).at(3), QStringLiteral("Lena Doyle"));
        QCOMPARE(entities.at(2).at(6), QStringLiteral("Lena Doyle"));
        const QVector<QStringList> actors = read.value(QStringLiteral("actors.csv"));
        QCOMPARE(actors.size(), a.actors.size() + 1);
        QCOMPARE(actors.at(2).last(), a.actors[1].note); // commas, quotes and a line break survive
        QCOMPARE(actors.at(1).at(3), QStringLiteral("Doyle"));
        const QVector<QStringList> events = read.value(QStringLiteral("events.csv"));
        QCOMPARE(events.size(), a.events.size() + 1);
        QCOMPARE(events.at(1).at(7), QStringLiteral("Lena Doyle; Tomas Brandt"));
        QCOMPARE(events.at(4).at(3), QStringLiteral("2024-W12"));
        const QVector<QStringList> relations = read.value(QStringLiteral("relations.csv"));
        QCOMPARE(relations.at(1).at(3), QStringLiteral("met"));
        QVERIFY(relations.at(1).last().startsWith(QStringLiteral("Mayor Lena Doyle met")));
    }

    void folderAndZip()
    {
        QTemporaryDir dir;
        const Analysis a = readingfixture::analysis();
        const Result<QStringList> folder =
            ExportFormats::write(QStringLiteral("csv"), a, dir.filePath(QStringLiteral("tables")));
        QVERIFY2(folder.ok(), qPrintable(folder.error()));
        QCOMPARE(folder->size(), 5);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("tables/events.csv"))));

        const QString zip = dir.filePath(QStringLiteral("tables.zip"));
        const Result<QStringList> zipped = ExportFormats::write(QStringLiteral("csv"), a, zip);
        QVERIFY(zipped.ok());
        QCOMPARE(zipped.value(), QStringList{zip});
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        // Each table is stored whole with its CRC-32 (the well-known value of "123456789" checks
        // the CRC itself).
        QCOMPARE(ZipWriter::crc32("123456789"), 0xCBF43926u);
        for (const auto &[name, table] : CsvExporter::tables(a))
            QVERIFY(bytes.contains(table));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed to test the archive");
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
        QVERIFY(unzip.waitForFinished());
        QCOMPARE(unzip.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
