#include "textanchor.h"

#include <QtTest>

using namespace al;

// Anchors find their words again: at the same offsets, after the text moved, among several
// occurrences by the words around them, and not at all when the words are gone or ambiguous.
class TestTextAnchor : public QObject
{
    Q_OBJECT

private:
    static const QString &text()
    {
        static const QString t = QStringLiteral(
            "Reyes met the board on Monday. Later, Reyes flew to Oslo, where Reyes met the mayor. "
            "Acme Freight said nothing; Acmeville stayed quiet.");
        return t;
    }
    static TextAnchor anchor(const QString &words, int occurrence)
    {
        int at = -1;
        for (int i = 0; i < occurrence; ++i)
            at = int(text().indexOf(words, at + 1));
        return TextAnchor::capture(text(), at, at + int(words.size()));
    }

private Q_SLOTS:
    void sameText()
    {
        for (int n = 1; n <= 3; ++n) {
            const TextAnchor a = anchor(QStringLiteral("Reyes"), n);
            const auto span = a.resolve(text());
            QVERIFY(span);
            QCOMPARE(span->start, a.start());
        }
    }

    void movedText()
    {
        const QString moved = QStringLiteral("Updated: a quote added.\n\n") + text();
        for (int n = 1; n <= 3; ++n) {
            const TextAnchor a = anchor(QStringLiteral("Reyes"), n);
            const auto span = a.resolve(moved);
            QVERIFY(span);
            QCOMPARE(span->start, a.start() + 25);
        }
    }

    void editedNearby()
    {
        // The words right before the third "Reyes" stay; further ones change.
        QString edited = text();
        edited.replace(QStringLiteral("flew to Oslo"), QStringLiteral("travelled to Bergen"));
        const TextAnchor a = anchor(QStringLiteral("Reyes"), 3);
        const auto span = a.resolve(edited);
        QVERIFY(span);
        QCOMPARE(edited.mid(span->start - 6, 6), QStringLiteral("where "));
    }

    void wordsGone()
    {
        QString edited = text();
        edited.replace(QStringLiteral("Acme Freight"), QStringLiteral("The carrier"));
        const TextAnchor a = anchor(QStringLiteral("Acme Freight"), 1);
        QVERIFY(!a.resolve(edited));
        // "Acme" alone inside "Acmeville" is not the name.
        QVERIFY(!anchor(QStringLiteral("Acme"), 1).resolve(edited));
    }

    void ambiguousWithoutContext()
    {
        // Two occurrences, neither with the quoted surroundings, and nothing at the old offsets.
        const TextAnchor a = anchor(QStringLiteral("Reyes"), 2);
        const QString other = QStringLiteral("Reyes and Reyes.");
        QVERIFY(!a.resolve(other));
        // One occurrence is enough, whatever surrounds it.
        QVERIFY(a.resolve(QStringLiteral("Only Reyes here.")));
    }

    void jsonRoundTrip()
    {
        const TextAnchor a = anchor(QStringLiteral("Oslo"), 1);
        QCOMPARE(TextAnchor::fromJson(a.toJson()), a);
        QJsonObject broken = a.toJson();
        broken.insert(QStringLiteral("end"), 2);
        QVERIFY(TextAnchor::fromJson(broken).isNull());
        QVERIFY(TextAnchor::fromJson(QJsonObject()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
