#include "mentioncontext.h"

#include <QSet>

namespace al {

namespace {

bool isClosingPunctuation(const QString &w)
{
    static const QSet<QString> p = {QStringLiteral(","), QStringLiteral(";"),    QStringLiteral(")"),
                                    QStringLiteral("."), QStringLiteral(":"),    QStringLiteral("!"),
                                    QStringLiteral("?"), QString(QChar(0x2014)), QString(QChar(0x2013))};
    return p.contains(w);
}

// Adverbs that may open an apposition without being part of the role ("now foreign minister").
bool isAppositionAdverb(const QString &w)
{
    static const QSet<QString> a = {QStringLiteral("now"),      QStringLiteral("currently"),
                                    QStringLiteral("formerly"), QStringLiteral("also"),
                                    QStringLiteral("then"),     QStringLiteral("still")};
    return a.contains(w);
}

} // namespace

MentionContext::MentionContext(const Analysis &analysis, const ActorLexicon &lexicon)
    : m_a(analysis), m_lex(lexicon)
{
    const int n = int(m_a.tokens.size());
    m_lower.resize(n);
    for (int i = 0; i < n; ++i) {
        QString w = word(i).toLower();
        w.replace(QChar(0x2019), QLatin1Char('\''));
        m_lower[i] = w;
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
    const QString w = word(i);
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
    const QString w = word(i);
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

MentionContext::HeadScan MentionContext::scanRoleHead(int from, int sentenceEnd, int titleFrom) const
{
    HeadScan h;
    int m = from;
    while (m < sentenceEnd) {
        const int e = entityAt(m);
        if (e >= 0) {
            if (entityType(e) == QLatin1String("PERSON"))
                break;
            h.entities << e;
            m = entityLast(e) + 1;
            continue;
        }
        const int tf = titleEndingAt(m);
        if (tf >= 0 && tf >= titleFrom) {
            h.lastHead = m;
            h.headFirst = tf;
            ++m;
            continue;
        }
        if (isRoleWord(m)) {
            ++m;
            continue;
        }
        break;
    }
    h.end = m;
    return h;
}

int MentionContext::titleEndingAt(int token) const
{
    if (token < 0 || token >= tokenCount())
        return -1;
    const QString &w = lower(token);
    if (w.isEmpty() || !w.at(0).isLetter())
        return -1;
    const int s = sentenceOf(token);
    const int lo = s >= 0 ? sentenceFirst(s) : 0;
    int best = -1;
    QString phrase;
    for (int first = token; first >= lo && token - first < m_lex.maxTitleWords(); --first) {
        phrase = first == token ? lower(first) : lower(first) + QLatin1Char(' ') + phrase;
        if (m_lex.isTitle(phrase))
            best = first;
    }
    if (best < 0 && ActorLexicon::isRelationalNoun(w))
        best = token;
    // A title is a noun: "general" in "general election" is not one.
    if (best >= 0 && m_hasPos && !pos(token).startsWith(QLatin1String("NN")))
        return -1;
    return best;
}

bool MentionContext::isRoleWord(int i) const
{
    if (isCapitalised(i))
        return false;
    const QString &p = pos(i);
    if (p == QLatin1String("NN") || p == QLatin1String("NNS") || p.startsWith(QLatin1String("JJ")) ||
        p == QLatin1String("VBN") || p == QLatin1String("VBG"))
        return true;
    // Hyphenated modifiers ("vice-", "then-") and a hyphen token.
    return lower(i) == QLatin1String("-") || lower(i).endsWith(QLatin1Char('-'));
}

void MentionContext::addCountry(RolePhrase &r, int entity) const
{
    const Entity &e = m_a.entities[entity];
    if (e.type == QLatin1String("ORGANIZATION")) {
        if (!r.orgs.contains(entity))
            r.orgs << entity;
        return;
    }
    if (e.type == QLatin1String("PERSON"))
        return;
    QString name = e.text;
    if (name.endsWith(QLatin1String("’s")) || name.endsWith(QLatin1String("'s")))
        name.chop(2);
    const ActorLexicon::Place p = m_lex.place(name);
    if (!p.country.isEmpty() && !r.countries.contains(p.country))
        r.countries << p.country;
    else if (p.country.isEmpty() && !m_lex.institutionCountry(name).isEmpty() && !r.orgs.contains(entity))
        r.orgs << entity;
}

void MentionContext::extendLeft(RolePhrase &r, int titleFirst, int limit) const
{
    r.first = titleFirst;
    r.extentFirst = titleFirst;
    int k = titleFirst - 1;
    while (k >= limit) {
        if (isPossessive(k)) {
            const int pe = k - 1 >= limit ? entityAt(k - 1) : -1;
            if (pe >= 0) {
                r.possessorEntity = pe;
                r.first = entityFirst(pe);
                r.extentFirst = r.first;
                addCountry(r, pe);
            }
            break;
        }
        const int e = entityAt(k);
        if (e >= 0) {
            if (entityType(e) == QLatin1String("PERSON"))
                break;
            addCountry(r, e);
            r.first = entityFirst(e);
            k = r.first - 1;
            continue;
        }
        if (pos(k) == QLatin1String("PRP$")) {
            r.possessivePronoun = k;
            r.extentFirst = k;
            break;
        }
        if (isDeterminer(k)) {
            r.extentFirst = k;
            break;
        }
        if (isCapitalised(k)) {
            const int tf = titleEndingAt(k);
            if (tf >= 0) {
                r.first = tf;
                k = tf - 1;
                continue;
            }
            // Title-case modifiers of a capitalised title: "Defense Secretary", "Commerce Minister".
            if (pos(k) == QLatin1String("NNP") && k + 1 < tokenCount() && isCapitalised(k + 1) &&
                titleEndingAt(k + 1) >= 0 && !ActorLexicon::isRelationalNoun(lower(k + 1))) {
                r.first = k--;
                continue;
            }
            const ActorLexicon::Place p = m_lex.place(word(k));
            if (!p.country.isEmpty() && p.kind != ActorLexicon::PlaceKind::Capital) {
                if (!r.countries.contains(p.country))
                    r.countries << p.country;
                r.first = k--;
                continue;
            }
            break;
        }
        if (isRoleWord(k)) {
            r.first = k--;
            continue;
        }
        break;
    }
    if (r.extentFirst > r.first)
        r.extentFirst = r.first;
}

void MentionContext::finish(RolePhrase &r) const
{
    r.text = spanText(r.first, r.last);
    r.relational = ActorLexicon::isRelationalNoun(lower(r.head));
    r.plural = pos(r.head) == QLatin1String("NNS");
    // National institutions named in the role, as entities ("CIA") or in lower case ("state
    // department"): the longest word sequence the lexicon knows.
    for (int e : std::as_const(r.orgs)) {
        const QString c = m_lex.institutionCountry(m_a.entities[e].text);
        if (!c.isEmpty()) {
            r.institutionCountry = c;
            return;
        }
    }
    for (int i = r.first; i <= r.last && r.institutionCountry.isEmpty(); ++i) {
        QString phrase;
        for (int j = i; j <= r.last && j < i + 5; ++j) {
            phrase = j == i ? word(j) : phrase + QLatin1Char(' ') + word(j);
            const QString c = m_lex.institutionCountry(phrase);
            if (!c.isEmpty()) {
                r.institutionCountry = c;
                break;
            }
        }
    }
}

RolePhrase MentionContext::premodifier(int entity) const
{
    RolePhrase r;
    const int a = entityFirst(entity);
    const int s = sentenceOf(a);
    if (a < 0 || s < 0)
        return r;
    const int lo = sentenceFirst(s);
    const int head = a - 1;
    if (head < lo)
        return r;
    const int tf = titleEndingAt(head);
    if (tf < 0)
        return r;
    r.kind = RolePhrase::Kind::Premodifier;
    r.head = head;
    r.last = head;
    r.extentLast = head;
    r.headWord = spanText(tf, head).toLower();
    extendLeft(r, tf, lo);
    finish(r);
    return r;
}

RolePhrase MentionContext::preApposition(int entity) const
{
    RolePhrase r;
    const int a = entityFirst(entity);
    const int s = sentenceOf(a);
    if (a < 2 || s < 0 || word(a - 1) != QLatin1String(","))
        return r;
    const int lo = sentenceFirst(s);
    int head = a - 2;
    if (head < lo)
        return r;
    int tf = titleEndingAt(head);
    int complement = -1; // "of" of "chief of staff", "head of the agency"
    for (int o = head - 1; tf < 0 && o > lo && o >= head - 4; --o) {
        const int e = entityAt(o);
        if (lower(o) == QLatin1String("of")) {
            tf = titleEndingAt(o - 1);
            if (tf >= 0) {
                complement = o;
                head = o - 1;
            }
            break;
        }
        // Only a short noun phrase may follow "of": "staff", "the agency", "the CIA".
        if (!(isRoleWord(o) || isDeterminer(o) || (e >= 0 && entityType(e) != QLatin1String("PERSON"))))
            break;
    }
    if (tf < 0)
        return r;
    // "the official, Biden said": a name followed by its verb is the subject of a new clause.
    const int after = entityLast(entity) + 1;
    if (after < sentenceEnd(s) && isFiniteVerb(after))
        return r;
    r.kind = RolePhrase::Kind::PreApposition;
    r.head = head;
    r.last = complement >= 0 ? a - 2 : head;
    r.extentLast = a - 1;
    r.headWord = spanText(tf, complement >= 0 ? a - 2 : head).toLower();
    extendLeft(r, tf, lo);
    // An apposition is a full noun phrase: "the top US trade official", "his deputy".
    if (r.extentFirst == r.first && r.possessorEntity < 0)
        return RolePhrase();
    if (complement >= 0) {
        r.complementPreposition = QStringLiteral("of");
        for (int i = complement + 1; i <= a - 2; ++i) {
            const int e = entityAt(i);
            if (e < 0)
                continue;
            if (r.complementEntity < 0)
                r.complementEntity = e;
            addCountry(r, e);
            i = entityLast(e);
        }
    }
    finish(r);
    return r;
}

RolePhrase MentionContext::postApposition(int entity) const
{
    const int b = entityLast(entity);
    const int s = sentenceOf(b);
    if (b < 0 || s < 0 || b + 2 >= sentenceEnd(s) || word(b + 1) != QLatin1String(","))
        return RolePhrase();
    RolePhrase r = readRight(b + 2, sentenceEnd(s));
    if (r.isValid())
        r.kind = RolePhrase::Kind::PostApposition;
    return r;
}

RolePhrase MentionContext::readRight(int start, int end) const
{
    RolePhrase r;
    int k = start;
    r.extentFirst = start;
    if (k < end && isDeterminer(k))
        ++k;
    else if (k < end && pos(k) == QLatin1String("PRP$"))
        r.possessivePronoun = k++;
    while (k < end && isAppositionAdverb(lower(k)))
        ++k;
    int first = k;
    if (k < end) {
        const int e = entityAt(k);
        if (e >= 0 && entityType(e) != QLatin1String("PERSON") && isPossessive(entityLast(e) + 1)) {
            r.possessorEntity = e;
            addCountry(r, e);
            k = entityLast(e) + 2;
        }
    }
    const HeadScan scan = scanRoleHead(k, end, first);
    const int lastHead = scan.lastHead, headFirst = scan.headFirst;
    if (lastHead < 0)
        return RolePhrase();
    for (int e : scan.entities) // entities before the head
        if (entityFirst(e) < headFirst)
            addCountry(r, e);
    int roleEnd = lastHead;
    int c = lastHead + 1;
    static const QSet<QString> complementWords = {QStringLiteral("of"),  QStringLiteral("to"),
                                                  QStringLiteral("for"), QStringLiteral("at"),
                                                  QStringLiteral("in"),  QStringLiteral("on")};
    if (c < end && complementWords.contains(lower(c))) {
        int d = c + 1;
        bool ok = true;
        while (d < end && !isClosingPunctuation(word(d)) && lower(d) != QLatin1String("who")) {
            const int e = entityAt(d);
            if (isFiniteVerb(d) || (e >= 0 && entityType(e) == QLatin1String("PERSON")) || d - c > 10) {
                ok = false;
                break;
            }
            ++d;
        }
        if (ok && d > c + 1) {
            roleEnd = d - 1;
            r.complementPreposition = lower(c);
            for (int i = c + 1; i < d; ++i) {
                const int e = entityAt(i);
                if (e < 0)
                    continue;
                if (r.complementEntity < 0)
                    r.complementEntity = e;
                if (r.complementPreposition == QLatin1String("of") ||
                    r.complementPreposition == QLatin1String("at"))
                    addCountry(r, e);
                i = entityLast(e);
            }
        }
    }
    const int after = roleEnd + 1;
    if (after < end && !isClosingPunctuation(word(after)) && lower(after) != QLatin1String("who") &&
        lower(after) != QLatin1String("whose") && lower(after) != QLatin1String("and"))
        return RolePhrase();
    r.kind = RolePhrase::Kind::PostApposition;
    r.first = r.possessorEntity >= 0 ? entityFirst(r.possessorEntity) : first;
    r.last = roleEnd;
    r.extentLast = roleEnd;
    r.head = lastHead;
    r.headWord = spanText(headFirst, lastHead).toLower();
    finish(r);
    return r;
}

QVector<RolePhrase> MentionContext::nominals() const
{
    QVector<RolePhrase> out;
    const int n = tokenCount();
    for (int i = 0; i + 1 < n; ++i) {
        if (lower(i) != QLatin1String("the"))
            continue;
        const int s = sentenceOf(i);
        if (s < 0)
            continue;
        const int end = sentenceEnd(s);
        // Inside an apposition ("Kritenbrink, the top ... official,"): the name's role, not a mention.
        if (i >= 2 && word(i - 1) == QLatin1String(",") && entityAt(i - 2) >= 0 &&
            entityType(entityAt(i - 2)) == QLatin1String("PERSON"))
            continue;
        const HeadScan scan = scanRoleHead(i + 1, end, i + 1);
        const int m = scan.end, lastHead = scan.lastHead, headFirst = scan.headFirst;
        if (lastHead < 0 || m != lastHead + 1)
            continue;
        if (ActorLexicon::isRelationalNoun(lower(lastHead)) || pos(lastHead) == QLatin1String("NNS"))
            continue;
        // Followed by a name ("the CIA director Bill Burns") or an apposed name: a role, not a mention.
        if (m < end && (entityAt(m) >= 0 || isCapitalised(m)))
            continue;
        if (m + 1 < end && word(m) == QLatin1String(",") && entityAt(m + 1) >= 0 &&
            entityType(entityAt(m + 1)) == QLatin1String("PERSON"))
            continue;
        RolePhrase r;
        r.kind = RolePhrase::Kind::Nominal;
        r.extentFirst = i;
        r.extentLast = lastHead;
        r.head = lastHead;
        r.headWord = spanText(headFirst, lastHead).toLower();
        extendLeft(r, headFirst, i);
        r.extentFirst = i;
        r.last = lastHead;
        finish(r);
        out << r;
        i = lastHead;
    }
    return out;
}

} // namespace al
