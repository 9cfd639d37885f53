#pragma once

#include <QDate>
#include <QStringList>

namespace al {

// Small helpers the command-line modes share for taking options out of their arguments.
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
};

} // namespace al
