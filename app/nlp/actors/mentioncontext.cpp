#include "mentioncontext.h"

#include "rolephrasereader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace al {

MentionContext::MentionContext(const Analysis &analysis, const ActorLexicon &lexicon)
    : m_a(analysis), m_lex(lexicon)
{
    const int n = int(m_a.tokens.size());
    m_lower.resize(n);
    // Words recur: each distinct form is lowered once and its tokens share the string, which
    // saves a copy of the text per token (and its allocation, page faults and freeing).
    QHash<QStringView, QString> lowered;
    lowered.reserve(std::min(n, 1 << 16));
    for (int i = 0; i < n; ++i) {
        const QStringView form = view(i);
        auto it = lowered.constFind(form);
        if (it == lowered.cend()) {
            QString w = form.toString().toLower();
            w.replace(QChar(0x2019), QLatin1Char('\''));
            it = lowered.insert(form, w);
        }
        m_lower[i] = *it;
        if (!m_a.tokens[i].pos.isEmpty())
            m_hasPos = true;
    }
    m_sentenceOfToken.fill(-1, n);
    for (int s = 0; s < m_a.sentences.size(); ++s)
        for (int i = sentenceFirst(s); i < sentenceEnd(s) && i < n; ++i)
            m_sentenceOfToken[i] = s;
    m_entityOfToken.fill(-1, n);
    m_entityTokens.resize(m_a.entities.size());
    int t = 0;
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const Entity &en = m_a.entities[e];
        while (t > 0 && m_a.tokens[t - 1].end > en.start)
            --t; // entities are in text order, but be safe with overlaps
        while (t < n && m_a.tokens[t].end <= en.start)
            ++t;
        int first = -1, last = -1;
        for (int i = t; i < n && m_a.tokens[i].start < en.end; ++i) {
            if (first < 0)
                first = i;
            last = i;
            if (m_entityOfToken[i] < 0)
                m_entityOfToken[i] = e;
        }
        m_entityTokens[e] = {first, last};
    }
}

QString MentionContext::word(int i) const
{
    const Token &t = m_a.tokens[i];
    return m_a.text.mid(t.start, t.end - t.start);
}

QString MentionContext::spanText(int firstToken, int lastToken) const
{
    if (firstToken < 0 || lastToken < firstToken)
        return QString();
    const int s = m_a.tokens[firstToken].start;
    return m_a.text.mid(s, m_a.tokens[lastToken].end - s).simplified();
}

int MentionContext::tokenAt(int offset) const
{
    const QVector<Token> &tk = m_a.tokens;
    int lo = 0, hi = int(tk.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (tk[mid].end <= offset)
            lo = mid + 1;
        else if (tk[mid].start > offset)
            hi = mid - 1;
        else
            return mid;
    }
    return lo < tk.size() ? lo : -1;
}

bool MentionContext::isCapitalised(int i) const
{
    const QStringView w = view(i);
    return !w.isEmpty() && w.at(0).isUpper();
}

bool MentionContext::isFiniteVerb(int i) const
{
    const QString &p = pos(i);
    return p == QLatin1String("VBD") || p == QLatin1String("VBZ") || p == QLatin1String("VBP") ||
           p == QLatin1String("MD");
}

bool MentionContext::isNoun(int i) const
{
    const QString &p = pos(i);
    return (p == QLatin1String("NN") || p == QLatin1String("NNS")) && !isCapitalised(i);
}

bool MentionContext::isAdjective(int i) const
{
    return pos(i).startsWith(QLatin1String("JJ"));
}

bool MentionContext::isDeterminer(int i) const
{
    const QString &p = pos(i);
    if (p == QLatin1String("DT"))
        return true;
    const QString &w = lower(i);
    return p.isEmpty() && (w == QLatin1String("the") || w == QLatin1String("a") || w == QLatin1String("an"));
}

bool MentionContext::isPossessive(int i) const
{
    if (i < 0 || i >= tokenCount())
        return false;
    const QString &w = lower(i);
    return w == QLatin1String("'s") || (w == QLatin1String("'") && pos(i) == QLatin1String("POS"));
}

bool MentionContext::isPunctuation(int i) const
{
    const QStringView w = view(i);
    return !w.isEmpty() && !w.at(0).isLetterOrNumber();
}

bool MentionContext::governsNoun(int i) const
{
    static const QSet<QString> subordinators = {
        QStringLiteral("that"),    QStringLiteral("because"),  QStringLiteral("while"),
        QStringLiteral("if"),      QStringLiteral("although"), QStringLiteral("though"),
        QStringLiteral("whether"), QStringLiteral("unless"),   QStringLiteral("since"),
        QStringLiteral("after"),   QStringLiteral("before"),   QStringLiteral("as"),
        QStringLiteral("once"),    QStringLiteral("until"),    QStringLiteral("so"),
        QStringLiteral("whereas")};
    return i >= 0 && i < tokenCount() && isPreposition(i) && !subordinators.contains(lower(i));
}

bool MentionContext::isPersonalPronoun(const QString &w)
{
    return pronounGender(w) != 0;
}

char MentionContext::pronounGender(const QString &w)
{
    // Every pronoun below has two to seven letters and starts with h or s: most words are
    // turned away without hashing them.
    if (w.size() < 2 || w.size() > 7 || (w.front() != QLatin1Char('h') && w.front() != QLatin1Char('s')))
        return 0;
    static const QSet<QString> m = {QStringLiteral("he"), QStringLiteral("him"), QStringLiteral("his"),
                                    QStringLiteral("himself")};
    static const QSet<QString> f = {QStringLiteral("she"), QStringLiteral("her"), QStringLiteral("hers"),
                                    QStringLiteral("herself")};
    if (m.contains(w))
        return 'm';
    if (f.contains(w))
        return 'f';
    return 0;
}

bool MentionContext::isNominativePronoun(const QString &w)
{
    return w == QLatin1String("he") || w == QLatin1String("she");
}

QString MentionContext::headNoun(const QString &headWord)
{
    const int of = int(headWord.indexOf(QLatin1String(" of ")));
    return (of > 0 ? headWord.left(of) : headWord).section(QLatin1Char(' '), -1);
}

bool MentionContext::isAttributive(int entity) const
{
    const int next = entityLast(entity) + 1;
    if (next >= tokenCount() || sentenceOf(next) != sentenceOf(entityLast(entity)))
        return false;
    if (entityAt(next) >= 0)
        return false;
    // "Biden administration", "Chinese spy balloon": a common noun right after the name.
    if (isNoun(next))
        return true;
    // "Chinese fighters" tagged as adjective + plural noun: a demonym before any noun.
    return entityType(entity) == QLatin1String("MISC") && isAdjective(next) && next + 1 < tokenCount() &&
           isNoun(next + 1);
}

bool MentionContext::isPossessor(int entity) const
{
    return isPossessive(entityLast(entity) + 1);
}

RolePhrase MentionContext::premodifier(int entity) const
{
    return RolePhraseReader(*this).premodifier(entity);
}

RolePhrase MentionContext::postApposition(int entity) const
{
    return RolePhraseReader(*this).postApposition(entity);
}

RolePhrase MentionContext::preApposition(int entity) const
{
    return RolePhraseReader(*this).preApposition(entity);
}

QVector<RolePhrase> MentionContext::nominals() const
{
    return RolePhraseReader(*this).nominals();
}

} // namespace al
