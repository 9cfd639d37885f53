#pragma once

#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace al {

// The small argument handling every command-line mode shares: options with values ("--date D"
// or "--date=D"), flags, dates, and the usage message with exit code 2.
class CliArgs
{
public:
    // Pulls "--name value" or "--name=value" out of args; false when the value is missing.
    static bool takeOption(QStringList &args, const QString &name, QString *value, bool *present);
    static bool takeFlag(QStringList &args, const QString &name);
    // Every value of an option that may be repeated ("--appearance 3 --appearance 7").
    static bool takeAll(QStringList &args, const QString &name, QStringList *values);
    // The first argument that looks like an option ("-x", "--x"), or empty.
    static QString firstOption(const QStringList &args);
    // YYYY-MM-DD, or YYYY-MM / YYYY as the first (or, with `end`, the last) day of that period.
    static QDate parseDate(const QString &text, bool end = false);
    // Prints "articlelens-cli: MESSAGE" and the hint to --help; returns 2.
    static int usage(QTextStream &err, const QString &message);
    // Prints "articlelens-cli: MESSAGE"; returns 1.
    static int badInput(QTextStream &err, const QString &message);
};

} // namespace al
