#include "eventlexicon.h"
#include "resources.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace al;

// EventLexicon answers "is this word in that list" by name (has) and, for the event extractor's
// hot path, as bits of every list at once (lists, read), which EventSentence keeps per word.
// Both must always agree, and read() must give lemma()'s lemma.
class TestEventLexicon : public QObject
{
    Q_OBJECT

private:
    // The words of the lexicon's own file with the inflections its rules undo, odd short forms,
    // and every word of the team's event texts: what the extractor meets.
    static QStringList wordsToTry(const QString &lexiconText)
    {
        QSet<QString> words;
        static const QRegularExpression split(QStringLiteral("[\\s:=]+"));
        for (const QString &w : lexiconText.split(split, Qt::SkipEmptyParts)) {
            if (w.startsWith(QLatin1Char('#')))
                continue;
            const QString l = w.toLower();
            words << l << l + QLatin1Char('s') << l + QLatin1String("es") << l + QLatin1String("ed")
                  << l + QLatin1Char('d') << l + QLatin1String("ing") << l + l.right(1) + QLatin1String("ed")
                  << l + l.right(1) + QLatin1String("ing") << l.left(l.size() - 1) + QLatin1String("ing")
                  << l.left(l.size() - 1) + QLatin1String("ies")
                  << l.left(l.size() - 1) + QLatin1String("ied");
        }
        for (const char *w :
             {"",         "s",         "es",      "ed",      "ing", "ies", "ied", "ss", "ll",   "alls",
              "canceled", "cancelled", "calling", "planned", "n't", "'ll", "wo",  "ca", "news", "is"})
            words << QString::fromLatin1(w);
        const QDir events(QStringLiteral(TEST_DATA_DIR "/events"));
        for (const QString &f : events.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile file(events.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                for (const QString &w :
                     QString::fromUtf8(file.readAll())
                         .toLower()
                         .split(QRegularExpression(QStringLiteral("[^\\w']+")), Qt::SkipEmptyParts))
                    words << w;
        }
        QStringList out(words.cbegin(), words.cend());
        out.sort();
        return out;
    }

    static void compareAll(const EventLexicon &lex, const QStringList &words)
    {
        for (const QString &w : words) {
            quint32 expected = 0;
            for (int list = 0; list < EventLexicon::ListCount; ++list)
                if (lex.has(EventLexicon::listName(EventLexicon::List(list)), w))
                    expected |= EventLexicon::bit(EventLexicon::List(list));
            QString lemma;
            const quint32 bits = lex.read(w, &lemma);
            QVERIFY2(bits == expected, qPrintable(QStringLiteral("lists of '%1': %2, has() says %3")
                                                      .arg(w)
                                                      .arg(bits, 0, 2)
                                                      .arg(expected, 0, 2)));
            QCOMPARE(lex.lists(w), expected);
            QCOMPARE(lemma, lex.lemma(w));
            for (int list = 0; list < EventLexicon::ListCount; ++list)
                QCOMPARE(lex.has(EventLexicon::List(list), w),
                         lex.has(EventLexicon::listName(EventLexicon::List(list)), w));
        }
    }

private Q_SLOTS:
    void listNamesAreTheFilesNames()
    {
        const QString path = Resources::path(QStringLiteral("events/lexicon.txt"));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), "resources/events/lexicon.txt not found");
        const QString text = QString::fromUtf8(file.readAll());
        // Every list the extractor asks for by bit is a list of the file: a renamed list would
        // silently never match.
        for (int list = 0; list < EventLexicon::ListCount; ++list) {
            const QString name = EventLexicon::listName(EventLexicon::List(list));
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^%1:").arg(name),
                                                      QRegularExpression::MultilineOption)),
                     qPrintable(name));
        }
        QVERIFY(EventLexicon::ListCount <= 32);
    }

    void bitsAgreeWithNamesOnTheSharedLexicon()
    {
        const QString path = Resources::path(QStringLiteral("events/lexicon.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList words = wordsToTry(QString::fromUtf8(file.readAll()));
        QVERIFY(words.size() > 1000);
        compareAll(EventLexicon::shared(), words);
        const EventLexicon &lex = EventLexicon::shared();
        QVERIFY(lex.has(EventLexicon::Cancel, QStringLiteral("postponed")));
        QVERIFY(lex.has(EventLexicon::Plan, QStringLiteral("expected")));
        QVERIFY(!lex.has(EventLexicon::Cancel, QStringLiteral("visited")));
        QVERIFY(lex.has(EventLexicon::EventNoun, QStringLiteral("talks")));
        QVERIFY(lex.has(EventLexicon::Negation, QStringLiteral("n't")));
    }

    void bitsAgreeOnALexiconWithListsMissingAndShared()
    {
        // A word in several lists, a list word that is also an irregular form, lists the file
        // lacks, and a list the extractor never asks for.
        const QString text = QStringLiteral("eventnoun: trip talks set\n"
                                            "light: hold make set\n"
                                            "cancel: call=off cancel\n"
                                            "other: trip\n"
                                            "class travel: trip go\n"
                                            "irregular: held=hold went=go set=set talks=talks\n");
        QString error;
        const auto lex = EventLexicon::fromText(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareAll(*lex, wordsToTry(text));
        QCOMPARE(lex->lists(QStringLiteral("held")), EventLexicon::bit(EventLexicon::Light));
        QCOMPARE(lex->lists(QStringLiteral("set")),
                 EventLexicon::bit(EventLexicon::EventNoun) | EventLexicon::bit(EventLexicon::Light));
        QCOMPARE(lex->lists(QStringLiteral("calling")), EventLexicon::bit(EventLexicon::Cancel));
        QCOMPARE(lex->lists(QStringLiteral("went")), 0u);
    }
};

QTEST_GUILESS_MAIN(TestEventLexicon)
#include "tst_eventlexicon.moc"
