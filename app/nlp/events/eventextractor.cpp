#include "eventextractor.h"

#include <QDate>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <climits>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace al {

// QT_LOGGING_RULES="articlelens.events.debug=true" prints each sentence's clauses and why
// an event was or was not read from them.
Q_LOGGING_CATEGORY(lcEvents, "articlelens.events", QtWarningMsg)

namespace {

// A token of the sentence being read, with what the earlier stages said about it.
struct Word
{
    int start = 0;
    int end = 0;
    QString text;
    QString lower; // lower case, typographic apostrophes made plain
    QString pos;
    int entity = -1; // index into Analysis::entities
    int timex = -1;  // index into Analysis::timexes
    bool isVerb() const { return pos.startsWith(QLatin1String("VB")); }
    bool isFinite() const
    {
        return pos == QLatin1String("VBD") || pos == QLatin1String("VBZ") || pos == QLatin1String("VBP") ||
               pos == QLatin1String("MD");
    }
    bool isNoun() const { return pos.startsWith(QLatin1String("NN")); }
    bool isPunct() const
    {
        if (text.isEmpty())
            return true;
        for (QChar c : text)
            if (c.isLetterOrNumber())
                return false;
        return true;
    }
    bool isComma() const { return text == QLatin1String(","); }
    // Punctuation that ends a phrase; "$" and "%" do not.
    bool isClausePunct() const
    {
        static const QStringList marks{
            QStringLiteral("."),      QStringLiteral(";"),  QStringLiteral(":"),  QStringLiteral("!"),
            QStringLiteral("?"),      QStringLiteral("("),  QStringLiteral(")"),  QStringLiteral("\u2014"),
            QStringLiteral("\u2013"), QStringLiteral("--"), QStringLiteral("...")};
        return marks.contains(text);
    }
    bool isQuote() const
    {
        return text == QStringLiteral("\u201c") || text == QStringLiteral("\u201d") ||
               text == QLatin1String("\"") || text == QStringLiteral("\u2018") ||
               text == QStringLiteral("\u2019") || text == QLatin1String("'") ||
               text == QLatin1String("``") || text == QLatin1String("''");
    }
};

enum class ClauseKind { Main, LeadParticiple, TrailParticiple, Complement, Relative, Adverbial, Coordinate };

struct Clause
{
    int from = 0; // first word, the marker included
    int to = 0;   // one past the last word
    int body = 0; // first word after the marker ("that", "because", ", and")
    ClauseKind kind = ClauseKind::Main;
    int governor = -1;   // the verb a complement clause depends on
    QString conjunction; // "and", "but", ... for coordinate clauses
};

enum class Status { Occurred, Planned, Cancelled, Negated, Reported };

QString statusName(Status s)
{
    switch (s) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Cancelled: return QStringLiteral("cancelled");
    case Status::Negated: return QStringLiteral("negated");
    case Status::Reported: return QStringLiteral("reported");
    case Status::Occurred: break;
    }
    return QStringLiteral("occurred");
}

// An event before mentions of one happening are merged.
struct Candidate
{
    int sentence = -1;
    int paragraph = -1;
    bool title = false;
    int triggerStart = 0;
    int triggerEnd = 0;
    QString label;
    QString cls;
    bool unknownClass = false; // the verb's object is a pronoun: "cancelled it"
    bool definite = false;     // a noun trigger that refers back: "his trip", "the talks"
    bool ownTime = false;      // its clause has a date expression of its own
    bool clauseDated = false;  // some date expression in its clause, its own or not
    bool past = false;
    int timex = -1;
    QStringList actors;
    QStringList actorKeys; // who the actors are when actors are not resolved: their surnames
    QString place;
    Status status = Status::Occurred;
    int corefersTo = -1; // the earlier candidate a definite mention refers back to
    QString subjectKey;  // the subject's last proper noun, when no name was recognised in it
    QString key() const { return actorKeys.isEmpty() ? subjectKey : actorKeys.first(); }
    int clause = -1;
    ClauseKind clauseKind = ClauseKind::Main;
    QString conjunction;
    int firstSubjectEntity = -1;
    bool inferred = false;
};

// The statuses a clause collected, outermost frame first; resolve() applies the precedence.
struct StatusMarks
{
    QVector<Status> frames; // negated / cancelled in the order met, outermost first
    bool planned = false;
    bool reported = false;
    bool speculative = false;
    Status resolve() const
    {
        if (!frames.isEmpty())
            return frames.first();
        if (planned)
            return Status::Planned;
        if (reported)
            return Status::Reported;
        return Status::Occurred;
    }
};

// What readClause learns about a clause, step by step (word indices into the sentence).
struct ClauseReading
{
    int index = -1;       // of the clause in its sentence
    int predicate = -1;   // the verb, then the verb of the happening it frames
    int verbGroup = -1;   // first word of the verb group (modals, auxiliaries, negation)
    int subjectFrom = -1; // the subject, [subjectFrom, subjectTo)
    int subjectTo = -1;
    int trigger = -1; // the word that names the happening
    int pivot = -1;   // the later of trigger and predicate: the phrase goes on from there
    int spanFrom = -1;
    int spanTo = -1;   // the event's phrase, [spanFrom, spanTo)
    int timeWord = -1; // a word of its own date expression
    StatusMarks marks;
    bool unknownClass = false;
    QVector<int> subjectEntities;
    QVector<int> otherEntities;
    int placeEntity = -1;
    int subjectPronoun = -1; // a subject pronoun that stands for the first subject entity
    QString borrowedSubject; // the words of a subject the clause shares with another one
};

bool compatibleStatus(Status a, Status b)
{
    auto told = [](Status s) { return s == Status::Occurred || s == Status::Reported; };
    return a == b || (told(a) && told(b));
}

class Reader
{
public:
    Reader(const Analysis &a, const EventLexicon &lex) : m_a(a), m_lex(lex) {}

    QVector<Event> run();

private:
    // Per sentence.
    void readSentence(int s);
    void assignTokens();
    void buildWords(int s);
    void markAppositions();
    void markTitleRuns();
    QVector<Clause> splitClauses() const;
    bool finiteAhead(int from) const;
    bool isAux(int i, int to) const;
    int findPredicate(const Clause &c) const;
    int subjectStart(const Clause &c, int verbGroupStart) const;
    int verbGroupStart(const Clause &c, int predicate) const;
    bool isLocative(int i) const;
    int prepositionBefore(int i) const;
    bool isDefiniteNoun(int i) const;
    int eventNounIn(int from, int to) const;
    bool dateTimex(int word) const;
    int sentenceFrontedTimex() const;
    int resolvePronoun(int i, int clauseFrom = 0) const;
    QString nameOf(int entity) const;
    QString participantId(int entity) const;
    QString participantKey(int entity) const;
    std::optional<Candidate> readClause(const QVector<Clause> &clauses, int ci, int fronted);
    bool readVerbGroup(const Clause &c, ClauseReading &r) const;
    void followFrames(const Clause &c, ClauseReading &r) const;
    bool namesAnEvent(const Clause &c, ClauseReading &r) const;
    void findPhrase(const Clause &c, ClauseReading &r) const;
    void collectParticipants(const QVector<Clause> &clauses, const Clause &c, ClauseReading &r,
                             bool travel) const;
    QString buildLabel(const Clause &c, const ClauseReading &r) const;
    QString borrowedSubject(const QVector<Clause> &clauses, int ci) const;
    int appositionEnd(int comma, int vgStart) const;
    void inferEarlierEvents();

    // Whole text.
    void resolveCoreference();
    void mergeMentions();
    QVector<Event> finish();

    const Analysis &m_a;
    const EventLexicon &m_lex;

    // The sentence being read.
    int m_sentence = -1;
    QVector<Word> m_w;
    QVector<bool> m_apposition; // words of an apposition, its commas included
    QVector<bool> m_modifier;   // words of a title before a name: "CIA director" Bill Burns

    // Memory across sentences.
    QVector<int> m_tokenEntity; // per token of the text: index into Analysis::entities, or -1
    QVector<int> m_tokenTimex;  // per token: index into Analysis::timexes, or -1
    QVector<int> m_paragraphOf;
    QHash<int, int> m_paragraphTime; // paragraph -> timex fronted in its first sentence
    struct Subject
    {
        int sentence;
        int entity;
    };
    QVector<Subject> m_subjects; // the subjects of main clauses, in text order
    QVector<Candidate> m_candidates;
};

QString plain(const QString &s)
{
    QString l = s.toLower();
    l.replace(QChar(0x2019), QLatin1Char('\''));
    return l;
}

// Which entity and which timex each token belongs to, for the whole text at once: a token
// belongs to the last span (in list order) that covers it, and a date word inside a name is the
// name's ("January Makamba" is a person). Spans are found by binary search over the tokens, so
// this costs the length of the text, not sentences times spans.
void Reader::assignTokens()
{
    const QVector<Token> &tokens = m_a.tokens;
    const int n = int(tokens.size());
    m_tokenEntity.fill(-1, n);
    m_tokenTimex.fill(-1, n);
    QVector<int> sentenceOf(n, -1);
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        const Sentence &sent = m_a.sentences.at(s);
        for (int t = sent.firstToken; t < sent.firstToken + sent.tokenCount && t < n; ++t)
            sentenceOf[t] = s;
    }
    // The tokens [first, last) inside [start, end): tokens are in text order and do not overlap.
    auto covered = [&](int start, int end) {
        const auto from = std::lower_bound(tokens.cbegin(), tokens.cend(), start,
                                           [](const Token &t, int offset) { return t.start < offset; });
        int first = int(from - tokens.cbegin()), last = first;
        while (last < n && tokens.at(last).end <= end)
            ++last;
        return std::make_pair(first, last);
    };
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const auto [first, last] = covered(m_a.entities.at(e).start, m_a.entities.at(e).end);
        for (int t = first; t < last; ++t)
            m_tokenEntity[t] = e;
    }
    for (int x = 0; x < m_a.timexes.size(); ++x) {
        const auto [first, last] = covered(m_a.timexes.at(x).start, m_a.timexes.at(x).end);
        // A name wins over a date word inside it, sentence by sentence.
        for (int from = first; from < last;) {
            int to = from;
            bool named = false;
            while (to < last && sentenceOf[to] == sentenceOf[from]) {
                named = named || m_tokenEntity[to] >= 0;
                ++to;
            }
            for (int t = from; t < to && !named; ++t)
                if (sentenceOf[t] >= 0)
                    m_tokenTimex[t] = x;
            from = to;
        }
    }
}

void Reader::buildWords(int s)
{
    const Sentence &sent = m_a.sentences.at(s);
    m_w.clear();
    for (int t = sent.firstToken; t < sent.firstToken + sent.tokenCount && t < m_a.tokens.size(); ++t) {
        const Token &tok = m_a.tokens.at(t);
        Word w;
        w.start = tok.start;
        w.end = tok.end;
        w.text = m_a.text.mid(tok.start, tok.length());
        w.lower = plain(w.text);
        w.pos = tok.pos;
        w.entity = m_tokenEntity.at(t);
        w.timex = m_tokenTimex.at(t);
        m_w.append(w);
    }
    m_apposition = QVector<bool>(m_w.size(), false);
    m_modifier = QVector<bool>(m_w.size(), false);
}

// ", the top official for Asia," after a name, or ", China's top diplomat." at the end: a noun
// phrase between commas with no verb that renames what precedes it. Its names are no
// participants and it is left out of labels. A name alone between commas after a common noun
// ("the top trade official, Katherine Tai,") is the other way round: the name stays and the
// noun phrase before it goes.
void Reader::markAppositions()
{
    const int n = m_w.size();
    for (int i = 1; i < n; ++i) {
        if (!m_w[i].isComma() || m_apposition[i])
            continue;
        const Word &prev = m_w[i - 1];
        if (!(prev.entity >= 0 || prev.isNoun()))
            continue;
        int j = i + 1;
        bool ok = j < n;
        bool hasNoun = false;
        while (j < n && !m_w[j].isComma() &&
               !(m_w[j].isPunct() && !m_w[j].isQuote() && m_w[j].text != QLatin1String("-"))) {
            const Word &w = m_w[j];
            if (w.isVerb() || w.pos == QLatin1String("WDT") || w.pos == QLatin1String("WP") ||
                w.pos == QLatin1String("MD") || w.lower == QLatin1String("that") ||
                m_lex.has(QStringLiteral("subordinate"), w.lower))
                ok = false;
            if (w.isNoun() || w.entity >= 0)
                hasNoun = true;
            ++j;
        }
        if (!ok || !hasNoun || j - i - 1 > 15)
            continue;
        const Word &first = m_w[i + 1];
        if (first.pos == QLatin1String("CC") || first.pos == QLatin1String("IN") ||
            first.pos == QLatin1String("TO") || first.isVerb() || first.timex >= 0)
            continue;
        const bool closed = j < n && m_w[j].isComma();
        const bool atEnd = j >= n || (m_w[j].isPunct() && !m_w[j].isComma());
        if (!closed && !atEnd)
            continue;
        // A lone name after a common noun: the name is the referent.
        bool loneName =
            m_w[i + 1].entity >= 0 && m_a.entities.at(m_w[i + 1].entity).type == QLatin1String("PERSON");
        for (int k = i + 1; k < j && loneName; ++k)
            loneName = m_w[k].entity == m_w[i + 1].entity;
        if (loneName && prev.entity < 0) {
            int k = i - 1;
            while (k >= 0 &&
                   (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") ||
                    m_w[k].pos == QLatin1String("JJS") || m_w[k].pos == QLatin1String("DT") ||
                    m_w[k].pos == QLatin1String("PRP$") || m_w[k].pos == QLatin1String("POS") ||
                    m_w[k].entity >= 0 || m_w[k].lower == QLatin1String("of")) &&
                   !m_w[k].isVerb()) {
                m_modifier[k] = true;
                if (m_w[k].pos == QLatin1String("DT") || m_w[k].pos == QLatin1String("PRP$"))
                    break;
                --k;
            }
            m_apposition[i] = true;
            if (closed)
                m_apposition[j] = true;
            continue;
        }
        for (int k = i; k < j; ++k)
            m_apposition[k] = true;
        if (closed)
            m_apposition[j] = true;
        i = j - 1;
    }
}

// "US secretary of state Antony Blinken", "his US counterpart Lloyd Austin": the words before a
// person's name that give a title or an affiliation. The name is the participant.
void Reader::markTitleRuns()
{
    const int n = m_w.size();
    for (int i = 0; i < n; ++i) {
        const int e = m_w[i].entity;
        if (e < 0 || m_a.entities.at(e).type != QLatin1String("PERSON") || (i > 0 && m_w[i - 1].entity == e))
            continue;
        int k = i - 1;
        bool noun = false;
        while (k >= 0) {
            const Word &w = m_w[k];
            if (w.entity >= 0 && m_a.entities.at(w.entity).type == QLatin1String("PERSON"))
                break;
            if (m_apposition[k] || w.timex >= 0)
                break;
            const bool titleWord = w.isNoun() || w.pos == QLatin1String("JJ") ||
                                   w.pos == QLatin1String("JJS") || w.pos == QLatin1String("POS") ||
                                   w.pos == QLatin1String("CD") || w.lower == QLatin1String("of") ||
                                   w.entity >= 0;
            const bool determiner = w.pos == QLatin1String("DT") || w.pos == QLatin1String("PRP$");
            if (!titleWord && !determiner)
                break;
            if (w.isNoun())
                noun = true;
            --k;
            if (determiner)
                break;
        }
        if (!noun)
            continue;
        for (int j = k + 1; j < i; ++j)
            m_modifier[j] = true;
    }
}

bool Reader::finiteAhead(int from) const
{
    for (int j = from; j < m_w.size(); ++j) {
        const Word &w = m_w[j];
        if (w.isPunct() && !w.isQuote() && !m_apposition[j])
            return false;
        if (j > from && (m_lex.has(QStringLiteral("subordinate"), w.lower) || w.pos == QLatin1String("WDT") ||
                         (w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"))))
            return false;
        if (w.isFinite())
            return true;
        // A past tense the tagger took for a participle: "Helen Marsh, offered talks".
        if (w.pos == QLatin1String("VBN") && j > from) {
            int k = j - 1;
            while (k > from && m_apposition[k])
                --k;
            if (m_w[k].isNoun() || m_w[k].entity >= 0)
                return true;
        }
    }
    return false;
}

bool Reader::isAux(int i, int to) const
{
    const Word &w = m_w[i];
    if (w.pos == QLatin1String("MD"))
        return true;
    const QString l = m_lex.lemma(w.lower);
    if (l != QLatin1String("be") && l != QLatin1String("have") && l != QLatin1String("do"))
        return false;
    for (int j = i + 1; j < to && j <= i + 4; ++j) {
        const Word &x = m_w[j];
        if (x.isVerb())
            return true;
        if (x.pos == QLatin1String("RB") || m_lex.has(QStringLiteral("negation"), x.lower) || x.timex >= 0)
            continue;
        return false;
    }
    return false;
}

QVector<Clause> Reader::splitClauses() const
{
    QVector<Clause> out;
    const int n = m_w.size();
    Clause cur;
    cur.from = cur.body = 0;
    bool hasPredicate = false;
    int lastVerb = -1;

    // A sentence that opens with a participle ("Speaking at the summit last month, Biden said")
    // has a clause of its own up to the first comma; its subject is the main clause's.
    if (n > 0 && (m_w[0].pos == QLatin1String("VBG") || m_w[0].pos == QLatin1String("VBN"))) {
        int c = 1;
        while (c < n && !m_w[c].isComma())
            ++c;
        if (c < n) {
            Clause lead;
            lead.from = lead.body = 0;
            lead.to = c;
            lead.kind = ClauseKind::LeadParticiple;
            out.append(lead);
            cur.from = cur.body = c + 1;
        }
    }

    auto close = [&](int at, int bodyFrom, ClauseKind kind, int governor = -1, const QString &conj = {}) {
        cur.to = at;
        if (cur.to > cur.from)
            out.append(cur);
        cur = Clause();
        cur.from = at;
        cur.body = bodyFrom;
        cur.kind = kind;
        cur.governor = governor;
        cur.conjunction = conj;
        hasPredicate = false;
        lastVerb = -1;
    };

    for (int i = cur.from; i < n; ++i) {
        const Word &w = m_w[i];
        if (i > cur.body) {
            if (w.text == QLatin1String(";") || w.text == QLatin1String(":")) {
                close(i, i + 1, ClauseKind::Main);
                continue;
            }
            const bool comma = w.isComma() && !m_apposition[i];
            const Word *next = i + 1 < n ? &m_w[i + 1] : nullptr;
            if (m_lex.has(QStringLiteral("subordinate"), w.lower) && w.pos != QLatin1String("DT")) {
                close(i, i + 1, ClauseKind::Adverbial);
                continue;
            }
            if (m_lex.has(QStringLiteral("subordinateverb"), w.lower) && finiteAhead(i + 1)) {
                close(i, i + 1, ClauseKind::Adverbial);
                continue;
            }
            const bool relPronoun = w.pos == QLatin1String("WDT") || w.pos == QLatin1String("WP") ||
                                    w.pos == QLatin1String("WP$") || w.lower == QLatin1String("where") ||
                                    (w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"));
            if (relPronoun) {
                int k = i - 1;
                // Skip a date between the verb and "that": "reported on Tuesday that".
                while (k > cur.body &&
                       (m_w[k].timex >= 0 || m_w[k].pos == QLatin1String("RB") || m_w[k].isComma() ||
                        (m_w[k].pos == QLatin1String("IN") && k + 1 < n && m_w[k + 1].timex >= 0)))
                    --k;
                if (k >= 0 && m_w[k].isVerb())
                    close(i, i + 1, ClauseKind::Complement, k);
                else
                    close(i, i + 1, ClauseKind::Relative);
                continue;
            }
            if (comma && hasPredicate && next &&
                (next->pos == QLatin1String("VBG") || next->pos == QLatin1String("VBN"))) {
                close(i, i + 1, ClauseKind::TrailParticiple);
                continue;
            }
            if (w.pos == QLatin1String("CC") && hasPredicate && finiteAhead(i + 1)) {
                int at = i;
                if (i > 0 && m_w[i - 1].isComma() && at - 1 > cur.body)
                    at = i - 1;
                close(at, i + 1, ClauseKind::Coordinate, -1, w.lower);
                continue;
            }
            // Reported speech without "that": "said he expected", "told reporters it would".
            if (lastVerb == i - 1 && !w.isPunct() && !w.isVerb() && w.pos != QLatin1String("TO") &&
                w.timex < 0 && w.pos != QLatin1String("IN") &&
                m_lex.has(QStringLiteral("say"), m_w[lastVerb].lower) && finiteAhead(i)) {
                const int gov = lastVerb;
                close(i, i, ClauseKind::Complement, gov);
                --i; // read this word again as the new clause's first
                continue;
            }
        }
        if (w.isVerb() && !isAux(i, n) && !m_apposition[i] && !m_modifier[i]) {
            const bool afterPreposition = i > 0 && m_w[i - 1].pos == QLatin1String("IN");
            if (!afterPreposition) {
                hasPredicate = true;
                lastVerb = i;
            }
        }
    }
    cur.to = n;
    if (cur.to > cur.from)
        out.append(cur);
    return out;
}

int Reader::findPredicate(const Clause &c) const
{
    for (int i = c.body; i < c.to; ++i) {
        const Word &w = m_w[i];
        if (!w.isVerb() || m_apposition[i] || m_modifier[i] || w.timex >= 0)
            continue;
        if (isAux(i, c.to))
            continue;
        const bool participle = w.pos == QLatin1String("VBG") || w.pos == QLatin1String("VBN");
        if (participle && i > c.body && m_w[i - 1].pos == QLatin1String("IN"))
            continue; // "by releasing", "of growing"
        // "the quarter ended Dec. 31": the end date describes the period; nothing happened.
        if ((w.lower == QLatin1String("ended") || w.lower == QLatin1String("ending")) && i > c.body &&
            i + 1 < c.to && m_w[i + 1].timex >= 0 && m_w[i - 1].timex >= 0)
            continue;
        if (participle && i + 1 < c.to && (m_w[i + 1].isNoun() || m_w[i + 1].pos == QLatin1String("JJ")) &&
            i > c.body &&
            (m_w[i - 1].pos == QLatin1String("DT") || m_w[i - 1].pos == QLatin1String("JJ") ||
             m_w[i - 1].pos == QLatin1String("PRP$") || m_w[i - 1].pos == QLatin1String("POS")))
            continue; // "a suspected balloon", "the coming weeks"
        return i;
    }
    return -1;
}

// The first word of the verb group: modals, auxiliaries, negation and adverbs before the verb.
int Reader::verbGroupStart(const Clause &c, int predicate) const
{
    int i = predicate;
    while (i - 1 >= c.body) {
        const Word &w = m_w[i - 1];
        if (w.pos == QLatin1String("MD") || w.pos == QLatin1String("RB") ||
            m_lex.has(QStringLiteral("negation"), w.lower) || (isAux(i - 1, c.to) && w.isVerb()) ||
            w.pos == QLatin1String("TO") || (w.timex >= 0 && w.pos == QLatin1String("RB")))
            --i;
        else
            break;
    }
    return i;
}

// The closing comma of an apposition that follows a name and runs up to the verb group
// ("Slepian, 52, an obstetrician, | was shot", "Albright, after a long flight, | is"), or -1.
int Reader::appositionEnd(int comma, int vgStart) const
{
    if (comma < 1 || comma + 2 >= vgStart || !m_w[vgStart - 1].isComma())
        return -1;
    const Word &name = m_w[comma - 1];
    if (name.timex >= 0 || (name.entity < 0 && name.pos != QLatin1String("NNP")))
        return -1;
    for (int k = comma + 1; k < vgStart - 1; ++k) {
        const Word &w = m_w[k];
        if (w.isFinite() || w.pos == QLatin1String("VB") || w.isQuote() || w.lower == QLatin1String("who") ||
            w.lower == QLatin1String("which"))
            return -1;
    }
    return vgStart - 1;
}

// Where the subject starts: after fronted material ("Last month,", "In statements,").
int Reader::subjectStart(const Clause &c, int vgStart) const
{
    int start = c.body;
    for (int i = c.body; i < vgStart; ++i) {
        if (!m_w[i].isComma() || m_apposition[i])
            continue;
        // "Slepian, 52, an obstetrician, was shot": the name's apposition runs up to the verb;
        // the subject is the name.
        if (i > c.body && appositionEnd(i, vgStart) >= 0) {
            i = vgStart;
            continue;
        }
        start = i + 1;
    }
    while (start < vgStart && (m_w[start].isQuote() || m_w[start].pos == QLatin1String("CC")))
        ++start;
    return start;
}

int Reader::prepositionBefore(int i) const
{
    int k = i - 1;
    while (k >= 0 &&
           (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") || m_w[k].pos == QLatin1String("DT") ||
            m_w[k].pos == QLatin1String("PRP$") || m_w[k].pos == QLatin1String("POS") ||
            m_w[k].pos == QLatin1String("CD") || m_w[k].entity >= 0 || m_w[k].pos == QLatin1String("CC")))
        --k;
    return k;
}

// Whether the word at i follows a locative preposition within its noun phrase ("in Vienna",
// "at the Apec meeting").
bool Reader::isLocative(int i) const
{
    const int k = prepositionBefore(i);
    return k >= 0 && m_lex.has(QStringLiteral("locative"), m_w[k].lower);
}

bool Reader::isDefiniteNoun(int i) const
{
    int k = i - 1;
    while (k >= 0 &&
           (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") || m_w[k].pos == QLatin1String("POS") ||
            m_w[k].pos == QLatin1String("CD") || m_w[k].entity >= 0 || m_w[k].pos == QLatin1String("DT") ||
            m_w[k].pos == QLatin1String("PRP$"))) {
        if (m_w[k].pos == QLatin1String("POS") || m_w[k].pos == QLatin1String("PRP$"))
            return true;
        if (m_w[k].pos == QLatin1String("DT"))
            return m_lex.has(QStringLiteral("definite"), m_w[k].lower);
        --k;
    }
    return false;
}

// The event noun heading the noun phrase that starts at `from` ("a secret trip", "two days of
// talks", "a telephone call between ..."), or -1.
int Reader::eventNounIn(int from, int to) const
{
    int found = -1;
    for (int j = from; j < to && j < from + 8; ++j) {
        const Word &w = m_w[j];
        if (w.isPunct() || w.isVerb() || (w.pos == QLatin1String("IN") && w.lower != QLatin1String("of")) ||
            w.pos == QLatin1String("TO") || w.timex >= 0)
            break;
        if (w.isNoun() && w.entity < 0 && m_lex.has(QStringLiteral("eventnoun"), w.lower))
            found = j;
    }
    return found;
}

// A date expression that can be an event's time: a DATE or TIME, not "since"/"until" a date.
bool Reader::dateTimex(int i) const
{
    const int x = m_w[i].timex;
    if (x < 0)
        return false;
    const Timex &t = m_a.timexes.at(x);
    if (t.type != QLatin1String("DATE") && t.type != QLatin1String("TIME"))
        return false;
    if (m_apposition[i])
        return false;
    int first = i;
    while (first > 0 && m_w[first - 1].timex == x)
        --first;
    if (first > 0 && m_lex.has(QStringLiteral("notdate"), m_w[first - 1].lower))
        return false;
    return true;
}

// "Last month, ...", "On Monday, ...": a date at the head of the sentence governs all of it.
int Reader::sentenceFrontedTimex() const
{
    for (int i = 0; i < m_w.size() && i < 3; ++i) {
        if (m_w[i].timex < 0)
            continue;
        if (!dateTimex(i))
            return -1;
        int j = i;
        while (j < m_w.size() && m_w[j].timex == m_w[i].timex)
            ++j;
        if (j < m_w.size() && m_w[j].isComma())
            return m_w[i].timex;
        if (i == 0)
            return m_w[i].timex;
        return -1;
    }
    return -1;
}

// He, she, his, her: the nearest person before it in the sentence, else the last person who
// was a subject. It, its: the last subject that was not a person.
int Reader::resolvePronoun(int i, int clauseFrom) const
{
    const QString l = m_w[i].lower;
    const bool person = l == QLatin1String("he") || l == QLatin1String("she") || l == QLatin1String("his") ||
                        l == QLatin1String("her") || l == QLatin1String("him");
    const bool thing = l == QLatin1String("it") || l == QLatin1String("its");
    if (!person && !thing)
        return -1;
    // People are looked for in the whole sentence before the pronoun, things only in its clause
    // ("Washington refused to lift its sanctions").
    for (int k = i - 1; k >= (person ? 0 : clauseFrom); --k) {
        const int e = m_w[k].entity;
        if (e < 0 || m_apposition[k] || m_modifier[k])
            continue;
        const bool isPerson = m_a.entities.at(e).type == QLatin1String("PERSON");
        if (isPerson == person && (person || m_a.entities.at(e).type != QLatin1String("MISC")))
            return e;
    }
    for (int k = m_subjects.size() - 1; k >= 0; --k) {
        const Subject &s = m_subjects.at(k);
        if (m_sentence - s.sentence > 3)
            break;
        if (s.sentence == m_sentence)
            continue;
        const bool isPerson = m_a.entities.at(s.entity).type == QLatin1String("PERSON");
        if (isPerson == person)
            return s.entity;
    }
    return -1;
}

QString Reader::nameOf(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    if (!e.actor.isEmpty())
        if (const Actor *a = m_a.actor(e.actor); a && !a->name.isEmpty())
            return a->name;
    return e.text;
}

QString Reader::participantKey(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    if (!e.actor.isEmpty())
        return e.actor;
    // Without actors, "Antony Blinken" and "Blinken" are one person by the last word of the name.
    const QStringList words = e.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? e.id : words.last();
}

QString Reader::participantId(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    return e.actor.isEmpty() ? e.id : e.actor;
}

std::optional<Candidate> Reader::readClause(const QVector<Clause> &clauses, int ci, int fronted)
{
    const Clause &c = clauses.at(ci);
    if (c.kind == ClauseKind::TrailParticiple)
        return std::nullopt; // "..., making him the most senior official": a comment, no event
    ClauseReading r;
    r.index = ci;
    r.predicate = findPredicate(c);
    if (r.predicate < 0)
        return std::nullopt;
    r.verbGroup = verbGroupStart(c, r.predicate);
    r.subjectFrom = subjectStart(c, r.verbGroup);
    r.subjectTo = r.verbGroup;
    if (c.kind == ClauseKind::LeadParticiple)
        r.subjectFrom = r.subjectTo = c.body;
    if (!readVerbGroup(c, r))
        return std::nullopt;
    followFrames(c, r);
    if (!namesAnEvent(c, r))
        return std::nullopt;
    findPhrase(c, r);

    Candidate cand;
    cand.sentence = m_sentence;
    cand.clause = r.index;
    cand.clauseKind = c.kind;
    cand.conjunction = c.conjunction;
    cand.triggerStart = m_w[r.trigger].start;
    cand.triggerEnd = m_w[r.trigger].end;
    cand.unknownClass = r.unknownClass;
    cand.cls = m_lex.predicateClass(m_w[r.trigger].lower);
    cand.definite = m_w[r.trigger].isNoun() && isDefiniteNoun(r.trigger);
    for (int i = c.body; i < c.to; ++i)
        if (dateTimex(i))
            cand.clauseDated = true;
    if (r.timeWord >= 0) {
        cand.ownTime = true;
        cand.timex = m_w[r.timeWord].timex;
    } else if (fronted >= 0) {
        cand.timex = fronted;
    }
    // Tense: past when the verb or its auxiliary is a past form.
    for (int i = r.verbGroup; i <= r.predicate; ++i)
        if (m_w[i].pos == QLatin1String("VBD") || (m_w[i].pos == QLatin1String("VBN") && i == r.predicate))
            cand.past = true;

    collectParticipants(clauses, c, r, cand.cls == QLatin1String("travel"));
    if (!r.subjectEntities.isEmpty())
        cand.firstSubjectEntity = r.subjectEntities.first();
    else
        for (int i = r.subjectFrom; i < r.subjectTo; ++i)
            if (m_w[i].pos == QLatin1String("NNP") && !m_apposition[i] && !m_modifier[i])
                cand.subjectKey = m_w[i].lower;
    for (const QVector<int> *list : {&r.subjectEntities, &r.otherEntities})
        for (int e : *list)
            if (!cand.actors.contains(participantId(e))) {
                cand.actors.append(participantId(e));
                cand.actorKeys.append(participantKey(e));
            }
    if (r.placeEntity >= 0)
        cand.place = participantId(r.placeEntity);

    if (r.subjectEntities.isEmpty() && r.subjectFrom >= r.subjectTo)
        r.borrowedSubject = borrowedSubject(clauses, ci);
    cand.label = buildLabel(c, r);
    cand.status = r.marks.resolve();
    return cand;
}

// Modals and negation in the verb group; false for a mere possibility.
bool Reader::readVerbGroup(const Clause &c, ClauseReading &r) const
{
    bool hasFinite = false;
    for (int i = r.verbGroup; i < r.predicate; ++i) {
        const Word &w = m_w[i];
        if (w.isFinite())
            hasFinite = true;
        if (m_lex.has(QStringLiteral("future"), w.lower) && w.pos == QLatin1String("MD"))
            r.marks.planned = true;
        else if (m_lex.has(QStringLiteral("speculative"), w.lower) && w.pos == QLatin1String("MD"))
            r.marks.speculative = true;
        if (m_lex.has(QStringLiteral("negation"), w.lower) && w.lower != QLatin1String("no"))
            r.marks.frames.append(Status::Negated);
    }
    if (r.marks.speculative)
        return false; // could, might, may: a possibility, not an event
    for (int i = r.subjectFrom; i < r.predicate && !hasFinite; ++i)
        if (m_w[i].isFinite())
            hasFinite = true;
    // A headline's "Minister to visit Paris": no finite verb, an infinitive.
    if (!hasFinite && !m_w[r.predicate].isFinite() && r.predicate > c.body &&
        m_w[r.predicate - 1].pos == QLatin1String("TO") && c.kind != ClauseKind::LeadParticiple &&
        c.kind != ClauseKind::TrailParticiple)
        r.marks.planned = true;
    if (c.kind == ClauseKind::Complement && c.governor >= 0 &&
        m_lex.has(QStringLiteral("report"), m_w[c.governor].lower))
        r.marks.reported = true;
    return true;
}

// From the verb to the happening it frames: "is expected to visit", "declined to meet",
// "cancelled a trip", "held talks", "accused X of sailing"; each frame leaves its status.
void Reader::followFrames(const Clause &c, ClauseReading &r) const
{
    // Follow the frames to the happening they frame.
    r.trigger = r.predicate;
    for (int guard = 0; guard < 6; ++guard) {
        const QString lemma = m_lex.lemma(m_w[r.predicate].lower);
        int q = r.predicate + 1;
        while (q < c.to && (m_w[q].pos == QLatin1String("RB") || m_w[q].isQuote()))
            ++q;
        const bool toVerb = q + 1 < c.to && m_w[q].pos == QLatin1String("TO") &&
                            (m_w[q + 1].pos == QLatin1String("VB") || m_w[q + 1].pos == QLatin1String("VBP"));
        if (toVerb && lemma == QLatin1String("be")) {
            r.marks.planned = true; // "is to visit"
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && m_lex.has(QStringLiteral("refuse"), lemma)) {
            r.marks.frames.append(Status::Negated);
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && m_lex.has(QStringLiteral("plan"), lemma)) {
            r.marks.planned = true;
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && m_lex.has(QStringLiteral("aspect"), lemma)) {
            r.predicate = r.trigger = q + 1;
            continue;
        }
        const QString particle = m_lex.particle(QStringLiteral("cancelphrase"), lemma);
        const bool phrasal = !particle.isEmpty() && q < c.to && m_w[q].lower == particle;
        if (m_lex.has(QStringLiteral("cancel"), lemma) || phrasal) {
            r.marks.frames.append(Status::Cancelled);
            const int objFrom = phrasal ? q + 1 : q;
            const int noun = eventNounIn(objFrom, c.to);
            if (noun >= 0)
                r.trigger = noun;
            else if (objFrom < c.to && m_w[objFrom].pos == QLatin1String("PRP"))
                r.unknownClass = true; // "cancelled it"
            break;
        }
        if (m_lex.has(QStringLiteral("accuse"), lemma)) {
            for (int j = q; j < c.to && j < q + 8; ++j) {
                if (m_w[j].lower == QLatin1String("of") && j + 1 < c.to &&
                    m_w[j + 1].pos == QLatin1String("VBG")) {
                    r.marks.reported = true;
                    r.predicate = r.trigger = j + 1;
                    break;
                }
            }
            break;
        }
        if (m_lex.has(QStringLiteral("light"), lemma)) {
            const int noun = eventNounIn(q, c.to);
            if (noun >= 0) {
                r.trigger = noun;
                if (lemma == QLatin1String("arrange") || lemma == QLatin1String("schedule") ||
                    lemma == QLatin1String("plan") || lemma == QLatin1String("organise") ||
                    lemma == QLatin1String("organize"))
                    r.marks.planned = true;
            }
        }
        break;
    }
}

// Whether the clause speaks of a happening at all, and what the words around a noun trigger
// and the sentence add to its status.
bool Reader::namesAnEvent(const Clause &c, ClauseReading &r) const
{
    // A clause about an event noun: "His trip came at China's invitation", "the talks were candid".
    int head = -1;
    for (int i = r.subjectFrom; i < r.subjectTo; ++i) {
        const Word &w = m_w[i];
        if (m_apposition[i] || m_modifier[i])
            continue;
        if (w.pos == QLatin1String("IN"))
            break;
        if (w.isNoun())
            head = i;
    }
    if (r.trigger == r.predicate && head >= 0 && m_w[head].entity < 0 &&
        m_lex.has(QStringLiteral("eventnoun"), m_w[head].lower))
        r.trigger = head;

    const QString trigLemma = m_lex.lemma(m_w[r.trigger].lower);
    if (r.trigger == r.predicate && m_lex.has(QStringLiteral("nonevent"), trigLemma) &&
        !m_lex.has(QStringLiteral("light"), trigLemma)) {
        // Saying and being are no events, but refusing to say is.
        if (r.marks.frames.isEmpty() || m_lex.lemma(m_w[r.trigger].lower) == QLatin1String("be"))
            return false;
    }
    if (r.trigger == r.predicate && m_lex.has(QStringLiteral("light"), trigLemma) &&
        m_lex.has(QStringLiteral("nonevent"), trigLemma))
        return false; // "making him ..." without an event noun

    // A finite clause without a subject is a fragment ("Published 14 March"), not an event;
    // coordinated clauses and participles borrow their subject, headlines may have none.
    if (r.subjectFrom >= r.subjectTo && (c.kind == ClauseKind::Main || c.kind == ClauseKind::Adverbial) &&
        r.predicate == c.body &&
        (m_w[r.predicate].pos == QLatin1String("VBN") || m_w[r.predicate].pos == QLatin1String("VBD")))
        return false;

    // Relative and noun-complement clauses only speak of an event when they date it.
    bool clauseHasDate = false;
    for (int i = c.body; i < c.to; ++i)
        if (dateTimex(i) && !m_a.timexes.at(m_w[i].timex).begin.isEmpty())
            clauseHasDate = true;
    if (c.kind == ClauseKind::Relative && !clauseHasDate)
        return false;

    // Adjectives on a noun r.trigger: "a planned visit", "the cancelled summit".
    if (r.trigger != r.predicate || m_w[r.trigger].isNoun()) {
        for (int k = r.trigger - 1; k >= 0 && k >= r.trigger - 4; --k) {
            if (m_lex.has(QStringLiteral("cancelledadj"), m_w[k].lower))
                r.marks.frames.append(Status::Cancelled);
            else if (m_lex.has(QStringLiteral("plannedadj"), m_w[k].lower))
                r.marks.planned = true;
            if (!(m_w[k].pos == QLatin1String("JJ") || m_w[k].isNoun() || m_w[k].pos == QLatin1String("VBN")))
                break;
        }
    }
    for (const Word &w : std::as_const(m_w))
        if (m_lex.has(QStringLiteral("reportadverb"), w.lower))
            r.marks.reported = true;
    for (int i = 0; i + 1 < m_w.size(); ++i)
        if (m_w[i].lower == QLatin1String("according") && m_w[i + 1].lower == QLatin1String("to"))
            r.marks.reported = true;
    return true;
}

// The span of the event's phrase and its date expression.
void Reader::findPhrase(const Clause &c, ClauseReading &r) const
{
    // The span of the event's phrase: the subject, the verb group, and what follows up to the
    // clause's end, a comma, a date, or a purpose infinitive.
    r.spanFrom = c.kind == ClauseKind::LeadParticiple ? c.body : r.subjectFrom;
    r.spanTo = c.to;
    r.timeWord = -1;
    r.pivot = std::max(r.trigger, r.predicate);
    for (int i = r.pivot + 1; i < c.to; ++i) {
        const Word &w = m_w[i];
        if (w.isComma() && !m_apposition[i]) {
            r.spanTo = i;
            break;
        }
        if (w.isClausePunct() && !m_apposition[i]) {
            r.spanTo = i;
            break;
        }
        if (w.timex >= 0 && dateTimex(i)) {
            r.timeWord = i;
            r.spanTo = i;
            if (i > 0 && (m_w[i - 1].pos == QLatin1String("IN")) && i - 1 > r.pivot)
                r.spanTo = i - 1;
            break;
        }
        if (i > r.pivot + 1 && w.pos == QLatin1String("TO") && i + 1 < c.to &&
            m_w[i + 1].pos == QLatin1String("VB")) {
            r.spanTo = i;
            break;
        }
        if (i > r.pivot &&
            (m_lex.has(QStringLiteral("subordinate"), w.lower) || w.pos == QLatin1String("WRB"))) {
            r.spanTo = i; // "would be rescheduled when conditions allow"
            break;
        }
    }
    if (r.timeWord < 0) {
        for (int i = std::min(r.pivot, c.to - 1); i >= c.body; --i)
            if (m_w[i].timex >= 0 && dateTimex(i)) {
                r.timeWord = i;
                break;
            }
    }
}

void Reader::collectParticipants(const QVector<Clause> &clauses, const Clause &c, ClauseReading &r,
                                 bool travel) const
{
    // Participants: the subject's names first, then the others of the phrase; names after a
    // locative preposition are the place, and a destination is also a participant of a trip.
    auto addEntity = [&](QVector<int> &list, int e) {
        if (e >= 0 && !list.contains(e) && !r.subjectEntities.contains(e) && !r.otherEntities.contains(e))
            list.append(e);
    };
    auto usable = [&](int i) {
        const Word &w = m_w[i];
        if (w.entity < 0 || m_apposition[i] || m_modifier[i] || w.timex >= 0)
            return false;
        const Entity &e = m_a.entities.at(w.entity);
        if (e.type == QLatin1String("MISC") && e.actor.isEmpty())
            return false;
        return true;
    };
    auto consider = [&](int i, QVector<int> &list) {
        if (!usable(i))
            return;
        const Entity &e = m_a.entities.at(m_w[i].entity);
        const int prep = prepositionBefore(i);
        const QString prepWord = prep >= 0 ? m_w[prep].lower : QString();
        const bool locative = prep >= 0 && m_lex.has(QStringLiteral("locative"), prepWord) && (i - prep) <= 6;
        const bool destination = prep >= 0 && prepWord == QLatin1String("to") && (i - prep) <= 4;
        // "to" gives a place only to a trip: "close to a US vessel" is no destination.
        if (locative || (destination && travel)) {
            // "at the Shangri-La Dialogue Asia security forum in Singapore": a place naming
            // the noun after it is no place of the event.
            int after = i + 1;
            while (after < m_w.size() && m_w[after].entity == m_w[i].entity)
                ++after;
            const bool modifiesNoun = after < m_w.size() && m_w[after].isNoun() && m_w[after].entity < 0;
            if (e.type == QLatin1String("LOCATION") && r.placeEntity < 0 && !modifiesNoun)
                r.placeEntity = m_w[i].entity;
            if (locative)
                return;
        }
        addEntity(list, m_w[i].entity);
    };
    if (c.kind == ClauseKind::LeadParticiple ||
        (r.subjectFrom >= r.subjectTo && c.kind == ClauseKind::Coordinate)) {
        // The subject is another clause's: the main clause after a leading participle, the
        // clause before a coordinated one.
        const int other = c.kind == ClauseKind::LeadParticiple ? r.index + 1 : r.index - 1;
        if (other >= 0 && other < clauses.size()) {
            const Clause &oc = clauses.at(other);
            const int op = findPredicate(oc);
            if (op >= 0) {
                const int ovg = verbGroupStart(oc, op);
                for (int i = subjectStart(oc, ovg); i < ovg; ++i) {
                    if (usable(i))
                        addEntity(r.subjectEntities, m_w[i].entity);
                    else if (m_w[i].pos == QLatin1String("PRP") && r.subjectEntities.isEmpty())
                        addEntity(r.subjectEntities, resolvePronoun(i));
                }
            }
        }
    } else {
        for (int i = r.subjectFrom; i < r.subjectTo; ++i) {
            if (m_modifier[i] || m_apposition[i])
                continue; // "His chief of staff, Felix Koskei": the name is the subject
            if (m_w[i].pos == QLatin1String("PRP") || m_w[i].pos == QLatin1String("PRP$")) {
                const int e = resolvePronoun(i, c.body);
                if (e >= 0 && m_w[i].pos == QLatin1String("PRP") && r.subjectEntities.isEmpty())
                    r.subjectPronoun = i;
                addEntity(r.subjectEntities, e);
                continue;
            }
            consider(i, r.subjectEntities);
        }
    }
    for (int i = r.subjectTo; i < r.spanTo; ++i) {
        if (m_w[i].pos == QLatin1String("PRP") || m_w[i].pos == QLatin1String("PRP$")) {
            // "cancelled it": an object "it" is mostly a thing or an event, not an actor.
            if (m_w[i].lower != QLatin1String("it"))
                addEntity(r.otherEntities, resolvePronoun(i, c.body));
            continue;
        }
        consider(i, r.otherEntities);
    }
}

// A clause with no subject of its own borrows one for its label: "The panel will be based in
// Addis Ababa, and [the panel] will finish ...", "Iran, which [Iran] had condemned ...". Short
// noun phrases only; an empty string when there is none.
QString Reader::borrowedSubject(const QVector<Clause> &clauses, int ci) const
{
    const Clause &c = clauses.at(ci);
    int from = -1, to = -1;
    if (c.kind == ClauseKind::Coordinate && ci > 0) {
        const Clause &oc = clauses.at(ci - 1);
        const int op = findPredicate(oc);
        if (op < 0)
            return {};
        to = verbGroupStart(oc, op);
        from = subjectStart(oc, to);
    } else if (c.kind == ClauseKind::Relative && c.from > 0) {
        // The relative pronoun opens the clause; the noun phrase before it is the subject.
        static const QSet<QString> pronouns = {QStringLiteral("which"), QStringLiteral("who"),
                                               QStringLiteral("that")};
        if (!pronouns.contains(m_w[c.from].lower))
            return {};
        to = c.from;
        while (to > 0 && m_w[to - 1].isComma())
            --to;
        from = to;
        if (from > 0 && m_w[from - 1].entity >= 0) {
            const int e = m_w[from - 1].entity;
            while (from > 0 && m_w[from - 1].entity == e)
                --from;
        } else {
            while (from > 0 && to - from < 4 &&
                   (m_w[from - 1].isNoun() || m_w[from - 1].pos == QLatin1String("JJ") ||
                    m_w[from - 1].pos == QLatin1String("DT") || m_w[from - 1].pos == QLatin1String("PRP$")))
                --from;
            if (from == to || !m_w[to - 1].isNoun())
                return {};
        }
    }
    if (from < 0 || to <= from || to - from > 5)
        return {};
    QString out;
    for (int i = from; i < to; ++i) {
        if (m_w[i].isPunct() || m_w[i].isQuote())
            return {}; // a subject with an apposition or a quote is too long for a label
        if (!out.isEmpty() && m_w[i].start > 0 && m_a.text.at(m_w[i].start - 1).isSpace())
            out += QLatin1Char(' ');
        out += m_w[i].text;
    }
    return out;
}

QString Reader::buildLabel(const Clause &c, const ClauseReading &r) const
{
    // The label: the phrase in the text's own words, without titles, appositions, adverbs,
    // quotes and the date; pronouns replaced by the names they stand for.
    QStringList parts;
    QVector<bool> spaceBefore;
    auto push = [&](const QString &s, bool space) {
        parts << s;
        spaceBefore << space;
    };
    int spanFromLabel = r.spanFrom;
    // "Vasquez met Olsen and [Vasquez] spoke with ...": a coordinated clause without a subject of
    // its own is labelled with the subject it shares.
    const bool sharedSubject = c.kind == ClauseKind::Coordinate && r.subjectFrom >= r.subjectTo;
    if ((c.kind == ClauseKind::LeadParticiple || sharedSubject) && !r.subjectEntities.isEmpty()) {
        QStringList names;
        for (int e : std::as_const(r.subjectEntities))
            if (m_a.entities.at(e).type == QLatin1String("PERSON") || names.isEmpty())
                names << nameOf(e);
        push(names.join(QLatin1String(" and ")), true);
        if (c.kind == ClauseKind::LeadParticiple && c.body < r.spanTo &&
            m_w[c.body].pos != QLatin1String("NNP")) {
            // "Biden speaking at the summit": the participle is no longer the first word.
            QString first = m_w[c.body].text;
            first[0] = first.at(0).toLower();
            push(first, true);
            ++spanFromLabel;
        }
    }
    if (parts.isEmpty() && !r.borrowedSubject.isEmpty()) {
        QString subject = r.borrowedSubject;
        if (subject.size() > 1 && subject.at(1).isLower() &&
            (subject.startsWith(QLatin1String("The ")) || subject.startsWith(QLatin1String("A ")) ||
             subject.startsWith(QLatin1String("An "))))
            subject[0] = subject.at(0).toLower();
        push(subject, true);
    }
    bool quoteSpace = false; // a dropped opening quote leaves its space to the next word
    // A long phrase that ends at its place leaves the place to the event's place field: a
    // timeline label should fit on a line ("... met Lloyd Austin at the forum [in Singapore]").
    int labelTo = r.spanTo;
    if (r.placeEntity >= 0) {
        int words = 0;
        for (int i = spanFromLabel; i < r.spanTo; ++i)
            if (!m_apposition[i] && !m_modifier[i] && !m_w[i].isPunct())
                ++words;
        int last = r.spanTo - 1;
        while (last > r.pivot && (m_w[last].isPunct() || m_w[last].isQuote()))
            --last;
        if (words > 12 && last > r.pivot && m_w[last].entity == r.placeEntity) {
            const int prep = prepositionBefore(last);
            if (prep > r.pivot + 2 && m_lex.has(QStringLiteral("locative"), m_w[prep].lower))
                labelTo = prep;
        }
    }
    for (int i = spanFromLabel; i < labelTo; ++i) {
        const Word &w = m_w[i];
        if (w.isQuote() && !m_apposition[i] && !m_modifier[i]) {
            quoteSpace = w.start > 0 && m_a.text.at(w.start - 1).isSpace();
            continue;
        }
        if (m_apposition[i] || m_modifier[i])
            continue;
        // "Ana Lima, 52, an engineer, was hired": what describes the subject between commas
        // up to the verb stays out of the label.
        if (w.isComma() && !parts.isEmpty() && i < r.verbGroup) {
            const int close = appositionEnd(i, r.verbGroup);
            if (close >= 0) {
                i = close;
                continue;
            }
        }
        // "(said) that activity was trailing off": the conjunction is no part of the event.
        if (parts.isEmpty() && w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"))
            continue;
        if (w.timex >= 0 && i < r.pivot) {
            // A date before the verb is said by the timeline, not the label; so is its preposition.
            if (!parts.isEmpty() && spaceBefore.size() == parts.size() && i > 0 &&
                m_w[i - 1].pos == QLatin1String("IN") && parts.last() == m_w[i - 1].text) {
                parts.removeLast();
                spaceBefore.removeLast();
            }
            continue;
        }
        // Adverbs go, except inside a date ("from a year earlier") and negations.
        if ((w.pos == QLatin1String("RB") || w.pos == QLatin1String("RBR")) && w.timex < 0 &&
            !m_lex.has(QStringLiteral("negation"), w.lower))
            continue;
        const bool space =
            parts.isEmpty() || quoteSpace || (w.start > 0 && m_a.text.at(w.start - 1).isSpace());
        quoteSpace = false;
        if (w.pos == QLatin1String("PRP") && i == r.subjectPronoun && !r.subjectEntities.isEmpty()) {
            const int e = r.subjectEntities.first();
            QString name = nameOf(e);
            push(name, space);
            continue;
        }
        if (w.pos == QLatin1String("PRP$") &&
            (w.lower == QLatin1String("his") || w.lower == QLatin1String("her") ||
             w.lower == QLatin1String("its"))) {
            int e = resolvePronoun(i, c.body);
            if (e < 0 && w.lower == QLatin1String("its") && i < r.verbGroup) {
                // "Lakeside Foods said that its profit fell": the organisation the sentence
                // is about owns the subject of the reported clause.
                for (int k = m_subjects.size() - 1; k >= 0 && e < 0; --k) {
                    const Subject &sub = m_subjects.at(k);
                    if (sub.sentence == m_sentence &&
                        m_a.entities.at(sub.entity).type == QLatin1String("ORGANIZATION") &&
                        m_a.entities.at(sub.entity).end <= w.start)
                        e = sub.entity;
                }
            }
            // "Washington refused to lift its sanctions": a pronoun for the subject stays.
            if (e >= 0 && !(r.subjectEntities.contains(e) && i > r.subjectTo)) {
                push(nameOf(e) + QStringLiteral("\u2019s"), space);
                continue;
            }
        }
        if (w.isComma() && (parts.isEmpty() || parts.last() == QLatin1String(",")))
            continue;
        push(w.text, space);
    }
    // Trim what cannot end a phrase.
    static const QStringList danglingPos{QStringLiteral("IN"), QStringLiteral("CC"), QStringLiteral("DT"),
                                         QStringLiteral("TO"), QStringLiteral(","),  QStringLiteral("PRP$")};
    while (!parts.isEmpty()) {
        const QString last = parts.last();
        bool dangling = last == QLatin1String(",") || last == QLatin1String("-");
        // "a strike planned (for Friday)": a participle after its noun says nothing alone.
        for (int i = r.spanFrom + 1; i < r.spanTo && !dangling && parts.size() > 3; ++i)
            if (m_w[i].text == last && m_w[i].pos == QLatin1String("VBN") && m_w[i - 1].isNoun() &&
                i > r.pivot)
                dangling = true;
        for (int i = r.spanFrom; i < r.spanTo && !dangling; ++i)
            if (m_w[i].text == last && danglingPos.contains(m_w[i].pos) &&
                m_w[i].lower != QLatin1String("us"))
                dangling = true;
        if (!dangling)
            break;
        parts.removeLast();
        spaceBefore.removeLast();
    }
    QString label;
    int words = 0;
    for (int i = 0; i < parts.size(); ++i) {
        if (words >= 18) {
            label += QStringLiteral("\u2026");
            break;
        }
        if (i > 0 && spaceBefore.at(i))
            label += QLatin1Char(' ');
        label += parts.at(i);
        if (!parts.at(i).isEmpty() && parts.at(i).at(0).isLetterOrNumber())
            ++words;
    }
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

// "the first senior visit to Washington since January 2020": there was such a visit then.
void Reader::inferEarlierEvents()
{
    const int n = m_w.size();
    for (int i = 0; i < n; ++i) {
        if (m_w[i].lower != QLatin1String("first"))
            continue;
        for (int k = i + 1; k < n && k <= i + 10; ++k) {
            const Word &w = m_w[k];
            if (w.isPunct() || w.isVerb())
                break;
            if (w.lower != QLatin1String("since"))
                continue;
            if (k + 1 >= n || m_w[k + 1].timex < 0)
                break;
            const Timex &t = m_a.timexes.at(m_w[k + 1].timex);
            if (t.begin.isEmpty() || (t.type != QLatin1String("DATE") && t.type != QLatin1String("TIME")))
                break;
            int noun = -1;
            for (int j = i + 1; j < k; ++j)
                if (m_w[j].isNoun() && m_w[j].entity < 0 &&
                    m_lex.has(QStringLiteral("eventnoun"), m_w[j].lower))
                    noun = j;
            if (noun < 0)
                break;
            Candidate cand;
            cand.sentence = m_sentence;
            cand.inferred = true;
            cand.triggerStart = m_w[noun].start;
            cand.triggerEnd = m_w[noun].end;
            cand.cls = m_lex.predicateClass(m_w[noun].lower);
            cand.ownTime = true;
            cand.timex = m_w[k + 1].timex;
            cand.past = true;
            QStringList words{QStringLiteral("Previous")};
            for (int j = i + 1; j < k; ++j) {
                if (m_w[j].lower == QLatin1String("such") || m_w[j].isQuote())
                    continue;
                words << m_w[j].text;
                const int e = m_w[j].entity;
                if (e >= 0 && (j == i + 1 || m_w[j - 1].entity != e)) {
                    const Entity &en = m_a.entities.at(e);
                    if (en.type == QLatin1String("MISC") && en.actor.isEmpty())
                        continue;
                    if (en.type == QLatin1String("LOCATION") && cand.place.isEmpty() && isLocative(j))
                        cand.place = participantId(e);
                    const int prep = prepositionBefore(j);
                    if (en.type == QLatin1String("LOCATION") && prep >= 0 &&
                        m_w[prep].lower == QLatin1String("to") && cand.place.isEmpty())
                        cand.place = participantId(e);
                    if (!cand.actors.contains(participantId(e))) {
                        cand.actors.append(participantId(e));
                        cand.actorKeys.append(participantKey(e));
                    }
                }
            }
            cand.label = words.join(QLatin1Char(' '));
            // With no names of its own, the earlier one is the later one's kind: its subject.
            if (cand.actors.isEmpty()) {
                // This sentence's candidates are the last ones.
                qsizetype first = m_candidates.size();
                while (first > 0 && m_candidates.at(first - 1).sentence == m_sentence)
                    --first;
                for (qsizetype k = first; k < m_candidates.size(); ++k)
                    if (const Candidate &other = m_candidates.at(k); !other.actors.isEmpty()) {
                        cand.actors << other.actors.first();
                        cand.actorKeys << other.actorKeys.first();
                        break;
                    }
            }
            m_candidates.append(cand);
            break;
        }
    }
}

void Reader::readSentence(int s)
{
    m_sentence = s;
    buildWords(s);
    if (m_w.isEmpty())
        return;
    markAppositions();
    markTitleRuns();
    const QVector<Clause> clauses = splitClauses();
    const int fronted = sentenceFrontedTimex();

    // The subjects of the clauses, for pronouns of the next sentences.
    for (const Clause &c : clauses) {
        if (c.kind == ClauseKind::LeadParticiple)
            continue;
        const int p = findPredicate(c);
        if (p < 0)
            continue;
        const int vg = verbGroupStart(c, p);
        for (int i = subjectStart(c, vg); i < vg; ++i) {
            const int e = m_w[i].entity;
            if (e >= 0 && !m_apposition[i] && !m_modifier[i]) {
                m_subjects.append({s, e});
                break;
            }
            if (m_w[i].pos == QLatin1String("PRP")) {
                const int r = resolvePronoun(i);
                if (r >= 0)
                    m_subjects.append({s, r});
                break;
            }
        }
    }

    if (lcEvents().isDebugEnabled()) {
        static const char *kinds[] = {"main",     "lead-participle", "trail-participle", "complement",
                                      "relative", "adverbial",       "coordinate"};
        for (const Clause &c : clauses) {
            QStringList words;
            for (int i = c.from; i < c.to; ++i)
                words << m_w[i].text + (m_apposition[i] ? QStringLiteral("~") : QString()) +
                             (m_modifier[i] ? QStringLiteral("^") : QString());
            qCDebug(lcEvents, "s%d %s%s: %s", s, kinds[int(c.kind)],
                    c.governor >= 0
                        ? qPrintable(QStringLiteral(" (") + m_w[c.governor].text + QLatin1Char(')'))
                        : "",
                    qPrintable(words.join(QLatin1Char(' '))));
        }
    }
    const int before = m_candidates.size();
    for (int ci = 0; ci < clauses.size(); ++ci) {
        if (auto cand = readClause(clauses, ci, fronted))
            m_candidates.append(*cand);
    }
    // Clauses joined by "and" share a date when only one of them has it.
    for (int i = before + 1; i < m_candidates.size(); ++i) {
        Candidate &b = m_candidates[i];
        Candidate &a = m_candidates[i - 1];
        if (b.clauseKind != ClauseKind::Coordinate || b.conjunction != QLatin1String("and") ||
            b.clause != a.clause + 1)
            continue;
        if (a.ownTime && !b.ownTime)
            b.timex = a.timex;
        else if (b.ownTime && !a.ownTime)
            a.timex = b.timex;
    }
    inferEarlierEvents();
}

void Reader::resolveCoreference()
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        Candidate &c = m_candidates[i];
        if (!c.definite || c.ownTime || c.timex >= 0)
            continue;
        for (int j = i - 1; j >= 0; --j) {
            const Candidate &d = m_candidates.at(j);
            if (c.sentence - d.sentence > 3 && c.paragraph != d.paragraph)
                break;
            if (d.cls != c.cls || !compatibleStatus(c.status, d.status) || d.inferred)
                continue;
            c.timex = d.timex;
            c.corefersTo = j;
            break;
        }
    }
}

// The later candidates a candidate may merge with as a mention of the same happening (the rule
// of mergeMentions without "refers back"): the same group (first participant and status, neither
// inferred), a compatible class (the same, or either unknown) and compatible dates (the same, or
// just one of them dated). Candidates sit in ordered sets by group, class and date, so finding
// the next one that may match costs a few set look-ups instead of a pass over all candidates.
class MergeIndex
{
public:
    static constexpr int kUnknown = -2; // the class of a candidate whose class is unknown
    static constexpr int kUndated = -1;

    // The state of a candidate that the sets depend on.
    struct State
    {
        int group = -1; // -1: merges only by referring back
        int cls = kUnknown;
        int date = kUndated;
    };

    void insert(int c, const State &s)
    {
        forEachKey(s, [&](const Key &k) { m_sets[k].insert(c); });
    }
    void erase(int c, const State &s)
    {
        forEachKey(s, [&](const Key &k) {
            auto it = m_sets.find(k);
            if (it != m_sets.end())
                it->second.erase(c);
        });
    }
    // The first candidate after `after` that may match a candidate in state `s`, or INT_MAX.
    int next(const State &s, int after) const
    {
        if (s.group < 0)
            return INT_MAX;
        int best = INT_MAX;
        auto look = [&](const Key &k) {
            auto it = m_sets.find(k);
            if (it == m_sets.end())
                return;
            auto j = it->second.upper_bound(after);
            if (j != it->second.end())
                best = std::min(best, *j);
        };
        const int g = s.group;
        if (s.cls != kUnknown && s.date != kUndated) {
            for (int cls : {s.cls, int(kUnknown)})
                for (int date : {int(kUndated), s.date})
                    look({ByClassDate, g, cls, date});
        } else if (s.cls != kUnknown) {
            look({DatedByClass, g, s.cls, 0});
            look({DatedByClass, g, kUnknown, 0});
        } else if (s.date != kUndated) {
            look({ByDate, g, 0, kUndated});
            look({ByDate, g, 0, s.date});
        } else {
            look({Dated, g, 0, 0});
        }
        return best;
    }

private:
    enum Kind { ByClassDate, DatedByClass, ByDate, Dated };
    using Key = std::tuple<int, int, int, int>; // kind, group, class, date
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k), std::get<3>(k));
        }
    };
    template <typename F> static void forEachKey(const State &s, F &&f)
    {
        if (s.group < 0)
            return;
        f(Key{ByClassDate, s.group, s.cls, s.date});
        f(Key{ByDate, s.group, 0, s.date});
        if (s.date != kUndated) {
            f(Key{DatedByClass, s.group, s.cls, 0});
            f(Key{Dated, s.group, 0, 0});
        }
    }
    std::unordered_map<Key, std::set<int>, KeyHash> m_sets;
};

// Merges the mentions of one happening. Candidates are taken in text order; each is compared
// with the later ones in order, and a merge changes what the kept one matches afterwards (it
// may gain a date), exactly as a comparison of every pair in that order would. Only the later
// candidates that can match are visited: those that refer back to it (tracked through merges
// with a union-find, as "refers to a dropped one" becomes "refers to the one that kept it") and
// those MergeIndex finds.
void Reader::mergeMentions()
{
    const int n = int(m_candidates.size());
    QVector<bool> gone(n, false);
    auto dated = [&](const Candidate &c) { return c.timex >= 0 && !m_a.timexes.at(c.timex).begin.isEmpty(); };

    // Classes, dates and groups as numbers: equal numbers for equal strings.
    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &s) {
        const auto it = ids.constFind(s);
        if (it != ids.cend())
            return *it;
        const int id = int(ids.size());
        ids.insert(s, id);
        return id;
    };
    QVector<int> timexDate(m_a.timexes.size(), MergeIndex::kUndated);
    for (int x = 0; x < m_a.timexes.size(); ++x)
        if (!m_a.timexes.at(x).begin.isEmpty())
            timexDate[x] = idOf(QStringLiteral("date:") + m_a.timexes.at(x).begin + QLatin1Char('/') +
                                m_a.timexes.at(x).endDate);
    QVector<int> group(n, -1), cls(n, 0);
    for (int c = 0; c < n; ++c) {
        const Candidate &cand = m_candidates.at(c);
        cls[c] = idOf(QStringLiteral("class:") + cand.cls);
        if (!cand.inferred && !cand.key().isEmpty())
            group[c] = idOf(QStringLiteral("group:%1:").arg(int(cand.status)) + cand.key());
    }
    auto state = [&](int c) {
        const Candidate &cand = m_candidates.at(c);
        MergeIndex::State s;
        s.group = group[c];
        s.cls = cand.unknownClass ? MergeIndex::kUnknown : cls[c];
        s.date = dated(cand) ? timexDate[cand.timex] : MergeIndex::kUndated;
        return s;
    };
    MergeIndex index;
    for (int c = 0; c < n; ++c)
        index.insert(c, state(c));

    // What each candidate refers back to, through the merges: redirect[dropped] = kept.
    QVector<int> redirect(n, -1);
    auto find = [&redirect](int c) {
        int r = c;
        while (redirect[r] >= 0)
            r = redirect[r];
        while (redirect[c] >= 0) {
            const int next = redirect[c];
            redirect[c] = r;
            c = next;
        }
        return r;
    };
    std::vector<std::set<int>> referrers(n); // of a kept candidate: who refers to it
    for (int c = 0; c < n; ++c)
        if (m_candidates.at(c).corefersTo >= 0)
            referrers[m_candidates.at(c).corefersTo].insert(c);
    auto refersTo = [&](int c) {
        const int target = m_candidates.at(c).corefersTo;
        return target >= 0 ? find(target) : -1;
    };

    for (int i = 0; i < n; ++i) {
        if (gone[i])
            continue;
        index.erase(i, state(i)); // only later candidates are compared with i from now on
        for (int after = i; !gone[i];) {
            const auto ref = referrers[i].upper_bound(after);
            const int j = std::min(ref != referrers[i].end() ? *ref : INT_MAX, index.next(state(i), after));
            if (j == INT_MAX)
                break;
            after = j;
            if (gone[j])
                continue;
            Candidate &a = m_candidates[i];
            Candidate &b = m_candidates[j];
            const bool coreferent = refersTo(j) == i;
            if (coreferent) {
                // "his trip", "the talks": the same happening as the one it refers back to.
            } else if (a.inferred || b.inferred || a.status != b.status) {
                continue;
            } else {
                // Two mentions of one happening: the same kind, the same first participant, and
                // dates that agree (or one of them undated).
                if (a.cls != b.cls && !a.unknownClass && !b.unknownClass)
                    continue;
                const bool bothDated = dated(a) && dated(b);
                if (bothDated && timexDate[a.timex] != timexDate[b.timex])
                    continue;
                if (!bothDated && !dated(a) && !dated(b))
                    continue;
                if (a.key().isEmpty() || a.key() != b.key())
                    continue;
            }
            // Keep the mention a reader would point at: in the body, dated, earliest.
            auto rank = [&](const Candidate &c) {
                return std::make_tuple(c.title ? 1 : 0, dated(c) ? 0 : 1, c.sentence);
            };
            const bool keepFirst = rank(a) <= rank(b);
            Candidate &keep = keepFirst ? a : b;
            Candidate &drop = keepFirst ? b : a;
            const int kept = keepFirst ? i : j;
            const int dropped = keepFirst ? j : i;
            index.erase(j, state(j)); // j leaves the sets (dropped), or comes back in its new state
            if (!dated(keep) && dated(drop))
                keep.timex = drop.timex;
            for (int k = 0; k < drop.actors.size() && !coreferent; ++k)
                if (!keep.actorKeys.contains(drop.actorKeys.value(k)) &&
                    !keep.actors.contains(drop.actors.at(k))) {
                    keep.actors.append(drop.actors.at(k));
                    keep.actorKeys.append(drop.actorKeys.value(k));
                }
            if (keep.place.isEmpty())
                keep.place = drop.place;
            gone[dropped] = true;
            if (!keepFirst)
                index.insert(j, state(j));
            // Who referred to the dropped one now refers to the kept one.
            redirect[dropped] = kept;
            if (referrers[kept].size() < referrers[dropped].size())
                referrers[kept].swap(referrers[dropped]);
            referrers[kept].insert(referrers[dropped].begin(), referrers[dropped].end());
            std::set<int>().swap(referrers[dropped]);
        }
    }
    QVector<Candidate> kept;
    for (int i = 0; i < n; ++i)
        if (!gone[i])
            kept.append(m_candidates.at(i));
    m_candidates = kept;
}

QVector<Event> Reader::finish()
{
    struct Row
    {
        Event event;
        QDate begin;
        QDate end;
        int order;
    };
    QVector<Row> rows;
    const QDate dct = m_a.date;
    for (const Candidate &c : std::as_const(m_candidates)) {
        Row r;
        Event &v = r.event;
        v.label = c.label;
        v.triggerStart = c.triggerStart;
        v.triggerEnd = c.triggerEnd;
        v.sentence = c.sentence;
        v.actors = c.actors;
        v.place = c.place;
        Status status = c.status;
        if (c.timex >= 0) {
            const Timex &t = m_a.timexes.at(c.timex);
            v.timex = t.id;
            v.value = t.value;
            r.begin = QDate::fromString(t.begin, Qt::ISODate);
            r.end = QDate::fromString(t.endDate, Qt::ISODate);
            if (r.begin.isValid() && !r.end.isValid())
                r.end = r.begin;
        }
        if (r.begin.isValid() && dct.isValid()) {
            // What has happened cannot lie after the article; what is planned cannot lie before it.
            if (status == Status::Occurred && r.begin > dct)
                status = Status::Planned;
            if (status == Status::Planned && r.end >= dct && r.begin < dct)
                r.begin = dct;
            if ((status == Status::Occurred || status == Status::Reported || status == Status::Negated) &&
                r.begin <= dct && r.end > dct)
                r.end = dct;
        }
        if (r.begin.isValid()) {
            v.begin = r.begin.toString(Qt::ISODate);
            v.end = r.end.toString(Qt::ISODate);
        }
        v.status = statusName(status);
        r.order = c.triggerStart;
        if (c.actors.isEmpty() && !r.begin.isValid())
            continue; // nobody and no time: nothing a reader could place
        if (v.label.isEmpty())
            continue;
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.begin.isValid() != b.begin.isValid())
            return a.begin.isValid();
        if (a.begin.isValid()) {
            if (a.begin != b.begin)
                return a.begin < b.begin;
            if (a.end != b.end)
                return a.end < b.end;
        }
        return a.order < b.order;
    });
    QVector<Event> out;
    for (int i = 0; i < rows.size(); ++i) {
        Event v = rows.at(i).event;
        v.id = QStringLiteral("v%1").arg(i + 1);
        out.append(v);
    }
    return out;
}

QVector<Event> Reader::run()
{
    // Paragraphs: a line break between two sentences starts a new one.
    int paragraph = 0;
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        if (s > 0) {
            const int from = m_a.sentences.at(s - 1).end;
            const int to = m_a.sentences.at(s).start;
            for (int i = from; i < to && i < m_a.text.size(); ++i)
                if (m_a.text.at(i) == QLatin1Char('\n')) {
                    ++paragraph;
                    break;
                }
        }
        m_paragraphOf.append(paragraph);
    }

    assignTokens();
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        const int before = m_candidates.size();
        readSentence(s);
        const int par = m_paragraphOf.at(s);
        const bool firstOfParagraph = s == 0 || m_paragraphOf.at(s - 1) != par;
        const int fronted = sentenceFrontedTimex();
        if (firstOfParagraph && fronted >= 0 && !m_a.timexes.at(fronted).begin.isEmpty())
            m_paragraphTime.insert(par, fronted);
        for (int i = before; i < m_candidates.size(); ++i) {
            Candidate &c = m_candidates[i];
            c.paragraph = par;
            c.title = m_a.titleEnd > 0 && m_a.sentences.at(s).end <= m_a.titleEnd;
            // A past-tense sentence later in a paragraph that opened with a date happened then.
            if (!firstOfParagraph && c.timex < 0 && !c.ownTime && !c.clauseDated && c.past &&
                m_paragraphTime.contains(par))
                c.timex = m_paragraphTime.value(par);
        }
    }
    resolveCoreference();
    mergeMentions();
    return finish();
}

} // namespace

EventExtractor::EventExtractor() = default;

EventExtractor::EventExtractor(std::shared_ptr<const EventLexicon> lexicon) : m_lexicon(std::move(lexicon)) {}

const EventLexicon &EventExtractor::lexicon() const
{
    return m_lexicon ? *m_lexicon : EventLexicon::shared();
}

QVector<Event> EventExtractor::run(const Analysis &analysis) const
{
    if (analysis.tokens.isEmpty() || analysis.sentences.isEmpty())
        return {};
    Reader reader(analysis, lexicon());
    return reader.run();
}

} // namespace al
