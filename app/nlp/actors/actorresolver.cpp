#include "actorresolver.h"

#include "mentioncontext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <optional>
#include <tuple>
#include <vector>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");
const QString kOrg = QStringLiteral("ORGANIZATION");
const QString kLocation = QStringLiteral("LOCATION");
const QString kMisc = QStringLiteral("MISC");

struct Cluster
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

// A person mention on the timeline pronouns and descriptions look back along.
struct PersonMention
{
    int token = 0;
    int sentence = 0;
    int cluster = 0;
    bool subject = false;
};

struct PendingRole
{
    int cluster;
    RolePhrase role;
};

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void addUnique(QStringList &list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &v : std::as_const(list))
        if (sameText(v, value))
            return;
    list << value;
}

// The most frequent value, the first one on a tie.
QString vote(const QStringList &values)
{
    QHash<QString, int> counts;
    for (const QString &v : values)
        ++counts[v];
    QString best;
    int bestCount = 0;
    for (const QString &v : values) {
        const int c = counts.value(v);
        if (c > bestCount) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}

bool isLocative(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("in"),         QStringLiteral("at"),      QStringLiteral("to"),
        QStringLiteral("from"),       QStringLiteral("into"),    QStringLiteral("near"),
        QStringLiteral("around"),     QStringLiteral("across"),  QStringLiteral("outside"),
        QStringLiteral("inside"),     QStringLiteral("within"),  QStringLiteral("toward"),
        QStringLiteral("towards"),    QStringLiteral("via"),     QStringLiteral("through"),
        QStringLiteral("throughout"), QStringLiteral("over"),    QStringLiteral("visit"),
        QStringLiteral("visits"),     QStringLiteral("visited"), QStringLiteral("visiting"),
        QStringLiteral("reached"),    QStringLiteral("left"),    QStringLiteral("toured"),
        QStringLiteral("leave"),      QStringLiteral("reach"),   QStringLiteral("tour"),
        QStringLiteral("near")};
    return words.contains(w);
}

// Roles whose holder stands on the side of the person they belong to ("his deputy"), unlike
// "his counterpart" or "her rival".
bool sharesSide(const QString &head)
{
    static const QSet<QString> opposite = {QStringLiteral("counterpart"), QStringLiteral("rival"),
                                           QStringLiteral("opponent")};
    return !opposite.contains(head);
}

class Resolver
{
public:
    Resolver(Analysis &a, const ActorLexicon &lex) : m_a(a), m_lex(lex), m_ctx(a, lex) {}
    void run();

private:
    QStringList nameWords(int entity, QString *title, char *gender) const;
    QString cleanName(int entity) const;
    bool capitalIsPlace(int entity);
    int clusterFor(const QString &key, const QString &type);
    void addEntity(int cluster, int entity, const QString &form);
    void clusterPeople(const QVector<int> &people);
    void mergeAcronyms();
    void mergeOrganisationForms();
    void mergeCluster(int from, int into);
    void collectRoles();
    int organisationBefore(int token) const;
    void resolveReferences();
    void applyRelationalRoles();
    void inferBareHeadOfStateSides();
    QString sideCountry(const Cluster &c) const;
    int root(int c) const
    {
        while (m_clusters[c].mergedInto >= 0)
            c = m_clusters[c].mergedInto;
        return c;
    }
    QString affiliationOf(const Cluster &c) const;
    QString nameOf(const Cluster &c) const;
    void write();

    Analysis &m_a;
    const ActorLexicon &m_lex;
    MentionContext m_ctx;
    QVector<Cluster> m_clusters;
    QHash<QString, int> m_byKey;
    QVector<int> m_clusterOfEntity;
    QHash<int, int> m_referenceCluster; // token -> cluster of a resolved pronoun or description
    QVector<PendingRole> m_pending;
    QHash<int, int> m_capitalPlace;                     // entity -> 1 place, 0 government
    mutable QVector<QVector<int>> m_entitiesBySentence; // by the sentence of the first token
};

QStringList Resolver::nameWords(int entity, QString *title, char *gender) const
{
    QStringList words;
    const int first = m_ctx.entityFirst(entity), last = m_ctx.entityLast(entity);
    if (first < 0)
        return words;
    for (int i = first; i <= last; ++i) {
        if (m_ctx.isPossessive(i) ||
            (m_ctx.isPunctuation(i) && m_ctx.word(i) != QLatin1String("-") &&
             m_ctx.word(i) != QLatin1String(".") && m_ctx.word(i) != QLatin1String("&")))
            continue;
        words << m_ctx.word(i);
    }
    if (!words.isEmpty() && sameText(words.first(), QStringLiteral("the")))
        words.removeFirst();
    if (m_a.entities[entity].type == kPerson) {
        // "President Joe Biden", "Mr Biden" tagged as one name: the title is a role, the rest the name.
        while (words.size() > 1) {
            const QString w = words.first().toLower();
            if (m_lex.isHonorific(words.first())) {
                if (gender && (w.startsWith(QLatin1String("mr")) && w.size() <= 3))
                    *gender = 'm';
                else if (gender && (w.startsWith(QLatin1String("mrs")) || w.startsWith(QLatin1String("ms")) ||
                                    w == QLatin1String("miss") || w == QLatin1String("dame") ||
                                    w == QLatin1String("lady") || w == QLatin1String("madame")))
                    *gender = 'f';
                words.removeFirst();
            } else if (m_lex.isTitle(w)) {
                if (title)
                    *title = words.first();
                words.removeFirst();
            } else {
                break;
            }
        }
    }
    return words;
}

QString Resolver::cleanName(int entity) const
{
    return nameWords(entity, nullptr, nullptr).join(QLatin1Char(' '));
}

bool Resolver::capitalIsPlace(int entity)
{
    auto it = m_capitalPlace.constFind(entity);
    if (it != m_capitalPlace.cend())
        return *it;
    const int first = m_ctx.entityFirst(entity);
    const int s = m_ctx.sentenceOf(first);
    const int lo = s >= 0 ? m_ctx.sentenceFirst(s) : 0;
    const int hi = s >= 0 ? m_ctx.sentenceEnd(s) : m_ctx.tokenCount();
    bool place = false;
    int k = first - 1;
    if (k >= lo && m_ctx.isDeterminer(k))
        --k;
    if (k >= lo && isLocative(m_ctx.lower(k))) {
        place = true;
    } else if (k >= lo + 1 &&
               (m_ctx.lower(k) == QLatin1String("and") || m_ctx.lower(k) == QLatin1String("or")) &&
               m_ctx.entityAt(k - 1) >= 0) {
        // "in Beijing and Shanghai": a conjunct shares its partner's reading.
        const int partner = m_ctx.entityAt(k - 1);
        const ActorLexicon::Place p = m_lex.place(cleanName(partner));
        place = p.kind == ActorLexicon::PlaceKind::Capital
                    ? capitalIsPlace(partner)
                    : (p.kind == ActorLexicon::PlaceKind::None && m_a.entities[partner].type == kLocation);
    } else if (k < lo) {
        // Sentence-initial: a dateline ("BEIJING —") or the subject ("Beijing refused").
        const int next = m_ctx.entityLast(entity) + 1;
        place = next < hi &&
                (m_ctx.word(next) == QString(QChar(0x2014)) || m_ctx.word(next) == QLatin1String("-"));
    }
    // "Paris, Texas" and "Beijing, China": a place named with its region.
    const int next = m_ctx.entityLast(entity) + 1;
    if (!place && next + 1 < hi && m_ctx.word(next) == QLatin1String(",") && m_ctx.entityAt(next + 1) >= 0 &&
        m_a.entities[m_ctx.entityAt(next + 1)].type == kLocation)
        place = true;
    m_capitalPlace.insert(entity, place);
    return place;
}

int Resolver::clusterFor(const QString &key, const QString &type)
{
    auto it = m_byKey.constFind(key);
    if (it != m_byKey.cend())
        return *it;
    Cluster c;
    c.key = key;
    c.type = type;
    m_clusters << c;
    m_byKey.insert(key, int(m_clusters.size()) - 1);
    return int(m_clusters.size()) - 1;
}

void Resolver::addEntity(int cluster, int entity, const QString &form)
{
    Cluster &c = m_clusters[cluster];
    c.entities << entity;
    if (!form.isEmpty())
        c.forms << form;
    c.firstOffset = qMin(c.firstOffset, m_a.entities[entity].start);
    m_clusterOfEntity[entity] = cluster;
}

void Resolver::clusterPeople(const QVector<int> &people)
{
    // Full names first, so a surname met before its full name ("Blinken" in the headline) finds it.
    QVector<int> singles;
    for (int e : people) {
        QString title;
        char gender = 0;
        const QStringList words = nameWords(e, &title, &gender);
        if (words.size() < 2) {
            singles << e;
            continue;
        }
        // Middle names and initials vary ("John F. Kennedy", "John Kennedy"): first and last decide.
        const QString key =
            QStringLiteral("person:") + words.first().toLower() + QLatin1Char('|') + words.last().toLower();
        const int c = clusterFor(key, kPerson);
        addEntity(c, e, words.join(QLatin1Char(' ')));
        Cluster &cl = m_clusters[c];
        if (words.size() > cl.nameTokens.size())
            cl.nameTokens = words;
        if (!title.isEmpty()) {
            addUnique(cl.roles, title);
            cl.roleHeads.insert(title.toLower());
        }
        if (gender)
            cl.gender = gender;
        if (!cl.gender)
            cl.gender = m_lex.gender(words.first());
    }
    // The full names by their last and by their first word (case folded; the words of a full
    // name do not change below), and where each was mentioned, by start offset.
    QHash<QString, QVector<int>> byLast, byFirst;
    QHash<int, std::vector<std::pair<int, int>>> mentions; // cluster -> (start, sentence), sorted
    auto sentenceOfEntity = [this](int e) { return m_ctx.sentenceOf(m_ctx.entityFirst(e)); };
    for (int i = 0; i < m_clusters.size(); ++i) {
        const Cluster &cl = m_clusters[i];
        if (cl.type != kPerson)
            continue;
        byLast[cl.nameTokens.last().toCaseFolded()] << i;
        byFirst[cl.nameTokens.first().toCaseFolded()] << i;
        std::vector<std::pair<int, int>> &m = mentions[i];
        for (int e : cl.entities)
            m.emplace_back(m_a.entities[e].start, sentenceOfEntity(e));
        std::sort(m.begin(), m.end());
    }
    for (int e : std::as_const(singles)) {
        QString title;
        char gender = 0;
        const QStringList words = nameWords(e, &title, &gender);
        const QString w = words.value(0);
        const int start = m_a.entities[e].start;
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
            // Surname first ("Burns" → Bill Burns), then the first word ("Xi" → Xi Jinping).
            QVector<int> cands;
            for (int c : (pass == 0 ? byLast : byFirst).value(w.toCaseFolded())) {
                const QStringList &t = m_clusters[c].nameTokens;
                if (sameText(pass == 0 ? t.last() : t.first(), w))
                    cands << c;
            }
            if (cands.size() == 1) {
                chosen = cands.first();
            } else if (cands.size() > 1) {
                // Two people share the name: only one named in this sentence or the one before
                // decides. Sentences follow the text, so the last mention before this one tells.
                const int s = sentenceOfEntity(e);
                QVector<int> near;
                for (int c : std::as_const(cands)) {
                    const std::vector<std::pair<int, int>> &m = mentions[c];
                    const auto after = std::lower_bound(m.cbegin(), m.cend(), std::make_pair(start, INT_MIN));
                    if (after != m.cbegin() && std::prev(after)->second <= s &&
                        std::prev(after)->second >= s - 1)
                        near << c;
                }
                chosen = near.size() == 1 ? near.first() : -2;
            }
        }
        int c = chosen;
        if (c >= 0) {
            std::vector<std::pair<int, int>> &m = mentions[c];
            const std::pair<int, int> mention{start, sentenceOfEntity(e)};
            m.insert(std::upper_bound(m.begin(), m.end(), mention), mention);
        }
        if (c < 0)
            c = clusterFor(QStringLiteral("person:") + (chosen == -2 ? QStringLiteral("?") : QString()) +
                               w.toLower(),
                           kPerson);
        addEntity(c, e, w);
        Cluster &cl = m_clusters[c];
        if (cl.nameTokens.isEmpty())
            cl.nameTokens = words;
        if (!title.isEmpty())
            addUnique(cl.roles, title);
        if (gender)
            cl.gender = gender;
    }
}

void Resolver::mergeAcronyms()
{
    // "National Security Council" and "NSC" are one organisation. Organisations by the initials
    // of their first form (a merge keeps the first form of the one that stays).
    QHash<QString, QVector<int>> byInitials;
    for (int j = 0; j < m_clusters.size(); ++j) {
        const Cluster &full = m_clusters[j];
        if (full.type != kOrg || full.forms.isEmpty())
            continue;
        QString initials;
        for (const QString &w : full.forms.first().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!w.isEmpty() && w.at(0).isUpper())
                initials += w.at(0);
        if (initials.size() >= 2)
            byInitials[initials] << j;
    }
    for (int i = 0; i < m_clusters.size(); ++i) {
        Cluster &acr = m_clusters[i];
        if (acr.type != kOrg || acr.forms.isEmpty())
            continue;
        const QString a = acr.forms.first();
        if (a.size() < 2 || a.size() > 6 || a.toUpper() != a)
            continue;
        for (int j : byInitials.value(a)) {
            if (j == i || m_clusters[j].mergedInto >= 0)
                continue;
            mergeCluster(i, j);
            break;
        }
    }
}

void Resolver::mergeCluster(int from, int into)
{
    Cluster &src = m_clusters[from];
    Cluster &dst = m_clusters[into];
    src.mergedInto = into;
    for (int e : std::as_const(src.entities))
        dst.entities << e;
    dst.forms << src.forms;
    dst.firstOffset = qMin(dst.firstOffset, src.firstOffset);
}

void Resolver::mergeOrganisationForms()
{
    // "Lakeside Foods Inc.", "Lakeside Foods" and, later, "Lakeside" are one company: a legal
    // suffix does not make another organisation, and a name of up to three words that begins
    // exactly one longer organisation name named before it is its short form.
    static const QSet<QString> legal = {
        QStringLiteral("inc"),     QStringLiteral("inc."),   QStringLiteral("corp"),
        QStringLiteral("corp."),   QStringLiteral("co"),     QStringLiteral("co."),
        QStringLiteral("ltd"),     QStringLiteral("ltd."),   QStringLiteral("plc"),
        QStringLiteral("llc"),     QStringLiteral("l.l.c."), QStringLiteral("corporation"),
        QStringLiteral("limited"), QStringLiteral("ag"),     QStringLiteral("sa"),
        QStringLiteral("s.a."),    QStringLiteral("nv"),     QStringLiteral("n.v."),
        QStringLiteral("gmbh"),    QStringLiteral("lp")};
    auto core = [&](const Cluster &c) {
        QStringList words = c.forms.first().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty() && words.first() == QLatin1String("the"))
            words.removeFirst();
        // "Crisp & Co." is a name of its own: keep a suffix that follows "&" or "and".
        while (words.size() > 1 && legal.contains(words.last()) &&
               words.at(words.size() - 2) != QLatin1String("&") &&
               words.at(words.size() - 2) != QLatin1String("and"))
            words.removeLast();
        return words;
    };
    QVector<int> orgs;
    QVector<QStringList> cores; // of each cluster in orgs; merging keeps a cluster's first form
    for (int i = 0; i < m_clusters.size(); ++i)
        if (m_clusters[i].type == kOrg && m_clusters[i].mergedInto < 0 && !m_clusters[i].forms.isEmpty()) {
            orgs << i;
            cores << core(m_clusters[i]);
        }
    // Clusters are made in text order; the first of equal names keeps the others.
    QHash<QStringList, QVector<int>> byCore;
    for (int a = 0; a < orgs.size(); ++a)
        byCore[cores[a]] << a;
    for (int a = 0; a < orgs.size(); ++a) {
        const QVector<int> &same = byCore[cores[a]];
        if (same.first() != a)
            continue;
        for (int b : same)
            if (b != a)
                mergeCluster(orgs[b], orgs[a]);
    }
    // The longer names by their first one, two and three words.
    QHash<QStringList, QVector<int>> byStart;
    for (int b = 0; b < orgs.size(); ++b)
        for (int k = 1; k <= 3 && k < cores[b].size(); ++k)
            byStart[cores[b].mid(0, k)] << b;
    for (int a = 0; a < orgs.size(); ++a) {
        Cluster &shortForm = m_clusters[orgs[a]];
        if (shortForm.mergedInto >= 0)
            continue;
        const QStringList &cs = cores[a];
        if (cs.isEmpty() || cs.size() > 3)
            continue;
        // "Home Shopping" after "Home Shopping Network Inc.": news names a company in full
        // first. An index or a unit named after the company is another thing.
        static const QSet<QString> another = {QStringLiteral("index"),      QStringLiteral("composite"),
                                              QStringLiteral("average"),    QStringLiteral("futures"),
                                              QStringLiteral("division"),   QStringLiteral("unit"),
                                              QStringLiteral("subsidiary"), QStringLiteral("foundation")};
        int target = -1, found = 0;
        for (int b : byStart.value(cs)) {
            const Cluster &full = m_clusters[orgs[b]];
            if (b == a || full.mergedInto >= 0 || full.firstOffset > shortForm.firstOffset)
                continue;
            const QStringList &cf = cores[b];
            bool other = false;
            for (const QString &w : cf.mid(cs.size()))
                other = other || another.contains(w);
            if (!other) {
                target = orgs[b];
                ++found;
            }
        }
        if (found == 1)
            mergeCluster(orgs[a], target);
    }
}

void Resolver::collectRoles()
{
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const int c = root(m_clusterOfEntity[e]);
        Cluster &cl = m_clusters[c];
        if (cl.type != kPerson)
            continue;
        // "Marco Reyes of the National Alliance", "Ana Lee from Acme": the organisation the
        // person belongs to, said right after the name.
        if (cl.org.isEmpty()) {
            int k = m_ctx.entityLast(e) + 1;
            if (k + 1 < m_ctx.tokenCount() &&
                (m_ctx.lower(k) == QLatin1String("of") || m_ctx.lower(k) == QLatin1String("from"))) {
                ++k;
                if (m_ctx.isDeterminer(k))
                    ++k;
                const int org = k < m_ctx.tokenCount() ? m_ctx.entityAt(k) : -1;
                if (org >= 0 && m_ctx.entityFirst(org) == k && m_a.entities[org].type == kOrg &&
                    m_lex.place(cleanName(org)).kind == ActorLexicon::PlaceKind::None)
                    cl.org = cleanName(org);
            }
        }
        const RolePhrase roles[] = {m_ctx.premodifier(e), m_ctx.postApposition(e), m_ctx.preApposition(e)};
        for (const RolePhrase &r : roles) {
            if (!r.isValid() || r.plural)
                continue;
            if (r.relational || r.possessivePronoun >= 0 ||
                (r.possessorEntity >= 0 && m_a.entities[r.possessorEntity].type == kPerson)) {
                m_pending << PendingRole{c, r};
                if (r.relational)
                    continue; // the role is written once the possessor is known
            }
            addUnique(cl.roles, r.text);
            cl.roleHeads.insert(r.headWord);
            cl.roleHeads.insert(MentionContext::headNoun(r.headWord));
            if (!r.countries.isEmpty())
                cl.countryVotes << r.countries.first();
            if (cl.institutionCountry.isEmpty())
                cl.institutionCountry = r.institutionCountry;
            if (cl.org.isEmpty() && !r.orgs.isEmpty())
                cl.org = m_a.entities[r.orgs.first()].text;
            if (r.possessivePronoun >= 0 && m_ctx.lower(r.possessivePronoun) == QLatin1String("its")) {
                // "Its managing director, Joseph Njoroge": the organisation just named.
                const int owner = organisationBefore(r.possessivePronoun);
                if (owner >= 0) {
                    const Cluster &o = m_clusters[owner];
                    ActorReference ref;
                    ref.start = m_a.tokens[r.possessivePronoun].start;
                    ref.end = m_a.tokens[r.possessivePronoun].end;
                    ref.text = m_ctx.word(r.possessivePronoun);
                    ref.kind = QStringLiteral("pronoun");
                    m_clusters[owner].refs << ref;
                    m_referenceCluster.insert(r.possessivePronoun, owner);
                    if (cl.org.isEmpty())
                        cl.org = nameOf(o);
                    if (cl.institutionCountry.isEmpty())
                        cl.institutionCountry = affiliationOf(o);
                }
            }
        }
    }
}

int Resolver::organisationBefore(int token) const
{
    // The one organisation named in this sentence before the token, else in the sentence before.
    const int s = m_ctx.sentenceOf(token);
    if (m_entitiesBySentence.isEmpty()) {
        m_entitiesBySentence.resize(m_a.sentences.size());
        for (int e = 0; e < m_a.entities.size(); ++e) {
            const int first = m_ctx.entityFirst(e);
            const int sentence = first >= 0 ? m_ctx.sentenceOf(first) : -1;
            if (sentence >= 0 && sentence < m_entitiesBySentence.size())
                m_entitiesBySentence[sentence] << e;
        }
    }
    for (int sentence = s; sentence >= s - 1 && sentence >= 0; --sentence) {
        QSet<int> found;
        for (int e : m_entitiesBySentence.value(sentence)) {
            const int first = m_ctx.entityFirst(e);
            if (first < 0 || m_ctx.sentenceOf(first) != sentence || first >= token)
                continue;
            const int c = root(m_clusterOfEntity[e]);
            if (m_clusters[c].type == kOrg)
                found.insert(c);
        }
        if (found.size() == 1)
            return *found.begin();
        if (found.size() > 1)
            return -1;
    }
    return -1;
}

QString Resolver::affiliationOf(const Cluster &c) const
{
    if (c.isCountry)
        return QString();
    if (!c.placeCountry.isEmpty())
        return c.placeCountry;
    if (c.type == kOrg) {
        for (const QString &f : c.forms) {
            const QString country = m_lex.institutionCountry(f);
            if (!country.isEmpty())
                return country;
        }
        return QString();
    }
    if (!c.countryVotes.isEmpty())
        return vote(c.countryVotes);
    if (!c.institutionCountry.isEmpty())
        return c.institutionCountry;
    return c.org;
}

QString Resolver::nameOf(const Cluster &c) const
{
    if (c.isCountry)
        return c.canonical;
    if (c.type == kPerson && !c.nameTokens.isEmpty())
        return c.nameTokens.join(QLatin1Char(' '));
    QString best;
    for (const QString &f : c.forms)
        if (f.size() > best.size())
            best = f;
    return best;
}

void Resolver::resolveReferences()
{
    // The person mentions of the names, in text order.
    QVector<PersonMention> names;
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const int c = root(m_clusterOfEntity[e]);
        if (m_clusters[c].type != kPerson || m_ctx.isAttributive(e))
            continue;
        PersonMention m;
        m.token = m_ctx.entityFirst(e);
        m.sentence = m_ctx.sentenceOf(m.token);
        m.cluster = c;
        // The extent of the name with its premodifier: a subject is not governed by a preposition.
        const RolePhrase pre = m_ctx.premodifier(e);
        const int before = (pre.isValid() ? pre.extentFirst : m.token) - 1;
        m.subject = before < 0 || m_ctx.sentenceOf(before) != m.sentence || !m_ctx.governsNoun(before);
        names << m;
    }
    // The timeline of person mentions that pronouns and descriptions look back along: the names
    // and, as they are resolved in text order, the references. Every question below is about
    // mentions before the candidate, so the timeline takes the names as the candidates advance
    // (those after the candidate would all be skipped) and is searched from the sentences that
    // matter, not from its start.
    std::vector<PersonMention> timeline;
    timeline.reserve(names.size());
    int pending = 0; // the first name not yet on the timeline
    // Where each mention stands on the timeline, as a comparable key (token, a name after the
    // references of its token, a later reference before an earlier one), per cluster in order.
    using Key = std::tuple<int, int, int>;
    std::vector<std::vector<Key>> keysOf(m_clusters.size());
    int references = 0;
    auto add = [&](const PersonMention &m, bool reference) {
        const Key key{m.token, reference ? 0 : 1, reference ? -++references : 0};
        std::vector<Key> &keys = keysOf[m.cluster];
        keys.insert(std::lower_bound(keys.begin(), keys.end(), key), key);
        // A reference goes before the names and references of its token, a name after them.
        auto it = reference ? std::lower_bound(timeline.begin(), timeline.end(), m.token,
                                               [](const PersonMention &x, int t) { return x.token < t; })
                            : std::upper_bound(timeline.begin(), timeline.end(), m.token,
                                               [](int t, const PersonMention &x) { return t < x.token; });
        timeline.insert(it, m);
    };
    auto advanceTo = [&](int token) {
        while (pending < names.size() && names[pending].token < token)
            add(names[pending++], false);
    };
    // The first mention on the timeline that may be in sentence `s` or later.
    auto fromSentence = [&](int s) {
        if (s <= 0)
            return timeline.cbegin();
        const int first = m_ctx.sentenceFirst(s);
        return std::lower_bound(timeline.cbegin(), timeline.cend(), first,
                                [](const PersonMention &x, int t) { return x.token < t; });
    };
    auto compatible = [this](int cluster, char gender) {
        const char g = m_clusters[cluster].gender;
        return !gender || !g || g == gender;
    };
    // The people holding each role head; a cluster's roles and side do not change here.
    QHash<QString, QVector<int>> holdersOf;
    for (int c = 0; c < m_clusters.size(); ++c)
        for (const QString &h : std::as_const(m_clusters[c].roleHeads))
            holdersOf[h] << c;
    QVector<int> lookedAt(m_clusters.size(), 0); // the last description that considered a cluster
    int looks = 0;
    QVector<std::optional<QString>> affiliations(m_clusters.size());
    auto affiliation = [&](int c) -> const QString & {
        if (!affiliations[c])
            affiliations[c] = affiliationOf(m_clusters[c]);
        return *affiliations[c];
    };

    // Candidates: descriptions and pronouns, in text order.
    struct Candidate
    {
        int token;
        int last;
        RolePhrase nominal;
        bool isNominal;
    };
    QVector<Candidate> cands;
    for (const RolePhrase &r : m_ctx.nominals())
        cands << Candidate{r.extentFirst, r.extentLast, r, true};
    for (int i = 0; i < m_ctx.tokenCount(); ++i)
        if (MentionContext::isPersonalPronoun(m_ctx.lower(i)))
            cands << Candidate{i, i, RolePhrase(), false};
    std::sort(cands.begin(), cands.end(),
              [](const Candidate &x, const Candidate &y) { return x.token < y.token; });

    for (const Candidate &cand : std::as_const(cands)) {
        const int s = m_ctx.sentenceOf(cand.token);
        if (s < 0)
            continue;
        advanceTo(cand.token);
        int chosen = -1;
        if (cand.isNominal) {
            const RolePhrase &r = cand.nominal;
            const QString country = !r.countries.isEmpty() ? r.countries.first() : r.institutionCountry;
            const QString head = MentionContext::headNoun(r.headWord);
            // A matching title: the most recent holder, unless another holder is just as near.
            // Holders are people with the role and no other side, by their last mention before
            // the description, most recent first: only the first two matter.
            struct Holder
            {
                Key last;
                int cluster;
            };
            std::optional<Holder> first, second;
            ++looks;
            for (const QString &h : {r.headWord, head}) {
                for (int c : holdersOf.value(h)) {
                    if (lookedAt[c] == looks)
                        continue;
                    lookedAt[c] = looks;
                    const std::vector<Key> &keys = keysOf[c];
                    const auto after =
                        std::lower_bound(keys.cbegin(), keys.cend(), Key{cand.token, 0, INT_MIN});
                    if (after == keys.cbegin())
                        continue;
                    const QString &aff = affiliation(c);
                    if (!country.isEmpty() && !aff.isEmpty() && aff != country)
                        continue;
                    const Holder holder{*std::prev(after), c};
                    if (!first || holder.last > first->last) {
                        second = first;
                        first = holder;
                    } else if (!second || holder.last > second->last) {
                        second = holder;
                    }
                }
            }
            if (first && !second) {
                chosen = first->cluster;
            } else if (second) {
                const int secondLast = m_ctx.sentenceOf(std::get<0>(second->last));
                if (secondLast < s - 2)
                    chosen = first->cluster;
            } else if (!country.isEmpty()) {
                // A generic description with a side ("the US diplomat"): the one person of that
                // side in this sentence or the two before.
                QSet<int> found;
                for (auto it = fromSentence(s - 2); it != timeline.cend(); ++it) {
                    const PersonMention &m = *it;
                    if (m.token >= cand.token || m.sentence < s - 2)
                        continue;
                    if (affiliation(m.cluster) == country)
                        found.insert(m.cluster);
                }
                if (found.size() == 1)
                    chosen = *found.begin();
            }
        } else {
            const QString w = m_ctx.lower(cand.token);
            const char g = MentionContext::pronounGender(w);
            QVector<int> same, previous;
            for (auto it = fromSentence(s - 1); it != timeline.cend(); ++it) {
                const PersonMention &m = *it;
                if (m.token >= cand.token || !compatible(m.cluster, g))
                    continue;
                if (m.sentence == s && !same.contains(m.cluster))
                    same << m.cluster;
                else if (m.sentence == s - 1 && !previous.contains(m.cluster))
                    previous << m.cluster;
            }
            if (same.size() == 1) {
                chosen = same.first();
            } else if (same.isEmpty() && previous.size() == 1) {
                chosen = previous.first();
            } else if (same.isEmpty() && previous.size() > 1 && MentionContext::isNominativePronoun(w)) {
                // "He also met ...": a subject pronoun opening a sentence continues the previous
                // sentence's subject.
                const int lo = m_ctx.sentenceFirst(s);
                const bool opens = cand.token == lo || m_ctx.word(cand.token - 1) == QLatin1String(",");
                if (opens) {
                    // The previous sentence's first subject (the names after the candidate
                    // would follow the timeline when a mention lies outside every sentence).
                    const PersonMention *subject = nullptr;
                    for (auto it = fromSentence(s - 1); it != timeline.cend() && !subject; ++it)
                        if (it->sentence == s - 1 && it->subject)
                            subject = &*it;
                    for (int k = pending; k < names.size() && !subject && s - 1 < 0; ++k)
                        if (names[k].sentence == s - 1 && names[k].subject)
                            subject = &names[k];
                    if (subject && compatible(subject->cluster, g))
                        chosen = subject->cluster;
                }
            }
            if (chosen >= 0 && !m_clusters[chosen].gender)
                m_clusters[chosen].gender = g;
        }
        if (chosen < 0)
            continue;
        ActorReference ref;
        ref.start = m_a.tokens[cand.token].start;
        ref.end = m_a.tokens[cand.last].end;
        ref.text = m_a.text.mid(ref.start, ref.end - ref.start);
        ref.kind = cand.isNominal ? QStringLiteral("nominal") : QStringLiteral("pronoun");
        m_clusters[chosen].refs << ref;
        for (int t = cand.token; t <= cand.last; ++t)
            m_referenceCluster.insert(t, chosen);
        PersonMention pm;
        pm.token = cand.token;
        pm.sentence = s;
        pm.cluster = chosen;
        const int before = cand.token - 1;
        pm.subject = before < 0 || m_ctx.sentenceOf(before) != s || !m_ctx.governsNoun(before);
        if (!MentionContext::isNominativePronoun(m_ctx.lower(cand.token)) && !cand.isNominal)
            pm.subject = false;
        add(pm, true);
    }
}

void Resolver::applyRelationalRoles()
{
    for (const PendingRole &p : std::as_const(m_pending)) {
        const RolePhrase &r = p.role;
        int owner = -1;
        if (r.possessivePronoun >= 0)
            owner = m_referenceCluster.value(r.possessivePronoun, -1);
        else if (r.possessorEntity >= 0)
            owner = root(m_clusterOfEntity[r.possessorEntity]);
        if (owner < 0 || owner == p.cluster)
            continue;
        Cluster &cl = m_clusters[p.cluster];
        const Cluster &o = m_clusters[owner];
        if (o.type != kPerson)
            continue;
        if (r.relational) {
            // "his US counterpart" → "US counterpart of Li Shangfu".
            QString words = r.text;
            if (r.possessorEntity >= 0)
                words = m_ctx.spanText(m_ctx.entityLast(r.possessorEntity) + 2, r.last);
            addUnique(cl.roles, words + QStringLiteral(" of ") + nameOf(o));
            cl.roleHeads.insert(r.headWord);
            if (!r.countries.isEmpty())
                cl.countryVotes << r.countries.first();
        }
        const QString side = affiliationOf(o);
        if (r.countries.isEmpty() && cl.countryVotes.isEmpty() && cl.institutionCountry.isEmpty() &&
            sharesSide(r.headWord) && !side.isEmpty() && !o.isCountry)
            cl.countryVotes << side;
    }
}

QString Resolver::sideCountry(const Cluster &c) const
{
    if (!c.countryVotes.isEmpty())
        return vote(c.countryVotes);
    return c.institutionCountry;
}

void Resolver::inferBareHeadOfStateSides()
{
    // News names a foreign head of state with the country ("Chinese President ..."); a bare
    // "President Ana Ruiz" met in a sentence with another side's leader is the president of the
    // other side, when the people of the article take two sides and no third one as often.
    static const QSet<QString> headsOfState = {QStringLiteral("president"), QStringLiteral("king"),
                                               QStringLiteral("queen"),     QStringLiteral("emperor"),
                                               QStringLiteral("empress"),   QStringLiteral("emir"),
                                               QStringLiteral("sultan"),    QStringLiteral("monarch")};
    static const QSet<QString> leaders =
        headsOfState + QSet<QString>{QStringLiteral("leader"), QStringLiteral("supreme leader"),
                                     QStringLiteral("head of state")};
    QHash<QString, int> sides; // country -> people of that side
    QVector<int> bare;
    for (int i = 0; i < m_clusters.size(); ++i) {
        const Cluster &c = m_clusters[i];
        if (c.mergedInto >= 0 || c.type != kPerson || c.entities.isEmpty())
            continue;
        const QString side = sideCountry(c);
        if (!side.isEmpty()) {
            ++sides[side];
            continue;
        }
        if (!c.org.isEmpty())
            continue;
        for (QString role : c.roles) {
            role = role.toLower();
            if (role.startsWith(QLatin1String("former ")))
                role = role.mid(7);
            if (headsOfState.contains(role)) {
                bare << i;
                break;
            }
        }
    }
    if (bare.isEmpty() || sides.size() < 2)
        return;
    QVector<QPair<int, QString>> ranked;
    for (auto it = sides.cbegin(); it != sides.cend(); ++it)
        ranked << qMakePair(it.value(), it.key());
    std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    const int third = ranked.size() > 2 ? ranked[2].first : 0;
    if (ranked[1].first < 2 || ranked[1].first <= third)
        return;

    auto sentencesOf = [this](const Cluster &c) {
        QSet<int> out;
        for (int e : c.entities)
            out.insert(m_ctx.sentenceOf(m_ctx.entityFirst(e)));
        return out;
    };
    // The two sides' leaders, with the sentences they are named in.
    struct Leader
    {
        QString side;
        QSet<int> sentences;
    };
    QVector<Leader> sideLeaders;
    for (const Cluster &q : std::as_const(m_clusters)) {
        if (q.mergedInto >= 0 || q.type != kPerson)
            continue;
        const QString side = sideCountry(q);
        if (side.isEmpty() || (side != ranked[0].second && side != ranked[1].second))
            continue;
        // A country's leader ("Chinese leader", "China’s president"), not "opposition leader".
        bool leader = false;
        for (const QString &role : q.roles) {
            QStringList rest;
            for (QString w : role.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (w.endsWith(QLatin1String("’s")) || w.endsWith(QLatin1String("'s")))
                    w.chop(2);
                if (m_lex.place(w).country.isEmpty() && w != QLatin1String("top") &&
                    w != QLatin1String("paramount"))
                    rest << w;
            }
            leader = leader || leaders.contains(rest.join(QLatin1Char(' ')));
        }
        if (leader)
            sideLeaders << Leader{side, sentencesOf(q)};
    }
    // Which bare head of state meets which other side's leader.
    QHash<int, QString> found;
    QHash<QString, int> claimed; // the other side's country -> bare heads of state meeting its leader
    for (int p : std::as_const(bare)) {
        const QSet<int> ps = sentencesOf(m_clusters[p]);
        QSet<QString> opposite;
        for (const Leader &q : std::as_const(sideLeaders))
            if (q.sentences.intersects(ps))
                opposite.insert(q.side);
        if (opposite.size() != 1)
            continue;
        const QString other = *opposite.begin();
        found.insert(p, other == ranked[0].second ? ranked[1].second : ranked[0].second);
        ++claimed[other];
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        // Two bare presidents facing one leader: which one is whose is not written.
        const QString other = it.value() == ranked[0].second ? ranked[1].second : ranked[0].second;
        if (claimed.value(other) == 1)
            m_clusters[it.key()].countryVotes << it.value();
    }
}

void Resolver::write()
{
    QVector<int> order;
    for (int i = 0; i < m_clusters.size(); ++i) {
        Cluster &c = m_clusters[i];
        if (c.mergedInto >= 0 || (c.entities.isEmpty() && c.refs.isEmpty()))
            continue;
        for (const ActorReference &r : std::as_const(c.refs))
            c.firstOffset = qMin(c.firstOffset, r.start);
        order << i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int x, int y) { return m_clusters[x].firstOffset < m_clusters[y].firstOffset; });
    m_a.actors.clear();
    int n = 0;
    for (int i : std::as_const(order)) {
        Cluster &c = m_clusters[i];
        Actor a;
        a.id = QStringLiteral("a%1").arg(++n);
        a.type = c.isCountry ? kLocation : c.type;
        a.name = nameOf(c);
        for (const QString &f : std::as_const(c.forms))
            if (!sameText(f, a.name))
                addUnique(a.aliases, f);
        a.roles = c.roles;
        a.affiliation = affiliationOf(c);
        std::sort(c.entities.begin(), c.entities.end());
        for (int e : std::as_const(c.entities)) {
            a.mentions << m_a.entities[e].id;
            m_a.entities[e].actor = a.id;
        }
        std::sort(c.refs.begin(), c.refs.end(),
                  [](const ActorReference &x, const ActorReference &y) { return x.start < y.start; });
        a.references = c.refs;
        m_a.actors << a;
    }
}

void Resolver::run()
{
    m_a.actors.clear();
    const int n = int(m_a.entities.size());
    m_clusterOfEntity.fill(-1, n);
    if (n == 0)
        return;

    // An entity described by a person's title is a person, whatever the NER thought.
    for (int e = 0; e < n; ++e) {
        Entity &en = m_a.entities[e];
        if (en.type == kPerson)
            continue;
        const QString name = cleanName(e);
        if (m_lex.place(name).kind != ActorLexicon::PlaceKind::None ||
            !m_lex.institutionCountry(name).isEmpty())
            continue;
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2 || words.size() > 4)
            continue;
        bool capitalised = true;
        for (const QString &w : words)
            capitalised = capitalised && w.at(0).isUpper();
        if (!capitalised)
            continue;
        const RolePhrase post = m_ctx.postApposition(e);
        const RolePhrase pre = m_ctx.preApposition(e);
        const RolePhrase mod = m_ctx.premodifier(e);
        const bool titled = (post.isValid() && !post.plural) || (pre.isValid() && !pre.plural) ||
                            (mod.isValid() && !mod.relational && mod.first < mod.head);
        if (titled)
            en.type = kPerson;
    }

    // "South China Sea" tagged as an organisation: a name ending in a geographic feature is a place.
    static const QSet<QString> features = {
        QStringLiteral("sea"),     QStringLiteral("ocean"),     QStringLiteral("strait"),
        QStringLiteral("straits"), QStringLiteral("river"),     QStringLiteral("gulf"),
        QStringLiteral("bay"),     QStringLiteral("lake"),      QStringLiteral("island"),
        QStringLiteral("islands"), QStringLiteral("peninsula"), QStringLiteral("mountains"),
        QStringLiteral("desert"),  QStringLiteral("valley"),    QStringLiteral("channel"),
        QStringLiteral("coast")};
    for (Entity &en : m_a.entities) {
        const QString last = en.text.section(QLatin1Char(' '), -1).toLower();
        if (en.type == kOrg && en.text.contains(QLatin1Char(' ')) && features.contains(last))
            en.type = kLocation;
    }

    QVector<int> people;
    for (int e = 0; e < n; ++e) {
        const Entity &en = m_a.entities[e];
        const QString name = cleanName(e);
        const ActorLexicon::Place place = m_lex.place(name);
        if (en.type == kPerson && place.kind == ActorLexicon::PlaceKind::None) {
            people << e;
            continue;
        }
        bool asCountry =
            place.kind == ActorLexicon::PlaceKind::Country || place.kind == ActorLexicon::PlaceKind::Demonym;
        if (place.kind == ActorLexicon::PlaceKind::Capital && !capitalIsPlace(e))
            asCountry = true;
        if (asCountry) {
            const int c = clusterFor(QStringLiteral("country:") + place.country, kLocation);
            m_clusters[c].isCountry = true;
            m_clusters[c].canonical = place.country;
            // A demonym is not a name of the country: keep it out of the aliases.
            addEntity(c, e, place.kind == ActorLexicon::PlaceKind::Demonym ? QString() : name);
            continue;
        }
        QString type = en.type;
        if (place.kind == ActorLexicon::PlaceKind::Capital)
            type = kLocation;
        const QString prefix = type == kOrg        ? QStringLiteral("org:")
                               : type == kLocation ? QStringLiteral("place:")
                                                   : QStringLiteral("misc:");
        const int c = clusterFor(prefix + name.toLower(), type);
        if (place.kind == ActorLexicon::PlaceKind::Capital)
            m_clusters[c].placeCountry = place.country;
        addEntity(c, e, name);
    }
    clusterPeople(people);
    mergeAcronyms();
    mergeOrganisationForms();
    collectRoles();
    resolveReferences();
    applyRelationalRoles();
    inferBareHeadOfStateSides();
    write();
}

} // namespace

ActorResolver::ActorResolver(const ActorLexicon &lexicon) : m_lex(lexicon) {}

void ActorResolver::run(Analysis &analysis) const
{
    for (Entity &e : analysis.entities)
        e.actor.clear();
    Resolver r(analysis, m_lex);
    r.run();
}

} // namespace al
