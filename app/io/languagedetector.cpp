#include "languagedetector.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace al {

namespace {

struct Profile
{
    const char *code;
    const char *name;
    const char *words; // function words, space-separated, UTF-8
};

// Words chosen for being frequent in running text and rare in the other languages listed;
// shared words ("a", "de", "in") count for each language that has them.
const Profile kProfiles[] = {
    {"en", "English",
     "the of and to a in is that for it was on with as he be by at are this from his have an but not "
     "they which or had has were their been who would will its said there we can more also than after "
     "when about into what"},
    {"de", "German",
     "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden "
     "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur "
     "oder aber vor zur bis mehr durch man"},
    {"fr", "French",
     "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se sont il ce avec "
     "mais ou son sa aux leur été elle nous ont cette ses entre fait comme tout lui"},
    {"es", "Spanish",
     "de la que el en y los del se las por un para con no una su al lo como más pero sus le ya o fue "
     "este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde desde todo nos "
     "durante"},
    {"it", "Italian",
     "di e il la che in a per un del non è una con le si i da gli al alla della come più ma lo sono "
     "dei nel anche questo ha delle suo sua loro essere nella ci stato tra era degli quando"},
    {"pt", "Portuguese",
     "de a o que e do da em um para com não uma os no se na por mais as dos como mas foi ao ele das "
     "tem à seu sua ou quando muito nos já está também só pelo pela até isso ela entre depois sem"},
    {"nl", "Dutch",
     "de en van het een in is dat op te zijn met voor niet aan er die om ook als dan maar bij nog uit "
     "door over ze zich naar heeft werd worden wordt wel geen hun tot hij wat"},
    {"sv", "Swedish",
     "och i att det som en på är av för med till den har de inte om ett var han men sig från vid så "
     "kan efter under också hade blev skulle mot eller när alla"},
    {"da", "Danish",
     "og i at det er en til på som de med for af den ikke har han et var der om sig fra men efter kan "
     "også skal blev eller når være hvor meget"},
    {"no", "Norwegian",
     "og i det som på er en til at med for av den ikke har de han et var om seg fra men etter kan også "
     "skal ble eller når være hvor mye"},
    {"pl", "Polish",
     "i w nie na z się że do to jest jak o po co ale przez od za dla tak jego już jej być który które "
     "była było są także oraz tylko może"},
    {"cs", "Czech",
     "a v se na je že s z do o to by jako ale po pro k jsou které který jeho už bylo byl jen také "
     "nebo při podle když"},
    {"ro", "Romanian",
     "și în de la a cu care pe nu din o că un este pentru mai să fost sunt ca ale lui au sau dar după "
     "acest această"},
    {"tr", "Turkish",
     "ve bir bu da de için ile olarak çok daha gibi en ama o ne sonra kadar olan var yok ise değil her "
     "şey ya"},
};

struct Compiled
{
    QString code;
    QSet<QString> words;
};

const std::vector<Compiled> &profiles()
{
    static const std::vector<Compiled> compiled = [] {
        std::vector<Compiled> out;
        for (const Profile &p : kProfiles) {
            Compiled c;
            c.code = QString::fromLatin1(p.code);
            for (const QString &w : QString::fromUtf8(p.words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                c.words.insert(w);
            out.push_back(std::move(c));
        }
        return out;
    }();
    return compiled;
}

// The script most letters of the text are in, as a language when the script alone tells.
QString byScript(const QString &text, int &latinLetters)
{
    QHash<QString, int> counts;
    int letters = 0;
    latinLetters = 0;
    bool kana = false;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        const char16_t u = c.unicode();
        QString lang;
        if (u < 0x250)
            ++latinLetters;
        else if (u >= 0x0370 && u < 0x0400)
            lang = QStringLiteral("el");
        else if (u >= 0x0400 && u < 0x0530)
            lang = QStringLiteral("ru"); // Cyrillic: Russian is the likeliest; Ukrainian letters below
        else if (u >= 0x0590 && u < 0x0600)
            lang = QStringLiteral("he");
        else if (u >= 0x0600 && u < 0x0700)
            lang = QStringLiteral("ar");
        else if (u >= 0x0900 && u < 0x0980)
            lang = QStringLiteral("hi");
        else if (u >= 0x0E00 && u < 0x0E80)
            lang = QStringLiteral("th");
        else if (u >= 0x3040 && u < 0x3100) {
            lang = QStringLiteral("ja");
            kana = true;
        } else if (u >= 0xAC00 && u < 0xD7B0)
            lang = QStringLiteral("ko");
        else if (u >= 0x4E00 && u < 0xA000)
            lang = QStringLiteral("zh");
        if (!lang.isEmpty())
            ++counts[lang];
        if (u == 0x0454 || u == 0x0456 || u == 0x0457 || u == 0x0491)
            ++counts[QStringLiteral("uk")];
    }
    if (letters == 0)
        return {};
    // Japanese writes Han characters among its kana.
    if (kana && counts.value(QStringLiteral("zh")) + counts.value(QStringLiteral("ja")) > letters / 2)
        return QStringLiteral("ja");
    QString best;
    int bestCount = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.key() != QLatin1String("uk") && it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    if (bestCount * 2 <= letters)
        return {};
    if (best == QLatin1String("ru") && counts.value(QStringLiteral("uk")) * 200 > bestCount)
        return QStringLiteral("uk");
    return best;
}

} // namespace

QString LanguageDetector::detect(const QString &text)
{
    const QString sample = text.left(20000);
    int latin = 0;
    if (const QString script = byScript(sample, latin); !script.isEmpty())
        return script;
    std::vector<int> hits(profiles().size(), 0);
    int words = 0;
    QString w;
    auto count = [&] {
        if (w.isEmpty())
            return;
        ++words;
        for (size_t i = 0; i < profiles().size(); ++i)
            if (profiles()[i].words.contains(w))
                ++hits[i];
        w.clear();
    };
    for (const QChar c : sample) {
        if (c.isLetter())
            w += c.toLower();
        else
            count();
    }
    count();
    if (words < 8)
        return {};
    size_t best = 0, second = 1;
    if (hits[second] > hits[best])
        std::swap(best, second);
    for (size_t i = 2; i < hits.size(); ++i) {
        if (hits[i] > hits[best]) {
            second = best;
            best = i;
        } else if (hits[i] > hits[second]) {
            second = i;
        }
    }
    // Function words make up a third or more of running text; a winner must be clearly ahead.
    if (hits[best] < 3 || hits[best] * 10 < words || hits[best] < hits[second] * 1.2)
        return {};
    return profiles()[best].code;
}

QString LanguageDetector::settle(const QString &declared, const QString &text)
{
    const QString detected = detect(text);
    if (detected.isEmpty())
        return declared;
    if (declared.section(QLatin1Char('-'), 0, 0) == detected)
        return declared;
    return detected;
}

QString LanguageDetector::name(const QString &tag)
{
    static const QHash<QString, QString> others = {{QStringLiteral("el"), QStringLiteral("Greek")},
                                                   {QStringLiteral("ru"), QStringLiteral("Russian")},
                                                   {QStringLiteral("uk"), QStringLiteral("Ukrainian")},
                                                   {QStringLiteral("he"), QStringLiteral("Hebrew")},
                                                   {QStringLiteral("ar"), QStringLiteral("Arabic")},
                                                   {QStringLiteral("hi"), QStringLiteral("Hindi")},
                                                   {QStringLiteral("th"), QStringLiteral("Thai")},
                                                   {QStringLiteral("ja"), QStringLiteral("Japanese")},
                                                   {QStringLiteral("ko"), QStringLiteral("Korean")},
                                                   {QStringLiteral("zh"), QStringLiteral("Chinese")}};
    const QString primary = tag.section(QLatin1Char('-'), 0, 0).toLower();
    for (const Profile &p : kProfiles)
        if (primary == QLatin1String(p.code))
            return QString::fromLatin1(p.name);
    return others.value(primary, tag);
}

bool LanguageDetector::isEnglish(const QString &tag)
{
    return tag.isEmpty() || tag.section(QLatin1Char('-'), 0, 0).toLower() == QLatin1String("en");
}

} // namespace al
