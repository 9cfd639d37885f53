#include "../document/readingfixture.h"
#include "bratexporter.h"
#include "exportformats.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace al;

// The brat standoff export read back by a small reader of the format: every text-bound
// annotation's offsets (in Unicode characters) cut its own words out of the .txt file, relations
// and events point at annotations that exist, and every line has the shape brat expects.
class TestBratExporter : public QObject
{
    Q_OBJECT

private:
    struct TextBound
    {
        QString type;
        QVector<QPair<int, int>> ranges;
        QString text;
    };
    struct Standoff
    {
        QHash<QString, TextBound> t;
        QHash<QString, QStringList> r; // id → type, arg1, arg2
        QHash<QString, QStringList> e; // id → "Event:Tn", "Role:Tm", ...
        QStringList attributes;        // "Status E1 planned"
        QHash<QString, QString> notes; // target → note
    };

    static Standoff read(const QByteArray &ann, QString *error)
    {
        Standoff s;
        const QStringList lines = QString::fromUtf8(ann).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList tabs = line.split(QLatin1Char('\t'));
            const QString id = tabs.value(0);
            if (id.startsWith(QLatin1Char('T'))) {
                if (tabs.size() != 3) {
                    *error = QStringLiteral("T line without three fields: ") + line;
                    return s;
                }
                const int space = int(tabs[1].indexOf(QLatin1Char(' ')));
                TextBound tb;
                tb.type = tabs[1].left(space);
                for (const QString &range : tabs[1].mid(space + 1).split(QLatin1Char(';'))) {
                    const QStringList se = range.split(QLatin1Char(' '));
                    tb.ranges.append({se.value(0).toInt(), se.value(1).toInt()});
                }
                tb.text = tabs[2];
                s.t.insert(id, tb);
            } else if (id.startsWith(QLatin1Char('R'))) {
                const QStringList parts = tabs.value(1).split(QLatin1Char(' '));
                if (parts.size() != 3 || !parts[1].startsWith(QLatin1String("Arg1:")) ||
                    !parts[2].startsWith(QLatin1String("Arg2:"))) {
                    *error = QStringLiteral("bad R line: ") + line;
                    return s;
                }
                s.r.insert(id, {parts[0], parts[1].mid(5), parts[2].mid(5)});
            } else if (id.startsWith(QLatin1Char('E'))) {
                s.e.insert(id, tabs.value(1).split(QLatin1Char(' ')));
            } else if (id.startsWith(QLatin1Char('A'))) {
                s.attributes << tabs.value(1);
            } else if (id.startsWith(QLatin1Char('#'))) {
                const QStringList head = tabs.value(1).split(QLatin1Char(' '));
                if (head.value(0) != QLatin1String("AnnotatorNotes") || tabs.size() != 3) {
                    *error = QStringLiteral("bad note line: ") + line;
                    return s;
                }
                s.notes.insert(head.value(1), tabs[2]);
            } else {
                *error = QStringLiteral("unknown line: ") + line;
                return s;
            }
        }
        return s;
    }

    // Code point offsets into the text, as brat counts them.
    static QString slice(const QString &text, int from, int to)
    {
        const QVector<uint> points = text.toUcs4();
        QVector<uint> part(points.begin() + from, points.begin() + to);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
    }

private Q_SLOTS:
    void readsBack()
    {
        Analysis a = readingfixture::analysis(QStringLiteral("Dateline 🛳 Burgas — "));
        a.entities[1].note = QStringLiteral("Confirmed by the port office");
        QTemporaryDir dir;
        const Result<QStringList> written =
            ExportFormats::write(QStringLiteral("brat"), a, dir.filePath(QStringLiteral("talks.ann")));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written->size(), 3); // .txt, .ann and annotation.conf
        QFile txt(dir.filePath(QStringLiteral("talks.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(txt.readAll());
        QCOMPARE(text, a.text);
        QFile annFile(dir.filePath(QStringLiteral("talks.ann")));
        QVERIFY(annFile.open(QIODevice::ReadOnly));

        QString error;
        const Standoff s = read(annFile.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Every name, date and event trigger, each cutting out its own words (after the emoji,
        // UTF-16 and code point offsets differ by one).
        QCOMPARE(s.t.size(), a.entities.size() + a.timexes.size() + a.events.size());
        int people = 0;
        for (const TextBound &tb : s.t) {
            QStringList pieces;
            for (const auto &[from, to] : tb.ranges)
                pieces << slice(text, from, to);
            QCOMPARE(pieces.join(QLatin1Char(' ')), tb.text);
            people += tb.type == QLatin1String("Person");
        }
        QCOMPARE(people, 4);
        // Coreference chains plus the two relations.
        int coreference = 0;
        for (const QStringList &r : s.r) {
            QVERIFY(s.t.contains(r[1]) && s.t.contains(r[2]));
            coreference += r[0] == QLatin1String("Coreference");
        }
        QCOMPARE(coreference, 3); // Doyle, Brandt, Varna
        QCOMPARE(s.r.size(), 5);
        QCOMPARE(s.e.size(), a.events.size());
        for (const QStringList &args : s.e)
            for (const QString &arg : args)
                QVERIFY2(s.t.contains(arg.section(QLatin1Char(':'), 1)), qPrintable(arg));
        QVERIFY(s.attributes.contains(QStringLiteral("Status E4 planned")));
        QVERIFY(s.notes.values().contains(
            QStringLiteral("Lena Doyle, mayor (Bulgaria) — Confirmed by the port office")));

        // The configuration declares every type the file uses.
        const QByteArray conf = BratExporter::configuration();
        for (const TextBound &tb : s.t)
            QVERIFY(conf.contains("\n" + tb.type.toUtf8() + "\n"));
    }

    void neverWritesOverTheArticle()
    {
        QTemporaryDir dir;
        Analysis a = readingfixture::analysis();
        a.path = dir.filePath(QStringLiteral("talks.txt"));
        QFile f(a.path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the article");
        f.close();
        const Result<QStringList> written =
            ExportFormats::write(QStringLiteral("brat"), a, dir.filePath(QStringLiteral("talks.ann")));
        QVERIFY(!written.ok());
        QVERIFY(written.error().contains(QStringLiteral("article itself")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the article"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("talks.ann"))));
    }
};

QTEST_GUILESS_MAIN(TestBratExporter)
#include "tst_bratexporter.moc"
