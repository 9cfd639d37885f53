#pragma once

#include "actorclusters.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <tuple>
#include <vector>

namespace al {

// Descriptions ("the secretary of state", "the US diplomat") and pronouns (he, his, she, her)
// join a person only on strong evidence: a matching title held by one person recently enough,
// a single person of the description's side in the sentence or the two before, or a single
// compatible person (by gender) in the pronoun's sentence or the one before; a subject pronoun
// opening a sentence continues the previous sentence's subject. They are kept as
// Actor::references, not as entities. Reads the text in order along a timeline of person
// mentions that the resolved references join. Fills the clusters it is given; one per run.
class ReferenceResolver
{
public:
    explicit ReferenceResolver(ActorClusters &clusters);

    void run();

private:
    // A person mention on the timeline pronouns and descriptions look back along.
    struct PersonMention
    {
        int token = 0;
        int sentence = 0;
        int cluster = 0;
        bool subject = false;
    };
    struct Candidate;
    // Where a mention stands on the timeline: token, a name after the references of its token,
    // a later reference before an earlier one.
    using Key = std::tuple<int, int, int>;

    void collectNames();
    void add(const PersonMention &m, bool reference);
    void advanceTo(int token);
    std::vector<PersonMention>::const_iterator fromSentence(int s) const;
    bool compatible(int cluster, char gender) const;
    const QString &affiliation(int c);
    int describedPerson(const Candidate &cand, int s);
    int pronounReferent(const Candidate &cand, int s);
    void record(const Candidate &cand, int s, int chosen);

    ActorClusters &m_c;
    Analysis &m_a;
    const MentionContext &m_ctx;
    QVector<PersonMention> m_names;         // the person mentions of the names, in text order
    std::vector<PersonMention> m_timeline;  // the names before the candidate, and the references
    int m_pending = 0;                      // the first name not yet on the timeline
    std::vector<std::vector<Key>> m_keysOf; // per cluster, in order
    int m_references = 0;
    QHash<QString, QVector<int>> m_holdersOf; // role head -> the people holding it
    QVector<int> m_lookedAt;                  // the last description that considered a cluster
    int m_looks = 0;
    QVector<std::optional<QString>> m_affiliations;
};

} // namespace al
