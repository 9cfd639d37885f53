#include "ftsquery.h"

#include <QtTest>

using namespace al;

// What a reader types becomes a valid FTS5 query: words, phrases, prefixes, OR, NOT, title:.
class TestFtsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << "mackerel quota"
                               << "\"mackerel\" AND \"quota\"";
        QTest::newRow("phrase") << "\"agreement in principle\""
                                << "\"agreement in principle\"";
        QTest::newRow("prefix") << "brek*"
                                << "\"brek\"*";
        QTest::newRow("or") << "Oslo OR Bergen talks"
                            << "(\"Oslo\" OR \"Bergen\") AND \"talks\"";
        QTest::newRow("minus") << "talks -Brussels"
                               << "(\"talks\") NOT \"Brussels\"";
        QTest::newRow("not") << "talks NOT Brussels"
                             << "(\"talks\") NOT \"Brussels\"";
        QTest::newRow("title") << "title:mackerel"
                               << "title : \"mackerel\"";
        QTest::newRow("punctuation") << "U.S. co-chair"
                                     << "\"U.S.\" AND \"co-chair\"";
        QTest::newRow("quote inside") << "O\"Neill"
                                      << "\"O\"\"Neill\"";
        QTest::newRow("unclosed phrase") << "\"joint patrol"
                                         << "\"joint patrol\"";
        QTest::newRow("only punctuation") << "-- * ()"
                                          << "";
        QTest::newRow("only negation") << "-Brussels"
                                       << "";
        QTest::newRow("lower-case or is a word") << "fish or chips"
                                                 << "\"fish\" AND \"or\" AND \"chips\"";
    }

    void translate()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::translate(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
