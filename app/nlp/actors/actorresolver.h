#pragma once

#include "actorlexicon.h"
#include "analysis.h"

namespace al {

// Turns the entity mentions of an article into its actors: the people, organisations, places
// and countries the story is about, each with all the ways the text names it.
//
// - People: a full name, the surname or given name alone ("Blinken", "Xi") and possessives are
//   one actor; two people who share a surname stay two, and a bare surname that could be either
//   joins one only when just one of them was named in that sentence or the one before.
//   Descriptions ("the secretary of state", "the US diplomat") and pronouns (he, his, she, her)
//   join a person only on strong evidence: a matching title, or a single compatible person (by
//   gender and side) nearby; they are kept as Actor::references, not as entities.
// - Roles come from premodifiers ("CIA director Bill Burns") and appositions ("Xie Feng, the
//   new Chinese ambassador to the US,"); the side (Actor::affiliation) from the demonyms,
//   countries, possessors and national institutions named in those roles, or from the person
//   a relational role points to ("his predecessor"); an unmarked head of state ("President
//   Ana Ruiz") met in a sentence with the leader of one of the article's two sides is the other
//   side's.
// - Countries: names, demonyms ("Chinese") and capitals used for a government ("Washington
//   refused") are mentions of the country; a capital used as a place ("arrived in Beijing") is
//   the city, which belongs to its country.
// - An entity the NER typed as a place or organisation but described by a person's title
//   ("Wang Yi, China's top foreign policy official") becomes a person.
//
// Requires tokens with POS tags, sentences and entities (ids e1...). Ensures every entity's
// `actor`, and Analysis::actors in order of first mention with ids a1, a2, ...; the fullest
// name as `name`. Thread-safe: run() keeps no state and the lexicon is read-only.
class ActorResolver
{
public:
    explicit ActorResolver(const ActorLexicon &lexicon = ActorLexicon::shared());

    void run(Analysis &analysis) const;

private:
    const ActorLexicon &m_lex;
};

} // namespace al
