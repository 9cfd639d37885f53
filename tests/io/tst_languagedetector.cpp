#include "languagedetector.h"

#include <QtTest>

using namespace al;

class TstLanguageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en")
            << QStringLiteral("The ferry company said on Monday that it would add two crossings a day from "
                              "June, after a winter in which many of its passengers were left waiting.")
            << QStringLiteral("en");
        QTest::newRow("de")
            << QStringLiteral(
                   "Die Fährgesellschaft teilte am Montag mit, dass sie ab Juni zwei zusätzliche "
                   "Überfahrten am Tag anbieten werde, nachdem viele Fahrgäste im Winter warten mussten.")
            << QStringLiteral("de");
        QTest::newRow("fr")
            << QStringLiteral(
                   "La compagnie de ferry a annoncé lundi qu'elle ajoutera deux traversées par "
                   "jour à partir de juin, après un hiver pendant lequel les passagers ont attendu.")
            << QStringLiteral("fr");
        QTest::newRow("es")
            << QStringLiteral(
                   "La compañía de transbordadores dijo el lunes que añadirá dos travesías al día "
                   "desde junio, después de un invierno en el que muchos de sus pasajeros esperaron.")
            << QStringLiteral("es");
        QTest::newRow("it")
            << QStringLiteral("La compagnia dei traghetti ha detto lunedì che aggiungerà due traversate al "
                              "giorno da giugno, dopo un inverno in cui molti dei suoi passeggeri sono "
                              "rimasti ad aspettare.")
            << QStringLiteral("it");
        QTest::newRow("pt")
            << QStringLiteral(
                   "A empresa de balsas disse na segunda-feira que vai acrescentar duas travessias "
                   "por dia a partir de junho, depois de um inverno em que muitos dos seus passageiros "
                   "esperaram.")
            << QStringLiteral("pt");
        QTest::newRow("nl")
            << QStringLiteral(
                   "De veerdienst heeft maandag gezegd dat er vanaf juni twee overtochten per dag bij "
                   "komen, na een winter waarin veel van de reizigers op de kade moesten wachten.")
            << QStringLiteral("nl");
        QTest::newRow("ru")
            << QStringLiteral(
                   "Паромная компания сообщила в понедельник, что с июня добавит два рейса в день.")
            << QStringLiteral("ru");
        QTest::newRow("ja") << QStringLiteral("フェリー会社は月曜日、六月から一日二便を増やすと発表した。")
                            << QStringLiteral("ja");
        QTest::newRow("zh") << QStringLiteral("渡轮公司周一表示，从六月起每天增加两个航班。")
                            << QStringLiteral("zh");
        QTest::newRow("too short") << QStringLiteral("Ferry news") << QString();
        QTest::newRow("no letters") << QStringLiteral("2023-06-06 12:00") << QString();
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageDetector::detect(text), language);
    }

    void settle()
    {
        const QString german = QStringLiteral(
            "Die Fähre hat am Dienstag zum ersten Mal im Hafen angelegt, und sie "
            "bietet Platz für dreihundert Fahrgäste und sechzig Autos, teilte die Reederei mit.");
        // a template's lang="en" on a German page: the text wins
        QCOMPARE(LanguageDetector::settle(QStringLiteral("en"), german), QStringLiteral("de"));
        // the declared tag is kept when it agrees, with its region
        QCOMPARE(LanguageDetector::settle(QStringLiteral("de-at"), german), QStringLiteral("de-at"));
        // too little text to tell: what the file declares
        QCOMPARE(LanguageDetector::settle(QStringLiteral("fr"), QStringLiteral("Bonjour")),
                 QStringLiteral("fr"));
        QCOMPARE(LanguageDetector::name(QStringLiteral("pt-br")), QStringLiteral("Portuguese"));
        QVERIFY(LanguageDetector::isEnglish(QStringLiteral("en-GB")));
        QVERIFY(LanguageDetector::isEnglish(QString()));
        QVERIFY(!LanguageDetector::isEnglish(QStringLiteral("nl")));
    }
};

QTEST_GUILESS_MAIN(TstLanguageDetector)
#include "tst_languagedetector.moc"
