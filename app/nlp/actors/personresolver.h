#pragma once

#include "actorclusters.h"

#include <QVector>

namespace al {

// People by their names. A full name, the surname or the given name alone ("Blinken", "Xi") and
// possessives are one person; middle names and initials may vary ("John F. Kennedy", "John
// Kennedy"). Two people who share a surname stay two, and a bare surname that could be either
// joins one only when just one of them was named in that sentence or the one before. Titles and
// honorifics glued to a name ("President Joe Biden", "Mr Biden") become a role and a gender. An
// entity the NER typed as a place or organisation but described by a person's title ("Wang Yi,
// China's top foreign policy official") becomes a person. Fills the clusters it is given; keeps
// no state of its own.
class PersonResolver
{
public:
    explicit PersonResolver(ActorClusters &clusters);

    void retypeTitled();
    // Clusters the people (entity indices, in text order).
    void cluster(const QVector<int> &people);

private:
    ActorClusters &m_c;
    Analysis &m_a;
    const ActorLexicon &m_lex;
    const MentionContext &m_ctx;
};

} // namespace al
