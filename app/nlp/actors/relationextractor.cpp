#include "relationextractor.h"

#include "mentioncontext.h"
#include "relationphrase.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace al {

namespace {

// An argument of a relation: a name or a reference, with the noun phrase around it.
struct Arg
{
    int first = 0; // tokens of the name or reference
    int last = 0;
    int extentFirst = 0; // with its premodifier or apposition before it
    int after = 0;       // the first token after it and its apposition
    QString actor;
    QString actorType;
    int entity = -1;
    bool possessor = false; // "Blinken’s visit", "his trip"
    bool nested = false;    // inside another name's role: "US" of "US commerce secretary"
    bool attributive = false;
    bool adjunct = false; // a place after a preposition: "in Vienna"
};

bool isLocativeEnd(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("to"),      QStringLiteral("in"),      QStringLiteral("at"),
        QStringLiteral("into"),    QStringLiteral("from"),    QStringLiteral("visit"),
        QStringLiteral("visited"), QStringLiteral("visits"),  QStringLiteral("visiting"),
        QStringLiteral("toured"),  QStringLiteral("reached"), QStringLiteral("left"),
        QStringLiteral("entered"), QStringLiteral("near"),    QStringLiteral("across"),
        QStringLiteral("over"),    QStringLiteral("through"), QStringLiteral("towards"),
        QStringLiteral("toward")};
    return words.contains(w);
}

class Extractor
{
public:
    Extractor(const Analysis &a, const ActorLexicon &lex) : m_a(a), m_ctx(a, lex) {}
    QVector<Relation> run();

private:
    void buildArgs();
    bool usable(int arg) const;
    QString between(int from, int to) const; // the lower-case words of [from, to)
    bool governed(const QVector<int> &args, int ai) const;
    // Relations from `subjects` to the objects after token `from` and before `limit`.
    void objects(const QVector<int> &args, const QVector<int> &subjects, int ai, int from, int limit);
    void verbRelations(const QVector<int> &args);
    void possessiveRelations(const QVector<int> &args);
    void roleRelations();
    void add(const QString &source, const QString &target, const QString &label, const QString &kind,
             int first, int last, bool negated);
    QString kindFor(const Arg &target, const RelationPhrase &p) const;
    bool isEntityToken(int t) const { return m_ctx.entityAt(t) >= 0; }

    const Analysis &m_a;
    MentionContext m_ctx;
    QVector<Arg> m_args;
    QHash<int, QString> m_referenceActor; // token -> actor of a reference covering it
    QHash<QString, QString> m_typeOf;     // actor id -> type
    QSet<int> m_timexTokens;
    QVector<Relation> m_out;
    QSet<QString> m_seen;
};

void Extractor::buildArgs()
{
    QHash<QString, QString> &typeOf = m_typeOf;
    for (const Actor &a : m_a.actors)
        typeOf.insert(a.id, a.type);
    struct Range
    {
        int first, last, owner; // owner: index into m_args
    };
    QVector<Range> roleRanges; // token ranges that are roles of a name, not arguments
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const Entity &en = m_a.entities[e];
        if (en.actor.isEmpty() || m_ctx.entityFirst(e) < 0)
            continue;
        Arg g;
        g.entity = e;
        g.first = m_ctx.entityFirst(e);
        g.last = m_ctx.entityLast(e);
        g.extentFirst = g.first;
        g.after = g.last + 1;
        g.actor = en.actor;
        g.actorType = typeOf.value(en.actor);
        g.possessor = m_ctx.isPossessor(e);
        g.attributive = m_ctx.isAttributive(e);
        if (g.actorType == QLatin1String("PERSON")) {
            const RolePhrase pre = m_ctx.premodifier(e);
            const RolePhrase preApp = m_ctx.preApposition(e);
            const RolePhrase post = m_ctx.postApposition(e);
            const int self = int(m_args.size());
            if (pre.isValid()) {
                g.extentFirst = qMin(g.extentFirst, pre.extentFirst);
                roleRanges << Range{pre.extentFirst, pre.last, self};
            }
            if (preApp.isValid()) {
                g.extentFirst = qMin(g.extentFirst, preApp.extentFirst);
                roleRanges << Range{preApp.extentFirst, preApp.extentLast, self};
            }
            if (post.isValid()) {
                roleRanges << Range{post.extentFirst, post.extentLast, self};
                g.after = post.extentLast + 1;
                if (g.after < m_ctx.tokenCount() && m_ctx.view(g.after) == QLatin1String(","))
                    ++g.after;
            }
        }
        m_args << g;
    }
    for (const Actor &a : m_a.actors) {
        for (const ActorReference &r : a.references) {
            Arg g;
            g.first = m_ctx.tokenAt(r.start);
            g.last = m_ctx.tokenAt(qMax(r.start, r.end - 1));
            if (g.first < 0 || g.last < 0)
                continue;
            g.extentFirst = g.first;
            g.after = g.last + 1;
            g.actor = a.id;
            g.actorType = a.type;
            if (r.kind == QLatin1String("pronoun"))
                g.possessor = m_ctx.pos(g.first) == QLatin1String("PRP$") ||
                              m_ctx.lower(g.first) == QLatin1String("his");
            else
                g.possessor = m_ctx.isPossessive(g.last + 1);
            if (r.kind == QLatin1String("nominal"))
                roleRanges << Range{g.first, g.last, int(m_args.size())};
            for (int t = g.first; t <= g.last; ++t)
                m_referenceActor.insert(t, a.id);
            m_args << g;
        }
    }
    // An argument inside another name's role is nested. Ranges by first token, each with the two
    // furthest-reaching ranges of distinct owners among those starting at or before it: an
    // argument lies inside a range not its own when the furthest one of another owner reaches it.
    std::sort(roleRanges.begin(), roleRanges.end(),
              [](const Range &x, const Range &y) { return x.first < y.first; });
    struct Reach
    {
        int last = -1, owner = -1;      // the furthest end and its owner
        int otherLast = -1, other = -1; // the furthest end of another owner
    };
    QVector<Reach> reach(roleRanges.size());
    for (int k = 0; k < roleRanges.size(); ++k) {
        Reach r = k > 0 ? reach[k - 1] : Reach();
        const Range &range = roleRanges[k];
        if (range.owner == r.owner) {
            r.last = qMax(r.last, range.last);
        } else if (range.last > r.last) {
            r.otherLast = r.last;
            r.other = r.owner;
            r.last = range.last;
            r.owner = range.owner;
        } else if (range.last > r.otherLast) {
            r.otherLast = range.last;
            r.other = range.owner;
        }
        reach[k] = r;
    }
    for (int i = 0; i < m_args.size(); ++i) {
        Arg &g = m_args[i];
        const auto after = std::upper_bound(roleRanges.cbegin(), roleRanges.cend(), g.first,
                                            [](int first, const Range &r) { return first < r.first; });
        if (after != roleRanges.cbegin()) {
            const Reach &r = reach[int(after - roleRanges.cbegin()) - 1];
            g.nested = (r.owner != i ? r.last : r.otherLast) >= g.last;
        }
        const int before = g.extentFirst - 1;
        g.adjunct = g.actorType == QLatin1String("LOCATION") && before >= 0 &&
                    m_ctx.sentenceOf(before) == m_ctx.sentenceOf(g.first) && m_ctx.governsNoun(before);
    }
    std::sort(m_args.begin(), m_args.end(), [](const Arg &x, const Arg &y) { return x.first < y.first; });
    for (const Timex &t : m_a.timexes) {
        int i = m_ctx.tokenAt(t.start);
        for (; i >= 0 && i < m_ctx.tokenCount() && m_a.tokens[i].start < t.end; ++i)
            m_timexTokens.insert(i);
    }
}

QString Extractor::kindFor(const Arg &target, const RelationPhrase &p) const
{
    if (target.actorType == QLatin1String("LOCATION") && isLocativeEnd(p.lastWord))
        return QStringLiteral("location");
    if (target.actorType == QLatin1String("MISC"))
        return QStringLiteral("other");
    return QStringLiteral("interaction");
}

void Extractor::add(const QString &source, const QString &target, const QString &label, const QString &kind,
                    int first, int last, bool negated)
{
    if (source.isEmpty() || target.isEmpty() || source == target || label.isEmpty())
        return;
    const int s = m_ctx.sentenceOf(first);
    const QString key =
        source + QLatin1Char('|') + target + QLatin1Char('|') + label + QLatin1Char('|') + QString::number(s);
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    Relation r;
    r.source = source;
    r.target = target;
    r.label = label;
    r.kind = kind;
    r.sentence = s;
    r.start = m_a.tokens[first].start;
    r.end = m_a.tokens[last].end;
    r.negated = negated;
    m_out << r;
}

bool Extractor::usable(int k) const
{
    const Arg &g = m_args[k];
    return !g.nested && !g.attributive;
}

QString Extractor::between(int from, int to) const
{
    QStringList words;
    for (int t = from; t < to; ++t)
        words << m_ctx.lower(t);
    return words.join(QLatin1Char(' '));
}

static bool isConjunctionGap(const QString &gap)
{
    return gap == QLatin1String("and") || gap == QLatin1String(", and") || gap == QLatin1String(",") ||
           gap == QLatin1String("or");
}

bool Extractor::governed(const QVector<int> &args, int ai) const
{
    // "from the Kenya Ports Authority and the World Bank": both are governed by "from".
    const Arg &a = m_args[args[ai]];
    const int lo = m_ctx.sentenceFirst(m_ctx.sentenceOf(a.first));
    int k = a.extentFirst - 1;
    if (k >= lo && m_ctx.isDeterminer(k))
        --k;
    if (k < lo)
        return false;
    if (m_ctx.governsNoun(k))
        return true;
    if (m_ctx.lower(k) != QLatin1String("and") && m_ctx.lower(k) != QLatin1String("or"))
        return false;
    for (int bi = ai - 1; bi >= 0; --bi) {
        const Arg &b = m_args[args[bi]];
        if (b.nested || b.after > k)
            continue;
        return isConjunctionGap(between(b.after, k + 1)) ? governed(args, bi) : false;
    }
    return false;
}

void Extractor::objects(const QVector<int> &args, const QVector<int> &subjects, int ai, int from, int limit)
{
    const int s = m_ctx.sentenceOf(m_args[args[ai]].first);
    QSet<int> skipped; // adjunct tokens passed on the way
    int resume = -1;   // the first token after the last adjunct
    for (int bi = ai + 1; bi < args.size(); ++bi) {
        const Arg &b = m_args[args[bi]];
        if (b.extentFirst < from || !usable(args[bi]))
            continue;
        if (b.extentFirst >= limit)
            break;
        QVector<int> tokens;
        for (int t = from; t < b.extentFirst; ++t) {
            if (skipped.contains(t))
                continue;
            if (m_timexTokens.contains(t))
                continue;
            // "two days of talks": a duration measuring the noun after it.
            if (m_ctx.lower(t) == QLatin1String("of") && m_timexTokens.contains(t - 1))
                continue;
            // The preposition of a skipped time expression: "in February", "on Monday".
            if (m_ctx.isPreposition(t) && m_timexTokens.contains(t + 1))
                continue;
            tokens << t;
        }
        RelationPhrase ph = RelationPhrase::read(m_ctx, tokens);
        // Past an adjunct only a preposition may follow ("held talks in Vienna with"): more
        // words start another phrase ("arrived in Washington after a long delay since ...").
        if (ph.valid && resume >= 0) {
            int after = 0;
            bool preposition = true;
            for (int t : std::as_const(tokens))
                if (t >= resume) {
                    ++after;
                    preposition = m_ctx.isPreposition(t);
                }
            if (after > 1 || !preposition)
                ph.valid = false;
        }
        if (ph.valid) {
            QString label = ph.label;
            const int first = tokens.first(), last = tokens.last();
            // "reschedule Blinken’s visit": the possessed noun joins the label.
            if (b.possessor && b.entity >= 0) {
                int k = b.last + 2;
                while (k < m_ctx.sentenceEnd(s) && m_ctx.isAdjective(k))
                    ++k;
                if (k < m_ctx.sentenceEnd(s) && m_ctx.isNoun(k))
                    label += QLatin1Char(' ') + m_ctx.word(k) + QStringLiteral(" of");
            }
            QVector<const Arg *> objects{&b};
            // Coordinated objects: "between Biden and Xi".
            int after = b.after;
            for (int ci = bi + 1; ci < args.size(); ++ci) {
                const Arg &c = m_args[args[ci]];
                if (!usable(args[ci]) || c.extentFirst < after)
                    continue;
                if (c.extentFirst >= limit || !isConjunctionGap(between(after, c.extentFirst)))
                    break;
                objects << &c;
                after = c.after;
            }
            for (int si : std::as_const(subjects))
                for (const Arg *o : std::as_const(objects))
                    add(m_args[si].actor, o->actor, label, kindFor(*o, ph), first, last, ph.negated);
        }
        if (!b.adjunct)
            break;
        // Skip the adjunct with its preposition and go on to the object after it.
        for (int t = b.extentFirst - 1; t < b.after; ++t)
            skipped.insert(t);
        resume = b.after;
    }
}

void Extractor::verbRelations(const QVector<int> &args)
{
    for (int ai = 0; ai < args.size(); ++ai) {
        const Arg &a = m_args[args[ai]];
        if (!usable(args[ai]) || a.possessor || governed(args, ai))
            continue; // not a subject
        const int s = m_ctx.sentenceOf(a.first);
        const int end = m_ctx.sentenceEnd(s);
        // Coordinated subjects share the verb: "Kritenbrink, ..., and Sarah Beran, ..., met".
        QVector<int> subjects{args[ai]};
        int right = a.extentFirst;
        for (int bi = ai - 1; bi >= 0; --bi) {
            const Arg &b = m_args[args[bi]];
            if (!usable(args[bi]) || b.possessor || b.after > right)
                continue;
            if (!isConjunctionGap(between(b.after, right)))
                break;
            subjects << args[bi];
            right = b.extentFirst;
        }
        int from = a.after;
        // "Mwangi, who arrived in Seoul on Monday, met ...": the relative clause has the same
        // subject; the main verb comes after it.
        if (from + 1 < end && m_ctx.view(from) == QLatin1String(",") &&
            (m_ctx.lower(from + 1) == QLatin1String("who") ||
             m_ctx.lower(from + 1) == QLatin1String("which"))) {
            int close = from + 2;
            while (close < end && m_ctx.view(close) != QLatin1String(","))
                ++close;
            objects(args, subjects, ai, from + 2, close);
            if (close >= end)
                continue;
            from = close + 1;
        }
        // "Vasquez met Olsen last week and spoke with Leyen on Sunday": a verb coordinated with
        // "and" has the same subjects. A name right after "and" starts another clause instead.
        int stop = end;
        for (int k = from; k + 1 < end; ++k) {
            if (m_ctx.view(k) == QLatin1String(";") || m_ctx.lower(k) == QLatin1String("but") ||
                m_ctx.lower(k) == QLatin1String("while") || m_ctx.lower(k) == QLatin1String("who") ||
                m_ctx.lower(k) == QLatin1String("which") || m_ctx.lower(k) == QLatin1String("that")) {
                stop = k;
                break;
            }
        }
        QVector<int> verbs;
        bool ownVerb = false; // the name is a subject: a verb of its own comes first
        for (int k = from; k + 1 < stop; ++k) {
            if (m_ctx.lower(k) == QLatin1String("and") && m_ctx.isFiniteVerb(k + 1)) {
                if (!ownVerb)
                    break;
                verbs << k + 1;
            } else if (m_ctx.isVerb(k)) {
                ownVerb = true;
            }
        }
        objects(args, subjects, ai, from, verbs.isEmpty() ? end : verbs.first() - 1);
        for (int v = 0; v < verbs.size(); ++v)
            objects(args, subjects, ai, verbs[v], v + 1 < verbs.size() ? verbs[v + 1] - 1 : end);
    }
}

void Extractor::possessiveRelations(const QVector<int> &args)
{
    // "Blinken’s imminent travel to China" → Blinken travel to China.
    for (int ai = 0; ai < args.size(); ++ai) {
        const Arg &a = m_args[args[ai]];
        if (!a.possessor || a.nested)
            continue;
        const int s = m_ctx.sentenceOf(a.first);
        const int end = m_ctx.sentenceEnd(s);
        int k = m_ctx.isPossessive(a.last + 1) ? a.last + 2 : a.last + 1;
        while (k < end && m_ctx.isAdjective(k))
            ++k;
        if (k + 1 >= end || !m_ctx.isNoun(k) || !m_ctx.isPreposition(k + 1))
            continue;
        const int noun = k, prep = k + 1;
        int target = prep + 1;
        if (target < end && m_ctx.isDeterminer(target))
            ++target;
        for (int bi = ai + 1; bi < args.size(); ++bi) {
            const Arg &b = m_args[args[bi]];
            if (b.extentFirst > target)
                break;
            if (b.extentFirst != target || b.nested)
                continue;
            RelationPhrase ph;
            ph.lastWord = m_ctx.lower(prep);
            add(a.actor, b.actor, m_ctx.word(noun) + QLatin1Char(' ') + m_ctx.lower(prep), kindFor(b, ph),
                noun, prep, false);
            break;
        }
    }
}

void Extractor::roleRelations()
{
    for (const Arg &g : std::as_const(m_args)) {
        if (g.entity < 0 || g.actorType != QLatin1String("PERSON"))
            continue;
        const RolePhrase roles[] = {m_ctx.premodifier(g.entity), m_ctx.preApposition(g.entity),
                                    m_ctx.postApposition(g.entity)};
        for (const RolePhrase &r : roles) {
            if (!r.isValid() || r.plural)
                continue;
            const QString head = MentionContext::headNoun(r.headWord);
            const int first = r.first, last = r.last;
            QSet<QString> done;
            for (int org : r.orgs) {
                const QString target = m_a.entities[org].actor;
                if (done.contains(target))
                    continue;
                done.insert(target);
                const QString kind = ActorLexicon::isMembershipTitle(head) ? QStringLiteral("membership")
                                                                           : QStringLiteral("role");
                add(g.actor, target, head + QStringLiteral(" of"), kind, first, last, false);
            }
            if (r.complementPreposition == QLatin1String("to") && r.complementEntity >= 0) {
                const QString target = m_a.entities[r.complementEntity].actor;
                if (!done.contains(target))
                    add(g.actor, target, head + QStringLiteral(" to"), QStringLiteral("role"), first, last,
                        false);
            }
            // "Its managing director": a role in the organisation the pronoun stands for.
            if (!r.relational && r.possessivePronoun >= 0) {
                const QString owner = m_referenceActor.value(r.possessivePronoun);
                if (!owner.isEmpty() && m_typeOf.value(owner) == QLatin1String("ORGANIZATION") &&
                    !done.contains(owner)) {
                    done.insert(owner);
                    const QString kind = ActorLexicon::isMembershipTitle(head) ? QStringLiteral("membership")
                                                                               : QStringLiteral("role");
                    add(g.actor, owner, head + QStringLiteral(" of"), kind, r.possessivePronoun, last, false);
                }
            }
            if (r.relational) {
                QString owner;
                if (r.possessivePronoun >= 0)
                    owner = m_referenceActor.value(r.possessivePronoun);
                else if (r.possessorEntity >= 0)
                    owner = m_a.entities[r.possessorEntity].actor;
                add(g.actor, owner, head + QStringLiteral(" of"), QStringLiteral("other"),
                    r.possessivePronoun >= 0 ? r.possessivePronoun : first, last, false);
            }
        }
    }
}

QVector<Relation> Extractor::run()
{
    if (m_a.actors.isEmpty() || !m_ctx.hasPos())
        return {};
    buildArgs();
    QVector<QVector<int>> bySentence(m_a.sentences.size());
    for (int i = 0; i < m_args.size(); ++i) {
        const int s = m_ctx.sentenceOf(m_args[i].first);
        if (s >= 0)
            bySentence[s] << i;
    }
    for (const QVector<int> &args : std::as_const(bySentence)) {
        verbRelations(args);
        possessiveRelations(args);
    }
    roleRelations();
    std::stable_sort(m_out.begin(), m_out.end(), [](const Relation &x, const Relation &y) {
        return x.sentence != y.sentence ? x.sentence < y.sentence : x.start < y.start;
    });
    for (int i = 0; i < m_out.size(); ++i)
        m_out[i].id = QStringLiteral("r%1").arg(i + 1);
    return m_out;
}

} // namespace

RelationExtractor::RelationExtractor(const ActorLexicon &lexicon) : m_lex(lexicon) {}

void RelationExtractor::run(Analysis &analysis) const
{
    analysis.relations = find(analysis);
}

QVector<Relation> RelationExtractor::find(const Analysis &analysis) const
{
    return Extractor(analysis, m_lex).run();
}

} // namespace al
