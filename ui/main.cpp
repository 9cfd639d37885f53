#include "appicon.h"
#include "articleview.h"
#include "correctionmenus.h"
#include "documentcontroller.h"
#include "librarycontroller.h"
#include "librarywindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // A screenshot run needs no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArticleLens"));
    QApplication::setApplicationName(QStringLiteral("ArticleLens"));
    QApplication::setApplicationVersion(QStringLiteral(ARTICLELENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.articlelens.ArticleLens"));
    QApplication::setWindowIcon(al::AppIcon::icon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ArticleLens: read a news article the way an analyst does."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The article to open (.txt, .html, .md, .pdf)."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("The article's date (YYYY-MM-DD)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window at 1400x900 to a PNG file once the "
                       "analysis is done, then exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QStringLiteral("Select the actor of this name once the analysis is done."),
        QStringLiteral("NAME"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("The library file to use (default: the one in your data folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption showLibraryOption(
        QStringLiteral("show-library"),
        QStringLiteral("Open the Library window at a page: articles, search, timeline, graph or actors."),
        QStringLiteral("PAGE"));
    const QCommandLineOption librarySearchOption(QStringLiteral("library-search"),
                                                 QStringLiteral("Words to search the library for."),
                                                 QStringLiteral("QUERY"));
    const QCommandLineOption libraryActorOption(QStringLiteral("library-actor"),
                                                QStringLiteral("Follow this actor in the Library window."),
                                                QStringLiteral("NAME"));
    parser.addOptions({libraryOption, showLibraryOption, librarySearchOption, libraryActorOption});
    const QCommandLineOption menuOption(
        QStringLiteral("menu-at"),
        QStringLiteral(
            "Select these words once the analysis is done and open the article's context menu on them "
            "(for screenshots)."),
        QStringLiteral("WORDS"));
    const QCommandLineOption historyOption(QStringLiteral("show-history"),
                                           QStringLiteral("Show the Undo History (for screenshots)."));
    parser.addOption(menuOption);
    parser.addOption(historyOption);
    parser.addOption(dateOption);
    parser.addOption(screenshotOption);
    parser.addOption(selectOption);
    parser.process(app);

    QDate date;
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid()) {
            std::fprintf(stderr, "articlelens: --date '%s' is not a date of the form YYYY-MM-DD\n",
                         qPrintable(parser.value(dateOption)));
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "articlelens: open one article at a time\n");
        return 2;
    }

    al::MainWindow window;
    const bool screenshot = parser.isSet(screenshotOption);
    if (parser.isSet(libraryOption) || parser.isSet(showLibraryOption)) {
        al::LibraryWindow *library = window.library();
        QString error;
        if (parser.isSet(libraryOption) &&
            !library->controller()->setPath(parser.value(libraryOption), &error)) {
            std::fprintf(stderr, "articlelens: %s\n", qPrintable(error));
            return 1;
        }
        if (parser.isSet(showLibraryOption)) {
            if (!library->applyOptions(parser.value(showLibraryOption), parser.value(librarySearchOption),
                                       parser.value(libraryActorOption))) {
                std::fprintf(
                    stderr,
                    "articlelens: --show-library takes articles, search, timeline, graph or actors\n");
                return 2;
            }
            if (screenshot) {
                library->setScreenshotPath(parser.value(screenshotOption));
                library->resize(1400, 900);
            }
            library->show();
            if (screenshot && files.isEmpty())
                return app.exec(); // the Library window takes the picture
        }
    }
    if (screenshot) {
        window.setScreenshotPath(parser.value(screenshotOption));
        window.resize(1400, 900);
    }
    window.show();
    if (parser.isSet(selectOption)) {
        const QString name = parser.value(selectOption);
        QObject::connect(window.document(), &al::DocumentController::analysisFinished, &window,
                         [&window, name] {
                             if (!window.selectActorNamed(name))
                                 std::fprintf(stderr, "articlelens: no actor named '%s'\n", qPrintable(name));
                         });
    }
    if (parser.isSet(historyOption)) {
        window.historyDock()->show();
        window.historyDock()->raise();
    }
    if (parser.isSet(menuOption)) {
        const QString words = parser.value(menuOption);
        QObject::connect(
            window.document(), &al::DocumentController::analysisFinished, &window, [&window, words] {
                const int at = int(window.document()->analysis().text.indexOf(words));
                if (at < 0) {
                    std::fprintf(stderr, "articlelens: '%s' is not in the article\n", qPrintable(words));
                    return;
                }
                window.articleView()->revealRange(at, at + int(words.size()));
                const QRect r = window.articleView()->cursorRect();
                QMenu *menu = window.corrections()->articleMenu(at);
                menu->popup(window.articleView()->viewport()->mapToGlobal(r.bottomRight()));
            });
    }
    if (!files.isEmpty()) {
        if (!window.openFile(files.first(), date) && screenshot)
            return 1; // the message was printed; a dialog would wait for nobody
    } else if (screenshot) {
        QTimer::singleShot(300, &window, [&window, &parser, &screenshotOption] {
            QCoreApplication::exit(window.saveScreenshot(parser.value(screenshotOption)) ? 0 : 1);
        });
    }
    return app.exec();
}
