#pragma once

#include <QString>

namespace al {

// Tells the language of an article's text, offline and in microseconds: the script first
// (Han, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai ... decide alone), then, for Latin
// script, profiles of the commonest function words of English, German, French, Spanish, Italian,
// Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Romanian and Turkish. Function
// words are what every text of a language is full of whatever its subject, so a few hundred
// words of text are enough. Returns a lower-case ISO 639-1 code, or empty when the text is too
// short or no profile stands out.
class LanguageDetector
{
public:
    static QString detect(const QString &text);
    // The language the article is in: the detected one, unless the text is too short to tell
    // or the declared tag has the same primary language (then the declared, more specific tag).
    static QString settle(const QString &declared, const QString &text);
    // "de" → "German"; the tag itself when unknown.
    static QString name(const QString &tag);
    static bool isEnglish(const QString &tag);
};

} // namespace al
