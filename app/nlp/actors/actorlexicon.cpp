#include "actorlexicon.h"

#include "featurehash.h"
#include "resources.h"

#include <QDir>
#include <QFile>

namespace al {

namespace {

// Calls `f` with each line of the file that is neither empty nor a comment, trimmed; without
// a list of lines in between: the lexicon is read on the way to the first analysis.
template <typename F> void forEachLine(const QString &path, F &&f)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    for (qsizetype from = 0; from < data.size();) {
        qsizetype to = data.indexOf('\n', from);
        if (to < 0)
            to = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(from, to - from).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            f(line);
        from = to + 1;
    }
}

QStringList readLines(const QString &path)
{
    QStringList out;
    forEachLine(path, [&out](QByteArrayView line) { out << QString::fromUtf8(line); });
    return out;
}

// The key of a first name: the hash of its lower case.
quint64 genderKey(QStringView lowerName)
{
    return fhash::string(lowerName);
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
    // Fourteen thousand names: hashed from the bytes, a string made only for a name that is not
    // plain ASCII (its lower case is Unicode's).
    forEachLine(dir.filePath(QStringLiteral("firstname-gender.tsv")), [&lex](QByteArrayView line) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            return;
        const QByteArrayView name = line.first(tab), rest = line.sliced(tab + 1);
        const qsizetype restEnd = rest.indexOf('\t');
        const QByteArrayView second = restEnd < 0 ? rest : rest.first(restEnd);
        if (second.isEmpty())
            return;
        // The first character of the second field, as QString::at(0).toLatin1() reads it.
        const QChar first = static_cast<uchar>(second.front()) < 0x80 ? QChar(second.front())
                                                                      : QString::fromUtf8(second).at(0);
        bool ascii = true;
        for (char c : name)
            ascii = ascii && static_cast<uchar>(c) < 0x80;
        quint64 key;
        if (ascii) {
            char16_t lower[256];
            if (name.size() > qsizetype(std::size(lower))) {
                key = genderKey(QString::fromUtf8(name).toLower());
            } else {
                for (qsizetype k = 0; k < name.size(); ++k) {
                    const char c = name[k];
                    lower[k] = c >= 'A' && c <= 'Z' ? char16_t(c + ('a' - 'A')) : char16_t(c);
                }
                key = genderKey(QStringView(lower, name.size()));
            }
        } else {
            key = genderKey(QString::fromUtf8(name).toLower());
        }
        lex.m_genders.insert(key, first.toLatin1());
    });
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
    m_titleEnds.insert(t);
    for (qsizetype space = t.indexOf(QLatin1Char(' ')); space >= 0;
         space = t.indexOf(QLatin1Char(' '), space + 1))
        m_titleEnds.insert(t.mid(space + 1));
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
    return m_genders.value(genderKey(firstName.toLower()), 0);
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
