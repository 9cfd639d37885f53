#include "textnormalizer.h"
#include "whitespacetexts.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace al;

// normalize() and breakLongParagraphs() read a text in one pass; their results are compared with
// the former implementations (split into lines, simplified and joined; the copy built every time),
// kept here as the reference, on random texts of every special character.
class TestTextNormalizer : public QObject
{
    Q_OBJECT

private:
    static QString referenceNormalize(const QString &input)
    {
        QString out;
        for (qsizetype i = 0; i < input.size(); ++i) {
            const QChar c = input[i];
            const char16_t u = c.unicode();
            if (u == '\r') {
                out.append(QLatin1Char('\n'));
                if (i + 1 < input.size() && input[i + 1] == QLatin1Char('\n'))
                    ++i;
            } else if (u == 0x2028 || u == 0x2029 || u == 0x0B || u == 0x0C || u == 0x85) {
                out.append(QLatin1Char('\n'));
            } else if (u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 ||
                       u == 0xFEFF) {
            } else if (u == '\t' || u == 0x00A0 || u == 0x202F || u == 0x2007 ||
                       (u >= 0x2000 && u <= 0x200A) || u == 0x3000) {
                out.append(QLatin1Char(' '));
            } else if (u < 0x20 && u != '\n') {
            } else {
                out.append(c);
            }
        }
        QString result;
        int pendingNewlines = 0;
        bool started = false;
        for (const QString &rawLine : out.split(QLatin1Char('\n'))) {
            const QString line = rawLine.simplified();
            if (line.isEmpty()) {
                if (started)
                    pendingNewlines = 2;
                continue;
            }
            if (started)
                result.append(pendingNewlines >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            result.append(line);
            started = true;
            pendingNewlines = 1;
        }
        return result;
    }

private Q_SLOTS:
    void normalizeAsTheReference()
    {
        QRandomGenerator random(20261206);
        for (int i = 0; i < 20000; ++i) {
            const QString text = test::whitespaceText(random, int(random.bounded(1, 40)));
            const QString got = TextNormalizer::normalize(text);
            if (got != referenceNormalize(text)) {
                QString shown;
                for (QChar c : text)
                    shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                QFAIL(qPrintable(QStringLiteral("normalize differs on ") + shown));
            }
        }
        QCOMPARE(TextNormalizer::normalize(QString()), QString());
        QCOMPARE(TextNormalizer::normalize(QStringLiteral(" \t\r\n\u2028 ")), QString());
        QCOMPARE(TextNormalizer::normalize(QStringLiteral("  a \u00A0 b \r\n\r\n\r\n c\u00AD\u200Bd \n")),
                 QStringLiteral("a b\n\ncd"));
    }

    void longParagraphsBrokenShortOnesKept()
    {
        QRandomGenerator random(1206);
        for (int i = 0; i < 3000; ++i) {
            const QString text =
                TextNormalizer::normalize(test::whitespaceText(random, int(random.bounded(1, 60))));
            const qsizetype max = random.bounded(16, 120);
            const QString got = TextNormalizer::breakLongParagraphs(text, max);
            // No word changes: only single spaces or line breaks become "\n\n".
            QString plain = got;
            plain.replace(QStringLiteral("\n\n"), QStringLiteral(" "));
            QString textPlain = text;
            textPlain.replace(QStringLiteral("\n\n"), QStringLiteral(" "));
            textPlain.replace(QLatin1Char('\n'), QLatin1Char(' '));
            plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
            QCOMPARE(plain, textPlain);
            // A text whose paragraphs all fit comes back as it was.
            bool fits = true;
            for (const QString &p : text.split(QStringLiteral("\n\n")))
                fits = fits && p.size() <= max;
            if (fits)
                QCOMPARE(got, text);
        }
        const QString shortText = QString::fromLatin1("one\n\ntwo");
        QVERIFY(TextNormalizer::breakLongParagraphs(shortText).isSharedWith(shortText));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
