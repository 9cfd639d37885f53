#include "libraryfixture.h"
#include "librarysearch.h"

using namespace al;

// Full-text search over stored articles: words, phrases, prefixes, by actor, date and side;
// each hit has the sentence that matched with the matched words marked.
class TestLibrarySearch : public QObject
{
    Q_OBJECT

private:
    FixtureLibrary m_f;
    qint64 m_bergen = 0, m_reykjavik = 0, m_oslo = 0;

    // An article with real sentences: fixtureArticle gives the actors; the body is replaced.
    qint64 store(const QString &name, const QString &date, const QString &title, const QStringList &sentences,
                 const QVector<FixtureActor> &actors)
    {
        Analysis a = fixtureArticle(m_f.path(name), date, actors, title);
        QString text = title + QStringLiteral("\n\n");
        a.sentences = {{0, int(title.size()), 0, 0}};
        for (const QString &s : sentences) {
            const int start = int(text.size());
            text += s;
            a.sentences.append({start, int(text.size()), 0, 0});
            text += QLatin1Char(' ');
        }
        // Each actor's entity points at its name's first place in the new text.
        for (int i = 0; i < a.entities.size(); ++i) {
            const int at = int(text.indexOf(a.entities[i].text));
            a.entities[i].start = qMax(0, at);
            a.entities[i].end = qMax(0, at) + int(a.entities[i].text.size());
        }
        a.text = text;
        return m_f.store(a);
    }
    QVector<SearchHit> hits(const SearchQuery &q)
    {
        const auto r = LibrarySearch(*m_f.library).run(q);
        if (!r)
            qWarning() << r.error();
        return r ? r.value() : QVector<SearchHit>();
    }
    QVector<SearchHit> hits(const QString &text)
    {
        SearchQuery q;
        q.text = text;
        return hits(q);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bergen =
            store("bergen.txt", "2024-01-16", "Bergen talks collapse",
                  {"Talks between Norway and Iceland on the mackerel quota collapsed in Bergen on Monday.",
                   "Marit Haugland said Iceland had asked for too much.",
                   "The two governments last agreed a quota in 2021."},
                  {FixtureActor{"Marit Haugland", "PERSON", "Norway"}, FixtureActor{"Iceland", "LOCATION"}});
        m_reykjavik = store("reykjavik.txt", "2024-04-10", "Agreement in principle",
                            {"Norway and Iceland reached an agreement in principle in Reykjavik on Tuesday.",
                             "Einar Thorsson said the joint patrol vessel answered the union.",
                             "Brekke, who leads the union, said her members would study the details."},
                            {FixtureActor{"Einar Thorsson", "PERSON", "Iceland"},
                             FixtureActor{"Sigrun Brekke", "PERSON", "Iceland"}});
        m_oslo = store("oslo.txt", "2024-05-06", "Signed in Oslo",
                       {"The mackerel agreement was signed in Oslo on Monday.",
                        "Marit Haugland and Einar Thorsson signed it at the fortress."},
                       {FixtureActor{"Marit Haugland", "PERSON", "Norway"},
                        FixtureActor{"Einar Thorsson", "PERSON", "Iceland"}});
    }

    void words()
    {
        const auto found = hits("mackerel quota");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().article, m_bergen);
        // The sentence with both words, both marked.
        QCOMPARE(
            found.first().sentence,
            QStringLiteral(
                "Talks between Norway and Iceland on the mackerel quota collapsed in Bergen on Monday."));
        QCOMPARE(found.first().highlights.size(), 2);
        const auto [s, e] = found.first().highlights.first();
        QCOMPARE(found.first().sentence.mid(s, e - s), QStringLiteral("mackerel"));
        QCOMPARE(found.first().sentenceStart, int(QStringLiteral("Bergen talks collapse\n\n").size()));
        QCOMPARE(hits("mackerel").size(), 2);
    }

    void phrase()
    {
        QCOMPARE(hits("\"agreement in principle\"").size(), 1);
        QCOMPARE(hits("\"principle in agreement\"").size(), 0);
        const SearchHit h = hits("\"joint patrol vessel\"").value(0);
        QCOMPARE(h.article, m_reykjavik);
        QCOMPARE(h.highlights.size(), 1); // a phrase is marked whole
        QCOMPARE(h.sentence.mid(h.highlights[0].first, h.highlights[0].second - h.highlights[0].first),
                 QStringLiteral("joint patrol vessel"));
    }

    void prefix()
    {
        QCOMPARE(hits("Reykjav*").size(), 1);
        QCOMPARE(hits("govern*").value(0).article, m_bergen);
        QCOMPARE(hits("sign*").value(0).article, m_oslo);
    }

    void titleOnlyAndRanking()
    {
        // A word in the headline ranks first.
        const auto found = hits("Oslo");
        QCOMPARE(found.value(0).article, m_oslo);
        QCOMPARE(hits("title:principle").size(), 1);
        QCOMPARE(hits("title:Reykjavik").size(), 0);
    }

    void byActorDateAndSide()
    {
        SearchQuery q;
        q.actor = QStringLiteral("Marit Haugland");
        auto found = hits(q);
        QCOMPARE(found.size(), 2);
        // Without words: newest first, the sentence of the actor's first mention, marked.
        QCOMPARE(found.first().article, m_oslo);
        QVERIFY(found.first().sentence.startsWith(QStringLiteral("Marit Haugland and Einar Thorsson")));
        QCOMPARE(found.first().highlights.value(0), (QPair<int, int>{0, 14}));

        q.text = QStringLiteral("Monday");
        QCOMPARE(hits(q).size(), 2);
        q.from = QDate(2024, 2, 1);
        QCOMPARE(hits(q).size(), 1);
        q.to = QDate(2024, 4, 30);
        QCOMPARE(hits(q).size(), 0);

        SearchQuery side;
        side.side = QStringLiteral("Iceland");
        QCOMPARE(hits(side).size(), 3); // Iceland itself in Bergen, Icelanders in the others
        side.text = QStringLiteral("union");
        QCOMPARE(hits(side).value(0).article, m_reykjavik);

        SearchQuery nobody;
        nobody.actor = QStringLiteral("Nobody Known");
        QVERIFY(!LibrarySearch(*m_f.library).run(nobody).ok());
    }

    void countAndPaging()
    {
        SearchQuery q;
        q.text = QStringLiteral("Norway OR Oslo");
        QCOMPARE(LibrarySearch(*m_f.library).count(q).value(), 3);
        q.limit = 2;
        QCOMPARE(hits(q).size(), 2);
        q.offset = 2;
        QCOMPARE(hits(q).size(), 1);
    }

    void oddInput()
    {
        QCOMPARE(hits("\"unclosed").size(), 0);
        QCOMPARE(hits("(Bergen").size(), 1);
        // Nothing searchable and no filter: every article, newest first, with its lead.
        const auto all = hits("* - \"");
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().article, m_oslo);
        QVERIFY(all.first().sentence.startsWith(QStringLiteral("The mackerel agreement")));
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
