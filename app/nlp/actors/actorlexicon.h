#pragma once

#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace al {

// What the actor resolver and the relation extractor know about words of the world: which
// country a country name, demonym or capital stands for (gazetteers/countries.tsv), the country
// of well-known national institutions (institutions.tsv), the gender a first name usually
// carries (firstname-gender.tsv), and which words are titles or honorifics (title.txt,
// honorific.txt, the NER's lists). Lookups fold case and typographic apostrophes. Loaded once
// (shared()) and read-only afterwards: thread-safe.
class ActorLexicon
{
public:
    enum class PlaceKind { None, Country, Demonym, Capital };
    struct Place
    {
        QString country; // common name ("United States"), empty when unknown
        PlaceKind kind = PlaceKind::None;
    };

    static const ActorLexicon &shared();
    // Reads the lists from a gazetteer directory; missing files leave their table empty.
    static Result<ActorLexicon> load(const QString &directory);

    // Countries, demonyms and capitals: "US", "Chinese", "Beijing".
    Place place(const QString &text) const;
    // The country of a national institution ("CIA", "the state department"), or empty.
    QString institutionCountry(const QString &text) const;
    // 'm', 'f', or 0 when the name is unknown or used for both.
    char gender(const QString &firstName) const;

    // Lower-case title words and phrases ("minister", "secretary of state").
    bool isTitle(const QString &lowerPhrase) const { return m_titles.contains(lowerPhrase); }
    // Whether some title ends with this word: a title, or the words after a space of one
    // ("state", "of state" of "secretary of state"). No title ends at a word that is not.
    bool endsTitle(const QString &lowerWord) const { return m_titleEnds.contains(lowerWord); }
    // The longest title made of words[first..last] that ends at `last`; returns its first word's
    // index or -1.
    int titleEndingAt(const QStringList &lowerWords, int last) const;
    bool isHonorific(const QString &word) const;
    // Nouns that name a person by their relation to another ("predecessor", "counterpart").
    static bool isRelationalNoun(const QString &lowerWord);
    // Titles that say where someone works rather than what they lead ("official", "aide").
    static bool isMembershipTitle(const QString &lowerWord);
    int maxTitleWords() const { return m_maxTitleWords; }

    // Adds entries by hand (tests).
    void addPlace(const QString &form, const QString &country, PlaceKind kind);
    void addInstitution(const QString &name, const QString &country);
    void addTitle(const QString &lowerPhrase);

private:
    static QString key(const QString &text);

    QHash<QString, Place> m_places; // folded form -> place
    QHash<QString, QString> m_institutions;
    QHash<quint64, char> m_genders; // by the hash of the name's lower case
    QSet<QString> m_titles;
    QSet<QString> m_titleEnds; // every title and each of its tails after a space
    QSet<QString> m_honorifics;
    int m_maxTitleWords = 1;
};

} // namespace al
