#include "actoridentity.h"

namespace al {

namespace {

const QSet<QString> &honorifics()
{
    static const QSet<QString> words = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),  QStringLiteral("miss"),
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("sir"), QStringLiteral("dame"),
        QStringLiteral("lord"), QStringLiteral("lady"), QStringLiteral("mx")};
    return words;
}

const QSet<QString> &roleStopWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),    QStringLiteral("of"),     QStringLiteral("and"),  QStringLiteral("for"),
        QStringLiteral("a"),      QStringLiteral("an"),     QStringLiteral("to"),   QStringLiteral("in"),
        QStringLiteral("at"),     QStringLiteral("on"),     QStringLiteral("its"),  QStringLiteral("his"),
        QStringLiteral("her"),    QStringLiteral("their"),  QStringLiteral("new"),  QStringLiteral("former"),
        QStringLiteral("acting"), QStringLiteral("deputy"), QStringLiteral("vice"), QStringLiteral("senior"),
        QStringLiteral("top"),    QStringLiteral("then"),   QStringLiteral("s")};
    return words;
}

} // namespace

QString ActorIdentity::normalize(const QString &name, const QString &type)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed[i];
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool apostrophe = c == QLatin1Char('\'') || c == QChar(0x2019);
        if (apostrophe) {
            // A possessive ("Thorsson's") belongs to the name before it; "O'Neill" is one word.
            if (i + 1 < decomposed.size() && decomposed[i + 1].toLower() == QLatin1Char('s') &&
                (i + 2 >= decomposed.size() || !decomposed[i + 2].isLetterOrNumber()))
                ++i;
            continue;
        }
        out += c.isLetterOrNumber() ? c.toLower() : QChar(QLatin1Char(' '));
    }
    QStringList words = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1 && words.first() == QLatin1String("the"))
        words.removeFirst();
    if (type == QLatin1String("PERSON"))
        while (words.size() > 1 && honorifics().contains(words.first()))
            words.removeFirst();
    return words.join(QLatin1Char(' '));
}

QStringList ActorIdentity::nameParts(const QString &normalizedName)
{
    QStringList parts = normalizedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QSet<QString> suffixes = {QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("ii"),
                                           QStringLiteral("iii"), QStringLiteral("iv")};
    while (parts.size() > 1 && suffixes.contains(parts.last()))
        parts.removeLast();
    return parts;
}

QSet<QString> ActorIdentity::roleWords(const QStringList &roles)
{
    QSet<QString> words;
    for (const QString &role : roles)
        for (const QString &w : normalize(role).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (w.size() > 1 && !roleStopWords().contains(w))
                words.insert(w);
    return words;
}

bool ActorIdentity::compatible(const ActorProfile &a, const ActorProfile &b)
{
    if (!a.side.isEmpty() && !b.side.isEmpty() && normalize(a.side) != normalize(b.side))
        return false;
    if (a.roles.isEmpty() || b.roles.isEmpty())
        return true;
    return roleWords(a.roles).intersects(roleWords(b.roles));
}

int ActorIdentity::evidence(const ActorProfile &a, const ActorProfile &b)
{
    int score = 0;
    if (!a.side.isEmpty() && normalize(a.side) == normalize(b.side))
        score += 2;
    if (!a.roles.isEmpty() && !b.roles.isEmpty() && roleWords(a.roles).intersects(roleWords(b.roles)))
        score += 2;
    return score;
}

} // namespace al
