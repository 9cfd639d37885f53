#include "clihelp.h"

#include "exportformats.h"
#include "librarylocation.h"

namespace al {

QString CliHelp::text()
{
    QString text = QStringLiteral(
        "Usage: articlelens-cli COMMAND [OPTIONS]\n"
        "\n"
        "Reads news articles offline and finds the people, organisations, places, dates, actors,\n"
        "relationships and events in them.\n"
        "\n"
        "Commands:\n"
        "  analyze FILE [--date YYYY-MM-DD] [--compact] [--no-corrections]\n"
        "      Prints the analysis of FILE (.txt, .html, .htm, .md, .pdf) as one JSON object,\n"
        "      with the corrections saved in its sidecar (FILE.articlelens.json) applied.\n"
        "      --date sets the article's date (the reference for 'last month', 'on Monday');\n"
        "      without it the date is the one chosen in the window, else from the file's\n"
        "      metadata, a date line in the text, or the file's modification time.\n"
        "  tag --conll FILE\n"
        "      Reads CoNLL columns (token first; blank lines end sentences; -DOCSTART- starts a\n"
        "      document) and prints each line with the predicted IOB2 entity tag appended.\n"
        "  export-pdf FILE -o OUT.pdf [--date YYYY-MM-DD] [--page-size A4|Letter]\n"
        "             [--types PERSON,ORGANIZATION,LOCATION,MISC,DATE] [--no-appendix]\n"
        "             [--annotate-original] [--no-corrections]\n"
        "      Analyses FILE and writes the reading as a PDF: the article with every name and\n"
        "      date highlighted (real PDF highlight annotations with notes), then the actors,\n"
        "      relationships and timeline. --types limits the highlighted types;\n"
        "      --annotate-original (FILE must be a PDF) adds the highlights to a copy of the\n"
        "      original pages instead. FILE itself is never changed.\n"
        "  --help     Shows this text.\n"
        "  --version  Shows the version.\n"
        "\n"
        "Exit codes: 0 success, 1 bad input (the message is on stderr), 2 usage error.\n");
    // The modes with their own classes bring their own help, before the general options.
    text.insert(text.indexOf(QLatin1String("  --help ")), correct() + exportFormats() + batch() + library());
    return text;
}

QString CliHelp::correct()
{
    return QStringLiteral(
        "  correct FILE [--date YYYY-MM-DD] [--undo N]\n"
        "      Reads corrections as JSON lines on stdin, applies them in order to FILE's reading\n"
        "      and saves them in its sidecar (FILE.articlelens.json). A name or text matches\n"
        "      every occurrence unless \"occurrence\": N picks the N-th. Operations:\n"
        "        {\"op\":\"addEntity\",\"text\":\"Acme Freight\",\"type\":\"ORG\"}  (PER|ORG|LOC|MISC)\n"
        "        {\"op\":\"removeEntity\",\"text\":\"...\"}  "
        "{\"op\":\"retypeEntity\",\"text\":\"...\",\"type\":\"LOC\"}\n"
        "        {\"op\":\"changeEntitySpan\",\"text\":\"...\",\"to\":\"longer words\"}\n"
        "        {\"op\":\"mergeActors\",\"names\":[\"Joe Biden\",\"the president\"]}  (the first stays)\n"
        "        {\"op\":\"splitMention\",\"text\":\"...\"[,\"into\":\"actor\"]}\n"
        "        {\"op\":\"renameActor\",\"name\":\"...\",\"to\":\"...\"}\n"
        "        {\"op\":\"setActorRole\",\"name\":\"...\",\"role\":\"...\"}  "
        "{\"op\":\"setActorSide\",\"name\":\"...\",\"side\":\"...\"}\n"
        "        {\"op\":\"addRelation\",\"source\":\"...\",\"target\":\"...\",\"label\":\"met\"}\n"
        "        {\"op\":\"removeRelation\",\"source\":\"...\",\"target\":\"...\"[,\"label\":\"...\"]}\n"
        "        {\"op\":\"relabelRelation\",\"source\":\"...\",\"target\":\"...\",\"to\":\"...\"}\n"
        "        {\"op\":\"setEventDate\",\"event\":\"words of its label\",\"date\":\"2023-05\"}\n"
        "        {\"op\":\"setEventStatus\",\"event\":\"...\",\"status\":\"planned\"}\n"
        "        {\"op\":\"setEventLabel\",\"event\":\"...\",\"to\":\"...\"}  "
        "{\"op\":\"removeEvent\",\"event\":\"...\"}\n"
        "        {\"op\":\"note\",\"text\"|\"name\"|\"event\":\"...\",\"note\":\"...\"}\n"
        "      A line that cannot be applied is reported with its number and nothing is saved.\n"
        "      --undo N takes back the last N corrections instead (stdin is not read).\n");
}

QString CliHelp::exportFormats()
{
    QString formats;
    for (const ExportFormats::Format &f : ExportFormats::all())
        formats += QStringLiteral("        %1  %2\n").arg(f.name, -8).arg(f.description);
    return QStringLiteral("  export FILE --format %1 -o OUT\n"
                          "         [--date YYYY-MM-DD] [--no-corrections]\n"
                          "      Writes FILE's reading, with its saved corrections, in another format:\n")
               .arg(ExportFormats::names().join(QLatin1Char('|'))) +
           formats;
}

QString CliHelp::batch()
{
    return QStringLiteral(
        "  batch [PATH...] [--date YYYY-MM-DD] [--threads N]\n"
        "      Analyses many articles on every core: PATHs (folders recursively), or one path\n"
        "      per line on stdin (or a JSON line {\"path\": ..., \"date\": ...}). Writes one JSON\n"
        "      analysis per line, in input order; a bad file gives {\"path\":..,\"error\":..} and\n"
        "      the stream goes on. For Hadoop Streaming, Spark RDD.pipe, Dask (tools/dask).\n");
}

QString CliHelp::library()
{
    return QStringLiteral(
               "  library SUBCOMMAND [--library PATH] [--compact]\n"
               "      The library of every article read (SQLite; default %1).\n"
               "      add PATH... [--date YYYY-MM-DD] [--threads N]   files, or folders recursively;\n"
               "          unchanged files are skipped; prints a JSON report; exit code 1 when a file failed\n"
               "      add --from-jsonl FILE    stores `batch` output without analysing again (- for stdin)\n"
               "      add --resume             finishes an import that was interrupted\n"
               "      list                     the articles\n"
               "      search [QUERY] [--actor NAME] [--from D] [--to D] [--side SIDE] [--limit N]\n"
               "          words, \"a phrase\", prefix*, OR, -word, title:word; each hit with its sentence,\n"
               "          the matched words in [brackets]; D is YYYY-MM-DD, YYYY-MM or YYYY\n"
               "      actors [--name TEXT] [--type TYPE] [--side SIDE] [--limit N]\n"
               "      actor NAME|ID            every article the actor is in, its roles and relations\n"
               "      timeline [--actor NAME] [--from D --to D] [--search QUERY]\n"
               "          events of all articles, one event told by several articles listed once\n"
               "      graph [--actor NAME] [--search QUERY] [--max-edges N]   relations weighted by "
               "articles\n"
               "      remove PATH|ID...        articles (a folder removes the articles under it)\n"
               "      export [PATH|ID...] [--search QUERY] [--actor NAME] [--from D] [--to D]\n"
               "             [--format json|jsonl|csv|brat|timeml|graphml|ics] [-o FILE|FOLDER]\n"
               "          the analyses of the selection: json/jsonl in one file, the others one per article\n"
               "      merge TARGET OTHER...    make actors one;  split ACTOR --appearance ID...\n"
               "      undo, redo, history      the merges and splits\n"
               "      check, info              integrity check; where the library is and what it holds\n")
        .arg(LibraryLocation::defaultPath());
}

} // namespace al
