#pragma once

#include "patternrule.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// The words the temporal patterns know, each interned once as a number so that matching
// compares integers (0 is a word no pattern knows): the number and ordinal words ("twenty",
// "third"), the file's word classes (`class month january=1 ...`, a class may include another),
// the words that take a period ("sept."), and the tense cues (`cue past was were`). Filled while
// PatternRules parses the file; read-only afterwards.
class PatternVocabulary
{
public:
    PatternVocabulary();

    int intern(const QString &word);
    // The id of a lower-case word, 0 when no pattern knows it.
    int idOf(const QString &lower) const;
    // "twenty" → 20, "third" → 3; -1 for other words.
    int numberValue(int id) const { return m_numberValue.at(id); }
    int ordinalValue(int id) const { return m_ordinalValue.at(id); }

    // Reads a `class NAME[:slot] entries...` line (its tokens); problems get the line number.
    void addClass(const QStringList &tokens, int line, QStringList &problems);
    int classIndex(const QString &name) const { return m_classIndex.value(name, -1); }
    const PatternWordClass &wordClass(int index) const { return m_classes.at(index); }
    // The slot a class fills unless the rule names another.
    const QString &classSlot(int index) const { return m_classSlots.at(index); }

    void addAbbreviation(const QString &lower) { m_abbreviations.insert(lower); }
    bool isAbbreviation(const QString &lower) const { return m_abbreviations.contains(lower); }

    void addCue(const QString &category, const QString &lowerWord);
    // The cue category of a word ("past", "future"), or empty.
    QString cueOf(int id) const;

private:
    QHash<QString, int> m_vocabulary;
    QVector<int> m_numberValue;  // per word id, -1 when not a number word
    QVector<int> m_ordinalValue; // per word id, -1 when not an ordinal word
    QVector<int> m_cueIndex;     // per word id, index into m_cueNames or -1
    QStringList m_cueNames;
    QVector<PatternWordClass> m_classes;
    QHash<QString, int> m_classIndex;
    QStringList m_classSlots;
    QSet<QString> m_abbreviations; // words that take a following period ("sept")
};

} // namespace al
