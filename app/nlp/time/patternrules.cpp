#include "patternrules.h"

namespace al {

bool PatternRules::parse(const QString &text, PatternVocabulary &vocabulary, QString *error)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList problems;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        const int hash = line.indexOf(QLatin1String(" #"));
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (hash >= 0 && line.indexOf(QLatin1String("=>")) < 0 &&
            !line.trimmed().startsWith(QLatin1String("class")))
            line.truncate(hash);
        const QStringList tokens = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        const QString head = tokens.first();
        if (head == QLatin1String("class")) {
            vocabulary.addClass(tokens, n + 1, problems);
            continue;
        }
        if (head == QLatin1String("abbrev")) {
            for (int i = 1; i < tokens.size(); ++i)
                vocabulary.addAbbreviation(tokens.at(i).toLower());
            continue;
        }
        if (head == QLatin1String("cue")) {
            for (int i = 2; i < tokens.size(); ++i)
                vocabulary.addCue(tokens.at(1), tokens.at(i).toLower());
            continue;
        }
        if (head == QLatin1String("param")) {
            if (tokens.size() != 3) {
                problems << QStringLiteral("line %1: param NAME VALUE").arg(n + 1);
                continue;
            }
            m_parameters.insert(tokens.at(1), tokens.at(2)); // a later line overrides an earlier one
            continue;
        }
        if (head == QLatin1String("prefix")) {
            if (tokens.size() < 3) {
                problems << QStringLiteral("line %1: prefix MOD words...").arg(n + 1);
                continue;
            }
            PatternPrefix p;
            p.mod = tokens.at(1) == QLatin1String("-") ? QString() : tokens.at(1);
            for (int i = 2; i < tokens.size(); ++i)
                p.words << tokens.at(i).toLower();
            m_prefixes << p;
            continue;
        }
        parseRule(tokens, line, n + 1, vocabulary, problems);
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

// A rule: TYPE pattern => action args [mod=X]
void PatternRules::parseRule(const QStringList &tokens, const QString &line, int lineNumber,
                             PatternVocabulary &vocabulary, QStringList &problems)
{
    const int arrow = tokens.indexOf(QStringLiteral("=>"));
    if (arrow < 2 || arrow + 1 >= tokens.size()) {
        problems << QStringLiteral("line %1: expected TYPE pattern => action").arg(lineNumber);
        return;
    }
    CompiledRule r;
    r.rule.type = tokens.first();
    r.rule.line = lineNumber;
    r.rule.source = line.simplified();
    int pos = 1;
    QString message;
    const QStringList patternTokens = tokens.mid(1, arrow - 1);
    if (!parsePattern(patternTokens, pos = 0, r.elements, true, vocabulary, &message)) {
        problems << QStringLiteral("line %1: %2").arg(lineNumber).arg(message);
        return;
    }
    r.rule.action = tokens.at(arrow + 1);
    for (int i = arrow + 2; i < tokens.size(); ++i) {
        if (tokens.at(i).startsWith(QLatin1String("mod=")))
            r.rule.mod = tokens.at(i).mid(4);
        else
            r.rule.args << tokens.at(i);
    }
    r.rule.weight = patternTokens.size();
    QSet<int> keys;
    bool empty = false;
    firstKeys(r.elements, 0, vocabulary, keys, &empty);
    if (empty) {
        problems << QStringLiteral("line %1: the pattern can match nothing").arg(lineNumber);
        return;
    }
    for (int k : std::as_const(keys))
        m_index[k] << m_rules.size();
    m_hasAnyRule = m_hasAnyRule || keys.contains(PatternKey::Any);
    m_rules << r;
}

bool PatternRules::parsePattern(const QStringList &tokens, int &pos, QVector<PatternElement> &out, bool top,
                                PatternVocabulary &vocabulary, QString *error)
{
    while (pos < tokens.size()) {
        QString t = tokens.at(pos++);
        if (t == QLatin1String("]") || t == QLatin1String("]?")) {
            if (top) {
                *error = QStringLiteral("unbalanced ]");
                return false;
            }
            return true;
        }
        PatternElement e;
        if (t == QLatin1String("[")) {
            e.kind = PatternElement::Group;
            e.optional = true;
            if (!parsePattern(tokens, pos, e.children, false, vocabulary, error))
                return false;
            out << e;
            continue;
        }
        if (t == QLatin1String("{") || t == QLatin1String("}")) {
            if (!top) {
                *error = QStringLiteral("{ } only at the top of a pattern");
                return false;
            }
            e.kind = t == QLatin1String("{") ? PatternElement::SpanOpen : PatternElement::SpanClose;
            out << e;
            continue;
        }
        if (t.size() > 1 && t.endsWith(QLatin1Char('?'))) {
            e.optional = true;
            t.chop(1);
        }
        const int colon = t.indexOf(QLatin1Char(':'), 1);
        if (t.startsWith(QLatin1Char('@'))) {
            const QString name = t.mid(1, colon < 0 ? -1 : colon - 1);
            e.kind = PatternElement::Class;
            e.cls = vocabulary.classIndex(name);
            if (e.cls < 0) {
                *error = QStringLiteral("unknown class @%1").arg(name);
                return false;
            }
            e.slot = colon < 0 ? vocabulary.classSlot(e.cls) : t.mid(colon + 1);
        } else if (t.startsWith(QLatin1Char('#')) && t.size() > 1) {
            const QString name = t.mid(1, colon < 0 ? -1 : colon - 1);
            static const QHash<QString, PatternBuiltin> builtins = {
                {QStringLiteral("int"), PatternBuiltin::Int},
                {QStringLiteral("num"), PatternBuiltin::Num},
                {QStringLiteral("year"), PatternBuiltin::Year},
                {QStringLiteral("yy"), PatternBuiltin::YY},
                {QStringLiteral("day"), PatternBuiltin::Day},
                {QStringLiteral("ord"), PatternBuiltin::Ord},
                {QStringLiteral("decade"), PatternBuiltin::Decade},
                {QStringLiteral("time"), PatternBuiltin::Time},
                {QStringLiteral("hms"), PatternBuiltin::Hms},
                {QStringLiteral("name"), PatternBuiltin::Name}};
            e.kind = PatternElement::BuiltinKind;
            e.builtin = builtins.value(name, PatternBuiltin::None);
            if (e.builtin == PatternBuiltin::None) {
                *error = QStringLiteral("unknown builtin #%1").arg(name);
                return false;
            }
            e.slot = colon < 0 ? name : t.mid(colon + 1);
        } else {
            e.kind = PatternElement::Literal;
            if (t.startsWith(QLatin1Char('^')) && t.size() > 1) {
                e.needsCapital = true;
                t.remove(0, 1);
            }
            e.words = t.toLower().split(QLatin1Char('|'));
            e.any = t == QLatin1String("*");
            e.dash = e.words.contains(QStringLiteral("-")) || e.words.contains(QStringLiteral("/"));
            for (const QString &w : std::as_const(e.words))
                e.ids << vocabulary.intern(w);
        }
        out << e;
    }
    if (!top) {
        *error = QStringLiteral("missing ]");
        return false;
    }
    return true;
}

void PatternRules::firstKeys(const QVector<PatternElement> &list, int from,
                             const PatternVocabulary &vocabulary, QSet<int> &keys, bool *canBeEmpty)
{
    for (int i = from; i < list.size(); ++i) {
        const PatternElement &e = list.at(i);
        bool elementEmpty = e.optional;
        switch (e.kind) {
        case PatternElement::SpanOpen:
        case PatternElement::SpanClose: continue;
        case PatternElement::Literal:
            if (e.any)
                keys.insert(PatternKey::Any);
            for (int id : e.ids)
                keys.insert(id);
            break;
        case PatternElement::Class:
            for (auto it = vocabulary.wordClass(e.cls).cbegin(); it != vocabulary.wordClass(e.cls).cend();
                 ++it)
                keys.insert(it.key());
            break;
        case PatternElement::BuiltinKind:
            // Every builtin but #name starts on a digit token or a number/ordinal word; a name
            // starts on a capitalized word no pattern knows.
            if (e.builtin == PatternBuiltin::Name) {
                keys.insert(PatternKey::Name);
                break;
            }
            keys.insert(PatternKey::Digits);
            keys.insert(PatternKey::NumberWord);
            keys.insert(PatternKey::OrdinalWord);
            break;
        case PatternElement::Group: {
            bool inner = false;
            firstKeys(e.children, 0, vocabulary, keys, &inner);
            elementEmpty = true;
            break;
        }
        }
        if (!elementEmpty) {
            *canBeEmpty = false;
            return;
        }
    }
    *canBeEmpty = true;
}

const QVector<int> *PatternRules::startingWith(int key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &it.value();
}

} // namespace al
