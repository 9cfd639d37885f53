#include "actorfixture.h"
#include "eventlexicon.h"
#include "eventsentence.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace al;

// The team's own event texts, tagged by the real tokenizer, sentence splitter and POS tagger
// (actorfixture.h's prepare, without names).
class TestEventSentence : public QObject
{
    Q_OBJECT

private:
    static QString texts()
    {
        QString all;
        const QDir events(QStringLiteral(TEST_DATA_DIR "/events"));
        for (const QString &f : events.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(events.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(file.readAll()) + QStringLiteral("\n\n");
        }
        return all;
    }

private Q_SLOTS:
    // Each distinct form's text, lower case, lemma and lists are made once and kept: whatever the
    // order the sentences are read in, a word must carry its own text and what the lexicon says
    // of it directly.
    void wordsCarryTheLexiconsAnswers()
    {
        const Analysis a = test::prepare(
            texts() +
                QStringLiteral(
                    "They’ll meet. Talks were cancelled; he didn’t go. TALKS, talks and Talks in İSTANBUL."),
            {});
        QVERIFY(a.sentences.size() > 20);
        const EventLexicon &lex = EventLexicon::shared();
        EventSentence s(a, lex);
        int words = 0, listed = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (int k = 0; k < a.sentences.size(); ++k) {
                const int i = pass == 0 ? k : int(a.sentences.size()) - 1 - k; // forwards, then back
                if (!s.read(i))
                    continue;
                for (const EventWord &w : s.words()) {
                    QCOMPARE(w.text, a.text.mid(w.start, w.end - w.start));
                    QString lower = w.text.toLower();
                    lower.replace(QChar(0x2019), QLatin1Char('\''));
                    QCOMPARE(w.lower, lower);
                    QCOMPARE(w.lemma, lex.lemma(w.lower));
                    QCOMPARE(w.lists, lex.lists(w.lower));
                    QCOMPARE(w.in(EventLexicon::Negation), lex.has(QStringLiteral("negation"), w.lower));
                    ++words;
                    listed += w.lists != 0;
                }
            }
        }
        QVERIFY(words > 500);
        QVERIFY(listed > 50);
    }
};

QTEST_GUILESS_MAIN(TestEventSentence)
#include "tst_eventsentence.moc"
