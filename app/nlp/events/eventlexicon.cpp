#include "eventlexicon.h"

#include "resources.h"

#include <QFile>

namespace al {

const EventLexicon &EventLexicon::shared()
{
    static const std::shared_ptr<EventLexicon> lexicon = [] {
        const QString path = Resources::path(QStringLiteral("events/lexicon.txt"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            qWarning("events/lexicon.txt not found under resources/: no events will be found");
            return std::make_shared<EventLexicon>();
        }
        QString error;
        auto l = fromText(QString::fromUtf8(file.readAll()), &error);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return l;
    }();
    return *lexicon;
}

QString EventLexicon::listName(List list)
{
    static const char *const names[ListCount] = {
        "eventnoun",   "light",        "plan",       "refuse",       "cancel",      "report",
        "accuse",      "reportadverb", "aspect",     "nonevent",     "say",         "future",
        "speculative", "negation",     "plannedadj", "cancelledadj", "subordinate", "subordinateverb",
        "locative",    "notdate",      "definite"};
    return QString::fromLatin1(names[list]);
}

std::shared_ptr<EventLexicon> EventLexicon::fromText(const QString &text, QString *error)
{
    auto l = std::make_shared<EventLexicon>();
    QStringList errors;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            errors << QStringLiteral("line %1: expected `list: words`").arg(i + 1);
            continue;
        }
        const QString head = line.left(colon).trimmed();
        const QStringList words = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (head.startsWith(QLatin1String("class "))) {
            const QString name = head.mid(6).trimmed();
            for (const QString &w : words) {
                l->m_classes.insert(w, name);
                l->m_known.insert(w);
            }
        } else if (head == QLatin1String("irregular")) {
            for (const QString &w : words) {
                const int eq = w.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    errors << QStringLiteral("line %1: expected form=lemma, got %2").arg(i + 1).arg(w);
                    continue;
                }
                l->m_irregular.insert(w.left(eq), w.mid(eq + 1));
            }
        } else {
            QSet<QString> &set = l->m_lists[head];
            for (const QString &w : words) {
                const int eq = w.indexOf(QLatin1Char('='));
                if (eq > 0) {
                    l->m_pairs[head].insert(w.left(eq), w.mid(eq + 1));
                    set.insert(w.left(eq));
                    l->m_known.insert(w.left(eq));
                } else {
                    set.insert(w);
                    l->m_known.insert(w);
                }
            }
        }
    }
    for (int list = 0; list < ListCount; ++list) {
        const auto it = l->m_lists.constFind(listName(List(list)));
        if (it != l->m_lists.constEnd())
            for (const QString &w : *it)
                l->m_listsOfWord[w] |= bit(List(list));
    }
    l->m_error = errors.join(QLatin1String("; "));
    if (error)
        *error = l->m_error;
    return l;
}

EventLexicon::Stems EventLexicon::candidates(const QString &lower) const
{
    Stems out;
    const auto irregular = m_irregular.constFind(lower);
    if (irregular != m_irregular.constEnd()) {
        out.append(*irregular);
        return out;
    }

    // Regular endings, most specific first.
    auto undouble = [](const QString &stem) {
        const int n = stem.size();
        if (n >= 3 && stem.at(n - 1) == stem.at(n - 2) && !QStringLiteral("aeiouls").contains(stem.at(n - 1)))
            return stem.left(n - 1);
        if (n >= 4 && stem.endsWith(QLatin1String("ll")))
            return stem.left(n - 1); // cancelled → cancel
        return QString();
    };
    auto add = [&](const QString &c) {
        if (c.size() >= 2 && !out.contains(c))
            out.append(c);
    };
    const int n = lower.size();
    if (lower.endsWith(QLatin1String("ies")) || lower.endsWith(QLatin1String("ied")))
        add(lower.left(n - 3) + QLatin1Char('y'));
    if (lower.endsWith(QLatin1String("ing"))) {
        const QString stem = lower.left(n - 3);
        add(stem);
        add(stem + QLatin1Char('e'));
        add(undouble(stem));
    }
    if (lower.endsWith(QLatin1String("ed"))) {
        const QString stem = lower.left(n - 2);
        add(stem);
        add(lower.left(n - 1)); // declined → decline
        add(undouble(stem));
    }
    if (lower.endsWith(QLatin1String("es")))
        add(lower.left(n - 2));
    if (lower.endsWith(QLatin1Char('s')) && !lower.endsWith(QLatin1String("ss")))
        add(lower.left(n - 1));
    return out;
}

QString EventLexicon::lemma(const QString &lower) const
{
    return lemmaOf(lower, candidates(lower));
}

QString EventLexicon::lemmaOf(const QString &lower, const Stems &stems) const
{
    // The first stem the lexicon knows wins ("cancelled" is a listed adjective, but its verb is
    // "cancel"); an unknown word keeps a plausible stem without a dictionary of English.
    for (const QString &c : stems)
        if (m_known.contains(c) || m_irregular.contains(lower))
            return c;
    if (m_known.contains(lower) || stems.isEmpty())
        return lower;
    return stems.first();
}

bool EventLexicon::has(const QString &list, const QString &lower) const
{
    const auto it = m_lists.constFind(list);
    if (it == m_lists.constEnd())
        return false;
    if (it->contains(lower))
        return true;
    for (const QString &c : candidates(lower))
        if (it->contains(c))
            return true;
    return false;
}

quint32 EventLexicon::listsOf(const QString &lower, const Stems &stems) const
{
    // has(): the word itself or one of its stems is in the list.
    quint32 bits = m_listsOfWord.value(lower);
    for (const QString &c : stems)
        bits |= m_listsOfWord.value(c);
    return bits;
}

quint32 EventLexicon::lists(const QString &lower) const
{
    return listsOf(lower, candidates(lower));
}

quint32 EventLexicon::read(const QString &lower, QString *lemma) const
{
    const Stems stems = candidates(lower);
    if (lemma)
        *lemma = lemmaOf(lower, stems);
    return listsOf(lower, stems);
}

QString EventLexicon::particle(const QString &list, const QString &lemma) const
{
    return m_pairs.value(list).value(lemma);
}

QString EventLexicon::predicateClass(const QString &lower) const
{
    const auto direct = m_classes.constFind(lower);
    if (direct != m_classes.constEnd())
        return *direct;
    const QString l = lemma(lower);
    return m_classes.value(l, l);
}

} // namespace al
