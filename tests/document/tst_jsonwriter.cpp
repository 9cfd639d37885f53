#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace al;

// JsonWriter promises QJsonDocument's exact bytes: each case builds the same value twice, as a
// QJsonValue and through the writer, and compares the two serialisations.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    // A string drawn from the characters that serialise differently: JSON's specials, control
    // characters, the UTF-8 length boundaries, paired and lone surrogates.
    static QString randomString(QRandomGenerator &rng)
    {
        static const char16_t picks[] = {u'a',   u'Z',   u' ',   u'"',   u'\\',  u'/',   0x0,
                                         0x1,    0x8,    0x9,    0xa,    0xc,    0xd,    0x1f,
                                         0x7f,   0x80,   0xe9,   0x7ff,  0x800,  0x2014, 0xd7ff,
                                         0xe000, 0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff};
        QString s;
        const int n = int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            const quint32 r = rng.bounded(10);
            if (r < 7)
                s += QChar(picks[rng.bounded(int(std::size(picks)))]);
            else if (r < 9)
                s += QChar(char16_t(rng.bounded(0x10000)));
            else
                s += QString::fromUcs4(U"\U0001F6A2");
        }
        return s;
    }

    static QJsonValue randomValue(QRandomGenerator &rng, JsonWriter &w, int depth)
    {
        const quint32 kind = rng.bounded(depth > 3 ? 4 : 6);
        switch (kind) {
        case 0: {
            const QString s = randomString(rng);
            w.value(s);
            return s;
        }
        case 1: {
            const qint64 n = qint64(rng.generate64() % 2000000001) - 1000000000;
            w.value(n);
            return n;
        }
        case 2: {
            const bool b = rng.bounded(2) == 1;
            w.value(b);
            return b;
        }
        case 3: {
            QStringList list;
            for (int i = int(rng.bounded(4)); i > 0; --i)
                list << randomString(rng);
            w.value(list);
            return QJsonArray::fromStringList(list);
        }
        case 4: {
            QJsonArray a;
            w.beginArray();
            for (int i = int(rng.bounded(5)); i > 0; --i)
                a.append(randomValue(rng, w, depth + 1));
            w.endArray();
            return a;
        }
        default: {
            QStringList keys;
            for (int i = int(rng.bounded(5)); i > 0; --i)
                keys << QStringLiteral("k%1").arg(rng.bounded(100));
            keys.sort();
            keys.removeDuplicates();
            QJsonObject o;
            w.beginObject();
            for (const QString &k : keys) {
                const QByteArray latin = k.toLatin1();
                w.key(QLatin1StringView(latin));
                o.insert(k, randomValue(rng, w, depth + 1));
            }
            w.endObject();
            return o;
        }
        }
    }

    static QByteArray expected(const QJsonValue &v, bool indented)
    {
        const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
        return v.isArray() ? QJsonDocument(v.toArray()).toJson(format)
                           : QJsonDocument(v.toObject()).toJson(format);
    }

private Q_SLOTS:
    void emptyContainers()
    {
        for (bool indented : {false, true}) {
            JsonWriter w(indented);
            w.beginObject();
            w.key(QLatin1StringView("a"));
            w.beginArray();
            w.endArray();
            w.key(QLatin1StringView("b"));
            w.beginObject();
            w.endObject();
            w.endObject();
            const QJsonObject o{{QStringLiteral("a"), QJsonArray()}, {QStringLiteral("b"), QJsonObject()}};
            QCOMPARE(w.take(), expected(o, indented));
        }
    }

    void randomDocumentsMatchQJsonDocument()
    {
        QRandomGenerator rng(20261206);
        for (int round = 0; round < 3000; ++round) {
            const bool indented = round % 2 == 1;
            JsonWriter w(indented);
            QJsonValue v;
            if (round % 3 == 0) {
                QJsonArray a;
                w.beginArray();
                for (int i = int(rng.bounded(6)); i > 0; --i)
                    a.append(randomValue(rng, w, 1));
                w.endArray();
                v = a;
            } else {
                QJsonObject o;
                w.beginObject();
                w.key(QLatin1StringView("only"));
                o.insert(QStringLiteral("only"), randomValue(rng, w, 1));
                w.endObject();
                v = o;
            }
            const QByteArray got = w.take();
            const QByteArray want = expected(v, indented);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("round %1:\n%2\nwanted\n%3")
                                     .arg(round)
                                     .arg(QString::fromUtf8(got.toPercentEncoding(" {}[]\":,\n")),
                                          QString::fromUtf8(want.toPercentEncoding(" {}[]\":,\n")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
