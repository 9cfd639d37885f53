#include "actormodel.h"
#include "actorpanel.h"
#include "articleview.h"
#include "correctionmenus.h"
#include "documentcontroller.h"
#include "eventdatedialog.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "readingdocument.h"
#include "readingexportmenu.h"
#include "relationmodel.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

using namespace al;

// The window's corrections the way a new user makes them (offscreen): select words and press a
// key or use the context menu, merge actors by dropping one on another, correct relations and
// events from their menus, undo and redo with the keys; then close and reopen: corrections, undo
// history, selected actor and scroll position come back. The engine's own tests cover what each
// correction does to the analysis; these check that the window issues them and shows the result.
class TestCorrectionMenus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A fresh copy of the team's article per test, so each starts without a sidecar.
    QString article(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".txt"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".articlelens.json"));
        if (!QFile::copy(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"), path))
            return {};
        return path;
    }
    static bool openAndWait(MainWindow &w, const QString &path)
    {
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        return w.openFile(path) && finished.wait(120000);
    }
    static QString actorNamed(const Analysis &a, const QString &name)
    {
        for (const Actor &x : a.actors)
            if (x.name == name)
                return x.id;
        return {};
    }
    static const Event *eventWith(const Analysis &a, const QString &words)
    {
        for (const Event &v : a.events)
            if (v.label.contains(words))
                return &v;
        return nullptr;
    }
    static const Entity *entityAt(const Analysis &a, const QString &text)
    {
        for (const Entity &e : a.entities)
            if (e.text == text)
                return &e;
        return nullptr;
    }
    static bool marked(const Analysis &a, const QString &text, const QString &type)
    {
        const Entity *e = entityAt(a, text);
        return e && e->type == type;
    }
    // The action of a menu (or of one of its submenus) whose text, without '&', starts with `text`.
    static QAction *action(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
            if (a->menu())
                if (QAction *inner = action(a->menu(), text))
                    return inner;
        }
        return nullptr;
    }
    static void select(MainWindow &w, const QString &words, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; ++i)
            at = int(w.document()->analysis().text.indexOf(words, at + 1));
        QVERIFY(at >= 0);
        w.articleView()->revealRange(at, at + int(words.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArticleLensTest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // The scenario of the issue: mark, merge, move an event, undo and redo each, close, reopen.
    void correctCloseReopen()
    {
        const QString path = article(QStringLiteral("reopen"));
        int scrolled = -1;
        {
            MainWindow w;
            w.resize(1200, 800);
            w.show();
            QVERIFY(openAndWait(w, path));
            DocumentController *doc = w.document();
            QUndoStack *stack = doc->reading()->undoStack();
            QVERIFY(!marked(doc->analysis(), QStringLiteral("East African Community"),
                            QStringLiteral("ORGANIZATION")));

            // Mark an unmarked organisation: select it, press 2.
            select(w, QStringLiteral("East African Community"));
            w.articleView()->setFocus();
            QTest::keyClick(w.articleView(), Qt::Key_2);
            QVERIFY(marked(doc->analysis(), QStringLiteral("East African Community"),
                           QStringLiteral("ORGANIZATION")));
            QCOMPARE(stack->undoText(), QStringLiteral("Mark 'East African Community' as organisation"));
            QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
            QVERIFY(w.isWindowModified());
            // The view colours the new name: its span is there, keyed by its actor.
            const int at = int(doc->analysis().text.indexOf(QStringLiteral("East African Community")));
            QTRY_VERIFY(w.articleView()->highlighter()->spanAt(at + 15) != nullptr);

            // Merge two actors by dropping one onto the other in the actor list.
            const QString ruto = actorNamed(doc->analysis(), QStringLiteral("William Ruto"));
            const QString koskei = actorNamed(doc->analysis(), QStringLiteral("Felix Koskei"));
            QVERIFY(!ruto.isEmpty() && !koskei.isEmpty());
            QVERIFY(w.corrections()->mergeInto(koskei, ruto));
            QVERIFY(actorNamed(doc->analysis(), QStringLiteral("Felix Koskei")).isEmpty());

            // Move an event to another month through the date prompt (the dialog in use).
            CorrectionMenus::Prompts prompts;
            prompts.date = [](const QString &, const QString &) { return std::optional<QString>("2024-06"); };
            w.corrections()->setPrompts(prompts);
            const Event *visit = eventWith(doc->analysis(), QStringLiteral("visit Nairobi"));
            QVERIFY(visit);
            QCOMPARE(visit->value, QStringLiteral("2024-05"));
            std::unique_ptr<QMenu> menu(w.corrections()->eventMenu(visit->id));
            action(menu.get(), QStringLiteral("Change the Date"))->trigger();
            QCOMPARE(eventWith(doc->analysis(), QStringLiteral("visit Nairobi"))->begin,
                     QStringLiteral("2024-06-01"));

            // Undo and redo each, with Ctrl+Z and Ctrl+Shift+Z.
            QCOMPARE(stack->count(), 3);
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(stack->index(), 0);
            QVERIFY(!marked(doc->analysis(), QStringLiteral("East African Community"),
                            QStringLiteral("ORGANIZATION")));
            QVERIFY(!actorNamed(doc->analysis(), QStringLiteral("Felix Koskei")).isEmpty());
            QCOMPARE(eventWith(doc->analysis(), QStringLiteral("visit Nairobi"))->value,
                     QStringLiteral("2024-05"));
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(stack->index(), 3);
            QVERIFY(marked(doc->analysis(), QStringLiteral("East African Community"),
                           QStringLiteral("ORGANIZATION")));
            QCOMPARE(eventWith(doc->analysis(), QStringLiteral("visit Nairobi"))->value,
                     QStringLiteral("2024-06"));

            // The Undo History lists each step in words.
            auto *history = qobject_cast<HistoryPanel *>(w.historyDock()->widget());
            QVERIFY(history);
            QCOMPARE(history->undoView()->model()->rowCount(), 4); // the analysis as made, then 3 steps
            QCOMPARE(history->undoView()->model()->index(1, 0).data().toString(),
                     QStringLiteral("Mark 'East African Community' as organisation"));

            // Where the reader was: an actor selected after another, the view scrolled down.
            doc->selectActor(actorNamed(doc->analysis(), QStringLiteral("Kenya")));
            doc->selectActor(ruto);
            w.scrollToOffset(int(doc->analysis().text.indexOf(QStringLiteral("On Monday"))));
            scrolled = w.topOffset();
            QVERIFY(scrolled > 0);
            w.close();
        }
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".articlelens.json")));

        MainWindow again;
        again.resize(1200, 800);
        again.show();
        QVERIFY(openAndWait(again, path));
        const Analysis &a = again.document()->analysis();
        QVERIFY(marked(a, QStringLiteral("East African Community"), QStringLiteral("ORGANIZATION")));
        QVERIFY(actorNamed(a, QStringLiteral("Felix Koskei")).isEmpty());
        QCOMPARE(eventWith(a, QStringLiteral("visit Nairobi"))->value, QStringLiteral("2024-06"));
        QCOMPARE(again.document()->reading()->undoStack()->count(), 3);
        QVERIFY(!again.isWindowModified());
        QVERIFY(a.actor(again.document()->currentActor()));
        QCOMPARE(a.actor(again.document()->currentActor())->name, QStringLiteral("William Ruto"));
        QVERIFY(again.document()->canGoBack());
        QTRY_VERIFY(qAbs(again.topOffset() - scrolled) < 200);
        // The history survives the reopening: undo still takes the date back.
        again.document()->reading()->undoStack()->undo();
        QCOMPARE(eventWith(again.document()->analysis(), QStringLiteral("visit Nairobi"))->value,
                 QStringLiteral("2024-05"));
    }

    // The article's context menu and keys on names: type, unmark (5), span, split, note.
    void nameMenus()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, article(QStringLiteral("names"))));
        DocumentController *doc = w.document();
        CorrectionMenus *c = w.corrections();
        CorrectionMenus::Prompts prompts;
        prompts.text = [](const QString &, const QString &, const QString &, bool) {
            return std::optional<QString>("Checked against the ministry's list");
        };
        c->setPrompts(prompts);

        // Words selected: the menu offers the types, keyed 1–4.
        select(w, QStringLiteral("container terminal"));
        const int at = w.articleView()->textCursor().selectionStart();
        std::unique_ptr<QMenu> menu(c->articleMenu(at + 2));
        QAction *org = action(menu.get(), QStringLiteral("Organisation"));
        QVERIFY(org);
        QCOMPARE(org->shortcut(), QKeySequence(Qt::Key_2));
        QVERIFY(action(menu.get(), QStringLiteral("Place")));
        action(menu.get(), QStringLiteral("Place"))->trigger();
        QVERIFY(marked(doc->analysis(), QStringLiteral("container terminal"), QStringLiteral("LOCATION")));

        // On a name: change its type, note it, unmark it with 5.
        w.articleView()->moveCursor(QTextCursor::Start); // nothing selected
        const Entity *zanzibar = entityAt(doc->analysis(), QStringLiteral("Zanzibar"));
        QVERIFY(zanzibar);
        menu.reset(c->articleMenu(zanzibar->start + 1));
        QAction *retype = action(menu.get(), QStringLiteral("Other Name"));
        QVERIFY(retype);
        retype->trigger();
        QVERIFY(marked(doc->analysis(), QStringLiteral("Zanzibar"), QStringLiteral("MISC")));
        menu.reset(c->articleMenu(entityAt(doc->analysis(), QStringLiteral("Zanzibar"))->start + 1));
        action(menu.get(), QStringLiteral("Note on This Mention"))->trigger();
        QCOMPARE(entityAt(doc->analysis(), QStringLiteral("Zanzibar"))->note,
                 QStringLiteral("Checked against the ministry's list"));
        select(w, QStringLiteral("Zanzibar"));
        w.articleView()->setFocus();
        QTest::keyClick(w.articleView(), Qt::Key_5);
        QVERIFY(!entityAt(doc->analysis(), QStringLiteral("Zanzibar")));

        // A name's extent: select more words over it and make them the name.
        select(w, QStringLiteral("Tanzania Ports Authority said"));
        const int tpa = w.articleView()->textCursor().selectionStart();
        menu.reset(c->articleMenu(tpa + 1));
        QAction *span = action(menu.get(), QStringLiteral("Make the Name 'Tanzania Ports Authority said'"));
        QVERIFY(span);
        span->trigger();
        QVERIFY(entityAt(doc->analysis(), QStringLiteral("Tanzania Ports Authority said")));

        // Split a mention off its actor: "Ruto" leaves William Ruto.
        const QString ruto = actorNamed(doc->analysis(), QStringLiteral("William Ruto"));
        const Actor *before = doc->analysis().actor(ruto);
        QVERIFY(before && before->mentions.size() >= 2);
        const int mentions = int(before->mentions.size());
        const int rutoAt = int(doc->analysis().text.indexOf(QStringLiteral("Ruto said")));
        menu.reset(c->articleMenu(rutoAt + 1));
        QAction *split = action(menu.get(), QStringLiteral("Split 'Ruto' Off"));
        QVERIFY(split);
        split->trigger();
        QCOMPARE(doc->analysis().actor(ruto)->mentions.size(), mentions - 1);

        // Each was one step; the history lists them all and undoes them all.
        QUndoStack *stack = doc->reading()->undoStack();
        QCOMPARE(stack->count(), 6);
        stack->setIndex(0);
        QVERIFY(marked(doc->analysis(), QStringLiteral("Zanzibar"), QStringLiteral("LOCATION")));
        QVERIFY(!entityAt(doc->analysis(), QStringLiteral("container terminal")));
    }

    // Actors: rename, role, side, note (shown in the card), merge by menu and by a drop.
    void actorMenus()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, article(QStringLiteral("actors"))));
        DocumentController *doc = w.document();
        CorrectionMenus *c = w.corrections();
        QString answer;
        CorrectionMenus::Prompts prompts;
        prompts.text = [&answer](const QString &, const QString &, const QString &, bool) {
            return std::optional<QString>(answer);
        };
        c->setPrompts(prompts);

        const QString wekesa = actorNamed(doc->analysis(), QStringLiteral("Amina Wekesa"));
        QVERIFY(!wekesa.isEmpty());
        std::unique_ptr<QMenu> menu(c->actorMenu(wekesa));
        answer = QStringLiteral("Amina Wekesa (minister)");
        action(menu.get(), QStringLiteral("Rename"))->trigger();
        QCOMPARE(doc->analysis().actor(wekesa)->name, QStringLiteral("Amina Wekesa (minister)"));
        answer = QStringLiteral("transport minister");
        action(menu.get(), QStringLiteral("Set Role"))->trigger();
        QCOMPARE(doc->analysis().actor(wekesa)->roles.value(0), QStringLiteral("transport minister"));
        answer = QStringLiteral("Kenya");
        action(menu.get(), QStringLiteral("Set Side"))->trigger();
        QCOMPARE(doc->analysis().actor(wekesa)->affiliation, QStringLiteral("Kenya"));
        answer = QStringLiteral("Leads the Kenyan side of the talks.");
        action(menu.get(), QStringLiteral("Note on"))->trigger();
        QCOMPARE(doc->analysis().actor(wekesa)->note, answer);
        QVERIFY(
            w.actorPanel()->cardHtml(wekesa).contains(QStringLiteral("Leads the Kenyan side of the talks.")));

        // Merge from the menu: Hassan's actor into another person.
        const QString hassan = actorNamed(doc->analysis(), QStringLiteral("Samia Suluhu Hassan"));
        const QString makamba = actorNamed(doc->analysis(), QStringLiteral("January Makamba"));
        menu.reset(c->actorMenu(makamba));
        QAction *into = action(menu.get(), QStringLiteral("Samia Suluhu Hassan"));
        QVERIFY(into);
        into->trigger();
        QVERIFY(actorNamed(doc->analysis(), QStringLiteral("January Makamba")).isEmpty());
        QVERIFY(doc->analysis().actor(hassan));

        // A drop of one actor on another in the list merges them.
        QTreeView *tree = w.actorPanel()->actorView();
        QTRY_VERIFY(!w.actorPanel()->isPreparing());
        const QString otieno = actorNamed(doc->analysis(), QStringLiteral("Daniel Otieno"));
        const QString ruto = actorNamed(doc->analysis(), QStringLiteral("William Ruto"));
        QModelIndex target;
        tree->expandAll();
        for (int g = 0; g < tree->model()->rowCount() && !target.isValid(); ++g) {
            const QModelIndex group = tree->model()->index(g, 0);
            for (int r = 0; r < tree->model()->rowCount(group); ++r)
                if (tree->model()->index(r, 0, group).data(ActorModel::ActorIdRole).toString() == ruto)
                    target = tree->model()->index(r, 0, group);
        }
        QVERIFY(target.isValid());
        tree->scrollTo(target);
        const QPoint pos = tree->visualRect(target).center();
        QCOMPARE(tree->indexAt(pos).data(ActorModel::ActorIdRole).toString(), ruto);
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("application/x-articlelens-actor"), otieno.toUtf8());
        // As a drag does it: entering the list (which makes it the drop's target), then the drop.
        QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(actorNamed(doc->analysis(), QStringLiteral("Daniel Otieno")).isEmpty());
        QCOMPARE(doc->reading()->undoStack()->undoText(),
                 QStringLiteral("Merge 'Daniel Otieno' into 'William Ruto'"));
        delete mime;
    }

    // Relations and events: relabel, remove, add; status, label, note, remove; the date dialog.
    void relationAndEventMenus()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, article(QStringLiteral("relations"))));
        DocumentController *doc = w.document();
        CorrectionMenus *c = w.corrections();
        QString answer;
        CorrectionMenus::Prompts prompts;
        prompts.text = [&answer](const QString &, const QString &, const QString &, bool) {
            return std::optional<QString>(answer);
        };
        QStringList picks;
        prompts.item = [&picks](const QString &, const QStringList &names) {
            return names.contains(picks.value(0)) ? std::optional<QString>(picks.takeFirst()) : std::nullopt;
        };
        c->setPrompts(prompts);

        QVERIFY(!doc->analysis().relations.isEmpty());
        const Relation first = doc->analysis().relations.first();
        std::unique_ptr<QMenu> menu(c->relationMenu(first.id));
        answer = QStringLiteral("fly to");
        action(menu.get(), QStringLiteral("Relabel"))->trigger();
        QCOMPARE(doc->analysis().relations.first().label, QStringLiteral("fly to"));
        menu.reset(c->relationMenu(doc->analysis().relations.first().id));
        const int relations = int(doc->analysis().relations.size());
        action(menu.get(), QStringLiteral("Remove"))->trigger();
        QCOMPARE(doc->analysis().relations.size(), relations - 1);
        menu.reset(c->relationMenu(QString()));
        picks = QStringList{QStringLiteral("William Ruto"), QStringLiteral("Samia Suluhu Hassan")};
        answer = QStringLiteral("met");
        action(menu.get(), QStringLiteral("Add a Relationship"))->trigger();
        bool added = false;
        for (const Relation &r : doc->analysis().relations)
            added = added || (r.label == QStringLiteral("met") &&
                              doc->analysis().actor(r.source)->name == QStringLiteral("William Ruto"));
        QVERIFY(added);

        const Event *visit = eventWith(doc->analysis(), QStringLiteral("visit Nairobi"));
        QVERIFY(visit);
        const QString id = visit->id;
        menu.reset(c->eventMenu(id));
        action(menu.get(), QStringLiteral("cancelled"))->trigger();
        QCOMPARE(eventWith(doc->analysis(), QStringLiteral("visit Nairobi"))->status,
                 QStringLiteral("cancelled"));
        answer = QStringLiteral("Hassan's visit to Nairobi");
        menu.reset(c->eventMenu(eventWith(doc->analysis(), QStringLiteral("visit Nairobi"))->id));
        action(menu.get(), QStringLiteral("Relabel"))->trigger();
        const Event *relabelled = eventWith(doc->analysis(), QStringLiteral("Hassan's visit to Nairobi"));
        QVERIFY(relabelled);
        answer = QStringLiteral("Postponed, according to two diplomats.");
        menu.reset(c->eventMenu(relabelled->id));
        action(menu.get(), QStringLiteral("Note"))->trigger();
        relabelled = eventWith(doc->analysis(), QStringLiteral("Hassan's visit to Nairobi"));
        QCOMPARE(relabelled->note, answer);
        // The note is in the timeline's tooltip for the event.
        const TimelineCanvas *canvas = w.findChild<TimelineView *>()->canvas();
        QTRY_VERIFY(!w.findChild<TimelineView *>()->isPreparing());
        bool tooltip = false;
        for (int i = 0; i < canvas->renderer().events().size(); ++i)
            tooltip = tooltip ||
                      canvas->describe(i).contains(QStringLiteral("Postponed, according to two diplomats."));
        QVERIFY(tooltip);

        // An undated event gets a date; then an event is removed.
        const Event *undated = nullptr;
        for (const Event &v : doc->analysis().events)
            if (v.begin.isEmpty() && !undated)
                undated = &v;
        QVERIFY(undated);
        const QString undatedLabel = undated->label;
        prompts.date = [](const QString &, const QString &) { return std::optional<QString>("2024-Q1"); };
        c->setPrompts(prompts);
        menu.reset(c->eventMenu(undated->id));
        action(menu.get(), QStringLiteral("Give It a Date"))->trigger();
        QCOMPARE(eventWith(doc->analysis(), undatedLabel)->begin, QStringLiteral("2024-01-01"));
        QCOMPARE(eventWith(doc->analysis(), undatedLabel)->end, QStringLiteral("2024-03-31"));
        const int events = int(doc->analysis().events.size());
        menu.reset(c->eventMenu(eventWith(doc->analysis(), undatedLabel)->id));
        action(menu.get(), QStringLiteral("Remove Event"))->trigger();
        QCOMPARE(doc->analysis().events.size(), events - 1);
    }

    // The date dialog speaks the timeline's granularities.
    void eventDateDialog()
    {
        EventDateDialog dialog(QStringLiteral("visit"), QStringLiteral("2024-05"));
        QCOMPARE(dialog.value(), QStringLiteral("2024-05"));
        dialog.choose(0, QDate(2024, 6, 12));
        QCOMPARE(dialog.value(), QStringLiteral("2024-06-12"));
        dialog.choose(1, QDate(2024, 6, 12));
        QCOMPARE(dialog.value(), QStringLiteral("2024-W24"));
        dialog.choose(2, QDate(2024, 6, 12));
        QCOMPARE(dialog.value(), QStringLiteral("2024-06"));
        dialog.choose(3, QDate(2024, 6, 12));
        QCOMPARE(dialog.value(), QStringLiteral("2024-Q2"));
        dialog.choose(4, QDate(2024, 6, 12));
        QCOMPARE(dialog.value(), QStringLiteral("2024"));
        EventDateDialog week(QStringLiteral("talks"), QStringLiteral("2024-W12"));
        QCOMPARE(week.value(), QStringLiteral("2024-W12"));
    }

    // Corrections whose words are gone (the article was edited) are listed, not dropped; the
    // notice says the article changed.
    void orphansListed()
    {
        const QString path = article(QStringLiteral("orphans"));
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, path));
            select(w, QStringLiteral("Namanga crossing"));
            w.articleView()->setFocus();
            QTest::keyClick(w.articleView(), Qt::Key_3);
            QCOMPARE(w.document()->reading()->undoStack()->count(), 1);
            w.close();
        }
        // The words are taken out of the article.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace(QStringLiteral("Namanga crossing"), QStringLiteral("border post"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();

        MainWindow w;
        w.show();
        QSignalSpy notice(w.document(), &DocumentController::readingNotice);
        QVERIFY(openAndWait(w, path));
        QCOMPARE(notice.size(), 1);
        QVERIFY(notice.first().first().toString().contains(QStringLiteral("changed")));
        auto *history = qobject_cast<HistoryPanel *>(w.historyDock()->widget());
        QCOMPARE(history->orphanList()->count(), 1);
        QVERIFY(history->orphanList()->item(0)->text().contains(QStringLiteral("Namanga crossing")));
        QCOMPARE(w.document()->reading()->undoStack()->count(), 1); // kept in the history
    }

    // File → Export Reading As writes the corrected reading.
    void exportMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, article(QStringLiteral("export"))));
        select(w, QStringLiteral("container terminal"));
        w.articleView()->setFocus();
        QTest::keyClick(w.articleView(), Qt::Key_2);
        auto *menu = w.findChild<ReadingExportMenu *>();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 6);
        QSignalSpy done(menu, &ReadingExportMenu::finished);
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        menu->exportTo(QStringLiteral("json"), out);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"container terminal\""));
        // Never over the article itself.
        done.clear();
        menu->exportTo(QStringLiteral("json"), w.document()->article().path);
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().first().toBool());
    }
};

QTEST_MAIN(TestCorrectionMenus)
#include "tst_correctionmenus.moc"
