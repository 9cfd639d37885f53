#include "gazetteer.h"
#include "namerepair.h"
#include "nertagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QTest>

using namespace al;

namespace {

// A document labelled by hand, so the tests say what the rules do whatever the model thinks.
struct Labelled
{
    QVector<QStringList> sentences;
    NerDocument doc;
    std::vector<quint8> labels;
    QStringList words;
};

Labelled document(const QString &text)
{
    Labelled d;
    const QVector<Token> tokens = Tokenizer::run(text);
    for (const Sentence &s : SentenceSplitter::run(text, tokens)) {
        QStringList words;
        for (int k = 0; k < s.tokenCount; ++k) {
            const Token &t = tokens[s.firstToken + k];
            words << text.mid(t.start, t.end - t.start);
        }
        d.sentences << words;
        d.words << words;
    }
    d.doc = NerTagger::shared().document(d.sentences);
    d.labels.assign(d.doc.size(), 0);
    return d;
}

// Labels every occurrence of `phrase` (its tokens, space-separated) with `type` (PER, ORG...).
void label(Labelled &d, const QString &phrase, const QString &type)
{
    const QStringList want = phrase.split(QLatin1Char(' '));
    const int t = int(NerFeatures::typeNames().indexOf(type));
    for (int i = 0; i + want.size() <= d.words.size(); ++i) {
        if (d.words.mid(i, want.size()) != want)
            continue;
        const int n = int(want.size());
        if (n == 1) {
            d.labels[i] = quint8(NerFeatures::label(t, NerFeatures::U));
            continue;
        }
        d.labels[i] = quint8(NerFeatures::label(t, NerFeatures::B));
        for (int k = i + 1; k < i + n - 1; ++k)
            d.labels[k] = quint8(NerFeatures::label(t, NerFeatures::I));
        d.labels[i + n - 1] = quint8(NerFeatures::label(t, NerFeatures::L));
    }
}

// The names as "words/TYPE", in text order.
QStringList names(const Labelled &d)
{
    QStringList out;
    for (int i = 0; i < int(d.labels.size());) {
        const int l = d.labels[i];
        if (!l) {
            ++i;
            continue;
        }
        int j = i;
        if (NerFeatures::partOf(l) == NerFeatures::B)
            while (j + 1 < int(d.labels.size()) &&
                   NerFeatures::typeOf(d.labels[j + 1]) == NerFeatures::typeOf(l) &&
                   NerFeatures::partOf(d.labels[j]) != NerFeatures::L &&
                   (NerFeatures::partOf(d.labels[j + 1]) == NerFeatures::I ||
                    NerFeatures::partOf(d.labels[j + 1]) == NerFeatures::L))
                ++j;
        out << d.words.mid(i, j - i + 1).join(QLatin1Char(' ')) + QLatin1Char('/') +
                   NerFeatures::typeNames().at(NerFeatures::typeOf(l));
        i = j + 1;
    }
    return out;
}

QStringList repaired(Labelled &d)
{
    NameRepair(Gazetteer::shared(), NerTagger::shared().posLabels()).apply(d.doc, d.labels);
    return names(d);
}

} // namespace

class TestNameRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(NerTagger::shared().isValid(), qPrintable(NerTagger::shared().error()));
        QVERIFY(Gazetteer::shared().listIndex(QStringLiteral("city")) >= 0);
    }

    void placeNamesWithParticlesAreOnePlace()
    {
        Labelled d = document(
            QStringLiteral("Amina Wekesa will travel to Dar es Salaam next week. Ships from Saint Vincent "
                           "and the Grenadines and Bosnia and Herzegovina reached Port-au-Prince."));
        label(d, QStringLiteral("Amina Wekesa"), QStringLiteral("PER"));
        label(d, QStringLiteral("Dar"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Salaam"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Saint Vincent"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Grenadines"), QStringLiteral("MISC"));
        label(d, QStringLiteral("Bosnia"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Herzegovina"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Port-au-Prince"), QStringLiteral("LOC"));
        QCOMPARE(repaired(d),
                 (QStringList{QStringLiteral("Amina Wekesa/PER"), QStringLiteral("Dar es Salaam/LOC"),
                              QStringLiteral("Saint Vincent and the Grenadines/LOC"),
                              QStringLiteral("Bosnia and Herzegovina/LOC"),
                              QStringLiteral("Port-au-Prince/LOC")}));
    }

    void coordinatedPlacesStayApart()
    {
        // Two countries, even where a former country was called so; places no list knows together;
        // a name that goes on past the place's end.
        Labelled d =
            document(QStringLiteral("Trade between Kenya and Tanzania grew, and Serbia and Montenegro "
                                    "signed. The Dar es Salaam Port Authority said so."));
        label(d, QStringLiteral("Kenya"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Tanzania"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Serbia"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Montenegro"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Dar"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Salaam Port Authority"), QStringLiteral("ORG"));
        const QStringList before = names(d);
        QCOMPARE(repaired(d), before);
    }

    void placeAfterAKnownNameModifiesTheNoun()
    {
        Labelled d = document(QStringLiteral(
            "Engineers of the Kenya Ports Authority Mombasa office met at the Nairobi Trade Forum Africa "
            "investment meeting. A Bank Tanzania spokesman and Bank of America officials came too."));
        label(d, QStringLiteral("Kenya Ports Authority Mombasa"), QStringLiteral("ORG"));
        label(d, QStringLiteral("Nairobi Trade Forum Africa"), QStringLiteral("MISC"));
        label(d, QStringLiteral("Bank Tanzania"), QStringLiteral("ORG"));
        label(d, QStringLiteral("Bank of America"), QStringLiteral("ORG"));
        QCOMPARE(repaired(d),
                 (QStringList{QStringLiteral("Kenya Ports Authority/ORG"), QStringLiteral("Mombasa/LOC"),
                              QStringLiteral("Nairobi Trade Forum/MISC"), QStringLiteral("Africa/LOC"),
                              QStringLiteral("Bank Tanzania/ORG"), QStringLiteral("Bank of America/ORG")}));
    }

    void theSourceOfAReportIsAnOrganisation()
    {
        Labelled d = document(QStringLiteral(
            "The seizure was first reported by Mwananchi. Mwananchi said customs officers were "
            "paid. According to Kiambu police, Ruto told Nairobi nothing. Taifa reported the delay. "
            "Floods were reported by Garissa and Wajir counties."));
        label(d, QStringLiteral("Mwananchi"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Kiambu"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Ruto"), QStringLiteral("PER"));
        label(d, QStringLiteral("Nairobi"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Taifa"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Garissa"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Wajir"), QStringLiteral("LOC"));
        // Both mentions of the newspaper; "Kiambu" only modifies "police", and the counties
        // "counties"; Nairobi is a place.
        QCOMPARE(repaired(d), (QStringList{QStringLiteral("Mwananchi/ORG"), QStringLiteral("Mwananchi/ORG"),
                                           QStringLiteral("Kiambu/LOC"), QStringLiteral("Ruto/PER"),
                                           QStringLiteral("Nairobi/LOC"), QStringLiteral("Taifa/ORG"),
                                           QStringLiteral("Garissa/LOC"), QStringLiteral("Wajir/LOC")}));
    }

    void datelineAgenciesAndEmployersAreOrganisations()
    {
        Labelled d = document(QStringLiteral(
            "ARUSHA, May 3 (Kilima Wire) — Economists at Tanzabank expect lower rates. Talks at "
            "Namanga resumed, and analysts at Arusha were calm."));
        label(d, QStringLiteral("ARUSHA"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Kilima Wire"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Tanzabank"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Namanga"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Arusha"), QStringLiteral("LOC"));
        // The dateline's place stays a place; "talks at" names a place; Arusha is a known place.
        QCOMPARE(repaired(d), (QStringList{QStringLiteral("ARUSHA/LOC"), QStringLiteral("Kilima Wire/ORG"),
                                           QStringLiteral("Tanzabank/ORG"), QStringLiteral("Namanga/LOC"),
                                           QStringLiteral("Arusha/LOC")}));
    }

    void theWordOpeningADateLineIsNoName()
    {
        Labelled d = document(QStringLiteral("Ferry fares rise\n\nUpdated 4 March 2025\n\nThe ferry company "
                                             "Posted a loss. Dated maps were sold in Kirkwall."));
        label(d, QStringLiteral("Updated"), QStringLiteral("ORG"));
        label(d, QStringLiteral("Kirkwall"), QStringLiteral("LOC"));
        // Only a sentence's first word is a date line's; "Posted" inside a sentence is left to the
        // model (labelled nothing here), and "Dated" opening a sentence of prose is no name either.
        QCOMPARE(repaired(d), (QStringList{QStringLiteral("Kirkwall/LOC")}));
    }

    void aPlaceReportingIsStillAPlace()
    {
        Labelled d = document(QStringLiteral("Farmers in the Kerio Valley reported heavy rain, and the "
                                             "storm was reported by Mombasa as well."));
        label(d, QStringLiteral("Kerio Valley"), QStringLiteral("LOC"));
        label(d, QStringLiteral("Mombasa"), QStringLiteral("LOC"));
        QCOMPARE(repaired(d),
                 (QStringList{QStringLiteral("Kerio Valley/LOC"), QStringLiteral("Mombasa/LOC")}));
    }

    void emptyAndMismatchedInput()
    {
        Labelled d = document(QString());
        QVERIFY(repaired(d).isEmpty());
        Labelled e = document(QStringLiteral("Kenya and Tanzania."));
        std::vector<quint8> wrongSize(1, 0);
        NameRepair(Gazetteer::shared(), NerTagger::shared().posLabels()).apply(e.doc, wrongSize);
        QCOMPARE(wrongSize.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestNameRepair)
#include "tst_namerepair.moc"
