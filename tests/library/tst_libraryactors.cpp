#include "libraryactors.h"
#include "libraryfixture.h"

using namespace al;

// The reader's corrections of who is who: merge and split, undo and redo across sessions, and
// a later import of the same article keeping what the reader decided.
class TestLibraryActors : public QObject
{
    Q_OBJECT

private:
    static qint64 actorOf(Library &library, const QString &path, const QString &name)
    {
        return library.database()
            .scalar(
                QStringLiteral("SELECT ap.actor FROM appearances ap JOIN articles ar ON ar.id = ap.article "
                               "WHERE ar.path = ? AND ap.name = ?"),
                {path, name})
            .toLongLong();
    }

private Q_SLOTS:
    void cardListsArticlesRolesAndRelations()
    {
        FixtureLibrary f;
        Analysis one =
            fixtureArticle(f.path("one.txt"), "2024-01-16",
                           {FixtureActor{"Marit Haugland", "PERSON", "Norway", {"fisheries minister"}},
                            FixtureActor{"Einar Thorsson", "PERSON", "Iceland", {"foreign minister"}}});
        one.relations << Relation{"r1", "a1", "a2", "met", "interaction", 1, 0, 5, false};
        Analysis two = fixtureArticle(f.path("two.txt"), "2024-05-06",
                                      {FixtureActor{"Einar Thorsson", "PERSON", "Iceland"},
                                       FixtureActor{"Marit Haugland", "PERSON", "Norway", {"minister"}}});
        two.relations << Relation{"r1", "a2", "a1", "signed with", "interaction", 1, 0, 5, false};
        f.store(one);
        f.store(two);
        LibraryActors actors(*f.library);
        const LibraryActor haugland = actors.find("Haugland").value(0);
        QCOMPARE(haugland.articles, 2);
        QCOMPARE(haugland.roles, (QStringList{"fisheries minister", "minister"}));
        const auto appearances = actors.appearances(haugland.id);
        QCOMPARE(appearances.size(), 2);
        QCOMPARE(appearances[0].articleDate, QDate(2024, 1, 16));
        QCOMPARE(appearances[1].roles, QStringList{"minister"});
        const auto relations = actors.relations(haugland.id);
        QCOMPARE(relations.size(), 1);
        QCOMPARE(relations[0].otherName, QStringLiteral("Einar Thorsson"));
        QCOMPARE(relations[0].articles, 2);
        QCOMPARE(relations[0].labels.size(), 2);
    }

    void mergeSplitUndoRedo()
    {
        FixtureLibrary f;
        const QString a = f.path("a.txt"), b = f.path("b.txt"), c = f.path("c.txt");
        f.store(fixtureArticle(a, "2024-01-01", {FixtureActor{"European Commission", "ORGANIZATION"}}));
        f.store(fixtureArticle(b, "2024-01-02", {FixtureActor{"Brussels executive", "ORGANIZATION"}}));
        f.store(fixtureArticle(c, "2024-01-03", {FixtureActor{"European Commission", "ORGANIZATION"}}));
        LibraryActors actors(*f.library);
        const qint64 commission = actorOf(*f.library, a, "European Commission");
        const qint64 executive = actorOf(*f.library, b, "Brussels executive");
        QVERIFY(commission != executive);

        QVERIFY(actors.merge(commission, {executive}).ok());
        QCOMPARE(actorOf(*f.library, b, "Brussels executive"), commission);
        QVERIFY(!actors.actor(executive)); // left empty, gone
        QCOMPARE(actors.actor(commission)->articles, 3);
        QCOMPARE(actors.history().size(), 1);

        // Undo brings the merged actor back under its own id; redo merges again.
        QVERIFY(actors.undo().value());
        QCOMPARE(actorOf(*f.library, b, "Brussels executive"), executive);
        QCOMPARE(actors.actor(executive)->name, QStringLiteral("Brussels executive"));
        QCOMPARE(actors.actor(commission)->articles, 2);
        QVERIFY(actors.redo().value());
        QCOMPARE(actorOf(*f.library, b, "Brussels executive"), commission);
        QVERIFY(!actors.redo().value()); // nothing left to redo

        // Split article c's appearance off again into an actor of its own.
        const qint64 inC =
            f.library->database()
                .scalar("SELECT ap.id FROM appearances ap JOIN articles ar ON ar.id = ap.article "
                        "WHERE ar.path = ?",
                        {c})
                .toLongLong();
        const auto split = actors.split(commission, {inC});
        QVERIFY2(split.ok(), qPrintable(split.error()));
        QCOMPARE(actorOf(*f.library, c, "European Commission"), split.value());
        QCOMPARE(actors.actor(commission)->articles, 2);
        QVERIFY(!actors.split(commission, {}).ok());

        // The history is in the file: another connection undoes the split.
        auto again = Library::open(f.library->path());
        QVERIFY(again.ok());
        LibraryActors other(*again.value());
        QCOMPARE(other.history().size(), 2);
        QVERIFY(other.undo().value());
        QCOMPARE(actorOf(*f.library, c, "European Commission"), commission);
    }

    void editsSurviveReimport()
    {
        FixtureLibrary f;
        const QString a = f.path("a.txt"), b = f.path("b.txt");
        f.store(fixtureArticle(a, "2024-01-01",
                               {FixtureActor{"Lars Brekke", "PERSON", {}, {"chief executive"}}}));
        f.store(fixtureArticle(b, "2024-01-02",
                               {FixtureActor{"Lars Brekke", "PERSON", {}, {"chief executive"}}}));
        LibraryActors actors(*f.library);
        const qint64 lars = actorOf(*f.library, a, "Lars Brekke");
        QCOMPARE(actorOf(*f.library, b, "Lars Brekke"), lars);
        // The reader says article b's Lars Brekke is someone else.
        const qint64 inB =
            f.library->database()
                .scalar("SELECT ap.id FROM appearances ap JOIN articles ar ON ar.id = ap.article "
                        "WHERE ar.path = ?",
                        {b})
                .toLongLong();
        const auto other = actors.split(lars, {inB});
        QVERIFY(other.ok());
        // Storing article b again (it changed on disk) keeps the reader's decision.
        Analysis changed = fixtureArticle(b, "2024-01-02",
                                          {FixtureActor{"Lars Brekke", "PERSON", {}, {"chief executive"}},
                                           FixtureActor{"Norway", "LOCATION"}});
        f.store(changed);
        QCOMPARE(actorOf(*f.library, b, "Lars Brekke"), other.value());
        QCOMPARE(actorOf(*f.library, a, "Lars Brekke"), lars);
    }
};

QTEST_GUILESS_MAIN(TestLibraryActors)
#include "tst_libraryactors.moc"
