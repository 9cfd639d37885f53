#include "rolephrasereader.h"

#include <QSet>

namespace al {

namespace {

bool isClosingPunctuation(QStringView w)
{
    return w.size() == 1 && QStringView(u",;).:!?\u2014\u2013").contains(w.front());
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

RolePhraseReader::RolePhraseReader(const MentionContext &context) : m_c(context), m_lex(context.lexicon()) {}

RolePhraseReader::HeadScan RolePhraseReader::scanRoleHead(int from, int sentenceEnd, int titleFrom) const
{
    HeadScan h;
    int m = from;
    while (m < sentenceEnd) {
        const int e = m_c.entityAt(m);
        if (e >= 0) {
            if (m_c.entityType(e) == QLatin1String("PERSON"))
                break;
            h.entities << e;
            m = m_c.entityLast(e) + 1;
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

int RolePhraseReader::titleEndingAt(int token) const
{
    if (token < 0 || token >= m_c.tokenCount())
        return -1;
    const QString &w = m_c.lower(token);
    if (w.isEmpty() || !w.at(0).isLetter())
        return -1;
    const int s = m_c.sentenceOf(token);
    const int lo = s >= 0 ? m_c.sentenceFirst(s) : 0;
    int best = -1;
    QString phrase;
    // Most words end no title: their phrases are not built.
    const int longest = m_lex.endsTitle(w) ? m_lex.maxTitleWords() : 0;
    for (int first = token; first >= lo && token - first < longest; --first) {
        phrase = first == token ? m_c.lower(first) : m_c.lower(first) + QLatin1Char(' ') + phrase;
        if (m_lex.isTitle(phrase))
            best = first;
    }
    if (best < 0 && ActorLexicon::isRelationalNoun(w))
        best = token;
    // A title is a noun: "general" in "general election" is not one.
    if (best >= 0 && m_c.hasPos() && !m_c.pos(token).startsWith(QLatin1String("NN")))
        return -1;
    return best;
}

bool RolePhraseReader::isRoleWord(int i) const
{
    if (m_c.isCapitalised(i))
        return false;
    const QString &p = m_c.pos(i);
    if (p == QLatin1String("NN") || p == QLatin1String("NNS") || p.startsWith(QLatin1String("JJ")) ||
        p == QLatin1String("VBN") || p == QLatin1String("VBG"))
        return true;
    // Hyphenated modifiers ("vice-", "then-") and a hyphen token.
    return m_c.lower(i) == QLatin1String("-") || m_c.lower(i).endsWith(QLatin1Char('-'));
}

void RolePhraseReader::addCountry(RolePhrase &r, int entity) const
{
    const Entity &e = m_c.analysis().entities[entity];
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

void RolePhraseReader::extendLeft(RolePhrase &r, int titleFirst, int limit) const
{
    r.first = titleFirst;
    r.extentFirst = titleFirst;
    int k = titleFirst - 1;
    while (k >= limit) {
        if (m_c.isPossessive(k)) {
            const int pe = k - 1 >= limit ? m_c.entityAt(k - 1) : -1;
            if (pe >= 0) {
                r.possessorEntity = pe;
                r.first = m_c.entityFirst(pe);
                r.extentFirst = r.first;
                addCountry(r, pe);
            }
            break;
        }
        const int e = m_c.entityAt(k);
        if (e >= 0) {
            if (m_c.entityType(e) == QLatin1String("PERSON"))
                break;
            addCountry(r, e);
            r.first = m_c.entityFirst(e);
            k = r.first - 1;
            continue;
        }
        if (m_c.pos(k) == QLatin1String("PRP$")) {
            r.possessivePronoun = k;
            r.extentFirst = k;
            break;
        }
        if (m_c.isDeterminer(k)) {
            r.extentFirst = k;
            break;
        }
        if (m_c.isCapitalised(k)) {
            const int tf = titleEndingAt(k);
            if (tf >= 0) {
                r.first = tf;
                k = tf - 1;
                continue;
            }
            // Title-case modifiers of a capitalised title: "Defense Secretary", "Commerce Minister".
            if (m_c.pos(k) == QLatin1String("NNP") && k + 1 < m_c.tokenCount() && m_c.isCapitalised(k + 1) &&
                titleEndingAt(k + 1) >= 0 && !ActorLexicon::isRelationalNoun(m_c.lower(k + 1))) {
                r.first = k--;
                continue;
            }
            const ActorLexicon::Place p = m_lex.place(m_c.word(k));
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

void RolePhraseReader::finish(RolePhrase &r) const
{
    r.text = m_c.spanText(r.first, r.last);
    r.relational = ActorLexicon::isRelationalNoun(m_c.lower(r.head));
    r.plural = m_c.pos(r.head) == QLatin1String("NNS");
    // National institutions named in the role, as entities ("CIA") or in lower case ("state
    // department"): the longest word sequence the lexicon knows.
    for (int e : std::as_const(r.orgs)) {
        const QString c = m_lex.institutionCountry(m_c.analysis().entities[e].text);
        if (!c.isEmpty()) {
            r.institutionCountry = c;
            return;
        }
    }
    for (int i = r.first; i <= r.last && r.institutionCountry.isEmpty(); ++i) {
        QString phrase;
        for (int j = i; j <= r.last && j < i + 5; ++j) {
            phrase = j == i ? m_c.word(j) : phrase + QLatin1Char(' ') + m_c.word(j);
            const QString c = m_lex.institutionCountry(phrase);
            if (!c.isEmpty()) {
                r.institutionCountry = c;
                break;
            }
        }
    }
}

RolePhrase RolePhraseReader::premodifier(int entity) const
{
    RolePhrase r;
    const int a = m_c.entityFirst(entity);
    const int s = m_c.sentenceOf(a);
    if (a < 0 || s < 0)
        return r;
    const int lo = m_c.sentenceFirst(s);
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
    r.headWord = m_c.spanText(tf, head).toLower();
    extendLeft(r, tf, lo);
    finish(r);
    return r;
}

RolePhrase RolePhraseReader::preApposition(int entity) const
{
    RolePhrase r;
    const int a = m_c.entityFirst(entity);
    const int s = m_c.sentenceOf(a);
    if (a < 2 || s < 0 || m_c.view(a - 1) != QLatin1String(","))
        return r;
    const int lo = m_c.sentenceFirst(s);
    int head = a - 2;
    if (head < lo)
        return r;
    int tf = titleEndingAt(head);
    int complement = -1; // "of" of "chief of staff", "head of the agency"
    for (int o = head - 1; tf < 0 && o > lo && o >= head - 4; --o) {
        const int e = m_c.entityAt(o);
        if (m_c.lower(o) == QLatin1String("of")) {
            tf = titleEndingAt(o - 1);
            if (tf >= 0) {
                complement = o;
                head = o - 1;
            }
            break;
        }
        // Only a short noun phrase may follow "of": "staff", "the agency", "the CIA".
        if (!(isRoleWord(o) || m_c.isDeterminer(o) ||
              (e >= 0 && m_c.entityType(e) != QLatin1String("PERSON"))))
            break;
    }
    if (tf < 0)
        return r;
    // "the official, Biden said": a name followed by its verb is the subject of a new clause.
    const int after = m_c.entityLast(entity) + 1;
    if (after < m_c.sentenceEnd(s) && m_c.isFiniteVerb(after))
        return r;
    r.kind = RolePhrase::Kind::PreApposition;
    r.head = head;
    r.last = complement >= 0 ? a - 2 : head;
    r.extentLast = a - 1;
    r.headWord = m_c.spanText(tf, complement >= 0 ? a - 2 : head).toLower();
    extendLeft(r, tf, lo);
    // An apposition is a full noun phrase: "the top US trade official", "his deputy".
    if (r.extentFirst == r.first && r.possessorEntity < 0)
        return RolePhrase();
    if (complement >= 0) {
        r.complementPreposition = QStringLiteral("of");
        for (int i = complement + 1; i <= a - 2; ++i) {
            const int e = m_c.entityAt(i);
            if (e < 0)
                continue;
            if (r.complementEntity < 0)
                r.complementEntity = e;
            addCountry(r, e);
            i = m_c.entityLast(e);
        }
    }
    finish(r);
    return r;
}

RolePhrase RolePhraseReader::postApposition(int entity) const
{
    const int b = m_c.entityLast(entity);
    const int s = m_c.sentenceOf(b);
    if (b < 0 || s < 0 || b + 2 >= m_c.sentenceEnd(s) || m_c.view(b + 1) != QLatin1String(","))
        return RolePhrase();
    RolePhrase r = readRight(b + 2, m_c.sentenceEnd(s));
    if (r.isValid())
        r.kind = RolePhrase::Kind::PostApposition;
    return r;
}

RolePhrase RolePhraseReader::readRight(int start, int end) const
{
    RolePhrase r;
    int k = start;
    r.extentFirst = start;
    if (k < end && m_c.isDeterminer(k))
        ++k;
    else if (k < end && m_c.pos(k) == QLatin1String("PRP$"))
        r.possessivePronoun = k++;
    while (k < end && isAppositionAdverb(m_c.lower(k)))
        ++k;
    int first = k;
    if (k < end) {
        const int e = m_c.entityAt(k);
        if (e >= 0 && m_c.entityType(e) != QLatin1String("PERSON") &&
            m_c.isPossessive(m_c.entityLast(e) + 1)) {
            r.possessorEntity = e;
            addCountry(r, e);
            k = m_c.entityLast(e) + 2;
        }
    }
    const HeadScan scan = scanRoleHead(k, end, first);
    const int lastHead = scan.lastHead, headFirst = scan.headFirst;
    if (lastHead < 0)
        return RolePhrase();
    for (int e : scan.entities) // entities before the head
        if (m_c.entityFirst(e) < headFirst)
            addCountry(r, e);
    int roleEnd = lastHead;
    int c = lastHead + 1;
    static const QSet<QString> complementWords = {QStringLiteral("of"),  QStringLiteral("to"),
                                                  QStringLiteral("for"), QStringLiteral("at"),
                                                  QStringLiteral("in"),  QStringLiteral("on")};
    if (c < end && complementWords.contains(m_c.lower(c))) {
        int d = c + 1;
        bool ok = true;
        while (d < end && !isClosingPunctuation(m_c.view(d)) && m_c.lower(d) != QLatin1String("who")) {
            const int e = m_c.entityAt(d);
            if (m_c.isFiniteVerb(d) || (e >= 0 && m_c.entityType(e) == QLatin1String("PERSON")) ||
                d - c > 10) {
                ok = false;
                break;
            }
            ++d;
        }
        if (ok && d > c + 1) {
            roleEnd = d - 1;
            r.complementPreposition = m_c.lower(c);
            for (int i = c + 1; i < d; ++i) {
                const int e = m_c.entityAt(i);
                if (e < 0)
                    continue;
                if (r.complementEntity < 0)
                    r.complementEntity = e;
                if (r.complementPreposition == QLatin1String("of") ||
                    r.complementPreposition == QLatin1String("at"))
                    addCountry(r, e);
                i = m_c.entityLast(e);
            }
        }
    }
    const int after = roleEnd + 1;
    if (after < end && !isClosingPunctuation(m_c.view(after)) && m_c.lower(after) != QLatin1String("who") &&
        m_c.lower(after) != QLatin1String("whose") && m_c.lower(after) != QLatin1String("and"))
        return RolePhrase();
    r.kind = RolePhrase::Kind::PostApposition;
    r.first = r.possessorEntity >= 0 ? m_c.entityFirst(r.possessorEntity) : first;
    r.last = roleEnd;
    r.extentLast = roleEnd;
    r.head = lastHead;
    r.headWord = m_c.spanText(headFirst, lastHead).toLower();
    finish(r);
    return r;
}

QVector<RolePhrase> RolePhraseReader::nominals() const
{
    QVector<RolePhrase> out;
    const int n = m_c.tokenCount();
    for (int i = 0; i + 1 < n; ++i) {
        if (m_c.lower(i) != QLatin1String("the"))
            continue;
        const int s = m_c.sentenceOf(i);
        if (s < 0)
            continue;
        const int end = m_c.sentenceEnd(s);
        // Inside an apposition ("Kritenbrink, the top ... official,"): the name's role, not a mention.
        if (i >= 2 && m_c.view(i - 1) == QLatin1String(",") && m_c.entityAt(i - 2) >= 0 &&
            m_c.entityType(m_c.entityAt(i - 2)) == QLatin1String("PERSON"))
            continue;
        const HeadScan scan = scanRoleHead(i + 1, end, i + 1);
        const int m = scan.end, lastHead = scan.lastHead, headFirst = scan.headFirst;
        if (lastHead < 0 || m != lastHead + 1)
            continue;
        if (ActorLexicon::isRelationalNoun(m_c.lower(lastHead)) || m_c.pos(lastHead) == QLatin1String("NNS"))
            continue;
        // Followed by a name ("the CIA director Bill Burns") or an apposed name: a role, not a mention.
        if (m < end && (m_c.entityAt(m) >= 0 || m_c.isCapitalised(m)))
            continue;
        if (m + 1 < end && m_c.view(m) == QLatin1String(",") && m_c.entityAt(m + 1) >= 0 &&
            m_c.entityType(m_c.entityAt(m + 1)) == QLatin1String("PERSON"))
            continue;
        RolePhrase r;
        r.kind = RolePhrase::Kind::Nominal;
        r.extentFirst = i;
        r.extentLast = lastHead;
        r.head = lastHead;
        r.headWord = m_c.spanText(headFirst, lastHead).toLower();
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
