#pragma once

// A short article the team wrote for the actor stages, with its entities marked by hand so the
// tests do not depend on the NER model's mistakes. POS tags come from the committed model.

#include "analysis.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QRegularExpression>

namespace al::test {

inline const QString &actorArticle()
{
    static const QString text = QStringLiteral(
        "Kenyan transport minister Amina Wekesa will travel to Sweden next week to discuss a rail loan. "
        "Wekesa’s trip follows months of talks.\n\n"
        "Tomas Lindqvist, the new Swedish ambassador to Kenya, arrived in Nairobi on Tuesday. "
        "He met Wekesa at her office.\n\n"
        "Maria Okafor, a senior Nigerian diplomat, and David Okafor, the chief executive of Lagos Rail, "
        "held talks with Lindqvist in Stockholm last month. "
        "Nordic Development Fund director Karin Berg declined to meet Okafor.\n\n"
        "The Kenyan minister’s visit was welcomed in Stockholm. She said the loan would be signed soon. "
        "Nairobi refused to lower its fees.\n\n"
        "Lindqvist did not meet the top Kenyan trade official, Peter Mwangi, in Mombasa. "
        "Later, Maria Okafor flew home. Okafor said the talks had been useful.\n");
    return text;
}

// Marks every whole-word occurrence of `name` not already covered by a longer name.
inline void mark(Analysis &a, const QString &name, const QString &type)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)));
    auto it = re.globalMatch(a.text);
    while (it.hasNext()) {
        const auto m = it.next();
        bool covered = false;
        for (const Entity &e : a.entities)
            covered = covered || (m.capturedStart() < e.end && m.capturedEnd() > e.start);
        if (covered)
            continue;
        Entity e;
        e.start = int(m.capturedStart());
        e.end = int(m.capturedEnd());
        e.text = name;
        e.type = type;
        a.entities << e;
    }
}

inline Analysis prepare(const QString &text, const QVector<QPair<QString, QString>> &names)
{
    Analysis a;
    a.text = text;
    a.tokens = Tokenizer::run(a.text);
    a.sentences = SentenceSplitter::run(a.text, a.tokens);
    PosTagger::shared().run(a.text, a.tokens, a.sentences);
    for (const auto &n : names)
        mark(a, n.first, n.second);
    std::sort(a.entities.begin(), a.entities.end(),
              [](const Entity &x, const Entity &y) { return x.start < y.start; });
    for (int i = 0; i < a.entities.size(); ++i)
        a.entities[i].id = QStringLiteral("e%1").arg(i + 1);
    return a;
}

// The index of the n-th entity (from 0) whose text is `name`, or -1.
inline int entityNamed(const Analysis &a, const QString &name, int n = 0)
{
    for (int e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].text == name && n-- == 0)
            return e;
    return -1;
}

inline Analysis actorAnalysis()
{
    // Longer names first so "Okafor" alone is marked only where it stands alone.
    return prepare(actorArticle(),
                   {{QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON")},
                    {QStringLiteral("Tomas Lindqvist"), QStringLiteral("PERSON")},
                    {QStringLiteral("Maria Okafor"), QStringLiteral("PERSON")},
                    {QStringLiteral("David Okafor"), QStringLiteral("PERSON")},
                    {QStringLiteral("Karin Berg"), QStringLiteral("PERSON")},
                    {QStringLiteral("Peter Mwangi"), QStringLiteral("PERSON")},
                    {QStringLiteral("Wekesa"), QStringLiteral("PERSON")},
                    {QStringLiteral("Lindqvist"), QStringLiteral("PERSON")},
                    {QStringLiteral("Okafor"), QStringLiteral("PERSON")},
                    {QStringLiteral("Nordic Development Fund"), QStringLiteral("ORGANIZATION")},
                    {QStringLiteral("Lagos Rail"), QStringLiteral("ORGANIZATION")},
                    {QStringLiteral("Sweden"), QStringLiteral("LOCATION")},
                    {QStringLiteral("Kenya"), QStringLiteral("LOCATION")},
                    {QStringLiteral("Nairobi"), QStringLiteral("LOCATION")},
                    {QStringLiteral("Stockholm"), QStringLiteral("LOCATION")},
                    {QStringLiteral("Mombasa"), QStringLiteral("LOCATION")},
                    {QStringLiteral("Kenyan"), QStringLiteral("MISC")},
                    {QStringLiteral("Swedish"), QStringLiteral("MISC")},
                    {QStringLiteral("Nigerian"), QStringLiteral("MISC")}});
}

} // namespace al::test
