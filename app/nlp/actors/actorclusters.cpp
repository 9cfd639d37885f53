#include "actorclusters.h"

#include <algorithm>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");
const QString kOrg = QStringLiteral("ORGANIZATION");
const QString kLocation = QStringLiteral("LOCATION");

} // namespace

bool ActorClusters::sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void ActorClusters::addUnique(QStringList &list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &v : std::as_const(list))
        if (sameText(v, value))
            return;
    list << value;
}

QString ActorClusters::vote(const QStringList &values)
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

ActorClusters::ActorClusters(Analysis &analysis, const ActorLexicon &lexicon)
    : m_a(analysis), m_lex(lexicon), m_ctx(analysis, lexicon)
{
    m_clusterOfEntity.fill(-1, m_a.entities.size());
}

int ActorClusters::clusterFor(const QString &key, const QString &type)
{
    auto it = m_byKey.constFind(key);
    if (it != m_byKey.cend())
        return *it;
    ActorCluster c;
    c.key = key;
    c.type = type;
    m_clusters.append(std::move(c));
    m_byKey.insert(key, int(m_clusters.size()) - 1);
    return int(m_clusters.size()) - 1;
}

void ActorClusters::addEntity(int cluster, int entity, const QString &form)
{
    ActorCluster &c = m_clusters[cluster];
    c.entities << entity;
    if (!form.isEmpty())
        c.forms << form;
    c.firstOffset = qMin(c.firstOffset, m_a.entities[entity].start);
    m_clusterOfEntity[entity] = cluster;
}

void ActorClusters::merge(int from, int into)
{
    ActorCluster &src = m_clusters[from];
    ActorCluster &dst = m_clusters[into];
    src.mergedInto = into;
    for (int e : std::as_const(src.entities))
        dst.entities << e;
    dst.forms << src.forms;
    dst.firstOffset = qMin(dst.firstOffset, src.firstOffset);
}

QStringList ActorClusters::nameWords(int entity, QString *title, char *gender) const
{
    QStringList words;
    const int first = m_ctx.entityFirst(entity), last = m_ctx.entityLast(entity);
    if (first < 0)
        return words;
    for (int i = first; i <= last; ++i) {
        if (m_ctx.isPossessive(i) ||
            (m_ctx.isPunctuation(i) && m_ctx.view(i) != QLatin1String("-") &&
             m_ctx.view(i) != QLatin1String(".") && m_ctx.view(i) != QLatin1String("&")))
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

QString ActorClusters::cleanName(int entity) const
{
    return nameWords(entity, nullptr, nullptr).join(QLatin1Char(' '));
}

QString ActorClusters::affiliationOf(const ActorCluster &c) const
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

QString ActorClusters::nameOf(const ActorCluster &c) const
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

QString ActorClusters::sideCountry(const ActorCluster &c) const
{
    if (!c.countryVotes.isEmpty())
        return vote(c.countryVotes);
    return c.institutionCountry;
}

void ActorClusters::write()
{
    QVector<int> order;
    for (int i = 0; i < m_clusters.size(); ++i) {
        ActorCluster &c = m_clusters[i];
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
        ActorCluster &c = m_clusters[i];
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

} // namespace al
