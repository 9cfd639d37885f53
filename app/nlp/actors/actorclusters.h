#pragma once

#include "actorlexicon.h"
#include "analysis.h"
#include "mentioncontext.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <climits>

namespace al {

// An actor while the resolver builds it: the entities and references that name it, its forms,
// roles and the votes for its side. A cluster merged into another points at it (mergedInto).
struct ActorCluster
{
    QString type;
    QString key;
    QString canonical; // a country's common name
    bool isCountry = false;
    QString placeCountry; // a capital's country
    QVector<int> entities;
    QStringList forms; // cleaned names, in text order
    QVector<ActorReference> refs;
    QStringList roles;
    QSet<QString> roleHeads;
    QStringList countryVotes;
    QString institutionCountry;
    QString org;
    QStringList nameTokens; // of the fullest person name
    char gender = 0;
    int firstOffset = INT_MAX;
    int mergedInto = -1;
};

// What the parts of the actor resolver share: the clusters of mentions (one per actor, found
// by key: "person:ana|lima", "country:China", "org:acme"), which cluster each entity and each
// resolved pronoun or description belongs to, the MentionContext of the text, and the questions
// about a cluster every part asks (its name, its side). write() turns the clusters into
// Analysis::actors. Built over one Analysis, which must outlive it; one per run.
class ActorClusters
{
public:
    ActorClusters(Analysis &analysis, const ActorLexicon &lexicon);

    Analysis &analysis() const { return m_a; }
    const ActorLexicon &lexicon() const { return m_lex; }
    const MentionContext &context() const { return m_ctx; }

    int size() const { return int(m_clusters.size()); }
    ActorCluster &operator[](int c) { return m_clusters[c]; }
    const ActorCluster &operator[](int c) const { return m_clusters[c]; }
    const QVector<ActorCluster> &clusters() const { return m_clusters; }

    // The cluster of `key`, made (with `type`) when there is none.
    int clusterFor(const QString &key, const QString &type);
    void addEntity(int cluster, int entity, const QString &form);
    void merge(int from, int into);
    // The cluster a merged cluster ended in.
    int root(int c) const
    {
        while (m_clusters[c].mergedInto >= 0)
            c = m_clusters[c].mergedInto;
        return c;
    }
    int clusterOfEntity(int entity) const { return m_clusterOfEntity[entity]; }
    void setReference(int token, int cluster) { m_referenceCluster.insert(token, cluster); }
    // The cluster of a resolved pronoun or description at `token`, or -1.
    int referenceCluster(int token) const { return m_referenceCluster.value(token, -1); }

    // The words of an entity's name without possessives, punctuation, "the", and for a person
    // the honorifics and titles before it (the last title and the gender they tell are given).
    QStringList nameWords(int entity, QString *title, char *gender) const;
    QString cleanName(int entity) const;
    QString affiliationOf(const ActorCluster &c) const;
    QString nameOf(const ActorCluster &c) const;
    // The side the roles of a person give, without the organisation fallback.
    QString sideCountry(const ActorCluster &c) const;

    // Analysis::actors in order of first mention, ids a1, a2, ...; every entity's actor.
    void write();

    static bool sameText(const QString &a, const QString &b);
    static void addUnique(QStringList &list, const QString &value);
    // The most frequent value, the first one on a tie.
    static QString vote(const QStringList &values);

private:
    Analysis &m_a;
    const ActorLexicon &m_lex;
    MentionContext m_ctx;
    QVector<ActorCluster> m_clusters;
    QHash<QString, int> m_byKey;
    QVector<int> m_clusterOfEntity;
    QHash<int, int> m_referenceCluster; // token -> cluster of a resolved pronoun or description
};

} // namespace al
