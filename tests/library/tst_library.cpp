#include "libraryactors.h"
#include "libraryfixture.h"

#include <QSqlQuery>

using namespace al;

// Storing articles: the analysis comes back as it went in, a second store of the same path
// replaces the first, removing an article takes its actors when no other article has them,
// and actors of different articles become one library actor only when they should.
class TestLibrary : public QObject
{
    Q_OBJECT

private:
    static FixtureActor person(const QString &name, const QString &side = {}, const QStringList &roles = {},
                               const QStringList &aliases = {})
    {
        return FixtureActor{name, QStringLiteral("PERSON"), side, roles, aliases};
    }
    static QStringList names(const QVector<LibraryActor> &actors)
    {
        QStringList out;
        for (const LibraryActor &a : actors)
            out << a.name;
        return out;
    }
    // The library actor an article's actor was placed in.
    static qint64 actorOf(Library &library, qint64 article, const QString &name)
    {
        return library.database()
            .scalar(QStringLiteral("SELECT actor FROM appearances WHERE article = ? AND name = ?"),
                    {article, name})
            .toLongLong();
    }

private Q_SLOTS:
    void storesAndReadsBack()
    {
        FixtureLibrary f;
        const Analysis a =
            fixtureArticle(f.path(QStringLiteral("one.txt")), QStringLiteral("2024-01-16"),
                           {person(QStringLiteral("Marit Haugland"), QStringLiteral("Norway"))},
                           QStringLiteral("Talks collapse"));
        const qint64 id = f.store(a);
        QCOMPARE(f.library->articleCount(), 1);
        const auto back = f.library->analysis(id);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->toJson(), a.toJson());
        const auto listed = f.library->article(id);
        QVERIFY(listed);
        QCOMPARE(listed->title, QStringLiteral("Talks collapse"));
        QCOMPARE(listed->date, QDate(2024, 1, 16));
        QCOMPARE(listed->actors, QStringList{QStringLiteral("Marit Haugland")});
        QCOMPARE(listed->actorCount, 1);
        QVERIFY(!listed->hasCorrections);

        // The same path again replaces the article: one article, the same id, the new title.
        Analysis changed = a;
        changed.title = QStringLiteral("Talks collapse in Bergen");
        QCOMPARE(f.store(changed), id);
        QCOMPARE(f.library->articleCount(), 1);
        QCOMPARE(f.library->article(id)->title, QStringLiteral("Talks collapse in Bergen"));
        QCOMPARE(LibraryActors(*f.library).list().size(), 1);

        const auto check = f.library->checkFile(a.path, Library::checksum(a.text.toUtf8()));
        QCOMPARE(check.state, Library::FileState::Unchanged);
        QCOMPARE(f.library->checkFile(a.path, QStringLiteral("0000")).state, Library::FileState::Changed);
        const auto duplicate =
            f.library->checkFile(f.path(QStringLiteral("copy.txt")), Library::checksum(a.text.toUtf8()));
        QCOMPARE(duplicate.state, Library::FileState::Duplicate);
        QCOMPARE(duplicate.otherPath, a.path);
    }

    void keepsCorrections()
    {
        FixtureLibrary f;
        const QByteArray sidecar = R"({"format":"articlelens-corrections","version":1})";
        const Analysis a = fixtureArticle(f.path(QStringLiteral("c.txt")), QStringLiteral("2024-02-01"),
                                          {person("Olafur Jonsson")});
        const auto id = f.library->store(a, QStringLiteral("c1"), sidecar);
        QVERIFY(id.ok());
        QCOMPARE(f.library->corrections(id.value()), sidecar);
        QVERIFY(f.library->article(id.value())->hasCorrections);
    }

    void removesArticlesAndTheirActors()
    {
        FixtureLibrary f;
        const qint64 one =
            f.store(fixtureArticle(f.path(QStringLiteral("dir/one.txt")), QStringLiteral("2024-01-01"),
                                   {person("Marit Haugland"), person("Einar Thorsson")}));
        f.store(fixtureArticle(f.path(QStringLiteral("dir/two.txt")), QStringLiteral("2024-01-02"),
                               {person("Marit Haugland")}));
        f.store(fixtureArticle(f.path(QStringLiteral("other/three.txt")), QStringLiteral("2024-01-03"),
                               {person("Paula Verhoeven")}));
        LibraryActors actors(*f.library);
        QCOMPARE(actors.list().size(), 3);
        const auto removed = f.library->remove({one});
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 1);
        QCOMPARE(names(actors.list()), (QStringList{"Marit Haugland", "Paula Verhoeven"}));
        QCOMPARE(actors.find(QStringLiteral("Marit Haugland")).value(0).articles, 1);
        // Everything of the removed article went with it.
        QCOMPARE(f.library->database()
                     .scalar(QStringLiteral("SELECT count(*) FROM appearances WHERE article = ?"), {one})
                     .toInt(),
                 0);
        QCOMPARE(f.library->articlesUnder({f.path(QStringLiteral("dir"))}).size(), 1);
        QCOMPARE(f.library->articlesUnder({f.path(QStringLiteral("other/three.txt"))}).size(), 1);
        QCOMPARE(f.library->articlesUnder({f.path(QStringLiteral("di"))}).size(), 0);
    }

    void samePersonAcrossArticles()
    {
        FixtureLibrary f;
        const qint64 a = f.store(fixtureArticle(
            f.path(QStringLiteral("a.txt")), QStringLiteral("2024-01-16"),
            {person("Einar Thorsson", "Iceland", {"Iceland's foreign minister"}, {"Thorsson"})}));
        const qint64 b = f.store(fixtureArticle(f.path(QStringLiteral("b.txt")), QStringLiteral("2024-02-03"),
                                                {person(QString::fromUtf8("Einar Thorsson’s"), "Iceland")}));
        QCOMPARE(actorOf(*f.library, a, "Einar Thorsson"),
                 actorOf(*f.library, b, QString::fromUtf8("Einar Thorsson’s")));
        const LibraryActor thorsson = LibraryActors(*f.library).find("einar thorsson").value(0);
        QCOMPARE(thorsson.name, QStringLiteral("Einar Thorsson"));
        QCOMPARE(thorsson.articles, 2);
        QCOMPARE(thorsson.side, QStringLiteral("Iceland"));
        QCOMPARE(thorsson.roles, QStringList{"Iceland's foreign minister"});
    }

    void personByTitleInAnotherArticle()
    {
        // Named in full in one article, by title and surname in another ("Foreign Minister
        // Thorsson"): the in-article resolver leaves the surname with the role; the library joins them.
        FixtureLibrary f;
        const qint64 full =
            f.store(fixtureArticle(f.path(QStringLiteral("full.txt")), QStringLiteral("2024-01-16"),
                                   {person("Einar Thorsson", "Iceland", {"Iceland's foreign minister"}),
                                    person("Marit Haugland", "Norway", {"Norway's fisheries minister"})}));
        const qint64 titled =
            f.store(fixtureArticle(f.path(QStringLiteral("titled.txt")), QStringLiteral("2024-03-11"),
                                   {person("Thorsson", {}, {"Foreign Minister"})}));
        QCOMPARE(actorOf(*f.library, titled, "Thorsson"), actorOf(*f.library, full, "Einar Thorsson"));
        QCOMPARE(LibraryActors(*f.library).list().size(), 2);
    }

    void sharedSurnameKeptApart()
    {
        FixtureLibrary f;
        const qint64 lars =
            f.store(fixtureArticle(f.path(QStringLiteral("lars.txt")), QStringLiteral("2024-02-06"),
                                   {person("Lars Brekke", {}, {"chief executive"}),
                                    FixtureActor{"Nordhav Shipping", "ORGANIZATION"}}));
        const qint64 sigrun = f.store(fixtureArticle(
            f.path(QStringLiteral("sigrun.txt")), QStringLiteral("2024-03-28"),
            {person("Sigrun Brekke", "Iceland", {"union chair"}), FixtureActor{"Iceland", "LOCATION"}}));
        LibraryActors actors(*f.library);
        QVERIFY(actorOf(*f.library, lars, "Lars Brekke") != actorOf(*f.library, sigrun, "Sigrun Brekke"));
        QCOMPARE(actors.find("Brekke").size(), 2);

        // A surname alone goes to the Brekke its role, side or company points to.
        const qint64 chair =
            f.store(fixtureArticle(f.path(QStringLiteral("chair.txt")), QStringLiteral("2024-04-25"),
                                   {person("Brekke", {}, {"the union's chair"})}));
        QCOMPARE(actorOf(*f.library, chair, "Brekke"), actorOf(*f.library, sigrun, "Sigrun Brekke"));
        const qint64 company =
            f.store(fixtureArticle(f.path(QStringLiteral("company.txt")), QStringLiteral("2024-05-01"),
                                   {FixtureActor{"Nordhav Shipping", "ORGANIZATION"}, person("Brekke")}));
        QCOMPARE(actorOf(*f.library, company, "Brekke"), actorOf(*f.library, lars, "Lars Brekke"));
        // Nothing tells which Brekke: the mention stays an actor of its own.
        const qint64 unknown = f.store(fixtureArticle(f.path(QStringLiteral("unknown.txt")),
                                                      QStringLiteral("2024-05-02"), {person("Brekke")}));
        const qint64 alone = actorOf(*f.library, unknown, "Brekke");
        QVERIFY(alone != actorOf(*f.library, lars, "Lars Brekke"));
        QVERIFY(alone != actorOf(*f.library, sigrun, "Sigrun Brekke"));
    }

    void sameNameDifferentSidesKeptApart()
    {
        FixtureLibrary f;
        const qint64 one =
            f.store(fixtureArticle(f.path(QStringLiteral("one.txt")), QStringLiteral("2024-01-01"),
                                   {person("Ahmed Khan", "Pakistan", {"cricket captain"})}));
        const qint64 two =
            f.store(fixtureArticle(f.path(QStringLiteral("two.txt")), QStringLiteral("2024-01-02"),
                                   {person("Ahmed Khan", "India", {"cricket captain"})}));
        const qint64 three =
            f.store(fixtureArticle(f.path(QStringLiteral("three.txt")), QStringLiteral("2024-01-03"),
                                   {person("Ahmed Khan", {}, {"mayor"})}));
        const qint64 pakistan = actorOf(*f.library, one, "Ahmed Khan");
        QVERIFY(pakistan != actorOf(*f.library, two, "Ahmed Khan"));
        QVERIFY(pakistan != actorOf(*f.library, three, "Ahmed Khan"));
        QVERIFY(actorOf(*f.library, two, "Ahmed Khan") != actorOf(*f.library, three, "Ahmed Khan"));
    }

    void surnameBeforeFullName()
    {
        // The order of import does not matter: a surname stored before its full name joins it
        // once the full name arrives and the library settles.
        FixtureLibrary f;
        const qint64 first =
            f.store(fixtureArticle(f.path(QStringLiteral("first.txt")), QStringLiteral("2024-01-01"),
                                   {person("Haugland", {}, {"fisheries minister"})}));
        const qint64 second =
            f.store(fixtureArticle(f.path(QStringLiteral("second.txt")), QStringLiteral("2024-01-02"),
                                   {person("Marit Haugland", "Norway", {"Norway's fisheries minister"})}));
        QVERIFY(f.library->settleActors().ok());
        QCOMPARE(actorOf(*f.library, first, "Haugland"), actorOf(*f.library, second, "Marit Haugland"));
        QCOMPARE(LibraryActors(*f.library).list().size(), 1);
    }

    void organisationsByAlias()
    {
        FixtureLibrary f;
        const qint64 one = f.store(
            fixtureArticle(f.path(QStringLiteral("one.txt")), QStringLiteral("2024-01-01"),
                           {FixtureActor{"European Commission", "ORGANIZATION", {}, {}, {"Commission"}}}));
        const qint64 two =
            f.store(fixtureArticle(f.path(QStringLiteral("two.txt")), QStringLiteral("2024-01-02"),
                                   {FixtureActor{"the European Commission", "ORGANIZATION"}}));
        QCOMPARE(actorOf(*f.library, one, "European Commission"),
                 actorOf(*f.library, two, "the European Commission"));
        // A place and an organisation of the same name stay two actors.
        const qint64 three = f.store(
            fixtureArticle(f.path(QStringLiteral("three.txt")), QStringLiteral("2024-01-03"),
                           {FixtureActor{"Bergen", "LOCATION"}, FixtureActor{"Bergen", "ORGANIZATION"}}));
        QCOMPARE(f.library->database()
                     .scalar("SELECT count(DISTINCT actor) FROM appearances WHERE article = ?", {three})
                     .toInt(),
                 2);
    }

    void pendingImports()
    {
        FixtureLibrary f;
        const QString a = f.path(QStringLiteral("a.txt")), b = f.path(QStringLiteral("b.txt"));
        QVERIFY(f.library->queue({a, b}, {QDate(2024, 1, 1), QDate()}));
        QCOMPARE(f.library->pending().size(), 2);
        QCOMPARE(f.library->pending().first().second, QDate(2024, 1, 1));
        // Storing an article takes it off the queue in the same transaction.
        f.store(fixtureArticle(a, QStringLiteral("2024-01-01"), {person("Olafur Jonsson")}));
        QCOMPARE(f.library->pending().size(), 1);
        QVERIFY(f.library->unqueue({b}));
        QVERIFY(f.library->pending().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
