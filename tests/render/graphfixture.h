#pragma once

// A relationship graph the team made up: two sides of four actors each, two actors of no side.

#include "analysis.h"

namespace al::test {

inline Analysis graphAnalysis()
{
    Analysis a;
    auto actor = [&a](const QString &name, const QString &type, const QString &side, int mentions) {
        Actor x;
        x.id = QStringLiteral("a%1").arg(a.actors.size() + 1);
        x.name = name;
        x.type = type;
        x.affiliation = side;
        for (int i = 0; i < mentions; ++i)
            x.mentions << QStringLiteral("%1-%2").arg(x.id).arg(i);
        a.actors << x;
        return x.id;
    };
    const QString kenya = actor(QStringLiteral("Kenya"), QStringLiteral("LOCATION"), QString(), 6);
    const QString wekesa =
        actor(QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON"), QStringLiteral("Kenya"), 4);
    const QString mwangi =
        actor(QStringLiteral("Peter Mwangi"), QStringLiteral("PERSON"), QStringLiteral("Kenya"), 2);
    const QString ports = actor(QStringLiteral("Kenya Ports Authority"), QStringLiteral("ORGANIZATION"),
                                QStringLiteral("Kenya"), 1);
    const QString sweden = actor(QStringLiteral("Sweden"), QStringLiteral("LOCATION"), QString(), 3);
    const QString lindqvist =
        actor(QStringLiteral("Tomas Lindqvist"), QStringLiteral("PERSON"), QStringLiteral("Sweden"), 3);
    const QString berg =
        actor(QStringLiteral("Karin Berg"), QStringLiteral("PERSON"), QStringLiteral("Sweden"), 1);
    const QString stockholm =
        actor(QStringLiteral("Stockholm"), QStringLiteral("LOCATION"), QStringLiteral("Sweden"), 2);
    const QString bank = actor(QStringLiteral("World Bank"), QStringLiteral("ORGANIZATION"), QString(), 2);
    const QString okafor = actor(QStringLiteral("Maria Okafor"), QStringLiteral("PERSON"), QString(), 2);
    auto relation = [&a](const QString &s, const QString &t, const QString &label, bool negated = false) {
        Relation r;
        r.id = QStringLiteral("r%1").arg(a.relations.size() + 1);
        r.source = s;
        r.target = t;
        r.label = label;
        r.kind = QStringLiteral("interaction");
        r.negated = negated;
        a.relations << r;
    };
    relation(wekesa, sweden, QStringLiteral("travel to"));
    relation(wekesa, lindqvist, QStringLiteral("met"));
    relation(lindqvist, wekesa, QStringLiteral("met"));
    relation(berg, okafor, QStringLiteral("declined to meet"), true);
    relation(mwangi, ports, QStringLiteral("official of"));
    relation(lindqvist, stockholm, QStringLiteral("arrived in"));
    relation(bank, kenya, QStringLiteral("lent money to"));
    relation(okafor, lindqvist, QStringLiteral("held talks with"));
    relation(kenya, sweden, QStringLiteral("signed deal with"));
    return a;
}

} // namespace al::test
