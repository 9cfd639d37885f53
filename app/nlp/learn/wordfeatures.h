#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace al {

// What the taggers know about one token on its own: its text with typographic quotes and dashes
// mapped to the ASCII that CoNLL/Penn Treebank text uses (news from the web says ’ “ ” — where
// the training data says ' " --), and the hashes of the strings features are made of (word, lower
// case, shape, prefixes and suffixes). Computing them once per token lets every feature template
// be a couple of integer mixes. Plain value; thread-safe.
struct WordFeatures
{
    enum Flag : quint32 {
        InitCap = 1 << 0, // first character upper case
        AllCaps = 1 << 1, // every letter upper case and at least one letter
        HasLower = 1 << 2,
        HasDigit = 1 << 3,
        AllDigits = 1 << 4,
        HasHyphen = 1 << 5,
        HasPeriod = 1 << 6,
        Punct = 1 << 7, // no letter or digit at all
        HasLetter = 1 << 8,
        MixedCaps = 1 << 9, // upper case after the first character and some lower case (McDonald, iPhone)
    };

    QString text;  // normalised token text
    QString lower; // lower case of text
    quint64 word = 0;
    quint64 lowerHash = 0;
    quint64 shape = 0;     // Xx, X.X., dd-dd: runs collapsed
    quint64 longShape = 0; // runs kept up to 4: Xxxx, dddd
    quint64 prefix[4] = {};
    quint64 suffix[4] = {};
    quint32 flags = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
    static WordFeatures make(QStringView token);
    // Typographic quotes, dashes and spaces to their ASCII forms; used by make().
    static QString normalize(QStringView token);
    // True for a sentence written in capitals (a wire headline: "CHINA SAYS ..."), where case
    // says nothing about names.
    static bool isCapsSentence(const WordFeatures *words, int count);
};

} // namespace al
