#include "wordfeatures.h"

#include "featurehash.h"

#include <QVarLengthArray>

namespace al {

QString WordFeatures::normalize(QStringView token)
{
    // Most tokens have nothing to map: copy them as they are.
    bool plain = true;
    for (QChar c : token)
        if (c.unicode() >= 0x00A0) {
            plain = false;
            break;
        }
    if (plain)
        return token.toString();
    QString s;
    s.reserve(token.size());
    for (QChar c : token) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032: s += QLatin1Char('\''); break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x00BB:
        case 0x2033: s += QLatin1Char('"'); break;
        case 0x2013:
        case 0x2010:
        case 0x2011:
        case 0x2012: s += QLatin1Char('-'); break;
        case 0x2014:
        case 0x2015: s += QLatin1String("--"); break;
        case 0x2026: s += QLatin1String("..."); break;
        case 0x00A0:
        case 0x2009:
        case 0x202F: s += QLatin1Char(' '); break;
        default: s += c;
        }
    }
    // Penn Treebank writes the two kinds of double quote as `` and ''; CoNLL keeps the plain ".
    return s;
}

WordFeatures WordFeatures::make(QStringView token)
{
    WordFeatures w;
    w.text = normalize(token);
    w.lower = w.text.toLower();
    w.word = fhash::string(w.text);
    w.lowerHash = fhash::string(w.lower);

    // Built on the stack (a token rarely has more than 64 characters): two strings per word
    // were two allocations of a million-word text's tagging.
    QVarLengthArray<QChar, 64> shape, longShape;
    QChar last;
    int run = 0;
    int letters = 0, uppers = 0, lowers = 0, digits = 0;
    bool upperAfterFirst = false;
    for (int i = 0; i < w.text.size(); ++i) {
        const QChar c = w.text.at(i);
        QChar m;
        if (c.isUpper()) {
            m = QLatin1Char('X');
            ++letters;
            ++uppers;
            if (i > 0)
                upperAfterFirst = true;
        } else if (c.isLetter()) {
            m = QLatin1Char('x');
            ++letters;
            ++lowers;
        } else if (c.isDigit()) {
            m = QLatin1Char('d');
            ++digits;
        } else {
            m = c;
            if (c == QLatin1Char('-'))
                w.flags |= HasHyphen;
            else if (c == QLatin1Char('.'))
                w.flags |= HasPeriod;
        }
        run = m == last ? run + 1 : 1;
        last = m;
        if (run == 1)
            shape.append(m);
        if (run <= 4)
            longShape.append(m);
    }
    if (!w.text.isEmpty() && w.text.at(0).isUpper())
        w.flags |= InitCap;
    if (letters > 0) {
        w.flags |= HasLetter;
        if (lowers == 0)
            w.flags |= AllCaps;
        else
            w.flags |= HasLower;
        if (upperAfterFirst && lowers > 0)
            w.flags |= MixedCaps;
    }
    if (digits > 0) {
        w.flags |= HasDigit;
        if (digits == w.text.size())
            w.flags |= AllDigits;
    }
    if (letters == 0 && digits == 0)
        w.flags |= Punct;
    w.shape = fhash::string(QStringView(shape.constData(), shape.size()));
    w.longShape = fhash::string(QStringView(longShape.constData(), longShape.size()));
    const int n = int(w.lower.size());
    for (int k = 1; k <= 4; ++k) {
        // Affixes of the lower-cased word; a word shorter than k gets the whole word marked as such.
        const int len = std::min(k, n);
        w.prefix[k - 1] = fhash::combine(k, fhash::string(QStringView(w.lower).left(len)));
        w.suffix[k - 1] = fhash::combine(k + 8, fhash::string(QStringView(w.lower).right(len)));
    }
    return w;
}

bool WordFeatures::isCapsSentence(const WordFeatures *words, int count)
{
    int caps = 0, lettered = 0;
    for (int i = 0; i < count; ++i) {
        if (!words[i].has(HasLetter))
            continue;
        ++lettered;
        if (words[i].has(AllCaps))
            ++caps;
    }
    return caps >= 2 && caps * 10 >= lettered * 8;
}

} // namespace al
