#include "analysisinvariants.h"
#include "articleloader.h"
#include "jsonexporter.h"
#include "markdownreader.h"
#include "outputguard.h"
#include "pipeline.h"
#include "textnormalizer.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace al;

// Properties that hold for every article the team has: each test fixture, the bundled sample,
// the fuzzers' seeds and the corpus they grew (tests/fuzz/corpus). Whatever the reader and the
// pipeline make of a file: every word of its body is in `text` or `tail`; every span is inside the
// text and in order; analysing twice gives the same JSON, which reads back to itself; and no
// output path that names the file (itself, a symbolic link, a hard link) can be written.
class TestProperties : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_checked = 0;

    static QString sourceRoot() { return QStringLiteral(TEST_DATA_DIR "/../.."); }

    // The suffix a corpus file is read with: its own, or the one of the fuzz target it is for.
    static QString suffixFor(const QString &path)
    {
        const QFileInfo info(path);
        if (!info.suffix().isEmpty() && info.suffix().size() <= 8)
            return info.suffix().toLower();
        const QString target = info.dir().dirName();
        if (target == QLatin1String("markdown"))
            return QStringLiteral("md");
        if (target == QLatin1String("html") || target == QLatin1String("pdf"))
            return target;
        if (target == QLatin1String("analysisjson"))
            return QStringLiteral("json");
        return QStringLiteral("txt");
    }

    static QStringList words(const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
        QStringList out;
        auto it = word.globalMatch(text);
        while (it.hasNext())
            out << it.next().captured();
        return out;
    }

    // The words of a file's body, by its format's own rules, independent of the reader's code:
    // plain text is all body; Markdown loses its front matter, link targets, images, HTML tags,
    // comments, scripts and entity names; HTML's body is the paragraphs of its <article>.
    static std::optional<QStringList> bodyWords(const QString &suffix, const QByteArray &bytes)
    {
        QString text = TextNormalizer::decode(bytes);
        if (suffix == QLatin1String("txt"))
            return words(text);
        if (suffix == QLatin1String("md")) {
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                .replace(QLatin1Char('\r'), QLatin1Char('\n'));
            text = MarkdownReader::splitFrontMatter(text).body;
            static const QList<QRegularExpression> markup = {
                QRegularExpression(QStringLiteral("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)")), // images
                QRegularExpression(QStringLiteral("\\]\\([^)\\n]*\\)")),               // link targets
                QRegularExpression(QStringLiteral("(?m)^ {0,3}\\[[^\\]\\n]+\\]:.*$")), // link definitions
                QRegularExpression(QStringLiteral("(?s)<(script|style)\\b.*?</\\1\\s*>"),
                                   QRegularExpression::CaseInsensitiveOption),
                QRegularExpression(QStringLiteral("(?s)<!--.*?-->")),
                QRegularExpression(QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>")),
                QRegularExpression(QStringLiteral("&#?[A-Za-z0-9]+;")),
                QRegularExpression(QStringLiteral("(?m)^[ \\t>]*[0-9]{1,9}[.)](?=[ \\t]|$)")), // list numbers
            };
            for (const QRegularExpression &re : markup)
                text.replace(re, QStringLiteral(" "));
            return words(text);
        }
        if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
            static const QRegularExpression article(QStringLiteral("(?s)<article\\b[^>]*>(.*?)</article>"));
            static const QRegularExpression paragraph(QStringLiteral("(?s)<p\\b[^>]*>(.*?)</p>"));
            static const QRegularExpression tag(QStringLiteral("<[^>]*>|&#?[A-Za-z0-9]+;"));
            const QRegularExpressionMatch body = article.match(text);
            if (!body.hasMatch())
                return std::nullopt;
            QStringList out;
            auto it = paragraph.globalMatch(body.captured(1));
            while (it.hasNext())
                out << words(it.next().captured(1).replace(tag, QStringLiteral(" ")));
            return out;
        }
        return std::nullopt; // PDF: running headers and page numbers are dropped on purpose
    }

    static QStringList inputs()
    {
        QStringList out;
        const QString root = sourceRoot();
        for (const QString &dir :
             {root + QStringLiteral("/tests/data"), root + QStringLiteral("/resources/samples"),
              root + QStringLiteral("/tests/fuzz/seeds"), root + QStringLiteral("/tests/fuzz/corpus")}) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                out << it.next();
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyInput_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = QDir(sourceRoot()).canonicalPath();
        for (const QString &p : inputs())
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(QFileInfo(p).canonicalFilePath()))) << p;
    }

    void everyInput()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString suffix = suffixFor(path);
        if (suffix == QLatin1String("json")) {
            // A saved analysis: what reads back writes out and reads back the same.
            const Result<Analysis> saved = Analysis::fromJsonBytes(bytes);
            if (saved.ok()) {
                const QByteArray once = saved->toJsonBytes(false);
                const Result<Analysis> again = Analysis::fromJsonBytes(once);
                QVERIFY2(again.ok(), qPrintable(again.error()));
                QCOMPARE(again->toJsonBytes(false), once);
            }
            return;
        }
        // Read under the suffix of its kind, from a copy of our own (corpus files have none).
        const QString copy = m_dir.filePath(QStringLiteral("input%1.%2").arg(++m_checked).arg(suffix));
        QVERIFY(QFile::copy(path, copy));
        LoadOptions options;
        options.date = QDate(2024, 1, 15);
        const Result<Article> article = ArticleLoader::load(copy, options);
        if (!article.ok()) {
            QVERIFY(!article.error().isEmpty()); // refused, in words
            return;
        }

        if (const std::optional<QStringList> body = bodyWords(suffix, bytes)) {
            // Known losses of the HTML reader, which the readers' issue (14) reworks; when it
            // keeps these words, this check passes unexpectedly and the line goes.
            QEXPECT_FAIL("tests/data/html/news-page.html",
                         "HTML reader drops 'Advertisement' and the topic links inside <article> "
                         "without a tail (issue 14)",
                         Continue);
            QEXPECT_FAIL("tests/data/sample-article.html",
                         "HTML reader drops a newsletter prompt and 'Advertisement' inside <article> "
                         "without a tail (issue 14)",
                         Continue);
            const QStringList lost = invariants::lostWords(
                *body, article->title + QLatin1Char(' ') + article->text, article->tail);
            QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 words lost, first: %2")
                                                    .arg(lost.size())
                                                    .arg(lost.mid(0, 12).join(QLatin1Char(' ')))));
        }

        const Analysis first = Pipeline::shared().run(article.value());
        const QString problem = invariants::check(first);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray json = first.toJsonBytes(false);
        QCOMPARE(Pipeline::shared().run(article.value()).toJsonBytes(false), json);
        const Result<Analysis> back = Analysis::fromJsonBytes(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->toJsonBytes(false), json);

        // No name of the input, direct or through a link, is a place to write.
        const QString symlink = copy + QStringLiteral(".link.json");
        const QString hardlink = copy + QStringLiteral(".hard.json");
        QVERIFY(QFile::link(copy, symlink));
        QCOMPARE(::link(QFile::encodeName(copy).constData(), QFile::encodeName(hardlink).constData()), 0);
        for (const QString &out : {copy, symlink, hardlink}) {
            QVERIFY(!OutputGuard::check(out, {first.path}).ok());
            QVERIFY(!JsonExporter::write(first, out).ok());
        }
        QFile after(copy);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
