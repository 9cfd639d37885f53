#include "personresolver.h"

#include <algorithm>
#include <vector>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");

} // namespace

PersonResolver::PersonResolver(ActorClusters &clusters)
    : m_c(clusters), m_a(clusters.analysis()), m_lex(clusters.lexicon()), m_ctx(clusters.context())
{}

void PersonResolver::retypeTitled()
{
    const int n = int(m_a.entities.size());

    // An entity described by a person's title is a person, whatever the NER thought.
    for (int e = 0; e < n; ++e) {
        Entity &en = m_a.entities[e];
        if (en.type == kPerson)
            continue;
        const QString name = m_c.cleanName(e);
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
}

void PersonResolver::cluster(const QVector<int> &people)
{
    // Full names first, so a surname met before its full name ("Blinken" in the headline) finds it.
    QVector<int> singles;
    for (int e : people) {
        QString title;
        char gender = 0;
        const QStringList words = m_c.nameWords(e, &title, &gender);
        if (words.size() < 2) {
            singles << e;
            continue;
        }
        // Middle names and initials vary ("John F. Kennedy", "John Kennedy"): first and last decide.
        const QString key =
            QStringLiteral("person:") + words.first().toLower() + QLatin1Char('|') + words.last().toLower();
        const int c = m_c.clusterFor(key, kPerson);
        m_c.addEntity(c, e, words.join(QLatin1Char(' ')));
        ActorCluster &cl = m_c[c];
        if (words.size() > cl.nameTokens.size())
            cl.nameTokens = words;
        if (!title.isEmpty()) {
            ActorClusters::addUnique(cl.roles, title);
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
    for (int i = 0; i < m_c.size(); ++i) {
        const ActorCluster &cl = m_c[i];
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
        const QStringList words = m_c.nameWords(e, &title, &gender);
        const QString w = words.value(0);
        const int start = m_a.entities[e].start;
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
            // Surname first ("Burns" → Bill Burns), then the first word ("Xi" → Xi Jinping).
            QVector<int> cands;
            for (int c : (pass == 0 ? byLast : byFirst).value(w.toCaseFolded())) {
                const QStringList &t = m_c[c].nameTokens;
                if (ActorClusters::sameText(pass == 0 ? t.last() : t.first(), w))
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
            c = m_c.clusterFor(QStringLiteral("person:") + (chosen == -2 ? QStringLiteral("?") : QString()) +
                                   w.toLower(),
                               kPerson);
        m_c.addEntity(c, e, w);
        ActorCluster &cl = m_c[c];
        if (cl.nameTokens.isEmpty())
            cl.nameTokens = words;
        if (!title.isEmpty())
            ActorClusters::addUnique(cl.roles, title);
        if (gender)
            cl.gender = gender;
    }
}

} // namespace al
