#pragma once

// The team's actor article (tests/nlp/actorfixture.h) with actors and relations, made without
// the NER model so the ui tests do not depend on it.

#include "../nlp/actorfixture.h"
#include "actorresolver.h"
#include "relationextractor.h"

namespace al::test {

inline Analysis resolvedActorAnalysis()
{
    Analysis a = actorAnalysis();
    a.path = QStringLiteral(TEST_DATA_DIR "/actor-article.txt");
    a.format = QStringLiteral("text");
    a.title = QStringLiteral("Actors");
    ActorResolver().run(a);
    RelationExtractor().run(a);
    return a;
}

inline QString actorId(const Analysis &a, const QString &name)
{
    for (const Actor &x : a.actors)
        if (x.name == name)
            return x.id;
    return QString();
}

} // namespace al::test
