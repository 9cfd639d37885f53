#pragma once

#include "patternrule.h"
#include "patternvocabulary.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// The rule parser: reads resources/temporal/patterns.txt (the file's header explains the
// syntax) line by line. Word classes, abbreviations and tense cues go into the
// PatternVocabulary; rules (`TYPE pattern => action args [mod=X]`) are compiled into
// CompiledRule and indexed by the keys of the words they can start with; `prefix` lines give
// the modifier phrases before a match ("early", "the end of"), `param` lines the normaliser's
// thresholds. A line it cannot read is reported with its number and left out. Read-only after
// parse().
class PatternRules
{
public:
    // Parses `text`; false when some line could not be read (`error` lists them).
    bool parse(const QString &text, PatternVocabulary &vocabulary, QString *error);

    const QVector<CompiledRule> &rules() const { return m_rules; }
    const CompiledRule &rule(int index) const { return m_rules.at(index); }
    // The rules that may start on a word with this key (a word id or a PatternKey), or nullptr.
    const QVector<int> *startingWith(int key) const;
    // Whether some rule starts with `*`, so every word is a key.
    bool hasAnyRule() const { return m_hasAnyRule; }
    const QVector<PatternPrefix> &prefixes() const { return m_prefixes; }
    // The value of a `param` line (the last one of that name), or empty.
    QString parameter(const QString &name) const { return m_parameters.value(name); }

private:
    void parseRule(const QStringList &tokens, const QString &line, int lineNumber,
                   PatternVocabulary &vocabulary, QStringList &problems);
    static bool parsePattern(const QStringList &tokens, int &pos, QVector<PatternElement> &out, bool top,
                             PatternVocabulary &vocabulary, QString *error);
    static void firstKeys(const QVector<PatternElement> &list, int from, const PatternVocabulary &vocabulary,
                          QSet<int> &keys, bool *canBeEmpty);

    QVector<CompiledRule> m_rules;
    QHash<int, QVector<int>> m_index; // first-word key → rules
    QVector<PatternPrefix> m_prefixes;
    QHash<QString, QString> m_parameters;
    bool m_hasAnyRule = false; // a rule starts with `*`
};

} // namespace al
