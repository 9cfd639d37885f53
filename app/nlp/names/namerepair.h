#pragma once

#include "actorlexicon.h"
#include "gazetteer.h"
#include "nerfeatures.h"

#include <QStringList>

#include <vector>

namespace al {

// Corrections of the recognizer's BILOU labels where a rule over the gazetteers knows better than
// the weights, because the evidence is a whole name or a construction the perceptron only sees
// through a ±2 window:
// - a place name the gazetteers know in full is one location, whatever its lower-case particles
//   ("Dar es Salaam", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines"), unless it is
//   two countries coordinated ("Serbia and Montenegro", by countries.tsv through ActorLexicon);
// - a place after a complete organisation or event name and before a common noun modifies the
//   noun, not the name ("the World Bank Africa director": World Bank, then Africa);
// - the source of a report ("reported by X", "according to X", "told X", "X reported") is an
//   organisation when it is no place the gazetteers know, and so is every other mention of it.
// - the word that opens a date line is no name ("Published 3 February 2024").
//
// Requires a prepared NerDocument (gazetteer matches) whose POS indices are into `posLabels`.
// apply() keeps BILOU well-formed. Read-only after construction: thread-safe.
class NameRepair
{
public:
    NameRepair(const Gazetteer &gazetteer, const QStringList &posLabels,
               const ActorLexicon &lexicon = ActorLexicon::shared());

    void apply(const NerDocument &doc, std::vector<quint8> &labels) const;

private:
    using Span = NerFeatures::Span;
    static void write(std::vector<quint8> &labels, int first, int end, int type);

    void joinPlaceNames(const NerDocument &doc, std::vector<quint8> &labels) const;
    void splitTrailingPlace(const NerDocument &doc, std::vector<quint8> &labels) const;
    void retypeReportSources(const NerDocument &doc, std::vector<quint8> &labels) const;
    void dropOpeningVerbs(const NerDocument &doc, std::vector<quint8> &labels) const;

    // The end (exclusive) of the match of `list` that starts at `first`, or -1.
    int matchEnd(const NerDocument &doc, int first, int list) const;
    // The first token of the match of `list` that ends at `last`, or -1.
    int matchStart(const NerDocument &doc, int last, int list) const;
    // Whether words[first, end) are exactly one entry of `list`.
    bool isEntry(const NerDocument &doc, int first, int end, int list) const;
    bool isPlace(const NerDocument &doc, int first, int end) const;
    bool isNounOrAdjective(const NerDocument &doc, int i) const;
    bool isPreposition(const NerDocument &doc, int i) const;
    // The country words[first, end) name (ActorLexicon), or empty.
    QString countryOf(const NerDocument &doc, int first, int end) const;

    const Gazetteer &m_gazetteer;
    const ActorLexicon &m_lexicon;
    std::vector<int> m_placeLists; // country, capital, city, region
    int m_orgWordList = -1;
    int m_worldBodyList = -1;
    std::vector<bool> m_nounOrAdjective; // by POS index
    std::vector<bool> m_preposition;
};

} // namespace al
