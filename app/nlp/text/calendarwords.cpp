#include "calendarwords.h"

#include <QHash>
#include <QVector>

namespace al {

namespace {

// Per language, each month's and weekday's names, then after a slash its
// abbreviations; the eras' likewise, with a comma between words that have a
// space of their own.
struct Language
{
    const char *code;
    const char *months[12];
    const char *weekdays[7];
    const char *eras[2]; // before year 1, then from year 1 on
};

const Language kLanguages[] = {
    {"en",
     {"january/jan", "february/feb", "march/mar", "april/apr", "may/", "june/jun", "july/jul", "august/aug",
      "september/sep sept", "october/oct", "november/nov", "december/dec"},
     {"monday/mon", "tuesday/tue tues", "wednesday/wed", "thursday/thu thur thurs", "friday/fri",
      "saturday/sat", "sunday/sun"},
     {"before christ, before the common era/bc, b.c, bce, b.c.e",
      "anno domini, common era/ad, a.d, ce, c.e"}},
    {"de",
     {"januar jänner/jän", "februar/", "märz maerz/mär mrz", "april/", "mai/", "juni/", "juli/", "august/",
      "september/", "oktober/okt", "november/", "dezember/dez"},
     {"montag/mo", "dienstag/di", "mittwoch/mi", "donnerstag/do", "freitag/fr", "samstag sonnabend/sa",
      "sonntag/so"},
     {"vor christus, vor christi geburt, vor unserer zeitrechnung/v. chr, v. "
      "chr. g, v. u. z",
      "nach christus, nach christi geburt, unserer zeitrechnung/n. chr, n. "
      "chr. g, u. z"}},
    {"fr",
     {"janvier/janv", "février fevrier/févr fevr", "mars/", "avril/avr", "mai/", "juin/", "juillet/juil",
      "août aout/", "septembre/", "octobre/", "novembre/", "décembre decembre/déc"},
     {"lundi/lun", "mardi/mar", "mercredi/mer", "jeudi/jeu", "vendredi/ven", "samedi/sam", "dimanche/dim"},
     {"avant jésus-christ, avant jesus-christ, avant notre ère/av. j.-c, av. "
      "jc, av. n. è",
      "après jésus-christ, apres jesus-christ, de notre ère/apr. j.-c, ap. "
      "j.-c, ap. jc, apr. jc"}},
    {"es",
     {"enero/ene", "febrero/", "marzo/", "abril/abr", "mayo/", "junio/", "julio/", "agosto/ago",
      "septiembre setiembre/", "octubre/", "noviembre/", "diciembre/dic"},
     {"lunes/", "martes/", "miércoles miercoles/", "jueves/", "viernes/", "sábado sabado/", "domingo/"},
     {"antes de cristo, antes de nuestra era/a. c, a. de c, a. n. e",
      "después de cristo, despues de cristo, de nuestra era/d. c, d. de c, n. "
      "e"}},
    {"it",
     {"gennaio/gen", "febbraio/", "marzo/", "aprile/", "maggio/mag", "giugno/giu", "luglio/lug", "agosto/",
      "settembre/set", "ottobre/ott", "novembre/", "dicembre/dic"},
     {"lunedì lunedi/", "martedì martedi/", "mercoledì mercoledi/", "giovedì giovedi/", "venerdì venerdi/",
      "sabato/", "domenica/"},
     {"avanti cristo/a. c", "dopo cristo/d. c"}},
    {"pt",
     {"janeiro/", "fevereiro/fev", "março marco/", "abril/", "maio/", "junho/", "julho/", "agosto/",
      "setembro/set", "outubro/out", "novembro/", "dezembro/dez"},
     {"segunda-feira segunda/", "terça-feira terca-feira terça/", "quarta-feira quarta/",
      "quinta-feira quinta/", "sexta-feira sexta/", "sábado/", "domingo/"},
     {"antes de cristo, antes da era comum/a. c, a. e. c", "depois de cristo, da era comum/d. c, e. c"}},
    {"nl",
     {"januari/", "februari/", "maart/mrt", "april/", "mei/", "juni/", "juli/", "augustus/", "september/",
      "oktober/okt", "november/", "december/"},
     {"maandag/ma", "dinsdag/di", "woensdag/wo", "donderdag/do", "vrijdag/vr", "zaterdag/za", "zondag/zo"},
     {"voor christus, voor onze jaartelling/v. chr, v. o. j", "na christus, onze jaartelling/n. chr, o. j"}},
};

struct Word
{
    QString text;
    QString language;
    int number;
    CalendarWords::Form form;
};

QVector<Word> expand(const char *const *groups, int count, const char *language, QChar separator)
{
    QVector<Word> out;
    for (int n = 0; n < count; ++n) {
        const QStringList halves = QString::fromUtf8(groups[n]).split(QLatin1Char('/'));
        for (int h = 0; h < 2; ++h)
            for (const QString &w : halves.value(h).split(separator, Qt::SkipEmptyParts))
                out.append({w.trimmed(), QString::fromLatin1(language), n + 1,
                            h == 0 ? CalendarWords::Form::Name : CalendarWords::Form::Abbreviation});
    }
    return out;
}

enum class Table { Months, Weekdays, Eras };

// Every language's month (weekday, era) words, in the table's order.
QVector<Word> expandAll(Table table)
{
    QVector<Word> out;
    for (const Language &l : kLanguages) {
        switch (table) {
        case Table::Months: out += expand(l.months, 12, l.code, QLatin1Char(' ')); break;
        case Table::Weekdays: out += expand(l.weekdays, 7, l.code, QLatin1Char(' ')); break;
        case Table::Eras: out += expand(l.eras, 2, l.code, QLatin1Char(',')); break;
        }
    }
    return out;
}

const QVector<Word> &monthWords()
{
    static const QVector<Word> words = expandAll(Table::Months);
    return words;
}

const QVector<Word> &weekdayWords()
{
    static const QVector<Word> words = expandAll(Table::Weekdays);
    return words;
}

const QVector<Word> &eraWords()
{
    static const QVector<Word> words = expandAll(Table::Eras);
    return words;
}

// An era's words as the table writes them, whatever the text's case, spacing
// and final period: "B.C." and "b.c", "v.Chr." and "v. chr" are one key.
QString eraKey(const QString &words)
{
    QString key = words.toLower();
    key.remove(QLatin1Char(' '));
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return key;
}

int numberOf(const QVector<Word> &words, const QString &lowerWord, const QString &language)
{
    for (const Word &w : words)
        if (w.text == lowerWord && (language.isEmpty() || w.language == language))
            return w.number;
    return 0;
}

QStringList list(const QVector<Word> &words, const QString &language, CalendarWords::Form form)
{
    QStringList out;
    for (const Word &w : words)
        if ((language.isEmpty() || w.language == language) && (int(w.form) & int(form)) &&
            !out.contains(w.text))
            out << w.text;
    return out;
}

} // namespace

int CalendarWords::month(const QString &lowerWord, const QString &language)
{
    if (language.isEmpty()) {
        // The finder asks for every word of a text: a table, not a walk.
        static const QHash<QString, int> any = [] {
            QHash<QString, int> t;
            for (const Word &w : monthWords())
                t.insert(w.text, w.number);
            return t;
        }();
        return any.value(lowerWord, 0);
    }
    return numberOf(monthWords(), lowerWord, language);
}

int CalendarWords::weekday(const QString &lowerWord, const QString &language)
{
    return numberOf(weekdayWords(), lowerWord, language);
}

int CalendarWords::era(const QString &words, const QString &language)
{
    const QString key = eraKey(words);
    for (const Word &w : eraWords())
        if (eraKey(w.text) == key && (language.isEmpty() || w.language == language))
            return w.number == 1 ? -1 : 1;
    return 0;
}

QString CalendarWords::season(const QString &lowerWord)
{
    static const QHash<QString, QString> seasons = {{QStringLiteral("spring"), QStringLiteral("SP")},
                                                    {QStringLiteral("summer"), QStringLiteral("SU")},
                                                    {QStringLiteral("fall"), QStringLiteral("FA")},
                                                    {QStringLiteral("autumn"), QStringLiteral("FA")},
                                                    {QStringLiteral("winter"), QStringLiteral("WI")}};
    return seasons.value(lowerWord);
}

QStringList CalendarWords::months(const QString &language, Form form)
{
    return list(monthWords(), language, form);
}

QStringList CalendarWords::weekdays(const QString &language, Form form)
{
    return list(weekdayWords(), language, form);
}

QStringList CalendarWords::eras(const QString &language, Form form)
{
    return list(eraWords(), language, form);
}

QStringList CalendarWords::languages()
{
    QStringList out;
    for (const Language &l : kLanguages)
        out << QString::fromLatin1(l.code);
    return out;
}

} // namespace al
