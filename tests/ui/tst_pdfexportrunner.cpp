#include "articleloader.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "pdfexportrunner.h"
#include "pipeline.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace al;

namespace {

Analysis harbourTalks(int copies = 1)
{
    LoadOptions options;
    options.date = QDate(2024, 3, 14);
    const Result<Article> article =
        ArticleLoader::load(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"), options);
    if (!article.ok())
        qFatal("cannot load the test article");
    Article a = article.value();
    const QString body = a.text.mid(a.titleEnd);
    for (int i = 1; i < copies; ++i)
        a.text += QStringLiteral("\n\n") + body.trimmed();
    return Pipeline::shared().run(a);
}

} // namespace

// File → Export PDF…: the options dialog, the export on a worker thread, its signals, errors
// and cancelling, and the window's action.
class TestPdfExportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArticleLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pdfexportrunner"));
        QSettings().clear();
    }

    void dialogDefaultsAndChecks()
    {
        const QString article = m_dir.filePath(QStringLiteral("story.txt"));
        ExportDialog dialog(article, false, nullptr);
        QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("story.annotated.pdf")));
        QCOMPARE(dialog.options().types, PdfExportOptions().types);
        QVERIFY(dialog.options().appendix);
        QVERIFY(!dialog.annotateOriginal());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("exportOriginal")));
        auto *exportButton = dialog.findChild<QPushButton *>();
        QVERIFY(exportButton);

        // No type chosen: nothing to export.
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->objectName().startsWith(QStringLiteral("exportType_")))
                box->setChecked(false);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("exportProblem"));
        QVERIFY(!problem->text().isEmpty());
        dialog.findChild<QCheckBox *>(QStringLiteral("exportType_PERSON"))->setChecked(true);
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        QCOMPARE(dialog.options().types, QStringList{QStringLiteral("PERSON")});

        // Never over the article itself; a missing folder is named.
        dialog.setOutputPath(article);
        QVERIFY(dialog.outputPath().endsWith(QStringLiteral(".txt.pdf"))); // ".pdf" is added
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("missing/out.pdf")));
        QVERIFY(problem->text().contains(QStringLiteral("does not exist")));

        auto *size = dialog.findChild<QComboBox *>(QStringLiteral("exportPageSize"));
        size->setCurrentIndex(size->findData(int(QPageSize::Letter)));
        QCOMPARE(dialog.options().pageSize, QPageSize::Letter);

        ExportDialog pdf(m_dir.filePath(QStringLiteral("paper.pdf")), true, nullptr);
        auto *original = pdf.findChild<QCheckBox *>(QStringLiteral("exportOriginal"));
        QVERIFY(original);
        original->setChecked(true);
        QVERIFY(pdf.annotateOriginal());
        QVERIFY(!pdf.findChild<QCheckBox *>(QStringLiteral("exportAppendix"))->isEnabled());
        QCOMPARE(pdf.outputPath(), m_dir.filePath(QStringLiteral("paper.annotated.pdf")));
        pdf.setOutputPath(m_dir.filePath(QStringLiteral("paper.pdf")));
        QVERIFY(!pdf.findChild<QLabel *>(QStringLiteral("exportProblem"))->text().isEmpty());
    }

    void exportsOffTheGuiThread()
    {
        QWidget window;
        PdfExportRunner runner(&window);
        QSignalSpy finished(&runner, &PdfExportRunner::finished);
        QSignalSpy running(&runner, &PdfExportRunner::runningChanged);
        QSignalSpy progress(&runner, &PdfExportRunner::progressChanged);
        const Analysis analysis = harbourTalks(40);
        const QString out = m_dir.filePath(QStringLiteral("long.pdf"));

        // The event loop keeps turning while the worker exports.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        ticker.start(10);
        QVERIFY(runner.start(analysis, out, PdfExportOptions()));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(analysis, out, PdfExportOptions())); // one at a time
        QVERIFY(finished.wait(120000));
        ticker.stop();
        qInfo("export took %lld ms; the GUI thread's longest pause was %lld ms", clock.elapsed(), longest);
        QVERIFY(longest < 2000);
        QCOMPARE(finished.first().at(0).toString(), out);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("pages")));
        QCOMPARE(running.size(), 2);
        QVERIFY(progress.size() > 5);
        QVERIFY(!runner.isRunning());
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QVERIFY(doc->numPages() > 5);
    }

    void failureIsExplained()
    {
        QWidget window;
        PdfExportRunner runner(&window);
        QSignalSpy failed(&runner, &PdfExportRunner::failed);
        QVERIFY(runner.start(harbourTalks(), m_dir.filePath(QStringLiteral("no/such/dir/out.pdf")),
                             PdfExportOptions()));
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("does not exist")));
    }

    void cancelStopsAndWritesNothing()
    {
        QWidget window;
        PdfExportRunner runner(&window);
        QSignalSpy cancelled(&runner, &PdfExportRunner::cancelled);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(runner.start(harbourTalks(40), out, PdfExportOptions()));
        runner.cancel();
        QVERIFY(cancelled.wait(60000));
        QVERIFY(!QFile::exists(out));
    }

    void windowHasTheAction()
    {
        MainWindow window;
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Export PDF…"))
                action = a;
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!action->isEnabled()); // no article open
    }

    // "Open the exported file" with nothing to open PDFs says so in the window (issue 12).
    void openingWithoutAViewerSaysSo()
    {
        MainWindow window;
        auto *runner = window.findChild<PdfExportRunner *>();
        QVERIFY(runner);
        QUrl asked;
        runner->setOpener([&asked](const QUrl &url) {
            asked = url;
            return false;
        });
        QSignalSpy failed(runner, &PdfExportRunner::openFailed);
        const QString pdf = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(!runner->openExported(pdf));
        QCOMPARE(asked, QUrl::fromLocalFile(pdf));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("No program to open PDF files")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("exported.pdf")));
        runner->setOpener([](const QUrl &) { return true; });
        QVERIFY(runner->openExported(pdf));
        QCOMPARE(failed.size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfExportRunner)
#include "tst_pdfexportrunner.moc"
