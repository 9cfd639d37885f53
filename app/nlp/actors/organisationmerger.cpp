#include "organisationmerger.h"

namespace al {

namespace {

const QString kOrg = QStringLiteral("ORGANIZATION");

} // namespace

OrganisationMerger::OrganisationMerger(ActorClusters &clusters) : m_c(clusters) {}

void OrganisationMerger::mergeAcronyms()
{
    // "National Security Council" and "NSC" are one organisation. Organisations by the initials
    // of their first form (a merge keeps the first form of the one that stays).
    QHash<QString, QVector<int>> byInitials;
    for (int j = 0; j < m_c.size(); ++j) {
        const ActorCluster &full = m_c[j];
        if (full.type != kOrg || full.forms.isEmpty())
            continue;
        QString initials;
        for (const QString &w : full.forms.first().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!w.isEmpty() && w.at(0).isUpper())
                initials += w.at(0);
        if (initials.size() >= 2)
            byInitials[initials] << j;
    }
    for (int i = 0; i < m_c.size(); ++i) {
        ActorCluster &acr = m_c[i];
        if (acr.type != kOrg || acr.forms.isEmpty())
            continue;
        const QString a = acr.forms.first();
        if (a.size() < 2 || a.size() > 6 || a.toUpper() != a)
            continue;
        for (int j : byInitials.value(a)) {
            if (j == i || m_c[j].mergedInto >= 0)
                continue;
            m_c.merge(i, j);
            break;
        }
    }
}

void OrganisationMerger::mergeForms()
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
    auto core = [&](const ActorCluster &c) {
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
    for (int i = 0; i < m_c.size(); ++i)
        if (m_c[i].type == kOrg && m_c[i].mergedInto < 0 && !m_c[i].forms.isEmpty()) {
            orgs << i;
            cores << core(m_c[i]);
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
                m_c.merge(orgs[b], orgs[a]);
    }
    // The longer names by their first one, two and three words.
    QHash<QStringList, QVector<int>> byStart;
    for (int b = 0; b < orgs.size(); ++b)
        for (int k = 1; k <= 3 && k < cores[b].size(); ++k)
            byStart[cores[b].mid(0, k)] << b;
    for (int a = 0; a < orgs.size(); ++a) {
        ActorCluster &shortForm = m_c[orgs[a]];
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
            const ActorCluster &full = m_c[orgs[b]];
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
            m_c.merge(orgs[a], target);
    }
}

} // namespace al
