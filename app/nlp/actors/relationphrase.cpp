#include "relationphrase.h"

#include "mentioncontext.h"

#include <QSet>
#include <QStringList>

namespace al {

namespace {

bool isAuxiliary(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("is"),  QStringLiteral("are"),  QStringLiteral("was"),   QStringLiteral("were"),
        QStringLiteral("be"),  QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("am"),
        QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"),   QStringLiteral("having"),
        QStringLiteral("do"),  QStringLiteral("does"), QStringLiteral("did"),   QStringLiteral("'s"),
        QStringLiteral("'re"), QStringLiteral("'ve")};
    return words.contains(w);
}

bool isNegation(const QString &w)
{
    return w == QLatin1String("not") || w == QLatin1String("n't") || w == QLatin1String("never");
}

// Verbs that deny what follows them: "declined to meet", "refused to agree".
bool isNegatingVerb(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("decline"),   QStringLiteral("declined"), QStringLiteral("declines"),
        QStringLiteral("declining"), QStringLiteral("refuse"),   QStringLiteral("refused"),
        QStringLiteral("refuses"),   QStringLiteral("refusing"), QStringLiteral("fail"),
        QStringLiteral("failed"),    QStringLiteral("fails"),    QStringLiteral("failing")};
    return words.contains(w);
}

bool isBlocker(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("that"),    QStringLiteral("because"),  QStringLiteral("while"),
        QStringLiteral("if"),      QStringLiteral("although"), QStringLiteral("though"),
        QStringLiteral("whether"), QStringLiteral("unless"),   QStringLiteral("whereas"),
        QStringLiteral("so"),      QStringLiteral("when"),     QStringLiteral("where"),
        QStringLiteral("who"),     QStringLiteral("which"),    QStringLiteral("said"),
        QStringLiteral("says"),    QStringLiteral("than"),     QStringLiteral("as")};
    return words.contains(w);
}

// Future auxiliaries carry no meaning of their own in a label; the other modals do.
bool isDroppedModal(const QString &w)
{
    return w == QLatin1String("will") || w == QLatin1String("would") || w == QLatin1String("shall") ||
           w == QLatin1String("'ll");
}

} // namespace

RelationPhrase RelationPhrase::read(const MentionContext &context, const QVector<int> &tokens)
{
    RelationPhrase p;
    if (tokens.isEmpty() || tokens.size() > 14)
        return p;
    QStringList label;
    enum { BeforeVerb, InVerb, InNoun, AfterPreposition } state = BeforeVerb;
    auto nextIsVerb = [&](int idx) {
        for (int j = idx + 1; j < tokens.size(); ++j) {
            const QString &w = context.lower(tokens[j]);
            if (context.pos(tokens[j]).startsWith(QLatin1String("RB")) || isNegation(w))
                continue;
            return context.isVerb(tokens[j]);
        }
        return false;
    };
    for (int idx = 0; idx < tokens.size(); ++idx) {
        const int t = tokens[idx];
        const QString &w = context.lower(t);
        const QString &pos = context.pos(t);
        const int entity = context.entityAt(t);
        if (entity >= 0 && !context.isAttributive(entity))
            return p; // a name that is no argument stands in the way
        if ((context.isPunctuation(t) && w != QLatin1String("-")) || isBlocker(w) ||
            pos == QLatin1String("CC") || pos.startsWith(QLatin1String("W")) || pos == QLatin1String("EX") ||
            pos == QLatin1String("POS") || pos == QLatin1String("PRP") || context.isPossessive(t))
            return p;
        if (pos == QLatin1String("NNP") && entity < 0)
            return p;
        const bool verb = context.isVerb(t);
        const bool adverb = pos.startsWith(QLatin1String("RB"));
        if (isNegation(w)) {
            p.negated = true;
            label << QStringLiteral("not");
            continue;
        }
        switch (state) {
        case BeforeVerb:
            if (adverb)
                continue;
            if (pos == QLatin1String("MD")) {
                if (!isDroppedModal(w))
                    label << w;
                continue;
            }
            if (pos == QLatin1String("TO") && nextIsVerb(idx))
                continue; // a headline's "to visit"
            if (!verb)
                return p;
            if (isAuxiliary(w) && nextIsVerb(idx))
                continue;
            label << context.word(t);
            state = InVerb;
            p.lastIsVerb = true;
            continue;
        case InVerb:
            if (pos == QLatin1String("TO") && nextIsVerb(idx)) {
                label << w;
                if (isNegatingVerb(label.value(label.size() - 2).toLower()))
                    p.negated = true;
                continue;
            }
            if (verb || pos == QLatin1String("RP")) {
                label << context.word(t);
                p.lastIsVerb = true;
                continue;
            }
            [[fallthrough]];
        case InNoun:
        case AfterPreposition:
            if (verb)
                return p; // a new clause
            if (adverb || pos == QLatin1String("DT") || pos == QLatin1String("PRP$") ||
                pos == QLatin1String("PDT"))
                continue;
            if (pos == QLatin1String("CD")) {
                // "two days of talks": the measure is no part of the relation.
                if (idx + 2 < tokens.size() && context.pos(tokens[idx + 1]).startsWith(QLatin1String("NN")) &&
                    context.lower(tokens[idx + 2]) == QLatin1String("of"))
                    idx += 2;
                state = InNoun;
                continue;
            }
            if (context.isPreposition(t)) {
                label << w;
                state = AfterPreposition;
                p.lastIsVerb = false;
                continue;
            }
            if (pos.startsWith(QLatin1String("JJ")) || pos.startsWith(QLatin1String("NN")) || entity >= 0) {
                label << context.word(t);
                state = InNoun;
                p.lastIsVerb = false;
                continue;
            }
            return p;
        }
    }
    // A relation phrase ends in its verb or a preposition: "met", "travel to", never "held talks".
    if (state == BeforeVerb || state == InNoun)
        return p;
    p.valid = !label.isEmpty();
    p.label = label.join(QLatin1Char(' '));
    p.lastWord = label.isEmpty() ? QString() : label.last().toLower();
    return p;
}

} // namespace al
