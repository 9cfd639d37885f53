#include "article.h"

namespace al {

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::Option: return QStringLiteral("option");
    case DateSource::User: return QStringLiteral("user");
    case DateSource::Metadata: return QStringLiteral("metadata");
    case DateSource::Text: return QStringLiteral("text");
    case DateSource::File: return QStringLiteral("file");
    case DateSource::None: break;
    }
    return QStringLiteral("none");
}

DateSource dateSourceFromName(const QString &name)
{
    if (name == QLatin1String("option"))
        return DateSource::Option;
    if (name == QLatin1String("user"))
        return DateSource::User;
    if (name == QLatin1String("metadata"))
        return DateSource::Metadata;
    if (name == QLatin1String("text"))
        return DateSource::Text;
    if (name == QLatin1String("file"))
        return DateSource::File;
    return DateSource::None;
}

} // namespace al
