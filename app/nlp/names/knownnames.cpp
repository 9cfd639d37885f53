#include "knownnames.h"

#include "gazetteer.h"
#include "wordfeatures.h"

#include <vector>

namespace al {

bool KnownNames::isKnown(const QString &phrase)
{
    std::vector<WordFeatures> words;
    for (const QString &token : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.push_back(WordFeatures::make(token));
    if (words.empty())
        return false;
    const Gazetteer &gazetteer = Gazetteer::shared();
    std::vector<quint64> bits(words.size());
    gazetteer.match(words.data(), int(words.size()), bits.data());
    const int count = int(words.size());
    for (int l = 0; l < int(gazetteer.lists().size()); ++l) {
        // Word lists that help the tagger but name nobody on their own ("Ministry", "Mr").
        const QString &list = gazetteer.lists()[l];
        if (list == QLatin1String("orgword") || list == QLatin1String("title") ||
            list == QLatin1String("honorific"))
            continue;
        const Gazetteer::Position first = Gazetteer::position(bits.front(), l);
        const Gazetteer::Position last = Gazetteer::position(bits.back(), l);
        if (count == 1 ? first == Gazetteer::Unit : (first == Gazetteer::Begin && last == Gazetteer::Last))
            return true;
    }
    // "Jana Berger": a known first name and a capitalised last word.
    const int firstNames = gazetteer.listIndex(QStringLiteral("firstname"));
    return count >= 2 && firstNames >= 0 &&
           Gazetteer::position(bits.front(), firstNames) == Gazetteer::Unit &&
           words.back().has(WordFeatures::InitCap);
}

void KnownNames::restrict(Analysis &a)
{
    QVector<Entity> kept;
    for (const Entity &e : std::as_const(a.entities)) {
        if (isKnown(e.text)) {
            kept.push_back(e);
            kept.back().actor.clear();
        }
    }
    for (int i = 0; i < kept.size(); ++i)
        kept[i].id = QStringLiteral("e%1").arg(i + 1);
    a.entities = kept;
    a.actors.clear();
    a.relations.clear();
    a.events.clear();
}

} // namespace al
