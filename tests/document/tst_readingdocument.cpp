#include "actorcorrections.h"
#include "entitycorrections.h"
#include "eventcorrections.h"
#include "readingdocument.h"
#include "readingfixture.h"
#include "relationcorrections.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace al;

// The engine-side document: every kind of correction made, undone and redone through the undo
// stack (the merged analysis after undo is the automatic one again, after redo the corrected one),
// and the document's saving, reopening and re-application to a new analysis.
class TestReadingDocument : public QObject
{
    Q_OBJECT

private:
    using Maker = std::function<Correction(const Analysis &)>;
    using Check = std::function<void(const Analysis &)>;

    QTemporaryDir m_dir;
    QString m_article;

    static const Entity *entityText(const Analysis &a, const QString &text, int occurrence = 1)
    {
        for (const Entity &e : a.entities)
            if (e.text == text && --occurrence == 0)
                return &e;
        return nullptr;
    }
    static const Actor *actorNamed(const Analysis &a, const QString &name)
    {
        for (const Actor &x : a.actors)
            if (x.name == name)
                return &x;
        return nullptr;
    }
    static const Event *eventLabelled(const Analysis &a, const QString &label)
    {
        for (const Event &v : a.events)
            if (v.label == label)
                return &v;
        return nullptr;
    }
    static QString idOf(const Analysis &a, const QString &name) { return actorNamed(a, name)->id; }
    static QString statusOf(const Analysis &a, const QString &eventId)
    {
        for (const Event &v : a.events)
            if (v.id == eventId)
                return v.status;
        return QString();
    }

    // Writes the fixture's text as the article and opens a document on it with the fixture's
    // analysis as the automatic one.
    void openFixture(ReadingDocument &doc)
    {
        doc.setAutosaveDelay(-1);
        doc.open(m_article);
        Analysis a = readingfixture::analysis();
        a.path = m_article;
        doc.setAutomatic(a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("port-talks.txt"));
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readingfixture::analysis().text.toUtf8());
    }

    void init()
    {
        QFile::remove(Sidecar::besidePath(m_article));
        QFile::remove(Sidecar::fallbackPath(m_article));
    }

    void commandRoundTrip_data()
    {
        QTest::addColumn<Maker>("make");
        QTest::addColumn<Check>("check");
        QTest::addColumn<QString>("words");

        QTest::newRow("add entity") << Maker([](const Analysis &a) {
            const int s = readingfixture::at(a.text, QStringLiteral("Kestrel Shipping"));
            return EntityCorrections::add(a, s, s + 16, QStringLiteral("ORG"));
        }) << Check([](const Analysis &a) {
            const Entity *e = entityText(a, QStringLiteral("Kestrel Shipping"));
            QVERIFY(e);
            QCOMPARE(e->type, QStringLiteral("ORGANIZATION"));
            const Actor *x = a.actor(e->actor);
            QVERIFY(x);
            QCOMPARE(x->name, QStringLiteral("Kestrel Shipping"));
            QCOMPARE(x->mentions, QStringList{e->id});
        }) << QStringLiteral("Mark 'Kestrel Shipping' as organisation");

        QTest::newRow("remove entity") << Maker([](const Analysis &a) {
            return EntityCorrections::remove(a, entityText(a, QStringLiteral("Sofia"))->id);
        }) << Check([](const Analysis &a) {
            QVERIFY(!entityText(a, QStringLiteral("Sofia")));
            QVERIFY(!actorNamed(a, QStringLiteral("Sofia"))); // its only name: the actor goes
            QCOMPARE(eventLabelled(a, QStringLiteral("The mayor will visit Sofia"))->actors,
                     QStringList{"a1"});
        }) << QStringLiteral("Unmark 'Sofia'");

        QTest::newRow("retype entity") << Maker([](const Analysis &a) {
            return EntityCorrections::retype(a, entityText(a, QStringLiteral("Harbour Union"))->id,
                                             QStringLiteral("MISC"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(entityText(a, QStringLiteral("Harbour Union"))->type, QStringLiteral("MISC"));
            QCOMPARE(actorNamed(a, QStringLiteral("Harbour Union"))->type, QStringLiteral("MISC"));
        }) << QStringLiteral("Mark 'Harbour Union' as other name");

        QTest::newRow("retype one of several mentions") << Maker([](const Analysis &a) {
            return EntityCorrections::retype(a, entityText(a, QStringLiteral("Varna"), 1)->id,
                                             QStringLiteral("MISC"));
        }) << Check([](const Analysis &a) {
            // The title's "Varna" leaves the place: the other mention stays a place.
            const Entity *title = entityText(a, QStringLiteral("Varna"), 1);
            const Entity *body = entityText(a, QStringLiteral("Varna"), 2);
            QCOMPARE(title->type, QStringLiteral("MISC"));
            QVERIFY(title->actor != body->actor);
            QCOMPARE(a.actor(body->actor)->type, QStringLiteral("LOCATION"));
            QCOMPARE(a.actor(body->actor)->mentions, QStringList{body->id});
        }) << QStringLiteral("Mark 'Varna' as other name");

        QTest::newRow("change span") << Maker([](const Analysis &a) {
            const Entity *e = entityText(a, QStringLiteral("Harbour Union"));
            return EntityCorrections::changeSpan(a, e->id, e->start, e->end + 3); // "Harbour Union in"
        }) << Check([](const Analysis &a) {
            QVERIFY(entityText(a, QStringLiteral("Harbour Union in")));
            QCOMPARE(actorNamed(a, QStringLiteral("Harbour Union in"))->mentions.size(), 1);
        }) << QStringLiteral("Change 'Harbour Union' to 'Harbour Union in'");

        QTest::newRow("merge actors") << Maker([](const Analysis &a) {
            return ActorCorrections::merge(
                a, {idOf(a, QStringLiteral("Tomas Brandt")), idOf(a, QStringLiteral("Harbour Union"))});
        }) << Check([](const Analysis &a) {
            QVERIFY(!actorNamed(a, QStringLiteral("Harbour Union")));
            const Actor *x = actorNamed(a, QStringLiteral("Tomas Brandt"));
            QCOMPARE(x->mentions.size(), 3);
            QVERIFY(x->aliases.contains(QStringLiteral("Harbour Union")));
            QCOMPARE(entityText(a, QStringLiteral("Harbour Union"))->actor, x->id);
            // The membership between the two is gone; the meeting with Doyle stays.
            QCOMPARE(a.relations.size(), 1);
            QCOMPARE(eventLabelled(a, QStringLiteral("the union would return"))->actors, QStringList{x->id});
        }) << QStringLiteral("Merge 'Harbour Union' into 'Tomas Brandt'");

        QTest::newRow("split a mention off") << Maker([](const Analysis &a) {
            const Entity *e = entityText(a, QStringLiteral("Doyle"));
            return ActorCorrections::split(a, e->start, e->end);
        }) << Check([](const Analysis &a) {
            const Entity *e = entityText(a, QStringLiteral("Doyle"));
            QCOMPARE(a.actor(e->actor)->name, QStringLiteral("Doyle"));
            QCOMPARE(actorNamed(a, QStringLiteral("Lena Doyle"))->mentions.size(), 1);
        }) << QStringLiteral("Split 'Doyle' off as its own actor");

        QTest::newRow("move a mention to another actor") << Maker([](const Analysis &a) {
            const Entity *e = entityText(a, QStringLiteral("Brandt"));
            return ActorCorrections::split(a, e->start, e->end, idOf(a, QStringLiteral("Lena Doyle")));
        }) << Check([](const Analysis &a) {
            QCOMPARE(a.actor(entityText(a, QStringLiteral("Brandt"))->actor)->name,
                     QStringLiteral("Lena Doyle"));
            QCOMPARE(actorNamed(a, QStringLiteral("Tomas Brandt"))->mentions.size(), 1);
        }) << QStringLiteral("Move 'Brandt' to 'Lena Doyle'");

        QTest::newRow("rename actor") << Maker([](const Analysis &a) {
            return ActorCorrections::rename(a, idOf(a, QStringLiteral("Lena Doyle")),
                                            QStringLiteral("Mayor Lena Doyle"));
        }) << Check([](const Analysis &a) {
            const Actor *x = actorNamed(a, QStringLiteral("Mayor Lena Doyle"));
            QVERIFY(x);
            QVERIFY(x->aliases.contains(QStringLiteral("Lena Doyle")));
        }) << QStringLiteral("Rename 'Lena Doyle' to 'Mayor Lena Doyle'");

        QTest::newRow("set role") << Maker([](const Analysis &a) {
            return ActorCorrections::setRole(a, idOf(a, QStringLiteral("Tomas Brandt")),
                                             QStringLiteral("union leader"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(actorNamed(a, QStringLiteral("Tomas Brandt"))->roles, QStringList{"union leader"});
        }) << QStringLiteral("Set the role of 'Tomas Brandt' to 'union leader'");

        QTest::newRow("set side") << Maker([](const Analysis &a) {
            return ActorCorrections::setSide(a, idOf(a, QStringLiteral("Tomas Brandt")),
                                             QStringLiteral("Greece"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(actorNamed(a, QStringLiteral("Tomas Brandt"))->affiliation, QStringLiteral("Greece"));
        }) << QStringLiteral("Put 'Tomas Brandt' on the side of 'Greece'");

        QTest::newRow("add relation") << Maker([](const Analysis &a) {
            return RelationCorrections::add(a, idOf(a, QStringLiteral("Lena Doyle")),
                                            idOf(a, QStringLiteral("Sofia")), QStringLiteral("will visit"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(a.relations.size(), 3);
            const Relation &r = a.relations.last();
            QCOMPARE(r.label, QStringLiteral("will visit"));
            QCOMPARE(r.sentence, 5); // the sentence where both are named ("The mayor", "Sofia")
        }) << QStringLiteral("Add 'will visit' from 'Lena Doyle' to 'Sofia'");

        QTest::newRow("remove relation") << Maker([](const Analysis &a) {
            return RelationCorrections::remove(a, QStringLiteral("r2"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(a.relations.size(), 1);
            QCOMPARE(a.relations.first().label, QStringLiteral("met"));
        }) << QStringLiteral("Remove 'of' from 'Tomas Brandt' to 'Harbour Union'");

        QTest::newRow("relabel relation") << Maker([](const Analysis &a) {
            return RelationCorrections::relabel(a, QStringLiteral("r1"), QStringLiteral("held talks with"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(a.relations.first().label, QStringLiteral("held talks with"));
        }) << QStringLiteral("Relabel 'met' from 'Lena Doyle' to 'Tomas Brandt' as 'held talks with'");

        QTest::newRow("event date to another month") << Maker([](const Analysis &a) {
            return EventCorrections::setDate(a, QStringLiteral("v2"), QStringLiteral("2024-06"));
        }) << Check([](const Analysis &a) {
            const Event *v = eventLabelled(a, QStringLiteral("the union would return"));
            QCOMPARE(v->value, QStringLiteral("2024-06"));
            QCOMPARE(v->begin, QStringLiteral("2024-06-01"));
            QCOMPARE(v->end, QStringLiteral("2024-06-30"));
            QVERIFY(v->timex.isEmpty());
        }) << QStringLiteral("Move 'the union would return' to June 2024");

        QTest::newRow("date an undated event by week") << Maker([](const Analysis &a) {
            return EventCorrections::setDate(a, QStringLiteral("v3"), QStringLiteral("2024-W10"));
        }) << Check([](const Analysis &a) {
            const Event *v = eventLabelled(a, QStringLiteral("Brandt declined to comment"));
            QCOMPARE(v->begin, QStringLiteral("2024-03-04"));
            QCOMPARE(v->end, QStringLiteral("2024-03-10"));
        }) << QStringLiteral("Move 'Brandt declined to comment' to the week of 4 March 2024");

        QTest::newRow("event status") << Maker([](const Analysis &a) {
            return EventCorrections::setStatus(a, QStringLiteral("v4"), QStringLiteral("cancelled"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(eventLabelled(a, QStringLiteral("The mayor will visit Sofia"))->status,
                     QStringLiteral("cancelled"));
        }) << QStringLiteral("Mark 'The mayor will visit Sofia' as cancelled");

        QTest::newRow("event label") << Maker([](const Analysis &a) {
            return EventCorrections::setLabel(a, QStringLiteral("v2"),
                                              QStringLiteral("Harbour Union returns to talks"));
        }) << Check([](const Analysis &a) {
            QVERIFY(eventLabelled(a, QStringLiteral("Harbour Union returns to talks")));
        }) << QStringLiteral("Relabel 'the union would return' as 'Harbour Union returns to talks'");

        QTest::newRow("remove event") << Maker([](const Analysis &a) {
            return EventCorrections::remove(a, QStringLiteral("v3"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(a.events.size(), 3);
            QVERIFY(!eventLabelled(a, QStringLiteral("Brandt declined to comment")));
        }) << QStringLiteral("Remove the event 'Brandt declined to comment'");

        QTest::newRow("note on a mention") << Maker([](const Analysis &a) {
            return EntityCorrections::note(a, entityText(a, QStringLiteral("Brandt"))->id,
                                           QStringLiteral("Confirmed by phone"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(entityText(a, QStringLiteral("Brandt"))->note, QStringLiteral("Confirmed by phone"));
        }) << QStringLiteral("Note on 'Brandt'");

        QTest::newRow("note on an actor") << Maker([](const Analysis &a) {
            return ActorCorrections::note(a, idOf(a, QStringLiteral("Harbour Union")),
                                          QStringLiteral("Dockers' union"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(actorNamed(a, QStringLiteral("Harbour Union"))->note, QStringLiteral("Dockers' union"));
        }) << QStringLiteral("Note on 'Harbour Union'");

        QTest::newRow("note on an event") << Maker([](const Analysis &a) {
            return EventCorrections::note(a, QStringLiteral("v1"),
                                          QStringLiteral("Second meeting this year"));
        }) << Check([](const Analysis &a) {
            QCOMPARE(eventLabelled(a, QStringLiteral("Lena Doyle met Tomas Brandt"))->note,
                     QStringLiteral("Second meeting this year"));
        }) << QStringLiteral("Note on 'Lena Doyle met Tomas Brandt'");
    }

    void commandRoundTrip()
    {
        QFETCH(Maker, make);
        QFETCH(Check, check);
        QFETCH(QString, words);
        ReadingDocument doc;
        openFixture(doc);
        const QByteArray automatic = doc.analysis().toJsonBytes();
        QSignalSpy changed(&doc, &ReadingDocument::analysisChanged);

        QString why;
        QVERIFY2(doc.apply(make(doc.analysis()), &why), qPrintable(why));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), words);
        QCOMPARE(changed.size(), 1);
        QVERIFY(doc.isModified());
        check(doc.analysis());
        if (QTest::currentTestFailed())
            return;
        const QByteArray corrected = doc.analysis().toJsonBytes();
        QVERIFY(corrected != automatic);
        QVERIFY(doc.orphans().isEmpty());

        doc.undoStack()->undo();
        QCOMPARE(doc.analysis().toJsonBytes(), automatic);
        QCOMPARE(doc.automatic().toJsonBytes(), automatic); // the layer never edits it
        doc.undoStack()->redo();
        QCOMPARE(doc.analysis().toJsonBytes(), corrected);
        // Re-applied from scratch (a new analysis of the same article) it comes out the same.
        doc.setAutomatic(doc.automatic());
        QCOMPARE(doc.analysis().toJsonBytes(), corrected);
    }

    void refusesWhatIsNotThere()
    {
        ReadingDocument doc;
        openFixture(doc);
        Correction c = EventCorrections::setDate(doc.analysis(), QStringLiteral("v1"), QStringLiteral("May"));
        QString why;
        QVERIFY(!doc.apply(c, &why));
        QVERIFY(why.contains(QStringLiteral("not a date")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        // An actor that is not in the analysis names nothing.
        c = ActorCorrections::rename(doc.analysis(), QStringLiteral("a99"), QStringLiteral("Nobody"));
        QVERIFY(!doc.apply(c, &why));
    }

    void undoMiddleThenNewStepDropsTheRedo()
    {
        ReadingDocument doc;
        openFixture(doc);
        const Analysis &a = doc.analysis();
        QVERIFY(doc.apply(
            ActorCorrections::setSide(a, idOf(a, QStringLiteral("Sofia")), QStringLiteral("Bulgaria"))));
        QVERIFY(doc.apply(
            EventCorrections::setStatus(doc.analysis(), QStringLiteral("v4"), QStringLiteral("occurred"))));
        doc.undoStack()->undo();
        QVERIFY(doc.apply(EventCorrections::remove(doc.analysis(), QStringLiteral("v1"))));
        QCOMPARE(doc.steps().size(), 2);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(eventLabelled(doc.analysis(), QStringLiteral("The mayor will visit Sofia"))->status,
                 QStringLiteral("planned"));
        QCOMPARE(actorNamed(doc.analysis(), QStringLiteral("Sofia"))->affiliation,
                 QStringLiteral("Bulgaria"));
    }

    // The window applies the corrections to a new analysis on its worker; the document takes
    // that merge only if no correction was made, undone or redone since the steps were read.
    void takesAMergeMadeElsewhereOnlyAtItsRevision()
    {
        ReadingDocument doc;
        openFixture(doc);
        const QString sofia = idOf(doc.analysis(), QStringLiteral("Sofia"));
        QVERIFY(doc.apply(ActorCorrections::setSide(doc.analysis(), sofia, QStringLiteral("Bulgaria"))));
        const Analysis automatic = doc.automatic();

        ReadingDocument::Merged merged;
        merged.revision = doc.revision();
        merged.analysis = CorrectionLayer::apply(automatic, doc.steps(), &merged.orphans);
        merged.analysis.elapsedMs = 4321; // marks the merge made elsewhere
        QSignalSpy changed(&doc, &ReadingDocument::analysisChanged);
        doc.setAutomatic(automatic, merged);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc.analysis().elapsedMs, 4321);
        QCOMPARE(actorNamed(doc.analysis(), QStringLiteral("Sofia"))->affiliation,
                 QStringLiteral("Bulgaria"));

        // A correction after the steps were read: the stale merge is not taken, the steps are
        // applied again here, the new one with them.
        merged.revision = doc.revision();
        QVERIFY(doc.apply(
            EventCorrections::setStatus(doc.analysis(), QStringLiteral("v4"), QStringLiteral("occurred"))));
        doc.setAutomatic(automatic, merged);
        QVERIFY(doc.analysis().elapsedMs != 4321);
        QCOMPARE(actorNamed(doc.analysis(), QStringLiteral("Sofia"))->affiliation,
                 QStringLiteral("Bulgaria"));
        QCOMPARE(statusOf(doc.analysis(), QStringLiteral("v4")), QStringLiteral("occurred"));

        // An undo changes the revision too.
        merged.revision = doc.revision();
        doc.undoStack()->undo();
        doc.setAutomatic(automatic, merged);
        QVERIFY(doc.analysis().elapsedMs != 4321);
        QVERIFY(statusOf(doc.analysis(), QStringLiteral("v4")) != QStringLiteral("occurred"));
    }

    // An undo of one of the last steps takes the analysis kept from before it instead of applying
    // every other step again; what it gives must be what applying them again gives.
    void undoGivesWhatApplyingAgainGives()
    {
        ReadingDocument doc;
        openFixture(doc);
        const Analysis automatic = doc.automatic();
        const QString sofia = idOf(doc.analysis(), QStringLiteral("Sofia"));
        QVERIFY(doc.apply(ActorCorrections::setSide(doc.analysis(), sofia, QStringLiteral("Bulgaria"))));
        QVERIFY(
            doc.apply(ActorCorrections::rename(doc.analysis(), sofia, QStringLiteral("Sofia, Bulgaria"))));
        QVERIFY(doc.apply(
            EventCorrections::setStatus(doc.analysis(), QStringLiteral("v4"), QStringLiteral("occurred"))));
        QVERIFY(doc.apply(EventCorrections::remove(doc.analysis(), QStringLiteral("v1"))));
        auto appliedAgain = [&] {
            QVector<CorrectionLayer::Orphan> orphans;
            const Analysis a = CorrectionLayer::apply(automatic, doc.steps(), &orphans);
            return std::make_pair(a.toJsonBytes(false), orphans.size());
        };
        // Undo all, one at a time, then redo two and undo once more, then a new step.
        for (int i = 0; i < 4; ++i) {
            doc.undoStack()->undo();
            QCOMPARE(std::make_pair(doc.analysis().toJsonBytes(false), doc.orphans().size()), appliedAgain());
        }
        QCOMPARE(doc.analysis().toJsonBytes(false), automatic.toJsonBytes(false));
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        doc.undoStack()->undo();
        QCOMPARE(std::make_pair(doc.analysis().toJsonBytes(false), doc.orphans().size()), appliedAgain());
        QCOMPARE(actorNamed(doc.analysis(), QStringLiteral("Sofia"))->affiliation,
                 QStringLiteral("Bulgaria"));
        QVERIFY(doc.apply(EventCorrections::remove(doc.analysis(), QStringLiteral("v1"))));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(std::make_pair(doc.analysis().toJsonBytes(false), doc.orphans().size()), appliedAgain());
        QCOMPARE(doc.steps().size(), 0);

        // After a new analysis (F5), applied here or by the window's worker: the same.
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.steps().size(), 2);
        doc.setAutomatic(automatic);
        doc.undoStack()->undo();
        QCOMPARE(std::make_pair(doc.analysis().toJsonBytes(false), doc.orphans().size()), appliedAgain());
        doc.undoStack()->redo();
        ReadingDocument::Merged merged;
        merged.revision = doc.revision();
        merged.analysis = CorrectionLayer::apply(automatic, doc.steps(), &merged.orphans, &merged.before,
                                                 ReadingDocument::kKeptForUndo);
        QCOMPARE(merged.before.size(), 2); // the two steps left after the redo history was dropped
        doc.setAutomatic(automatic, merged);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(std::make_pair(doc.analysis().toJsonBytes(false), doc.orphans().size()), appliedAgain());
        QCOMPARE(doc.analysis().toJsonBytes(false), automatic.toJsonBytes(false));
    }

    void savesAndReopensAsLeft()
    {
        QByteArray corrected;
        {
            ReadingDocument doc;
            openFixture(doc);
            const int s = readingfixture::at(doc.analysis().text, QStringLiteral("Kestrel Shipping"));
            QVERIFY(
                doc.apply(EntityCorrections::add(doc.analysis(), s, s + 16, QStringLiteral("ORGANIZATION"))));
            QVERIFY(doc.apply(ActorCorrections::merge(
                doc.analysis(), {idOf(doc.analysis(), QStringLiteral("Tomas Brandt")),
                                 idOf(doc.analysis(), QStringLiteral("Harbour Union"))})));
            QVERIFY(doc.apply(
                EventCorrections::setDate(doc.analysis(), QStringLiteral("v2"), QStringLiteral("2024-04"))));
            doc.setChosenDate(QDate(2024, 3, 15));
            doc.setViewState(
                ReadingViewState{QStringLiteral("Tomas Brandt"), {QStringLiteral("Varna")}, {}, 120});
            corrected = doc.analysis().toJsonBytes();
            QString error;
            QVERIFY2(doc.save(&error), qPrintable(error));
            QVERIFY(!doc.isModified());
            QCOMPARE(doc.sidecarPath(), Sidecar::besidePath(m_article));
        }
        ReadingDocument again;
        openFixture(again);
        QVERIFY(again.notice().isEmpty());
        QCOMPARE(again.steps().size(), 3);
        QCOMPARE(again.undoStack()->text(1), QStringLiteral("Merge 'Harbour Union' into 'Tomas Brandt'"));
        QCOMPARE(again.chosenDate(), QDate(2024, 3, 15));
        QCOMPARE(again.viewState().actor, QStringLiteral("Tomas Brandt"));
        QCOMPARE(again.viewState().back, QStringList{"Varna"});
        QCOMPARE(again.viewState().scroll, 120);
        QCOMPARE(again.analysis().toJsonBytes(), corrected);
        // Undo still works after reopening: the history is the saved steps.
        again.undoStack()->undo();
        QCOMPARE(eventLabelled(again.analysis(), QStringLiteral("the union would return"))->value,
                 QStringLiteral("2024-05"));
    }

    void autosavesAMomentAfterAChange()
    {
        ReadingDocument doc;
        openFixture(doc);
        doc.setAutosaveDelay(50);
        QSignalSpy saved(&doc, &ReadingDocument::saved);
        QVERIFY(doc.apply(
            EventCorrections::setStatus(doc.analysis(), QStringLiteral("v4"), QStringLiteral("cancelled"))));
        QVERIFY(!QFileInfo::exists(Sidecar::besidePath(m_article)));
        QVERIFY(saved.wait(2000));
        QVERIFY(QFileInfo::exists(Sidecar::besidePath(m_article)));
        QVERIFY(!doc.isModified());
        // Undoing everything is saved too, or reopening would bring the correction back.
        doc.undoStack()->undo();
        QVERIFY(saved.wait(2000));
        ReadingDocument again;
        openFixture(again);
        QCOMPARE(again.steps().size(), 0);
    }

    void viewStateAloneGoesToTheDataFolder()
    {
        {
            ReadingDocument doc;
            openFixture(doc);
            doc.setViewState(ReadingViewState{QStringLiteral("Varna"), {}, {}, 10});
            doc.close();
        }
        QVERIFY(!QFileInfo::exists(Sidecar::besidePath(m_article)));
        QVERIFY(QFileInfo::exists(Sidecar::fallbackPath(m_article)));
        ReadingDocument again;
        openFixture(again);
        QCOMPARE(again.viewState().actor, QStringLiteral("Varna"));
    }

    void reappliesToAChangedArticle()
    {
        {
            ReadingDocument doc;
            openFixture(doc);
            const int s = readingfixture::at(doc.analysis().text, QStringLiteral("Kestrel Shipping"));
            QVERIFY(doc.apply(EntityCorrections::add(doc.analysis(), s, s + 16, QStringLiteral("ORG"))));
            QVERIFY(doc.apply(ActorCorrections::rename(doc.analysis(),
                                                       idOf(doc.analysis(), QStringLiteral("Sofia")),
                                                       QStringLiteral("Sofia, Bulgaria"))));
            QVERIFY(doc.save());
        }
        // The article gains a paragraph at the top: every offset moves, and the file's checksum
        // no longer matches.
        const QString prefix = QStringLiteral("Updated at noon with the union's reply.\n\n");
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readingfixture::analysis(prefix).text.toUtf8());
        f.close();
        ReadingDocument doc;
        doc.setAutosaveDelay(-1);
        doc.open(m_article);
        QVERIFY(doc.notice().contains(QStringLiteral("changed")));
        doc.setAutomatic(readingfixture::analysis(prefix));
        QVERIFY(doc.orphans().isEmpty());
        const Entity *e = entityText(doc.analysis(), QStringLiteral("Kestrel Shipping"));
        QVERIFY(e);
        QCOMPARE(e->start, readingfixture::at(doc.analysis().text, QStringLiteral("Kestrel Shipping")));
        QVERIFY(actorNamed(doc.analysis(), QStringLiteral("Sofia, Bulgaria")));

        // Words that are gone leave their correction orphaned, listed and kept.
        Analysis without = readingfixture::analysis(prefix);
        without.text.replace(QStringLiteral("Kestrel Shipping"), QStringLiteral("The ferry company"));
        doc.setAutomatic(without);
        QCOMPARE(doc.orphans().size(), 1);
        QCOMPARE(doc.orphans().first().text, QStringLiteral("Mark 'Kestrel Shipping' as organisation"));
        QVERIFY(doc.orphans().first().reason.contains(QStringLiteral("no longer in the article")));
        QCOMPARE(doc.steps().size(), 2);
        QVERIFY(actorNamed(doc.analysis(), QStringLiteral("Sofia, Bulgaria")));
        QVERIFY(doc.save());
        QVERIFY(Sidecar::read(doc.sidecarPath())->steps.size() == 2);

        // Restore the article for the other tests.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readingfixture::analysis().text.toUtf8());
    }

    void unreadableSidecarIsKeptAside()
    {
        const QString path = Sidecar::besidePath(m_article);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"articlelens-reading\", \"version\": 1, \"corrections\": [");
        f.close();
        ReadingDocument doc;
        openFixture(doc);
        QVERIFY(doc.notice().contains(QStringLiteral("kept aside")));
        QVERIFY(!QFileInfo::exists(path));
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("*.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().endsWith("\"corrections\": ["));
        // The reading goes on and is saved in its usual place.
        QVERIFY(doc.apply(EventCorrections::remove(doc.analysis(), QStringLiteral("v3"))));
        QVERIFY(doc.save());
        QVERIFY(QFileInfo::exists(path));
        QFile::remove(m_dir.filePath(aside.first()));
    }
};

QTEST_GUILESS_MAIN(TestReadingDocument)
#include "tst_readingdocument.moc"
