#include "placeresolver.h"

#include <QSet>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");
const QString kOrg = QStringLiteral("ORGANIZATION");
const QString kLocation = QStringLiteral("LOCATION");

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

} // namespace

PlaceResolver::PlaceResolver(ActorClusters &clusters)
    : m_c(clusters), m_a(clusters.analysis()), m_lex(clusters.lexicon()), m_ctx(clusters.context())
{}

void PlaceResolver::retypeGeographicFeatures()
{
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
}

QVector<int> PlaceResolver::clusterAllButPeople()
{
    const int n = int(m_a.entities.size());
    QVector<int> people;
    for (int e = 0; e < n; ++e) {
        const Entity &en = m_a.entities[e];
        const QString name = m_c.cleanName(e);
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
            const int c = m_c.clusterFor(QStringLiteral("country:") + place.country, kLocation);
            m_c[c].isCountry = true;
            m_c[c].canonical = place.country;
            // A demonym is not a name of the country: keep it out of the aliases.
            m_c.addEntity(c, e, place.kind == ActorLexicon::PlaceKind::Demonym ? QString() : name);
            continue;
        }
        QString type = en.type;
        if (place.kind == ActorLexicon::PlaceKind::Capital)
            type = kLocation;
        const QString prefix = type == kOrg        ? QStringLiteral("org:")
                               : type == kLocation ? QStringLiteral("place:")
                                                   : QStringLiteral("misc:");
        const int c = m_c.clusterFor(prefix + name.toLower(), type);
        if (place.kind == ActorLexicon::PlaceKind::Capital)
            m_c[c].placeCountry = place.country;
        m_c.addEntity(c, e, name);
    }
    return people;
}

bool PlaceResolver::capitalIsPlace(int entity)
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
        const ActorLexicon::Place p = m_lex.place(m_c.cleanName(partner));
        place = p.kind == ActorLexicon::PlaceKind::Capital
                    ? capitalIsPlace(partner)
                    : (p.kind == ActorLexicon::PlaceKind::None && m_a.entities[partner].type == kLocation);
    } else if (k < lo) {
        // Sentence-initial: a dateline ("BEIJING —") or the subject ("Beijing refused").
        const int next = m_ctx.entityLast(entity) + 1;
        place = next < hi &&
                (m_ctx.view(next) == QStringView(u"\u2014") || m_ctx.view(next) == QLatin1String("-"));
    }
    // "Paris, Texas" and "Beijing, China": a place named with its region.
    const int next = m_ctx.entityLast(entity) + 1;
    if (!place && next + 1 < hi && m_ctx.view(next) == QLatin1String(",") && m_ctx.entityAt(next + 1) >= 0 &&
        m_a.entities[m_ctx.entityAt(next + 1)].type == kLocation)
        place = true;
    m_capitalPlace.insert(entity, place);
    return place;
}

} // namespace al
