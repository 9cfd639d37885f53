#pragma once

#include "actorlexicon.h"
#include "analysis.h"

namespace al {

// Finds the relations between the actors of one sentence, in the manner of ReVerb (Fader et al.
// 2011): a relation phrase is a verb, optionally followed by nouns, adjectives and determiners
// and ending in a preposition or particle ("met", "travel to", "held talks with", "declined to
// meet"), standing between its subject and its object. The label is the phrase without
// auxiliaries, determiners, numbers and adverbs ("will travel to" → "travel to"); negation
// ("did not", "declined to", "refused to") sets Relation::negated. Locative and temporal
// adjuncts between the verb and the object are skipped ("held talks in Vienna with"), and
// coordinated subjects and objects each get the relation. A possessor with a deverbal noun
// gives one too ("Blinken’s travel to China"). Roles written next to names give role and
// membership relations ("CIA director" → director of CIA, "ambassador to the US", "his
// predecessor" → predecessor of). Never a relation whose two ends are the same actor.
//
// Requires POS-tagged tokens, sentences, entities with actors and ActorResolver's actors (their
// pronoun and description references are arguments too); timexes, when present, are skipped as
// adjuncts. Ensures Analysis::relations in text order with ids r1, r2, ...; `start`/`end` cover
// the relation phrase (the evidence) and `sentence` is its sentence. Thread-safe.
class RelationExtractor
{
public:
    explicit RelationExtractor(const ActorLexicon &lexicon = ActorLexicon::shared());

    void run(Analysis &analysis) const;
    // The relations run() would set, from an analysis it only reads (the pipeline finds events
    // from the same analysis meanwhile).
    QVector<Relation> find(const Analysis &analysis) const;

private:
    const ActorLexicon &m_lex;
};

} // namespace al
