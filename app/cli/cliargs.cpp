#include "cliargs.h"

#include <QRegularExpression>

namespace al {

bool CliArgs::takeOption(QStringList &args, const QString &name, QString *value, bool *present)
{
    *present = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args[i + 1];
            *present = true;
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            *value = args[i].mid(name.size() + 1);
            *present = true;
            args.removeAt(i);
            return true;
        }
    }
    return true;
}

bool CliArgs::takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

bool CliArgs::takeAll(QStringList &args, const QString &name, QStringList *values)
{
    for (;;) {
        QString value;
        bool present = false;
        if (!takeOption(args, name, &value, &present))
            return false;
        if (!present)
            return true;
        *values << value;
    }
}

QString CliArgs::firstOption(const QStringList &args)
{
    for (const QString &a : args)
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return a;
    return {};
}

QDate CliArgs::parseDate(const QString &text, bool end)
{
    const QString t = text.trimmed();
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = year.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return end ? QDate(y, 12, 31) : QDate(y, 1, 1);
    }
    if (const auto m = month.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return end && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate::fromString(t, Qt::ISODate);
}

int CliArgs::usage(QTextStream &err, const QString &message)
{
    err << "articlelens-cli: " << message << "\n"
        << "Try 'articlelens-cli --help'.\n";
    err.flush();
    return 2;
}

int CliArgs::badInput(QTextStream &err, const QString &message)
{
    err << "articlelens-cli: " << message << "\n";
    err.flush();
    return 1;
}

} // namespace al
