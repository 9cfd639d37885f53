#include "actorlexicon.h"

#include "resources.h"

#include <QDir>
#include <QFile>

namespace al {

namespace {

QStringList readLines(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            out << QString::fromUtf8(t);
    }
    return out;
}

} // namespace

QString ActorLexicon::key(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    if (k.startsWith(QLatin1String("the ")))
        k = k.mid(4);
    return k;
}

const ActorLexicon &ActorLexicon::shared()
{
    static const ActorLexicon lexicon = [] {
        const QString dir = Resources::path(QStringLiteral("gazetteers"));
        Result<ActorLexicon> r = load(dir);
        if (!r) {
            qWarning("%s", qPrintable(r.error()));
            return ActorLexicon();
        }
        return std::move(r).value();
    }();
    return lexicon;
}

Result<ActorLexicon> ActorLexicon::load(const QString &directory)
{
    if (directory.isEmpty() || !QDir(directory).exists())
        return Result<ActorLexicon>::failure(
            QStringLiteral("the gazetteers were not found under resources/"));
    const QDir dir(directory);
    ActorLexicon lex;
    for (const QString &line : readLines(dir.filePath(QStringLiteral("countries.tsv")))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 3)
            continue;
        const PlaceKind kind = f[2] == QLatin1String("demonym")   ? PlaceKind::Demonym
                               : f[2] == QLatin1String("capital") ? PlaceKind::Capital
                                                                  : PlaceKind::Country;
        lex.addPlace(f[0], f[1], kind);
    }
    for (const QString &line : readLines(dir.filePath(QStringLiteral("institutions.tsv")))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() >= 2)
            lex.addInstitution(f[0], f[1]);
    }
    for (const QString &line : readLines(dir.filePath(QStringLiteral("firstname-gender.tsv")))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() >= 2 && !f[1].isEmpty())
            lex.m_genders.insert(f[0].toLower(), f[1].at(0).toLatin1());
    }
    for (const QString &line : readLines(dir.filePath(QStringLiteral("title.txt"))))
        lex.addTitle(line.toLower());
    for (const QString &line : readLines(dir.filePath(QStringLiteral("honorific.txt"))))
        lex.m_honorifics.insert(line.toLower());
    if (lex.m_places.isEmpty())
        return Result<ActorLexicon>::failure(
            QStringLiteral("countries.tsv is missing or empty in %1").arg(directory));
    return lex;
}

void ActorLexicon::addPlace(const QString &form, const QString &country, PlaceKind kind)
{
    const QString k = key(form);
    // A form that is a country's name wins over the same form as a capital or demonym.
    auto it = m_places.constFind(k);
    if (it != m_places.cend() && it->kind == PlaceKind::Country && kind != PlaceKind::Country)
        return;
    m_places.insert(k, Place{country, kind});
}

void ActorLexicon::addInstitution(const QString &name, const QString &country)
{
    m_institutions.insert(key(name), country);
}

void ActorLexicon::addTitle(const QString &lowerPhrase)
{
    const QString t = lowerPhrase.simplified();
    if (t.isEmpty())
        return;
    m_titles.insert(t);
    m_maxTitleWords = qMax(m_maxTitleWords, int(t.count(QLatin1Char(' '))) + 1);
}

ActorLexicon::Place ActorLexicon::place(const QString &text) const
{
    return m_places.value(key(text));
}

QString ActorLexicon::institutionCountry(const QString &text) const
{
    return m_institutions.value(key(text));
}

char ActorLexicon::gender(const QString &firstName) const
{
    return m_genders.value(firstName.toLower(), 0);
}

int ActorLexicon::titleEndingAt(const QStringList &lowerWords, int last) const
{
    int best = -1;
    QString phrase;
    for (int first = last; first >= 0 && last - first < m_maxTitleWords; --first) {
        phrase = first == last ? lowerWords[first] : lowerWords[first] + QLatin1Char(' ') + phrase;
        if (m_titles.contains(phrase))
            best = first;
    }
    return best;
}

bool ActorLexicon::isHonorific(const QString &word) const
{
    return m_honorifics.contains(word.toLower());
}

bool ActorLexicon::isRelationalNoun(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("counterpart"), QStringLiteral("predecessor"), QStringLiteral("successor"),
        QStringLiteral("colleague"),   QStringLiteral("wife"),        QStringLiteral("husband"),
        QStringLiteral("spouse"),      QStringLiteral("son"),         QStringLiteral("daughter"),
        QStringLiteral("brother"),     QStringLiteral("friend"),      QStringLiteral("rival"),
        QStringLiteral("ally"),        QStringLiteral("boss"),        QStringLiteral("partner"),
        QStringLiteral("mentor"),      QStringLiteral("protege"),     QStringLiteral("protégé"),
        QStringLiteral("opponent"),    QStringLiteral("mother"),      QStringLiteral("niece"),
        QStringLiteral("nephew")};
    return words.contains(w);
}

bool ActorLexicon::isMembershipTitle(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("official"),  QStringLiteral("officials"),      QStringLiteral("aide"),
        QStringLiteral("adviser"),   QStringLiteral("advisor"),        QStringLiteral("member"),
        QStringLiteral("spokesman"), QStringLiteral("spokeswoman"),    QStringLiteral("spokesperson"),
        QStringLiteral("analyst"),   QStringLiteral("economist"),      QStringLiteral("correspondent"),
        QStringLiteral("reporter"),  QStringLiteral("editor"),         QStringLiteral("lawyer"),
        QStringLiteral("diplomat"),  QStringLiteral("representative"), QStringLiteral("envoy")};
    return words.contains(w);
}

} // namespace al
